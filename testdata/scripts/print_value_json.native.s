BEGIN:
	  0: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	  1: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  2: StMemDW dst: rfp src: r0 off: -8 imm: 123
	  3: LoadMapPtr dst: r1 fd: 0 <AT__events>
	  5: MovReg dst: r2 src: rfp
	  6: AddImm dst: r2 imm: -24
	  7: MovImm dst: r3 imm: 24
	  8: MovImm dst: r4 imm: 0
	  9: Call FnRingbufOutput
	 10: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	 11: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 12: StMemDW dst: rfp src: r0 off: -8 imm: -5
	 13: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 15: MovReg dst: r2 src: rfp
	 16: AddImm dst: r2 imm: -24
	 17: MovImm dst: r3 imm: 24
	 18: MovImm dst: r4 imm: 0
	 19: Call FnRingbufOutput
	 20: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	 21: StMemDW dst: rfp src: r0 off: -16 imm: 2
	 22: StMemW dst: rfp src: r0 off: -8 imm: 6513249
	 23: StMemW dst: rfp src: r0 off: -4 imm: 0
	 24: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 26: MovReg dst: r2 src: rfp
	 27: AddImm dst: r2 imm: -24
	 28: MovImm dst: r3 imm: 24
	 29: MovImm dst: r4 imm: 0
	 30: Call FnRingbufOutput
	 31: StMemDW dst: rfp src: r0 off: -48 imm: 30007
	 32: StMemDW dst: rfp src: r0 off: -40 imm: 3
	 33: StMemDW dst: rfp src: r0 off: -32 imm: 1
	 34: StMemW dst: rfp src: r0 off: -24 imm: 7305076
	 35: StMemDW dst: rfp src: r0 off: -16 imm: 3
	 36: StMemDW dst: rfp src: r0 off: -8 imm: 4
	 37: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 39: MovReg dst: r2 src: rfp
	 40: AddImm dst: r2 imm: -48
	 41: MovImm dst: r3 imm: 48
	 42: MovImm dst: r4 imm: 0
	 43: Call FnRingbufOutput
	 44: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 45: StMemDW dst: rfp src: r0 off: -8 imm: 2
	 46: StMemDW dst: rfp src: r0 off: -48 imm: 30007
	 47: StMemDW dst: rfp src: r0 off: -40 imm: 4
	 48: LdXMemDW dst: r0 src: rfp off: -16 imm: 0
	 49: StXMemDW dst: rfp src: r0 off: -32 imm: 0
	 50: LdXMemDW dst: r0 src: rfp off: -8 imm: 0
	 51: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	 52: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 54: MovReg dst: r2 src: rfp
	 55: AddImm dst: r2 imm: -48
	 56: MovImm dst: r3 imm: 32
	 57: MovImm dst: r4 imm: 0
	 58: Call FnRingbufOutput
	 59: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	 60: StMemDW dst: rfp src: r0 off: -16 imm: 5
	 61: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 62: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 64: MovReg dst: r2 src: rfp
	 65: AddImm dst: r2 imm: -24
	 66: MovImm dst: r3 imm: 24
	 67: MovImm dst: r4 imm: 0
	 68: Call FnRingbufOutput
	 69: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	 70: StMemDW dst: rfp src: r0 off: -16 imm: 6
	 71: StMemDW dst: rfp src: r0 off: -8 imm: 44
	 72: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 74: MovReg dst: r2 src: rfp
	 75: AddImm dst: r2 imm: -24
	 76: MovImm dst: r3 imm: 24
	 77: MovImm dst: r4 imm: 0
	 78: Call FnRingbufOutput
	 79: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	 80: StMemDW dst: rfp src: r0 off: -16 imm: 7
	 81: StMemDW dst: rfp src: r0 off: -8 imm: -56
	 82: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 84: MovReg dst: r2 src: rfp
	 85: AddImm dst: r2 imm: -24
	 86: MovImm dst: r3 imm: 24
	 87: MovImm dst: r4 imm: 0
	 88: Call FnRingbufOutput
	 89: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	 90: StMemDW dst: rfp src: r0 off: -16 imm: 8
	 91: StMemDW dst: rfp src: r0 off: -8 imm: 65535
	 92: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 94: MovReg dst: r2 src: rfp
	 95: AddImm dst: r2 imm: -24
	 96: MovImm dst: r3 imm: 24
	 97: MovImm dst: r4 imm: 0
	 98: Call FnRingbufOutput
	 99: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	100: StMemDW dst: rfp src: r0 off: -16 imm: 9
	101: StMemDW dst: rfp src: r0 off: -8 imm: -7
	102: LoadMapPtr dst: r1 fd: 0 <AT__events>
	104: MovReg dst: r2 src: rfp
	105: AddImm dst: r2 imm: -24
	106: MovImm dst: r3 imm: 24
	107: MovImm dst: r4 imm: 0
	108: Call FnRingbufOutput
	109: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	110: StMemDW dst: rfp src: r0 off: -16 imm: 10
	111: StMemDW dst: rfp src: r0 off: -8 imm: -1
	112: LoadMapPtr dst: r1 fd: 0 <AT__events>
	114: MovReg dst: r2 src: rfp
	115: AddImm dst: r2 imm: -24
	116: MovImm dst: r3 imm: 24
	117: MovImm dst: r4 imm: 0
	118: Call FnRingbufOutput
	119: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	120: StMemDW dst: rfp src: r0 off: -16 imm: 11
	121: StMemW dst: rfp src: r0 off: -8 imm: 67305985
	122: StMemW dst: rfp src: r0 off: -4 imm: 0
	123: LoadMapPtr dst: r1 fd: 0 <AT__events>
	125: MovReg dst: r2 src: rfp
	126: AddImm dst: r2 imm: -24
	127: MovImm dst: r3 imm: 24
	128: MovImm dst: r4 imm: 0
	129: Call FnRingbufOutput
	130: StMemDW dst: rfp src: r0 off: -32 imm: 30007
	131: StMemDW dst: rfp src: r0 off: -24 imm: 12
	132: StMemDW dst: rfp src: r0 off: -16 imm: 33022
	133: LdImmDW dst: r0 imm: 144116287587483648
	135: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	136: LoadMapPtr dst: r1 fd: 0 <AT__events>
	138: MovReg dst: r2 src: rfp
	139: AddImm dst: r2 imm: -32
	140: MovImm dst: r3 imm: 32
	141: MovImm dst: r4 imm: 0
	142: Call FnRingbufOutput
	143: StMemDW dst: rfp src: r0 off: -40 imm: 30007
	144: StMemDW dst: rfp src: r0 off: -32 imm: 13
	145: StMemDW dst: rfp src: r0 off: -24 imm: 2
	146: StMemW dst: rfp src: r0 off: -12 imm: 0
	147: StMemDW dst: rfp src: r0 off: -8 imm: 0
	148: StMemW dst: rfp src: r0 off: -16 imm: 16777343
	149: LoadMapPtr dst: r1 fd: 0 <AT__events>
	151: MovReg dst: r2 src: rfp
	152: AddImm dst: r2 imm: -40
	153: MovImm dst: r3 imm: 40
	154: MovImm dst: r4 imm: 0
	155: Call FnRingbufOutput
	156: StMemDW dst: rfp src: r0 off: -40 imm: 30007
	157: StMemDW dst: rfp src: r0 off: -32 imm: 14
	158: StMemDW dst: rfp src: r0 off: -24 imm: 10
	159: StMemDW dst: rfp src: r0 off: -16 imm: 0
	160: LdImmDW dst: r0 imm: 72057594037927936
	162: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	163: LoadMapPtr dst: r1 fd: 0 <AT__events>
	165: MovReg dst: r2 src: rfp
	166: AddImm dst: r2 imm: -40
	167: MovImm dst: r3 imm: 40
	168: MovImm dst: r4 imm: 0
	169: Call FnRingbufOutput
	170: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	171: StMemDW dst: rfp src: r0 off: -16 imm: 15
	172: StMemDW dst: rfp src: r0 off: -8 imm: 2
	173: LoadMapPtr dst: r1 fd: 0 <AT__events>
	175: MovReg dst: r2 src: rfp
	176: AddImm dst: r2 imm: -24
	177: MovImm dst: r3 imm: 24
	178: MovImm dst: r4 imm: 0
	179: Call FnRingbufOutput
	180: LdImmDW dst: r0 imm: 8243108416984981601
	182: StXMemDW dst: rfp src: r0 off: -16 imm: 0
	183: LdImmDW dst: r0 imm: 29113321772053280
	185: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	186: StMemDW dst: rfp src: r0 off: -48 imm: 30007
	187: StMemDW dst: rfp src: r0 off: -40 imm: 16
	188: LdXMemDW dst: r0 src: rfp off: -16 imm: 0
	189: StXMemDW dst: rfp src: r0 off: -32 imm: 0
	190: LdXMemDW dst: r0 src: rfp off: -8 imm: 0
	191: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	192: LoadMapPtr dst: r1 fd: 0 <AT__events>
	194: MovReg dst: r2 src: rfp
	195: AddImm dst: r2 imm: -48
	196: MovImm dst: r3 imm: 32
	197: MovImm dst: r4 imm: 0
	198: Call FnRingbufOutput
	199: StMemDW dst: rfp src: r0 off: -40 imm: 30007
	200: StMemDW dst: rfp src: r0 off: -32 imm: 17
	201: StMemB dst: rfp src: r0 off: -24 imm: -1
	202: StMemH dst: rfp src: r0 off: -22 imm: 2
	203: StMemH dst: rfp src: r0 off: -20 imm: 120
	204: StMemDW dst: rfp src: r0 off: -16 imm: -3
	205: StMemH dst: rfp src: r0 off: -8 imm: 121
	206: StMemW dst: rfp src: r0 off: -4 imm: 4
	207: LoadMapPtr dst: r1 fd: 0 <AT__events>
	209: MovReg dst: r2 src: rfp
	210: AddImm dst: r2 imm: -40
	211: MovImm dst: r3 imm: 40
	212: MovImm dst: r4 imm: 0
	213: Call FnRingbufOutput
	214: MovImm dst: r6 imm: 0
	215: JSGEImm dst: r6 off: 12 imm: 2
	216: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	217: StMemDW dst: rfp src: r0 off: -16 imm: 18
	218: StXMemDW dst: rfp src: r6 off: -8 imm: 0
	219: LoadMapPtr dst: r1 fd: 0 <AT__events>
	221: MovReg dst: r2 src: rfp
	222: AddImm dst: r2 imm: -24
	223: MovImm dst: r3 imm: 24
	224: MovImm dst: r4 imm: 0
	225: Call FnRingbufOutput
	226: AddImm dst: r6 imm: 1
	227: Ja off: -13
	228: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	229: LoadMapPtr dst: r1 fd: 0 <AT__events>
	231: MovReg dst: r2 src: rfp
	232: AddImm dst: r2 imm: -8
	233: MovImm dst: r3 imm: 8
	234: MovImm dst: r4 imm: 0
	235: Call FnRingbufOutput
	236: StMemW dst: rfp src: r0 off: -8 imm: 0
	237: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	239: MovReg dst: r2 src: rfp
	240: AddImm dst: r2 imm: -8
	241: Call FnMapLookupElem
	242: JEqImm dst: r0 off: 1 imm: 0
	243: StMemDW dst: r0 src: r0 off: 0 imm: 1
	244: MovImm dst: r0 imm: 0
	245: Exit

