tp_sys_enter_write:
	  0: MovReg dst: r6 src: r1
	  1: StMemB dst: rfp src: r0 off: -23 imm: 0
	  2: StMemH dst: rfp src: r0 off: -22 imm: 0
	  3: Call FnGetCurrentPidTgid
	  4: RShImm dst: r0 imm: 32
	  5: JNEImm dst: r0 off: 364 imm: 4242
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
	 27: LdXMemDW dst: r3 src: r6 off: 24 imm: 0
	 28: AddImm dst: r3 imm: 8
	 29: MovReg dst: r1 src: rfp
	 30: AddImm dst: r1 imm: -64
	 31: MovImm dst: r2 imm: 8
	 32: Call FnProbeReadUser
	 33: LdXMemDW dst: r1 src: rfp off: -64 imm: 0
	 34: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	 35: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 37: MovReg dst: r2 src: rfp
	 38: AddImm dst: r2 imm: -56
	 39: MovImm dst: r3 imm: 32
	 40: MovImm dst: r4 imm: 0
	 41: Call FnRingbufOutput
	 42: StMemDW dst: rfp src: r0 off: -56 imm: 1
	 43: LdXMemDW dst: r3 src: r6 off: 24 imm: 0
	 44: AddImm dst: r3 imm: 4
	 45: MovReg dst: r1 src: rfp
	 46: AddImm dst: r1 imm: -64
	 47: MovImm dst: r2 imm: 2
	 48: Call FnProbeReadUser
	 49: LdXMemH dst: r1 src: rfp off: -64 imm: 0
	 50: StXMemDW dst: rfp src: r1 off: -48 imm: 0
	 51: AddImm dst: r7 imm: 8
	 52: MovReg dst: r3 src: r7
	 53: MovReg dst: r1 src: rfp
	 54: AddImm dst: r1 imm: -64
	 55: MovImm dst: r2 imm: 4
	 56: Call FnProbeReadUser
	 57: LdXMemW dst: r1 src: rfp off: -64 imm: 0
	 58: LShImm dst: r1 imm: 32
	 59: ArShImm dst: r1 imm: 32
	 60: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	 61: LdXMemDW dst: r3 src: r6 off: 24 imm: 0
	 62: AddImm dst: r3 imm: 48
	 63: MovReg dst: r1 src: rfp
	 64: AddImm dst: r1 imm: -64
	 65: MovImm dst: r2 imm: 1
	 66: Call FnProbeReadUser
	 67: LdXMemB dst: r1 src: rfp off: -64 imm: 0
	 68: LShImm dst: r1 imm: 56
	 69: ArShImm dst: r1 imm: 56
	 70: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	 71: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 73: MovReg dst: r2 src: rfp
	 74: AddImm dst: r2 imm: -56
	 75: MovImm dst: r3 imm: 32
	 76: MovImm dst: r4 imm: 0
	 77: Call FnRingbufOutput
	 78: LdXMemDW dst: r6 src: r6 off: 24 imm: 0
	 79: StMemDW dst: rfp src: r0 off: -64 imm: 2
	 80: MovReg dst: r7 src: r6
	 81: AddImm dst: r7 imm: 24
	 82: MovReg dst: r3 src: r7
	 83: MovReg dst: r1 src: rfp
	 84: AddImm dst: r1 imm: -72
	 85: MovImm dst: r2 imm: 4
	 86: Call FnProbeReadUser
	 87: LdXMemW dst: r1 src: rfp off: -72 imm: 0
	 88: LShImm dst: r1 imm: 32
	 89: ArShImm dst: r1 imm: 32
	 90: StXMemDW dst: rfp src: r1 off: -56 imm: 0
	 91: MovReg dst: r3 src: r6
	 92: AddImm dst: r3 imm: 20
	 93: MovReg dst: r1 src: rfp
	 94: AddImm dst: r1 imm: -72
	 95: MovImm dst: r2 imm: 4
	 96: Call FnProbeReadUser
	 97: LdXMemW dst: r1 src: rfp off: -72 imm: 0
	 98: LShImm dst: r1 imm: 32
	 99: ArShImm dst: r1 imm: 32
	100: StXMemDW dst: rfp src: r1 off: -48 imm: 0
	101: MovReg dst: r3 src: r6
	102: AddImm dst: r3 imm: 12
	103: MovReg dst: r1 src: rfp
	104: AddImm dst: r1 imm: -72
	105: MovImm dst: r2 imm: 4
	106: Call FnProbeReadUser
	107: LdXMemW dst: r1 src: rfp off: -72 imm: 0
	108: LShImm dst: r1 imm: 32
	109: ArShImm dst: r1 imm: 32
	110: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	111: StMemW dst: rfp src: r0 off: -32 imm: 0
	112: MovReg dst: r8 src: r6
	113: AddImm dst: r8 imm: 48
	114: MovReg dst: r3 src: r8
	115: MovReg dst: r1 src: rfp
	116: AddImm dst: r1 imm: -32
	117: MovImm dst: r2 imm: 4
	118: Call FnProbeReadUser
	119: StMemW dst: rfp src: r0 off: -28 imm: 0
	120: LoadMapPtr dst: r1 fd: 0 <AT__events>
	122: MovReg dst: r2 src: rfp
	123: AddImm dst: r2 imm: -64
	124: MovImm dst: r3 imm: 40
	125: MovImm dst: r4 imm: 0
	126: Call FnRingbufOutput
	127: StMemDW dst: rfp src: r0 off: -48 imm: 3
	128: MovReg dst: r3 src: r6
	129: AddImm dst: r3 imm: 8
	130: MovReg dst: r1 src: rfp
	131: AddImm dst: r1 imm: -56
	132: MovImm dst: r2 imm: 4
	133: Call FnProbeReadUser
	134: LdXMemW dst: r1 src: rfp off: -56 imm: 0
	135: LShImm dst: r1 imm: 32
	136: ArShImm dst: r1 imm: 32
	137: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	138: StMemDW dst: rfp src: r0 off: -64 imm: 0
	139: StMemDW dst: rfp src: r0 off: -56 imm: 0
	140: MovReg dst: r3 src: r6
	141: MovReg dst: r1 src: rfp
	142: AddImm dst: r1 imm: -64
	143: MovImm dst: r2 imm: 16
	144: Call FnProbeReadUser
	145: StMemDW dst: rfp src: r0 off: -80 imm: 0
	146: StMemDW dst: rfp src: r0 off: -72 imm: 0
	147: MovReg dst: r9 src: r6
	148: AddImm dst: r9 imm: 32
	149: MovReg dst: r3 src: r9
	150: MovReg dst: r1 src: rfp
	151: AddImm dst: r1 imm: -80
	152: MovImm dst: r2 imm: 16
	153: Call FnProbeReadUser
	154: LdXMemDW dst: r1 src: rfp off: -64 imm: 0
	155: LdXMemDW dst: r2 src: rfp off: -80 imm: 0
	156: JEqReg dst: r1 off: 2 src: r2
	157: MovImm dst: r1 imm: 0
	158: Ja off: 6
	159: LdXMemDW dst: r1 src: rfp off: -56 imm: 0
	160: LdXMemDW dst: r2 src: rfp off: -72 imm: 0
	161: JEqReg dst: r1 off: 2 src: r2
	162: MovImm dst: r1 imm: 0
	163: Ja off: 1
	164: MovImm dst: r1 imm: 1
	165: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	166: LoadMapPtr dst: r1 fd: 0 <AT__events>
	168: MovReg dst: r2 src: rfp
	169: AddImm dst: r2 imm: -48
	170: MovImm dst: r3 imm: 24
	171: MovImm dst: r4 imm: 0
	172: Call FnRingbufOutput
	173: StMemDW dst: rfp src: r0 off: -48 imm: 4
	174: StMemDW dst: rfp src: r0 off: -64 imm: 0
	175: StMemDW dst: rfp src: r0 off: -56 imm: 0
	176: MovReg dst: r3 src: r6
	177: MovReg dst: r1 src: rfp
	178: AddImm dst: r1 imm: -64
	179: MovImm dst: r2 imm: 16
	180: Call FnProbeReadUser
	181: StMemDW dst: rfp src: r0 off: -80 imm: 0
	182: StMemDW dst: rfp src: r0 off: -72 imm: 0
	183: MovReg dst: r3 src: r9
	184: MovReg dst: r1 src: rfp
	185: AddImm dst: r1 imm: -80
	186: MovImm dst: r2 imm: 16
	187: Call FnProbeReadUser
	188: LdXMemDW dst: r1 src: rfp off: -64 imm: 0
	189: LdXMemDW dst: r2 src: rfp off: -80 imm: 0
	190: JEqReg dst: r1 off: 2 src: r2
	191: MovImm dst: r1 imm: 0
	192: Ja off: 6
	193: LdXMemDW dst: r1 src: rfp off: -56 imm: 0
	194: LdXMemDW dst: r2 src: rfp off: -72 imm: 0
	195: JEqReg dst: r1 off: 2 src: r2
	196: MovImm dst: r1 imm: 0
	197: Ja off: 1
	198: MovImm dst: r1 imm: 1
	199: XorImm dst: r1 imm: 1
	200: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	201: StMemDW dst: rfp src: r0 off: -56 imm: 0
	202: MovReg dst: r9 src: r6
	203: AddImm dst: r9 imm: 16
	204: MovReg dst: r3 src: r9
	205: MovReg dst: r1 src: rfp
	206: AddImm dst: r1 imm: -56
	207: MovImm dst: r2 imm: 8
	208: Call FnProbeReadUser
	209: StMemDW dst: rfp src: r0 off: -64 imm: 0
	210: MovReg dst: r3 src: r7
	211: MovReg dst: r1 src: rfp
	212: AddImm dst: r1 imm: -64
	213: MovImm dst: r2 imm: 8
	214: Call FnProbeReadUser
	215: LdXMemDW dst: r1 src: rfp off: -56 imm: 0
	216: LdXMemDW dst: r2 src: rfp off: -64 imm: 0
	217: JEqReg dst: r1 off: 2 src: r2
	218: MovImm dst: r1 imm: 0
	219: Ja off: 1
	220: MovImm dst: r1 imm: 1
	221: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	222: LoadMapPtr dst: r1 fd: 0 <AT__events>
	224: MovReg dst: r2 src: rfp
	225: AddImm dst: r2 imm: -48
	226: MovImm dst: r3 imm: 24
	227: MovImm dst: r4 imm: 0
	228: Call FnRingbufOutput
	229: StMemDW dst: rfp src: r0 off: -40 imm: 0
	230: StMemDW dst: rfp src: r0 off: -32 imm: 0
	231: MovReg dst: r3 src: r6
	232: MovReg dst: r1 src: rfp
	233: AddImm dst: r1 imm: -40
	234: MovImm dst: r2 imm: 16
	235: Call FnProbeReadUser
	236: StMemDW dst: rfp src: r0 off: -48 imm: 0
	237: LoadMapPtr dst: r1 fd: 0 <AT_a>
	239: MovReg dst: r2 src: rfp
	240: AddImm dst: r2 imm: -48
	241: MovReg dst: r3 src: rfp
	242: AddImm dst: r3 imm: -40
	243: MovImm dst: r4 imm: 0
	244: Call FnMapUpdateElem
	245: StMemDW dst: rfp src: r0 off: -40 imm: 5
	246: LoadMapPtr dst: r1 fd: 0 <AT_a>
	248: MovReg dst: r2 src: rfp
	249: AddImm dst: r2 imm: -48
	250: Call FnMapLookupElem
	251: MovReg dst: r1 src: r0
	252: JEqImm dst: r1 off: 5 imm: 0
	253: LdXMemDW dst: r0 src: r1 off: 0 imm: 0
	254: StXMemDW dst: rfp src: r0 off: -56 imm: 0
	255: LdXMemDW dst: r0 src: r1 off: 8 imm: 0
	256: StXMemDW dst: rfp src: r0 off: -48 imm: 0
	257: Ja off: 1
	258: StMemW dst: rfp src: r0 off: -52 imm: 0
	259: LdXMemW dst: r1 src: rfp off: -52 imm: 0
	260: LShImm dst: r1 imm: 32
	261: ArShImm dst: r1 imm: 32
	262: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	263: LoadMapPtr dst: r1 fd: 0 <AT__events>
	265: MovReg dst: r2 src: rfp
	266: AddImm dst: r2 imm: -40
	267: MovImm dst: r3 imm: 16
	268: MovImm dst: r4 imm: 0
	269: Call FnRingbufOutput
	270: StMemDW dst: rfp src: r0 off: -40 imm: 0
	271: StMemDW dst: rfp src: r0 off: -32 imm: 0
	272: MovReg dst: r3 src: r9
	273: MovReg dst: r1 src: rfp
	274: AddImm dst: r1 imm: -40
	275: MovImm dst: r2 imm: 16
	276: Call FnProbeReadUser
	277: MovReg dst: r7 src: rfp
	278: AddImm dst: r7 imm: -48
	279: StMemDW dst: rfp src: r0 off: -48 imm: 0
	280: MovReg dst: r2 src: r7
	281: LoadMapPtr dst: r1 fd: 0 <AT_y>
	283: MovReg dst: r3 src: rfp
	284: AddImm dst: r3 imm: -40
	285: MovImm dst: r4 imm: 0
	286: Call FnMapUpdateElem
	287: StMemDW dst: rfp src: r0 off: -32 imm: 1
	288: StMemDW dst: rfp src: r0 off: -64 imm: 0
	289: StMemDW dst: rfp src: r0 off: -56 imm: 0
	290: MovReg dst: r3 src: r9
	291: MovReg dst: r1 src: rfp
	292: AddImm dst: r1 imm: -64
	293: MovImm dst: r2 imm: 16
	294: Call FnProbeReadUser
	295: LoadMapPtr dst: r1 fd: 0 <AT_yk>
	297: MovReg dst: r2 src: rfp
	298: AddImm dst: r2 imm: -64
	299: MovReg dst: r3 src: rfp
	300: AddImm dst: r3 imm: -32
	301: MovImm dst: r4 imm: 0
	302: Call FnMapUpdateElem
	303: StMemDW dst: rfp src: r0 off: -72 imm: 0
	304: StMemDW dst: rfp src: r0 off: -64 imm: 0
	305: MovReg dst: r3 src: r6
	306: MovReg dst: r1 src: rfp
	307: AddImm dst: r1 imm: -72
	308: MovImm dst: r2 imm: 16
	309: Call FnProbeReadUser
	310: StMemW dst: rfp src: r0 off: -56 imm: 0
	311: MovReg dst: r3 src: r8
	312: MovReg dst: r1 src: rfp
	313: AddImm dst: r1 imm: -56
	314: MovImm dst: r2 imm: 4
	315: Call FnProbeReadUser
	316: MovReg dst: r2 src: r7
	317: LoadMapPtr dst: r1 fd: 0 <AT_t>
	319: MovReg dst: r3 src: rfp
	320: AddImm dst: r3 imm: -72
	321: MovImm dst: r4 imm: 0
	322: Call FnMapUpdateElem
	323: StMemB dst: rfp src: r0 off: -24 imm: 1
	324: StMemW dst: rfp src: r0 off: -20 imm: 0
	325: StMemDW dst: rfp src: r0 off: -16 imm: 0
	326: StMemW dst: rfp src: r0 off: -8 imm: 0
	327: MovReg dst: r3 src: r9
	328: MovReg dst: r1 src: rfp
	329: AddImm dst: r1 imm: -20
	330: MovImm dst: r2 imm: 16
	331: Call FnProbeReadUser
	332: StMemDW dst: rfp src: r0 off: -40 imm: 6
	333: StMemDW dst: rfp src: r0 off: -32 imm: 20
	334: LoadMapPtr dst: r1 fd: 0 <AT__events>
	336: MovReg dst: r2 src: rfp
	337: AddImm dst: r2 imm: -40
	338: MovImm dst: r3 imm: 16
	339: MovImm dst: r4 imm: 0
	340: Call FnRingbufOutput
	341: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	342: StXMemDW dst: rfp src: r0 off: -72 imm: 0
	343: LdXMemDW dst: r0 src: rfp off: -16 imm: 0
	344: StXMemDW dst: rfp src: r0 off: -64 imm: 0
	345: LdXMemW dst: r0 src: rfp off: -8 imm: 0
	346: StXMemW dst: rfp src: r0 off: -56 imm: 0
	347: MovReg dst: r2 src: r7
	348: LoadMapPtr dst: r1 fd: 0 <AT_t2>
	350: MovReg dst: r3 src: rfp
	351: AddImm dst: r3 imm: -72
	352: MovImm dst: r4 imm: 0
	353: Call FnMapUpdateElem
	354: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	355: LoadMapPtr dst: r1 fd: 0 <AT__events>
	357: MovReg dst: r2 src: rfp
	358: AddImm dst: r2 imm: -8
	359: MovImm dst: r3 imm: 8
	360: MovImm dst: r4 imm: 0
	361: Call FnRingbufOutput
	362: StMemW dst: rfp src: r0 off: -8 imm: 0
	363: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	365: MovReg dst: r2 src: rfp
	366: AddImm dst: r2 imm: -8
	367: Call FnMapLookupElem
	368: JEqImm dst: r0 off: 1 imm: 0
	369: StMemDW dst: r0 src: r0 off: 0 imm: 1
	370: MovImm dst: r0 imm: 0
	371: Exit

