BEGIN:
	  0: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	  1: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  2: StMemDW dst: rfp src: r0 off: -8 imm: 7
	  3: LoadMapPtr dst: r1 fd: 0 <AT__events>
	  5: MovReg dst: r2 src: rfp
	  6: AddImm dst: r2 imm: -24
	  7: MovImm dst: r3 imm: 24
	  8: MovImm dst: r4 imm: 0
	  9: Call FnRingbufOutput
	 10: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	 11: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 12: StMemDW dst: rfp src: r0 off: -8 imm: 8
	 13: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 15: MovReg dst: r2 src: rfp
	 16: AddImm dst: r2 imm: -24
	 17: MovImm dst: r3 imm: 24
	 18: MovImm dst: r4 imm: 0
	 19: Call FnRingbufOutput
	 20: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	 21: StMemDW dst: rfp src: r0 off: -16 imm: 2
	 22: StMemDW dst: rfp src: r0 off: -8 imm: 17
	 23: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 25: MovReg dst: r2 src: rfp
	 26: AddImm dst: r2 imm: -24
	 27: MovImm dst: r3 imm: 24
	 28: MovImm dst: r4 imm: 0
	 29: Call FnRingbufOutput
	 30: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	 31: StMemDW dst: rfp src: r0 off: -16 imm: 3
	 32: StMemDW dst: rfp src: r0 off: -8 imm: 4
	 33: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 35: MovReg dst: r2 src: rfp
	 36: AddImm dst: r2 imm: -24
	 37: MovImm dst: r3 imm: 24
	 38: MovImm dst: r4 imm: 0
	 39: Call FnRingbufOutput
	 40: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 41: StMemDW dst: rfp src: r0 off: -32 imm: 4
	 42: StMemDW dst: rfp src: r0 off: -24 imm: 2
	 43: StMemDW dst: rfp src: r0 off: -16 imm: 8
	 44: StMemDW dst: rfp src: r0 off: -8 imm: 4
	 45: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 47: MovReg dst: r2 src: rfp
	 48: AddImm dst: r2 imm: -40
	 49: MovImm dst: r3 imm: 40
	 50: MovImm dst: r4 imm: 0
	 51: Call FnRingbufOutput
	 52: StMemDW dst: rfp src: r0 off: -40 imm: 1
	 53: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 54: StMemDW dst: rfp src: r0 off: -24 imm: 3
	 55: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 56: StMemDW dst: rfp src: r0 off: -8 imm: -1
	 57: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 59: MovReg dst: r2 src: rfp
	 60: AddImm dst: r2 imm: -40
	 61: MovImm dst: r3 imm: 40
	 62: MovImm dst: r4 imm: 0
	 63: Call FnRingbufOutput
	 64: StMemDW dst: rfp src: r0 off: -32 imm: 2
	 65: LdImmDW dst: r1 imm: 9223372036854775804
	 67: StXMemDW dst: rfp src: r1 off: -24 imm: 0
	 68: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 69: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 70: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 72: MovReg dst: r2 src: rfp
	 73: AddImm dst: r2 imm: -32
	 74: MovImm dst: r3 imm: 32
	 75: MovImm dst: r4 imm: 0
	 76: Call FnRingbufOutput
	 77: StMemDW dst: rfp src: r0 off: -40 imm: 3
	 78: StMemDW dst: rfp src: r0 off: -32 imm: 3
	 79: StMemDW dst: rfp src: r0 off: -24 imm: 1
	 80: LdImmDW dst: r0 imm: 9223372036854775807
	 82: StXMemDW dst: rfp src: r0 off: -16 imm: 0
	 83: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 84: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 86: MovReg dst: r2 src: rfp
	 87: AddImm dst: r2 imm: -40
	 88: MovImm dst: r3 imm: 40
	 89: MovImm dst: r4 imm: 0
	 90: Call FnRingbufOutput
	 91: StMemDW dst: rfp src: r0 off: -56 imm: 4
	 92: StMemDW dst: rfp src: r0 off: -48 imm: 1
	 93: StMemDW dst: rfp src: r0 off: -40 imm: 1
	 94: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 95: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 96: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 97: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 98: LoadMapPtr dst: r1 fd: 0 <AT__events>
	100: MovReg dst: r2 src: rfp
	101: AddImm dst: r2 imm: -56
	102: MovImm dst: r3 imm: 56
	103: MovImm dst: r4 imm: 0
	104: Call FnRingbufOutput
	105: StMemDW dst: rfp src: r0 off: -40 imm: 5
	106: StMemDW dst: rfp src: r0 off: -32 imm: 1
	107: StMemDW dst: rfp src: r0 off: -24 imm: 0
	108: StMemDW dst: rfp src: r0 off: -16 imm: 1
	109: StMemDW dst: rfp src: r0 off: -8 imm: 0
	110: LoadMapPtr dst: r1 fd: 0 <AT__events>
	112: MovReg dst: r2 src: rfp
	113: AddImm dst: r2 imm: -40
	114: MovImm dst: r3 imm: 40
	115: MovImm dst: r4 imm: 0
	116: Call FnRingbufOutput
	117: StMemDW dst: rfp src: r0 off: -24 imm: 6
	118: StMemDW dst: rfp src: r0 off: -16 imm: 1
	119: StMemDW dst: rfp src: r0 off: -8 imm: 0
	120: LoadMapPtr dst: r1 fd: 0 <AT__events>
	122: MovReg dst: r2 src: rfp
	123: AddImm dst: r2 imm: -24
	124: MovImm dst: r3 imm: 24
	125: MovImm dst: r4 imm: 0
	126: Call FnRingbufOutput
	127: StMemW dst: rfp src: r0 off: -64 imm: 7562617
	128: StMemW dst: rfp src: r0 off: -60 imm: 0
	129: StMemDW dst: rfp src: r0 off: -56 imm: 0
	130: StMemDW dst: rfp src: r0 off: -48 imm: 0
	131: StMemDW dst: rfp src: r0 off: -40 imm: 0
	132: StMemDW dst: rfp src: r0 off: -32 imm: 0
	133: StMemDW dst: rfp src: r0 off: -24 imm: 0
	134: StMemDW dst: rfp src: r0 off: -16 imm: 0
	135: StMemDW dst: rfp src: r0 off: -8 imm: 0
	136: Call FnKtimeGetBootNs
	137: JLEImm dst: r0 off: 10 imm: 0
	138: StMemW dst: rfp src: r0 off: -128 imm: 7565168
	139: StMemW dst: rfp src: r0 off: -124 imm: 0
	140: StMemDW dst: rfp src: r0 off: -120 imm: 0
	141: StMemDW dst: rfp src: r0 off: -112 imm: 0
	142: StMemDW dst: rfp src: r0 off: -104 imm: 0
	143: StMemDW dst: rfp src: r0 off: -96 imm: 0
	144: StMemDW dst: rfp src: r0 off: -88 imm: 0
	145: StMemDW dst: rfp src: r0 off: -80 imm: 0
	146: StMemDW dst: rfp src: r0 off: -72 imm: 0
	147: Ja off: 11
	148: StMemW dst: rfp src: r0 off: -128 imm: 1869768058
	149: StMemB dst: rfp src: r0 off: -124 imm: 0
	150: StMemB dst: rfp src: r0 off: -123 imm: 0
	151: StMemH dst: rfp src: r0 off: -122 imm: 0
	152: StMemDW dst: rfp src: r0 off: -120 imm: 0
	153: StMemDW dst: rfp src: r0 off: -112 imm: 0
	154: StMemDW dst: rfp src: r0 off: -104 imm: 0
	155: StMemDW dst: rfp src: r0 off: -96 imm: 0
	156: StMemDW dst: rfp src: r0 off: -88 imm: 0
	157: StMemDW dst: rfp src: r0 off: -80 imm: 0
	158: StMemDW dst: rfp src: r0 off: -72 imm: 0
	159: StMemDW dst: rfp src: r0 off: -280 imm: 7
	160: LdXMemDW dst: r0 src: rfp off: -64 imm: 0
	161: StXMemDW dst: rfp src: r0 off: -272 imm: 0
	162: LdXMemDW dst: r0 src: rfp off: -56 imm: 0
	163: StXMemDW dst: rfp src: r0 off: -264 imm: 0
	164: LdXMemDW dst: r0 src: rfp off: -48 imm: 0
	165: StXMemDW dst: rfp src: r0 off: -256 imm: 0
	166: LdXMemDW dst: r0 src: rfp off: -40 imm: 0
	167: StXMemDW dst: rfp src: r0 off: -248 imm: 0
	168: LdXMemDW dst: r0 src: rfp off: -32 imm: 0
	169: StXMemDW dst: rfp src: r0 off: -240 imm: 0
	170: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	171: StXMemDW dst: rfp src: r0 off: -232 imm: 0
	172: LdXMemDW dst: r0 src: rfp off: -16 imm: 0
	173: StXMemDW dst: rfp src: r0 off: -224 imm: 0
	174: LdXMemDW dst: r0 src: rfp off: -8 imm: 0
	175: StXMemDW dst: rfp src: r0 off: -216 imm: 0
	176: StMemDW dst: rfp src: r0 off: -208 imm: -1
	177: LdXMemDW dst: r0 src: rfp off: -128 imm: 0
	178: StXMemDW dst: rfp src: r0 off: -200 imm: 0
	179: LdXMemDW dst: r0 src: rfp off: -120 imm: 0
	180: StXMemDW dst: rfp src: r0 off: -192 imm: 0
	181: LdXMemDW dst: r0 src: rfp off: -112 imm: 0
	182: StXMemDW dst: rfp src: r0 off: -184 imm: 0
	183: LdXMemDW dst: r0 src: rfp off: -104 imm: 0
	184: StXMemDW dst: rfp src: r0 off: -176 imm: 0
	185: LdXMemDW dst: r0 src: rfp off: -96 imm: 0
	186: StXMemDW dst: rfp src: r0 off: -168 imm: 0
	187: LdXMemDW dst: r0 src: rfp off: -88 imm: 0
	188: StXMemDW dst: rfp src: r0 off: -160 imm: 0
	189: LdXMemDW dst: r0 src: rfp off: -80 imm: 0
	190: StXMemDW dst: rfp src: r0 off: -152 imm: 0
	191: LdXMemDW dst: r0 src: rfp off: -72 imm: 0
	192: StXMemDW dst: rfp src: r0 off: -144 imm: 0
	193: StMemDW dst: rfp src: r0 off: -136 imm: 64
	194: LoadMapPtr dst: r1 fd: 0 <AT__events>
	196: MovReg dst: r2 src: rfp
	197: AddImm dst: r2 imm: -280
	198: MovImm dst: r3 imm: 152
	199: MovImm dst: r4 imm: 0
	200: Call FnRingbufOutput
	201: Call FnKtimeGetBootNs
	202: JEqImm dst: r0 off: 9 imm: 0
	203: StMemDW dst: rfp src: r0 off: -8 imm: 8
	204: LoadMapPtr dst: r1 fd: 0 <AT__events>
	206: MovReg dst: r2 src: rfp
	207: AddImm dst: r2 imm: -8
	208: MovImm dst: r3 imm: 8
	209: MovImm dst: r4 imm: 0
	210: Call FnRingbufOutput
	211: Ja off: 8
	212: StMemDW dst: rfp src: r0 off: -8 imm: 9
	213: LoadMapPtr dst: r1 fd: 0 <AT__events>
	215: MovReg dst: r2 src: rfp
	216: AddImm dst: r2 imm: -8
	217: MovImm dst: r3 imm: 8
	218: MovImm dst: r4 imm: 0
	219: Call FnRingbufOutput
	220: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	221: StMemDW dst: rfp src: r0 off: -16 imm: 4
	222: StMemDW dst: rfp src: r0 off: -8 imm: 242
	223: LoadMapPtr dst: r1 fd: 0 <AT__events>
	225: MovReg dst: r2 src: rfp
	226: AddImm dst: r2 imm: -24
	227: MovImm dst: r3 imm: 24
	228: MovImm dst: r4 imm: 0
	229: Call FnRingbufOutput
	230: StMemDW dst: rfp src: r0 off: -8 imm: 5
	231: StMemDW dst: rfp src: r0 off: -16 imm: 0
	232: LoadMapPtr dst: r1 fd: 0 <AT_c>
	234: MovReg dst: r2 src: rfp
	235: AddImm dst: r2 imm: -16
	236: MovReg dst: r3 src: rfp
	237: AddImm dst: r3 imm: -8
	238: MovImm dst: r4 imm: 0
	239: Call FnMapUpdateElem
	240: StMemDW dst: rfp src: r0 off: -8 imm: 0
	241: LoadMapPtr dst: r1 fd: 0 <AT_c>
	243: MovReg dst: r2 src: rfp
	244: AddImm dst: r2 imm: -16
	245: Call FnMapLookupElem
	246: JEqImm dst: r0 off: 2 imm: 0
	247: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	248: Ja off: 1
	249: MovImm dst: r1 imm: 0
	250: MulImm dst: r1 imm: 3
	251: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	252: LoadMapPtr dst: r1 fd: 0 <AT_c>
	254: MovReg dst: r2 src: rfp
	255: AddImm dst: r2 imm: -8
	256: MovReg dst: r3 src: rfp
	257: AddImm dst: r3 imm: -16
	258: MovImm dst: r4 imm: 0
	259: Call FnMapUpdateElem
	260: StMemDW dst: rfp src: r0 off: -8 imm: 0
	261: LoadMapPtr dst: r1 fd: 0 <AT_c>
	263: MovReg dst: r2 src: rfp
	264: AddImm dst: r2 imm: -8
	265: Call FnMapLookupElem
	266: JEqImm dst: r0 off: 2 imm: 0
	267: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	268: Ja off: 1
	269: MovImm dst: r1 imm: 0
	270: SubImm dst: r1 imm: 1
	271: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	272: LoadMapPtr dst: r1 fd: 0 <AT_c>
	274: MovReg dst: r2 src: rfp
	275: AddImm dst: r2 imm: -8
	276: MovReg dst: r3 src: rfp
	277: AddImm dst: r3 imm: -16
	278: MovImm dst: r4 imm: 0
	279: Call FnMapUpdateElem
	280: StMemDW dst: rfp src: r0 off: -8 imm: 0
	281: LoadMapPtr dst: r1 fd: 0 <AT_c>
	283: MovReg dst: r2 src: rfp
	284: AddImm dst: r2 imm: -8
	285: Call FnMapLookupElem
	286: JEqImm dst: r0 off: 2 imm: 0
	287: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	288: Ja off: 1
	289: MovImm dst: r1 imm: 0
	290: DivImm dst: r1 imm: 2
	291: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	292: LoadMapPtr dst: r1 fd: 0 <AT_c>
	294: MovReg dst: r2 src: rfp
	295: AddImm dst: r2 imm: -8
	296: MovReg dst: r3 src: rfp
	297: AddImm dst: r3 imm: -16
	298: MovImm dst: r4 imm: 0
	299: Call FnMapUpdateElem
	300: StMemDW dst: rfp src: r0 off: -8 imm: 0
	301: LoadMapPtr dst: r1 fd: 0 <AT_c>
	303: MovReg dst: r2 src: rfp
	304: AddImm dst: r2 imm: -8
	305: Call FnMapLookupElem
	306: JEqImm dst: r0 off: 2 imm: 0
	307: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	308: Ja off: 1
	309: MovImm dst: r1 imm: 0
	310: LShImm dst: r1 imm: 2
	311: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	312: LoadMapPtr dst: r1 fd: 0 <AT_c>
	314: MovReg dst: r2 src: rfp
	315: AddImm dst: r2 imm: -8
	316: MovReg dst: r3 src: rfp
	317: AddImm dst: r3 imm: -16
	318: MovImm dst: r4 imm: 0
	319: Call FnMapUpdateElem
	320: StMemDW dst: rfp src: r0 off: -8 imm: 0
	321: LoadMapPtr dst: r1 fd: 0 <AT_c>
	323: MovReg dst: r2 src: rfp
	324: AddImm dst: r2 imm: -8
	325: Call FnMapLookupElem
	326: JEqImm dst: r0 off: 2 imm: 0
	327: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	328: Ja off: 1
	329: MovImm dst: r1 imm: 0
	330: OrImm dst: r1 imm: 1
	331: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	332: LoadMapPtr dst: r1 fd: 0 <AT_c>
	334: MovReg dst: r2 src: rfp
	335: AddImm dst: r2 imm: -8
	336: MovReg dst: r3 src: rfp
	337: AddImm dst: r3 imm: -16
	338: MovImm dst: r4 imm: 0
	339: Call FnMapUpdateElem
	340: StMemDW dst: rfp src: r0 off: -8 imm: -11
	341: StMemDW dst: rfp src: r0 off: -16 imm: 0
	342: LoadMapPtr dst: r1 fd: 0 <AT_d>
	344: MovReg dst: r2 src: rfp
	345: AddImm dst: r2 imm: -16
	346: MovReg dst: r3 src: rfp
	347: AddImm dst: r3 imm: -8
	348: MovImm dst: r4 imm: 0
	349: Call FnMapUpdateElem
	350: LoadMapPtr dst: r1 fd: 0 <AT_d>
	352: MovReg dst: r2 src: rfp
	353: AddImm dst: r2 imm: -16
	354: Call FnMapLookupElem
	355: JEqImm dst: r0 off: 2 imm: 0
	356: LdXMemDW dst: r6 src: r0 off: 0 imm: 0
	357: Ja off: 1
	358: MovImm dst: r6 imm: 0
	359: StMemDW dst: rfp src: r0 off: -8 imm: 0
	360: LoadMapPtr dst: r1 fd: 0 <AT_d>
	362: MovReg dst: r2 src: rfp
	363: AddImm dst: r2 imm: -8
	364: Call FnMapLookupElem
	365: JEqImm dst: r0 off: 4 imm: 0
	366: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	367: AddReg dst: r2 src: r6
	368: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	369: Ja off: 9
	370: StXMemDW dst: rfp src: r6 off: -16 imm: 0
	371: LoadMapPtr dst: r1 fd: 0 <AT_d>
	373: MovReg dst: r2 src: rfp
	374: AddImm dst: r2 imm: -8
	375: MovReg dst: r3 src: rfp
	376: AddImm dst: r3 imm: -16
	377: MovImm dst: r4 imm: 0
	378: Call FnMapUpdateElem
	379: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	380: LoadMapPtr dst: r1 fd: 0 <AT__events>
	382: MovReg dst: r2 src: rfp
	383: AddImm dst: r2 imm: -8
	384: MovImm dst: r3 imm: 8
	385: MovImm dst: r4 imm: 0
	386: Call FnRingbufOutput
	387: StMemW dst: rfp src: r0 off: -8 imm: 0
	388: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	390: MovReg dst: r2 src: rfp
	391: AddImm dst: r2 imm: -8
	392: Call FnMapLookupElem
	393: JEqImm dst: r0 off: 1 imm: 0
	394: StMemDW dst: r0 src: r0 off: 0 imm: 1
	395: MovImm dst: r0 imm: 0
	396: Exit

