BEGIN:
	  0: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  1: LoadMapPtr dst: r1 fd: 0 <AT_av>
	  3: MovReg dst: r2 src: rfp
	  4: AddImm dst: r2 imm: -8
	  5: Call FnMapLookupElem
	  6: JEqImm dst: r0 off: 7 imm: 0
	  7: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	  8: AddImm dst: r2 imm: -4
	  9: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 10: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 11: AddImm dst: r2 imm: 1
	 12: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	 13: Ja off: 10
	 14: StMemDW dst: rfp src: r0 off: -24 imm: -4
	 15: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 16: LoadMapPtr dst: r1 fd: 0 <AT_av>
	 18: MovReg dst: r2 src: rfp
	 19: AddImm dst: r2 imm: -8
	 20: MovReg dst: r3 src: rfp
	 21: AddImm dst: r3 imm: -24
	 22: MovImm dst: r4 imm: 0
	 23: Call FnMapUpdateElem
	 24: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 25: LoadMapPtr dst: r1 fd: 0 <AT_av>
	 27: MovReg dst: r2 src: rfp
	 28: AddImm dst: r2 imm: -8
	 29: Call FnMapLookupElem
	 30: JEqImm dst: r0 off: 7 imm: 0
	 31: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 32: AddImm dst: r2 imm: 1
	 33: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 34: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 35: AddImm dst: r2 imm: 1
	 36: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	 37: Ja off: 10
	 38: StMemDW dst: rfp src: r0 off: -24 imm: 1
	 39: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 40: LoadMapPtr dst: r1 fd: 0 <AT_av>
	 42: MovReg dst: r2 src: rfp
	 43: AddImm dst: r2 imm: -8
	 44: MovReg dst: r3 src: rfp
	 45: AddImm dst: r3 imm: -24
	 46: MovImm dst: r4 imm: 0
	 47: Call FnMapUpdateElem
	 48: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 49: LoadMapPtr dst: r1 fd: 0 <AT_st>
	 51: MovReg dst: r2 src: rfp
	 52: AddImm dst: r2 imm: -8
	 53: Call FnMapLookupElem
	 54: JEqImm dst: r0 off: 7 imm: 0
	 55: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 56: AddImm dst: r2 imm: -4
	 57: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 58: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 59: AddImm dst: r2 imm: 1
	 60: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	 61: Ja off: 10
	 62: StMemDW dst: rfp src: r0 off: -24 imm: -4
	 63: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 64: LoadMapPtr dst: r1 fd: 0 <AT_st>
	 66: MovReg dst: r2 src: rfp
	 67: AddImm dst: r2 imm: -8
	 68: MovReg dst: r3 src: rfp
	 69: AddImm dst: r3 imm: -24
	 70: MovImm dst: r4 imm: 0
	 71: Call FnMapUpdateElem
	 72: StMemDW dst: rfp src: r0 off: -8 imm: 2
	 73: LoadMapPtr dst: r1 fd: 0 <AT_st>
	 75: MovReg dst: r2 src: rfp
	 76: AddImm dst: r2 imm: -8
	 77: Call FnMapLookupElem
	 78: JEqImm dst: r0 off: 7 imm: 0
	 79: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 80: AddImm dst: r2 imm: 10
	 81: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 82: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 83: AddImm dst: r2 imm: 1
	 84: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	 85: Ja off: 10
	 86: StMemDW dst: rfp src: r0 off: -24 imm: 10
	 87: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 88: LoadMapPtr dst: r1 fd: 0 <AT_st>
	 90: MovReg dst: r2 src: rfp
	 91: AddImm dst: r2 imm: -8
	 92: MovReg dst: r3 src: rfp
	 93: AddImm dst: r3 imm: -24
	 94: MovImm dst: r4 imm: 0
	 95: Call FnMapUpdateElem
	 96: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 97: LoadMapPtr dst: r1 fd: 0 <AT_mn>
	 99: MovReg dst: r2 src: rfp
	100: AddImm dst: r2 imm: -8
	101: Call FnMapLookupElem
	102: MovReg dst: r1 src: r0
	103: LdImmDW dst: r6 imm: 4294967295
	105: JEqImm dst: r1 off: 12 imm: 0
	106: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	107: JEqImm dst: r2 off: 7 imm: 0
	108: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	109: MovReg dst: r0 src: r6
	110: SubReg dst: r0 src: r2
	111: MovReg dst: r2 src: r0
	112: LdImmDW dst: r0 imm: 4294967290
	114: JSGTReg dst: r2 off: 13 src: r0
	115: StMemDW dst: r1 src: r0 off: 0 imm: 5
	116: StMemDW dst: r1 src: r0 off: 8 imm: 1
	117: Ja off: 10
	118: StMemDW dst: rfp src: r0 off: -24 imm: 5
	119: StMemDW dst: rfp src: r0 off: -16 imm: 1
	120: LoadMapPtr dst: r1 fd: 0 <AT_mn>
	122: MovReg dst: r2 src: rfp
	123: AddImm dst: r2 imm: -8
	124: MovReg dst: r3 src: rfp
	125: AddImm dst: r3 imm: -24
	126: MovImm dst: r4 imm: 0
	127: Call FnMapUpdateElem
	128: StMemDW dst: rfp src: r0 off: -8 imm: 0
	129: LoadMapPtr dst: r1 fd: 0 <AT_mxneg>
	131: MovReg dst: r2 src: rfp
	132: AddImm dst: r2 imm: -8
	133: Call FnMapLookupElem
	134: JEqImm dst: r0 off: 6 imm: 0
	135: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	136: JEqImm dst: r2 off: 4 imm: 0
	137: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	138: JSGTImm dst: r2 off: 2 imm: -3
	139: StMemDW dst: r0 src: r0 off: 0 imm: -3
	140: StMemDW dst: r0 src: r0 off: 8 imm: 1
	141: StMemDW dst: rfp src: r0 off: -8 imm: 1
	142: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	144: MovReg dst: r2 src: rfp
	145: AddImm dst: r2 imm: -8
	146: Call FnMapLookupElem
	147: JEqImm dst: r0 off: 7 imm: 0
	148: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	149: JEqImm dst: r2 off: 2 imm: 0
	150: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	151: JSGTImm dst: r2 off: 13 imm: 10
	152: StMemDW dst: r0 src: r0 off: 0 imm: 10
	153: StMemDW dst: r0 src: r0 off: 8 imm: 1
	154: Ja off: 10
	155: StMemDW dst: rfp src: r0 off: -24 imm: 10
	156: StMemDW dst: rfp src: r0 off: -16 imm: 1
	157: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	159: MovReg dst: r2 src: rfp
	160: AddImm dst: r2 imm: -8
	161: MovReg dst: r3 src: rfp
	162: AddImm dst: r3 imm: -24
	163: MovImm dst: r4 imm: 0
	164: Call FnMapUpdateElem
	165: StMemDW dst: rfp src: r0 off: -8 imm: 2
	166: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	168: MovReg dst: r2 src: rfp
	169: AddImm dst: r2 imm: -8
	170: Call FnMapLookupElem
	171: JEqImm dst: r0 off: 7 imm: 0
	172: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	173: JEqImm dst: r2 off: 2 imm: 0
	174: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	175: JSGTImm dst: r2 off: 13 imm: 30
	176: StMemDW dst: r0 src: r0 off: 0 imm: 30
	177: StMemDW dst: r0 src: r0 off: 8 imm: 1
	178: Ja off: 10
	179: StMemDW dst: rfp src: r0 off: -24 imm: 30
	180: StMemDW dst: rfp src: r0 off: -16 imm: 1
	181: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	183: MovReg dst: r2 src: rfp
	184: AddImm dst: r2 imm: -8
	185: MovReg dst: r3 src: rfp
	186: AddImm dst: r3 imm: -24
	187: MovImm dst: r4 imm: 0
	188: Call FnMapUpdateElem
	189: StMemH dst: rfp src: r0 off: -8 imm: 97
	190: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	192: MovReg dst: r2 src: rfp
	193: AddImm dst: r2 imm: -8
	194: Call FnMapLookupElem
	195: MovReg dst: r1 src: r0
	196: JEqImm dst: r1 off: 12 imm: 0
	197: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	198: JEqImm dst: r2 off: 7 imm: 0
	199: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	200: MovReg dst: r0 src: r6
	201: SubReg dst: r0 src: r2
	202: MovReg dst: r2 src: r0
	203: LdImmDW dst: r0 imm: 4294966995
	205: JSGTReg dst: r2 off: 13 src: r0
	206: StMemDW dst: r1 src: r0 off: 0 imm: 300
	207: StMemDW dst: r1 src: r0 off: 8 imm: 1
	208: Ja off: 10
	209: StMemDW dst: rfp src: r0 off: -24 imm: 300
	210: StMemDW dst: rfp src: r0 off: -16 imm: 1
	211: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	213: MovReg dst: r2 src: rfp
	214: AddImm dst: r2 imm: -8
	215: MovReg dst: r3 src: rfp
	216: AddImm dst: r3 imm: -24
	217: MovImm dst: r4 imm: 0
	218: Call FnMapUpdateElem
	219: StMemH dst: rfp src: r0 off: -8 imm: 98
	220: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	222: MovReg dst: r2 src: rfp
	223: AddImm dst: r2 imm: -8
	224: Call FnMapLookupElem
	225: MovReg dst: r1 src: r0
	226: JEqImm dst: r1 off: 12 imm: 0
	227: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	228: JEqImm dst: r2 off: 7 imm: 0
	229: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	230: MovReg dst: r0 src: r6
	231: SubReg dst: r0 src: r2
	232: MovReg dst: r2 src: r0
	233: LdImmDW dst: r0 imm: 4294967395
	235: JSGTReg dst: r2 off: 13 src: r0
	236: StMemDW dst: r1 src: r0 off: 0 imm: -100
	237: StMemDW dst: r1 src: r0 off: 8 imm: 1
	238: Ja off: 10
	239: StMemDW dst: rfp src: r0 off: -24 imm: -100
	240: StMemDW dst: rfp src: r0 off: -16 imm: 1
	241: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	243: MovReg dst: r2 src: rfp
	244: AddImm dst: r2 imm: -8
	245: MovReg dst: r3 src: rfp
	246: AddImm dst: r3 imm: -24
	247: MovImm dst: r4 imm: 0
	248: Call FnMapUpdateElem
	249: StMemDW dst: rfp src: r0 off: -8 imm: 1
	250: LoadMapPtr dst: r1 fd: 0 <AT_a>
	252: MovReg dst: r2 src: rfp
	253: AddImm dst: r2 imm: -8
	254: Call FnMapLookupElem
	255: JEqImm dst: r0 off: 7 imm: 0
	256: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	257: AddImm dst: r2 imm: 10
	258: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	259: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	260: AddImm dst: r2 imm: 1
	261: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	262: Ja off: 10
	263: StMemDW dst: rfp src: r0 off: -24 imm: 10
	264: StMemDW dst: rfp src: r0 off: -16 imm: 1
	265: LoadMapPtr dst: r1 fd: 0 <AT_a>
	267: MovReg dst: r2 src: rfp
	268: AddImm dst: r2 imm: -8
	269: MovReg dst: r3 src: rfp
	270: AddImm dst: r3 imm: -24
	271: MovImm dst: r4 imm: 0
	272: Call FnMapUpdateElem
	273: StMemDW dst: rfp src: r0 off: -8 imm: 2
	274: LoadMapPtr dst: r1 fd: 0 <AT_a>
	276: MovReg dst: r2 src: rfp
	277: AddImm dst: r2 imm: -8
	278: Call FnMapLookupElem
	279: JEqImm dst: r0 off: 7 imm: 0
	280: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	281: AddImm dst: r2 imm: 3
	282: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	283: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	284: AddImm dst: r2 imm: 1
	285: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	286: Ja off: 10
	287: StMemDW dst: rfp src: r0 off: -24 imm: 3
	288: StMemDW dst: rfp src: r0 off: -16 imm: 1
	289: LoadMapPtr dst: r1 fd: 0 <AT_a>
	291: MovReg dst: r2 src: rfp
	292: AddImm dst: r2 imm: -8
	293: MovReg dst: r3 src: rfp
	294: AddImm dst: r3 imm: -24
	295: MovImm dst: r4 imm: 0
	296: Call FnMapUpdateElem
	297: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	298: StMemW dst: rfp src: r0 off: -16 imm: 0
	299: StMemW dst: rfp src: r0 off: -12 imm: 1
	300: StMemW dst: rfp src: r0 off: -8 imm: 0
	301: StMemW dst: rfp src: r0 off: -4 imm: 0
	302: LoadMapPtr dst: r1 fd: 0 <AT__events>
	304: MovReg dst: r2 src: rfp
	305: AddImm dst: r2 imm: -24
	306: MovImm dst: r3 imm: 24
	307: MovImm dst: r4 imm: 0
	308: Call FnRingbufOutput
	309: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	310: StMemW dst: rfp src: r0 off: -16 imm: 7
	311: StMemW dst: rfp src: r0 off: -12 imm: 0
	312: StMemW dst: rfp src: r0 off: -8 imm: 0
	313: StMemW dst: rfp src: r0 off: -4 imm: 0
	314: LoadMapPtr dst: r1 fd: 0 <AT__events>
	316: MovReg dst: r2 src: rfp
	317: AddImm dst: r2 imm: -24
	318: MovImm dst: r3 imm: 24
	319: MovImm dst: r4 imm: 0
	320: Call FnRingbufOutput
	321: StMemDW dst: rfp src: r0 off: -8 imm: 1
	322: LoadMapPtr dst: r1 fd: 0 <AT_c>
	324: MovReg dst: r2 src: rfp
	325: AddImm dst: r2 imm: -8
	326: Call FnMapLookupElem
	327: JEqImm dst: r0 off: 7 imm: 0
	328: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	329: AddImm dst: r2 imm: 1
	330: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	331: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	332: AddImm dst: r2 imm: 1
	333: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	334: Ja off: 10
	335: StMemDW dst: rfp src: r0 off: -24 imm: 1
	336: StMemDW dst: rfp src: r0 off: -16 imm: 1
	337: LoadMapPtr dst: r1 fd: 0 <AT_c>
	339: MovReg dst: r2 src: rfp
	340: AddImm dst: r2 imm: -8
	341: MovReg dst: r3 src: rfp
	342: AddImm dst: r3 imm: -24
	343: MovImm dst: r4 imm: 0
	344: Call FnMapUpdateElem
	345: StMemDW dst: rfp src: r0 off: -16 imm: 30002
	346: StMemW dst: rfp src: r0 off: -8 imm: 2
	347: StMemW dst: rfp src: r0 off: -4 imm: 0
	348: LoadMapPtr dst: r1 fd: 0 <AT__events>
	350: MovReg dst: r2 src: rfp
	351: AddImm dst: r2 imm: -16
	352: MovImm dst: r3 imm: 16
	353: MovImm dst: r4 imm: 0
	354: Call FnRingbufOutput
	355: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	356: LoadMapPtr dst: r1 fd: 0 <AT__events>
	358: MovReg dst: r2 src: rfp
	359: AddImm dst: r2 imm: -8
	360: MovImm dst: r3 imm: 8
	361: MovImm dst: r4 imm: 0
	362: Call FnRingbufOutput
	363: StMemW dst: rfp src: r0 off: -8 imm: 0
	364: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	366: MovReg dst: r2 src: rfp
	367: AddImm dst: r2 imm: -8
	368: Call FnMapLookupElem
	369: JEqImm dst: r0 off: 1 imm: 0
	370: StMemDW dst: r0 src: r0 off: 0 imm: 1
	371: MovImm dst: r0 imm: 0
	372: Exit

