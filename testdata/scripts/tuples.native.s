BEGIN:
	  0: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  1: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  2: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  3: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  4: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  5: StMemW dst: rfp src: r0 off: -48 imm: 0
	  6: StMemH dst: rfp src: r0 off: -44 imm: 0
	  7: StMemDW dst: rfp src: r0 off: -40 imm: 1
	  8: StMemW dst: rfp src: r0 off: -32 imm: 7305076
	  9: StMemDW dst: rfp src: r0 off: -64 imm: 1
	 10: StMemH dst: rfp src: r0 off: -56 imm: 120
	 11: StMemDW dst: rfp src: r0 off: -72 imm: 0
	 12: LoadMapPtr dst: r1 fd: 0 <AT_t>
	 14: MovReg dst: r2 src: rfp
	 15: AddImm dst: r2 imm: -72
	 16: MovReg dst: r3 src: rfp
	 17: AddImm dst: r3 imm: -64
	 18: MovImm dst: r4 imm: 0
	 19: Call FnMapUpdateElem
	 20: StMemDW dst: rfp src: r0 off: -24 imm: 7
	 21: StMemH dst: rfp src: r0 off: -16 imm: 28265
	 22: StMemB dst: rfp src: r0 off: -14 imm: 0
	 23: StMemB dst: rfp src: r0 off: -8 imm: -2
	 24: StMemB dst: rfp src: r0 off: -7 imm: 111
	 25: StMemH dst: rfp src: r0 off: -6 imm: 29813
	 26: StMemB dst: rfp src: r0 off: -4 imm: 0
	 27: StMemDW dst: rfp src: r0 off: -96 imm: 0
	 28: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 29: StXMemDW dst: rfp src: r1 off: -88 imm: 0
	 30: LdXMemW dst: r1 src: rfp off: -32 imm: 0
	 31: StXMemW dst: rfp src: r1 off: -80 imm: 0
	 32: StMemW dst: rfp src: r0 off: -76 imm: 0
	 33: LdXMemDW dst: r1 src: rfp off: -24 imm: 0
	 34: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 35: LdXMemDW dst: r1 src: rfp off: -16 imm: 0
	 36: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	 37: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 38: StXMemDW dst: rfp src: r1 off: -72 imm: 0
	 39: LdXMemDW dst: r1 src: rfp off: -24 imm: 0
	 40: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 41: LdXMemDW dst: r1 src: rfp off: -16 imm: 0
	 42: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	 43: LdXMemH dst: r1 src: rfp off: -32 imm: 0
	 44: StXMemH dst: rfp src: r1 off: -64 imm: 0
	 45: LdXMemB dst: r1 src: rfp off: -30 imm: 0
	 46: StXMemB dst: rfp src: r1 off: -62 imm: 0
	 47: StMemB dst: rfp src: r0 off: -61 imm: 0
	 48: StMemW dst: rfp src: r0 off: -60 imm: 0
	 49: LdXMemB dst: r1 src: rfp off: -8 imm: 0
	 50: LShImm dst: r1 imm: 56
	 51: ArShImm dst: r1 imm: 56
	 52: StXMemDW dst: rfp src: r1 off: -56 imm: 0
	 53: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 55: MovReg dst: r2 src: rfp
	 56: AddImm dst: r2 imm: -96
	 57: MovImm dst: r3 imm: 48
	 58: MovImm dst: r4 imm: 0
	 59: Call FnRingbufOutput
	 60: StMemH dst: rfp src: r0 off: -32 imm: 99
	 61: StMemH dst: rfp src: r0 off: -30 imm: 3
	 62: StMemB dst: rfp src: r0 off: -28 imm: 255
	 63: StMemDW dst: rfp src: r0 off: -40 imm: 3
	 64: LoadMapPtr dst: r1 fd: 0 <AT_k>
	 66: MovReg dst: r2 src: rfp
	 67: AddImm dst: r2 imm: -40
	 68: MovReg dst: r3 src: rfp
	 69: AddImm dst: r3 imm: -32
	 70: MovImm dst: r4 imm: 0
	 71: Call FnMapUpdateElem
	 72: StMemH dst: rfp src: r0 off: -32 imm: 97
	 73: StMemH dst: rfp src: r0 off: -30 imm: -1
	 74: StMemB dst: rfp src: r0 off: -28 imm: 1
	 75: StMemDW dst: rfp src: r0 off: -40 imm: 1
	 76: LoadMapPtr dst: r1 fd: 0 <AT_k>
	 78: MovReg dst: r2 src: rfp
	 79: AddImm dst: r2 imm: -40
	 80: MovReg dst: r3 src: rfp
	 81: AddImm dst: r3 imm: -32
	 82: MovImm dst: r4 imm: 0
	 83: Call FnMapUpdateElem
	 84: StMemH dst: rfp src: r0 off: -32 imm: 98
	 85: StMemH dst: rfp src: r0 off: -30 imm: 2
	 86: StMemB dst: rfp src: r0 off: -28 imm: 2
	 87: StMemDW dst: rfp src: r0 off: -40 imm: 2
	 88: LoadMapPtr dst: r1 fd: 0 <AT_k>
	 90: MovReg dst: r2 src: rfp
	 91: AddImm dst: r2 imm: -40
	 92: MovReg dst: r3 src: rfp
	 93: AddImm dst: r3 imm: -32
	 94: MovImm dst: r4 imm: 0
	 95: Call FnMapUpdateElem
	 96: StMemW dst: rfp src: r0 off: -40 imm: 1819043176
	 97: StMemH dst: rfp src: r0 off: -36 imm: 111
	 98: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 99: StMemDW dst: rfp src: r0 off: -56 imm: 0
	100: LoadMapPtr dst: r1 fd: 0 <AT_grow>
	102: MovReg dst: r2 src: rfp
	103: AddImm dst: r2 imm: -56
	104: MovReg dst: r3 src: rfp
	105: AddImm dst: r3 imm: -40
	106: MovImm dst: r4 imm: 0
	107: Call FnMapUpdateElem
	108: StMemW dst: rfp src: r0 off: -72 imm: 6513249
	109: StMemDW dst: rfp src: r0 off: -64 imm: 2
	110: StMemDW dst: rfp src: r0 off: -56 imm: 0
	111: StMemDW dst: rfp src: r0 off: -32 imm: 1
	112: LoadMapPtr dst: r1 fd: 0 <AT_x>
	114: MovReg dst: r2 src: rfp
	115: AddImm dst: r2 imm: -32
	116: MovReg dst: r3 src: rfp
	117: AddImm dst: r3 imm: -72
	118: MovImm dst: r4 imm: 0
	119: Call FnMapUpdateElem
	120: LdImmDW dst: r0 imm: 7523094288207667809
	122: StXMemDW dst: rfp src: r0 off: -72 imm: 0
	123: StMemB dst: rfp src: r0 off: -64 imm: 0
	124: StMemDW dst: rfp src: r0 off: -56 imm: 3
	125: StMemDW dst: rfp src: r0 off: -32 imm: 2
	126: LoadMapPtr dst: r1 fd: 0 <AT_x>
	128: MovReg dst: r2 src: rfp
	129: AddImm dst: r2 imm: -32
	130: MovReg dst: r3 src: rfp
	131: AddImm dst: r3 imm: -72
	132: MovImm dst: r4 imm: 0
	133: Call FnMapUpdateElem
	134: StMemDW dst: rfp src: r0 off: -32 imm: 1
	135: LoadMapPtr dst: r1 fd: 0 <AT_k>
	137: MovReg dst: r2 src: rfp
	138: AddImm dst: r2 imm: -32
	139: Call FnMapLookupElem
	140: MovReg dst: r1 src: r0
	141: JEqImm dst: r1 off: 5 imm: 0
	142: LdXMemW dst: r0 src: r1 off: 0 imm: 0
	143: StXMemW dst: rfp src: r0 off: -32 imm: 0
	144: LdXMemH dst: r0 src: r1 off: 4 imm: 0
	145: StXMemH dst: rfp src: r0 off: -28 imm: 0
	146: Ja off: 2
	147: StMemW dst: rfp src: r0 off: -32 imm: 0
	148: StMemH dst: rfp src: r0 off: -28 imm: 0
	149: LdXMemH dst: r1 src: rfp off: -30 imm: 0
	150: LShImm dst: r1 imm: 48
	151: ArShImm dst: r1 imm: 48
	152: LShImm dst: r1 imm: 48
	153: ArShImm dst: r1 imm: 48
	154: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	155: StMemDW dst: rfp src: r0 off: -40 imm: 0
	156: LoadMapPtr dst: r1 fd: 0 <AT_idx>
	158: MovReg dst: r2 src: rfp
	159: AddImm dst: r2 imm: -40
	160: MovReg dst: r3 src: rfp
	161: AddImm dst: r3 imm: -32
	162: MovImm dst: r4 imm: 0
	163: Call FnMapUpdateElem
	164: StMemDW dst: rfp src: r0 off: -32 imm: 3
	165: LoadMapPtr dst: r1 fd: 0 <AT_k>
	167: MovReg dst: r2 src: rfp
	168: AddImm dst: r2 imm: -32
	169: Call FnMapLookupElem
	170: MovReg dst: r1 src: r0
	171: JEqImm dst: r1 off: 5 imm: 0
	172: LdXMemW dst: r0 src: r1 off: 0 imm: 0
	173: StXMemW dst: rfp src: r0 off: -32 imm: 0
	174: LdXMemH dst: r0 src: r1 off: 4 imm: 0
	175: StXMemH dst: rfp src: r0 off: -28 imm: 0
	176: Ja off: 2
	177: StMemW dst: rfp src: r0 off: -32 imm: 0
	178: StMemH dst: rfp src: r0 off: -28 imm: 0
	179: LdXMemH dst: r1 src: rfp off: -32 imm: 0
	180: StXMemH dst: rfp src: r1 off: -32 imm: 0
	181: StMemDW dst: rfp src: r0 off: -40 imm: 0
	182: LoadMapPtr dst: r1 fd: 0 <AT_str>
	184: MovReg dst: r2 src: rfp
	185: AddImm dst: r2 imm: -40
	186: MovReg dst: r3 src: rfp
	187: AddImm dst: r3 imm: -32
	188: MovImm dst: r4 imm: 0
	189: Call FnMapUpdateElem
	190: StMemDW dst: rfp src: r0 off: -72 imm: 30001
	191: StMemW dst: rfp src: r0 off: -64 imm: 4
	192: StMemW dst: rfp src: r0 off: -60 imm: 0
	193: StMemW dst: rfp src: r0 off: -56 imm: 0
	194: StMemW dst: rfp src: r0 off: -52 imm: 0
	195: LoadMapPtr dst: r1 fd: 0 <AT__events>
	197: MovReg dst: r2 src: rfp
	198: AddImm dst: r2 imm: -72
	199: MovImm dst: r3 imm: 24
	200: MovImm dst: r4 imm: 0
	201: Call FnRingbufOutput
	202: StMemDW dst: rfp src: r0 off: -32 imm: 2
	203: LoadMapPtr dst: r1 fd: 0 <AT_k>
	205: MovReg dst: r2 src: rfp
	206: AddImm dst: r2 imm: -32
	207: Call FnMapLookupElem
	208: MovReg dst: r1 src: r0
	209: JEqImm dst: r1 off: 5 imm: 0
	210: LdXMemW dst: r0 src: r1 off: 0 imm: 0
	211: StXMemW dst: rfp src: r0 off: -48 imm: 0
	212: LdXMemH dst: r0 src: r1 off: 4 imm: 0
	213: StXMemH dst: rfp src: r0 off: -44 imm: 0
	214: Ja off: 2
	215: StMemW dst: rfp src: r0 off: -48 imm: 0
	216: StMemH dst: rfp src: r0 off: -44 imm: 0
	217: StMemDW dst: rfp src: r0 off: -72 imm: 30007
	218: StMemDW dst: rfp src: r0 off: -64 imm: 0
	219: LdXMemW dst: r0 src: rfp off: -48 imm: 0
	220: StXMemW dst: rfp src: r0 off: -56 imm: 0
	221: LdXMemH dst: r0 src: rfp off: -44 imm: 0
	222: StXMemH dst: rfp src: r0 off: -52 imm: 0
	223: StMemH dst: rfp src: r0 off: -50 imm: 0
	224: LoadMapPtr dst: r1 fd: 0 <AT__events>
	226: MovReg dst: r2 src: rfp
	227: AddImm dst: r2 imm: -72
	228: MovImm dst: r3 imm: 24
	229: MovImm dst: r4 imm: 0
	230: Call FnRingbufOutput
	231: StMemDW dst: rfp src: r0 off: -56 imm: 30007
	232: StMemDW dst: rfp src: r0 off: -48 imm: 1
	233: LdXMemDW dst: r1 src: rfp off: -24 imm: 0
	234: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	235: LdXMemDW dst: r1 src: rfp off: -16 imm: 0
	236: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	237: LoadMapPtr dst: r1 fd: 0 <AT__events>
	239: MovReg dst: r2 src: rfp
	240: AddImm dst: r2 imm: -56
	241: MovImm dst: r3 imm: 32
	242: MovImm dst: r4 imm: 0
	243: Call FnRingbufOutput
	244: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	245: LoadMapPtr dst: r1 fd: 0 <AT__events>
	247: MovReg dst: r2 src: rfp
	248: AddImm dst: r2 imm: -8
	249: MovImm dst: r3 imm: 8
	250: MovImm dst: r4 imm: 0
	251: Call FnRingbufOutput
	252: StMemW dst: rfp src: r0 off: -8 imm: 0
	253: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	255: MovReg dst: r2 src: rfp
	256: AddImm dst: r2 imm: -8
	257: Call FnMapLookupElem
	258: MovReg dst: r1 src: r0
	259: JEqImm dst: r1 off: 1 imm: 0
	260: StMemDW dst: r1 src: r0 off: 0 imm: 1
	261: MovImm dst: r0 imm: 0
	262: Exit

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

