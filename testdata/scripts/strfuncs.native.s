BEGIN:
	  0: StMemW dst: rfp src: r0 off: -8 imm: 0
	  1: StMemH dst: rfp src: r0 off: -4 imm: 0
	  2: StMemB dst: rfp src: r0 off: -2 imm: 0
	  3: StMemW dst: rfp src: r0 off: -16 imm: 0
	  4: StMemH dst: rfp src: r0 off: -12 imm: 0
	  5: StMemB dst: rfp src: r0 off: -10 imm: 0
	  6: StMemH dst: rfp src: r0 off: -24 imm: 0
	  7: StMemB dst: rfp src: r0 off: -22 imm: 0
	  8: StMemDW dst: rfp src: r0 off: -56 imm: 0
	  9: StMemDW dst: rfp src: r0 off: -48 imm: 1
	 10: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 11: StMemDW dst: rfp src: r0 off: -32 imm: 1
	 12: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 14: MovReg dst: r2 src: rfp
	 15: AddImm dst: r2 imm: -56
	 16: MovImm dst: r3 imm: 32
	 17: MovImm dst: r4 imm: 0
	 18: Call FnRingbufOutput
	 19: StMemW dst: rfp src: r0 off: -8 imm: 1684234849
	 20: StMemH dst: rfp src: r0 off: -4 imm: 26213
	 21: StMemB dst: rfp src: r0 off: -2 imm: 0
	 22: StMemW dst: rfp src: r0 off: -16 imm: 2019779169
	 23: StMemH dst: rfp src: r0 off: -12 imm: 31353
	 24: StMemB dst: rfp src: r0 off: -10 imm: 0
	 25: StMemDW dst: rfp src: r0 off: -64 imm: 1
	 26: LdXMemH dst: r1 src: rfp off: -8 imm: 0
	 27: LdXMemH dst: r2 src: rfp off: -16 imm: 0
	 28: JEqReg dst: r1 off: 2 src: r2
	 29: MovImm dst: r1 imm: 1
	 30: Ja off: 6
	 31: LdXMemB dst: r1 src: rfp off: -6 imm: 0
	 32: LdXMemB dst: r2 src: rfp off: -14 imm: 0
	 33: JEqReg dst: r1 off: 2 src: r2
	 34: MovImm dst: r1 imm: 1
	 35: Ja off: 1
	 36: MovImm dst: r1 imm: 0
	 37: StXMemDW dst: rfp src: r1 off: -56 imm: 0
	 38: LdXMemW dst: r1 src: rfp off: -8 imm: 0
	 39: LdXMemW dst: r2 src: rfp off: -16 imm: 0
	 40: JEqReg dst: r1 off: 2 src: r2
	 41: MovImm dst: r1 imm: 1
	 42: Ja off: 1
	 43: MovImm dst: r1 imm: 0
	 44: StXMemDW dst: rfp src: r1 off: -48 imm: 0
	 45: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 46: LdXMemW dst: r1 src: rfp off: -8 imm: 0
	 47: JEqImm dst: r1 off: 2 imm: 1684234849
	 48: MovImm dst: r1 imm: 1
	 49: Ja off: 9
	 50: LdXMemH dst: r1 src: rfp off: -4 imm: 0
	 51: JEqImm dst: r1 off: 2 imm: 26213
	 52: MovImm dst: r1 imm: 1
	 53: Ja off: 5
	 54: LdXMemB dst: r1 src: rfp off: -2 imm: 0
	 55: JEqImm dst: r1 off: 2 imm: 0
	 56: MovImm dst: r1 imm: 1
	 57: Ja off: 1
	 58: MovImm dst: r1 imm: 0
	 59: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	 60: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 62: MovReg dst: r2 src: rfp
	 63: AddImm dst: r2 imm: -64
	 64: MovImm dst: r3 imm: 40
	 65: MovImm dst: r4 imm: 0
	 66: Call FnRingbufOutput
	 67: StMemDW dst: rfp src: r0 off: -72 imm: 2
	 68: LdImmDW dst: r0 imm: -8613303245920329199
	 70: StXMemDW dst: rfp src: r0 off: -64 imm: 0
	 71: StMemDW dst: rfp src: r0 off: -56 imm: 2018915346
	 72: StMemDW dst: rfp src: r0 off: -48 imm: 13330
	 73: StMemDW dst: rfp src: r0 off: -40 imm: 18
	 74: StMemDW dst: rfp src: r0 off: -32 imm: 4660
	 75: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 77: MovReg dst: r2 src: rfp
	 78: AddImm dst: r2 imm: -72
	 79: MovImm dst: r3 imm: 48
	 80: MovImm dst: r4 imm: 0
	 81: Call FnRingbufOutput
	 82: StMemDW dst: rfp src: r0 off: -48 imm: 30007
	 83: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 84: StMemDW dst: rfp src: r0 off: -32 imm: 2018915346
	 85: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 87: MovReg dst: r2 src: rfp
	 88: AddImm dst: r2 imm: -48
	 89: MovImm dst: r3 imm: 24
	 90: MovImm dst: r4 imm: 0
	 91: Call FnRingbufOutput
	 92: StMemDW dst: rfp src: r0 off: -128 imm: 3
	 93: StMemDW dst: rfp src: r0 off: -120 imm: 2
	 94: StMemDW dst: rfp src: r0 off: -112 imm: 0
	 95: StMemDW dst: rfp src: r0 off: -104 imm: 0
	 96: StMemW dst: rfp src: r0 off: -112 imm: 1
	 97: StMemDW dst: rfp src: r0 off: -96 imm: 2
	 98: StMemDW dst: rfp src: r0 off: -88 imm: 0
	 99: StMemDW dst: rfp src: r0 off: -80 imm: 0
	100: StMemW dst: rfp src: r0 off: -88 imm: 16777343
	101: StMemDW dst: rfp src: r0 off: -72 imm: 2
	102: StMemDW dst: rfp src: r0 off: -64 imm: 0
	103: StMemDW dst: rfp src: r0 off: -56 imm: 0
	104: LdImmDW dst: r0 imm: 4294901760
	106: StXMemW dst: rfp src: r0 off: -64 imm: 0
	107: StMemDW dst: rfp src: r0 off: -48 imm: 2
	108: StMemDW dst: rfp src: r0 off: -40 imm: 0
	109: StMemDW dst: rfp src: r0 off: -32 imm: 0
	110: StMemW dst: rfp src: r0 off: -8 imm: 16777343
	111: LdXMemW dst: r1 src: rfp off: -8 imm: 0
	112: StXMemW dst: rfp src: r1 off: -8 imm: 0
	113: LdXMemW dst: r1 src: rfp off: -8 imm: 0
	114: StXMemW dst: rfp src: r1 off: -40 imm: 0
	115: LoadMapPtr dst: r1 fd: 0 <AT__events>
	117: MovReg dst: r2 src: rfp
	118: AddImm dst: r2 imm: -128
	119: MovImm dst: r3 imm: 104
	120: MovImm dst: r4 imm: 0
	121: Call FnRingbufOutput
	122: StMemDW dst: rfp src: r0 off: -128 imm: 4
	123: StMemDW dst: rfp src: r0 off: -120 imm: 10
	124: StMemDW dst: rfp src: r0 off: -112 imm: 0
	125: StMemDW dst: rfp src: r0 off: -104 imm: 0
	126: StMemDW dst: rfp src: r0 off: -16 imm: 0
	127: LdImmDW dst: r0 imm: 72057594037927936
	129: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	130: LdXMemDW dst: r1 src: rfp off: -16 imm: 0
	131: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	132: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	133: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	134: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	135: StXMemDW dst: rfp src: r1 off: -112 imm: 0
	136: LdXMemDW dst: r1 src: rfp off: -136 imm: 0
	137: StXMemDW dst: rfp src: r1 off: -104 imm: 0
	138: StMemDW dst: rfp src: r0 off: -96 imm: 10
	139: StMemDW dst: rfp src: r0 off: -88 imm: 0
	140: StMemDW dst: rfp src: r0 off: -80 imm: 0
	141: StMemDW dst: rfp src: r0 off: -16 imm: 33022
	142: LdImmDW dst: r0 imm: 144115188075856128
	144: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	145: LdXMemDW dst: r1 src: rfp off: -16 imm: 0
	146: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	147: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	148: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	149: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	150: StXMemDW dst: rfp src: r1 off: -88 imm: 0
	151: LdXMemDW dst: r1 src: rfp off: -136 imm: 0
	152: StXMemDW dst: rfp src: r1 off: -80 imm: 0
	153: StMemDW dst: rfp src: r0 off: -72 imm: 10
	154: StMemDW dst: rfp src: r0 off: -64 imm: 0
	155: StMemDW dst: rfp src: r0 off: -56 imm: 0
	156: StMemDW dst: rfp src: r0 off: -16 imm: 0
	157: LdImmDW dst: r0 imm: 4294901760
	159: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	160: LdXMemDW dst: r1 src: rfp off: -16 imm: 0
	161: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	162: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	163: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	164: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	165: StXMemDW dst: rfp src: r1 off: -64 imm: 0
	166: LdXMemDW dst: r1 src: rfp off: -136 imm: 0
	167: StXMemDW dst: rfp src: r1 off: -56 imm: 0
	168: StMemDW dst: rfp src: r0 off: -48 imm: 10
	169: StMemDW dst: rfp src: r0 off: -40 imm: 0
	170: StMemDW dst: rfp src: r0 off: -32 imm: 0
	171: LdImmDW dst: r0 imm: 144115188075856128
	173: StXMemDW dst: rfp src: r0 off: -16 imm: 0
	174: LdImmDW dst: r0 imm: 216172782113783808
	176: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	177: LdXMemDW dst: r1 src: rfp off: -16 imm: 0
	178: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	179: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	180: StXMemDW dst: rfp src: r1 off: -136 imm: 0
	181: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	182: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	183: LdXMemDW dst: r1 src: rfp off: -136 imm: 0
	184: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	185: LoadMapPtr dst: r1 fd: 0 <AT__events>
	187: MovReg dst: r2 src: rfp
	188: AddImm dst: r2 imm: -128
	189: MovImm dst: r3 imm: 104
	190: MovImm dst: r4 imm: 0
	191: Call FnRingbufOutput
	192: StMemDW dst: rfp src: r0 off: -64 imm: 5
	193: StMemDW dst: rfp src: r0 off: -56 imm: 0
	194: StMemDW dst: rfp src: r0 off: -48 imm: 2
	195: StMemDW dst: rfp src: r0 off: -40 imm: 133
	196: StMemDW dst: rfp src: r0 off: -32 imm: -1
	197: LoadMapPtr dst: r1 fd: 0 <AT__events>
	199: MovReg dst: r2 src: rfp
	200: AddImm dst: r2 imm: -64
	201: MovImm dst: r3 imm: 40
	202: MovImm dst: r4 imm: 0
	203: Call FnRingbufOutput
	204: StMemDW dst: rfp src: r0 off: -48 imm: 2
	205: StMemDW dst: rfp src: r0 off: -40 imm: 0
	206: StMemDW dst: rfp src: r0 off: -32 imm: 0
	207: StMemW dst: rfp src: r0 off: -40 imm: 16777343
	208: StMemDW dst: rfp src: r0 off: -8 imm: 1
	209: LoadMapPtr dst: r1 fd: 0 <AT_ip>
	211: MovReg dst: r2 src: rfp
	212: AddImm dst: r2 imm: -8
	213: MovReg dst: r3 src: rfp
	214: AddImm dst: r3 imm: -48
	215: MovImm dst: r4 imm: 0
	216: Call FnMapUpdateElem
	217: StMemDW dst: rfp src: r0 off: -48 imm: 2
	218: StMemDW dst: rfp src: r0 off: -40 imm: 0
	219: StMemDW dst: rfp src: r0 off: -32 imm: 0
	220: StMemW dst: rfp src: r0 off: -40 imm: 33554559
	221: StMemDW dst: rfp src: r0 off: -8 imm: 2
	222: LoadMapPtr dst: r1 fd: 0 <AT_ip>
	224: MovReg dst: r2 src: rfp
	225: AddImm dst: r2 imm: -8
	226: MovReg dst: r3 src: rfp
	227: AddImm dst: r3 imm: -48
	228: MovImm dst: r4 imm: 0
	229: Call FnMapUpdateElem
	230: StMemDW dst: rfp src: r0 off: -8 imm: 13
	231: StMemDW dst: rfp src: r0 off: -16 imm: 0
	232: LoadMapPtr dst: r1 fd: 0 <AT_err>
	234: MovReg dst: r2 src: rfp
	235: AddImm dst: r2 imm: -16
	236: MovReg dst: r3 src: rfp
	237: AddImm dst: r3 imm: -8
	238: MovImm dst: r4 imm: 0
	239: Call FnMapUpdateElem
	240: StMemDW dst: rfp src: r0 off: -56 imm: 6
	241: StMemW dst: rfp src: r0 off: -48 imm: 0
	242: StMemH dst: rfp src: r0 off: -44 imm: 0
	243: StMemB dst: rfp src: r0 off: -42 imm: 0
	244: StMemB dst: rfp src: r0 off: -48 imm: 6
	245: StMemW dst: rfp src: r0 off: -8 imm: 1819043144
	246: StMemH dst: rfp src: r0 off: -4 imm: 111
	247: StMemB dst: rfp src: r0 off: -2 imm: 0
	248: LdXMemB dst: r1 src: rfp off: -8 imm: 0
	249: StXMemB dst: rfp src: r1 off: -47 imm: 0
	250: LdXMemB dst: r1 src: rfp off: -7 imm: 0
	251: StXMemB dst: rfp src: r1 off: -46 imm: 0
	252: LdXMemB dst: r1 src: rfp off: -6 imm: 0
	253: StXMemB dst: rfp src: r1 off: -45 imm: 0
	254: LdXMemB dst: r1 src: rfp off: -5 imm: 0
	255: StXMemB dst: rfp src: r1 off: -44 imm: 0
	256: LdXMemB dst: r1 src: rfp off: -4 imm: 0
	257: StXMemB dst: rfp src: r1 off: -43 imm: 0
	258: LdXMemB dst: r1 src: rfp off: -3 imm: 0
	259: StXMemB dst: rfp src: r1 off: -42 imm: 0
	260: StMemB dst: rfp src: r0 off: -41 imm: 0
	261: StMemW dst: rfp src: r0 off: -40 imm: 0
	262: StMemH dst: rfp src: r0 off: -36 imm: 0
	263: StMemB dst: rfp src: r0 off: -41 imm: 6
	264: StMemW dst: rfp src: r0 off: -8 imm: 1819043144
	265: StMemH dst: rfp src: r0 off: -4 imm: 111
	266: StMemB dst: rfp src: r0 off: -2 imm: 0
	267: LdXMemW dst: r1 src: rfp off: -8 imm: 0
	268: StXMemW dst: rfp src: r1 off: -40 imm: 0
	269: LdXMemH dst: r1 src: rfp off: -4 imm: 0
	270: StXMemH dst: rfp src: r1 off: -36 imm: 0
	271: StMemH dst: rfp src: r0 off: -34 imm: 0
	272: StMemW dst: rfp src: r0 off: -32 imm: 0
	273: StMemB dst: rfp src: r0 off: -34 imm: 5
	274: LdImmDW dst: r0 imm: 4284615009
	276: StXMemW dst: rfp src: r0 off: -8 imm: 0
	277: StMemH dst: rfp src: r0 off: -4 imm: 126
	278: LdXMemB dst: r1 src: rfp off: -8 imm: 0
	279: StXMemB dst: rfp src: r1 off: -33 imm: 0
	280: LdXMemB dst: r1 src: rfp off: -7 imm: 0
	281: StXMemB dst: rfp src: r1 off: -32 imm: 0
	282: LdXMemB dst: r1 src: rfp off: -6 imm: 0
	283: StXMemB dst: rfp src: r1 off: -31 imm: 0
	284: LdXMemB dst: r1 src: rfp off: -5 imm: 0
	285: StXMemB dst: rfp src: r1 off: -30 imm: 0
	286: LdXMemB dst: r1 src: rfp off: -4 imm: 0
	287: StXMemB dst: rfp src: r1 off: -29 imm: 0
	288: StMemW dst: rfp src: r0 off: -28 imm: 0
	289: LoadMapPtr dst: r1 fd: 0 <AT__events>
	291: MovReg dst: r2 src: rfp
	292: AddImm dst: r2 imm: -56
	293: MovImm dst: r3 imm: 32
	294: MovImm dst: r4 imm: 0
	295: Call FnRingbufOutput
	296: StMemH dst: rfp src: r0 off: -24 imm: 0
	297: StMemB dst: rfp src: r0 off: -22 imm: 0
	298: StMemB dst: rfp src: r0 off: -24 imm: 2
	299: StMemH dst: rfp src: r0 off: -8 imm: 26984
	300: StMemB dst: rfp src: r0 off: -6 imm: 0
	301: LdXMemB dst: r1 src: rfp off: -8 imm: 0
	302: StXMemB dst: rfp src: r1 off: -23 imm: 0
	303: LdXMemB dst: r1 src: rfp off: -7 imm: 0
	304: StXMemB dst: rfp src: r1 off: -22 imm: 0
	305: StMemDW dst: rfp src: r0 off: -16 imm: 7
	306: LdXMemH dst: r0 src: rfp off: -24 imm: 0
	307: StXMemH dst: rfp src: r0 off: -8 imm: 0
	308: LdXMemB dst: r0 src: rfp off: -22 imm: 0
	309: StXMemB dst: rfp src: r0 off: -6 imm: 0
	310: StMemB dst: rfp src: r0 off: -5 imm: 0
	311: StMemW dst: rfp src: r0 off: -4 imm: 0
	312: LoadMapPtr dst: r1 fd: 0 <AT__events>
	314: MovReg dst: r2 src: rfp
	315: AddImm dst: r2 imm: -16
	316: MovImm dst: r3 imm: 16
	317: MovImm dst: r4 imm: 0
	318: Call FnRingbufOutput
	319: StMemDW dst: rfp src: r0 off: -16 imm: 0
	320: StMemB dst: rfp src: r0 off: -8 imm: 0
	321: StMemB dst: rfp src: r0 off: -16 imm: 8
	322: LdImmDW dst: r0 imm: 7310868735959460719
	324: StXMemDW dst: rfp src: r0 off: -32 imm: 0
	325: StMemB dst: rfp src: r0 off: -24 imm: 0
	326: LdXMemB dst: r1 src: rfp off: -32 imm: 0
	327: StXMemB dst: rfp src: r1 off: -15 imm: 0
	328: LdXMemB dst: r1 src: rfp off: -31 imm: 0
	329: StXMemB dst: rfp src: r1 off: -14 imm: 0
	330: LdXMemB dst: r1 src: rfp off: -30 imm: 0
	331: StXMemB dst: rfp src: r1 off: -13 imm: 0
	332: LdXMemB dst: r1 src: rfp off: -29 imm: 0
	333: StXMemB dst: rfp src: r1 off: -12 imm: 0
	334: LdXMemB dst: r1 src: rfp off: -28 imm: 0
	335: StXMemB dst: rfp src: r1 off: -11 imm: 0
	336: LdXMemB dst: r1 src: rfp off: -27 imm: 0
	337: StXMemB dst: rfp src: r1 off: -10 imm: 0
	338: LdXMemB dst: r1 src: rfp off: -26 imm: 0
	339: StXMemB dst: rfp src: r1 off: -9 imm: 0
	340: LdXMemB dst: r1 src: rfp off: -25 imm: 0
	341: StXMemB dst: rfp src: r1 off: -8 imm: 0
	342: StMemDW dst: rfp src: r0 off: -24 imm: 0
	343: LoadMapPtr dst: r1 fd: 0 <AT_bv>
	345: MovReg dst: r2 src: rfp
	346: AddImm dst: r2 imm: -24
	347: MovReg dst: r3 src: rfp
	348: AddImm dst: r3 imm: -16
	349: MovImm dst: r4 imm: 0
	350: Call FnMapUpdateElem
	351: StMemDW dst: rfp src: r0 off: -24 imm: 0
	352: StMemB dst: rfp src: r0 off: -16 imm: 0
	353: StMemB dst: rfp src: r0 off: -24 imm: 8
	354: StMemW dst: rfp src: r0 off: -32 imm: 1801415535
	355: StMemH dst: rfp src: r0 off: -28 imm: 31077
	356: StMemB dst: rfp src: r0 off: -26 imm: 0
	357: LdXMemB dst: r1 src: rfp off: -32 imm: 0
	358: StXMemB dst: rfp src: r1 off: -23 imm: 0
	359: LdXMemB dst: r1 src: rfp off: -31 imm: 0
	360: StXMemB dst: rfp src: r1 off: -22 imm: 0
	361: LdXMemB dst: r1 src: rfp off: -30 imm: 0
	362: StXMemB dst: rfp src: r1 off: -21 imm: 0
	363: LdXMemB dst: r1 src: rfp off: -29 imm: 0
	364: StXMemB dst: rfp src: r1 off: -20 imm: 0
	365: LdXMemB dst: r1 src: rfp off: -28 imm: 0
	366: StXMemB dst: rfp src: r1 off: -19 imm: 0
	367: LdXMemB dst: r1 src: rfp off: -27 imm: 0
	368: StXMemB dst: rfp src: r1 off: -18 imm: 0
	369: LdXMemB dst: r1 src: rfp off: -26 imm: 0
	370: StXMemB dst: rfp src: r1 off: -17 imm: 0
	371: StMemB dst: rfp src: r0 off: -15 imm: 1
	372: StMemH dst: rfp src: r0 off: -14 imm: 0
	373: StMemW dst: rfp src: r0 off: -12 imm: 0
	374: StMemB dst: rfp src: r0 off: -8 imm: 0
	375: LoadMapPtr dst: r1 fd: 0 <AT_bk>
	377: MovReg dst: r2 src: rfp
	378: AddImm dst: r2 imm: -24
	379: Call FnMapLookupElem
	380: MovReg dst: r1 src: r0
	381: JEqImm dst: r1 off: 4 imm: 0
	382: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	383: AddImm dst: r2 imm: 1
	384: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	385: Ja off: 9
	386: StMemDW dst: rfp src: r0 off: -32 imm: 1
	387: LoadMapPtr dst: r1 fd: 0 <AT_bk>
	389: MovReg dst: r2 src: rfp
	390: AddImm dst: r2 imm: -24
	391: MovReg dst: r3 src: rfp
	392: AddImm dst: r3 imm: -32
	393: MovImm dst: r4 imm: 0
	394: Call FnMapUpdateElem
	395: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	396: StMemDW dst: rfp src: r0 off: -16 imm: 1
	397: StMemH dst: rfp src: r0 off: -8 imm: 0
	398: StMemB dst: rfp src: r0 off: -6 imm: 0
	399: StMemB dst: rfp src: r0 off: -8 imm: 2
	400: StMemH dst: rfp src: r0 off: -32 imm: 31096
	401: StMemB dst: rfp src: r0 off: -30 imm: 0
	402: LdXMemB dst: r1 src: rfp off: -32 imm: 0
	403: StXMemB dst: rfp src: r1 off: -7 imm: 0
	404: LdXMemB dst: r1 src: rfp off: -31 imm: 0
	405: StXMemB dst: rfp src: r1 off: -6 imm: 0
	406: StMemB dst: rfp src: r0 off: -5 imm: 0
	407: StMemW dst: rfp src: r0 off: -4 imm: 0
	408: LoadMapPtr dst: r1 fd: 0 <AT__events>
	410: MovReg dst: r2 src: rfp
	411: AddImm dst: r2 imm: -24
	412: MovImm dst: r3 imm: 24
	413: MovImm dst: r4 imm: 0
	414: Call FnRingbufOutput
	415: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	416: LoadMapPtr dst: r1 fd: 0 <AT__events>
	418: MovReg dst: r2 src: rfp
	419: AddImm dst: r2 imm: -8
	420: MovImm dst: r3 imm: 8
	421: MovImm dst: r4 imm: 0
	422: Call FnRingbufOutput
	423: StMemW dst: rfp src: r0 off: -8 imm: 0
	424: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	426: MovReg dst: r2 src: rfp
	427: AddImm dst: r2 imm: -8
	428: Call FnMapLookupElem
	429: MovReg dst: r1 src: r0
	430: JEqImm dst: r1 off: 1 imm: 0
	431: StMemDW dst: r1 src: r0 off: 0 imm: 1
	432: MovImm dst: r0 imm: 0
	433: Exit

