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
	105: JEqImm dst: r1 off: 11 imm: 0
	106: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	107: JEqImm dst: r2 off: 6 imm: 0
	108: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	109: NegImm dst: r2 imm: 0
	110: AddReg dst: r2 src: r6
	111: LdImmDW dst: r0 imm: 4294967290
	113: JSGTReg dst: r2 off: 13 src: r0
	114: StMemDW dst: r1 src: r0 off: 0 imm: 5
	115: StMemDW dst: r1 src: r0 off: 8 imm: 1
	116: Ja off: 10
	117: StMemDW dst: rfp src: r0 off: -24 imm: 5
	118: StMemDW dst: rfp src: r0 off: -16 imm: 1
	119: LoadMapPtr dst: r1 fd: 0 <AT_mn>
	121: MovReg dst: r2 src: rfp
	122: AddImm dst: r2 imm: -8
	123: MovReg dst: r3 src: rfp
	124: AddImm dst: r3 imm: -24
	125: MovImm dst: r4 imm: 0
	126: Call FnMapUpdateElem
	127: StMemDW dst: rfp src: r0 off: -8 imm: 0
	128: LoadMapPtr dst: r1 fd: 0 <AT_mxneg>
	130: MovReg dst: r2 src: rfp
	131: AddImm dst: r2 imm: -8
	132: Call FnMapLookupElem
	133: JEqImm dst: r0 off: 6 imm: 0
	134: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	135: JEqImm dst: r2 off: 4 imm: 0
	136: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	137: JSGTImm dst: r2 off: 2 imm: -3
	138: StMemDW dst: r0 src: r0 off: 0 imm: -3
	139: StMemDW dst: r0 src: r0 off: 8 imm: 1
	140: StMemDW dst: rfp src: r0 off: -8 imm: 1
	141: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	143: MovReg dst: r2 src: rfp
	144: AddImm dst: r2 imm: -8
	145: Call FnMapLookupElem
	146: JEqImm dst: r0 off: 7 imm: 0
	147: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	148: JEqImm dst: r2 off: 2 imm: 0
	149: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	150: JSGTImm dst: r2 off: 13 imm: 10
	151: StMemDW dst: r0 src: r0 off: 0 imm: 10
	152: StMemDW dst: r0 src: r0 off: 8 imm: 1
	153: Ja off: 10
	154: StMemDW dst: rfp src: r0 off: -24 imm: 10
	155: StMemDW dst: rfp src: r0 off: -16 imm: 1
	156: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	158: MovReg dst: r2 src: rfp
	159: AddImm dst: r2 imm: -8
	160: MovReg dst: r3 src: rfp
	161: AddImm dst: r3 imm: -24
	162: MovImm dst: r4 imm: 0
	163: Call FnMapUpdateElem
	164: StMemDW dst: rfp src: r0 off: -8 imm: 2
	165: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	167: MovReg dst: r2 src: rfp
	168: AddImm dst: r2 imm: -8
	169: Call FnMapLookupElem
	170: JEqImm dst: r0 off: 7 imm: 0
	171: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	172: JEqImm dst: r2 off: 2 imm: 0
	173: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	174: JSGTImm dst: r2 off: 13 imm: 30
	175: StMemDW dst: r0 src: r0 off: 0 imm: 30
	176: StMemDW dst: r0 src: r0 off: 8 imm: 1
	177: Ja off: 10
	178: StMemDW dst: rfp src: r0 off: -24 imm: 30
	179: StMemDW dst: rfp src: r0 off: -16 imm: 1
	180: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	182: MovReg dst: r2 src: rfp
	183: AddImm dst: r2 imm: -8
	184: MovReg dst: r3 src: rfp
	185: AddImm dst: r3 imm: -24
	186: MovImm dst: r4 imm: 0
	187: Call FnMapUpdateElem
	188: StMemH dst: rfp src: r0 off: -8 imm: 97
	189: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	191: MovReg dst: r2 src: rfp
	192: AddImm dst: r2 imm: -8
	193: Call FnMapLookupElem
	194: MovReg dst: r1 src: r0
	195: JEqImm dst: r1 off: 11 imm: 0
	196: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	197: JEqImm dst: r2 off: 6 imm: 0
	198: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	199: NegImm dst: r2 imm: 0
	200: AddReg dst: r2 src: r6
	201: LdImmDW dst: r0 imm: 4294966995
	203: JSGTReg dst: r2 off: 13 src: r0
	204: StMemDW dst: r1 src: r0 off: 0 imm: 300
	205: StMemDW dst: r1 src: r0 off: 8 imm: 1
	206: Ja off: 10
	207: StMemDW dst: rfp src: r0 off: -24 imm: 300
	208: StMemDW dst: rfp src: r0 off: -16 imm: 1
	209: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	211: MovReg dst: r2 src: rfp
	212: AddImm dst: r2 imm: -8
	213: MovReg dst: r3 src: rfp
	214: AddImm dst: r3 imm: -24
	215: MovImm dst: r4 imm: 0
	216: Call FnMapUpdateElem
	217: StMemH dst: rfp src: r0 off: -8 imm: 98
	218: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	220: MovReg dst: r2 src: rfp
	221: AddImm dst: r2 imm: -8
	222: Call FnMapLookupElem
	223: MovReg dst: r1 src: r0
	224: JEqImm dst: r1 off: 10 imm: 0
	225: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	226: JEqImm dst: r2 off: 5 imm: 0
	227: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	228: SubReg dst: r6 src: r2
	229: LdImmDW dst: r0 imm: 4294967395
	231: JSGTReg dst: r6 off: 13 src: r0
	232: StMemDW dst: r1 src: r0 off: 0 imm: -100
	233: StMemDW dst: r1 src: r0 off: 8 imm: 1
	234: Ja off: 10
	235: StMemDW dst: rfp src: r0 off: -24 imm: -100
	236: StMemDW dst: rfp src: r0 off: -16 imm: 1
	237: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	239: MovReg dst: r2 src: rfp
	240: AddImm dst: r2 imm: -8
	241: MovReg dst: r3 src: rfp
	242: AddImm dst: r3 imm: -24
	243: MovImm dst: r4 imm: 0
	244: Call FnMapUpdateElem
	245: StMemDW dst: rfp src: r0 off: -8 imm: 1
	246: LoadMapPtr dst: r1 fd: 0 <AT_a>
	248: MovReg dst: r2 src: rfp
	249: AddImm dst: r2 imm: -8
	250: Call FnMapLookupElem
	251: JEqImm dst: r0 off: 7 imm: 0
	252: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	253: AddImm dst: r2 imm: 10
	254: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	255: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	256: AddImm dst: r2 imm: 1
	257: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	258: Ja off: 10
	259: StMemDW dst: rfp src: r0 off: -24 imm: 10
	260: StMemDW dst: rfp src: r0 off: -16 imm: 1
	261: LoadMapPtr dst: r1 fd: 0 <AT_a>
	263: MovReg dst: r2 src: rfp
	264: AddImm dst: r2 imm: -8
	265: MovReg dst: r3 src: rfp
	266: AddImm dst: r3 imm: -24
	267: MovImm dst: r4 imm: 0
	268: Call FnMapUpdateElem
	269: StMemDW dst: rfp src: r0 off: -8 imm: 2
	270: LoadMapPtr dst: r1 fd: 0 <AT_a>
	272: MovReg dst: r2 src: rfp
	273: AddImm dst: r2 imm: -8
	274: Call FnMapLookupElem
	275: JEqImm dst: r0 off: 7 imm: 0
	276: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	277: AddImm dst: r2 imm: 3
	278: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	279: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	280: AddImm dst: r2 imm: 1
	281: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	282: Ja off: 10
	283: StMemDW dst: rfp src: r0 off: -24 imm: 3
	284: StMemDW dst: rfp src: r0 off: -16 imm: 1
	285: LoadMapPtr dst: r1 fd: 0 <AT_a>
	287: MovReg dst: r2 src: rfp
	288: AddImm dst: r2 imm: -8
	289: MovReg dst: r3 src: rfp
	290: AddImm dst: r3 imm: -24
	291: MovImm dst: r4 imm: 0
	292: Call FnMapUpdateElem
	293: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	294: StMemW dst: rfp src: r0 off: -16 imm: 0
	295: StMemW dst: rfp src: r0 off: -12 imm: 1
	296: StMemW dst: rfp src: r0 off: -8 imm: 0
	297: StMemW dst: rfp src: r0 off: -4 imm: 0
	298: LoadMapPtr dst: r1 fd: 0 <AT__events>
	300: MovReg dst: r2 src: rfp
	301: AddImm dst: r2 imm: -24
	302: MovImm dst: r3 imm: 24
	303: MovImm dst: r4 imm: 0
	304: Call FnRingbufOutput
	305: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	306: StMemW dst: rfp src: r0 off: -16 imm: 7
	307: StMemW dst: rfp src: r0 off: -12 imm: 0
	308: StMemW dst: rfp src: r0 off: -8 imm: 0
	309: StMemW dst: rfp src: r0 off: -4 imm: 0
	310: LoadMapPtr dst: r1 fd: 0 <AT__events>
	312: MovReg dst: r2 src: rfp
	313: AddImm dst: r2 imm: -24
	314: MovImm dst: r3 imm: 24
	315: MovImm dst: r4 imm: 0
	316: Call FnRingbufOutput
	317: StMemDW dst: rfp src: r0 off: -8 imm: 1
	318: LoadMapPtr dst: r1 fd: 0 <AT_c>
	320: MovReg dst: r2 src: rfp
	321: AddImm dst: r2 imm: -8
	322: Call FnMapLookupElem
	323: JEqImm dst: r0 off: 7 imm: 0
	324: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	325: AddImm dst: r2 imm: 1
	326: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	327: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	328: AddImm dst: r2 imm: 1
	329: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	330: Ja off: 10
	331: StMemDW dst: rfp src: r0 off: -24 imm: 1
	332: StMemDW dst: rfp src: r0 off: -16 imm: 1
	333: LoadMapPtr dst: r1 fd: 0 <AT_c>
	335: MovReg dst: r2 src: rfp
	336: AddImm dst: r2 imm: -8
	337: MovReg dst: r3 src: rfp
	338: AddImm dst: r3 imm: -24
	339: MovImm dst: r4 imm: 0
	340: Call FnMapUpdateElem
	341: StMemDW dst: rfp src: r0 off: -16 imm: 30002
	342: StMemW dst: rfp src: r0 off: -8 imm: 2
	343: StMemW dst: rfp src: r0 off: -4 imm: 0
	344: LoadMapPtr dst: r1 fd: 0 <AT__events>
	346: MovReg dst: r2 src: rfp
	347: AddImm dst: r2 imm: -16
	348: MovImm dst: r3 imm: 16
	349: MovImm dst: r4 imm: 0
	350: Call FnRingbufOutput
	351: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	352: LoadMapPtr dst: r1 fd: 0 <AT__events>
	354: MovReg dst: r2 src: rfp
	355: AddImm dst: r2 imm: -8
	356: MovImm dst: r3 imm: 8
	357: MovImm dst: r4 imm: 0
	358: Call FnRingbufOutput
	359: StMemW dst: rfp src: r0 off: -8 imm: 0
	360: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	362: MovReg dst: r2 src: rfp
	363: AddImm dst: r2 imm: -8
	364: Call FnMapLookupElem
	365: JEqImm dst: r0 off: 1 imm: 0
	366: StMemDW dst: r0 src: r0 off: 0 imm: 1
	367: MovImm dst: r0 imm: 0
	368: Exit

