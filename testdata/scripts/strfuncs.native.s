BEGIN:
	  0: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  1: StMemDW dst: rfp src: r0 off: -24 imm: 1
	  2: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  3: StMemDW dst: rfp src: r0 off: -8 imm: 1
	  4: LoadMapPtr dst: r1 fd: 0 <AT__events>
	  6: MovReg dst: r2 src: rfp
	  7: AddImm dst: r2 imm: -32
	  8: MovImm dst: r3 imm: 32
	  9: MovImm dst: r4 imm: 0
	 10: Call FnRingbufOutput
	 11: StMemDW dst: rfp src: r0 off: -40 imm: 1
	 12: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 13: StMemDW dst: rfp src: r0 off: -24 imm: 1
	 14: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 15: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 16: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 18: MovReg dst: r2 src: rfp
	 19: AddImm dst: r2 imm: -40
	 20: MovImm dst: r3 imm: 40
	 21: MovImm dst: r4 imm: 0
	 22: Call FnRingbufOutput
	 23: StMemDW dst: rfp src: r0 off: -48 imm: 2
	 24: LdImmDW dst: r0 imm: -8613303245920329199
	 26: StXMemDW dst: rfp src: r0 off: -40 imm: 0
	 27: StMemDW dst: rfp src: r0 off: -32 imm: 2018915346
	 28: StMemDW dst: rfp src: r0 off: -24 imm: 13330
	 29: StMemDW dst: rfp src: r0 off: -16 imm: 18
	 30: StMemDW dst: rfp src: r0 off: -8 imm: 4660
	 31: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 33: MovReg dst: r2 src: rfp
	 34: AddImm dst: r2 imm: -48
	 35: MovImm dst: r3 imm: 48
	 36: MovImm dst: r4 imm: 0
	 37: Call FnRingbufOutput
	 38: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	 39: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 40: StMemDW dst: rfp src: r0 off: -8 imm: 2018915346
	 41: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 43: MovReg dst: r2 src: rfp
	 44: AddImm dst: r2 imm: -24
	 45: MovImm dst: r3 imm: 24
	 46: MovImm dst: r4 imm: 0
	 47: Call FnRingbufOutput
	 48: StMemDW dst: rfp src: r0 off: -104 imm: 3
	 49: StMemDW dst: rfp src: r0 off: -96 imm: 2
	 50: StMemW dst: rfp src: r0 off: -84 imm: 0
	 51: StMemDW dst: rfp src: r0 off: -80 imm: 0
	 52: StMemW dst: rfp src: r0 off: -88 imm: 1
	 53: StMemDW dst: rfp src: r0 off: -72 imm: 2
	 54: StMemW dst: rfp src: r0 off: -60 imm: 0
	 55: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 56: StMemW dst: rfp src: r0 off: -64 imm: 16777343
	 57: StMemDW dst: rfp src: r0 off: -48 imm: 2
	 58: StMemW dst: rfp src: r0 off: -36 imm: 0
	 59: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 60: LdImmDW dst: r6 imm: 4294901760
	 62: StXMemW dst: rfp src: r6 off: -40 imm: 0
	 63: StMemDW dst: rfp src: r0 off: -24 imm: 2
	 64: StMemW dst: rfp src: r0 off: -12 imm: 0
	 65: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 66: StMemW dst: rfp src: r0 off: -16 imm: 16777343
	 67: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 69: MovReg dst: r2 src: rfp
	 70: AddImm dst: r2 imm: -104
	 71: MovImm dst: r3 imm: 104
	 72: MovImm dst: r4 imm: 0
	 73: Call FnRingbufOutput
	 74: StMemDW dst: rfp src: r0 off: -104 imm: 4
	 75: StMemDW dst: rfp src: r0 off: -96 imm: 10
	 76: StMemDW dst: rfp src: r0 off: -88 imm: 0
	 77: LdImmDW dst: r0 imm: 72057594037927936
	 79: StXMemDW dst: rfp src: r0 off: -80 imm: 0
	 80: StMemDW dst: rfp src: r0 off: -72 imm: 10
	 81: StMemDW dst: rfp src: r0 off: -64 imm: 33022
	 82: LdImmDW dst: r1 imm: 144115188075856128
	 84: StXMemDW dst: rfp src: r1 off: -56 imm: 0
	 85: StMemDW dst: rfp src: r0 off: -48 imm: 10
	 86: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 87: StXMemDW dst: rfp src: r6 off: -32 imm: 0
	 88: StMemDW dst: rfp src: r0 off: -24 imm: 10
	 89: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	 90: LdImmDW dst: r0 imm: 216172782113783808
	 92: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	 93: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 95: MovReg dst: r2 src: rfp
	 96: AddImm dst: r2 imm: -104
	 97: MovImm dst: r3 imm: 104
	 98: MovImm dst: r4 imm: 0
	 99: Call FnRingbufOutput
	100: StMemDW dst: rfp src: r0 off: -40 imm: 5
	101: StMemDW dst: rfp src: r0 off: -32 imm: 0
	102: StMemDW dst: rfp src: r0 off: -24 imm: 2
	103: StMemDW dst: rfp src: r0 off: -16 imm: 133
	104: StMemDW dst: rfp src: r0 off: -8 imm: -1
	105: LoadMapPtr dst: r1 fd: 0 <AT__events>
	107: MovReg dst: r2 src: rfp
	108: AddImm dst: r2 imm: -40
	109: MovImm dst: r3 imm: 40
	110: MovImm dst: r4 imm: 0
	111: Call FnRingbufOutput
	112: StMemDW dst: rfp src: r0 off: -24 imm: 2
	113: StMemW dst: rfp src: r0 off: -12 imm: 0
	114: StMemDW dst: rfp src: r0 off: -8 imm: 0
	115: StMemW dst: rfp src: r0 off: -16 imm: 16777343
	116: StMemDW dst: rfp src: r0 off: -32 imm: 1
	117: LoadMapPtr dst: r1 fd: 0 <AT_ip>
	119: MovReg dst: r2 src: rfp
	120: AddImm dst: r2 imm: -32
	121: MovReg dst: r3 src: rfp
	122: AddImm dst: r3 imm: -24
	123: MovImm dst: r4 imm: 0
	124: Call FnMapUpdateElem
	125: StMemDW dst: rfp src: r0 off: -24 imm: 2
	126: StMemW dst: rfp src: r0 off: -12 imm: 0
	127: StMemDW dst: rfp src: r0 off: -8 imm: 0
	128: StMemW dst: rfp src: r0 off: -16 imm: 33554559
	129: StMemDW dst: rfp src: r0 off: -40 imm: 2
	130: LoadMapPtr dst: r1 fd: 0 <AT_ip>
	132: MovReg dst: r2 src: rfp
	133: AddImm dst: r2 imm: -40
	134: MovReg dst: r3 src: rfp
	135: AddImm dst: r3 imm: -24
	136: MovImm dst: r4 imm: 0
	137: Call FnMapUpdateElem
	138: StMemDW dst: rfp src: r0 off: -8 imm: 13
	139: StMemDW dst: rfp src: r0 off: -16 imm: 0
	140: LoadMapPtr dst: r1 fd: 0 <AT_err>
	142: MovReg dst: r2 src: rfp
	143: AddImm dst: r2 imm: -16
	144: MovReg dst: r3 src: rfp
	145: AddImm dst: r3 imm: -8
	146: MovImm dst: r4 imm: 0
	147: Call FnMapUpdateElem
	148: StMemDW dst: rfp src: r0 off: -64 imm: 6
	149: StMemB dst: rfp src: r0 off: -56 imm: 6
	150: StMemB dst: rfp src: r0 off: -55 imm: 72
	151: StMemB dst: rfp src: r0 off: -54 imm: 101
	152: StMemB dst: rfp src: r0 off: -53 imm: 108
	153: StMemB dst: rfp src: r0 off: -52 imm: 108
	154: StMemB dst: rfp src: r0 off: -51 imm: 111
	155: StMemB dst: rfp src: r0 off: -50 imm: 0
	156: StMemB dst: rfp src: r0 off: -49 imm: 6
	157: StMemW dst: rfp src: r0 off: -48 imm: 1819043144
	158: StMemH dst: rfp src: r0 off: -44 imm: 111
	159: StMemB dst: rfp src: r0 off: -42 imm: 5
	160: StMemB dst: rfp src: r0 off: -41 imm: 97
	161: StMemB dst: rfp src: r0 off: -40 imm: 9
	162: StMemB dst: rfp src: r0 off: -39 imm: 98
	163: StMemB dst: rfp src: r0 off: -38 imm: 255
	164: StMemB dst: rfp src: r0 off: -37 imm: 126
	165: StMemW dst: rfp src: r0 off: -36 imm: 0
	166: LoadMapPtr dst: r1 fd: 0 <AT__events>
	168: MovReg dst: r2 src: rfp
	169: AddImm dst: r2 imm: -64
	170: MovImm dst: r3 imm: 32
	171: MovImm dst: r4 imm: 0
	172: Call FnRingbufOutput
	173: StMemB dst: rfp src: r0 off: -8 imm: 2
	174: StMemB dst: rfp src: r0 off: -7 imm: 104
	175: StMemB dst: rfp src: r0 off: -6 imm: 105
	176: StMemDW dst: rfp src: r0 off: -48 imm: 7
	177: LdXMemH dst: r0 src: rfp off: -8 imm: 0
	178: StXMemH dst: rfp src: r0 off: -40 imm: 0
	179: LdXMemB dst: r0 src: rfp off: -6 imm: 0
	180: StXMemB dst: rfp src: r0 off: -38 imm: 0
	181: StMemB dst: rfp src: r0 off: -37 imm: 0
	182: StMemW dst: rfp src: r0 off: -36 imm: 0
	183: LoadMapPtr dst: r1 fd: 0 <AT__events>
	185: MovReg dst: r2 src: rfp
	186: AddImm dst: r2 imm: -48
	187: MovImm dst: r3 imm: 16
	188: MovImm dst: r4 imm: 0
	189: Call FnRingbufOutput
	190: StMemB dst: rfp src: r0 off: -48 imm: 8
	191: StMemB dst: rfp src: r0 off: -47 imm: 111
	192: StMemB dst: rfp src: r0 off: -46 imm: 107
	193: StMemB dst: rfp src: r0 off: -45 imm: 95
	194: StMemB dst: rfp src: r0 off: -44 imm: 118
	195: StMemB dst: rfp src: r0 off: -43 imm: 97
	196: StMemB dst: rfp src: r0 off: -42 imm: 108
	197: StMemB dst: rfp src: r0 off: -41 imm: 117
	198: StMemB dst: rfp src: r0 off: -40 imm: 101
	199: LoadMapPtr dst: r1 fd: 0 <AT_bv>
	201: MovReg dst: r2 src: rfp
	202: AddImm dst: r2 imm: -16
	203: MovReg dst: r3 src: rfp
	204: AddImm dst: r3 imm: -48
	205: MovImm dst: r4 imm: 0
	206: Call FnMapUpdateElem
	207: StMemB dst: rfp src: r0 off: -16 imm: 0
	208: StMemB dst: rfp src: r0 off: -24 imm: 8
	209: StMemB dst: rfp src: r0 off: -23 imm: 111
	210: StMemB dst: rfp src: r0 off: -22 imm: 107
	211: StMemB dst: rfp src: r0 off: -21 imm: 95
	212: StMemB dst: rfp src: r0 off: -20 imm: 107
	213: StMemB dst: rfp src: r0 off: -19 imm: 101
	214: StMemB dst: rfp src: r0 off: -18 imm: 121
	215: StMemB dst: rfp src: r0 off: -17 imm: 0
	216: StMemB dst: rfp src: r0 off: -15 imm: 1
	217: StMemH dst: rfp src: r0 off: -14 imm: 0
	218: StMemW dst: rfp src: r0 off: -12 imm: 0
	219: StMemB dst: rfp src: r0 off: -8 imm: 0
	220: LoadMapPtr dst: r1 fd: 0 <AT_bk>
	222: MovReg dst: r2 src: rfp
	223: AddImm dst: r2 imm: -24
	224: Call FnMapLookupElem
	225: JEqImm dst: r0 off: 4 imm: 0
	226: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	227: AddImm dst: r2 imm: 1
	228: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	229: Ja off: 8
	230: LoadMapPtr dst: r1 fd: 0 <AT_bk>
	232: MovReg dst: r2 src: rfp
	233: AddImm dst: r2 imm: -24
	234: MovReg dst: r3 src: rfp
	235: AddImm dst: r3 imm: -32
	236: MovImm dst: r4 imm: 0
	237: Call FnMapUpdateElem
	238: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	239: StMemDW dst: rfp src: r0 off: -16 imm: 1
	240: StMemB dst: rfp src: r0 off: -8 imm: 2
	241: StMemB dst: rfp src: r0 off: -7 imm: 120
	242: StMemB dst: rfp src: r0 off: -6 imm: 121
	243: StMemB dst: rfp src: r0 off: -5 imm: 0
	244: StMemW dst: rfp src: r0 off: -4 imm: 0
	245: LoadMapPtr dst: r1 fd: 0 <AT__events>
	247: MovReg dst: r2 src: rfp
	248: AddImm dst: r2 imm: -24
	249: MovImm dst: r3 imm: 24
	250: MovImm dst: r4 imm: 0
	251: Call FnRingbufOutput
	252: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	253: LoadMapPtr dst: r1 fd: 0 <AT__events>
	255: MovReg dst: r2 src: rfp
	256: AddImm dst: r2 imm: -8
	257: MovImm dst: r3 imm: 8
	258: MovImm dst: r4 imm: 0
	259: Call FnRingbufOutput
	260: StMemW dst: rfp src: r0 off: -8 imm: 0
	261: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	263: MovReg dst: r2 src: rfp
	264: AddImm dst: r2 imm: -8
	265: Call FnMapLookupElem
	266: JEqImm dst: r0 off: 1 imm: 0
	267: StMemDW dst: r0 src: r0 off: 0 imm: 1
	268: MovImm dst: r0 imm: 0
	269: Exit

