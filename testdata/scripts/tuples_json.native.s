BEGIN:
	  0: StMemB dst: rfp src: r0 off: -13 imm: 0
	  1: StMemW dst: rfp src: r0 off: -12 imm: 0
	  2: StMemDW dst: rfp src: r0 off: -40 imm: 1
	  3: StMemH dst: rfp src: r0 off: -32 imm: 120
	  4: StMemDW dst: rfp src: r0 off: -48 imm: 0
	  5: LoadMapPtr dst: r1 fd: 0 <AT_t>
	  7: MovReg dst: r2 src: rfp
	  8: AddImm dst: r2 imm: -48
	  9: MovReg dst: r3 src: rfp
	 10: AddImm dst: r3 imm: -40
	 11: MovImm dst: r4 imm: 0
	 12: Call FnMapUpdateElem
	 13: StMemDW dst: rfp src: r0 off: -24 imm: 7
	 14: StMemH dst: rfp src: r0 off: -16 imm: 28265
	 15: StMemB dst: rfp src: r0 off: -14 imm: 0
	 16: StMemDW dst: rfp src: r0 off: -96 imm: 0
	 17: StMemDW dst: rfp src: r0 off: -88 imm: 1
	 18: StMemW dst: rfp src: r0 off: -80 imm: 7305076
	 19: StMemW dst: rfp src: r0 off: -76 imm: 0
	 20: LdXMemDW dst: r1 src: rfp off: -16 imm: 0
	 21: StMemDW dst: rfp src: r0 off: -72 imm: 7
	 22: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	 23: LdXMemH dst: r1 src: rfp off: -32 imm: 0
	 24: StXMemH dst: rfp src: r1 off: -64 imm: 0
	 25: LdXMemB dst: r1 src: rfp off: -30 imm: 0
	 26: StXMemB dst: rfp src: r1 off: -62 imm: 0
	 27: StMemB dst: rfp src: r0 off: -61 imm: 0
	 28: StMemW dst: rfp src: r0 off: -60 imm: 0
	 29: StMemDW dst: rfp src: r0 off: -56 imm: -2
	 30: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 32: MovReg dst: r2 src: rfp
	 33: AddImm dst: r2 imm: -96
	 34: MovImm dst: r3 imm: 48
	 35: MovImm dst: r4 imm: 0
	 36: Call FnRingbufOutput
	 37: StMemH dst: rfp src: r0 off: -32 imm: 99
	 38: StMemH dst: rfp src: r0 off: -30 imm: 3
	 39: StMemB dst: rfp src: r0 off: -28 imm: 255
	 40: StMemDW dst: rfp src: r0 off: -40 imm: 3
	 41: LoadMapPtr dst: r1 fd: 0 <AT_k>
	 43: MovReg dst: r2 src: rfp
	 44: AddImm dst: r2 imm: -40
	 45: MovReg dst: r3 src: rfp
	 46: AddImm dst: r3 imm: -32
	 47: MovImm dst: r4 imm: 0
	 48: Call FnMapUpdateElem
	 49: StMemH dst: rfp src: r0 off: -32 imm: 97
	 50: StMemH dst: rfp src: r0 off: -30 imm: -1
	 51: StMemB dst: rfp src: r0 off: -28 imm: 1
	 52: MovReg dst: r6 src: rfp
	 53: AddImm dst: r6 imm: -40
	 54: StMemDW dst: rfp src: r0 off: -40 imm: 1
	 55: MovReg dst: r2 src: r6
	 56: LoadMapPtr dst: r1 fd: 0 <AT_k>
	 58: MovReg dst: r3 src: rfp
	 59: AddImm dst: r3 imm: -32
	 60: MovImm dst: r4 imm: 0
	 61: Call FnMapUpdateElem
	 62: StMemH dst: rfp src: r0 off: -32 imm: 98
	 63: StMemH dst: rfp src: r0 off: -30 imm: 2
	 64: StMemB dst: rfp src: r0 off: -28 imm: 2
	 65: StMemDW dst: rfp src: r0 off: -56 imm: 2
	 66: LoadMapPtr dst: r1 fd: 0 <AT_k>
	 68: MovReg dst: r2 src: rfp
	 69: AddImm dst: r2 imm: -56
	 70: MovReg dst: r3 src: rfp
	 71: AddImm dst: r3 imm: -32
	 72: MovImm dst: r4 imm: 0
	 73: Call FnMapUpdateElem
	 74: StMemW dst: rfp src: r0 off: -72 imm: 1819043176
	 75: StMemH dst: rfp src: r0 off: -68 imm: 111
	 76: StMemDW dst: rfp src: r0 off: -64 imm: 0
	 77: LoadMapPtr dst: r1 fd: 0 <AT_grow>
	 79: MovReg dst: r2 src: rfp
	 80: AddImm dst: r2 imm: -48
	 81: MovReg dst: r3 src: rfp
	 82: AddImm dst: r3 imm: -72
	 83: MovImm dst: r4 imm: 0
	 84: Call FnMapUpdateElem
	 85: StMemW dst: rfp src: r0 off: -80 imm: 6513249
	 86: StMemDW dst: rfp src: r0 off: -72 imm: 2
	 87: StMemDW dst: rfp src: r0 off: -64 imm: 0
	 88: MovReg dst: r2 src: r6
	 89: LoadMapPtr dst: r1 fd: 0 <AT_x>
	 91: MovReg dst: r3 src: rfp
	 92: AddImm dst: r3 imm: -80
	 93: MovImm dst: r4 imm: 0
	 94: Call FnMapUpdateElem
	 95: LdImmDW dst: r0 imm: 7523094288207667809
	 97: StXMemDW dst: rfp src: r0 off: -80 imm: 0
	 98: StMemB dst: rfp src: r0 off: -72 imm: 0
	 99: StMemDW dst: rfp src: r0 off: -64 imm: 3
	100: LoadMapPtr dst: r1 fd: 0 <AT_x>
	102: MovReg dst: r2 src: rfp
	103: AddImm dst: r2 imm: -56
	104: MovReg dst: r3 src: rfp
	105: AddImm dst: r3 imm: -80
	106: MovImm dst: r4 imm: 0
	107: Call FnMapUpdateElem
	108: MovReg dst: r2 src: r6
	109: LoadMapPtr dst: r1 fd: 0 <AT_k>
	111: Call FnMapLookupElem
	112: MovReg dst: r1 src: r0
	113: JEqImm dst: r1 off: 5 imm: 0
	114: LdXMemW dst: r0 src: r1 off: 0 imm: 0
	115: StXMemW dst: rfp src: r0 off: -32 imm: 0
	116: LdXMemH dst: r0 src: r1 off: 4 imm: 0
	117: StXMemH dst: rfp src: r0 off: -28 imm: 0
	118: Ja off: 1
	119: StMemH dst: rfp src: r0 off: -30 imm: 0
	120: LdXMemH dst: r1 src: rfp off: -30 imm: 0
	121: LShImm dst: r1 imm: 48
	122: ArShImm dst: r1 imm: 48
	123: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	124: StMemDW dst: rfp src: r0 off: -40 imm: 0
	125: LoadMapPtr dst: r1 fd: 0 <AT_idx>
	127: MovReg dst: r2 src: rfp
	128: AddImm dst: r2 imm: -40
	129: MovReg dst: r3 src: rfp
	130: AddImm dst: r3 imm: -32
	131: MovImm dst: r4 imm: 0
	132: Call FnMapUpdateElem
	133: StMemDW dst: rfp src: r0 off: -32 imm: 3
	134: LoadMapPtr dst: r1 fd: 0 <AT_k>
	136: MovReg dst: r2 src: rfp
	137: AddImm dst: r2 imm: -32
	138: Call FnMapLookupElem
	139: MovReg dst: r1 src: r0
	140: JEqImm dst: r1 off: 5 imm: 0
	141: LdXMemW dst: r0 src: r1 off: 0 imm: 0
	142: StXMemW dst: rfp src: r0 off: -32 imm: 0
	143: LdXMemH dst: r0 src: r1 off: 4 imm: 0
	144: StXMemH dst: rfp src: r0 off: -28 imm: 0
	145: Ja off: 1
	146: StMemH dst: rfp src: r0 off: -32 imm: 0
	147: LdXMemH dst: r1 src: rfp off: -32 imm: 0
	148: StXMemH dst: rfp src: r1 off: -32 imm: 0
	149: StMemDW dst: rfp src: r0 off: -40 imm: 0
	150: LoadMapPtr dst: r1 fd: 0 <AT_str>
	152: MovReg dst: r2 src: rfp
	153: AddImm dst: r2 imm: -40
	154: MovReg dst: r3 src: rfp
	155: AddImm dst: r3 imm: -32
	156: MovImm dst: r4 imm: 0
	157: Call FnMapUpdateElem
	158: StMemDW dst: rfp src: r0 off: -48 imm: 30001
	159: StMemW dst: rfp src: r0 off: -40 imm: 4
	160: StMemW dst: rfp src: r0 off: -36 imm: 0
	161: StMemW dst: rfp src: r0 off: -32 imm: 0
	162: StMemW dst: rfp src: r0 off: -28 imm: 0
	163: LoadMapPtr dst: r1 fd: 0 <AT__events>
	165: MovReg dst: r2 src: rfp
	166: AddImm dst: r2 imm: -48
	167: MovImm dst: r3 imm: 24
	168: MovImm dst: r4 imm: 0
	169: Call FnRingbufOutput
	170: StMemDW dst: rfp src: r0 off: -32 imm: 2
	171: LoadMapPtr dst: r1 fd: 0 <AT_k>
	173: MovReg dst: r2 src: rfp
	174: AddImm dst: r2 imm: -32
	175: Call FnMapLookupElem
	176: MovReg dst: r1 src: r0
	177: JEqImm dst: r1 off: 5 imm: 0
	178: LdXMemW dst: r0 src: r1 off: 0 imm: 0
	179: StXMemW dst: rfp src: r0 off: -32 imm: 0
	180: LdXMemH dst: r0 src: r1 off: 4 imm: 0
	181: StXMemH dst: rfp src: r0 off: -28 imm: 0
	182: Ja off: 2
	183: StMemW dst: rfp src: r0 off: -32 imm: 0
	184: StMemH dst: rfp src: r0 off: -28 imm: 0
	185: StMemDW dst: rfp src: r0 off: -56 imm: 30007
	186: StMemDW dst: rfp src: r0 off: -48 imm: 0
	187: LdXMemW dst: r0 src: rfp off: -32 imm: 0
	188: StXMemW dst: rfp src: r0 off: -40 imm: 0
	189: LdXMemH dst: r0 src: rfp off: -28 imm: 0
	190: StXMemH dst: rfp src: r0 off: -36 imm: 0
	191: StMemH dst: rfp src: r0 off: -34 imm: 0
	192: LoadMapPtr dst: r1 fd: 0 <AT__events>
	194: MovReg dst: r2 src: rfp
	195: AddImm dst: r2 imm: -56
	196: MovImm dst: r3 imm: 24
	197: MovImm dst: r4 imm: 0
	198: Call FnRingbufOutput
	199: StMemDW dst: rfp src: r0 off: -56 imm: 30007
	200: StMemDW dst: rfp src: r0 off: -48 imm: 1
	201: LdXMemDW dst: r1 src: rfp off: -24 imm: 0
	202: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	203: LdXMemDW dst: r1 src: rfp off: -16 imm: 0
	204: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	205: LoadMapPtr dst: r1 fd: 0 <AT__events>
	207: MovReg dst: r2 src: rfp
	208: AddImm dst: r2 imm: -56
	209: MovImm dst: r3 imm: 32
	210: MovImm dst: r4 imm: 0
	211: Call FnRingbufOutput
	212: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	213: LoadMapPtr dst: r1 fd: 0 <AT__events>
	215: MovReg dst: r2 src: rfp
	216: AddImm dst: r2 imm: -8
	217: MovImm dst: r3 imm: 8
	218: MovImm dst: r4 imm: 0
	219: Call FnRingbufOutput
	220: StMemW dst: rfp src: r0 off: -8 imm: 0
	221: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	223: MovReg dst: r2 src: rfp
	224: AddImm dst: r2 imm: -8
	225: Call FnMapLookupElem
	226: JEqImm dst: r0 off: 1 imm: 0
	227: StMemDW dst: r0 src: r0 off: 0 imm: 1
	228: MovImm dst: r0 imm: 0
	229: Exit

END:
	 0: StMemH dst: rfp src: r0 off: -16 imm: 26984
	 1: StMemB dst: rfp src: r0 off: -14 imm: 0
	 2: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 3: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 4: LoadMapPtr dst: r1 fd: 0 <AT_grow>
	 6: MovReg dst: r2 src: rfp
	 7: AddImm dst: r2 imm: -24
	 8: MovReg dst: r3 src: rfp
	 9: AddImm dst: r3 imm: -16
	10: MovImm dst: r4 imm: 0
	11: Call FnMapUpdateElem
	12: MovImm dst: r0 imm: 0
	13: Exit

