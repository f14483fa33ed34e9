BEGIN:
	  0: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  1: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  2: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  3: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  4: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  5: StMemDW dst: rfp src: r0 off: -48 imm: 0
	  6: StMemDW dst: rfp src: r0 off: -96 imm: 0
	  7: StMemDW dst: rfp src: r0 off: -88 imm: 0
	  8: StMemDW dst: rfp src: r0 off: -80 imm: 0
	  9: StMemDW dst: rfp src: r0 off: -72 imm: 0
	 10: StMemDW dst: rfp src: r0 off: -64 imm: 0
	 11: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 12: StMemDW dst: rfp src: r0 off: -128 imm: 0
	 13: StMemDW dst: rfp src: r0 off: -120 imm: 0
	 14: StMemDW dst: rfp src: r0 off: -112 imm: 0
	 15: StMemDW dst: rfp src: r0 off: -104 imm: 0
	 16: StMemDW dst: rfp src: r0 off: -176 imm: 0
	 17: StMemDW dst: rfp src: r0 off: -168 imm: 0
	 18: StMemDW dst: rfp src: r0 off: -160 imm: 0
	 19: StMemDW dst: rfp src: r0 off: -152 imm: 0
	 20: StMemDW dst: rfp src: r0 off: -144 imm: 0
	 21: StMemDW dst: rfp src: r0 off: -136 imm: 0
	 22: StMemDW dst: rfp src: r0 off: -176 imm: 0
	 23: StMemDW dst: rfp src: r0 off: -168 imm: 1
	 24: StMemW dst: rfp src: r0 off: -160 imm: 7500915
	 25: StMemDW dst: rfp src: r0 off: -152 imm: 5
	 26: StMemB dst: rfp src: r0 off: -144 imm: 6
	 27: StMemDW dst: rfp src: r0 off: -136 imm: 99
	 28: StMemDW dst: rfp src: r0 off: -232 imm: 0
	 29: LdXMemDW dst: r1 src: rfp off: -176 imm: 0
	 30: StXMemDW dst: rfp src: r1 off: -224 imm: 0
	 31: LdXMemDW dst: r1 src: rfp off: -168 imm: 0
	 32: StXMemDW dst: rfp src: r1 off: -216 imm: 0
	 33: LdXMemW dst: r1 src: rfp off: -160 imm: 0
	 34: StXMemW dst: rfp src: r1 off: -208 imm: 0
	 35: StMemW dst: rfp src: r0 off: -204 imm: 0
	 36: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 37: StXMemDW dst: rfp src: r1 off: -248 imm: 0
	 38: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 39: StXMemDW dst: rfp src: r1 off: -240 imm: 0
	 40: LdXMemDW dst: r1 src: rfp off: -248 imm: 0
	 41: StXMemDW dst: rfp src: r1 off: -200 imm: 0
	 42: LdXMemDW dst: r1 src: rfp off: -152 imm: 0
	 43: StXMemDW dst: rfp src: r1 off: -248 imm: 0
	 44: LdXMemDW dst: r1 src: rfp off: -144 imm: 0
	 45: StXMemDW dst: rfp src: r1 off: -240 imm: 0
	 46: LdXMemB dst: r1 src: rfp off: -240 imm: 0
	 47: LShImm dst: r1 imm: 56
	 48: ArShImm dst: r1 imm: 56
	 49: StXMemDW dst: rfp src: r1 off: -192 imm: 0
	 50: LdXMemDW dst: r1 src: rfp off: -136 imm: 0
	 51: StXMemDW dst: rfp src: r1 off: -184 imm: 0
	 52: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 54: MovReg dst: r2 src: rfp
	 55: AddImm dst: r2 imm: -232
	 56: MovImm dst: r3 imm: 56
	 57: MovImm dst: r4 imm: 0
	 58: Call FnRingbufOutput
	 59: StMemDW dst: rfp src: r0 off: -152 imm: 0
	 60: StMemDW dst: rfp src: r0 off: -144 imm: 1
	 61: StMemW dst: rfp src: r0 off: -136 imm: 7500915
	 62: StMemDW dst: rfp src: r0 off: -160 imm: 0
	 63: LoadMapPtr dst: r1 fd: 0 <AT_t>
	 65: MovReg dst: r2 src: rfp
	 66: AddImm dst: r2 imm: -160
	 67: MovReg dst: r3 src: rfp
	 68: AddImm dst: r3 imm: -152
	 69: MovImm dst: r4 imm: 0
	 70: Call FnMapUpdateElem
	 71: StMemDW dst: rfp src: r0 off: -160 imm: 1
	 72: StMemDW dst: rfp src: r0 off: -168 imm: 0
	 73: LoadMapPtr dst: r1 fd: 0 <AT_t>
	 75: MovReg dst: r2 src: rfp
	 76: AddImm dst: r2 imm: -168
	 77: Call FnMapLookupElem
	 78: MovReg dst: r1 src: r0
	 79: JEqImm dst: r1 off: 7 imm: 0
	 80: LdXMemDW dst: r0 src: r1 off: 0 imm: 0
	 81: StXMemDW dst: rfp src: r0 off: -184 imm: 0
	 82: LdXMemDW dst: r0 src: r1 off: 8 imm: 0
	 83: StXMemDW dst: rfp src: r0 off: -176 imm: 0
	 84: LdXMemDW dst: r0 src: r1 off: 16 imm: 0
	 85: StXMemDW dst: rfp src: r0 off: -168 imm: 0
	 86: Ja off: 3
	 87: StMemDW dst: rfp src: r0 off: -184 imm: 0
	 88: StMemDW dst: rfp src: r0 off: -176 imm: 0
	 89: StMemDW dst: rfp src: r0 off: -168 imm: 0
	 90: LdXMemDW dst: r1 src: rfp off: -184 imm: 0
	 91: StXMemDW dst: rfp src: r1 off: -152 imm: 0
	 92: StMemDW dst: rfp src: r0 off: -168 imm: 0
	 93: LoadMapPtr dst: r1 fd: 0 <AT_t>
	 95: MovReg dst: r2 src: rfp
	 96: AddImm dst: r2 imm: -168
	 97: Call FnMapLookupElem
	 98: MovReg dst: r1 src: r0
	 99: JEqImm dst: r1 off: 7 imm: 0
	100: LdXMemDW dst: r0 src: r1 off: 0 imm: 0
	101: StXMemDW dst: rfp src: r0 off: -184 imm: 0
	102: LdXMemDW dst: r0 src: r1 off: 8 imm: 0
	103: StXMemDW dst: rfp src: r0 off: -176 imm: 0
	104: LdXMemDW dst: r0 src: r1 off: 16 imm: 0
	105: StXMemDW dst: rfp src: r0 off: -168 imm: 0
	106: Ja off: 3
	107: StMemDW dst: rfp src: r0 off: -184 imm: 0
	108: StMemDW dst: rfp src: r0 off: -176 imm: 0
	109: StMemDW dst: rfp src: r0 off: -168 imm: 0
	110: LdXMemDW dst: r1 src: rfp off: -176 imm: 0
	111: StXMemDW dst: rfp src: r1 off: -144 imm: 0
	112: StMemDW dst: rfp src: r0 off: -168 imm: 0
	113: LoadMapPtr dst: r1 fd: 0 <AT_t>
	115: MovReg dst: r2 src: rfp
	116: AddImm dst: r2 imm: -168
	117: Call FnMapLookupElem
	118: MovReg dst: r1 src: r0
	119: JEqImm dst: r1 off: 7 imm: 0
	120: LdXMemDW dst: r0 src: r1 off: 0 imm: 0
	121: StXMemDW dst: rfp src: r0 off: -184 imm: 0
	122: LdXMemDW dst: r0 src: r1 off: 8 imm: 0
	123: StXMemDW dst: rfp src: r0 off: -176 imm: 0
	124: LdXMemDW dst: r0 src: r1 off: 16 imm: 0
	125: StXMemDW dst: rfp src: r0 off: -168 imm: 0
	126: Ja off: 3
	127: StMemDW dst: rfp src: r0 off: -184 imm: 0
	128: StMemDW dst: rfp src: r0 off: -176 imm: 0
	129: StMemDW dst: rfp src: r0 off: -168 imm: 0
	130: LdXMemW dst: r1 src: rfp off: -168 imm: 0
	131: StXMemW dst: rfp src: r1 off: -136 imm: 0
	132: StMemW dst: rfp src: r0 off: -132 imm: 0
	133: LoadMapPtr dst: r1 fd: 0 <AT__events>
	135: MovReg dst: r2 src: rfp
	136: AddImm dst: r2 imm: -160
	137: MovImm dst: r3 imm: 32
	138: MovImm dst: r4 imm: 0
	139: Call FnRingbufOutput
	140: StMemB dst: rfp src: r0 off: -32 imm: 1
	141: StMemDW dst: rfp src: r0 off: -24 imm: 1
	142: StMemB dst: rfp src: r0 off: -16 imm: 1
	143: StMemDW dst: rfp src: r0 off: -8 imm: 1
	144: StMemB dst: rfp src: r0 off: -40 imm: 1
	145: StMemH dst: rfp src: r0 off: -38 imm: 1
	146: StMemW dst: rfp src: r0 off: -36 imm: 1
	147: StMemW dst: rfp src: r0 off: -48 imm: 1
	148: StMemH dst: rfp src: r0 off: -44 imm: 1
	149: StMemB dst: rfp src: r0 off: -42 imm: 1
	150: StMemB dst: rfp src: r0 off: -96 imm: -100
	151: StMemB dst: rfp src: r0 off: -95 imm: 100
	152: StMemH dst: rfp src: r0 off: -94 imm: 25185
	153: StMemW dst: rfp src: r0 off: -92 imm: 1717920867
	154: StMemB dst: rfp src: r0 off: -88 imm: 0
	155: StMemDW dst: rfp src: r0 off: -80 imm: 3
	156: StMemW dst: rfp src: r0 off: -72 imm: 1
	157: StMemDW dst: rfp src: r0 off: -64 imm: -10
	158: StMemB dst: rfp src: r0 off: -56 imm: 10
	159: StMemH dst: rfp src: r0 off: -54 imm: -555
	160: StMemW dst: rfp src: r0 off: -52 imm: 6513249
	161: StMemDW dst: rfp src: r0 off: -40 imm: 2
	162: StMemDW dst: rfp src: r0 off: -32 imm: 32
	163: StMemDW dst: rfp src: r0 off: -24 imm: 8
	164: StMemDW dst: rfp src: r0 off: -16 imm: 8
	165: StMemDW dst: rfp src: r0 off: -8 imm: 48
	166: LoadMapPtr dst: r1 fd: 0 <AT__events>
	168: MovReg dst: r2 src: rfp
	169: AddImm dst: r2 imm: -40
	170: MovImm dst: r3 imm: 40
	171: MovImm dst: r4 imm: 0
	172: Call FnRingbufOutput
	173: StMemDW dst: rfp src: r0 off: -192 imm: 30007
	174: StMemDW dst: rfp src: r0 off: -184 imm: 0
	175: LdXMemDW dst: r0 src: rfp off: -96 imm: 0
	176: StXMemDW dst: rfp src: r0 off: -176 imm: 0
	177: LdXMemDW dst: r0 src: rfp off: -88 imm: 0
	178: StXMemDW dst: rfp src: r0 off: -168 imm: 0
	179: LdXMemDW dst: r0 src: rfp off: -80 imm: 0
	180: StXMemDW dst: rfp src: r0 off: -160 imm: 0
	181: LdXMemDW dst: r0 src: rfp off: -72 imm: 0
	182: StXMemDW dst: rfp src: r0 off: -152 imm: 0
	183: LdXMemDW dst: r0 src: rfp off: -64 imm: 0
	184: StXMemDW dst: rfp src: r0 off: -144 imm: 0
	185: LdXMemDW dst: r0 src: rfp off: -56 imm: 0
	186: StXMemDW dst: rfp src: r0 off: -136 imm: 0
	187: LoadMapPtr dst: r1 fd: 0 <AT__events>
	189: MovReg dst: r2 src: rfp
	190: AddImm dst: r2 imm: -192
	191: MovImm dst: r3 imm: 64
	192: MovImm dst: r4 imm: 0
	193: Call FnRingbufOutput
	194: StMemW dst: rfp src: r0 off: -16 imm: -100
	195: StMemB dst: rfp src: r0 off: -12 imm: 10
	196: StMemDW dst: rfp src: r0 off: -8 imm: 50
	197: StMemDW dst: rfp src: r0 off: -24 imm: 0
	198: LoadMapPtr dst: r1 fd: 0 <AT_m1>
	200: MovReg dst: r2 src: rfp
	201: AddImm dst: r2 imm: -24
	202: MovReg dst: r3 src: rfp
	203: AddImm dst: r3 imm: -16
	204: MovImm dst: r4 imm: 0
	205: Call FnMapUpdateElem
	206: StMemDW dst: rfp src: r0 off: -24 imm: -100
	207: StMemB dst: rfp src: r0 off: -16 imm: 10
	208: StMemW dst: rfp src: r0 off: -12 imm: 50
	209: StMemDW dst: rfp src: r0 off: -8 imm: 100
	210: StMemDW dst: rfp src: r0 off: -32 imm: 0
	211: LoadMapPtr dst: r1 fd: 0 <AT_m2>
	213: MovReg dst: r2 src: rfp
	214: AddImm dst: r2 imm: -32
	215: MovReg dst: r3 src: rfp
	216: AddImm dst: r3 imm: -24
	217: MovImm dst: r4 imm: 0
	218: Call FnMapUpdateElem
	219: StMemB dst: rfp src: r0 off: -8 imm: 1
	220: StMemB dst: rfp src: r0 off: -7 imm: -20
	221: StMemB dst: rfp src: r0 off: -6 imm: 30
	222: StMemDW dst: rfp src: r0 off: -16 imm: 0
	223: LoadMapPtr dst: r1 fd: 0 <AT_n>
	225: MovReg dst: r2 src: rfp
	226: AddImm dst: r2 imm: -16
	227: MovReg dst: r3 src: rfp
	228: AddImm dst: r3 imm: -8
	229: MovImm dst: r4 imm: 0
	230: Call FnMapUpdateElem
	231: StMemDW dst: rfp src: r0 off: -128 imm: 1
	232: StMemDW dst: rfp src: r0 off: -120 imm: 2
	233: StMemDW dst: rfp src: r0 off: -112 imm: 3
	234: StMemW dst: rfp src: r0 off: -104 imm: 1885693284
	235: StMemB dst: rfp src: r0 off: -100 imm: 0
	236: StMemDW dst: rfp src: r0 off: -24 imm: 3
	237: LdXMemDW dst: r1 src: rfp off: -120 imm: 0
	238: StXMemDW dst: rfp src: r1 off: -48 imm: 0
	239: LdXMemDW dst: r1 src: rfp off: -112 imm: 0
	240: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	241: LdXMemDW dst: r1 src: rfp off: -104 imm: 0
	242: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	243: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	244: StXMemDW dst: rfp src: r1 off: -64 imm: 0
	245: LdXMemDW dst: r1 src: rfp off: -32 imm: 0
	246: StXMemDW dst: rfp src: r1 off: -56 imm: 0
	247: LdXMemDW dst: r1 src: rfp off: -64 imm: 0
	248: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	249: LdXMemDW dst: r1 src: rfp off: -120 imm: 0
	250: StXMemDW dst: rfp src: r1 off: -48 imm: 0
	251: LdXMemDW dst: r1 src: rfp off: -112 imm: 0
	252: StXMemDW dst: rfp src: r1 off: -40 imm: 0
	253: LdXMemDW dst: r1 src: rfp off: -104 imm: 0
	254: StXMemDW dst: rfp src: r1 off: -32 imm: 0
	255: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	256: StXMemDW dst: rfp src: r1 off: -64 imm: 0
	257: LdXMemDW dst: r1 src: rfp off: -32 imm: 0
	258: StXMemDW dst: rfp src: r1 off: -56 imm: 0
	259: LdXMemW dst: r1 src: rfp off: -56 imm: 0
	260: StXMemW dst: rfp src: r1 off: -8 imm: 0
	261: LdXMemB dst: r1 src: rfp off: -52 imm: 0
	262: StXMemB dst: rfp src: r1 off: -4 imm: 0
	263: StMemB dst: rfp src: r0 off: -3 imm: 0
	264: StMemH dst: rfp src: r0 off: -2 imm: 0
	265: LoadMapPtr dst: r1 fd: 0 <AT__events>
	267: MovReg dst: r2 src: rfp
	268: AddImm dst: r2 imm: -24
	269: MovImm dst: r3 imm: 24
	270: MovImm dst: r4 imm: 0
	271: Call FnRingbufOutput
	272: LdXMemDW dst: r0 src: rfp off: -128 imm: 0
	273: StXMemDW dst: rfp src: r0 off: -32 imm: 0
	274: LdXMemDW dst: r0 src: rfp off: -120 imm: 0
	275: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	276: LdXMemDW dst: r0 src: rfp off: -112 imm: 0
	277: StXMemDW dst: rfp src: r0 off: -16 imm: 0
	278: LdXMemDW dst: r0 src: rfp off: -104 imm: 0
	279: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	280: StMemDW dst: rfp src: r0 off: -40 imm: 0
	281: LoadMapPtr dst: r1 fd: 0 <AT_deep>
	283: MovReg dst: r2 src: rfp
	284: AddImm dst: r2 imm: -40
	285: MovReg dst: r3 src: rfp
	286: AddImm dst: r3 imm: -32
	287: MovImm dst: r4 imm: 0
	288: Call FnMapUpdateElem
	289: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	290: LoadMapPtr dst: r1 fd: 0 <AT__events>
	292: MovReg dst: r2 src: rfp
	293: AddImm dst: r2 imm: -8
	294: MovImm dst: r3 imm: 8
	295: MovImm dst: r4 imm: 0
	296: Call FnRingbufOutput
	297: StMemW dst: rfp src: r0 off: -8 imm: 0
	298: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	300: MovReg dst: r2 src: rfp
	301: AddImm dst: r2 imm: -8
	302: Call FnMapLookupElem
	303: MovReg dst: r1 src: r0
	304: JEqImm dst: r1 off: 1 imm: 0
	305: StMemDW dst: r1 src: r0 off: 0 imm: 1
	306: MovImm dst: r0 imm: 0
	307: Exit

