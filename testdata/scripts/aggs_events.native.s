tp_sys_enter_write:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: MovReg dst: r1 src: r0
	  3: RShImm dst: r1 imm: 32
	  4: JEqImm dst: r1 off: 2 imm: 4242
	  5: MovImm dst: r0 imm: 0
	  6: Exit
	  7: LdXMemDW dst: r7 src: r6 off: 32 imm: 0
	  8: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  9: LoadMapPtr dst: r1 fd: 0 <AT_avg>
	 11: MovReg dst: r2 src: rfp
	 12: AddImm dst: r2 imm: -8
	 13: Call FnMapLookupElem
	 14: MovReg dst: r1 src: r0
	 15: JEqImm dst: r1 off: 7 imm: 0
	 16: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 17: AddReg dst: r2 src: r7
	 18: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 19: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 20: AddImm dst: r2 imm: 1
	 21: StXMemDW dst: r1 src: r2 off: 8 imm: 0
	 22: Ja off: 10
	 23: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	 24: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 25: LoadMapPtr dst: r1 fd: 0 <AT_avg>
	 27: MovReg dst: r2 src: rfp
	 28: AddImm dst: r2 imm: -8
	 29: MovReg dst: r3 src: rfp
	 30: AddImm dst: r3 imm: -24
	 31: MovImm dst: r4 imm: 0
	 32: Call FnMapUpdateElem
	 33: LdXMemDW dst: r7 src: r6 off: 32 imm: 0
	 34: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 35: LoadMapPtr dst: r1 fd: 0 <AT_stats>
	 37: MovReg dst: r2 src: rfp
	 38: AddImm dst: r2 imm: -8
	 39: Call FnMapLookupElem
	 40: MovReg dst: r1 src: r0
	 41: JEqImm dst: r1 off: 7 imm: 0
	 42: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 43: AddReg dst: r2 src: r7
	 44: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 45: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 46: AddImm dst: r2 imm: 1
	 47: StXMemDW dst: r1 src: r2 off: 8 imm: 0
	 48: Ja off: 10
	 49: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	 50: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 51: LoadMapPtr dst: r1 fd: 0 <AT_stats>
	 53: MovReg dst: r2 src: rfp
	 54: AddImm dst: r2 imm: -8
	 55: MovReg dst: r3 src: rfp
	 56: AddImm dst: r3 imm: -24
	 57: MovImm dst: r4 imm: 0
	 58: Call FnMapUpdateElem
	 59: LdXMemDW dst: r7 src: r6 off: 32 imm: 0
	 60: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 61: LoadMapPtr dst: r1 fd: 0 <AT_min>
	 63: MovReg dst: r2 src: rfp
	 64: AddImm dst: r2 imm: -8
	 65: Call FnMapLookupElem
	 66: MovReg dst: r1 src: r0
	 67: LdImmDW dst: r2 imm: 4294967295
	 69: SubReg dst: r2 src: r7
	 70: JEqImm dst: r1 off: 13 imm: 0
	 71: LdXMemDW dst: r3 src: r1 off: 8 imm: 0
	 72: JEqImm dst: r3 off: 6 imm: 0
	 73: LdXMemDW dst: r3 src: r1 off: 0 imm: 0
	 74: LdImmDW dst: r0 imm: 4294967295
	 76: SubReg dst: r0 src: r3
	 77: MovReg dst: r3 src: r0
	 78: Ja off: 1
	 79: MovImm dst: r3 imm: 0
	 80: JSLTReg dst: r2 off: 14 src: r3
	 81: StXMemDW dst: r1 src: r7 off: 0 imm: 0
	 82: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 83: Ja off: 11
	 84: JSLTImm dst: r2 off: 10 imm: 0
	 85: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	 86: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 87: LoadMapPtr dst: r1 fd: 0 <AT_min>
	 89: MovReg dst: r2 src: rfp
	 90: AddImm dst: r2 imm: -8
	 91: MovReg dst: r3 src: rfp
	 92: AddImm dst: r3 imm: -24
	 93: MovImm dst: r4 imm: 0
	 94: Call FnMapUpdateElem
	 95: LdXMemDW dst: r7 src: r6 off: 32 imm: 0
	 96: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 97: LoadMapPtr dst: r1 fd: 0 <AT_max>
	 99: MovReg dst: r2 src: rfp
	100: AddImm dst: r2 imm: -8
	101: Call FnMapLookupElem
	102: MovReg dst: r1 src: r0
	103: JEqImm dst: r1 off: 9 imm: 0
	104: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	105: JEqImm dst: r2 off: 2 imm: 0
	106: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	107: Ja off: 1
	108: MovImm dst: r2 imm: 0
	109: JSLTReg dst: r7 off: 14 src: r2
	110: StXMemDW dst: r1 src: r7 off: 0 imm: 0
	111: StMemDW dst: r1 src: r0 off: 8 imm: 1
	112: Ja off: 11
	113: JSLTImm dst: r7 off: 10 imm: 0
	114: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	115: StMemDW dst: rfp src: r0 off: -16 imm: 1
	116: LoadMapPtr dst: r1 fd: 0 <AT_max>
	118: MovReg dst: r2 src: rfp
	119: AddImm dst: r2 imm: -8
	120: MovReg dst: r3 src: rfp
	121: AddImm dst: r3 imm: -24
	122: MovImm dst: r4 imm: 0
	123: Call FnMapUpdateElem
	124: LdXMemDW dst: r7 src: r6 off: 32 imm: 0
	125: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	126: JGEImm dst: r1 off: 2 imm: 100
	127: MovImm dst: r1 imm: 0
	128: Ja off: 1
	129: MovImm dst: r1 imm: 1
	130: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	131: LoadMapPtr dst: r1 fd: 0 <AT_by>
	133: MovReg dst: r2 src: rfp
	134: AddImm dst: r2 imm: -8
	135: Call FnMapLookupElem
	136: MovReg dst: r1 src: r0
	137: JEqImm dst: r1 off: 7 imm: 0
	138: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	139: AddReg dst: r2 src: r7
	140: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	141: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	142: AddImm dst: r2 imm: 1
	143: StXMemDW dst: r1 src: r2 off: 8 imm: 0
	144: Ja off: 10
	145: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	146: StMemDW dst: rfp src: r0 off: -16 imm: 1
	147: LoadMapPtr dst: r1 fd: 0 <AT_by>
	149: MovReg dst: r2 src: rfp
	150: AddImm dst: r2 imm: -8
	151: MovReg dst: r3 src: rfp
	152: AddImm dst: r3 imm: -24
	153: MovImm dst: r4 imm: 0
	154: Call FnMapUpdateElem
	155: LdXMemDW dst: r7 src: r6 off: 32 imm: 0
	156: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	157: JGEImm dst: r1 off: 2 imm: 100
	158: MovImm dst: r1 imm: 0
	159: Ja off: 1
	160: MovImm dst: r1 imm: 1
	161: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	162: LoadMapPtr dst: r1 fd: 0 <AT_mins>
	164: MovReg dst: r2 src: rfp
	165: AddImm dst: r2 imm: -8
	166: Call FnMapLookupElem
	167: MovReg dst: r1 src: r0
	168: LdImmDW dst: r2 imm: 4294967295
	170: SubReg dst: r2 src: r7
	171: JEqImm dst: r1 off: 13 imm: 0
	172: LdXMemDW dst: r3 src: r1 off: 8 imm: 0
	173: JEqImm dst: r3 off: 6 imm: 0
	174: LdXMemDW dst: r3 src: r1 off: 0 imm: 0
	175: LdImmDW dst: r0 imm: 4294967295
	177: SubReg dst: r0 src: r3
	178: MovReg dst: r3 src: r0
	179: Ja off: 1
	180: MovImm dst: r3 imm: 0
	181: JSLTReg dst: r2 off: 14 src: r3
	182: StXMemDW dst: r1 src: r7 off: 0 imm: 0
	183: StMemDW dst: r1 src: r0 off: 8 imm: 1
	184: Ja off: 11
	185: JSLTImm dst: r2 off: 10 imm: 0
	186: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	187: StMemDW dst: rfp src: r0 off: -16 imm: 1
	188: LoadMapPtr dst: r1 fd: 0 <AT_mins>
	190: MovReg dst: r2 src: rfp
	191: AddImm dst: r2 imm: -8
	192: MovReg dst: r3 src: rfp
	193: AddImm dst: r3 imm: -24
	194: MovImm dst: r4 imm: 0
	195: Call FnMapUpdateElem
	196: LdXMemDW dst: r7 src: r6 off: 32 imm: 0
	197: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	198: JGEImm dst: r1 off: 2 imm: 100
	199: MovImm dst: r1 imm: 0
	200: Ja off: 1
	201: MovImm dst: r1 imm: 1
	202: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	203: LoadMapPtr dst: r1 fd: 0 <AT_maxs>
	205: MovReg dst: r2 src: rfp
	206: AddImm dst: r2 imm: -8
	207: Call FnMapLookupElem
	208: MovReg dst: r1 src: r0
	209: JEqImm dst: r1 off: 9 imm: 0
	210: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	211: JEqImm dst: r2 off: 2 imm: 0
	212: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	213: Ja off: 1
	214: MovImm dst: r2 imm: 0
	215: JSLTReg dst: r7 off: 14 src: r2
	216: StXMemDW dst: r1 src: r7 off: 0 imm: 0
	217: StMemDW dst: r1 src: r0 off: 8 imm: 1
	218: Ja off: 11
	219: JSLTImm dst: r7 off: 10 imm: 0
	220: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	221: StMemDW dst: rfp src: r0 off: -16 imm: 1
	222: LoadMapPtr dst: r1 fd: 0 <AT_maxs>
	224: MovReg dst: r2 src: rfp
	225: AddImm dst: r2 imm: -8
	226: MovReg dst: r3 src: rfp
	227: AddImm dst: r3 imm: -24
	228: MovImm dst: r4 imm: 0
	229: Call FnMapUpdateElem
	230: MovImm dst: r0 imm: 0
	231: Exit

tp_sys_enter_getppid:
	 0: Call FnGetCurrentPidTgid
	 1: MovReg dst: r1 src: r0
	 2: RShImm dst: r1 imm: 32
	 3: JEqImm dst: r1 off: 2 imm: 4242
	 4: MovImm dst: r0 imm: 0
	 5: Exit
	 6: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 7: LoadMapPtr dst: r1 fd: 0 <AT_calls>
	 9: MovReg dst: r2 src: rfp
	10: AddImm dst: r2 imm: -8
	11: Call FnMapLookupElem
	12: MovReg dst: r1 src: r0
	13: JEqImm dst: r1 off: 7 imm: 0
	14: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	15: AddImm dst: r2 imm: 1
	16: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	17: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	18: AddImm dst: r2 imm: 1
	19: StXMemDW dst: r1 src: r2 off: 8 imm: 0
	20: Ja off: 10
	21: StMemDW dst: rfp src: r0 off: -24 imm: 1
	22: StMemDW dst: rfp src: r0 off: -16 imm: 1
	23: LoadMapPtr dst: r1 fd: 0 <AT_calls>
	25: MovReg dst: r2 src: rfp
	26: AddImm dst: r2 imm: -8
	27: MovReg dst: r3 src: rfp
	28: AddImm dst: r3 imm: -24
	29: MovImm dst: r4 imm: 0
	30: Call FnMapUpdateElem
	31: MovImm dst: r0 imm: 0
	32: Exit

