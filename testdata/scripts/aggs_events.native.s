tp_sys_enter_write:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: RShImm dst: r0 imm: 32
	  3: JNEImm dst: r0 off: 211 imm: 4242
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
	 61: LdImmDW dst: r8 imm: 4294967295
	 63: MovReg dst: r2 src: r8
	 64: SubReg dst: r2 src: r7
	 65: JEqImm dst: r0 off: 11 imm: 0
	 66: LdXMemDW dst: r3 src: r0 off: 8 imm: 0
	 67: JEqImm dst: r3 off: 5 imm: 0
	 68: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 69: NegImm dst: r3 imm: 0
	 70: AddReg dst: r3 src: r8
	 71: JSGEReg dst: r2 off: 2 src: r3
	 72: Ja off: 15
	 73: JSLTImm dst: r2 off: 14 imm: 0
	 74: StXMemDW dst: r0 src: r7 off: 0 imm: 0
	 75: StMemDW dst: r0 src: r0 off: 8 imm: 1
	 76: Ja off: 11
	 77: JSLTImm dst: r2 off: 10 imm: 0
	 78: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	 79: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 80: LoadMapPtr dst: r1 fd: 0 <AT_min>
	 82: MovReg dst: r2 src: rfp
	 83: AddImm dst: r2 imm: -8
	 84: MovReg dst: r3 src: rfp
	 85: AddImm dst: r3 imm: -24
	 86: MovImm dst: r4 imm: 0
	 87: Call FnMapUpdateElem
	 88: LdXMemDW dst: r7 src: r6 off: 32 imm: 0
	 89: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 90: LoadMapPtr dst: r1 fd: 0 <AT_max>
	 92: MovReg dst: r2 src: rfp
	 93: AddImm dst: r2 imm: -8
	 94: Call FnMapLookupElem
	 95: JEqImm dst: r0 off: 9 imm: 0
	 96: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 97: JEqImm dst: r2 off: 3 imm: 0
	 98: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 99: JSGEReg dst: r7 off: 2 src: r2
	100: Ja off: 15
	101: JSLTImm dst: r7 off: 14 imm: 0
	102: StXMemDW dst: r0 src: r7 off: 0 imm: 0
	103: StMemDW dst: r0 src: r0 off: 8 imm: 1
	104: Ja off: 11
	105: JSLTImm dst: r7 off: 10 imm: 0
	106: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	107: StMemDW dst: rfp src: r0 off: -16 imm: 1
	108: LoadMapPtr dst: r1 fd: 0 <AT_max>
	110: MovReg dst: r2 src: rfp
	111: AddImm dst: r2 imm: -8
	112: MovReg dst: r3 src: rfp
	113: AddImm dst: r3 imm: -24
	114: MovImm dst: r4 imm: 0
	115: Call FnMapUpdateElem
	116: LdXMemDW dst: r7 src: r6 off: 32 imm: 0
	117: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	118: JGEImm dst: r1 off: 2 imm: 100
	119: MovImm dst: r1 imm: 0
	120: Ja off: 1
	121: MovImm dst: r1 imm: 1
	122: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	123: LoadMapPtr dst: r1 fd: 0 <AT_by>
	125: MovReg dst: r2 src: rfp
	126: AddImm dst: r2 imm: -8
	127: Call FnMapLookupElem
	128: JEqImm dst: r0 off: 7 imm: 0
	129: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	130: AddReg dst: r2 src: r7
	131: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	132: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	133: AddImm dst: r2 imm: 1
	134: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	135: Ja off: 10
	136: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	137: StMemDW dst: rfp src: r0 off: -16 imm: 1
	138: LoadMapPtr dst: r1 fd: 0 <AT_by>
	140: MovReg dst: r2 src: rfp
	141: AddImm dst: r2 imm: -8
	142: MovReg dst: r3 src: rfp
	143: AddImm dst: r3 imm: -24
	144: MovImm dst: r4 imm: 0
	145: Call FnMapUpdateElem
	146: LdXMemDW dst: r7 src: r6 off: 32 imm: 0
	147: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	148: JGEImm dst: r1 off: 2 imm: 100
	149: MovImm dst: r1 imm: 0
	150: Ja off: 1
	151: MovImm dst: r1 imm: 1
	152: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	153: LoadMapPtr dst: r1 fd: 0 <AT_mins>
	155: MovReg dst: r2 src: rfp
	156: AddImm dst: r2 imm: -8
	157: Call FnMapLookupElem
	158: MovReg dst: r2 src: r8
	159: SubReg dst: r2 src: r7
	160: JEqImm dst: r0 off: 10 imm: 0
	161: LdXMemDW dst: r3 src: r0 off: 8 imm: 0
	162: JEqImm dst: r3 off: 4 imm: 0
	163: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	164: SubReg dst: r8 src: r3
	165: JSGEReg dst: r2 off: 2 src: r8
	166: Ja off: 15
	167: JSLTImm dst: r2 off: 14 imm: 0
	168: StXMemDW dst: r0 src: r7 off: 0 imm: 0
	169: StMemDW dst: r0 src: r0 off: 8 imm: 1
	170: Ja off: 11
	171: JSLTImm dst: r2 off: 10 imm: 0
	172: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	173: StMemDW dst: rfp src: r0 off: -16 imm: 1
	174: LoadMapPtr dst: r1 fd: 0 <AT_mins>
	176: MovReg dst: r2 src: rfp
	177: AddImm dst: r2 imm: -8
	178: MovReg dst: r3 src: rfp
	179: AddImm dst: r3 imm: -24
	180: MovImm dst: r4 imm: 0
	181: Call FnMapUpdateElem
	182: LdXMemDW dst: r7 src: r6 off: 32 imm: 0
	183: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	184: JGEImm dst: r1 off: 2 imm: 100
	185: MovImm dst: r1 imm: 0
	186: Ja off: 1
	187: MovImm dst: r1 imm: 1
	188: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	189: LoadMapPtr dst: r1 fd: 0 <AT_maxs>
	191: MovReg dst: r2 src: rfp
	192: AddImm dst: r2 imm: -8
	193: Call FnMapLookupElem
	194: JEqImm dst: r0 off: 9 imm: 0
	195: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	196: JEqImm dst: r2 off: 3 imm: 0
	197: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	198: JSGEReg dst: r7 off: 2 src: r2
	199: Ja off: 15
	200: JSLTImm dst: r7 off: 14 imm: 0
	201: StXMemDW dst: r0 src: r7 off: 0 imm: 0
	202: StMemDW dst: r0 src: r0 off: 8 imm: 1
	203: Ja off: 11
	204: JSLTImm dst: r7 off: 10 imm: 0
	205: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	206: StMemDW dst: rfp src: r0 off: -16 imm: 1
	207: LoadMapPtr dst: r1 fd: 0 <AT_maxs>
	209: MovReg dst: r2 src: rfp
	210: AddImm dst: r2 imm: -8
	211: MovReg dst: r3 src: rfp
	212: AddImm dst: r3 imm: -24
	213: MovImm dst: r4 imm: 0
	214: Call FnMapUpdateElem
	215: MovImm dst: r0 imm: 0
	216: Exit

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

