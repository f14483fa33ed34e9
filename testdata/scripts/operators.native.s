BEGIN:
	  0: StMemDW dst: rfp src: r0 off: -64 imm: 0
	  1: StMemDW dst: rfp src: r0 off: -56 imm: 0
	  2: StMemDW dst: rfp src: r0 off: -48 imm: 0
	  3: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  4: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  5: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  6: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  7: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  8: StMemDW dst: rfp src: r0 off: -128 imm: 0
	  9: StMemDW dst: rfp src: r0 off: -120 imm: 0
	 10: StMemDW dst: rfp src: r0 off: -112 imm: 0
	 11: StMemDW dst: rfp src: r0 off: -104 imm: 0
	 12: StMemDW dst: rfp src: r0 off: -96 imm: 0
	 13: StMemDW dst: rfp src: r0 off: -88 imm: 0
	 14: StMemDW dst: rfp src: r0 off: -80 imm: 0
	 15: StMemDW dst: rfp src: r0 off: -72 imm: 0
	 16: StMemDW dst: rfp src: r0 off: -152 imm: 30007
	 17: StMemDW dst: rfp src: r0 off: -144 imm: 0
	 18: StMemDW dst: rfp src: r0 off: -136 imm: 7
	 19: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 21: MovReg dst: r2 src: rfp
	 22: AddImm dst: r2 imm: -152
	 23: MovImm dst: r3 imm: 24
	 24: MovImm dst: r4 imm: 0
	 25: Call FnRingbufOutput
	 26: StMemDW dst: rfp src: r0 off: -152 imm: 30007
	 27: StMemDW dst: rfp src: r0 off: -144 imm: 1
	 28: StMemDW dst: rfp src: r0 off: -136 imm: 8
	 29: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 31: MovReg dst: r2 src: rfp
	 32: AddImm dst: r2 imm: -152
	 33: MovImm dst: r3 imm: 24
	 34: MovImm dst: r4 imm: 0
	 35: Call FnRingbufOutput
	 36: StMemDW dst: rfp src: r0 off: -152 imm: 30007
	 37: StMemDW dst: rfp src: r0 off: -144 imm: 2
	 38: StMemDW dst: rfp src: r0 off: -136 imm: 17
	 39: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 41: MovReg dst: r2 src: rfp
	 42: AddImm dst: r2 imm: -152
	 43: MovImm dst: r3 imm: 24
	 44: MovImm dst: r4 imm: 0
	 45: Call FnRingbufOutput
	 46: StMemDW dst: rfp src: r0 off: -152 imm: 30007
	 47: StMemDW dst: rfp src: r0 off: -144 imm: 3
	 48: StMemDW dst: rfp src: r0 off: -136 imm: 4
	 49: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 51: MovReg dst: r2 src: rfp
	 52: AddImm dst: r2 imm: -152
	 53: MovImm dst: r3 imm: 24
	 54: MovImm dst: r4 imm: 0
	 55: Call FnRingbufOutput
	 56: StMemDW dst: rfp src: r0 off: -168 imm: 0
	 57: StMemDW dst: rfp src: r0 off: -160 imm: 4
	 58: StMemDW dst: rfp src: r0 off: -152 imm: 2
	 59: StMemDW dst: rfp src: r0 off: -144 imm: 8
	 60: StMemDW dst: rfp src: r0 off: -136 imm: 4
	 61: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 63: MovReg dst: r2 src: rfp
	 64: AddImm dst: r2 imm: -168
	 65: MovImm dst: r3 imm: 40
	 66: MovImm dst: r4 imm: 0
	 67: Call FnRingbufOutput
	 68: StMemDW dst: rfp src: r0 off: -168 imm: 1
	 69: StMemDW dst: rfp src: r0 off: -160 imm: 0
	 70: StMemDW dst: rfp src: r0 off: -152 imm: 3
	 71: StMemDW dst: rfp src: r0 off: -144 imm: 1
	 72: StMemDW dst: rfp src: r0 off: -136 imm: -1
	 73: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 75: MovReg dst: r2 src: rfp
	 76: AddImm dst: r2 imm: -168
	 77: MovImm dst: r3 imm: 40
	 78: MovImm dst: r4 imm: 0
	 79: Call FnRingbufOutput
	 80: StMemDW dst: rfp src: r0 off: -160 imm: 2
	 81: LdImmDW dst: r0 imm: 9223372036854775804
	 83: StXMemDW dst: rfp src: r0 off: -152 imm: 0
	 84: StMemDW dst: rfp src: r0 off: -144 imm: 0
	 85: LdImmDW dst: r0 imm: 9223372036854775804
	 87: StXMemDW dst: rfp src: r0 off: -136 imm: 0
	 88: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 90: MovReg dst: r2 src: rfp
	 91: AddImm dst: r2 imm: -160
	 92: MovImm dst: r3 imm: 32
	 93: MovImm dst: r4 imm: 0
	 94: Call FnRingbufOutput
	 95: StMemDW dst: rfp src: r0 off: -168 imm: 3
	 96: StMemDW dst: rfp src: r0 off: -160 imm: 3
	 97: StMemDW dst: rfp src: r0 off: -152 imm: 1
	 98: LdImmDW dst: r0 imm: 9223372036854775807
	100: StXMemDW dst: rfp src: r0 off: -144 imm: 0
	101: StMemDW dst: rfp src: r0 off: -136 imm: 1
	102: LoadMapPtr dst: r1 fd: 0 <AT__events>
	104: MovReg dst: r2 src: rfp
	105: AddImm dst: r2 imm: -168
	106: MovImm dst: r3 imm: 40
	107: MovImm dst: r4 imm: 0
	108: Call FnRingbufOutput
	109: StMemDW dst: rfp src: r0 off: -184 imm: 4
	110: StMemDW dst: rfp src: r0 off: -176 imm: 1
	111: StMemDW dst: rfp src: r0 off: -168 imm: 1
	112: StMemDW dst: rfp src: r0 off: -160 imm: 0
	113: StMemDW dst: rfp src: r0 off: -152 imm: 0
	114: StMemDW dst: rfp src: r0 off: -144 imm: 1
	115: StMemDW dst: rfp src: r0 off: -136 imm: 0
	116: LoadMapPtr dst: r1 fd: 0 <AT__events>
	118: MovReg dst: r2 src: rfp
	119: AddImm dst: r2 imm: -184
	120: MovImm dst: r3 imm: 56
	121: MovImm dst: r4 imm: 0
	122: Call FnRingbufOutput
	123: StMemDW dst: rfp src: r0 off: -168 imm: 5
	124: StMemDW dst: rfp src: r0 off: -160 imm: 1
	125: StMemDW dst: rfp src: r0 off: -152 imm: 0
	126: StMemDW dst: rfp src: r0 off: -144 imm: 1
	127: StMemDW dst: rfp src: r0 off: -136 imm: 0
	128: LoadMapPtr dst: r1 fd: 0 <AT__events>
	130: MovReg dst: r2 src: rfp
	131: AddImm dst: r2 imm: -168
	132: MovImm dst: r3 imm: 40
	133: MovImm dst: r4 imm: 0
	134: Call FnRingbufOutput
	135: MovImm dst: r1 imm: 0
	136: JNEImm dst: r1 off: 2 imm: 0
	137: MovImm dst: r1 imm: 0
	138: Ja off: 1
	139: MovImm dst: r1 imm: 1
	140: JNEImm dst: r1 off: 1 imm: 0
	141: MovImm dst: r1 imm: 1
	142: MovImm dst: r2 imm: 0
	143: StMemDW dst: rfp src: r0 off: -152 imm: 6
	144: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	145: StXMemDW dst: rfp src: r2 off: -136 imm: 0
	146: LoadMapPtr dst: r1 fd: 0 <AT__events>
	148: MovReg dst: r2 src: rfp
	149: AddImm dst: r2 imm: -152
	150: MovImm dst: r3 imm: 24
	151: MovImm dst: r4 imm: 0
	152: Call FnRingbufOutput
	153: StMemW dst: rfp src: r0 off: -64 imm: 7562617
	154: StMemW dst: rfp src: r0 off: -60 imm: 0
	155: StMemDW dst: rfp src: r0 off: -56 imm: 0
	156: StMemDW dst: rfp src: r0 off: -48 imm: 0
	157: StMemDW dst: rfp src: r0 off: -40 imm: 0
	158: StMemDW dst: rfp src: r0 off: -32 imm: 0
	159: StMemDW dst: rfp src: r0 off: -24 imm: 0
	160: StMemDW dst: rfp src: r0 off: -16 imm: 0
	161: StMemDW dst: rfp src: r0 off: -8 imm: 0
	162: MovImm dst: r6 imm: -1
	163: Call FnKtimeGetBootNs
	164: MovReg dst: r1 src: r0
	165: JLEImm dst: r1 off: 10 imm: 0
	166: StMemW dst: rfp src: r0 off: -128 imm: 7565168
	167: StMemW dst: rfp src: r0 off: -124 imm: 0
	168: StMemDW dst: rfp src: r0 off: -120 imm: 0
	169: StMemDW dst: rfp src: r0 off: -112 imm: 0
	170: StMemDW dst: rfp src: r0 off: -104 imm: 0
	171: StMemDW dst: rfp src: r0 off: -96 imm: 0
	172: StMemDW dst: rfp src: r0 off: -88 imm: 0
	173: StMemDW dst: rfp src: r0 off: -80 imm: 0
	174: StMemDW dst: rfp src: r0 off: -72 imm: 0
	175: Ja off: 11
	176: StMemW dst: rfp src: r0 off: -128 imm: 1869768058
	177: StMemB dst: rfp src: r0 off: -124 imm: 0
	178: StMemB dst: rfp src: r0 off: -123 imm: 0
	179: StMemH dst: rfp src: r0 off: -122 imm: 0
	180: StMemDW dst: rfp src: r0 off: -120 imm: 0
	181: StMemDW dst: rfp src: r0 off: -112 imm: 0
	182: StMemDW dst: rfp src: r0 off: -104 imm: 0
	183: StMemDW dst: rfp src: r0 off: -96 imm: 0
	184: StMemDW dst: rfp src: r0 off: -88 imm: 0
	185: StMemDW dst: rfp src: r0 off: -80 imm: 0
	186: StMemDW dst: rfp src: r0 off: -72 imm: 0
	187: StMemDW dst: rfp src: r0 off: -280 imm: 7
	188: LdXMemDW dst: r0 src: rfp off: -64 imm: 0
	189: StXMemDW dst: rfp src: r0 off: -272 imm: 0
	190: LdXMemDW dst: r0 src: rfp off: -56 imm: 0
	191: StXMemDW dst: rfp src: r0 off: -264 imm: 0
	192: LdXMemDW dst: r0 src: rfp off: -48 imm: 0
	193: StXMemDW dst: rfp src: r0 off: -256 imm: 0
	194: LdXMemDW dst: r0 src: rfp off: -40 imm: 0
	195: StXMemDW dst: rfp src: r0 off: -248 imm: 0
	196: LdXMemDW dst: r0 src: rfp off: -32 imm: 0
	197: StXMemDW dst: rfp src: r0 off: -240 imm: 0
	198: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	199: StXMemDW dst: rfp src: r0 off: -232 imm: 0
	200: LdXMemDW dst: r0 src: rfp off: -16 imm: 0
	201: StXMemDW dst: rfp src: r0 off: -224 imm: 0
	202: LdXMemDW dst: r0 src: rfp off: -8 imm: 0
	203: StXMemDW dst: rfp src: r0 off: -216 imm: 0
	204: StXMemDW dst: rfp src: r6 off: -208 imm: 0
	205: LdXMemDW dst: r0 src: rfp off: -128 imm: 0
	206: StXMemDW dst: rfp src: r0 off: -200 imm: 0
	207: LdXMemDW dst: r0 src: rfp off: -120 imm: 0
	208: StXMemDW dst: rfp src: r0 off: -192 imm: 0
	209: LdXMemDW dst: r0 src: rfp off: -112 imm: 0
	210: StXMemDW dst: rfp src: r0 off: -184 imm: 0
	211: LdXMemDW dst: r0 src: rfp off: -104 imm: 0
	212: StXMemDW dst: rfp src: r0 off: -176 imm: 0
	213: LdXMemDW dst: r0 src: rfp off: -96 imm: 0
	214: StXMemDW dst: rfp src: r0 off: -168 imm: 0
	215: LdXMemDW dst: r0 src: rfp off: -88 imm: 0
	216: StXMemDW dst: rfp src: r0 off: -160 imm: 0
	217: LdXMemDW dst: r0 src: rfp off: -80 imm: 0
	218: StXMemDW dst: rfp src: r0 off: -152 imm: 0
	219: LdXMemDW dst: r0 src: rfp off: -72 imm: 0
	220: StXMemDW dst: rfp src: r0 off: -144 imm: 0
	221: StMemDW dst: rfp src: r0 off: -136 imm: 64
	222: LoadMapPtr dst: r1 fd: 0 <AT__events>
	224: MovReg dst: r2 src: rfp
	225: AddImm dst: r2 imm: -280
	226: MovImm dst: r3 imm: 152
	227: MovImm dst: r4 imm: 0
	228: Call FnRingbufOutput
	229: Call FnKtimeGetBootNs
	230: MovReg dst: r1 src: r0
	231: JEqImm dst: r1 off: 9 imm: 0
	232: StMemDW dst: rfp src: r0 off: -8 imm: 8
	233: LoadMapPtr dst: r1 fd: 0 <AT__events>
	235: MovReg dst: r2 src: rfp
	236: AddImm dst: r2 imm: -8
	237: MovImm dst: r3 imm: 8
	238: MovImm dst: r4 imm: 0
	239: Call FnRingbufOutput
	240: Ja off: 8
	241: StMemDW dst: rfp src: r0 off: -8 imm: 9
	242: LoadMapPtr dst: r1 fd: 0 <AT__events>
	244: MovReg dst: r2 src: rfp
	245: AddImm dst: r2 imm: -8
	246: MovImm dst: r3 imm: 8
	247: MovImm dst: r4 imm: 0
	248: Call FnRingbufOutput
	249: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	250: StMemDW dst: rfp src: r0 off: -16 imm: 4
	251: StMemDW dst: rfp src: r0 off: -8 imm: 242
	252: LoadMapPtr dst: r1 fd: 0 <AT__events>
	254: MovReg dst: r2 src: rfp
	255: AddImm dst: r2 imm: -24
	256: MovImm dst: r3 imm: 24
	257: MovImm dst: r4 imm: 0
	258: Call FnRingbufOutput
	259: StMemDW dst: rfp src: r0 off: -8 imm: 5
	260: StMemDW dst: rfp src: r0 off: -16 imm: 0
	261: LoadMapPtr dst: r1 fd: 0 <AT_c>
	263: MovReg dst: r2 src: rfp
	264: AddImm dst: r2 imm: -16
	265: MovReg dst: r3 src: rfp
	266: AddImm dst: r3 imm: -8
	267: MovImm dst: r4 imm: 0
	268: Call FnMapUpdateElem
	269: StMemDW dst: rfp src: r0 off: -8 imm: 0
	270: LoadMapPtr dst: r1 fd: 0 <AT_c>
	272: MovReg dst: r2 src: rfp
	273: AddImm dst: r2 imm: -8
	274: Call FnMapLookupElem
	275: MovReg dst: r1 src: r0
	276: JEqImm dst: r1 off: 2 imm: 0
	277: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	278: Ja off: 1
	279: MovImm dst: r1 imm: 0
	280: MulImm dst: r1 imm: 3
	281: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	282: LoadMapPtr dst: r1 fd: 0 <AT_c>
	284: MovReg dst: r2 src: rfp
	285: AddImm dst: r2 imm: -8
	286: MovReg dst: r3 src: rfp
	287: AddImm dst: r3 imm: -16
	288: MovImm dst: r4 imm: 0
	289: Call FnMapUpdateElem
	290: StMemDW dst: rfp src: r0 off: -8 imm: 0
	291: LoadMapPtr dst: r1 fd: 0 <AT_c>
	293: MovReg dst: r2 src: rfp
	294: AddImm dst: r2 imm: -8
	295: Call FnMapLookupElem
	296: MovReg dst: r1 src: r0
	297: JEqImm dst: r1 off: 2 imm: 0
	298: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	299: Ja off: 1
	300: MovImm dst: r1 imm: 0
	301: SubImm dst: r1 imm: 1
	302: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	303: LoadMapPtr dst: r1 fd: 0 <AT_c>
	305: MovReg dst: r2 src: rfp
	306: AddImm dst: r2 imm: -8
	307: MovReg dst: r3 src: rfp
	308: AddImm dst: r3 imm: -16
	309: MovImm dst: r4 imm: 0
	310: Call FnMapUpdateElem
	311: StMemDW dst: rfp src: r0 off: -8 imm: 0
	312: LoadMapPtr dst: r1 fd: 0 <AT_c>
	314: MovReg dst: r2 src: rfp
	315: AddImm dst: r2 imm: -8
	316: Call FnMapLookupElem
	317: MovReg dst: r1 src: r0
	318: JEqImm dst: r1 off: 2 imm: 0
	319: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	320: Ja off: 1
	321: MovImm dst: r1 imm: 0
	322: DivImm dst: r1 imm: 2
	323: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	324: LoadMapPtr dst: r1 fd: 0 <AT_c>
	326: MovReg dst: r2 src: rfp
	327: AddImm dst: r2 imm: -8
	328: MovReg dst: r3 src: rfp
	329: AddImm dst: r3 imm: -16
	330: MovImm dst: r4 imm: 0
	331: Call FnMapUpdateElem
	332: StMemDW dst: rfp src: r0 off: -8 imm: 0
	333: LoadMapPtr dst: r1 fd: 0 <AT_c>
	335: MovReg dst: r2 src: rfp
	336: AddImm dst: r2 imm: -8
	337: Call FnMapLookupElem
	338: MovReg dst: r1 src: r0
	339: JEqImm dst: r1 off: 2 imm: 0
	340: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	341: Ja off: 1
	342: MovImm dst: r1 imm: 0
	343: LShImm dst: r1 imm: 2
	344: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	345: LoadMapPtr dst: r1 fd: 0 <AT_c>
	347: MovReg dst: r2 src: rfp
	348: AddImm dst: r2 imm: -8
	349: MovReg dst: r3 src: rfp
	350: AddImm dst: r3 imm: -16
	351: MovImm dst: r4 imm: 0
	352: Call FnMapUpdateElem
	353: StMemDW dst: rfp src: r0 off: -8 imm: 0
	354: LoadMapPtr dst: r1 fd: 0 <AT_c>
	356: MovReg dst: r2 src: rfp
	357: AddImm dst: r2 imm: -8
	358: Call FnMapLookupElem
	359: MovReg dst: r1 src: r0
	360: JEqImm dst: r1 off: 2 imm: 0
	361: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	362: Ja off: 1
	363: MovImm dst: r1 imm: 0
	364: OrImm dst: r1 imm: 1
	365: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	366: LoadMapPtr dst: r1 fd: 0 <AT_c>
	368: MovReg dst: r2 src: rfp
	369: AddImm dst: r2 imm: -8
	370: MovReg dst: r3 src: rfp
	371: AddImm dst: r3 imm: -16
	372: MovImm dst: r4 imm: 0
	373: Call FnMapUpdateElem
	374: StMemDW dst: rfp src: r0 off: -8 imm: -11
	375: StMemDW dst: rfp src: r0 off: -16 imm: 0
	376: LoadMapPtr dst: r1 fd: 0 <AT_d>
	378: MovReg dst: r2 src: rfp
	379: AddImm dst: r2 imm: -16
	380: MovReg dst: r3 src: rfp
	381: AddImm dst: r3 imm: -8
	382: MovImm dst: r4 imm: 0
	383: Call FnMapUpdateElem
	384: StMemDW dst: rfp src: r0 off: -8 imm: 0
	385: LoadMapPtr dst: r1 fd: 0 <AT_d>
	387: MovReg dst: r2 src: rfp
	388: AddImm dst: r2 imm: -8
	389: Call FnMapLookupElem
	390: MovReg dst: r1 src: r0
	391: JEqImm dst: r1 off: 3 imm: 0
	392: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	393: MovReg dst: r6 src: r1
	394: Ja off: 1
	395: MovImm dst: r6 imm: 0
	396: StMemDW dst: rfp src: r0 off: -8 imm: 0
	397: LoadMapPtr dst: r1 fd: 0 <AT_d>
	399: MovReg dst: r2 src: rfp
	400: AddImm dst: r2 imm: -8
	401: Call FnMapLookupElem
	402: MovReg dst: r1 src: r0
	403: JEqImm dst: r1 off: 4 imm: 0
	404: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	405: AddReg dst: r2 src: r6
	406: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	407: Ja off: 9
	408: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	409: LoadMapPtr dst: r1 fd: 0 <AT_d>
	411: MovReg dst: r2 src: rfp
	412: AddImm dst: r2 imm: -8
	413: MovReg dst: r3 src: rfp
	414: AddImm dst: r3 imm: -16
	415: MovImm dst: r4 imm: 0
	416: Call FnMapUpdateElem
	417: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	418: LoadMapPtr dst: r1 fd: 0 <AT__events>
	420: MovReg dst: r2 src: rfp
	421: AddImm dst: r2 imm: -8
	422: MovImm dst: r3 imm: 8
	423: MovImm dst: r4 imm: 0
	424: Call FnRingbufOutput
	425: StMemW dst: rfp src: r0 off: -8 imm: 0
	426: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	428: MovReg dst: r2 src: rfp
	429: AddImm dst: r2 imm: -8
	430: Call FnMapLookupElem
	431: MovReg dst: r1 src: r0
	432: JEqImm dst: r1 off: 1 imm: 0
	433: StMemDW dst: r1 src: r0 off: 0 imm: 1
	434: MovImm dst: r0 imm: 0
	435: Exit

