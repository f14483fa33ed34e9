tp_sys_enter_write:
	  0: MovReg dst: r6 src: r1
	  1: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  2: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  3: StMemW dst: rfp src: r0 off: -8 imm: 0
	  4: Call FnGetCurrentPidTgid
	  5: MovReg dst: r1 src: r0
	  6: RShImm dst: r1 imm: 32
	  7: JEqImm dst: r1 off: 2 imm: 4242
	  8: MovImm dst: r0 imm: 0
	  9: Exit
	 10: LdXMemDW dst: r7 src: r6 off: 24 imm: 0
	 11: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 12: MovReg dst: r3 src: r7
	 13: MovReg dst: r1 src: rfp
	 14: AddImm dst: r1 imm: -64
	 15: MovImm dst: r2 imm: 4
	 16: Call FnProbeReadUser
	 17: LdXMemW dst: r1 src: rfp off: -64 imm: 0
	 18: LShImm dst: r1 imm: 32
	 19: ArShImm dst: r1 imm: 32
	 20: StXMemDW dst: rfp src: r1 off: -48 imm: 0
	 21: MovReg dst: r3 src: r7
	 22: AddImm dst: r3 imm: 12
	 23: MovReg dst: r1 src: rfp
	 24: AddImm dst: r1 imm: -64
	 25: MovImm dst: r2 imm: 4
	 26: Call FnProbeReadUser
	 27: LdXMemW dst: r1 src: rfp off: -64 imm: 0
	 28: LShImm dst: r1 imm: 32
	 29: ArShImm dst: r1 imm: 32
	 30: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 31: LdXMemDW dst: r1 src: r6 off: 24 imm: 0
	 32: MovReg dst: r3 src: r1
	 33: AddImm dst: r3 imm: 8
	 34: MovReg dst: r1 src: rfp
	 35: AddImm dst: r1 imm: -64
	 36: MovImm dst: r2 imm: 8
	 37: Call FnProbeReadUser
	 38: LdXMemDW dst: r1 src: rfp off: -64 imm: 0
	 39: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	 40: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 42: MovReg dst: r2 src: rfp
	 43: AddImm dst: r2 imm: -56
	 44: MovImm dst: r3 imm: 32
	 45: MovImm dst: r4 imm: 0
	 46: Call FnRingbufOutput
	 47: StMemDW dst: rfp src: r0 off: -56 imm: 1
	 48: LdXMemDW dst: r1 src: r6 off: 24 imm: 0
	 49: MovReg dst: r3 src: r1
	 50: AddImm dst: r3 imm: 4
	 51: MovReg dst: r1 src: rfp
	 52: AddImm dst: r1 imm: -64
	 53: MovImm dst: r2 imm: 2
	 54: Call FnProbeReadUser
	 55: LdXMemH dst: r1 src: rfp off: -64 imm: 0
	 56: StXMemDW dst: rfp src: r1 off: -48 imm: 0
	 57: MovReg dst: r3 src: r7
	 58: AddImm dst: r3 imm: 8
	 59: MovReg dst: r1 src: rfp
	 60: AddImm dst: r1 imm: -64
	 61: MovImm dst: r2 imm: 4
	 62: Call FnProbeReadUser
	 63: LdXMemW dst: r1 src: rfp off: -64 imm: 0
	 64: LShImm dst: r1 imm: 32
	 65: ArShImm dst: r1 imm: 32
	 66: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 67: LdXMemDW dst: r1 src: r6 off: 24 imm: 0
	 68: MovReg dst: r3 src: r1
	 69: AddImm dst: r3 imm: 48
	 70: MovReg dst: r1 src: rfp
	 71: AddImm dst: r1 imm: -64
	 72: MovImm dst: r2 imm: 1
	 73: Call FnProbeReadUser
	 74: LdXMemB dst: r1 src: rfp off: -64 imm: 0
	 75: LShImm dst: r1 imm: 56
	 76: ArShImm dst: r1 imm: 56
	 77: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	 78: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 80: MovReg dst: r2 src: rfp
	 81: AddImm dst: r2 imm: -56
	 82: MovImm dst: r3 imm: 32
	 83: MovImm dst: r4 imm: 0
	 84: Call FnRingbufOutput
	 85: LdXMemDW dst: r6 src: r6 off: 24 imm: 0
	 86: StMemDW dst: rfp src: r0 off: -64 imm: 2
	 87: MovReg dst: r7 src: r6
	 88: AddImm dst: r7 imm: 24
	 89: MovReg dst: r3 src: r7
	 90: MovReg dst: r1 src: rfp
	 91: AddImm dst: r1 imm: -72
	 92: MovImm dst: r2 imm: 4
	 93: Call FnProbeReadUser
	 94: LdXMemW dst: r1 src: rfp off: -72 imm: 0
	 95: LShImm dst: r1 imm: 32
	 96: ArShImm dst: r1 imm: 32
	 97: StXMemDW dst: rfp src: r1 off: -56 imm: 0
	 98: MovReg dst: r3 src: r6
	 99: AddImm dst: r3 imm: 20
	100: MovReg dst: r1 src: rfp
	101: AddImm dst: r1 imm: -72
	102: MovImm dst: r2 imm: 4
	103: Call FnProbeReadUser
	104: LdXMemW dst: r1 src: rfp off: -72 imm: 0
	105: LShImm dst: r1 imm: 32
	106: ArShImm dst: r1 imm: 32
	107: StXMemDW dst: rfp src: r1 off: -48 imm: 0
	108: MovReg dst: r3 src: r6
	109: AddImm dst: r3 imm: 12
	110: MovReg dst: r1 src: rfp
	111: AddImm dst: r1 imm: -72
	112: MovImm dst: r2 imm: 4
	113: Call FnProbeReadUser
	114: LdXMemW dst: r1 src: rfp off: -72 imm: 0
	115: LShImm dst: r1 imm: 32
	116: ArShImm dst: r1 imm: 32
	117: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	118: StMemW dst: rfp src: r0 off: -32 imm: 0
	119: MovReg dst: r8 src: r6
	120: AddImm dst: r8 imm: 48
	121: MovReg dst: r3 src: r8
	122: MovReg dst: r1 src: rfp
	123: AddImm dst: r1 imm: -32
	124: MovImm dst: r2 imm: 4
	125: Call FnProbeReadUser
	126: StMemW dst: rfp src: r0 off: -28 imm: 0
	127: LoadMapPtr dst: r1 fd: 0 <AT__events>
	129: MovReg dst: r2 src: rfp
	130: AddImm dst: r2 imm: -64
	131: MovImm dst: r3 imm: 40
	132: MovImm dst: r4 imm: 0
	133: Call FnRingbufOutput
	134: StMemDW dst: rfp src: r0 off: -48 imm: 3
	135: MovReg dst: r3 src: r6
	136: AddImm dst: r3 imm: 8
	137: MovReg dst: r1 src: rfp
	138: AddImm dst: r1 imm: -56
	139: MovImm dst: r2 imm: 4
	140: Call FnProbeReadUser
	141: LdXMemW dst: r1 src: rfp off: -56 imm: 0
	142: LShImm dst: r1 imm: 32
	143: ArShImm dst: r1 imm: 32
	144: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	145: StMemDW dst: rfp src: r0 off: -64 imm: 0
	146: StMemDW dst: rfp src: r0 off: -56 imm: 0
	147: MovReg dst: r3 src: r6
	148: MovReg dst: r1 src: rfp
	149: AddImm dst: r1 imm: -64
	150: MovImm dst: r2 imm: 16
	151: Call FnProbeReadUser
	152: StMemDW dst: rfp src: r0 off: -80 imm: 0
	153: StMemDW dst: rfp src: r0 off: -72 imm: 0
	154: MovReg dst: r9 src: r6
	155: AddImm dst: r9 imm: 32
	156: MovReg dst: r3 src: r9
	157: MovReg dst: r1 src: rfp
	158: AddImm dst: r1 imm: -80
	159: MovImm dst: r2 imm: 16
	160: Call FnProbeReadUser
	161: LdXMemDW dst: r1 src: rfp off: -64 imm: 0
	162: LdXMemDW dst: r2 src: rfp off: -80 imm: 0
	163: JEqReg dst: r1 off: 2 src: r2
	164: MovImm dst: r1 imm: 0
	165: Ja off: 6
	166: LdXMemDW dst: r1 src: rfp off: -56 imm: 0
	167: LdXMemDW dst: r2 src: rfp off: -72 imm: 0
	168: JEqReg dst: r1 off: 2 src: r2
	169: MovImm dst: r1 imm: 0
	170: Ja off: 1
	171: MovImm dst: r1 imm: 1
	172: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	173: LoadMapPtr dst: r1 fd: 0 <AT__events>
	175: MovReg dst: r2 src: rfp
	176: AddImm dst: r2 imm: -48
	177: MovImm dst: r3 imm: 24
	178: MovImm dst: r4 imm: 0
	179: Call FnRingbufOutput
	180: StMemDW dst: rfp src: r0 off: -48 imm: 4
	181: StMemDW dst: rfp src: r0 off: -64 imm: 0
	182: StMemDW dst: rfp src: r0 off: -56 imm: 0
	183: MovReg dst: r3 src: r6
	184: MovReg dst: r1 src: rfp
	185: AddImm dst: r1 imm: -64
	186: MovImm dst: r2 imm: 16
	187: Call FnProbeReadUser
	188: StMemDW dst: rfp src: r0 off: -80 imm: 0
	189: StMemDW dst: rfp src: r0 off: -72 imm: 0
	190: MovReg dst: r3 src: r9
	191: MovReg dst: r1 src: rfp
	192: AddImm dst: r1 imm: -80
	193: MovImm dst: r2 imm: 16
	194: Call FnProbeReadUser
	195: LdXMemDW dst: r1 src: rfp off: -64 imm: 0
	196: LdXMemDW dst: r2 src: rfp off: -80 imm: 0
	197: JEqReg dst: r1 off: 2 src: r2
	198: MovImm dst: r1 imm: 0
	199: Ja off: 6
	200: LdXMemDW dst: r1 src: rfp off: -56 imm: 0
	201: LdXMemDW dst: r2 src: rfp off: -72 imm: 0
	202: JEqReg dst: r1 off: 2 src: r2
	203: MovImm dst: r1 imm: 0
	204: Ja off: 1
	205: MovImm dst: r1 imm: 1
	206: XorImm dst: r1 imm: 1
	207: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	208: StMemDW dst: rfp src: r0 off: -56 imm: 0
	209: MovReg dst: r9 src: r6
	210: AddImm dst: r9 imm: 16
	211: MovReg dst: r3 src: r9
	212: MovReg dst: r1 src: rfp
	213: AddImm dst: r1 imm: -56
	214: MovImm dst: r2 imm: 8
	215: Call FnProbeReadUser
	216: StMemDW dst: rfp src: r0 off: -64 imm: 0
	217: MovReg dst: r3 src: r7
	218: MovReg dst: r1 src: rfp
	219: AddImm dst: r1 imm: -64
	220: MovImm dst: r2 imm: 8
	221: Call FnProbeReadUser
	222: LdXMemDW dst: r1 src: rfp off: -56 imm: 0
	223: LdXMemDW dst: r2 src: rfp off: -64 imm: 0
	224: JEqReg dst: r1 off: 2 src: r2
	225: MovImm dst: r1 imm: 0
	226: Ja off: 1
	227: MovImm dst: r1 imm: 1
	228: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	229: LoadMapPtr dst: r1 fd: 0 <AT__events>
	231: MovReg dst: r2 src: rfp
	232: AddImm dst: r2 imm: -48
	233: MovImm dst: r3 imm: 24
	234: MovImm dst: r4 imm: 0
	235: Call FnRingbufOutput
	236: StMemDW dst: rfp src: r0 off: -40 imm: 0
	237: StMemDW dst: rfp src: r0 off: -32 imm: 0
	238: MovReg dst: r3 src: r6
	239: MovReg dst: r1 src: rfp
	240: AddImm dst: r1 imm: -40
	241: MovImm dst: r2 imm: 16
	242: Call FnProbeReadUser
	243: StMemDW dst: rfp src: r0 off: -48 imm: 0
	244: LoadMapPtr dst: r1 fd: 0 <AT_a>
	246: MovReg dst: r2 src: rfp
	247: AddImm dst: r2 imm: -48
	248: MovReg dst: r3 src: rfp
	249: AddImm dst: r3 imm: -40
	250: MovImm dst: r4 imm: 0
	251: Call FnMapUpdateElem
	252: StMemDW dst: rfp src: r0 off: -40 imm: 5
	253: StMemDW dst: rfp src: r0 off: -48 imm: 0
	254: LoadMapPtr dst: r1 fd: 0 <AT_a>
	256: MovReg dst: r2 src: rfp
	257: AddImm dst: r2 imm: -48
	258: Call FnMapLookupElem
	259: MovReg dst: r1 src: r0
	260: JEqImm dst: r1 off: 5 imm: 0
	261: LdXMemDW dst: r0 src: r1 off: 0 imm: 0
	262: StXMemDW dst: rfp src: r0 off: -56 imm: 0
	263: LdXMemDW dst: r0 src: r1 off: 8 imm: 0
	264: StXMemDW dst: rfp src: r0 off: -48 imm: 0
	265: Ja off: 2
	266: StMemDW dst: rfp src: r0 off: -56 imm: 0
	267: StMemDW dst: rfp src: r0 off: -48 imm: 0
	268: LdXMemW dst: r1 src: rfp off: -52 imm: 0
	269: LShImm dst: r1 imm: 32
	270: ArShImm dst: r1 imm: 32
	271: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	272: LoadMapPtr dst: r1 fd: 0 <AT__events>
	274: MovReg dst: r2 src: rfp
	275: AddImm dst: r2 imm: -40
	276: MovImm dst: r3 imm: 16
	277: MovImm dst: r4 imm: 0
	278: Call FnRingbufOutput
	279: StMemDW dst: rfp src: r0 off: -40 imm: 0
	280: StMemDW dst: rfp src: r0 off: -32 imm: 0
	281: MovReg dst: r3 src: r9
	282: MovReg dst: r1 src: rfp
	283: AddImm dst: r1 imm: -40
	284: MovImm dst: r2 imm: 16
	285: Call FnProbeReadUser
	286: StMemDW dst: rfp src: r0 off: -48 imm: 0
	287: LoadMapPtr dst: r1 fd: 0 <AT_y>
	289: MovReg dst: r2 src: rfp
	290: AddImm dst: r2 imm: -48
	291: MovReg dst: r3 src: rfp
	292: AddImm dst: r3 imm: -40
	293: MovImm dst: r4 imm: 0
	294: Call FnMapUpdateElem
	295: StMemDW dst: rfp src: r0 off: -32 imm: 1
	296: StMemDW dst: rfp src: r0 off: -48 imm: 0
	297: StMemDW dst: rfp src: r0 off: -40 imm: 0
	298: MovReg dst: r3 src: r9
	299: MovReg dst: r1 src: rfp
	300: AddImm dst: r1 imm: -48
	301: MovImm dst: r2 imm: 16
	302: Call FnProbeReadUser
	303: LoadMapPtr dst: r1 fd: 0 <AT_yk>
	305: MovReg dst: r2 src: rfp
	306: AddImm dst: r2 imm: -48
	307: MovReg dst: r3 src: rfp
	308: AddImm dst: r3 imm: -32
	309: MovImm dst: r4 imm: 0
	310: Call FnMapUpdateElem
	311: StMemDW dst: rfp src: r0 off: -48 imm: 0
	312: StMemDW dst: rfp src: r0 off: -40 imm: 0
	313: MovReg dst: r3 src: r6
	314: MovReg dst: r1 src: rfp
	315: AddImm dst: r1 imm: -48
	316: MovImm dst: r2 imm: 16
	317: Call FnProbeReadUser
	318: StMemW dst: rfp src: r0 off: -32 imm: 0
	319: MovReg dst: r3 src: r8
	320: MovReg dst: r1 src: rfp
	321: AddImm dst: r1 imm: -32
	322: MovImm dst: r2 imm: 4
	323: Call FnProbeReadUser
	324: StMemDW dst: rfp src: r0 off: -56 imm: 0
	325: LoadMapPtr dst: r1 fd: 0 <AT_t>
	327: MovReg dst: r2 src: rfp
	328: AddImm dst: r2 imm: -56
	329: MovReg dst: r3 src: rfp
	330: AddImm dst: r3 imm: -48
	331: MovImm dst: r4 imm: 0
	332: Call FnMapUpdateElem
	333: StMemB dst: rfp src: r0 off: -24 imm: 1
	334: StMemW dst: rfp src: r0 off: -20 imm: 0
	335: StMemDW dst: rfp src: r0 off: -16 imm: 0
	336: StMemW dst: rfp src: r0 off: -8 imm: 0
	337: MovReg dst: r3 src: r9
	338: MovReg dst: r1 src: rfp
	339: AddImm dst: r1 imm: -20
	340: MovImm dst: r2 imm: 16
	341: Call FnProbeReadUser
	342: StMemDW dst: rfp src: r0 off: -40 imm: 6
	343: StMemDW dst: rfp src: r0 off: -32 imm: 20
	344: LoadMapPtr dst: r1 fd: 0 <AT__events>
	346: MovReg dst: r2 src: rfp
	347: AddImm dst: r2 imm: -40
	348: MovImm dst: r3 imm: 16
	349: MovImm dst: r4 imm: 0
	350: Call FnRingbufOutput
	351: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	352: StXMemDW dst: rfp src: r0 off: -48 imm: 0
	353: LdXMemDW dst: r0 src: rfp off: -16 imm: 0
	354: StXMemDW dst: rfp src: r0 off: -40 imm: 0
	355: LdXMemW dst: r0 src: rfp off: -8 imm: 0
	356: StXMemW dst: rfp src: r0 off: -32 imm: 0
	357: StMemDW dst: rfp src: r0 off: -8 imm: 0
	358: LoadMapPtr dst: r1 fd: 0 <AT_t2>
	360: MovReg dst: r2 src: rfp
	361: AddImm dst: r2 imm: -8
	362: MovReg dst: r3 src: rfp
	363: AddImm dst: r3 imm: -48
	364: MovImm dst: r4 imm: 0
	365: Call FnMapUpdateElem
	366: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	367: LoadMapPtr dst: r1 fd: 0 <AT__events>
	369: MovReg dst: r2 src: rfp
	370: AddImm dst: r2 imm: -8
	371: MovImm dst: r3 imm: 8
	372: MovImm dst: r4 imm: 0
	373: Call FnRingbufOutput
	374: StMemW dst: rfp src: r0 off: -8 imm: 0
	375: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	377: MovReg dst: r2 src: rfp
	378: AddImm dst: r2 imm: -8
	379: Call FnMapLookupElem
	380: MovReg dst: r1 src: r0
	381: JEqImm dst: r1 off: 1 imm: 0
	382: StMemDW dst: r1 src: r0 off: 0 imm: 1
	383: MovImm dst: r0 imm: 0
	384: Exit

