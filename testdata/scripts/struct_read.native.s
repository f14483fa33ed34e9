tp_sys_enter_write:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: MovReg dst: r1 src: r0
	  3: RShImm dst: r1 imm: 32
	  4: JEqImm dst: r1 off: 2 imm: 4242
	  5: MovImm dst: r0 imm: 0
	  6: Exit
	  7: LdXMemDW dst: r1 src: r6 off: 24 imm: 0
	  8: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	  9: StMemDW dst: rfp src: r0 off: -72 imm: 0
	 10: StMemDW dst: rfp src: r0 off: -64 imm: 0
	 11: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 12: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 13: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 14: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 15: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 16: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 17: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 18: MovReg dst: r1 src: rfp
	 19: AddImm dst: r1 imm: -72
	 20: MovImm dst: r2 imm: 64
	 21: Call FnProbeReadUser
	 22: StMemDW dst: rfp src: r0 off: -80 imm: 0
	 23: LoadMapPtr dst: r1 fd: 0 <AT_s>
	 25: MovReg dst: r2 src: rfp
	 26: AddImm dst: r2 imm: -80
	 27: MovReg dst: r3 src: rfp
	 28: AddImm dst: r3 imm: -72
	 29: MovImm dst: r4 imm: 0
	 30: Call FnMapUpdateElem
	 31: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 32: StMemDW dst: rfp src: r0 off: -80 imm: 0
	 33: StMemDW dst: rfp src: r0 off: -72 imm: 0
	 34: StMemDW dst: rfp src: r0 off: -64 imm: 0
	 35: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 36: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 37: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 38: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 39: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 40: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 41: MovReg dst: r1 src: rfp
	 42: AddImm dst: r1 imm: -80
	 43: MovImm dst: r2 imm: 64
	 44: Call FnProbeReadUser
	 45: LoadMapPtr dst: r1 fd: 0 <AT_k>
	 47: MovReg dst: r2 src: rfp
	 48: AddImm dst: r2 imm: -80
	 49: MovReg dst: r3 src: rfp
	 50: AddImm dst: r3 imm: -16
	 51: MovImm dst: r4 imm: 0
	 52: Call FnMapUpdateElem
	 53: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 54: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	 55: MovReg dst: r6 src: r1
	 56: AddImm dst: r6 imm: 12
	 57: MovReg dst: r3 src: r6
	 58: MovReg dst: r1 src: rfp
	 59: AddImm dst: r1 imm: -16
	 60: MovImm dst: r2 imm: 8
	 61: Call FnProbeReadUser
	 62: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 63: LoadMapPtr dst: r1 fd: 0 <AT_in>
	 65: MovReg dst: r2 src: rfp
	 66: AddImm dst: r2 imm: -24
	 67: MovReg dst: r3 src: rfp
	 68: AddImm dst: r3 imm: -16
	 69: MovImm dst: r4 imm: 0
	 70: Call FnMapUpdateElem
	 71: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 72: StMemW dst: rfp src: r0 off: -16 imm: 0
	 73: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	 74: MovReg dst: r7 src: r1
	 75: AddImm dst: r7 imm: 20
	 76: MovReg dst: r3 src: r7
	 77: MovReg dst: r1 src: rfp
	 78: AddImm dst: r1 imm: -24
	 79: MovImm dst: r2 imm: 12
	 80: Call FnProbeReadUser
	 81: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 82: LoadMapPtr dst: r1 fd: 0 <AT_arr>
	 84: MovReg dst: r2 src: rfp
	 85: AddImm dst: r2 imm: -32
	 86: MovReg dst: r3 src: rfp
	 87: AddImm dst: r3 imm: -24
	 88: MovImm dst: r4 imm: 0
	 89: Call FnMapUpdateElem
	 90: StMemDW dst: rfp src: r0 off: -16 imm: 2
	 91: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 92: StMemW dst: rfp src: r0 off: -24 imm: 0
	 93: MovReg dst: r3 src: r7
	 94: MovReg dst: r1 src: rfp
	 95: AddImm dst: r1 imm: -32
	 96: MovImm dst: r2 imm: 12
	 97: Call FnProbeReadUser
	 98: LoadMapPtr dst: r1 fd: 0 <AT_ka>
	100: MovReg dst: r2 src: rfp
	101: AddImm dst: r2 imm: -32
	102: MovReg dst: r3 src: rfp
	103: AddImm dst: r3 imm: -16
	104: MovImm dst: r4 imm: 0
	105: Call FnMapUpdateElem
	106: StMemDW dst: rfp src: r0 off: -16 imm: 0
	107: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	108: AddImm dst: r1 imm: 4
	109: StXMemDW dst: rfp src: r1 off: -24 imm: 0
	110: LdXMemDW dst: r3 src: rfp off: -24 imm: 0
	111: MovReg dst: r1 src: rfp
	112: AddImm dst: r1 imm: -16
	113: MovImm dst: r2 imm: 8
	114: Call FnProbeReadUser
	115: StMemDW dst: rfp src: r0 off: -32 imm: 0
	116: LoadMapPtr dst: r1 fd: 0 <AT_name>
	118: MovReg dst: r2 src: rfp
	119: AddImm dst: r2 imm: -32
	120: MovReg dst: r3 src: rfp
	121: AddImm dst: r3 imm: -16
	122: MovImm dst: r4 imm: 0
	123: Call FnMapUpdateElem
	124: StMemDW dst: rfp src: r0 off: -16 imm: 3
	125: StMemDW dst: rfp src: r0 off: -32 imm: 0
	126: LdXMemDW dst: r3 src: rfp off: -24 imm: 0
	127: MovReg dst: r1 src: rfp
	128: AddImm dst: r1 imm: -32
	129: MovImm dst: r2 imm: 8
	130: Call FnProbeReadUser
	131: LoadMapPtr dst: r1 fd: 0 <AT_kn>
	133: MovReg dst: r2 src: rfp
	134: AddImm dst: r2 imm: -32
	135: MovReg dst: r3 src: rfp
	136: AddImm dst: r3 imm: -16
	137: MovImm dst: r4 imm: 0
	138: Call FnMapUpdateElem
	139: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	140: MovReg dst: r8 src: r1
	141: AddImm dst: r8 imm: 48
	142: MovReg dst: r3 src: r8
	143: MovReg dst: r1 src: rfp
	144: AddImm dst: r1 imm: -16
	145: MovImm dst: r2 imm: 8
	146: Call FnProbeReadUser
	147: LdXMemDW dst: r1 src: rfp off: -16 imm: 0
	148: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	149: StMemDW dst: rfp src: r0 off: -32 imm: 0
	150: LoadMapPtr dst: r1 fd: 0 <AT_p>
	152: MovReg dst: r2 src: rfp
	153: AddImm dst: r2 imm: -32
	154: MovReg dst: r3 src: rfp
	155: AddImm dst: r3 imm: -16
	156: MovImm dst: r4 imm: 0
	157: Call FnMapUpdateElem
	158: StMemDW dst: rfp src: r0 off: -16 imm: 4
	159: MovReg dst: r3 src: r8
	160: MovReg dst: r1 src: rfp
	161: AddImm dst: r1 imm: -32
	162: MovImm dst: r2 imm: 8
	163: Call FnProbeReadUser
	164: LdXMemDW dst: r1 src: rfp off: -32 imm: 0
	165: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	166: LoadMapPtr dst: r1 fd: 0 <AT_kp>
	168: MovReg dst: r2 src: rfp
	169: AddImm dst: r2 imm: -32
	170: MovReg dst: r3 src: rfp
	171: AddImm dst: r3 imm: -16
	172: MovImm dst: r4 imm: 0
	173: Call FnMapUpdateElem
	174: StMemDW dst: rfp src: r0 off: -96 imm: 0
	175: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	176: MovReg dst: r1 src: rfp
	177: AddImm dst: r1 imm: -16
	178: MovImm dst: r2 imm: 4
	179: Call FnProbeReadUser
	180: LdXMemW dst: r1 src: rfp off: -16 imm: 0
	181: LShImm dst: r1 imm: 32
	182: ArShImm dst: r1 imm: 32
	183: StXMemDW dst: rfp src: r1 off: -88 imm: 0
	184: StMemDW dst: rfp src: r0 off: -80 imm: 0
	185: LdXMemDW dst: r3 src: rfp off: -24 imm: 0
	186: MovReg dst: r1 src: rfp
	187: AddImm dst: r1 imm: -80
	188: MovImm dst: r2 imm: 8
	189: Call FnProbeReadUser
	190: MovReg dst: r3 src: r6
	191: MovReg dst: r1 src: rfp
	192: AddImm dst: r1 imm: -16
	193: MovImm dst: r2 imm: 4
	194: Call FnProbeReadUser
	195: LdXMemW dst: r1 src: rfp off: -16 imm: 0
	196: LShImm dst: r1 imm: 32
	197: ArShImm dst: r1 imm: 32
	198: StXMemDW dst: rfp src: r1 off: -72 imm: 0
	199: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	200: MovReg dst: r3 src: r1
	201: AddImm dst: r3 imm: 16
	202: MovReg dst: r1 src: rfp
	203: AddImm dst: r1 imm: -16
	204: MovImm dst: r2 imm: 2
	205: Call FnProbeReadUser
	206: LdXMemH dst: r1 src: rfp off: -16 imm: 0
	207: LShImm dst: r1 imm: 48
	208: ArShImm dst: r1 imm: 48
	209: StXMemDW dst: rfp src: r1 off: -64 imm: 0
	210: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	211: MovReg dst: r3 src: r1
	212: AddImm dst: r3 imm: 24
	213: MovReg dst: r1 src: rfp
	214: AddImm dst: r1 imm: -16
	215: MovImm dst: r2 imm: 4
	216: Call FnProbeReadUser
	217: LdXMemW dst: r1 src: rfp off: -16 imm: 0
	218: LShImm dst: r1 imm: 32
	219: ArShImm dst: r1 imm: 32
	220: StXMemDW dst: rfp src: r1 off: -56 imm: 0
	221: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	222: MovReg dst: r9 src: r1
	223: AddImm dst: r9 imm: 40
	224: MovReg dst: r3 src: r9
	225: MovReg dst: r1 src: rfp
	226: AddImm dst: r1 imm: -16
	227: MovImm dst: r2 imm: 1
	228: Call FnProbeReadUser
	229: LdXMemB dst: r1 src: rfp off: -16 imm: 0
	230: StXMemDW dst: rfp src: r1 off: -48 imm: 0
	231: MovReg dst: r3 src: r9
	232: MovReg dst: r1 src: rfp
	233: AddImm dst: r1 imm: -16
	234: MovImm dst: r2 imm: 1
	235: Call FnProbeReadUser
	236: LdXMemB dst: r1 src: rfp off: -16 imm: 0
	237: LShImm dst: r1 imm: 56
	238: ArShImm dst: r1 imm: 56
	239: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	240: MovReg dst: r3 src: r8
	241: MovReg dst: r1 src: rfp
	242: AddImm dst: r1 imm: -16
	243: MovImm dst: r2 imm: 8
	244: Call FnProbeReadUser
	245: LdXMemDW dst: r1 src: rfp off: -16 imm: 0
	246: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	247: LoadMapPtr dst: r1 fd: 0 <AT__events>
	249: MovReg dst: r2 src: rfp
	250: AddImm dst: r2 imm: -96
	251: MovImm dst: r3 imm: 72
	252: MovImm dst: r4 imm: 0
	253: Call FnRingbufOutput
	254: StMemDW dst: rfp src: r0 off: -80 imm: 1
	255: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	256: MovReg dst: r8 src: r1
	257: AddImm dst: r8 imm: 56
	258: MovReg dst: r3 src: r8
	259: MovReg dst: r1 src: rfp
	260: AddImm dst: r1 imm: -16
	261: MovImm dst: r2 imm: 1
	262: Call FnProbeReadUser
	263: LdXMemB dst: r1 src: rfp off: -16 imm: 0
	264: AndImm dst: r1 imm: 15
	265: StXMemDW dst: rfp src: r1 off: -72 imm: 0
	266: MovReg dst: r3 src: r8
	267: MovReg dst: r1 src: rfp
	268: AddImm dst: r1 imm: -16
	269: MovImm dst: r2 imm: 2
	270: Call FnProbeReadUser
	271: LdXMemH dst: r1 src: rfp off: -16 imm: 0
	272: RShImm dst: r1 imm: 4
	273: AndImm dst: r1 imm: 4095
	274: StXMemDW dst: rfp src: r1 off: -64 imm: 0
	275: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	276: MovReg dst: r3 src: r1
	277: AddImm dst: r3 imm: 58
	278: MovReg dst: r1 src: rfp
	279: AddImm dst: r1 imm: -16
	280: MovImm dst: r2 imm: 2
	281: Call FnProbeReadUser
	282: LdXMemH dst: r1 src: rfp off: -16 imm: 0
	283: AndImm dst: r1 imm: 65535
	284: StXMemDW dst: rfp src: r1 off: -56 imm: 0
	285: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	286: MovReg dst: r3 src: r1
	287: AddImm dst: r3 imm: 32
	288: MovReg dst: r1 src: rfp
	289: AddImm dst: r1 imm: -16
	290: MovImm dst: r2 imm: 8
	291: Call FnProbeReadUser
	292: LdXMemDW dst: r1 src: rfp off: -16 imm: 0
	293: StXMemDW dst: rfp src: r1 off: -48 imm: 0
	294: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	295: MovReg dst: r8 src: r1
	296: AddImm dst: r8 imm: 28
	297: MovReg dst: r3 src: r8
	298: MovReg dst: r1 src: rfp
	299: AddImm dst: r1 imm: -16
	300: MovImm dst: r2 imm: 4
	301: Call FnProbeReadUser
	302: LdXMemW dst: r1 src: rfp off: -16 imm: 0
	303: LShImm dst: r1 imm: 32
	304: ArShImm dst: r1 imm: 32
	305: MulImm dst: r1 imm: 42
	306: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	307: StMemDW dst: rfp src: r0 off: -32 imm: 14
	308: LoadMapPtr dst: r1 fd: 0 <AT__events>
	310: MovReg dst: r2 src: rfp
	311: AddImm dst: r2 imm: -80
	312: MovImm dst: r3 imm: 56
	313: MovImm dst: r4 imm: 0
	314: Call FnRingbufOutput
	315: StMemDW dst: rfp src: r0 off: -56 imm: 1
	316: StMemDW dst: rfp src: r0 off: -48 imm: 0
	317: MovReg dst: r3 src: r6
	318: MovReg dst: r1 src: rfp
	319: AddImm dst: r1 imm: -48
	320: MovImm dst: r2 imm: 8
	321: Call FnProbeReadUser
	322: StMemDW dst: rfp src: r0 off: -40 imm: 0
	323: StMemW dst: rfp src: r0 off: -32 imm: 0
	324: MovReg dst: r3 src: r7
	325: MovReg dst: r1 src: rfp
	326: AddImm dst: r1 imm: -40
	327: MovImm dst: r2 imm: 12
	328: Call FnProbeReadUser
	329: StMemDW dst: rfp src: r0 off: -16 imm: 0
	330: LoadMapPtr dst: r1 fd: 0 <AT_t>
	332: MovReg dst: r2 src: rfp
	333: AddImm dst: r2 imm: -16
	334: MovReg dst: r3 src: rfp
	335: AddImm dst: r3 imm: -56
	336: MovImm dst: r4 imm: 0
	337: Call FnMapUpdateElem
	338: StMemDW dst: rfp src: r0 off: -56 imm: 2
	339: MovReg dst: r3 src: r6
	340: MovReg dst: r1 src: rfp
	341: AddImm dst: r1 imm: -16
	342: MovImm dst: r2 imm: 4
	343: Call FnProbeReadUser
	344: LdXMemW dst: r1 src: rfp off: -16 imm: 0
	345: LShImm dst: r1 imm: 32
	346: ArShImm dst: r1 imm: 32
	347: StXMemDW dst: rfp src: r1 off: -48 imm: 0
	348: MovReg dst: r3 src: r6
	349: AddImm dst: r3 imm: 4
	350: MovReg dst: r1 src: rfp
	351: AddImm dst: r1 imm: -16
	352: MovImm dst: r2 imm: 2
	353: Call FnProbeReadUser
	354: LdXMemH dst: r1 src: rfp off: -16 imm: 0
	355: LShImm dst: r1 imm: 48
	356: ArShImm dst: r1 imm: 48
	357: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	358: MovReg dst: r3 src: r7
	359: MovReg dst: r1 src: rfp
	360: AddImm dst: r1 imm: -16
	361: MovImm dst: r2 imm: 4
	362: Call FnProbeReadUser
	363: LdXMemW dst: r6 src: rfp off: -16 imm: 0
	364: LShImm dst: r6 imm: 32
	365: ArShImm dst: r6 imm: 32
	366: MovReg dst: r3 src: r8
	367: MovReg dst: r1 src: rfp
	368: AddImm dst: r1 imm: -16
	369: MovImm dst: r2 imm: 4
	370: Call FnProbeReadUser
	371: LdXMemW dst: r1 src: rfp off: -16 imm: 0
	372: LShImm dst: r1 imm: 32
	373: ArShImm dst: r1 imm: 32
	374: AddReg dst: r1 src: r6
	375: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	376: LoadMapPtr dst: r1 fd: 0 <AT__events>
	378: MovReg dst: r2 src: rfp
	379: AddImm dst: r2 imm: -56
	380: MovImm dst: r3 imm: 32
	381: MovImm dst: r4 imm: 0
	382: Call FnRingbufOutput
	383: StMemDW dst: rfp src: r0 off: -72 imm: 3
	384: StMemDW dst: rfp src: r0 off: -64 imm: 64
	385: StMemDW dst: rfp src: r0 off: -56 imm: 8
	386: StMemDW dst: rfp src: r0 off: -48 imm: 12
	387: StMemDW dst: rfp src: r0 off: -40 imm: 64
	388: StMemDW dst: rfp src: r0 off: -32 imm: 8
	389: LoadMapPtr dst: r1 fd: 0 <AT__events>
	391: MovReg dst: r2 src: rfp
	392: AddImm dst: r2 imm: -72
	393: MovImm dst: r3 imm: 48
	394: MovImm dst: r4 imm: 0
	395: Call FnRingbufOutput
	396: StMemDW dst: rfp src: r0 off: -48 imm: 4
	397: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	398: MovReg dst: r1 src: rfp
	399: AddImm dst: r1 imm: -8
	400: MovImm dst: r2 imm: 2
	401: Call FnProbeReadUser
	402: LdXMemH dst: r1 src: rfp off: -8 imm: 0
	403: LShImm dst: r1 imm: 48
	404: ArShImm dst: r1 imm: 48
	405: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	406: LdXMemDW dst: r3 src: rfp off: -24 imm: 0
	407: MovReg dst: r1 src: rfp
	408: AddImm dst: r1 imm: -8
	409: MovImm dst: r2 imm: 1
	410: Call FnProbeReadUser
	411: LdXMemB dst: r1 src: rfp off: -8 imm: 0
	412: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	413: LoadMapPtr dst: r1 fd: 0 <AT__events>
	415: MovReg dst: r2 src: rfp
	416: AddImm dst: r2 imm: -48
	417: MovImm dst: r3 imm: 24
	418: MovImm dst: r4 imm: 0
	419: Call FnRingbufOutput
	420: StMemDW dst: rfp src: r0 off: -8 imm: 3
	421: StMemDW dst: rfp src: r0 off: -16 imm: 0
	422: LoadMapPtr dst: r1 fd: 0 <AT_e>
	424: MovReg dst: r2 src: rfp
	425: AddImm dst: r2 imm: -16
	426: MovReg dst: r3 src: rfp
	427: AddImm dst: r3 imm: -8
	428: MovImm dst: r4 imm: 0
	429: Call FnMapUpdateElem
	430: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	431: LoadMapPtr dst: r1 fd: 0 <AT__events>
	433: MovReg dst: r2 src: rfp
	434: AddImm dst: r2 imm: -8
	435: MovImm dst: r3 imm: 8
	436: MovImm dst: r4 imm: 0
	437: Call FnRingbufOutput
	438: StMemW dst: rfp src: r0 off: -8 imm: 0
	439: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	441: MovReg dst: r2 src: rfp
	442: AddImm dst: r2 imm: -8
	443: Call FnMapLookupElem
	444: MovReg dst: r1 src: r0
	445: JEqImm dst: r1 off: 1 imm: 0
	446: StMemDW dst: r1 src: r0 off: 0 imm: 1
	447: MovImm dst: r0 imm: 0
	448: Exit

