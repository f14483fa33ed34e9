BEGIN:
	  0: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  1: StMemDW dst: rfp src: r0 off: -32 imm: 33
	  2: StMemDW dst: rfp src: r0 off: -24 imm: 34
	  3: StMemDW dst: rfp src: r0 off: -16 imm: 36
	  4: StMemDW dst: rfp src: r0 off: -8 imm: 40
	  5: LoadMapPtr dst: r1 fd: 0 <AT__events>
	  7: MovReg dst: r2 src: rfp
	  8: AddImm dst: r2 imm: -40
	  9: MovImm dst: r3 imm: 40
	 10: MovImm dst: r4 imm: 0
	 11: Call FnRingbufOutput
	 12: StMemDW dst: rfp src: r0 off: -40 imm: 1
	 13: StMemDW dst: rfp src: r0 off: -32 imm: 31
	 14: StMemDW dst: rfp src: r0 off: -24 imm: 28
	 15: StMemDW dst: rfp src: r0 off: -16 imm: 20
	 16: StMemDW dst: rfp src: r0 off: -8 imm: 48
	 17: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 19: MovReg dst: r2 src: rfp
	 20: AddImm dst: r2 imm: -40
	 21: MovImm dst: r3 imm: 40
	 22: MovImm dst: r4 imm: 0
	 23: Call FnRingbufOutput
	 24: StMemDW dst: rfp src: r0 off: -32 imm: 2
	 25: StMemDW dst: rfp src: r0 off: -24 imm: 1024
	 26: StMemDW dst: rfp src: r0 off: -16 imm: 36
	 27: StMemDW dst: rfp src: r0 off: -8 imm: 844
	 28: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 30: MovReg dst: r2 src: rfp
	 31: AddImm dst: r2 imm: -32
	 32: MovImm dst: r3 imm: 32
	 33: MovImm dst: r4 imm: 0
	 34: Call FnRingbufOutput
	 35: StMemDW dst: rfp src: r0 off: -24 imm: 3
	 36: StMemDW dst: rfp src: r0 off: -16 imm: 72
	 37: StMemDW dst: rfp src: r0 off: -8 imm: 16
	 38: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 40: MovReg dst: r2 src: rfp
	 41: AddImm dst: r2 imm: -24
	 42: MovImm dst: r3 imm: 24
	 43: MovImm dst: r4 imm: 0
	 44: Call FnRingbufOutput
	 45: StMemDW dst: rfp src: r0 off: -40 imm: 4
	 46: StMemDW dst: rfp src: r0 off: -32 imm: 32
	 47: StMemDW dst: rfp src: r0 off: -24 imm: 48
	 48: StMemDW dst: rfp src: r0 off: -16 imm: 32
	 49: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 50: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 52: MovReg dst: r2 src: rfp
	 53: AddImm dst: r2 imm: -40
	 54: MovImm dst: r3 imm: 40
	 55: MovImm dst: r4 imm: 0
	 56: Call FnRingbufOutput
	 57: StMemDW dst: rfp src: r0 off: -32 imm: 5
	 58: StMemDW dst: rfp src: r0 off: -24 imm: 1
	 59: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 60: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 61: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 63: MovReg dst: r2 src: rfp
	 64: AddImm dst: r2 imm: -32
	 65: MovImm dst: r3 imm: 32
	 66: MovImm dst: r4 imm: 0
	 67: Call FnRingbufOutput
	 68: StMemDW dst: rfp src: r0 off: -16 imm: 6
	 69: StMemDW dst: rfp src: r0 off: -8 imm: 40
	 70: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 72: MovReg dst: r2 src: rfp
	 73: AddImm dst: r2 imm: -16
	 74: MovImm dst: r3 imm: 16
	 75: MovImm dst: r4 imm: 0
	 76: Call FnRingbufOutput
	 77: StMemDW dst: rfp src: r0 off: -16 imm: 7
	 78: StMemDW dst: rfp src: r0 off: -8 imm: 26
	 79: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 81: MovReg dst: r2 src: rfp
	 82: AddImm dst: r2 imm: -16
	 83: MovImm dst: r3 imm: 16
	 84: MovImm dst: r4 imm: 0
	 85: Call FnRingbufOutput
	 86: StMemDW dst: rfp src: r0 off: -8 imm: 32
	 87: MovReg dst: r6 src: rfp
	 88: AddImm dst: r6 imm: -16
	 89: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 90: MovReg dst: r2 src: r6
	 91: LoadMapPtr dst: r1 fd: 0 <AT_u8>
	 93: MovReg dst: r3 src: rfp
	 94: AddImm dst: r3 imm: -8
	 95: MovImm dst: r4 imm: 0
	 96: Call FnMapUpdateElem
	 97: MovReg dst: r2 src: r6
	 98: LoadMapPtr dst: r1 fd: 0 <AT_u8>
	100: Call FnMapLookupElem
	101: JEqImm dst: r0 off: 4 imm: 0
	102: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	103: AddImm dst: r2 imm: 1
	104: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	105: Ja off: 8
	106: StMemDW dst: rfp src: r0 off: -8 imm: 1
	107: MovReg dst: r2 src: r6
	108: LoadMapPtr dst: r1 fd: 0 <AT_u8>
	110: MovReg dst: r3 src: rfp
	111: AddImm dst: r3 imm: -8
	112: MovImm dst: r4 imm: 0
	113: Call FnMapUpdateElem
	114: StMemDW dst: rfp src: r0 off: -8 imm: 32
	115: MovReg dst: r6 src: rfp
	116: AddImm dst: r6 imm: -16
	117: StMemDW dst: rfp src: r0 off: -16 imm: 0
	118: MovReg dst: r2 src: r6
	119: LoadMapPtr dst: r1 fd: 0 <AT_u16>
	121: MovReg dst: r3 src: rfp
	122: AddImm dst: r3 imm: -8
	123: MovImm dst: r4 imm: 0
	124: Call FnMapUpdateElem
	125: MovReg dst: r2 src: r6
	126: LoadMapPtr dst: r1 fd: 0 <AT_u16>
	128: Call FnMapLookupElem
	129: JEqImm dst: r0 off: 4 imm: 0
	130: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	131: AddImm dst: r2 imm: 2
	132: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	133: Ja off: 8
	134: StMemDW dst: rfp src: r0 off: -8 imm: 2
	135: MovReg dst: r2 src: r6
	136: LoadMapPtr dst: r1 fd: 0 <AT_u16>
	138: MovReg dst: r3 src: rfp
	139: AddImm dst: r3 imm: -8
	140: MovImm dst: r4 imm: 0
	141: Call FnMapUpdateElem
	142: StMemDW dst: rfp src: r0 off: -8 imm: 32
	143: StMemDW dst: rfp src: r0 off: -16 imm: 0
	144: LoadMapPtr dst: r1 fd: 0 <AT_u32>
	146: MovReg dst: r2 src: rfp
	147: AddImm dst: r2 imm: -16
	148: MovReg dst: r3 src: rfp
	149: AddImm dst: r3 imm: -8
	150: MovImm dst: r4 imm: 0
	151: Call FnMapUpdateElem
	152: StMemDW dst: rfp src: r0 off: -8 imm: 0
	153: LoadMapPtr dst: r1 fd: 0 <AT_u32>
	155: MovReg dst: r2 src: rfp
	156: AddImm dst: r2 imm: -16
	157: Call FnMapLookupElem
	158: JEqImm dst: r0 off: 2 imm: 0
	159: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	160: Ja off: 1
	161: MovImm dst: r1 imm: 0
	162: SubImm dst: r1 imm: 24
	163: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	164: LoadMapPtr dst: r1 fd: 0 <AT_u32>
	166: MovReg dst: r2 src: rfp
	167: AddImm dst: r2 imm: -8
	168: MovReg dst: r3 src: rfp
	169: AddImm dst: r3 imm: -16
	170: MovImm dst: r4 imm: 0
	171: Call FnMapUpdateElem
	172: StMemDW dst: rfp src: r0 off: -8 imm: 32
	173: MovReg dst: r6 src: rfp
	174: AddImm dst: r6 imm: -16
	175: StMemDW dst: rfp src: r0 off: -16 imm: 0
	176: MovReg dst: r2 src: r6
	177: LoadMapPtr dst: r1 fd: 0 <AT_u64>
	179: MovReg dst: r3 src: rfp
	180: AddImm dst: r3 imm: -8
	181: MovImm dst: r4 imm: 0
	182: Call FnMapUpdateElem
	183: MovReg dst: r2 src: r6
	184: LoadMapPtr dst: r1 fd: 0 <AT_u64>
	186: Call FnMapLookupElem
	187: JEqImm dst: r0 off: 4 imm: 0
	188: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	189: AddImm dst: r2 imm: -8
	190: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	191: Ja off: 8
	192: StMemDW dst: rfp src: r0 off: -8 imm: -8
	193: MovReg dst: r2 src: r6
	194: LoadMapPtr dst: r1 fd: 0 <AT_u64>
	196: MovReg dst: r3 src: rfp
	197: AddImm dst: r3 imm: -8
	198: MovImm dst: r4 imm: 0
	199: Call FnMapUpdateElem
	200: StMemDW dst: rfp src: r0 off: -8 imm: 4
	201: MovReg dst: r6 src: rfp
	202: AddImm dst: r6 imm: -16
	203: StMemDW dst: rfp src: r0 off: -16 imm: 0
	204: MovReg dst: r2 src: r6
	205: LoadMapPtr dst: r1 fd: 0 <AT_dec>
	207: MovReg dst: r3 src: rfp
	208: AddImm dst: r3 imm: -8
	209: MovImm dst: r4 imm: 0
	210: Call FnMapUpdateElem
	211: StMemDW dst: rfp src: r0 off: -8 imm: 32
	212: MovReg dst: r2 src: r6
	213: LoadMapPtr dst: r1 fd: 0 <AT_m>
	215: MovReg dst: r3 src: rfp
	216: AddImm dst: r3 imm: -8
	217: MovImm dst: r4 imm: 0
	218: Call FnMapUpdateElem
	219: MovReg dst: r2 src: r6
	220: LoadMapPtr dst: r1 fd: 0 <AT_dec>
	222: Call FnMapLookupElem
	223: JEqImm dst: r0 off: 2 imm: 0
	224: LdXMemDW dst: r6 src: r0 off: 0 imm: 0
	225: Ja off: 1
	226: MovImm dst: r6 imm: 0
	227: LShImm dst: r6 imm: 2
	228: StMemDW dst: rfp src: r0 off: -8 imm: 0
	229: LoadMapPtr dst: r1 fd: 0 <AT_m>
	231: MovReg dst: r2 src: rfp
	232: AddImm dst: r2 imm: -8
	233: Call FnMapLookupElem
	234: JEqImm dst: r0 off: 2 imm: 0
	235: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	236: Ja off: 1
	237: MovImm dst: r1 imm: 0
	238: SubReg dst: r1 src: r6
	239: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	240: LoadMapPtr dst: r1 fd: 0 <AT_m>
	242: MovReg dst: r2 src: rfp
	243: AddImm dst: r2 imm: -8
	244: MovReg dst: r3 src: rfp
	245: AddImm dst: r3 imm: -16
	246: MovImm dst: r4 imm: 0
	247: Call FnMapUpdateElem
	248: StMemDW dst: rfp src: r0 off: -8 imm: -1
	249: StMemDW dst: rfp src: r0 off: -16 imm: 0
	250: LoadMapPtr dst: r1 fd: 0 <AT_neg>
	252: MovReg dst: r2 src: rfp
	253: AddImm dst: r2 imm: -16
	254: MovReg dst: r3 src: rfp
	255: AddImm dst: r3 imm: -8
	256: MovImm dst: r4 imm: 0
	257: Call FnMapUpdateElem
	258: StMemDW dst: rfp src: r0 off: -8 imm: -3
	259: StMemDW dst: rfp src: r0 off: -24 imm: -2
	260: LoadMapPtr dst: r1 fd: 0 <AT_key>
	262: MovReg dst: r2 src: rfp
	263: AddImm dst: r2 imm: -24
	264: MovReg dst: r3 src: rfp
	265: AddImm dst: r3 imm: -8
	266: MovImm dst: r4 imm: 0
	267: Call FnMapUpdateElem
	268: StMemDW dst: rfp src: r0 off: -8 imm: 7
	269: StMemDW dst: rfp src: r0 off: -32 imm: 16
	270: StMemDW dst: rfp src: r0 off: -24 imm: 5
	271: LoadMapPtr dst: r1 fd: 0 <AT_key2>
	273: MovReg dst: r2 src: rfp
	274: AddImm dst: r2 imm: -32
	275: MovReg dst: r3 src: rfp
	276: AddImm dst: r3 imm: -8
	277: MovImm dst: r4 imm: 0
	278: Call FnMapUpdateElem
	279: LdImmDW dst: r0 imm: -131391334099336
	281: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	282: LoadMapPtr dst: r1 fd: 0 <AT_s>
	284: MovReg dst: r2 src: rfp
	285: AddImm dst: r2 imm: -16
	286: MovReg dst: r3 src: rfp
	287: AddImm dst: r3 imm: -8
	288: MovImm dst: r4 imm: 0
	289: Call FnMapUpdateElem
	290: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	291: LoadMapPtr dst: r1 fd: 0 <AT__events>
	293: MovReg dst: r2 src: rfp
	294: AddImm dst: r2 imm: -8
	295: MovImm dst: r3 imm: 8
	296: MovImm dst: r4 imm: 0
	297: Call FnRingbufOutput
	298: StMemW dst: rfp src: r0 off: -8 imm: 0
	299: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	301: MovReg dst: r2 src: rfp
	302: AddImm dst: r2 imm: -8
	303: Call FnMapLookupElem
	304: JEqImm dst: r0 off: 1 imm: 0
	305: StMemDW dst: r0 src: r0 off: 0 imm: 1
	306: MovImm dst: r0 imm: 0
	307: Exit

