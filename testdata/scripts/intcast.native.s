BEGIN:
	  0: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  1: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  2: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  3: StMemDW dst: rfp src: r0 off: -64 imm: 0
	  4: StMemDW dst: rfp src: r0 off: -56 imm: 255
	  5: StMemDW dst: rfp src: r0 off: -48 imm: -1
	  6: StMemDW dst: rfp src: r0 off: -40 imm: -1
	  7: LdImmDW dst: r0 imm: 4294967295
	  9: StXMemDW dst: rfp src: r0 off: -32 imm: 0
	 10: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 12: MovReg dst: r2 src: rfp
	 13: AddImm dst: r2 imm: -64
	 14: MovImm dst: r3 imm: 40
	 15: MovImm dst: r4 imm: 0
	 16: Call FnRingbufOutput
	 17: StMemDW dst: rfp src: r0 off: -64 imm: 1
	 18: StMemDW dst: rfp src: r0 off: -56 imm: 246
	 19: StMemDW dst: rfp src: r0 off: -48 imm: 15
	 20: StMemDW dst: rfp src: r0 off: -40 imm: -56
	 21: StMemDW dst: rfp src: r0 off: -32 imm: -1
	 22: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 24: MovReg dst: r2 src: rfp
	 25: AddImm dst: r2 imm: -64
	 26: MovImm dst: r3 imm: 40
	 27: MovImm dst: r4 imm: 0
	 28: Call FnRingbufOutput
	 29: StMemDW dst: rfp src: r0 off: -64 imm: 2
	 30: StMemDW dst: rfp src: r0 off: -56 imm: -1
	 31: StMemDW dst: rfp src: r0 off: -48 imm: 255
	 32: StMemDW dst: rfp src: r0 off: -40 imm: -1
	 33: StMemDW dst: rfp src: r0 off: -32 imm: 255
	 34: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 36: MovReg dst: r2 src: rfp
	 37: AddImm dst: r2 imm: -64
	 38: MovImm dst: r3 imm: 40
	 39: MovImm dst: r4 imm: 0
	 40: Call FnRingbufOutput
	 41: StMemDW dst: rfp src: r0 off: -80 imm: 3
	 42: StMemDW dst: rfp src: r0 off: -72 imm: -10
	 43: StMemDW dst: rfp src: r0 off: -64 imm: -5555
	 44: StMemDW dst: rfp src: r0 off: -56 imm: -123
	 45: StMemDW dst: rfp src: r0 off: -48 imm: 100
	 46: StMemDW dst: rfp src: r0 off: -40 imm: 255
	 47: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 48: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 50: MovReg dst: r2 src: rfp
	 51: AddImm dst: r2 imm: -80
	 52: MovImm dst: r3 imm: 56
	 53: MovImm dst: r4 imm: 0
	 54: Call FnRingbufOutput
	 55: StMemDW dst: rfp src: r0 off: -56 imm: 4
	 56: StMemDW dst: rfp src: r0 off: -48 imm: 251
	 57: StMemDW dst: rfp src: r0 off: -40 imm: 255
	 58: StMemDW dst: rfp src: r0 off: -32 imm: 65535
	 59: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 61: MovReg dst: r2 src: rfp
	 62: AddImm dst: r2 imm: -56
	 63: MovImm dst: r3 imm: 32
	 64: MovImm dst: r4 imm: 0
	 65: Call FnRingbufOutput
	 66: StMemDW dst: rfp src: r0 off: -96 imm: 5
	 67: StMemDW dst: rfp src: r0 off: -88 imm: 1
	 68: StMemDW dst: rfp src: r0 off: -80 imm: 1
	 69: StMemDW dst: rfp src: r0 off: -72 imm: 2
	 70: StMemDW dst: rfp src: r0 off: -64 imm: 2
	 71: StMemDW dst: rfp src: r0 off: -56 imm: 4
	 72: StMemDW dst: rfp src: r0 off: -48 imm: 4
	 73: StMemDW dst: rfp src: r0 off: -40 imm: 8
	 74: StMemDW dst: rfp src: r0 off: -32 imm: 8
	 75: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 77: MovReg dst: r2 src: rfp
	 78: AddImm dst: r2 imm: -96
	 79: MovImm dst: r3 imm: 72
	 80: MovImm dst: r4 imm: 0
	 81: Call FnRingbufOutput
	 82: StMemDW dst: rfp src: r0 off: -96 imm: 6
	 83: StMemDW dst: rfp src: r0 off: -88 imm: 8
	 84: StMemDW dst: rfp src: r0 off: -80 imm: -1
	 85: StMemDW dst: rfp src: r0 off: -72 imm: -1
	 86: StMemDW dst: rfp src: r0 off: -64 imm: -256
	 87: StMemDW dst: rfp src: r0 off: -56 imm: 4863
	 88: StMemDW dst: rfp src: r0 off: -48 imm: 251
	 89: StMemDW dst: rfp src: r0 off: -40 imm: 5
	 90: StMemDW dst: rfp src: r0 off: -32 imm: 14
	 91: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 93: MovReg dst: r2 src: rfp
	 94: AddImm dst: r2 imm: -96
	 95: MovImm dst: r3 imm: 72
	 96: MovImm dst: r4 imm: 0
	 97: Call FnRingbufOutput
	 98: StMemDW dst: rfp src: r0 off: -64 imm: 7
	 99: StMemDW dst: rfp src: r0 off: -56 imm: 1
	100: StMemDW dst: rfp src: r0 off: -48 imm: 1
	101: StMemDW dst: rfp src: r0 off: -40 imm: 8
	102: StMemDW dst: rfp src: r0 off: -32 imm: 2
	103: LoadMapPtr dst: r1 fd: 0 <AT__events>
	105: MovReg dst: r2 src: rfp
	106: AddImm dst: r2 imm: -64
	107: MovImm dst: r3 imm: 40
	108: MovImm dst: r4 imm: 0
	109: Call FnRingbufOutput
	110: StMemDW dst: rfp src: r0 off: -48 imm: 8
	111: LdImmDW dst: r0 imm: 4294967295
	113: StXMemDW dst: rfp src: r0 off: -40 imm: 0
	114: LdImmDW dst: r0 imm: 4294967295
	116: StXMemDW dst: rfp src: r0 off: -32 imm: 0
	117: LoadMapPtr dst: r1 fd: 0 <AT__events>
	119: MovReg dst: r2 src: rfp
	120: AddImm dst: r2 imm: -48
	121: MovImm dst: r3 imm: 24
	122: MovImm dst: r4 imm: 0
	123: Call FnRingbufOutput
	124: StMemB dst: rfp src: r0 off: -24 imm: -1
	125: StMemH dst: rfp src: r0 off: -22 imm: 65535
	126: StMemDW dst: rfp src: r0 off: -16 imm: 251
	127: StMemW dst: rfp src: r0 off: -8 imm: -7
	128: StMemDW dst: rfp src: r0 off: -72 imm: 9
	129: LdXMemB dst: r1 src: rfp off: -24 imm: 0
	130: LShImm dst: r1 imm: 56
	131: ArShImm dst: r1 imm: 56
	132: StXMemDW dst: rfp src: r1 off: -64 imm: 0
	133: LdXMemH dst: r1 src: rfp off: -22 imm: 0
	134: StXMemDW dst: rfp src: r1 off: -56 imm: 0
	135: LdXMemDW dst: r1 src: rfp off: -16 imm: 0
	136: StXMemDW dst: rfp src: r1 off: -48 imm: 0
	137: LdXMemW dst: r1 src: rfp off: -8 imm: 0
	138: LShImm dst: r1 imm: 32
	139: ArShImm dst: r1 imm: 32
	140: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	141: StMemDW dst: rfp src: r0 off: -32 imm: 24
	142: LoadMapPtr dst: r1 fd: 0 <AT__events>
	144: MovReg dst: r2 src: rfp
	145: AddImm dst: r2 imm: -72
	146: MovImm dst: r3 imm: 48
	147: MovImm dst: r4 imm: 0
	148: Call FnRingbufOutput
	149: StMemDW dst: rfp src: r0 off: -8 imm: -5
	150: StMemDW dst: rfp src: r0 off: -16 imm: 0
	151: LoadMapPtr dst: r1 fd: 0 <AT_m1>
	153: MovReg dst: r2 src: rfp
	154: AddImm dst: r2 imm: -16
	155: MovReg dst: r3 src: rfp
	156: AddImm dst: r3 imm: -8
	157: MovImm dst: r4 imm: 0
	158: Call FnMapUpdateElem
	159: StMemDW dst: rfp src: r0 off: -8 imm: 255
	160: StMemDW dst: rfp src: r0 off: -16 imm: 0
	161: LoadMapPtr dst: r1 fd: 0 <AT_m2>
	163: MovReg dst: r2 src: rfp
	164: AddImm dst: r2 imm: -16
	165: MovReg dst: r3 src: rfp
	166: AddImm dst: r3 imm: -8
	167: MovImm dst: r4 imm: 0
	168: Call FnMapUpdateElem
	169: StMemDW dst: rfp src: r0 off: -8 imm: -1
	170: StMemDW dst: rfp src: r0 off: -16 imm: 0
	171: LoadMapPtr dst: r1 fd: 0 <AT_m2>
	173: MovReg dst: r2 src: rfp
	174: AddImm dst: r2 imm: -16
	175: MovReg dst: r3 src: rfp
	176: AddImm dst: r3 imm: -8
	177: MovImm dst: r4 imm: 0
	178: Call FnMapUpdateElem
	179: StMemDW dst: rfp src: r0 off: -8 imm: 4660
	180: StMemDW dst: rfp src: r0 off: -16 imm: 0
	181: LoadMapPtr dst: r1 fd: 0 <AT_m3>
	183: MovReg dst: r2 src: rfp
	184: AddImm dst: r2 imm: -16
	185: MovReg dst: r3 src: rfp
	186: AddImm dst: r3 imm: -8
	187: MovImm dst: r4 imm: 0
	188: Call FnMapUpdateElem
	189: StMemDW dst: rfp src: r0 off: -8 imm: -1
	190: StMemDW dst: rfp src: r0 off: -16 imm: 0
	191: LoadMapPtr dst: r1 fd: 0 <AT_m3>
	193: MovReg dst: r2 src: rfp
	194: AddImm dst: r2 imm: -16
	195: MovReg dst: r3 src: rfp
	196: AddImm dst: r3 imm: -8
	197: MovImm dst: r4 imm: 0
	198: Call FnMapUpdateElem
	199: StMemDW dst: rfp src: r0 off: -8 imm: 255
	200: StMemDW dst: rfp src: r0 off: -16 imm: 0
	201: LoadMapPtr dst: r1 fd: 0 <AT_m4>
	203: MovReg dst: r2 src: rfp
	204: AddImm dst: r2 imm: -16
	205: MovReg dst: r3 src: rfp
	206: AddImm dst: r3 imm: -8
	207: MovImm dst: r4 imm: 0
	208: Call FnMapUpdateElem
	209: StMemDW dst: rfp src: r0 off: -8 imm: 255
	210: StMemDW dst: rfp src: r0 off: -16 imm: 0
	211: LoadMapPtr dst: r1 fd: 0 <AT_m4>
	213: MovReg dst: r2 src: rfp
	214: AddImm dst: r2 imm: -16
	215: MovReg dst: r3 src: rfp
	216: AddImm dst: r3 imm: -8
	217: MovImm dst: r4 imm: 0
	218: Call FnMapUpdateElem
	219: StMemDW dst: rfp src: r0 off: -8 imm: -5
	220: StMemDW dst: rfp src: r0 off: -16 imm: 0
	221: LoadMapPtr dst: r1 fd: 0 <AT_m5>
	223: MovReg dst: r2 src: rfp
	224: AddImm dst: r2 imm: -16
	225: MovReg dst: r3 src: rfp
	226: AddImm dst: r3 imm: -8
	227: MovImm dst: r4 imm: 0
	228: Call FnMapUpdateElem
	229: LdImmDW dst: r0 imm: 4294967295
	231: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	232: StMemDW dst: rfp src: r0 off: -16 imm: 0
	233: LoadMapPtr dst: r1 fd: 0 <AT_m6>
	235: MovReg dst: r2 src: rfp
	236: AddImm dst: r2 imm: -16
	237: MovReg dst: r3 src: rfp
	238: AddImm dst: r3 imm: -8
	239: MovImm dst: r4 imm: 0
	240: Call FnMapUpdateElem
	241: StMemDW dst: rfp src: r0 off: -8 imm: -1
	242: StMemDW dst: rfp src: r0 off: -16 imm: 0
	243: LoadMapPtr dst: r1 fd: 0 <AT_m7>
	245: MovReg dst: r2 src: rfp
	246: AddImm dst: r2 imm: -16
	247: MovReg dst: r3 src: rfp
	248: AddImm dst: r3 imm: -8
	249: MovImm dst: r4 imm: 0
	250: Call FnMapUpdateElem
	251: StMemDW dst: rfp src: r0 off: -8 imm: 1
	252: StMemDW dst: rfp src: r0 off: -16 imm: -1
	253: LoadMapPtr dst: r1 fd: 0 <AT_k>
	255: MovReg dst: r2 src: rfp
	256: AddImm dst: r2 imm: -16
	257: MovReg dst: r3 src: rfp
	258: AddImm dst: r3 imm: -8
	259: MovImm dst: r4 imm: 0
	260: Call FnMapUpdateElem
	261: StMemDW dst: rfp src: r0 off: -8 imm: 2
	262: StMemDW dst: rfp src: r0 off: -24 imm: 255
	263: StMemDW dst: rfp src: r0 off: -16 imm: -2
	264: LoadMapPtr dst: r1 fd: 0 <AT_k2>
	266: MovReg dst: r2 src: rfp
	267: AddImm dst: r2 imm: -24
	268: MovReg dst: r3 src: rfp
	269: AddImm dst: r3 imm: -8
	270: MovImm dst: r4 imm: 0
	271: Call FnMapUpdateElem
	272: MovImm dst: r1 imm: 255
	273: MovImm dst: r2 imm: -1
	274: MovImm dst: r3 imm: 255
	275: StMemDW dst: rfp src: r0 off: -32 imm: 10
	276: StXMemDW dst: rfp src: r1 off: -24 imm: 0
	277: StXMemDW dst: rfp src: r2 off: -16 imm: 0
	278: StXMemDW dst: rfp src: r3 off: -8 imm: 0
	279: LoadMapPtr dst: r1 fd: 0 <AT__events>
	281: MovReg dst: r2 src: rfp
	282: AddImm dst: r2 imm: -32
	283: MovImm dst: r3 imm: 32
	284: MovImm dst: r4 imm: 0
	285: Call FnRingbufOutput
	286: StMemDW dst: rfp src: r0 off: -24 imm: 11
	287: StMemDW dst: rfp src: r0 off: -16 imm: 1
	288: StMemDW dst: rfp src: r0 off: -8 imm: 1
	289: LoadMapPtr dst: r1 fd: 0 <AT__events>
	291: MovReg dst: r2 src: rfp
	292: AddImm dst: r2 imm: -24
	293: MovImm dst: r3 imm: 24
	294: MovImm dst: r4 imm: 0
	295: Call FnRingbufOutput
	296: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	297: LoadMapPtr dst: r1 fd: 0 <AT__events>
	299: MovReg dst: r2 src: rfp
	300: AddImm dst: r2 imm: -8
	301: MovImm dst: r3 imm: 8
	302: MovImm dst: r4 imm: 0
	303: Call FnRingbufOutput
	304: StMemW dst: rfp src: r0 off: -8 imm: 0
	305: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	307: MovReg dst: r2 src: rfp
	308: AddImm dst: r2 imm: -8
	309: Call FnMapLookupElem
	310: MovReg dst: r1 src: r0
	311: JEqImm dst: r1 off: 1 imm: 0
	312: StMemDW dst: r1 src: r0 off: 0 imm: 1
	313: MovImm dst: r0 imm: 0
	314: Exit

