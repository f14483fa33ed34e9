tp_sys_enter_write:
	  0: MovReg dst: r6 src: r1
	  1: StMemB dst: rfp src: r0 off: -23 imm: 0
	  2: StMemH dst: rfp src: r0 off: -22 imm: 0
	  3: Call FnGetCurrentPidTgid
	  4: RShImm dst: r0 imm: 32
	  5: JNEImm dst: r0 off: 367 imm: 4242
	  6: LdXMemDW dst: r7 src: r6 off: 24 imm: 0
	  7: StMemDW dst: rfp src: r0 off: -56 imm: 0
	  8: MovReg dst: r3 src: r7
	  9: MovReg dst: r1 src: rfp
	 10: AddImm dst: r1 imm: -64
	 11: MovImm dst: r2 imm: 4
	 12: Call FnProbeReadUser
	 13: LdXMemW dst: r1 src: rfp off: -64 imm: 0
	 14: LShImm dst: r1 imm: 32
	 15: ArShImm dst: r1 imm: 32
	 16: StXMemDW dst: rfp src: r1 off: -48 imm: 0
	 17: MovReg dst: r3 src: r7
	 18: AddImm dst: r3 imm: 12
	 19: MovReg dst: r1 src: rfp
	 20: AddImm dst: r1 imm: -64
	 21: MovImm dst: r2 imm: 4
	 22: Call FnProbeReadUser
	 23: LdXMemW dst: r1 src: rfp off: -64 imm: 0
	 24: LShImm dst: r1 imm: 32
	 25: ArShImm dst: r1 imm: 32
	 26: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 27: LdXMemDW dst: r1 src: r6 off: 24 imm: 0
	 28: MovReg dst: r3 src: r1
	 29: AddImm dst: r3 imm: 8
	 30: MovReg dst: r1 src: rfp
	 31: AddImm dst: r1 imm: -64
	 32: MovImm dst: r2 imm: 8
	 33: Call FnProbeReadUser
	 34: LdXMemDW dst: r1 src: rfp off: -64 imm: 0
	 35: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	 36: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 38: MovReg dst: r2 src: rfp
	 39: AddImm dst: r2 imm: -56
	 40: MovImm dst: r3 imm: 32
	 41: MovImm dst: r4 imm: 0
	 42: Call FnRingbufOutput
	 43: StMemDW dst: rfp src: r0 off: -56 imm: 1
	 44: LdXMemDW dst: r1 src: r6 off: 24 imm: 0
	 45: MovReg dst: r3 src: r1
	 46: AddImm dst: r3 imm: 4
	 47: MovReg dst: r1 src: rfp
	 48: AddImm dst: r1 imm: -64
	 49: MovImm dst: r2 imm: 2
	 50: Call FnProbeReadUser
	 51: LdXMemH dst: r1 src: rfp off: -64 imm: 0
	 52: StXMemDW dst: rfp src: r1 off: -48 imm: 0
	 53: MovReg dst: r3 src: r7
	 54: AddImm dst: r3 imm: 8
	 55: MovReg dst: r1 src: rfp
	 56: AddImm dst: r1 imm: -64
	 57: MovImm dst: r2 imm: 4
	 58: Call FnProbeReadUser
	 59: LdXMemW dst: r1 src: rfp off: -64 imm: 0
	 60: LShImm dst: r1 imm: 32
	 61: ArShImm dst: r1 imm: 32
	 62: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 63: LdXMemDW dst: r1 src: r6 off: 24 imm: 0
	 64: MovReg dst: r3 src: r1
	 65: AddImm dst: r3 imm: 48
	 66: MovReg dst: r1 src: rfp
	 67: AddImm dst: r1 imm: -64
	 68: MovImm dst: r2 imm: 1
	 69: Call FnProbeReadUser
	 70: LdXMemB dst: r1 src: rfp off: -64 imm: 0
	 71: LShImm dst: r1 imm: 56
	 72: ArShImm dst: r1 imm: 56
	 73: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	 74: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 76: MovReg dst: r2 src: rfp
	 77: AddImm dst: r2 imm: -56
	 78: MovImm dst: r3 imm: 32
	 79: MovImm dst: r4 imm: 0
	 80: Call FnRingbufOutput
	 81: LdXMemDW dst: r6 src: r6 off: 24 imm: 0
	 82: StMemDW dst: rfp src: r0 off: -64 imm: 2
	 83: MovReg dst: r7 src: r6
	 84: AddImm dst: r7 imm: 24
	 85: MovReg dst: r3 src: r7
	 86: MovReg dst: r1 src: rfp
	 87: AddImm dst: r1 imm: -72
	 88: MovImm dst: r2 imm: 4
	 89: Call FnProbeReadUser
	 90: LdXMemW dst: r1 src: rfp off: -72 imm: 0
	 91: LShImm dst: r1 imm: 32
	 92: ArShImm dst: r1 imm: 32
	 93: StXMemDW dst: rfp src: r1 off: -56 imm: 0
	 94: MovReg dst: r3 src: r6
	 95: AddImm dst: r3 imm: 20
	 96: MovReg dst: r1 src: rfp
	 97: AddImm dst: r1 imm: -72
	 98: MovImm dst: r2 imm: 4
	 99: Call FnProbeReadUser
	100: LdXMemW dst: r1 src: rfp off: -72 imm: 0
	101: LShImm dst: r1 imm: 32
	102: ArShImm dst: r1 imm: 32
	103: StXMemDW dst: rfp src: r1 off: -48 imm: 0
	104: MovReg dst: r3 src: r6
	105: AddImm dst: r3 imm: 12
	106: MovReg dst: r1 src: rfp
	107: AddImm dst: r1 imm: -72
	108: MovImm dst: r2 imm: 4
	109: Call FnProbeReadUser
	110: LdXMemW dst: r1 src: rfp off: -72 imm: 0
	111: LShImm dst: r1 imm: 32
	112: ArShImm dst: r1 imm: 32
	113: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	114: StMemW dst: rfp src: r0 off: -32 imm: 0
	115: MovReg dst: r8 src: r6
	116: AddImm dst: r8 imm: 48
	117: MovReg dst: r3 src: r8
	118: MovReg dst: r1 src: rfp
	119: AddImm dst: r1 imm: -32
	120: MovImm dst: r2 imm: 4
	121: Call FnProbeReadUser
	122: StMemW dst: rfp src: r0 off: -28 imm: 0
	123: LoadMapPtr dst: r1 fd: 0 <AT__events>
	125: MovReg dst: r2 src: rfp
	126: AddImm dst: r2 imm: -64
	127: MovImm dst: r3 imm: 40
	128: MovImm dst: r4 imm: 0
	129: Call FnRingbufOutput
	130: StMemDW dst: rfp src: r0 off: -48 imm: 3
	131: MovReg dst: r3 src: r6
	132: AddImm dst: r3 imm: 8
	133: MovReg dst: r1 src: rfp
	134: AddImm dst: r1 imm: -56
	135: MovImm dst: r2 imm: 4
	136: Call FnProbeReadUser
	137: LdXMemW dst: r1 src: rfp off: -56 imm: 0
	138: LShImm dst: r1 imm: 32
	139: ArShImm dst: r1 imm: 32
	140: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	141: StMemDW dst: rfp src: r0 off: -64 imm: 0
	142: StMemDW dst: rfp src: r0 off: -56 imm: 0
	143: MovReg dst: r3 src: r6
	144: MovReg dst: r1 src: rfp
	145: AddImm dst: r1 imm: -64
	146: MovImm dst: r2 imm: 16
	147: Call FnProbeReadUser
	148: StMemDW dst: rfp src: r0 off: -80 imm: 0
	149: StMemDW dst: rfp src: r0 off: -72 imm: 0
	150: MovReg dst: r9 src: r6
	151: AddImm dst: r9 imm: 32
	152: MovReg dst: r3 src: r9
	153: MovReg dst: r1 src: rfp
	154: AddImm dst: r1 imm: -80
	155: MovImm dst: r2 imm: 16
	156: Call FnProbeReadUser
	157: LdXMemDW dst: r1 src: rfp off: -64 imm: 0
	158: LdXMemDW dst: r2 src: rfp off: -80 imm: 0
	159: JEqReg dst: r1 off: 2 src: r2
	160: MovImm dst: r1 imm: 0
	161: Ja off: 6
	162: LdXMemDW dst: r1 src: rfp off: -56 imm: 0
	163: LdXMemDW dst: r2 src: rfp off: -72 imm: 0
	164: JEqReg dst: r1 off: 2 src: r2
	165: MovImm dst: r1 imm: 0
	166: Ja off: 1
	167: MovImm dst: r1 imm: 1
	168: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	169: LoadMapPtr dst: r1 fd: 0 <AT__events>
	171: MovReg dst: r2 src: rfp
	172: AddImm dst: r2 imm: -48
	173: MovImm dst: r3 imm: 24
	174: MovImm dst: r4 imm: 0
	175: Call FnRingbufOutput
	176: StMemDW dst: rfp src: r0 off: -48 imm: 4
	177: StMemDW dst: rfp src: r0 off: -64 imm: 0
	178: StMemDW dst: rfp src: r0 off: -56 imm: 0
	179: MovReg dst: r3 src: r6
	180: MovReg dst: r1 src: rfp
	181: AddImm dst: r1 imm: -64
	182: MovImm dst: r2 imm: 16
	183: Call FnProbeReadUser
	184: StMemDW dst: rfp src: r0 off: -80 imm: 0
	185: StMemDW dst: rfp src: r0 off: -72 imm: 0
	186: MovReg dst: r3 src: r9
	187: MovReg dst: r1 src: rfp
	188: AddImm dst: r1 imm: -80
	189: MovImm dst: r2 imm: 16
	190: Call FnProbeReadUser
	191: LdXMemDW dst: r1 src: rfp off: -64 imm: 0
	192: LdXMemDW dst: r2 src: rfp off: -80 imm: 0
	193: JEqReg dst: r1 off: 2 src: r2
	194: MovImm dst: r1 imm: 0
	195: Ja off: 6
	196: LdXMemDW dst: r1 src: rfp off: -56 imm: 0
	197: LdXMemDW dst: r2 src: rfp off: -72 imm: 0
	198: JEqReg dst: r1 off: 2 src: r2
	199: MovImm dst: r1 imm: 0
	200: Ja off: 1
	201: MovImm dst: r1 imm: 1
	202: XorImm dst: r1 imm: 1
	203: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	204: StMemDW dst: rfp src: r0 off: -56 imm: 0
	205: MovReg dst: r9 src: r6
	206: AddImm dst: r9 imm: 16
	207: MovReg dst: r3 src: r9
	208: MovReg dst: r1 src: rfp
	209: AddImm dst: r1 imm: -56
	210: MovImm dst: r2 imm: 8
	211: Call FnProbeReadUser
	212: StMemDW dst: rfp src: r0 off: -64 imm: 0
	213: MovReg dst: r3 src: r7
	214: MovReg dst: r1 src: rfp
	215: AddImm dst: r1 imm: -64
	216: MovImm dst: r2 imm: 8
	217: Call FnProbeReadUser
	218: LdXMemDW dst: r1 src: rfp off: -56 imm: 0
	219: LdXMemDW dst: r2 src: rfp off: -64 imm: 0
	220: JEqReg dst: r1 off: 2 src: r2
	221: MovImm dst: r1 imm: 0
	222: Ja off: 1
	223: MovImm dst: r1 imm: 1
	224: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	225: LoadMapPtr dst: r1 fd: 0 <AT__events>
	227: MovReg dst: r2 src: rfp
	228: AddImm dst: r2 imm: -48
	229: MovImm dst: r3 imm: 24
	230: MovImm dst: r4 imm: 0
	231: Call FnRingbufOutput
	232: StMemDW dst: rfp src: r0 off: -40 imm: 0
	233: StMemDW dst: rfp src: r0 off: -32 imm: 0
	234: MovReg dst: r3 src: r6
	235: MovReg dst: r1 src: rfp
	236: AddImm dst: r1 imm: -40
	237: MovImm dst: r2 imm: 16
	238: Call FnProbeReadUser
	239: StMemDW dst: rfp src: r0 off: -48 imm: 0
	240: LoadMapPtr dst: r1 fd: 0 <AT_a>
	242: MovReg dst: r2 src: rfp
	243: AddImm dst: r2 imm: -48
	244: MovReg dst: r3 src: rfp
	245: AddImm dst: r3 imm: -40
	246: MovImm dst: r4 imm: 0
	247: Call FnMapUpdateElem
	248: StMemDW dst: rfp src: r0 off: -40 imm: 5
	249: LoadMapPtr dst: r1 fd: 0 <AT_a>
	251: MovReg dst: r2 src: rfp
	252: AddImm dst: r2 imm: -48
	253: Call FnMapLookupElem
	254: MovReg dst: r1 src: r0
	255: JEqImm dst: r1 off: 5 imm: 0
	256: LdXMemDW dst: r0 src: r1 off: 0 imm: 0
	257: StXMemDW dst: rfp src: r0 off: -56 imm: 0
	258: LdXMemDW dst: r0 src: r1 off: 8 imm: 0
	259: StXMemDW dst: rfp src: r0 off: -48 imm: 0
	260: Ja off: 1
	261: StMemW dst: rfp src: r0 off: -52 imm: 0
	262: LdXMemW dst: r1 src: rfp off: -52 imm: 0
	263: LShImm dst: r1 imm: 32
	264: ArShImm dst: r1 imm: 32
	265: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	266: LoadMapPtr dst: r1 fd: 0 <AT__events>
	268: MovReg dst: r2 src: rfp
	269: AddImm dst: r2 imm: -40
	270: MovImm dst: r3 imm: 16
	271: MovImm dst: r4 imm: 0
	272: Call FnRingbufOutput
	273: StMemDW dst: rfp src: r0 off: -40 imm: 0
	274: StMemDW dst: rfp src: r0 off: -32 imm: 0
	275: MovReg dst: r3 src: r9
	276: MovReg dst: r1 src: rfp
	277: AddImm dst: r1 imm: -40
	278: MovImm dst: r2 imm: 16
	279: Call FnProbeReadUser
	280: MovReg dst: r7 src: rfp
	281: AddImm dst: r7 imm: -48
	282: StMemDW dst: rfp src: r0 off: -48 imm: 0
	283: MovReg dst: r2 src: r7
	284: LoadMapPtr dst: r1 fd: 0 <AT_y>
	286: MovReg dst: r3 src: rfp
	287: AddImm dst: r3 imm: -40
	288: MovImm dst: r4 imm: 0
	289: Call FnMapUpdateElem
	290: StMemDW dst: rfp src: r0 off: -32 imm: 1
	291: StMemDW dst: rfp src: r0 off: -64 imm: 0
	292: StMemDW dst: rfp src: r0 off: -56 imm: 0
	293: MovReg dst: r3 src: r9
	294: MovReg dst: r1 src: rfp
	295: AddImm dst: r1 imm: -64
	296: MovImm dst: r2 imm: 16
	297: Call FnProbeReadUser
	298: LoadMapPtr dst: r1 fd: 0 <AT_yk>
	300: MovReg dst: r2 src: rfp
	301: AddImm dst: r2 imm: -64
	302: MovReg dst: r3 src: rfp
	303: AddImm dst: r3 imm: -32
	304: MovImm dst: r4 imm: 0
	305: Call FnMapUpdateElem
	306: StMemDW dst: rfp src: r0 off: -72 imm: 0
	307: StMemDW dst: rfp src: r0 off: -64 imm: 0
	308: MovReg dst: r3 src: r6
	309: MovReg dst: r1 src: rfp
	310: AddImm dst: r1 imm: -72
	311: MovImm dst: r2 imm: 16
	312: Call FnProbeReadUser
	313: StMemW dst: rfp src: r0 off: -56 imm: 0
	314: MovReg dst: r3 src: r8
	315: MovReg dst: r1 src: rfp
	316: AddImm dst: r1 imm: -56
	317: MovImm dst: r2 imm: 4
	318: Call FnProbeReadUser
	319: MovReg dst: r2 src: r7
	320: LoadMapPtr dst: r1 fd: 0 <AT_t>
	322: MovReg dst: r3 src: rfp
	323: AddImm dst: r3 imm: -72
	324: MovImm dst: r4 imm: 0
	325: Call FnMapUpdateElem
	326: StMemB dst: rfp src: r0 off: -24 imm: 1
	327: StMemW dst: rfp src: r0 off: -20 imm: 0
	328: StMemDW dst: rfp src: r0 off: -16 imm: 0
	329: StMemW dst: rfp src: r0 off: -8 imm: 0
	330: MovReg dst: r3 src: r9
	331: MovReg dst: r1 src: rfp
	332: AddImm dst: r1 imm: -20
	333: MovImm dst: r2 imm: 16
	334: Call FnProbeReadUser
	335: StMemDW dst: rfp src: r0 off: -40 imm: 6
	336: StMemDW dst: rfp src: r0 off: -32 imm: 20
	337: LoadMapPtr dst: r1 fd: 0 <AT__events>
	339: MovReg dst: r2 src: rfp
	340: AddImm dst: r2 imm: -40
	341: MovImm dst: r3 imm: 16
	342: MovImm dst: r4 imm: 0
	343: Call FnRingbufOutput
	344: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	345: StXMemDW dst: rfp src: r0 off: -72 imm: 0
	346: LdXMemDW dst: r0 src: rfp off: -16 imm: 0
	347: StXMemDW dst: rfp src: r0 off: -64 imm: 0
	348: LdXMemW dst: r0 src: rfp off: -8 imm: 0
	349: StXMemW dst: rfp src: r0 off: -56 imm: 0
	350: MovReg dst: r2 src: r7
	351: LoadMapPtr dst: r1 fd: 0 <AT_t2>
	353: MovReg dst: r3 src: rfp
	354: AddImm dst: r3 imm: -72
	355: MovImm dst: r4 imm: 0
	356: Call FnMapUpdateElem
	357: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	358: LoadMapPtr dst: r1 fd: 0 <AT__events>
	360: MovReg dst: r2 src: rfp
	361: AddImm dst: r2 imm: -8
	362: MovImm dst: r3 imm: 8
	363: MovImm dst: r4 imm: 0
	364: Call FnRingbufOutput
	365: StMemW dst: rfp src: r0 off: -8 imm: 0
	366: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	368: MovReg dst: r2 src: rfp
	369: AddImm dst: r2 imm: -8
	370: Call FnMapLookupElem
	371: JEqImm dst: r0 off: 1 imm: 0
	372: StMemDW dst: r0 src: r0 off: 0 imm: 1
	373: MovImm dst: r0 imm: 0
	374: Exit

