tp_sys_enter_write:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: RShImm dst: r0 imm: 32
	  3: JNEImm dst: r0 off: 422 imm: 4242
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
	 51: LdXMemDW dst: r6 src: rfp off: -8 imm: 0
	 52: AddImm dst: r6 imm: 12
	 53: MovReg dst: r3 src: r6
	 54: MovReg dst: r1 src: rfp
	 55: AddImm dst: r1 imm: -16
	 56: MovImm dst: r2 imm: 8
	 57: Call FnProbeReadUser
	 58: LoadMapPtr dst: r1 fd: 0 <AT_in>
	 60: MovReg dst: r2 src: rfp
	 61: AddImm dst: r2 imm: -80
	 62: MovReg dst: r3 src: rfp
	 63: AddImm dst: r3 imm: -16
	 64: MovImm dst: r4 imm: 0
	 65: Call FnMapUpdateElem
	 66: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 67: StMemW dst: rfp src: r0 off: -16 imm: 0
	 68: LdXMemDW dst: r7 src: rfp off: -8 imm: 0
	 69: AddImm dst: r7 imm: 20
	 70: MovReg dst: r3 src: r7
	 71: MovReg dst: r1 src: rfp
	 72: AddImm dst: r1 imm: -24
	 73: MovImm dst: r2 imm: 12
	 74: Call FnProbeReadUser
	 75: LoadMapPtr dst: r1 fd: 0 <AT_arr>
	 77: MovReg dst: r2 src: rfp
	 78: AddImm dst: r2 imm: -80
	 79: MovReg dst: r3 src: rfp
	 80: AddImm dst: r3 imm: -24
	 81: MovImm dst: r4 imm: 0
	 82: Call FnMapUpdateElem
	 83: StMemDW dst: rfp src: r0 off: -16 imm: 2
	 84: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 85: StMemW dst: rfp src: r0 off: -24 imm: 0
	 86: MovReg dst: r3 src: r7
	 87: MovReg dst: r1 src: rfp
	 88: AddImm dst: r1 imm: -32
	 89: MovImm dst: r2 imm: 12
	 90: Call FnProbeReadUser
	 91: LoadMapPtr dst: r1 fd: 0 <AT_ka>
	 93: MovReg dst: r2 src: rfp
	 94: AddImm dst: r2 imm: -32
	 95: MovReg dst: r3 src: rfp
	 96: AddImm dst: r3 imm: -16
	 97: MovImm dst: r4 imm: 0
	 98: Call FnMapUpdateElem
	 99: StMemDW dst: rfp src: r0 off: -16 imm: 0
	100: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	101: AddImm dst: r1 imm: 4
	102: StXMemDW dst: rfp src: r1 off: -24 imm: 0
	103: LdXMemDW dst: r3 src: rfp off: -24 imm: 0
	104: MovReg dst: r1 src: rfp
	105: AddImm dst: r1 imm: -16
	106: MovImm dst: r2 imm: 8
	107: Call FnProbeReadUser
	108: LoadMapPtr dst: r1 fd: 0 <AT_name>
	110: MovReg dst: r2 src: rfp
	111: AddImm dst: r2 imm: -80
	112: MovReg dst: r3 src: rfp
	113: AddImm dst: r3 imm: -16
	114: MovImm dst: r4 imm: 0
	115: Call FnMapUpdateElem
	116: StMemDW dst: rfp src: r0 off: -16 imm: 3
	117: StMemDW dst: rfp src: r0 off: -32 imm: 0
	118: LdXMemDW dst: r3 src: rfp off: -24 imm: 0
	119: MovReg dst: r1 src: rfp
	120: AddImm dst: r1 imm: -32
	121: MovImm dst: r2 imm: 8
	122: Call FnProbeReadUser
	123: LoadMapPtr dst: r1 fd: 0 <AT_kn>
	125: MovReg dst: r2 src: rfp
	126: AddImm dst: r2 imm: -32
	127: MovReg dst: r3 src: rfp
	128: AddImm dst: r3 imm: -16
	129: MovImm dst: r4 imm: 0
	130: Call FnMapUpdateElem
	131: LdXMemDW dst: r8 src: rfp off: -8 imm: 0
	132: AddImm dst: r8 imm: 48
	133: MovReg dst: r3 src: r8
	134: MovReg dst: r1 src: rfp
	135: AddImm dst: r1 imm: -32
	136: MovImm dst: r2 imm: 8
	137: Call FnProbeReadUser
	138: LdXMemDW dst: r1 src: rfp off: -32 imm: 0
	139: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	140: LoadMapPtr dst: r1 fd: 0 <AT_p>
	142: MovReg dst: r2 src: rfp
	143: AddImm dst: r2 imm: -80
	144: MovReg dst: r3 src: rfp
	145: AddImm dst: r3 imm: -32
	146: MovImm dst: r4 imm: 0
	147: Call FnMapUpdateElem
	148: StMemDW dst: rfp src: r0 off: -32 imm: 4
	149: MovReg dst: r3 src: r8
	150: MovReg dst: r1 src: rfp
	151: AddImm dst: r1 imm: -40
	152: MovImm dst: r2 imm: 8
	153: Call FnProbeReadUser
	154: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	155: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	156: LoadMapPtr dst: r1 fd: 0 <AT_kp>
	158: MovReg dst: r2 src: rfp
	159: AddImm dst: r2 imm: -40
	160: MovReg dst: r3 src: rfp
	161: AddImm dst: r3 imm: -32
	162: MovImm dst: r4 imm: 0
	163: Call FnMapUpdateElem
	164: StMemDW dst: rfp src: r0 off: -152 imm: 0
	165: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	166: MovReg dst: r1 src: rfp
	167: AddImm dst: r1 imm: -32
	168: MovImm dst: r2 imm: 4
	169: Call FnProbeReadUser
	170: LdXMemW dst: r1 src: rfp off: -32 imm: 0
	171: LShImm dst: r1 imm: 32
	172: ArShImm dst: r1 imm: 32
	173: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	174: StMemDW dst: rfp src: r0 off: -136 imm: 0
	175: LdXMemDW dst: r3 src: rfp off: -24 imm: 0
	176: MovReg dst: r1 src: rfp
	177: AddImm dst: r1 imm: -136
	178: MovImm dst: r2 imm: 8
	179: Call FnProbeReadUser
	180: MovReg dst: r3 src: r6
	181: MovReg dst: r1 src: rfp
	182: AddImm dst: r1 imm: -32
	183: MovImm dst: r2 imm: 4
	184: Call FnProbeReadUser
	185: LdXMemW dst: r1 src: rfp off: -32 imm: 0
	186: LShImm dst: r1 imm: 32
	187: ArShImm dst: r1 imm: 32
	188: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	189: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	190: AddImm dst: r3 imm: 16
	191: MovReg dst: r1 src: rfp
	192: AddImm dst: r1 imm: -32
	193: MovImm dst: r2 imm: 2
	194: Call FnProbeReadUser
	195: LdXMemH dst: r1 src: rfp off: -32 imm: 0
	196: LShImm dst: r1 imm: 48
	197: ArShImm dst: r1 imm: 48
	198: StXMemDW dst: rfp src: r1 off: -120 imm: 0
	199: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	200: AddImm dst: r3 imm: 24
	201: MovReg dst: r1 src: rfp
	202: AddImm dst: r1 imm: -32
	203: MovImm dst: r2 imm: 4
	204: Call FnProbeReadUser
	205: LdXMemW dst: r1 src: rfp off: -32 imm: 0
	206: LShImm dst: r1 imm: 32
	207: ArShImm dst: r1 imm: 32
	208: StXMemDW dst: rfp src: r1 off: -112 imm: 0
	209: LdXMemDW dst: r9 src: rfp off: -8 imm: 0
	210: AddImm dst: r9 imm: 40
	211: MovReg dst: r3 src: r9
	212: MovReg dst: r1 src: rfp
	213: AddImm dst: r1 imm: -32
	214: MovImm dst: r2 imm: 1
	215: Call FnProbeReadUser
	216: LdXMemB dst: r1 src: rfp off: -32 imm: 0
	217: StXMemDW dst: rfp src: r1 off: -104 imm: 0
	218: MovReg dst: r3 src: r9
	219: MovReg dst: r1 src: rfp
	220: AddImm dst: r1 imm: -32
	221: MovImm dst: r2 imm: 1
	222: Call FnProbeReadUser
	223: LdXMemB dst: r1 src: rfp off: -32 imm: 0
	224: LShImm dst: r1 imm: 56
	225: ArShImm dst: r1 imm: 56
	226: StXMemDW dst: rfp src: r1 off: -96 imm: 0
	227: MovReg dst: r3 src: r8
	228: MovReg dst: r1 src: rfp
	229: AddImm dst: r1 imm: -32
	230: MovImm dst: r2 imm: 8
	231: Call FnProbeReadUser
	232: LdXMemDW dst: r1 src: rfp off: -32 imm: 0
	233: StXMemDW dst: rfp src: r1 off: -88 imm: 0
	234: LoadMapPtr dst: r1 fd: 0 <AT__events>
	236: MovReg dst: r2 src: rfp
	237: AddImm dst: r2 imm: -152
	238: MovImm dst: r3 imm: 72
	239: MovImm dst: r4 imm: 0
	240: Call FnRingbufOutput
	241: StMemDW dst: rfp src: r0 off: -136 imm: 1
	242: LdXMemDW dst: r8 src: rfp off: -8 imm: 0
	243: AddImm dst: r8 imm: 56
	244: MovReg dst: r3 src: r8
	245: MovReg dst: r1 src: rfp
	246: AddImm dst: r1 imm: -32
	247: MovImm dst: r2 imm: 1
	248: Call FnProbeReadUser
	249: LdXMemB dst: r1 src: rfp off: -32 imm: 0
	250: AndImm dst: r1 imm: 15
	251: StXMemDW dst: rfp src: r1 off: -128 imm: 0
	252: MovReg dst: r3 src: r8
	253: MovReg dst: r1 src: rfp
	254: AddImm dst: r1 imm: -32
	255: MovImm dst: r2 imm: 2
	256: Call FnProbeReadUser
	257: LdXMemH dst: r1 src: rfp off: -32 imm: 0
	258: RShImm dst: r1 imm: 4
	259: AndImm dst: r1 imm: 4095
	260: StXMemDW dst: rfp src: r1 off: -120 imm: 0
	261: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	262: AddImm dst: r3 imm: 58
	263: MovReg dst: r1 src: rfp
	264: AddImm dst: r1 imm: -32
	265: MovImm dst: r2 imm: 2
	266: Call FnProbeReadUser
	267: LdXMemH dst: r1 src: rfp off: -32 imm: 0
	268: AndImm dst: r1 imm: 65535
	269: StXMemDW dst: rfp src: r1 off: -112 imm: 0
	270: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	271: AddImm dst: r3 imm: 32
	272: MovReg dst: r1 src: rfp
	273: AddImm dst: r1 imm: -32
	274: MovImm dst: r2 imm: 8
	275: Call FnProbeReadUser
	276: LdXMemDW dst: r1 src: rfp off: -32 imm: 0
	277: StXMemDW dst: rfp src: r1 off: -104 imm: 0
	278: LdXMemDW dst: r8 src: rfp off: -8 imm: 0
	279: AddImm dst: r8 imm: 28
	280: MovReg dst: r3 src: r8
	281: MovReg dst: r1 src: rfp
	282: AddImm dst: r1 imm: -32
	283: MovImm dst: r2 imm: 4
	284: Call FnProbeReadUser
	285: LdXMemW dst: r1 src: rfp off: -32 imm: 0
	286: LShImm dst: r1 imm: 32
	287: ArShImm dst: r1 imm: 32
	288: MulImm dst: r1 imm: 42
	289: StXMemDW dst: rfp src: r1 off: -96 imm: 0
	290: StMemDW dst: rfp src: r0 off: -88 imm: 14
	291: LoadMapPtr dst: r1 fd: 0 <AT__events>
	293: MovReg dst: r2 src: rfp
	294: AddImm dst: r2 imm: -136
	295: MovImm dst: r3 imm: 56
	296: MovImm dst: r4 imm: 0
	297: Call FnRingbufOutput
	298: StMemDW dst: rfp src: r0 off: -56 imm: 1
	299: StMemDW dst: rfp src: r0 off: -48 imm: 0
	300: MovReg dst: r3 src: r6
	301: MovReg dst: r1 src: rfp
	302: AddImm dst: r1 imm: -48
	303: MovImm dst: r2 imm: 8
	304: Call FnProbeReadUser
	305: StMemDW dst: rfp src: r0 off: -40 imm: 0
	306: StMemW dst: rfp src: r0 off: -32 imm: 0
	307: MovReg dst: r3 src: r7
	308: MovReg dst: r1 src: rfp
	309: AddImm dst: r1 imm: -40
	310: MovImm dst: r2 imm: 12
	311: Call FnProbeReadUser
	312: LoadMapPtr dst: r1 fd: 0 <AT_t>
	314: MovReg dst: r2 src: rfp
	315: AddImm dst: r2 imm: -80
	316: MovReg dst: r3 src: rfp
	317: AddImm dst: r3 imm: -56
	318: MovImm dst: r4 imm: 0
	319: Call FnMapUpdateElem
	320: StMemDW dst: rfp src: r0 off: -56 imm: 2
	321: MovReg dst: r3 src: r6
	322: MovReg dst: r1 src: rfp
	323: AddImm dst: r1 imm: -64
	324: MovImm dst: r2 imm: 4
	325: Call FnProbeReadUser
	326: LdXMemW dst: r1 src: rfp off: -64 imm: 0
	327: LShImm dst: r1 imm: 32
	328: ArShImm dst: r1 imm: 32
	329: StXMemDW dst: rfp src: r1 off: -48 imm: 0
	330: AddImm dst: r6 imm: 4
	331: MovReg dst: r3 src: r6
	332: MovReg dst: r1 src: rfp
	333: AddImm dst: r1 imm: -64
	334: MovImm dst: r2 imm: 2
	335: Call FnProbeReadUser
	336: LdXMemH dst: r1 src: rfp off: -64 imm: 0
	337: LShImm dst: r1 imm: 48
	338: ArShImm dst: r1 imm: 48
	339: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	340: MovReg dst: r3 src: r7
	341: MovReg dst: r1 src: rfp
	342: AddImm dst: r1 imm: -64
	343: MovImm dst: r2 imm: 4
	344: Call FnProbeReadUser
	345: LdXMemW dst: r6 src: rfp off: -64 imm: 0
	346: LShImm dst: r6 imm: 32
	347: ArShImm dst: r6 imm: 32
	348: MovReg dst: r3 src: r8
	349: MovReg dst: r1 src: rfp
	350: AddImm dst: r1 imm: -64
	351: MovImm dst: r2 imm: 4
	352: Call FnProbeReadUser
	353: LdXMemW dst: r1 src: rfp off: -64 imm: 0
	354: LShImm dst: r1 imm: 32
	355: ArShImm dst: r1 imm: 32
	356: AddReg dst: r6 src: r1
	357: StXMemDW dst: rfp src: r6 off: -32 imm: 0
	358: LoadMapPtr dst: r1 fd: 0 <AT__events>
	360: MovReg dst: r2 src: rfp
	361: AddImm dst: r2 imm: -56
	362: MovImm dst: r3 imm: 32
	363: MovImm dst: r4 imm: 0
	364: Call FnRingbufOutput
	365: StMemDW dst: rfp src: r0 off: -72 imm: 3
	366: StMemDW dst: rfp src: r0 off: -64 imm: 64
	367: StMemDW dst: rfp src: r0 off: -56 imm: 8
	368: StMemDW dst: rfp src: r0 off: -48 imm: 12
	369: StMemDW dst: rfp src: r0 off: -40 imm: 64
	370: StMemDW dst: rfp src: r0 off: -32 imm: 8
	371: LoadMapPtr dst: r1 fd: 0 <AT__events>
	373: MovReg dst: r2 src: rfp
	374: AddImm dst: r2 imm: -72
	375: MovImm dst: r3 imm: 48
	376: MovImm dst: r4 imm: 0
	377: Call FnRingbufOutput
	378: StMemDW dst: rfp src: r0 off: -48 imm: 4
	379: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	380: MovReg dst: r1 src: rfp
	381: AddImm dst: r1 imm: -8
	382: MovImm dst: r2 imm: 2
	383: Call FnProbeReadUser
	384: LdXMemH dst: r1 src: rfp off: -8 imm: 0
	385: LShImm dst: r1 imm: 48
	386: ArShImm dst: r1 imm: 48
	387: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	388: LdXMemDW dst: r3 src: rfp off: -24 imm: 0
	389: MovReg dst: r1 src: rfp
	390: AddImm dst: r1 imm: -8
	391: MovImm dst: r2 imm: 1
	392: Call FnProbeReadUser
	393: LdXMemB dst: r1 src: rfp off: -8 imm: 0
	394: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	395: LoadMapPtr dst: r1 fd: 0 <AT__events>
	397: MovReg dst: r2 src: rfp
	398: AddImm dst: r2 imm: -48
	399: MovImm dst: r3 imm: 24
	400: MovImm dst: r4 imm: 0
	401: Call FnRingbufOutput
	402: LoadMapPtr dst: r1 fd: 0 <AT_e>
	404: MovReg dst: r2 src: rfp
	405: AddImm dst: r2 imm: -80
	406: MovReg dst: r3 src: rfp
	407: AddImm dst: r3 imm: -16
	408: MovImm dst: r4 imm: 0
	409: Call FnMapUpdateElem
	410: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	411: LoadMapPtr dst: r1 fd: 0 <AT__events>
	413: MovReg dst: r2 src: rfp
	414: AddImm dst: r2 imm: -8
	415: MovImm dst: r3 imm: 8
	416: MovImm dst: r4 imm: 0
	417: Call FnRingbufOutput
	418: StMemW dst: rfp src: r0 off: -8 imm: 0
	419: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	421: MovReg dst: r2 src: rfp
	422: AddImm dst: r2 imm: -8
	423: Call FnMapLookupElem
	424: JEqImm dst: r0 off: 1 imm: 0
	425: StMemDW dst: r0 src: r0 off: 0 imm: 1
	426: MovImm dst: r0 imm: 0
	427: Exit

