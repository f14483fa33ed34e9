tp_sys_enter_write:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: RShImm dst: r0 imm: 32
	  3: JNEImm dst: r0 off: 432 imm: 4242
	  4: LdXMemDW dst: r1 src: r6 off: 24 imm: 0
	  5: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	  6: StMemDW dst: rfp src: r0 off: -72 imm: 0
	  7: StMemDW dst: rfp src: r0 off: -64 imm: 0
	  8: StMemDW dst: rfp src: r0 off: -56 imm: 0
	  9: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 10: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 11: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 12: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 13: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 14: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 15: MovReg dst: r1 src: rfp
	 16: AddImm dst: r1 imm: -72
	 17: MovImm dst: r2 imm: 64
	 18: Call FnProbeReadUser
	 19: StMemDW dst: rfp src: r0 off: -80 imm: 0
	 20: LoadMapPtr dst: r1 fd: 0 <AT_s>
	 22: MovReg dst: r2 src: rfp
	 23: AddImm dst: r2 imm: -80
	 24: MovReg dst: r3 src: rfp
	 25: AddImm dst: r3 imm: -72
	 26: MovImm dst: r4 imm: 0
	 27: Call FnMapUpdateElem
	 28: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 29: StMemDW dst: rfp src: r0 off: -144 imm: 0
	 30: StMemDW dst: rfp src: r0 off: -136 imm: 0
	 31: StMemDW dst: rfp src: r0 off: -128 imm: 0
	 32: StMemDW dst: rfp src: r0 off: -120 imm: 0
	 33: StMemDW dst: rfp src: r0 off: -112 imm: 0
	 34: StMemDW dst: rfp src: r0 off: -104 imm: 0
	 35: StMemDW dst: rfp src: r0 off: -96 imm: 0
	 36: StMemDW dst: rfp src: r0 off: -88 imm: 0
	 37: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 38: MovReg dst: r1 src: rfp
	 39: AddImm dst: r1 imm: -144
	 40: MovImm dst: r2 imm: 64
	 41: Call FnProbeReadUser
	 42: LoadMapPtr dst: r1 fd: 0 <AT_k>
	 44: MovReg dst: r2 src: rfp
	 45: AddImm dst: r2 imm: -144
	 46: MovReg dst: r3 src: rfp
	 47: AddImm dst: r3 imm: -16
	 48: MovImm dst: r4 imm: 0
	 49: Call FnMapUpdateElem
	 50: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 51: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	 52: MovReg dst: r6 src: r1
	 53: AddImm dst: r6 imm: 12
	 54: MovReg dst: r3 src: r6
	 55: MovReg dst: r1 src: rfp
	 56: AddImm dst: r1 imm: -16
	 57: MovImm dst: r2 imm: 8
	 58: Call FnProbeReadUser
	 59: LoadMapPtr dst: r1 fd: 0 <AT_in>
	 61: MovReg dst: r2 src: rfp
	 62: AddImm dst: r2 imm: -80
	 63: MovReg dst: r3 src: rfp
	 64: AddImm dst: r3 imm: -16
	 65: MovImm dst: r4 imm: 0
	 66: Call FnMapUpdateElem
	 67: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 68: StMemW dst: rfp src: r0 off: -16 imm: 0
	 69: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	 70: MovReg dst: r7 src: r1
	 71: AddImm dst: r7 imm: 20
	 72: MovReg dst: r3 src: r7
	 73: MovReg dst: r1 src: rfp
	 74: AddImm dst: r1 imm: -24
	 75: MovImm dst: r2 imm: 12
	 76: Call FnProbeReadUser
	 77: LoadMapPtr dst: r1 fd: 0 <AT_arr>
	 79: MovReg dst: r2 src: rfp
	 80: AddImm dst: r2 imm: -80
	 81: MovReg dst: r3 src: rfp
	 82: AddImm dst: r3 imm: -24
	 83: MovImm dst: r4 imm: 0
	 84: Call FnMapUpdateElem
	 85: StMemDW dst: rfp src: r0 off: -16 imm: 2
	 86: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 87: StMemW dst: rfp src: r0 off: -24 imm: 0
	 88: MovReg dst: r3 src: r7
	 89: MovReg dst: r1 src: rfp
	 90: AddImm dst: r1 imm: -32
	 91: MovImm dst: r2 imm: 12
	 92: Call FnProbeReadUser
	 93: LoadMapPtr dst: r1 fd: 0 <AT_ka>
	 95: MovReg dst: r2 src: rfp
	 96: AddImm dst: r2 imm: -32
	 97: MovReg dst: r3 src: rfp
	 98: AddImm dst: r3 imm: -16
	 99: MovImm dst: r4 imm: 0
	100: Call FnMapUpdateElem
	101: StMemDW dst: rfp src: r0 off: -16 imm: 0
	102: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	103: AddImm dst: r1 imm: 4
	104: StXMemDW dst: rfp src: r1 off: -24 imm: 0
	105: LdXMemDW dst: r3 src: rfp off: -24 imm: 0
	106: MovReg dst: r1 src: rfp
	107: AddImm dst: r1 imm: -16
	108: MovImm dst: r2 imm: 8
	109: Call FnProbeReadUser
	110: LoadMapPtr dst: r1 fd: 0 <AT_name>
	112: MovReg dst: r2 src: rfp
	113: AddImm dst: r2 imm: -80
	114: MovReg dst: r3 src: rfp
	115: AddImm dst: r3 imm: -16
	116: MovImm dst: r4 imm: 0
	117: Call FnMapUpdateElem
	118: StMemDW dst: rfp src: r0 off: -16 imm: 3
	119: StMemDW dst: rfp src: r0 off: -32 imm: 0
	120: LdXMemDW dst: r3 src: rfp off: -24 imm: 0
	121: MovReg dst: r1 src: rfp
	122: AddImm dst: r1 imm: -32
	123: MovImm dst: r2 imm: 8
	124: Call FnProbeReadUser
	125: LoadMapPtr dst: r1 fd: 0 <AT_kn>
	127: MovReg dst: r2 src: rfp
	128: AddImm dst: r2 imm: -32
	129: MovReg dst: r3 src: rfp
	130: AddImm dst: r3 imm: -16
	131: MovImm dst: r4 imm: 0
	132: Call FnMapUpdateElem
	133: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	134: MovReg dst: r8 src: r1
	135: AddImm dst: r8 imm: 48
	136: MovReg dst: r3 src: r8
	137: MovReg dst: r1 src: rfp
	138: AddImm dst: r1 imm: -32
	139: MovImm dst: r2 imm: 8
	140: Call FnProbeReadUser
	141: LdXMemDW dst: r1 src: rfp off: -32 imm: 0
	142: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	143: LoadMapPtr dst: r1 fd: 0 <AT_p>
	145: MovReg dst: r2 src: rfp
	146: AddImm dst: r2 imm: -80
	147: MovReg dst: r3 src: rfp
	148: AddImm dst: r3 imm: -32
	149: MovImm dst: r4 imm: 0
	150: Call FnMapUpdateElem
	151: StMemDW dst: rfp src: r0 off: -32 imm: 4
	152: MovReg dst: r3 src: r8
	153: MovReg dst: r1 src: rfp
	154: AddImm dst: r1 imm: -40
	155: MovImm dst: r2 imm: 8
	156: Call FnProbeReadUser
	157: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	158: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	159: LoadMapPtr dst: r1 fd: 0 <AT_kp>
	161: MovReg dst: r2 src: rfp
	162: AddImm dst: r2 imm: -40
	163: MovReg dst: r3 src: rfp
	164: AddImm dst: r3 imm: -32
	165: MovImm dst: r4 imm: 0
	166: Call FnMapUpdateElem
	167: StMemDW dst: rfp src: r0 off: -152 imm: 0
	168: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	169: MovReg dst: r1 src: rfp
	170: AddImm dst: r1 imm: -32
	171: MovImm dst: r2 imm: 4
	172: Call FnProbeReadUser
	173: LdXMemW dst: r1 src: rfp off: -32 imm: 0
	174: LShImm dst: r1 imm: 32
	175: ArShImm dst: r1 imm: 32
	176: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	177: StMemDW dst: rfp src: r0 off: -136 imm: 0
	178: LdXMemDW dst: r3 src: rfp off: -24 imm: 0
	179: MovReg dst: r1 src: rfp
	180: AddImm dst: r1 imm: -136
	181: MovImm dst: r2 imm: 8
	182: Call FnProbeReadUser
	183: MovReg dst: r3 src: r6
	184: MovReg dst: r1 src: rfp
	185: AddImm dst: r1 imm: -32
	186: MovImm dst: r2 imm: 4
	187: Call FnProbeReadUser
	188: LdXMemW dst: r1 src: rfp off: -32 imm: 0
	189: LShImm dst: r1 imm: 32
	190: ArShImm dst: r1 imm: 32
	191: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	192: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	193: MovReg dst: r3 src: r1
	194: AddImm dst: r3 imm: 16
	195: MovReg dst: r1 src: rfp
	196: AddImm dst: r1 imm: -32
	197: MovImm dst: r2 imm: 2
	198: Call FnProbeReadUser
	199: LdXMemH dst: r1 src: rfp off: -32 imm: 0
	200: LShImm dst: r1 imm: 48
	201: ArShImm dst: r1 imm: 48
	202: StXMemDW dst: rfp src: r1 off: -120 imm: 0
	203: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	204: MovReg dst: r3 src: r1
	205: AddImm dst: r3 imm: 24
	206: MovReg dst: r1 src: rfp
	207: AddImm dst: r1 imm: -32
	208: MovImm dst: r2 imm: 4
	209: Call FnProbeReadUser
	210: LdXMemW dst: r1 src: rfp off: -32 imm: 0
	211: LShImm dst: r1 imm: 32
	212: ArShImm dst: r1 imm: 32
	213: StXMemDW dst: rfp src: r1 off: -112 imm: 0
	214: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	215: MovReg dst: r9 src: r1
	216: AddImm dst: r9 imm: 40
	217: MovReg dst: r3 src: r9
	218: MovReg dst: r1 src: rfp
	219: AddImm dst: r1 imm: -32
	220: MovImm dst: r2 imm: 1
	221: Call FnProbeReadUser
	222: LdXMemB dst: r1 src: rfp off: -32 imm: 0
	223: StXMemDW dst: rfp src: r1 off: -104 imm: 0
	224: MovReg dst: r3 src: r9
	225: MovReg dst: r1 src: rfp
	226: AddImm dst: r1 imm: -32
	227: MovImm dst: r2 imm: 1
	228: Call FnProbeReadUser
	229: LdXMemB dst: r1 src: rfp off: -32 imm: 0
	230: LShImm dst: r1 imm: 56
	231: ArShImm dst: r1 imm: 56
	232: StXMemDW dst: rfp src: r1 off: -96 imm: 0
	233: MovReg dst: r3 src: r8
	234: MovReg dst: r1 src: rfp
	235: AddImm dst: r1 imm: -32
	236: MovImm dst: r2 imm: 8
	237: Call FnProbeReadUser
	238: LdXMemDW dst: r1 src: rfp off: -32 imm: 0
	239: StXMemDW dst: rfp src: r1 off: -88 imm: 0
	240: LoadMapPtr dst: r1 fd: 0 <AT__events>
	242: MovReg dst: r2 src: rfp
	243: AddImm dst: r2 imm: -152
	244: MovImm dst: r3 imm: 72
	245: MovImm dst: r4 imm: 0
	246: Call FnRingbufOutput
	247: StMemDW dst: rfp src: r0 off: -136 imm: 1
	248: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	249: MovReg dst: r8 src: r1
	250: AddImm dst: r8 imm: 56
	251: MovReg dst: r3 src: r8
	252: MovReg dst: r1 src: rfp
	253: AddImm dst: r1 imm: -32
	254: MovImm dst: r2 imm: 1
	255: Call FnProbeReadUser
	256: LdXMemB dst: r1 src: rfp off: -32 imm: 0
	257: AndImm dst: r1 imm: 15
	258: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	259: MovReg dst: r3 src: r8
	260: MovReg dst: r1 src: rfp
	261: AddImm dst: r1 imm: -32
	262: MovImm dst: r2 imm: 2
	263: Call FnProbeReadUser
	264: LdXMemH dst: r1 src: rfp off: -32 imm: 0
	265: RShImm dst: r1 imm: 4
	266: AndImm dst: r1 imm: 4095
	267: StXMemDW dst: rfp src: r1 off: -120 imm: 0
	268: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	269: MovReg dst: r3 src: r1
	270: AddImm dst: r3 imm: 58
	271: MovReg dst: r1 src: rfp
	272: AddImm dst: r1 imm: -32
	273: MovImm dst: r2 imm: 2
	274: Call FnProbeReadUser
	275: LdXMemH dst: r1 src: rfp off: -32 imm: 0
	276: AndImm dst: r1 imm: 65535
	277: StXMemDW dst: rfp src: r1 off: -112 imm: 0
	278: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	279: MovReg dst: r3 src: r1
	280: AddImm dst: r3 imm: 32
	281: MovReg dst: r1 src: rfp
	282: AddImm dst: r1 imm: -32
	283: MovImm dst: r2 imm: 8
	284: Call FnProbeReadUser
	285: LdXMemDW dst: r1 src: rfp off: -32 imm: 0
	286: StXMemDW dst: rfp src: r1 off: -104 imm: 0
	287: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	288: MovReg dst: r8 src: r1
	289: AddImm dst: r8 imm: 28
	290: MovReg dst: r3 src: r8
	291: MovReg dst: r1 src: rfp
	292: AddImm dst: r1 imm: -32
	293: MovImm dst: r2 imm: 4
	294: Call FnProbeReadUser
	295: LdXMemW dst: r1 src: rfp off: -32 imm: 0
	296: LShImm dst: r1 imm: 32
	297: ArShImm dst: r1 imm: 32
	298: MulImm dst: r1 imm: 42
	299: StXMemDW dst: rfp src: r1 off: -96 imm: 0
	300: StMemDW dst: rfp src: r0 off: -88 imm: 14
	301: LoadMapPtr dst: r1 fd: 0 <AT__events>
	303: MovReg dst: r2 src: rfp
	304: AddImm dst: r2 imm: -136
	305: MovImm dst: r3 imm: 56
	306: MovImm dst: r4 imm: 0
	307: Call FnRingbufOutput
	308: StMemDW dst: rfp src: r0 off: -56 imm: 1
	309: StMemDW dst: rfp src: r0 off: -48 imm: 0
	310: MovReg dst: r3 src: r6
	311: MovReg dst: r1 src: rfp
	312: AddImm dst: r1 imm: -48
	313: MovImm dst: r2 imm: 8
	314: Call FnProbeReadUser
	315: StMemDW dst: rfp src: r0 off: -40 imm: 0
	316: StMemW dst: rfp src: r0 off: -32 imm: 0
	317: MovReg dst: r3 src: r7
	318: MovReg dst: r1 src: rfp
	319: AddImm dst: r1 imm: -40
	320: MovImm dst: r2 imm: 12
	321: Call FnProbeReadUser
	322: LoadMapPtr dst: r1 fd: 0 <AT_t>
	324: MovReg dst: r2 src: rfp
	325: AddImm dst: r2 imm: -80
	326: MovReg dst: r3 src: rfp
	327: AddImm dst: r3 imm: -56
	328: MovImm dst: r4 imm: 0
	329: Call FnMapUpdateElem
	330: StMemDW dst: rfp src: r0 off: -56 imm: 2
	331: MovReg dst: r3 src: r6
	332: MovReg dst: r1 src: rfp
	333: AddImm dst: r1 imm: -64
	334: MovImm dst: r2 imm: 4
	335: Call FnProbeReadUser
	336: LdXMemW dst: r1 src: rfp off: -64 imm: 0
	337: LShImm dst: r1 imm: 32
	338: ArShImm dst: r1 imm: 32
	339: StXMemDW dst: rfp src: r1 off: -48 imm: 0
	340: MovReg dst: r3 src: r6
	341: AddImm dst: r3 imm: 4
	342: MovReg dst: r1 src: rfp
	343: AddImm dst: r1 imm: -64
	344: MovImm dst: r2 imm: 2
	345: Call FnProbeReadUser
	346: LdXMemH dst: r1 src: rfp off: -64 imm: 0
	347: LShImm dst: r1 imm: 48
	348: ArShImm dst: r1 imm: 48
	349: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	350: MovReg dst: r3 src: r7
	351: MovReg dst: r1 src: rfp
	352: AddImm dst: r1 imm: -64
	353: MovImm dst: r2 imm: 4
	354: Call FnProbeReadUser
	355: LdXMemW dst: r6 src: rfp off: -64 imm: 0
	356: LShImm dst: r6 imm: 32
	357: ArShImm dst: r6 imm: 32
	358: MovReg dst: r3 src: r8
	359: MovReg dst: r1 src: rfp
	360: AddImm dst: r1 imm: -64
	361: MovImm dst: r2 imm: 4
	362: Call FnProbeReadUser
	363: LdXMemW dst: r1 src: rfp off: -64 imm: 0
	364: LShImm dst: r1 imm: 32
	365: ArShImm dst: r1 imm: 32
	366: AddReg dst: r1 src: r6
	367: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	368: LoadMapPtr dst: r1 fd: 0 <AT__events>
	370: MovReg dst: r2 src: rfp
	371: AddImm dst: r2 imm: -56
	372: MovImm dst: r3 imm: 32
	373: MovImm dst: r4 imm: 0
	374: Call FnRingbufOutput
	375: StMemDW dst: rfp src: r0 off: -72 imm: 3
	376: StMemDW dst: rfp src: r0 off: -64 imm: 64
	377: StMemDW dst: rfp src: r0 off: -56 imm: 8
	378: StMemDW dst: rfp src: r0 off: -48 imm: 12
	379: StMemDW dst: rfp src: r0 off: -40 imm: 64
	380: StMemDW dst: rfp src: r0 off: -32 imm: 8
	381: LoadMapPtr dst: r1 fd: 0 <AT__events>
	383: MovReg dst: r2 src: rfp
	384: AddImm dst: r2 imm: -72
	385: MovImm dst: r3 imm: 48
	386: MovImm dst: r4 imm: 0
	387: Call FnRingbufOutput
	388: StMemDW dst: rfp src: r0 off: -48 imm: 4
	389: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	390: MovReg dst: r1 src: rfp
	391: AddImm dst: r1 imm: -8
	392: MovImm dst: r2 imm: 2
	393: Call FnProbeReadUser
	394: LdXMemH dst: r1 src: rfp off: -8 imm: 0
	395: LShImm dst: r1 imm: 48
	396: ArShImm dst: r1 imm: 48
	397: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	398: LdXMemDW dst: r3 src: rfp off: -24 imm: 0
	399: MovReg dst: r1 src: rfp
	400: AddImm dst: r1 imm: -8
	401: MovImm dst: r2 imm: 1
	402: Call FnProbeReadUser
	403: LdXMemB dst: r1 src: rfp off: -8 imm: 0
	404: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	405: LoadMapPtr dst: r1 fd: 0 <AT__events>
	407: MovReg dst: r2 src: rfp
	408: AddImm dst: r2 imm: -48
	409: MovImm dst: r3 imm: 24
	410: MovImm dst: r4 imm: 0
	411: Call FnRingbufOutput
	412: LoadMapPtr dst: r1 fd: 0 <AT_e>
	414: MovReg dst: r2 src: rfp
	415: AddImm dst: r2 imm: -80
	416: MovReg dst: r3 src: rfp
	417: AddImm dst: r3 imm: -16
	418: MovImm dst: r4 imm: 0
	419: Call FnMapUpdateElem
	420: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	421: LoadMapPtr dst: r1 fd: 0 <AT__events>
	423: MovReg dst: r2 src: rfp
	424: AddImm dst: r2 imm: -8
	425: MovImm dst: r3 imm: 8
	426: MovImm dst: r4 imm: 0
	427: Call FnRingbufOutput
	428: StMemW dst: rfp src: r0 off: -8 imm: 0
	429: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	431: MovReg dst: r2 src: rfp
	432: AddImm dst: r2 imm: -8
	433: Call FnMapLookupElem
	434: JEqImm dst: r0 off: 1 imm: 0
	435: StMemDW dst: r0 src: r0 off: 0 imm: 1
	436: MovImm dst: r0 imm: 0
	437: Exit

