BEGIN:
	  0: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  1: StMemB dst: rfp src: r0 off: -47 imm: 0
	  2: StMemH dst: rfp src: r0 off: -46 imm: 0
	  3: StMemW dst: rfp src: r0 off: -44 imm: 0
	  4: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  5: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  6: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  7: StMemH dst: rfp src: r0 off: -16 imm: 0
	  8: StMemB dst: rfp src: r0 off: -59 imm: 0
	  9: StMemH dst: rfp src: r0 off: -58 imm: 0
	 10: StMemB dst: rfp src: r0 off: -103 imm: 0
	 11: StMemH dst: rfp src: r0 off: -102 imm: 0
	 12: StMemW dst: rfp src: r0 off: -100 imm: 0
	 13: StMemB dst: rfp src: r0 off: -104 imm: 6
	 14: StMemDW dst: rfp src: r0 off: -192 imm: 0
	 15: StMemDW dst: rfp src: r0 off: -184 imm: 0
	 16: StMemDW dst: rfp src: r0 off: -176 imm: 1
	 17: StMemW dst: rfp src: r0 off: -168 imm: 7500915
	 18: StMemW dst: rfp src: r0 off: -164 imm: 0
	 19: LdXMemDW dst: r1 src: rfp off: -104 imm: 0
	 20: StMemDW dst: rfp src: r0 off: -160 imm: 5
	 21: StXMemDW dst: rfp src: r1 off: -96 imm: 0
	 22: LdXMemB dst: r1 src: rfp off: -96 imm: 0
	 23: LShImm dst: r1 imm: 56
	 24: ArShImm dst: r1 imm: 56
	 25: StXMemDW dst: rfp src: r1 off: -152 imm: 0
	 26: StMemDW dst: rfp src: r0 off: -144 imm: 99
	 27: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 29: MovReg dst: r2 src: rfp
	 30: AddImm dst: r2 imm: -192
	 31: MovImm dst: r3 imm: 56
	 32: MovImm dst: r4 imm: 0
	 33: Call FnRingbufOutput
	 34: StMemDW dst: rfp src: r0 off: -112 imm: 0
	 35: StMemDW dst: rfp src: r0 off: -104 imm: 1
	 36: StMemW dst: rfp src: r0 off: -96 imm: 7500915
	 37: LoadMapPtr dst: r1 fd: 0 <AT_t>
	 39: MovReg dst: r2 src: rfp
	 40: AddImm dst: r2 imm: -8
	 41: MovReg dst: r3 src: rfp
	 42: AddImm dst: r3 imm: -112
	 43: MovImm dst: r4 imm: 0
	 44: Call FnMapUpdateElem
	 45: StMemDW dst: rfp src: r0 off: -120 imm: 1
	 46: LoadMapPtr dst: r1 fd: 0 <AT_t>
	 48: MovReg dst: r2 src: rfp
	 49: AddImm dst: r2 imm: -8
	 50: Call FnMapLookupElem
	 51: MovReg dst: r1 src: r0
	 52: JEqImm dst: r1 off: 7 imm: 0
	 53: LdXMemDW dst: r0 src: r1 off: 0 imm: 0
	 54: StXMemDW dst: rfp src: r0 off: -144 imm: 0
	 55: LdXMemDW dst: r0 src: r1 off: 8 imm: 0
	 56: StXMemDW dst: rfp src: r0 off: -136 imm: 0
	 57: LdXMemDW dst: r0 src: r1 off: 16 imm: 0
	 58: StXMemDW dst: rfp src: r0 off: -128 imm: 0
	 59: Ja off: 1
	 60: StMemDW dst: rfp src: r0 off: -144 imm: 0
	 61: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 62: StXMemDW dst: rfp src: r1 off: -112 imm: 0
	 63: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 64: LoadMapPtr dst: r1 fd: 0 <AT_t>
	 66: MovReg dst: r2 src: rfp
	 67: AddImm dst: r2 imm: -8
	 68: Call FnMapLookupElem
	 69: MovReg dst: r1 src: r0
	 70: JEqImm dst: r1 off: 7 imm: 0
	 71: LdXMemDW dst: r0 src: r1 off: 0 imm: 0
	 72: StXMemDW dst: rfp src: r0 off: -144 imm: 0
	 73: LdXMemDW dst: r0 src: r1 off: 8 imm: 0
	 74: StXMemDW dst: rfp src: r0 off: -136 imm: 0
	 75: LdXMemDW dst: r0 src: r1 off: 16 imm: 0
	 76: StXMemDW dst: rfp src: r0 off: -128 imm: 0
	 77: Ja off: 1
	 78: StMemDW dst: rfp src: r0 off: -136 imm: 0
	 79: LdXMemDW dst: r1 src: rfp off: -136 imm: 0
	 80: StXMemDW dst: rfp src: r1 off: -104 imm: 0
	 81: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 82: LoadMapPtr dst: r1 fd: 0 <AT_t>
	 84: MovReg dst: r2 src: rfp
	 85: AddImm dst: r2 imm: -8
	 86: Call FnMapLookupElem
	 87: MovReg dst: r1 src: r0
	 88: JEqImm dst: r1 off: 7 imm: 0
	 89: LdXMemDW dst: r0 src: r1 off: 0 imm: 0
	 90: StXMemDW dst: rfp src: r0 off: -144 imm: 0
	 91: LdXMemDW dst: r0 src: r1 off: 8 imm: 0
	 92: StXMemDW dst: rfp src: r0 off: -136 imm: 0
	 93: LdXMemDW dst: r0 src: r1 off: 16 imm: 0
	 94: StXMemDW dst: rfp src: r0 off: -128 imm: 0
	 95: Ja off: 1
	 96: StMemW dst: rfp src: r0 off: -128 imm: 0
	 97: LdXMemW dst: r1 src: rfp off: -128 imm: 0
	 98: StXMemW dst: rfp src: r1 off: -96 imm: 0
	 99: StMemW dst: rfp src: r0 off: -92 imm: 0
	100: LoadMapPtr dst: r1 fd: 0 <AT__events>
	102: MovReg dst: r2 src: rfp
	103: AddImm dst: r2 imm: -120
	104: MovImm dst: r3 imm: 32
	105: MovImm dst: r4 imm: 0
	106: Call FnRingbufOutput
	107: StMemB dst: rfp src: r0 off: -56 imm: -100
	108: StMemB dst: rfp src: r0 off: -55 imm: 100
	109: StMemH dst: rfp src: r0 off: -54 imm: 25185
	110: StMemW dst: rfp src: r0 off: -52 imm: 1717920867
	111: StMemB dst: rfp src: r0 off: -48 imm: 0
	112: StMemDW dst: rfp src: r0 off: -40 imm: 3
	113: StMemW dst: rfp src: r0 off: -32 imm: 1
	114: StMemDW dst: rfp src: r0 off: -24 imm: -10
	115: StMemB dst: rfp src: r0 off: -16 imm: 10
	116: StMemH dst: rfp src: r0 off: -14 imm: -555
	117: StMemW dst: rfp src: r0 off: -12 imm: 6513249
	118: StMemDW dst: rfp src: r0 off: -128 imm: 2
	119: StMemDW dst: rfp src: r0 off: -120 imm: 32
	120: StMemDW dst: rfp src: r0 off: -112 imm: 8
	121: StMemDW dst: rfp src: r0 off: -104 imm: 8
	122: StMemDW dst: rfp src: r0 off: -96 imm: 48
	123: LoadMapPtr dst: r1 fd: 0 <AT__events>
	125: MovReg dst: r2 src: rfp
	126: AddImm dst: r2 imm: -128
	127: MovImm dst: r3 imm: 40
	128: MovImm dst: r4 imm: 0
	129: Call FnRingbufOutput
	130: StMemDW dst: rfp src: r0 off: -152 imm: 30007
	131: StMemDW dst: rfp src: r0 off: -144 imm: 0
	132: LdXMemDW dst: r0 src: rfp off: -56 imm: 0
	133: StXMemDW dst: rfp src: r0 off: -136 imm: 0
	134: LdXMemDW dst: r0 src: rfp off: -48 imm: 0
	135: StXMemDW dst: rfp src: r0 off: -128 imm: 0
	136: LdXMemDW dst: r0 src: rfp off: -40 imm: 0
	137: StXMemDW dst: rfp src: r0 off: -120 imm: 0
	138: LdXMemDW dst: r0 src: rfp off: -32 imm: 0
	139: StXMemDW dst: rfp src: r0 off: -112 imm: 0
	140: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	141: StXMemDW dst: rfp src: r0 off: -104 imm: 0
	142: LdXMemDW dst: r0 src: rfp off: -16 imm: 0
	143: StXMemDW dst: rfp src: r0 off: -96 imm: 0
	144: LoadMapPtr dst: r1 fd: 0 <AT__events>
	146: MovReg dst: r2 src: rfp
	147: AddImm dst: r2 imm: -152
	148: MovImm dst: r3 imm: 64
	149: MovImm dst: r4 imm: 0
	150: Call FnRingbufOutput
	151: StMemW dst: rfp src: r0 off: -16 imm: -100
	152: StMemB dst: rfp src: r0 off: -12 imm: 10
	153: StMemDW dst: rfp src: r0 off: -8 imm: 50
	154: MovReg dst: r6 src: rfp
	155: AddImm dst: r6 imm: -24
	156: StMemDW dst: rfp src: r0 off: -24 imm: 0
	157: MovReg dst: r2 src: r6
	158: LoadMapPtr dst: r1 fd: 0 <AT_m1>
	160: MovReg dst: r3 src: rfp
	161: AddImm dst: r3 imm: -16
	162: MovImm dst: r4 imm: 0
	163: Call FnMapUpdateElem
	164: StMemDW dst: rfp src: r0 off: -48 imm: -100
	165: StMemB dst: rfp src: r0 off: -40 imm: 10
	166: StMemW dst: rfp src: r0 off: -36 imm: 50
	167: StMemDW dst: rfp src: r0 off: -32 imm: 100
	168: MovReg dst: r2 src: r6
	169: LoadMapPtr dst: r1 fd: 0 <AT_m2>
	171: MovReg dst: r3 src: rfp
	172: AddImm dst: r3 imm: -48
	173: MovImm dst: r4 imm: 0
	174: Call FnMapUpdateElem
	175: StMemB dst: rfp src: r0 off: -8 imm: 1
	176: StMemB dst: rfp src: r0 off: -7 imm: -20
	177: StMemB dst: rfp src: r0 off: -6 imm: 30
	178: MovReg dst: r2 src: r6
	179: LoadMapPtr dst: r1 fd: 0 <AT_n>
	181: MovReg dst: r3 src: rfp
	182: AddImm dst: r3 imm: -8
	183: MovImm dst: r4 imm: 0
	184: Call FnMapUpdateElem
	185: StMemDW dst: rfp src: r0 off: -88 imm: 1
	186: StMemDW dst: rfp src: r0 off: -80 imm: 2
	187: StMemDW dst: rfp src: r0 off: -72 imm: 3
	188: StMemW dst: rfp src: r0 off: -64 imm: 1885693284
	189: StMemB dst: rfp src: r0 off: -60 imm: 0
	190: StMemDW dst: rfp src: r0 off: -48 imm: 3
	191: LdXMemDW dst: r1 src: rfp off: -64 imm: 0
	192: StMemDW dst: rfp src: r0 off: -40 imm: 3
	193: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	194: LdXMemW dst: r1 src: rfp off: -8 imm: 0
	195: StXMemW dst: rfp src: r1 off: -32 imm: 0
	196: LdXMemB dst: r1 src: rfp off: -4 imm: 0
	197: StXMemB dst: rfp src: r1 off: -28 imm: 0
	198: StMemB dst: rfp src: r0 off: -27 imm: 0
	199: StMemH dst: rfp src: r0 off: -26 imm: 0
	200: LoadMapPtr dst: r1 fd: 0 <AT__events>
	202: MovReg dst: r2 src: rfp
	203: AddImm dst: r2 imm: -48
	204: MovImm dst: r3 imm: 24
	205: MovImm dst: r4 imm: 0
	206: Call FnRingbufOutput
	207: LdXMemDW dst: r0 src: rfp off: -88 imm: 0
	208: StXMemDW dst: rfp src: r0 off: -56 imm: 0
	209: LdXMemDW dst: r0 src: rfp off: -80 imm: 0
	210: StXMemDW dst: rfp src: r0 off: -48 imm: 0
	211: LdXMemDW dst: r0 src: rfp off: -72 imm: 0
	212: StXMemDW dst: rfp src: r0 off: -40 imm: 0
	213: LdXMemDW dst: r0 src: rfp off: -64 imm: 0
	214: StXMemDW dst: rfp src: r0 off: -32 imm: 0
	215: MovReg dst: r2 src: r6
	216: LoadMapPtr dst: r1 fd: 0 <AT_deep>
	218: MovReg dst: r3 src: rfp
	219: AddImm dst: r3 imm: -56
	220: MovImm dst: r4 imm: 0
	221: Call FnMapUpdateElem
	222: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	223: LoadMapPtr dst: r1 fd: 0 <AT__events>
	225: MovReg dst: r2 src: rfp
	226: AddImm dst: r2 imm: -8
	227: MovImm dst: r3 imm: 8
	228: MovImm dst: r4 imm: 0
	229: Call FnRingbufOutput
	230: StMemW dst: rfp src: r0 off: -8 imm: 0
	231: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	233: MovReg dst: r2 src: rfp
	234: AddImm dst: r2 imm: -8
	235: Call FnMapLookupElem
	236: JEqImm dst: r0 off: 1 imm: 0
	237: StMemDW dst: r0 src: r0 off: 0 imm: 1
	238: MovImm dst: r0 imm: 0
	239: Exit

