BEGIN:
	  0: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  1: StMemDW dst: rfp src: r0 off: -32 imm: 255
	  2: StMemDW dst: rfp src: r0 off: -24 imm: -1
	  3: StMemDW dst: rfp src: r0 off: -16 imm: -1
	  4: LdImmDW dst: r6 imm: 4294967295
	  6: StXMemDW dst: rfp src: r6 off: -8 imm: 0
	  7: LoadMapPtr dst: r1 fd: 0 <AT__events>
	  9: MovReg dst: r2 src: rfp
	 10: AddImm dst: r2 imm: -40
	 11: MovImm dst: r3 imm: 40
	 12: MovImm dst: r4 imm: 0
	 13: Call FnRingbufOutput
	 14: StMemDW dst: rfp src: r0 off: -40 imm: 1
	 15: StMemDW dst: rfp src: r0 off: -32 imm: 246
	 16: StMemDW dst: rfp src: r0 off: -24 imm: 15
	 17: StMemDW dst: rfp src: r0 off: -16 imm: -56
	 18: StMemDW dst: rfp src: r0 off: -8 imm: -1
	 19: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 21: MovReg dst: r2 src: rfp
	 22: AddImm dst: r2 imm: -40
	 23: MovImm dst: r3 imm: 40
	 24: MovImm dst: r4 imm: 0
	 25: Call FnRingbufOutput
	 26: StMemDW dst: rfp src: r0 off: -40 imm: 2
	 27: StMemDW dst: rfp src: r0 off: -32 imm: -1
	 28: StMemDW dst: rfp src: r0 off: -24 imm: 255
	 29: StMemDW dst: rfp src: r0 off: -16 imm: -1
	 30: StMemDW dst: rfp src: r0 off: -8 imm: 255
	 31: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 33: MovReg dst: r2 src: rfp
	 34: AddImm dst: r2 imm: -40
	 35: MovImm dst: r3 imm: 40
	 36: MovImm dst: r4 imm: 0
	 37: Call FnRingbufOutput
	 38: StMemDW dst: rfp src: r0 off: -56 imm: 3
	 39: StMemDW dst: rfp src: r0 off: -48 imm: -10
	 40: StMemDW dst: rfp src: r0 off: -40 imm: -5555
	 41: StMemDW dst: rfp src: r0 off: -32 imm: -123
	 42: StMemDW dst: rfp src: r0 off: -24 imm: 100
	 43: StMemDW dst: rfp src: r0 off: -16 imm: 255
	 44: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 45: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 47: MovReg dst: r2 src: rfp
	 48: AddImm dst: r2 imm: -56
	 49: MovImm dst: r3 imm: 56
	 50: MovImm dst: r4 imm: 0
	 51: Call FnRingbufOutput
	 52: StMemDW dst: rfp src: r0 off: -32 imm: 4
	 53: StMemDW dst: rfp src: r0 off: -24 imm: 251
	 54: StMemDW dst: rfp src: r0 off: -16 imm: 255
	 55: StMemDW dst: rfp src: r0 off: -8 imm: 65535
	 56: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 58: MovReg dst: r2 src: rfp
	 59: AddImm dst: r2 imm: -32
	 60: MovImm dst: r3 imm: 32
	 61: MovImm dst: r4 imm: 0
	 62: Call FnRingbufOutput
	 63: StMemDW dst: rfp src: r0 off: -72 imm: 5
	 64: StMemDW dst: rfp src: r0 off: -64 imm: 1
	 65: StMemDW dst: rfp src: r0 off: -56 imm: 1
	 66: StMemDW dst: rfp src: r0 off: -48 imm: 2
	 67: StMemDW dst: rfp src: r0 off: -40 imm: 2
	 68: StMemDW dst: rfp src: r0 off: -32 imm: 4
	 69: StMemDW dst: rfp src: r0 off: -24 imm: 4
	 70: StMemDW dst: rfp src: r0 off: -16 imm: 8
	 71: StMemDW dst: rfp src: r0 off: -8 imm: 8
	 72: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 74: MovReg dst: r2 src: rfp
	 75: AddImm dst: r2 imm: -72
	 76: MovImm dst: r3 imm: 72
	 77: MovImm dst: r4 imm: 0
	 78: Call FnRingbufOutput
	 79: StMemDW dst: rfp src: r0 off: -72 imm: 6
	 80: StMemDW dst: rfp src: r0 off: -64 imm: 8
	 81: StMemDW dst: rfp src: r0 off: -56 imm: -1
	 82: StMemDW dst: rfp src: r0 off: -48 imm: -1
	 83: StMemDW dst: rfp src: r0 off: -40 imm: -256
	 84: StMemDW dst: rfp src: r0 off: -32 imm: 4863
	 85: StMemDW dst: rfp src: r0 off: -24 imm: 251
	 86: StMemDW dst: rfp src: r0 off: -16 imm: 5
	 87: StMemDW dst: rfp src: r0 off: -8 imm: 14
	 88: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 90: MovReg dst: r2 src: rfp
	 91: AddImm dst: r2 imm: -72
	 92: MovImm dst: r3 imm: 72
	 93: MovImm dst: r4 imm: 0
	 94: Call FnRingbufOutput
	 95: StMemDW dst: rfp src: r0 off: -40 imm: 7
	 96: StMemDW dst: rfp src: r0 off: -32 imm: 1
	 97: StMemDW dst: rfp src: r0 off: -24 imm: 1
	 98: StMemDW dst: rfp src: r0 off: -16 imm: 8
	 99: StMemDW dst: rfp src: r0 off: -8 imm: 2
	100: LoadMapPtr dst: r1 fd: 0 <AT__events>
	102: MovReg dst: r2 src: rfp
	103: AddImm dst: r2 imm: -40
	104: MovImm dst: r3 imm: 40
	105: MovImm dst: r4 imm: 0
	106: Call FnRingbufOutput
	107: StMemDW dst: rfp src: r0 off: -24 imm: 8
	108: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	109: StXMemDW dst: rfp src: r6 off: -8 imm: 0
	110: LoadMapPtr dst: r1 fd: 0 <AT__events>
	112: MovReg dst: r2 src: rfp
	113: AddImm dst: r2 imm: -24
	114: MovImm dst: r3 imm: 24
	115: MovImm dst: r4 imm: 0
	116: Call FnRingbufOutput
	117: StMemDW dst: rfp src: r0 off: -48 imm: 9
	118: StMemDW dst: rfp src: r0 off: -40 imm: -1
	119: StMemDW dst: rfp src: r0 off: -32 imm: 65535
	120: StMemDW dst: rfp src: r0 off: -24 imm: 251
	121: StMemDW dst: rfp src: r0 off: -16 imm: -7
	122: StMemDW dst: rfp src: r0 off: -8 imm: 24
	123: LoadMapPtr dst: r1 fd: 0 <AT__events>
	125: MovReg dst: r2 src: rfp
	126: AddImm dst: r2 imm: -48
	127: MovImm dst: r3 imm: 48
	128: MovImm dst: r4 imm: 0
	129: Call FnRingbufOutput
	130: StMemDW dst: rfp src: r0 off: -8 imm: -5
	131: MovReg dst: r7 src: rfp
	132: AddImm dst: r7 imm: -16
	133: StMemDW dst: rfp src: r0 off: -16 imm: 0
	134: MovReg dst: r2 src: r7
	135: LoadMapPtr dst: r1 fd: 0 <AT_m1>
	137: MovReg dst: r3 src: rfp
	138: AddImm dst: r3 imm: -8
	139: MovImm dst: r4 imm: 0
	140: Call FnMapUpdateElem
	141: MovReg dst: r8 src: rfp
	142: AddImm dst: r8 imm: -24
	143: StMemDW dst: rfp src: r0 off: -24 imm: 255
	144: MovReg dst: r2 src: r7
	145: MovReg dst: r3 src: r8
	146: LoadMapPtr dst: r1 fd: 0 <AT_m2>
	148: MovImm dst: r4 imm: 0
	149: Call FnMapUpdateElem
	150: MovReg dst: r9 src: rfp
	151: AddImm dst: r9 imm: -32
	152: StMemDW dst: rfp src: r0 off: -32 imm: -1
	153: MovReg dst: r2 src: r7
	154: MovReg dst: r3 src: r9
	155: LoadMapPtr dst: r1 fd: 0 <AT_m2>
	157: MovImm dst: r4 imm: 0
	158: Call FnMapUpdateElem
	159: StMemDW dst: rfp src: r0 off: -40 imm: 4660
	160: MovReg dst: r2 src: r7
	161: LoadMapPtr dst: r1 fd: 0 <AT_m3>
	163: MovReg dst: r3 src: rfp
	164: AddImm dst: r3 imm: -40
	165: MovImm dst: r4 imm: 0
	166: Call FnMapUpdateElem
	167: MovReg dst: r2 src: r7
	168: MovReg dst: r3 src: r9
	169: LoadMapPtr dst: r1 fd: 0 <AT_m3>
	171: MovImm dst: r4 imm: 0
	172: Call FnMapUpdateElem
	173: MovReg dst: r2 src: r7
	174: MovReg dst: r3 src: r8
	175: LoadMapPtr dst: r1 fd: 0 <AT_m4>
	177: MovImm dst: r4 imm: 0
	178: Call FnMapUpdateElem
	179: MovReg dst: r2 src: r7
	180: MovReg dst: r3 src: r8
	181: LoadMapPtr dst: r1 fd: 0 <AT_m4>
	183: MovImm dst: r4 imm: 0
	184: Call FnMapUpdateElem
	185: MovReg dst: r2 src: r7
	186: LoadMapPtr dst: r1 fd: 0 <AT_m5>
	188: MovReg dst: r3 src: rfp
	189: AddImm dst: r3 imm: -8
	190: MovImm dst: r4 imm: 0
	191: Call FnMapUpdateElem
	192: StXMemDW dst: rfp src: r6 off: -8 imm: 0
	193: MovReg dst: r2 src: r7
	194: LoadMapPtr dst: r1 fd: 0 <AT_m6>
	196: MovReg dst: r3 src: rfp
	197: AddImm dst: r3 imm: -8
	198: MovImm dst: r4 imm: 0
	199: Call FnMapUpdateElem
	200: MovReg dst: r2 src: r7
	201: MovReg dst: r3 src: r9
	202: LoadMapPtr dst: r1 fd: 0 <AT_m7>
	204: MovImm dst: r4 imm: 0
	205: Call FnMapUpdateElem
	206: StMemDW dst: rfp src: r0 off: -8 imm: 1
	207: MovReg dst: r2 src: r9
	208: LoadMapPtr dst: r1 fd: 0 <AT_k>
	210: MovReg dst: r3 src: rfp
	211: AddImm dst: r3 imm: -8
	212: MovImm dst: r4 imm: 0
	213: Call FnMapUpdateElem
	214: StMemDW dst: rfp src: r0 off: -8 imm: 2
	215: StMemDW dst: rfp src: r0 off: -24 imm: 255
	216: StMemDW dst: rfp src: r0 off: -16 imm: -2
	217: LoadMapPtr dst: r1 fd: 0 <AT_k2>
	219: MovReg dst: r2 src: rfp
	220: AddImm dst: r2 imm: -24
	221: MovReg dst: r3 src: rfp
	222: AddImm dst: r3 imm: -8
	223: MovImm dst: r4 imm: 0
	224: Call FnMapUpdateElem
	225: StMemDW dst: rfp src: r0 off: -32 imm: 10
	226: StMemDW dst: rfp src: r0 off: -24 imm: 255
	227: StMemDW dst: rfp src: r0 off: -16 imm: -1
	228: StMemDW dst: rfp src: r0 off: -8 imm: 255
	229: LoadMapPtr dst: r1 fd: 0 <AT__events>
	231: MovReg dst: r2 src: rfp
	232: AddImm dst: r2 imm: -32
	233: MovImm dst: r3 imm: 32
	234: MovImm dst: r4 imm: 0
	235: Call FnRingbufOutput
	236: StMemDW dst: rfp src: r0 off: -24 imm: 11
	237: StMemDW dst: rfp src: r0 off: -16 imm: 1
	238: StMemDW dst: rfp src: r0 off: -8 imm: 1
	239: LoadMapPtr dst: r1 fd: 0 <AT__events>
	241: MovReg dst: r2 src: rfp
	242: AddImm dst: r2 imm: -24
	243: MovImm dst: r3 imm: 24
	244: MovImm dst: r4 imm: 0
	245: Call FnRingbufOutput
	246: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	247: LoadMapPtr dst: r1 fd: 0 <AT__events>
	249: MovReg dst: r2 src: rfp
	250: AddImm dst: r2 imm: -8
	251: MovImm dst: r3 imm: 8
	252: MovImm dst: r4 imm: 0
	253: Call FnRingbufOutput
	254: StMemW dst: rfp src: r0 off: -8 imm: 0
	255: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	257: MovReg dst: r2 src: rfp
	258: AddImm dst: r2 imm: -8
	259: Call FnMapLookupElem
	260: JEqImm dst: r0 off: 1 imm: 0
	261: StMemDW dst: r0 src: r0 off: 0 imm: 1
	262: MovImm dst: r0 imm: 0
	263: Exit

