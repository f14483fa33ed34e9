tp_sys_enter_write:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: RShImm dst: r0 imm: 32
	  3: JNEImm dst: r0 off: 216 imm: 4242
	  4: LdXMemDW dst: r7 src: r6 off: 32 imm: 0
	  5: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  6: LoadMapPtr dst: r1 fd: 0 <AT_avg>
	  8: MovReg dst: r2 src: rfp
	  9: AddImm dst: r2 imm: -8
	 10: Call FnMapLookupElem
	 11: JEqImm dst: r0 off: 7 imm: 0
	 12: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 13: AddReg dst: r2 src: r7
	 14: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 15: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 16: AddImm dst: r2 imm: 1
	 17: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	 18: Ja off: 10
	 19: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	 20: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 21: LoadMapPtr dst: r1 fd: 0 <AT_avg>
	 23: MovReg dst: r2 src: rfp
	 24: AddImm dst: r2 imm: -8
	 25: MovReg dst: r3 src: rfp
	 26: AddImm dst: r3 imm: -24
	 27: MovImm dst: r4 imm: 0
	 28: Call FnMapUpdateElem
	 29: LdXMemDW dst: r7 src: r6 off: 32 imm: 0
	 30: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 31: LoadMapPtr dst: r1 fd: 0 <AT_stats>
	 33: MovReg dst: r2 src: rfp
	 34: AddImm dst: r2 imm: -8
	 35: Call FnMapLookupElem
	 36: JEqImm dst: r0 off: 7 imm: 0
	 37: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 38: AddReg dst: r2 src: r7
	 39: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 40: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 41: AddImm dst: r2 imm: 1
	 42: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	 43: Ja off: 10
	 44: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	 45: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 46: LoadMapPtr dst: r1 fd: 0 <AT_stats>
	 48: MovReg dst: r2 src: rfp
	 49: AddImm dst: r2 imm: -8
	 50: MovReg dst: r3 src: rfp
	 51: AddImm dst: r3 imm: -24
	 52: MovImm dst: r4 imm: 0
	 53: Call FnMapUpdateElem
	 54: LdXMemDW dst: r7 src: r6 off: 32 imm: 0
	 55: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 56: LoadMapPtr dst: r1 fd: 0 <AT_min>
	 58: MovReg dst: r2 src: rfp
	 59: AddImm dst: r2 imm: -8
	 60: Call FnMapLookupElem
	 61: MovReg dst: r1 src: r0
	 62: LdImmDW dst: r8 imm: 4294967295
	 64: MovReg dst: r2 src: r8
	 65: SubReg dst: r2 src: r7
	 66: JEqImm dst: r1 off: 12 imm: 0
	 67: LdXMemDW dst: r3 src: r1 off: 8 imm: 0
	 68: JEqImm dst: r3 off: 6 imm: 0
	 69: LdXMemDW dst: r3 src: r1 off: 0 imm: 0
	 70: MovReg dst: r0 src: r8
	 71: SubReg dst: r0 src: r3
	 72: MovReg dst: r3 src: r0
	 73: JSGEReg dst: r2 off: 2 src: r3
	 74: Ja off: 15
	 75: JSLTImm dst: r2 off: 14 imm: 0
	 76: StXMemDW dst: r1 src: r7 off: 0 imm: 0
	 77: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 78: Ja off: 11
	 79: JSLTImm dst: r2 off: 10 imm: 0
	 80: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	 81: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 82: LoadMapPtr dst: r1 fd: 0 <AT_min>
	 84: MovReg dst: r2 src: rfp
	 85: AddImm dst: r2 imm: -8
	 86: MovReg dst: r3 src: rfp
	 87: AddImm dst: r3 imm: -24
	 88: MovImm dst: r4 imm: 0
	 89: Call FnMapUpdateElem
	 90: LdXMemDW dst: r7 src: r6 off: 32 imm: 0
	 91: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 92: LoadMapPtr dst: r1 fd: 0 <AT_max>
	 94: MovReg dst: r2 src: rfp
	 95: AddImm dst: r2 imm: -8
	 96: Call FnMapLookupElem
	 97: JEqImm dst: r0 off: 9 imm: 0
	 98: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 99: JEqImm dst: r2 off: 3 imm: 0
	100: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	101: JSGEReg dst: r7 off: 2 src: r2
	102: Ja off: 15
	103: JSLTImm dst: r7 off: 14 imm: 0
	104: StXMemDW dst: r0 src: r7 off: 0 imm: 0
	105: StMemDW dst: r0 src: r0 off: 8 imm: 1
	106: Ja off: 11
	107: JSLTImm dst: r7 off: 10 imm: 0
	108: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	109: StMemDW dst: rfp src: r0 off: -16 imm: 1
	110: LoadMapPtr dst: r1 fd: 0 <AT_max>
	112: MovReg dst: r2 src: rfp
	113: AddImm dst: r2 imm: -8
	114: MovReg dst: r3 src: rfp
	115: AddImm dst: r3 imm: -24
	116: MovImm dst: r4 imm: 0
	117: Call FnMapUpdateElem
	118: LdXMemDW dst: r7 src: r6 off: 32 imm: 0
	119: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	120: JGEImm dst: r1 off: 2 imm: 100
	121: MovImm dst: r1 imm: 0
	122: Ja off: 1
	123: MovImm dst: r1 imm: 1
	124: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	125: LoadMapPtr dst: r1 fd: 0 <AT_by>
	127: MovReg dst: r2 src: rfp
	128: AddImm dst: r2 imm: -8
	129: Call FnMapLookupElem
	130: JEqImm dst: r0 off: 7 imm: 0
	131: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	132: AddReg dst: r2 src: r7
	133: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	134: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	135: AddImm dst: r2 imm: 1
	136: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	137: Ja off: 10
	138: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	139: StMemDW dst: rfp src: r0 off: -16 imm: 1
	140: LoadMapPtr dst: r1 fd: 0 <AT_by>
	142: MovReg dst: r2 src: rfp
	143: AddImm dst: r2 imm: -8
	144: MovReg dst: r3 src: rfp
	145: AddImm dst: r3 imm: -24
	146: MovImm dst: r4 imm: 0
	147: Call FnMapUpdateElem
	148: LdXMemDW dst: r7 src: r6 off: 32 imm: 0
	149: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	150: JGEImm dst: r1 off: 2 imm: 100
	151: MovImm dst: r1 imm: 0
	152: Ja off: 1
	153: MovImm dst: r1 imm: 1
	154: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	155: LoadMapPtr dst: r1 fd: 0 <AT_mins>
	157: MovReg dst: r2 src: rfp
	158: AddImm dst: r2 imm: -8
	159: Call FnMapLookupElem
	160: MovReg dst: r1 src: r0
	161: MovReg dst: r2 src: r8
	162: SubReg dst: r2 src: r7
	163: JEqImm dst: r1 off: 12 imm: 0
	164: LdXMemDW dst: r3 src: r1 off: 8 imm: 0
	165: JEqImm dst: r3 off: 6 imm: 0
	166: LdXMemDW dst: r3 src: r1 off: 0 imm: 0
	167: MovReg dst: r0 src: r8
	168: SubReg dst: r0 src: r3
	169: MovReg dst: r3 src: r0
	170: JSGEReg dst: r2 off: 2 src: r3
	171: Ja off: 15
	172: JSLTImm dst: r2 off: 14 imm: 0
	173: StXMemDW dst: r1 src: r7 off: 0 imm: 0
	174: StMemDW dst: r1 src: r0 off: 8 imm: 1
	175: Ja off: 11
	176: JSLTImm dst: r2 off: 10 imm: 0
	177: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	178: StMemDW dst: rfp src: r0 off: -16 imm: 1
	179: LoadMapPtr dst: r1 fd: 0 <AT_mins>
	181: MovReg dst: r2 src: rfp
	182: AddImm dst: r2 imm: -8
	183: MovReg dst: r3 src: rfp
	184: AddImm dst: r3 imm: -24
	185: MovImm dst: r4 imm: 0
	186: Call FnMapUpdateElem
	187: LdXMemDW dst: r7 src: r6 off: 32 imm: 0
	188: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	189: JGEImm dst: r1 off: 2 imm: 100
	190: MovImm dst: r1 imm: 0
	191: Ja off: 1
	192: MovImm dst: r1 imm: 1
	193: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	194: LoadMapPtr dst: r1 fd: 0 <AT_maxs>
	196: MovReg dst: r2 src: rfp
	197: AddImm dst: r2 imm: -8
	198: Call FnMapLookupElem
	199: JEqImm dst: r0 off: 9 imm: 0
	200: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	201: JEqImm dst: r2 off: 3 imm: 0
	202: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	203: JSGEReg dst: r7 off: 2 src: r2
	204: Ja off: 15
	205: JSLTImm dst: r7 off: 14 imm: 0
	206: StXMemDW dst: r0 src: r7 off: 0 imm: 0
	207: StMemDW dst: r0 src: r0 off: 8 imm: 1
	208: Ja off: 11
	209: JSLTImm dst: r7 off: 10 imm: 0
	210: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	211: StMemDW dst: rfp src: r0 off: -16 imm: 1
	212: LoadMapPtr dst: r1 fd: 0 <AT_maxs>
	214: MovReg dst: r2 src: rfp
	215: AddImm dst: r2 imm: -8
	216: MovReg dst: r3 src: rfp
	217: AddImm dst: r3 imm: -24
	218: MovImm dst: r4 imm: 0
	219: Call FnMapUpdateElem
	220: MovImm dst: r0 imm: 0
	221: Exit

tp_sys_enter_getppid:
	 0: Call FnGetCurrentPidTgid
	 1: RShImm dst: r0 imm: 32
	 2: JNEImm dst: r0 off: 24 imm: 4242
	 3: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 4: LoadMapPtr dst: r1 fd: 0 <AT_calls>
	 6: MovReg dst: r2 src: rfp
	 7: AddImm dst: r2 imm: -8
	 8: Call FnMapLookupElem
	 9: JEqImm dst: r0 off: 7 imm: 0
	10: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	11: AddImm dst: r2 imm: 1
	12: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	13: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	14: AddImm dst: r2 imm: 1
	15: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	16: Ja off: 10
	17: StMemDW dst: rfp src: r0 off: -24 imm: 1
	18: StMemDW dst: rfp src: r0 off: -16 imm: 1
	19: LoadMapPtr dst: r1 fd: 0 <AT_calls>
	21: MovReg dst: r2 src: rfp
	22: AddImm dst: r2 imm: -8
	23: MovReg dst: r3 src: rfp
	24: AddImm dst: r3 imm: -24
	25: MovImm dst: r4 imm: 0
	26: Call FnMapUpdateElem
	27: MovImm dst: r0 imm: 0
	28: Exit

