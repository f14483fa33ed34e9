BEGIN:
	  0: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  1: LoadMapPtr dst: r1 fd: 0 <AT_av>
	  3: MovReg dst: r2 src: rfp
	  4: AddImm dst: r2 imm: -8
	  5: Call FnMapLookupElem
	  6: MovReg dst: r1 src: r0
	  7: JEqImm dst: r1 off: 7 imm: 0
	  8: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	  9: AddImm dst: r2 imm: -4
	 10: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 11: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 12: AddImm dst: r2 imm: 1
	 13: StXMemDW dst: r1 src: r2 off: 8 imm: 0
	 14: Ja off: 10
	 15: StMemDW dst: rfp src: r0 off: -24 imm: -4
	 16: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 17: LoadMapPtr dst: r1 fd: 0 <AT_av>
	 19: MovReg dst: r2 src: rfp
	 20: AddImm dst: r2 imm: -8
	 21: MovReg dst: r3 src: rfp
	 22: AddImm dst: r3 imm: -24
	 23: MovImm dst: r4 imm: 0
	 24: Call FnMapUpdateElem
	 25: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 26: LoadMapPtr dst: r1 fd: 0 <AT_av>
	 28: MovReg dst: r2 src: rfp
	 29: AddImm dst: r2 imm: -8
	 30: Call FnMapLookupElem
	 31: MovReg dst: r1 src: r0
	 32: JEqImm dst: r1 off: 7 imm: 0
	 33: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 34: AddImm dst: r2 imm: 1
	 35: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 36: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 37: AddImm dst: r2 imm: 1
	 38: StXMemDW dst: r1 src: r2 off: 8 imm: 0
	 39: Ja off: 10
	 40: StMemDW dst: rfp src: r0 off: -24 imm: 1
	 41: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 42: LoadMapPtr dst: r1 fd: 0 <AT_av>
	 44: MovReg dst: r2 src: rfp
	 45: AddImm dst: r2 imm: -8
	 46: MovReg dst: r3 src: rfp
	 47: AddImm dst: r3 imm: -24
	 48: MovImm dst: r4 imm: 0
	 49: Call FnMapUpdateElem
	 50: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 51: LoadMapPtr dst: r1 fd: 0 <AT_st>
	 53: MovReg dst: r2 src: rfp
	 54: AddImm dst: r2 imm: -8
	 55: Call FnMapLookupElem
	 56: MovReg dst: r1 src: r0
	 57: JEqImm dst: r1 off: 7 imm: 0
	 58: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 59: AddImm dst: r2 imm: -4
	 60: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 61: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 62: AddImm dst: r2 imm: 1
	 63: StXMemDW dst: r1 src: r2 off: 8 imm: 0
	 64: Ja off: 10
	 65: StMemDW dst: rfp src: r0 off: -24 imm: -4
	 66: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 67: LoadMapPtr dst: r1 fd: 0 <AT_st>
	 69: MovReg dst: r2 src: rfp
	 70: AddImm dst: r2 imm: -8
	 71: MovReg dst: r3 src: rfp
	 72: AddImm dst: r3 imm: -24
	 73: MovImm dst: r4 imm: 0
	 74: Call FnMapUpdateElem
	 75: StMemDW dst: rfp src: r0 off: -8 imm: 2
	 76: LoadMapPtr dst: r1 fd: 0 <AT_st>
	 78: MovReg dst: r2 src: rfp
	 79: AddImm dst: r2 imm: -8
	 80: Call FnMapLookupElem
	 81: MovReg dst: r1 src: r0
	 82: JEqImm dst: r1 off: 7 imm: 0
	 83: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 84: AddImm dst: r2 imm: 10
	 85: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 86: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 87: AddImm dst: r2 imm: 1
	 88: StXMemDW dst: r1 src: r2 off: 8 imm: 0
	 89: Ja off: 10
	 90: StMemDW dst: rfp src: r0 off: -24 imm: 10
	 91: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 92: LoadMapPtr dst: r1 fd: 0 <AT_st>
	 94: MovReg dst: r2 src: rfp
	 95: AddImm dst: r2 imm: -8
	 96: MovReg dst: r3 src: rfp
	 97: AddImm dst: r3 imm: -24
	 98: MovImm dst: r4 imm: 0
	 99: Call FnMapUpdateElem
	100: StMemDW dst: rfp src: r0 off: -8 imm: 0
	101: LoadMapPtr dst: r1 fd: 0 <AT_mn>
	103: MovReg dst: r2 src: rfp
	104: AddImm dst: r2 imm: -8
	105: Call FnMapLookupElem
	106: MovReg dst: r1 src: r0
	107: JEqImm dst: r1 off: 15 imm: 0
	108: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	109: JEqImm dst: r2 off: 6 imm: 0
	110: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	111: LdImmDW dst: r0 imm: 4294967295
	113: SubReg dst: r0 src: r2
	114: MovReg dst: r2 src: r0
	115: Ja off: 1
	116: MovImm dst: r2 imm: 0
	117: LdImmDW dst: r0 imm: 4294967290
	119: JSGTReg dst: r2 off: 13 src: r0
	120: StMemDW dst: r1 src: r0 off: 0 imm: 5
	121: StMemDW dst: r1 src: r0 off: 8 imm: 1
	122: Ja off: 10
	123: StMemDW dst: rfp src: r0 off: -24 imm: 5
	124: StMemDW dst: rfp src: r0 off: -16 imm: 1
	125: LoadMapPtr dst: r1 fd: 0 <AT_mn>
	127: MovReg dst: r2 src: rfp
	128: AddImm dst: r2 imm: -8
	129: MovReg dst: r3 src: rfp
	130: AddImm dst: r3 imm: -24
	131: MovImm dst: r4 imm: 0
	132: Call FnMapUpdateElem
	133: StMemDW dst: rfp src: r0 off: -8 imm: 0
	134: LoadMapPtr dst: r1 fd: 0 <AT_mxneg>
	136: MovReg dst: r2 src: rfp
	137: AddImm dst: r2 imm: -8
	138: Call FnMapLookupElem
	139: MovReg dst: r1 src: r0
	140: JEqImm dst: r1 off: 8 imm: 0
	141: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	142: JEqImm dst: r2 off: 2 imm: 0
	143: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	144: Ja off: 1
	145: MovImm dst: r2 imm: 0
	146: JSGTImm dst: r2 off: 2 imm: -3
	147: StMemDW dst: r1 src: r0 off: 0 imm: -3
	148: StMemDW dst: r1 src: r0 off: 8 imm: 1
	149: StMemDW dst: rfp src: r0 off: -8 imm: 1
	150: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	152: MovReg dst: r2 src: rfp
	153: AddImm dst: r2 imm: -8
	154: Call FnMapLookupElem
	155: MovReg dst: r1 src: r0
	156: JEqImm dst: r1 off: 9 imm: 0
	157: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	158: JEqImm dst: r2 off: 2 imm: 0
	159: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	160: Ja off: 1
	161: MovImm dst: r2 imm: 0
	162: JSGTImm dst: r2 off: 13 imm: 10
	163: StMemDW dst: r1 src: r0 off: 0 imm: 10
	164: StMemDW dst: r1 src: r0 off: 8 imm: 1
	165: Ja off: 10
	166: StMemDW dst: rfp src: r0 off: -24 imm: 10
	167: StMemDW dst: rfp src: r0 off: -16 imm: 1
	168: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	170: MovReg dst: r2 src: rfp
	171: AddImm dst: r2 imm: -8
	172: MovReg dst: r3 src: rfp
	173: AddImm dst: r3 imm: -24
	174: MovImm dst: r4 imm: 0
	175: Call FnMapUpdateElem
	176: StMemDW dst: rfp src: r0 off: -8 imm: 2
	177: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	179: MovReg dst: r2 src: rfp
	180: AddImm dst: r2 imm: -8
	181: Call FnMapLookupElem
	182: MovReg dst: r1 src: r0
	183: JEqImm dst: r1 off: 9 imm: 0
	184: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	185: JEqImm dst: r2 off: 2 imm: 0
	186: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	187: Ja off: 1
	188: MovImm dst: r2 imm: 0
	189: JSGTImm dst: r2 off: 13 imm: 30
	190: StMemDW dst: r1 src: r0 off: 0 imm: 30
	191: StMemDW dst: r1 src: r0 off: 8 imm: 1
	192: Ja off: 10
	193: StMemDW dst: rfp src: r0 off: -24 imm: 30
	194: StMemDW dst: rfp src: r0 off: -16 imm: 1
	195: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	197: MovReg dst: r2 src: rfp
	198: AddImm dst: r2 imm: -8
	199: MovReg dst: r3 src: rfp
	200: AddImm dst: r3 imm: -24
	201: MovImm dst: r4 imm: 0
	202: Call FnMapUpdateElem
	203: StMemH dst: rfp src: r0 off: -8 imm: 97
	204: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	206: MovReg dst: r2 src: rfp
	207: AddImm dst: r2 imm: -8
	208: Call FnMapLookupElem
	209: MovReg dst: r1 src: r0
	210: JEqImm dst: r1 off: 15 imm: 0
	211: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	212: JEqImm dst: r2 off: 6 imm: 0
	213: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	214: LdImmDW dst: r0 imm: 4294967295
	216: SubReg dst: r0 src: r2
	217: MovReg dst: r2 src: r0
	218: Ja off: 1
	219: MovImm dst: r2 imm: 0
	220: LdImmDW dst: r0 imm: 4294966995
	222: JSGTReg dst: r2 off: 13 src: r0
	223: StMemDW dst: r1 src: r0 off: 0 imm: 300
	224: StMemDW dst: r1 src: r0 off: 8 imm: 1
	225: Ja off: 10
	226: StMemDW dst: rfp src: r0 off: -24 imm: 300
	227: StMemDW dst: rfp src: r0 off: -16 imm: 1
	228: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	230: MovReg dst: r2 src: rfp
	231: AddImm dst: r2 imm: -8
	232: MovReg dst: r3 src: rfp
	233: AddImm dst: r3 imm: -24
	234: MovImm dst: r4 imm: 0
	235: Call FnMapUpdateElem
	236: StMemH dst: rfp src: r0 off: -8 imm: 98
	237: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	239: MovReg dst: r2 src: rfp
	240: AddImm dst: r2 imm: -8
	241: Call FnMapLookupElem
	242: MovReg dst: r1 src: r0
	243: JEqImm dst: r1 off: 15 imm: 0
	244: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	245: JEqImm dst: r2 off: 6 imm: 0
	246: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	247: LdImmDW dst: r0 imm: 4294967295
	249: SubReg dst: r0 src: r2
	250: MovReg dst: r2 src: r0
	251: Ja off: 1
	252: MovImm dst: r2 imm: 0
	253: LdImmDW dst: r0 imm: 4294967395
	255: JSGTReg dst: r2 off: 13 src: r0
	256: StMemDW dst: r1 src: r0 off: 0 imm: -100
	257: StMemDW dst: r1 src: r0 off: 8 imm: 1
	258: Ja off: 10
	259: StMemDW dst: rfp src: r0 off: -24 imm: -100
	260: StMemDW dst: rfp src: r0 off: -16 imm: 1
	261: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	263: MovReg dst: r2 src: rfp
	264: AddImm dst: r2 imm: -8
	265: MovReg dst: r3 src: rfp
	266: AddImm dst: r3 imm: -24
	267: MovImm dst: r4 imm: 0
	268: Call FnMapUpdateElem
	269: StMemDW dst: rfp src: r0 off: -8 imm: 1
	270: LoadMapPtr dst: r1 fd: 0 <AT_a>
	272: MovReg dst: r2 src: rfp
	273: AddImm dst: r2 imm: -8
	274: Call FnMapLookupElem
	275: MovReg dst: r1 src: r0
	276: JEqImm dst: r1 off: 7 imm: 0
	277: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	278: AddImm dst: r2 imm: 10
	279: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	280: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	281: AddImm dst: r2 imm: 1
	282: StXMemDW dst: r1 src: r2 off: 8 imm: 0
	283: Ja off: 10
	284: StMemDW dst: rfp src: r0 off: -24 imm: 10
	285: StMemDW dst: rfp src: r0 off: -16 imm: 1
	286: LoadMapPtr dst: r1 fd: 0 <AT_a>
	288: MovReg dst: r2 src: rfp
	289: AddImm dst: r2 imm: -8
	290: MovReg dst: r3 src: rfp
	291: AddImm dst: r3 imm: -24
	292: MovImm dst: r4 imm: 0
	293: Call FnMapUpdateElem
	294: StMemDW dst: rfp src: r0 off: -8 imm: 2
	295: LoadMapPtr dst: r1 fd: 0 <AT_a>
	297: MovReg dst: r2 src: rfp
	298: AddImm dst: r2 imm: -8
	299: Call FnMapLookupElem
	300: MovReg dst: r1 src: r0
	301: JEqImm dst: r1 off: 7 imm: 0
	302: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	303: AddImm dst: r2 imm: 3
	304: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	305: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	306: AddImm dst: r2 imm: 1
	307: StXMemDW dst: r1 src: r2 off: 8 imm: 0
	308: Ja off: 10
	309: StMemDW dst: rfp src: r0 off: -24 imm: 3
	310: StMemDW dst: rfp src: r0 off: -16 imm: 1
	311: LoadMapPtr dst: r1 fd: 0 <AT_a>
	313: MovReg dst: r2 src: rfp
	314: AddImm dst: r2 imm: -8
	315: MovReg dst: r3 src: rfp
	316: AddImm dst: r3 imm: -24
	317: MovImm dst: r4 imm: 0
	318: Call FnMapUpdateElem
	319: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	320: StMemW dst: rfp src: r0 off: -16 imm: 0
	321: StMemW dst: rfp src: r0 off: -12 imm: 1
	322: StMemW dst: rfp src: r0 off: -8 imm: 0
	323: StMemW dst: rfp src: r0 off: -4 imm: 0
	324: LoadMapPtr dst: r1 fd: 0 <AT__events>
	326: MovReg dst: r2 src: rfp
	327: AddImm dst: r2 imm: -24
	328: MovImm dst: r3 imm: 24
	329: MovImm dst: r4 imm: 0
	330: Call FnRingbufOutput
	331: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	332: StMemW dst: rfp src: r0 off: -16 imm: 7
	333: StMemW dst: rfp src: r0 off: -12 imm: 0
	334: StMemW dst: rfp src: r0 off: -8 imm: 0
	335: StMemW dst: rfp src: r0 off: -4 imm: 0
	336: LoadMapPtr dst: r1 fd: 0 <AT__events>
	338: MovReg dst: r2 src: rfp
	339: AddImm dst: r2 imm: -24
	340: MovImm dst: r3 imm: 24
	341: MovImm dst: r4 imm: 0
	342: Call FnRingbufOutput
	343: StMemDW dst: rfp src: r0 off: -8 imm: 1
	344: LoadMapPtr dst: r1 fd: 0 <AT_c>
	346: MovReg dst: r2 src: rfp
	347: AddImm dst: r2 imm: -8
	348: Call FnMapLookupElem
	349: MovReg dst: r1 src: r0
	350: JEqImm dst: r1 off: 7 imm: 0
	351: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	352: AddImm dst: r2 imm: 1
	353: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	354: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	355: AddImm dst: r2 imm: 1
	356: StXMemDW dst: r1 src: r2 off: 8 imm: 0
	357: Ja off: 10
	358: StMemDW dst: rfp src: r0 off: -24 imm: 1
	359: StMemDW dst: rfp src: r0 off: -16 imm: 1
	360: LoadMapPtr dst: r1 fd: 0 <AT_c>
	362: MovReg dst: r2 src: rfp
	363: AddImm dst: r2 imm: -8
	364: MovReg dst: r3 src: rfp
	365: AddImm dst: r3 imm: -24
	366: MovImm dst: r4 imm: 0
	367: Call FnMapUpdateElem
	368: StMemDW dst: rfp src: r0 off: -16 imm: 30002
	369: StMemW dst: rfp src: r0 off: -8 imm: 2
	370: StMemW dst: rfp src: r0 off: -4 imm: 0
	371: LoadMapPtr dst: r1 fd: 0 <AT__events>
	373: MovReg dst: r2 src: rfp
	374: AddImm dst: r2 imm: -16
	375: MovImm dst: r3 imm: 16
	376: MovImm dst: r4 imm: 0
	377: Call FnRingbufOutput
	378: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	379: LoadMapPtr dst: r1 fd: 0 <AT__events>
	381: MovReg dst: r2 src: rfp
	382: AddImm dst: r2 imm: -8
	383: MovImm dst: r3 imm: 8
	384: MovImm dst: r4 imm: 0
	385: Call FnRingbufOutput
	386: StMemW dst: rfp src: r0 off: -8 imm: 0
	387: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	389: MovReg dst: r2 src: rfp
	390: AddImm dst: r2 imm: -8
	391: Call FnMapLookupElem
	392: MovReg dst: r1 src: r0
	393: JEqImm dst: r1 off: 1 imm: 0
	394: StMemDW dst: r1 src: r0 off: 0 imm: 1
	395: MovImm dst: r0 imm: 0
	396: Exit

