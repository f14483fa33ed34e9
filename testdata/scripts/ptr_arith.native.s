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
	 87: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 88: LoadMapPtr dst: r1 fd: 0 <AT_u8>
	 90: MovReg dst: r2 src: rfp
	 91: AddImm dst: r2 imm: -16
	 92: MovReg dst: r3 src: rfp
	 93: AddImm dst: r3 imm: -8
	 94: MovImm dst: r4 imm: 0
	 95: Call FnMapUpdateElem
	 96: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 97: LoadMapPtr dst: r1 fd: 0 <AT_u8>
	 99: MovReg dst: r2 src: rfp
	100: AddImm dst: r2 imm: -8
	101: Call FnMapLookupElem
	102: MovReg dst: r1 src: r0
	103: JEqImm dst: r1 off: 4 imm: 0
	104: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	105: AddImm dst: r2 imm: 1
	106: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	107: Ja off: 9
	108: StMemDW dst: rfp src: r0 off: -16 imm: 1
	109: LoadMapPtr dst: r1 fd: 0 <AT_u8>
	111: MovReg dst: r2 src: rfp
	112: AddImm dst: r2 imm: -8
	113: MovReg dst: r3 src: rfp
	114: AddImm dst: r3 imm: -16
	115: MovImm dst: r4 imm: 0
	116: Call FnMapUpdateElem
	117: StMemDW dst: rfp src: r0 off: -8 imm: 32
	118: StMemDW dst: rfp src: r0 off: -16 imm: 0
	119: LoadMapPtr dst: r1 fd: 0 <AT_u16>
	121: MovReg dst: r2 src: rfp
	122: AddImm dst: r2 imm: -16
	123: MovReg dst: r3 src: rfp
	124: AddImm dst: r3 imm: -8
	125: MovImm dst: r4 imm: 0
	126: Call FnMapUpdateElem
	127: StMemDW dst: rfp src: r0 off: -8 imm: 0
	128: LoadMapPtr dst: r1 fd: 0 <AT_u16>
	130: MovReg dst: r2 src: rfp
	131: AddImm dst: r2 imm: -8
	132: Call FnMapLookupElem
	133: MovReg dst: r1 src: r0
	134: JEqImm dst: r1 off: 4 imm: 0
	135: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	136: AddImm dst: r2 imm: 2
	137: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	138: Ja off: 9
	139: StMemDW dst: rfp src: r0 off: -16 imm: 2
	140: LoadMapPtr dst: r1 fd: 0 <AT_u16>
	142: MovReg dst: r2 src: rfp
	143: AddImm dst: r2 imm: -8
	144: MovReg dst: r3 src: rfp
	145: AddImm dst: r3 imm: -16
	146: MovImm dst: r4 imm: 0
	147: Call FnMapUpdateElem
	148: StMemDW dst: rfp src: r0 off: -8 imm: 32
	149: StMemDW dst: rfp src: r0 off: -16 imm: 0
	150: LoadMapPtr dst: r1 fd: 0 <AT_u32>
	152: MovReg dst: r2 src: rfp
	153: AddImm dst: r2 imm: -16
	154: MovReg dst: r3 src: rfp
	155: AddImm dst: r3 imm: -8
	156: MovImm dst: r4 imm: 0
	157: Call FnMapUpdateElem
	158: StMemDW dst: rfp src: r0 off: -8 imm: 0
	159: LoadMapPtr dst: r1 fd: 0 <AT_u32>
	161: MovReg dst: r2 src: rfp
	162: AddImm dst: r2 imm: -8
	163: Call FnMapLookupElem
	164: MovReg dst: r1 src: r0
	165: JEqImm dst: r1 off: 2 imm: 0
	166: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	167: Ja off: 1
	168: MovImm dst: r1 imm: 0
	169: SubImm dst: r1 imm: 24
	170: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	171: LoadMapPtr dst: r1 fd: 0 <AT_u32>
	173: MovReg dst: r2 src: rfp
	174: AddImm dst: r2 imm: -8
	175: MovReg dst: r3 src: rfp
	176: AddImm dst: r3 imm: -16
	177: MovImm dst: r4 imm: 0
	178: Call FnMapUpdateElem
	179: StMemDW dst: rfp src: r0 off: -8 imm: 32
	180: StMemDW dst: rfp src: r0 off: -16 imm: 0
	181: LoadMapPtr dst: r1 fd: 0 <AT_u64>
	183: MovReg dst: r2 src: rfp
	184: AddImm dst: r2 imm: -16
	185: MovReg dst: r3 src: rfp
	186: AddImm dst: r3 imm: -8
	187: MovImm dst: r4 imm: 0
	188: Call FnMapUpdateElem
	189: StMemDW dst: rfp src: r0 off: -8 imm: 0
	190: LoadMapPtr dst: r1 fd: 0 <AT_u64>
	192: MovReg dst: r2 src: rfp
	193: AddImm dst: r2 imm: -8
	194: Call FnMapLookupElem
	195: MovReg dst: r1 src: r0
	196: JEqImm dst: r1 off: 4 imm: 0
	197: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	198: AddImm dst: r2 imm: -8
	199: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	200: Ja off: 9
	201: StMemDW dst: rfp src: r0 off: -16 imm: -8
	202: LoadMapPtr dst: r1 fd: 0 <AT_u64>
	204: MovReg dst: r2 src: rfp
	205: AddImm dst: r2 imm: -8
	206: MovReg dst: r3 src: rfp
	207: AddImm dst: r3 imm: -16
	208: MovImm dst: r4 imm: 0
	209: Call FnMapUpdateElem
	210: StMemDW dst: rfp src: r0 off: -8 imm: 4
	211: StMemDW dst: rfp src: r0 off: -16 imm: 0
	212: LoadMapPtr dst: r1 fd: 0 <AT_dec>
	214: MovReg dst: r2 src: rfp
	215: AddImm dst: r2 imm: -16
	216: MovReg dst: r3 src: rfp
	217: AddImm dst: r3 imm: -8
	218: MovImm dst: r4 imm: 0
	219: Call FnMapUpdateElem
	220: StMemDW dst: rfp src: r0 off: -8 imm: 32
	221: StMemDW dst: rfp src: r0 off: -16 imm: 0
	222: LoadMapPtr dst: r1 fd: 0 <AT_m>
	224: MovReg dst: r2 src: rfp
	225: AddImm dst: r2 imm: -16
	226: MovReg dst: r3 src: rfp
	227: AddImm dst: r3 imm: -8
	228: MovImm dst: r4 imm: 0
	229: Call FnMapUpdateElem
	230: StMemDW dst: rfp src: r0 off: -8 imm: 0
	231: LoadMapPtr dst: r1 fd: 0 <AT_dec>
	233: MovReg dst: r2 src: rfp
	234: AddImm dst: r2 imm: -8
	235: Call FnMapLookupElem
	236: MovReg dst: r1 src: r0
	237: JEqImm dst: r1 off: 2 imm: 0
	238: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	239: Ja off: 1
	240: MovImm dst: r1 imm: 0
	241: MovReg dst: r6 src: r1
	242: LShImm dst: r6 imm: 2
	243: StMemDW dst: rfp src: r0 off: -8 imm: 0
	244: LoadMapPtr dst: r1 fd: 0 <AT_m>
	246: MovReg dst: r2 src: rfp
	247: AddImm dst: r2 imm: -8
	248: Call FnMapLookupElem
	249: MovReg dst: r1 src: r0
	250: JEqImm dst: r1 off: 2 imm: 0
	251: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	252: Ja off: 1
	253: MovImm dst: r1 imm: 0
	254: SubReg dst: r1 src: r6
	255: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	256: LoadMapPtr dst: r1 fd: 0 <AT_m>
	258: MovReg dst: r2 src: rfp
	259: AddImm dst: r2 imm: -8
	260: MovReg dst: r3 src: rfp
	261: AddImm dst: r3 imm: -16
	262: MovImm dst: r4 imm: 0
	263: Call FnMapUpdateElem
	264: StMemDW dst: rfp src: r0 off: -8 imm: -1
	265: StMemDW dst: rfp src: r0 off: -16 imm: 0
	266: LoadMapPtr dst: r1 fd: 0 <AT_neg>
	268: MovReg dst: r2 src: rfp
	269: AddImm dst: r2 imm: -16
	270: MovReg dst: r3 src: rfp
	271: AddImm dst: r3 imm: -8
	272: MovImm dst: r4 imm: 0
	273: Call FnMapUpdateElem
	274: StMemDW dst: rfp src: r0 off: -8 imm: -3
	275: StMemDW dst: rfp src: r0 off: -16 imm: -2
	276: LoadMapPtr dst: r1 fd: 0 <AT_key>
	278: MovReg dst: r2 src: rfp
	279: AddImm dst: r2 imm: -16
	280: MovReg dst: r3 src: rfp
	281: AddImm dst: r3 imm: -8
	282: MovImm dst: r4 imm: 0
	283: Call FnMapUpdateElem
	284: StMemDW dst: rfp src: r0 off: -8 imm: 7
	285: StMemDW dst: rfp src: r0 off: -24 imm: 16
	286: StMemDW dst: rfp src: r0 off: -16 imm: 5
	287: LoadMapPtr dst: r1 fd: 0 <AT_key2>
	289: MovReg dst: r2 src: rfp
	290: AddImm dst: r2 imm: -24
	291: MovReg dst: r3 src: rfp
	292: AddImm dst: r3 imm: -8
	293: MovImm dst: r4 imm: 0
	294: Call FnMapUpdateElem
	295: LdImmDW dst: r0 imm: -131391334099336
	297: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	298: StMemDW dst: rfp src: r0 off: -16 imm: 0
	299: LoadMapPtr dst: r1 fd: 0 <AT_s>
	301: MovReg dst: r2 src: rfp
	302: AddImm dst: r2 imm: -16
	303: MovReg dst: r3 src: rfp
	304: AddImm dst: r3 imm: -8
	305: MovImm dst: r4 imm: 0
	306: Call FnMapUpdateElem
	307: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	308: LoadMapPtr dst: r1 fd: 0 <AT__events>
	310: MovReg dst: r2 src: rfp
	311: AddImm dst: r2 imm: -8
	312: MovImm dst: r3 imm: 8
	313: MovImm dst: r4 imm: 0
	314: Call FnRingbufOutput
	315: StMemW dst: rfp src: r0 off: -8 imm: 0
	316: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	318: MovReg dst: r2 src: rfp
	319: AddImm dst: r2 imm: -8
	320: Call FnMapLookupElem
	321: MovReg dst: r1 src: r0
	322: JEqImm dst: r1 off: 1 imm: 0
	323: StMemDW dst: r1 src: r0 off: 0 imm: 1
	324: MovImm dst: r0 imm: 0
	325: Exit

