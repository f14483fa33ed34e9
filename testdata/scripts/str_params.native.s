BEGIN:
	  0: StMemDW dst: rfp src: r0 off: -152 imm: 0
	  1: StMemDW dst: rfp src: r0 off: -144 imm: 42
	  2: LdImmDW dst: r0 imm: 478560413032
	  4: StXMemDW dst: rfp src: r0 off: -136 imm: 0
	  5: StMemDW dst: rfp src: r0 off: -128 imm: 0
	  6: StMemDW dst: rfp src: r0 off: -120 imm: 0
	  7: StMemDW dst: rfp src: r0 off: -112 imm: 0
	  8: StMemDW dst: rfp src: r0 off: -104 imm: 0
	  9: StMemDW dst: rfp src: r0 off: -96 imm: 0
	 10: StMemDW dst: rfp src: r0 off: -88 imm: 0
	 11: StMemDW dst: rfp src: r0 off: -80 imm: 0
	 12: StMemDW dst: rfp src: r0 off: -72 imm: 3
	 13: StMemDW dst: rfp src: r0 off: -64 imm: 0
	 14: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 15: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 16: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 17: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 18: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 19: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 20: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 21: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 23: MovReg dst: r2 src: rfp
	 24: AddImm dst: r2 imm: -152
	 25: MovImm dst: r3 imm: 152
	 26: MovImm dst: r4 imm: 0
	 27: Call FnRingbufOutput
	 28: StMemDW dst: rfp src: r0 off: -200 imm: 1
	 29: StMemDW dst: rfp src: r0 off: -192 imm: 1869376613
	 30: StMemDW dst: rfp src: r0 off: -184 imm: 0
	 31: StMemDW dst: rfp src: r0 off: -176 imm: 0
	 32: StMemDW dst: rfp src: r0 off: -168 imm: 0
	 33: StMemDW dst: rfp src: r0 off: -160 imm: 0
	 34: StMemDW dst: rfp src: r0 off: -152 imm: 0
	 35: StMemDW dst: rfp src: r0 off: -144 imm: 0
	 36: StMemDW dst: rfp src: r0 off: -136 imm: 0
	 37: StMemDW dst: rfp src: r0 off: -128 imm: 7302252
	 38: StMemDW dst: rfp src: r0 off: -120 imm: 0
	 39: StMemDW dst: rfp src: r0 off: -112 imm: 0
	 40: StMemDW dst: rfp src: r0 off: -104 imm: 0
	 41: StMemDW dst: rfp src: r0 off: -96 imm: 0
	 42: StMemDW dst: rfp src: r0 off: -88 imm: 0
	 43: StMemDW dst: rfp src: r0 off: -80 imm: 0
	 44: StMemDW dst: rfp src: r0 off: -72 imm: 0
	 45: StMemDW dst: rfp src: r0 off: -64 imm: 111
	 46: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 47: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 48: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 49: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 50: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 51: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 52: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 53: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 55: MovReg dst: r2 src: rfp
	 56: AddImm dst: r2 imm: -200
	 57: MovImm dst: r3 imm: 200
	 58: MovImm dst: r4 imm: 0
	 59: Call FnRingbufOutput
	 60: StMemDW dst: rfp src: r0 off: -136 imm: 2
	 61: StMemDW dst: rfp src: r0 off: -128 imm: 7103848
	 62: StMemDW dst: rfp src: r0 off: -120 imm: 0
	 63: StMemDW dst: rfp src: r0 off: -112 imm: 0
	 64: StMemDW dst: rfp src: r0 off: -104 imm: 0
	 65: StMemDW dst: rfp src: r0 off: -96 imm: 0
	 66: StMemDW dst: rfp src: r0 off: -88 imm: 0
	 67: StMemDW dst: rfp src: r0 off: -80 imm: 0
	 68: StMemDW dst: rfp src: r0 off: -72 imm: 0
	 69: StMemDW dst: rfp src: r0 off: -64 imm: 12852
	 70: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 71: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 72: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 73: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 74: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 75: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 76: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 77: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 79: MovReg dst: r2 src: rfp
	 80: AddImm dst: r2 imm: -136
	 81: MovImm dst: r3 imm: 136
	 82: MovImm dst: r4 imm: 0
	 83: Call FnRingbufOutput
	 84: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	 85: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 86: StMemDW dst: rfp src: r0 off: -8 imm: 42
	 87: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 89: MovReg dst: r2 src: rfp
	 90: AddImm dst: r2 imm: -24
	 91: MovImm dst: r3 imm: 24
	 92: MovImm dst: r4 imm: 0
	 93: Call FnRingbufOutput
	 94: LdImmDW dst: r0 imm: 478560413032
	 96: StXMemDW dst: rfp src: r0 off: -64 imm: 0
	 97: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 98: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 99: StMemDW dst: rfp src: r0 off: -40 imm: 0
	100: StMemDW dst: rfp src: r0 off: -32 imm: 0
	101: StMemDW dst: rfp src: r0 off: -24 imm: 0
	102: StMemDW dst: rfp src: r0 off: -16 imm: 0
	103: StMemDW dst: rfp src: r0 off: -8 imm: 0
	104: LdXMemW dst: r1 src: rfp off: -64 imm: 0
	105: JEqImm dst: r1 off: 2 imm: 1819043176
	106: MovImm dst: r1 imm: 0
	107: Ja off: 5
	108: LdXMemH dst: r1 src: rfp off: -60 imm: 0
	109: JEqImm dst: r1 off: 2 imm: 111
	110: MovImm dst: r1 imm: 0
	111: Ja off: 1
	112: MovImm dst: r1 imm: 1
	113: JEqImm dst: r1 off: 8 imm: 0
	114: StMemDW dst: rfp src: r0 off: -8 imm: 3
	115: LoadMapPtr dst: r1 fd: 0 <AT__events>
	117: MovReg dst: r2 src: rfp
	118: AddImm dst: r2 imm: -8
	119: MovImm dst: r3 imm: 8
	120: MovImm dst: r4 imm: 0
	121: Call FnRingbufOutput
	122: LdImmDW dst: r0 imm: 478560413032
	124: StXMemDW dst: rfp src: r0 off: -64 imm: 0
	125: StMemDW dst: rfp src: r0 off: -56 imm: 0
	126: StMemDW dst: rfp src: r0 off: -48 imm: 0
	127: StMemDW dst: rfp src: r0 off: -40 imm: 0
	128: StMemDW dst: rfp src: r0 off: -32 imm: 0
	129: StMemDW dst: rfp src: r0 off: -24 imm: 0
	130: StMemDW dst: rfp src: r0 off: -16 imm: 0
	131: StMemDW dst: rfp src: r0 off: -8 imm: 0
	132: StMemDW dst: rfp src: r0 off: -72 imm: 0
	133: LoadMapPtr dst: r1 fd: 0 <AT_p>
	135: MovReg dst: r2 src: rfp
	136: AddImm dst: r2 imm: -72
	137: MovReg dst: r3 src: rfp
	138: AddImm dst: r3 imm: -64
	139: MovImm dst: r4 imm: 0
	140: Call FnMapUpdateElem
	141: LdImmDW dst: r0 imm: 478560413032
	143: StXMemDW dst: rfp src: r0 off: -64 imm: 0
	144: StMemDW dst: rfp src: r0 off: -56 imm: 0
	145: StMemDW dst: rfp src: r0 off: -48 imm: 0
	146: StMemDW dst: rfp src: r0 off: -40 imm: 0
	147: StMemDW dst: rfp src: r0 off: -32 imm: 0
	148: StMemDW dst: rfp src: r0 off: -24 imm: 0
	149: StMemDW dst: rfp src: r0 off: -16 imm: 0
	150: StMemDW dst: rfp src: r0 off: -8 imm: 0
	151: LdXMemH dst: r1 src: rfp off: -64 imm: 0
	152: JEqImm dst: r1 off: 2 imm: 25960
	153: MovImm dst: r1 imm: 1
	154: Ja off: 5
	155: LdXMemB dst: r1 src: rfp off: -62 imm: 0
	156: JEqImm dst: r1 off: 2 imm: 108
	157: MovImm dst: r1 imm: 1
	158: Ja off: 1
	159: MovImm dst: r1 imm: 0
	160: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	161: StMemDW dst: rfp src: r0 off: -16 imm: 0
	162: LoadMapPtr dst: r1 fd: 0 <AT_n>
	164: MovReg dst: r2 src: rfp
	165: AddImm dst: r2 imm: -16
	166: MovReg dst: r3 src: rfp
	167: AddImm dst: r3 imm: -8
	168: MovImm dst: r4 imm: 0
	169: Call FnMapUpdateElem
	170: LdImmDW dst: r0 imm: 7233174018435802742
	172: StXMemDW dst: rfp src: r0 off: -64 imm: 0
	173: StMemDW dst: rfp src: r0 off: -56 imm: 0
	174: StMemDW dst: rfp src: r0 off: -48 imm: 0
	175: StMemDW dst: rfp src: r0 off: -40 imm: 0
	176: StMemDW dst: rfp src: r0 off: -32 imm: 0
	177: StMemDW dst: rfp src: r0 off: -24 imm: 0
	178: StMemDW dst: rfp src: r0 off: -16 imm: 0
	179: StMemDW dst: rfp src: r0 off: -8 imm: 0
	180: StMemDW dst: rfp src: r0 off: -72 imm: 0
	181: LoadMapPtr dst: r1 fd: 0 <AT_k>
	183: MovReg dst: r2 src: rfp
	184: AddImm dst: r2 imm: -72
	185: MovReg dst: r3 src: rfp
	186: AddImm dst: r3 imm: -64
	187: MovImm dst: r4 imm: 0
	188: Call FnMapUpdateElem
	189: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	190: LoadMapPtr dst: r1 fd: 0 <AT__events>
	192: MovReg dst: r2 src: rfp
	193: AddImm dst: r2 imm: -8
	194: MovImm dst: r3 imm: 8
	195: MovImm dst: r4 imm: 0
	196: Call FnRingbufOutput
	197: StMemW dst: rfp src: r0 off: -8 imm: 0
	198: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	200: MovReg dst: r2 src: rfp
	201: AddImm dst: r2 imm: -8
	202: Call FnMapLookupElem
	203: MovReg dst: r1 src: r0
	204: JEqImm dst: r1 off: 1 imm: 0
	205: StMemDW dst: r1 src: r0 off: 0 imm: 1
	206: MovImm dst: r0 imm: 0
	207: Exit

