BEGIN:
	  0: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  1: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  2: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  3: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  4: StMemDW dst: rfp src: r0 off: -56 imm: 30007
	  5: StMemDW dst: rfp src: r0 off: -48 imm: 0
	  6: StMemDW dst: rfp src: r0 off: -40 imm: 123
	  7: LoadMapPtr dst: r1 fd: 0 <AT__events>
	  9: MovReg dst: r2 src: rfp
	 10: AddImm dst: r2 imm: -56
	 11: MovImm dst: r3 imm: 24
	 12: MovImm dst: r4 imm: 0
	 13: Call FnRingbufOutput
	 14: StMemDW dst: rfp src: r0 off: -56 imm: 30007
	 15: StMemDW dst: rfp src: r0 off: -48 imm: 1
	 16: StMemDW dst: rfp src: r0 off: -40 imm: -5
	 17: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 19: MovReg dst: r2 src: rfp
	 20: AddImm dst: r2 imm: -56
	 21: MovImm dst: r3 imm: 24
	 22: MovImm dst: r4 imm: 0
	 23: Call FnRingbufOutput
	 24: StMemDW dst: rfp src: r0 off: -56 imm: 30007
	 25: StMemDW dst: rfp src: r0 off: -48 imm: 2
	 26: StMemW dst: rfp src: r0 off: -40 imm: 6513249
	 27: StMemW dst: rfp src: r0 off: -36 imm: 0
	 28: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 30: MovReg dst: r2 src: rfp
	 31: AddImm dst: r2 imm: -56
	 32: MovImm dst: r3 imm: 24
	 33: MovImm dst: r4 imm: 0
	 34: Call FnRingbufOutput
	 35: StMemDW dst: rfp src: r0 off: -80 imm: 30007
	 36: StMemDW dst: rfp src: r0 off: -72 imm: 3
	 37: StMemDW dst: rfp src: r0 off: -64 imm: 1
	 38: StMemW dst: rfp src: r0 off: -56 imm: 7305076
	 39: StMemDW dst: rfp src: r0 off: -48 imm: 3
	 40: StMemDW dst: rfp src: r0 off: -40 imm: 4
	 41: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 43: MovReg dst: r2 src: rfp
	 44: AddImm dst: r2 imm: -80
	 45: MovImm dst: r3 imm: 48
	 46: MovImm dst: r4 imm: 0
	 47: Call FnRingbufOutput
	 48: StMemDW dst: rfp src: r0 off: -32 imm: 1
	 49: StMemDW dst: rfp src: r0 off: -24 imm: 2
	 50: StMemDW dst: rfp src: r0 off: -64 imm: 30007
	 51: StMemDW dst: rfp src: r0 off: -56 imm: 4
	 52: LdXMemDW dst: r0 src: rfp off: -32 imm: 0
	 53: StXMemDW dst: rfp src: r0 off: -48 imm: 0
	 54: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	 55: StXMemDW dst: rfp src: r0 off: -40 imm: 0
	 56: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 58: MovReg dst: r2 src: rfp
	 59: AddImm dst: r2 imm: -64
	 60: MovImm dst: r3 imm: 32
	 61: MovImm dst: r4 imm: 0
	 62: Call FnRingbufOutput
	 63: StMemDW dst: rfp src: r0 off: -40 imm: 30007
	 64: StMemDW dst: rfp src: r0 off: -32 imm: 5
	 65: StMemDW dst: rfp src: r0 off: -24 imm: 1
	 66: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 68: MovReg dst: r2 src: rfp
	 69: AddImm dst: r2 imm: -40
	 70: MovImm dst: r3 imm: 24
	 71: MovImm dst: r4 imm: 0
	 72: Call FnRingbufOutput
	 73: StMemDW dst: rfp src: r0 off: -40 imm: 30007
	 74: StMemDW dst: rfp src: r0 off: -32 imm: 6
	 75: StMemDW dst: rfp src: r0 off: -24 imm: 44
	 76: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 78: MovReg dst: r2 src: rfp
	 79: AddImm dst: r2 imm: -40
	 80: MovImm dst: r3 imm: 24
	 81: MovImm dst: r4 imm: 0
	 82: Call FnRingbufOutput
	 83: StMemDW dst: rfp src: r0 off: -40 imm: 30007
	 84: StMemDW dst: rfp src: r0 off: -32 imm: 7
	 85: StMemDW dst: rfp src: r0 off: -24 imm: -56
	 86: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 88: MovReg dst: r2 src: rfp
	 89: AddImm dst: r2 imm: -40
	 90: MovImm dst: r3 imm: 24
	 91: MovImm dst: r4 imm: 0
	 92: Call FnRingbufOutput
	 93: StMemDW dst: rfp src: r0 off: -40 imm: 30007
	 94: StMemDW dst: rfp src: r0 off: -32 imm: 8
	 95: StMemDW dst: rfp src: r0 off: -24 imm: 65535
	 96: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 98: MovReg dst: r2 src: rfp
	 99: AddImm dst: r2 imm: -40
	100: MovImm dst: r3 imm: 24
	101: MovImm dst: r4 imm: 0
	102: Call FnRingbufOutput
	103: StMemDW dst: rfp src: r0 off: -40 imm: 30007
	104: StMemDW dst: rfp src: r0 off: -32 imm: 9
	105: StMemDW dst: rfp src: r0 off: -24 imm: -7
	106: LoadMapPtr dst: r1 fd: 0 <AT__events>
	108: MovReg dst: r2 src: rfp
	109: AddImm dst: r2 imm: -40
	110: MovImm dst: r3 imm: 24
	111: MovImm dst: r4 imm: 0
	112: Call FnRingbufOutput
	113: StMemDW dst: rfp src: r0 off: -40 imm: 30007
	114: StMemDW dst: rfp src: r0 off: -32 imm: 10
	115: StMemDW dst: rfp src: r0 off: -24 imm: -1
	116: LoadMapPtr dst: r1 fd: 0 <AT__events>
	118: MovReg dst: r2 src: rfp
	119: AddImm dst: r2 imm: -40
	120: MovImm dst: r3 imm: 24
	121: MovImm dst: r4 imm: 0
	122: Call FnRingbufOutput
	123: StMemDW dst: rfp src: r0 off: -40 imm: 30007
	124: StMemDW dst: rfp src: r0 off: -32 imm: 11
	125: StMemW dst: rfp src: r0 off: -48 imm: 67305985
	126: LdXMemW dst: r1 src: rfp off: -48 imm: 0
	127: StXMemW dst: rfp src: r1 off: -24 imm: 0
	128: StMemW dst: rfp src: r0 off: -20 imm: 0
	129: LoadMapPtr dst: r1 fd: 0 <AT__events>
	131: MovReg dst: r2 src: rfp
	132: AddImm dst: r2 imm: -40
	133: MovImm dst: r3 imm: 24
	134: MovImm dst: r4 imm: 0
	135: Call FnRingbufOutput
	136: StMemDW dst: rfp src: r0 off: -48 imm: 30007
	137: StMemDW dst: rfp src: r0 off: -40 imm: 12
	138: StMemDW dst: rfp src: r0 off: -64 imm: 33022
	139: LdImmDW dst: r0 imm: 144116287587483648
	141: StXMemDW dst: rfp src: r0 off: -56 imm: 0
	142: LdXMemDW dst: r1 src: rfp off: -64 imm: 0
	143: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	144: LdXMemDW dst: r1 src: rfp off: -56 imm: 0
	145: StXMemDW dst: rfp src: r1 off: -24 imm: 0
	146: LoadMapPtr dst: r1 fd: 0 <AT__events>
	148: MovReg dst: r2 src: rfp
	149: AddImm dst: r2 imm: -48
	150: MovImm dst: r3 imm: 32
	151: MovImm dst: r4 imm: 0
	152: Call FnRingbufOutput
	153: StMemDW dst: rfp src: r0 off: -56 imm: 30007
	154: StMemDW dst: rfp src: r0 off: -48 imm: 13
	155: StMemDW dst: rfp src: r0 off: -40 imm: 2
	156: StMemDW dst: rfp src: r0 off: -32 imm: 0
	157: StMemDW dst: rfp src: r0 off: -24 imm: 0
	158: StMemW dst: rfp src: r0 off: -32 imm: 16777343
	159: LoadMapPtr dst: r1 fd: 0 <AT__events>
	161: MovReg dst: r2 src: rfp
	162: AddImm dst: r2 imm: -56
	163: MovImm dst: r3 imm: 40
	164: MovImm dst: r4 imm: 0
	165: Call FnRingbufOutput
	166: StMemDW dst: rfp src: r0 off: -56 imm: 30007
	167: StMemDW dst: rfp src: r0 off: -48 imm: 14
	168: StMemDW dst: rfp src: r0 off: -40 imm: 10
	169: StMemDW dst: rfp src: r0 off: -32 imm: 0
	170: StMemDW dst: rfp src: r0 off: -24 imm: 0
	171: StMemDW dst: rfp src: r0 off: -72 imm: 0
	172: LdImmDW dst: r0 imm: 72057594037927936
	174: StXMemDW dst: rfp src: r0 off: -64 imm: 0
	175: LdXMemDW dst: r1 src: rfp off: -72 imm: 0
	176: StXMemDW dst: rfp src: r1 off: -88 imm: 0
	177: LdXMemDW dst: r1 src: rfp off: -64 imm: 0
	178: StXMemDW dst: rfp src: r1 off: -80 imm: 0
	179: LdXMemDW dst: r1 src: rfp off: -88 imm: 0
	180: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	181: LdXMemDW dst: r1 src: rfp off: -80 imm: 0
	182: StXMemDW dst: rfp src: r1 off: -24 imm: 0
	183: LoadMapPtr dst: r1 fd: 0 <AT__events>
	185: MovReg dst: r2 src: rfp
	186: AddImm dst: r2 imm: -56
	187: MovImm dst: r3 imm: 40
	188: MovImm dst: r4 imm: 0
	189: Call FnRingbufOutput
	190: StMemDW dst: rfp src: r0 off: -40 imm: 30007
	191: StMemDW dst: rfp src: r0 off: -32 imm: 15
	192: StMemDW dst: rfp src: r0 off: -24 imm: 2
	193: LoadMapPtr dst: r1 fd: 0 <AT__events>
	195: MovReg dst: r2 src: rfp
	196: AddImm dst: r2 imm: -40
	197: MovImm dst: r3 imm: 24
	198: MovImm dst: r4 imm: 0
	199: Call FnRingbufOutput
	200: LdImmDW dst: r0 imm: 8243108416984981601
	202: StXMemDW dst: rfp src: r0 off: -16 imm: 0
	203: LdImmDW dst: r0 imm: 29113321772053280
	205: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	206: StMemDW dst: rfp src: r0 off: -48 imm: 30007
	207: StMemDW dst: rfp src: r0 off: -40 imm: 16
	208: LdXMemDW dst: r0 src: rfp off: -16 imm: 0
	209: StXMemDW dst: rfp src: r0 off: -32 imm: 0
	210: LdXMemDW dst: r0 src: rfp off: -8 imm: 0
	211: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	212: LoadMapPtr dst: r1 fd: 0 <AT__events>
	214: MovReg dst: r2 src: rfp
	215: AddImm dst: r2 imm: -48
	216: MovImm dst: r3 imm: 32
	217: MovImm dst: r4 imm: 0
	218: Call FnRingbufOutput
	219: StMemDW dst: rfp src: r0 off: -40 imm: 30007
	220: StMemDW dst: rfp src: r0 off: -32 imm: 17
	221: StMemB dst: rfp src: r0 off: -24 imm: -1
	222: StMemH dst: rfp src: r0 off: -22 imm: 2
	223: StMemH dst: rfp src: r0 off: -20 imm: 120
	224: StMemDW dst: rfp src: r0 off: -16 imm: -3
	225: StMemH dst: rfp src: r0 off: -8 imm: 121
	226: StMemW dst: rfp src: r0 off: -4 imm: 4
	227: LoadMapPtr dst: r1 fd: 0 <AT__events>
	229: MovReg dst: r2 src: rfp
	230: AddImm dst: r2 imm: -40
	231: MovImm dst: r3 imm: 40
	232: MovImm dst: r4 imm: 0
	233: Call FnRingbufOutput
	234: MovImm dst: r6 imm: 0
	235: JSGEImm dst: r6 off: 14 imm: 2
	236: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	237: StMemDW dst: rfp src: r0 off: -16 imm: 18
	238: StXMemDW dst: rfp src: r6 off: -8 imm: 0
	239: LoadMapPtr dst: r1 fd: 0 <AT__events>
	241: MovReg dst: r2 src: rfp
	242: AddImm dst: r2 imm: -24
	243: MovImm dst: r3 imm: 24
	244: MovImm dst: r4 imm: 0
	245: Call FnRingbufOutput
	246: MovReg dst: r1 src: r6
	247: AddImm dst: r1 imm: 1
	248: MovReg dst: r6 src: r1
	249: Ja off: -15
	250: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	251: LoadMapPtr dst: r1 fd: 0 <AT__events>
	253: MovReg dst: r2 src: rfp
	254: AddImm dst: r2 imm: -8
	255: MovImm dst: r3 imm: 8
	256: MovImm dst: r4 imm: 0
	257: Call FnRingbufOutput
	258: StMemW dst: rfp src: r0 off: -8 imm: 0
	259: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	261: MovReg dst: r2 src: rfp
	262: AddImm dst: r2 imm: -8
	263: Call FnMapLookupElem
	264: MovReg dst: r1 src: r0
	265: JEqImm dst: r1 off: 1 imm: 0
	266: StMemDW dst: r1 src: r0 off: 0 imm: 1
	267: MovImm dst: r0 imm: 0
	268: Exit

