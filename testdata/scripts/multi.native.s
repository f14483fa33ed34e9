tp_sys_enter_getppid:
	  0: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  1: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  2: Call FnGetCurrentPidTgid
	  3: MovReg dst: r1 src: r0
	  4: RShImm dst: r1 imm: 32
	  5: JEqImm dst: r1 off: 2 imm: 4242
	  6: MovImm dst: r0 imm: 0
	  7: Exit
	  8: StMemW dst: rfp src: r0 off: -24 imm: 0
	  9: LoadMapPtr dst: r1 fd: 0 <AT_both>
	 11: MovReg dst: r2 src: rfp
	 12: AddImm dst: r2 imm: -24
	 13: Call FnMapLookupElem
	 14: MovReg dst: r1 src: r0
	 15: JEqImm dst: r1 off: 3 imm: 0
	 16: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 17: AddImm dst: r2 imm: 1
	 18: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 19: MovReg dst: r1 src: rfp
	 20: AddImm dst: r1 imm: -40
	 21: MovImm dst: r2 imm: 16
	 22: Call FnGetCurrentComm
	 23: StMemDW dst: rfp src: r0 off: -24 imm: 7
	 24: LoadMapPtr dst: r1 fd: 0 <AT_by>
	 26: MovReg dst: r2 src: rfp
	 27: AddImm dst: r2 imm: -40
	 28: Call FnMapLookupElem
	 29: MovReg dst: r1 src: r0
	 30: JEqImm dst: r1 off: 4 imm: 0
	 31: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 32: AddImm dst: r2 imm: 1
	 33: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 34: Ja off: 9
	 35: StMemDW dst: rfp src: r0 off: -48 imm: 1
	 36: LoadMapPtr dst: r1 fd: 0 <AT_by>
	 38: MovReg dst: r2 src: rfp
	 39: AddImm dst: r2 imm: -40
	 40: MovReg dst: r3 src: rfp
	 41: AddImm dst: r3 imm: -48
	 42: MovImm dst: r4 imm: 0
	 43: Call FnMapUpdateElem
	 44: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 45: LoadMapPtr dst: r1 fd: 0 <AT_total>
	 47: MovReg dst: r2 src: rfp
	 48: AddImm dst: r2 imm: -24
	 49: Call FnMapLookupElem
	 50: MovReg dst: r1 src: r0
	 51: JEqImm dst: r1 off: 4 imm: 0
	 52: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 53: AddImm dst: r2 imm: 2
	 54: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 55: Ja off: 9
	 56: StMemDW dst: rfp src: r0 off: -32 imm: 2
	 57: LoadMapPtr dst: r1 fd: 0 <AT_total>
	 59: MovReg dst: r2 src: rfp
	 60: AddImm dst: r2 imm: -24
	 61: MovReg dst: r3 src: rfp
	 62: AddImm dst: r3 imm: -32
	 63: MovImm dst: r4 imm: 0
	 64: Call FnMapUpdateElem
	 65: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 66: LoadMapPtr dst: r1 fd: 0 <AT_n>
	 68: MovReg dst: r2 src: rfp
	 69: AddImm dst: r2 imm: -24
	 70: Call FnMapLookupElem
	 71: MovReg dst: r1 src: r0
	 72: JEqImm dst: r1 off: 4 imm: 0
	 73: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 74: AddImm dst: r2 imm: 1
	 75: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 76: Ja off: 9
	 77: StMemDW dst: rfp src: r0 off: -32 imm: 1
	 78: LoadMapPtr dst: r1 fd: 0 <AT_n>
	 80: MovReg dst: r2 src: rfp
	 81: AddImm dst: r2 imm: -24
	 82: MovReg dst: r3 src: rfp
	 83: AddImm dst: r3 imm: -32
	 84: MovImm dst: r4 imm: 0
	 85: Call FnMapUpdateElem
	 86: MovReg dst: r1 src: rfp
	 87: AddImm dst: r1 imm: -16
	 88: MovImm dst: r2 imm: 16
	 89: Call FnGetCurrentComm
	 90: MovReg dst: r1 src: rfp
	 91: AddImm dst: r1 imm: -32
	 92: MovImm dst: r2 imm: 16
	 93: Call FnGetCurrentComm
	 94: LdXMemDW dst: r1 src: rfp off: -16 imm: 0
	 95: LdXMemDW dst: r2 src: rfp off: -32 imm: 0
	 96: JEqReg dst: r1 off: 2 src: r2
	 97: MovImm dst: r1 imm: 0
	 98: Ja off: 6
	 99: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	100: LdXMemDW dst: r2 src: rfp off: -24 imm: 0
	101: JEqReg dst: r1 off: 2 src: r2
	102: MovImm dst: r1 imm: 0
	103: Ja off: 1
	104: MovImm dst: r1 imm: 1
	105: MovImm dst: r6 imm: 1
	106: JNEImm dst: r1 off: 1 imm: 0
	107: MovImm dst: r6 imm: 0
	108: JEqImm dst: r6 off: 19 imm: 0
	109: MovReg dst: r1 src: rfp
	110: AddImm dst: r1 imm: -16
	111: MovImm dst: r2 imm: 16
	112: Call FnGetCurrentComm
	113: LdXMemW dst: r1 src: rfp off: -16 imm: 0
	114: JEqImm dst: r1 off: 2 imm: 1701867374
	115: MovImm dst: r1 imm: 0
	116: Ja off: 5
	117: LdXMemB dst: r1 src: rfp off: -12 imm: 0
	118: JEqImm dst: r1 off: 2 imm: 0
	119: MovImm dst: r1 imm: 0
	120: Ja off: 1
	121: MovImm dst: r1 imm: 1
	122: XorImm dst: r1 imm: 1
	123: MovImm dst: r0 imm: 1
	124: JNEImm dst: r1 off: 1 imm: 0
	125: MovImm dst: r0 imm: 0
	126: MovReg dst: r1 src: r0
	127: Ja off: 1
	128: MovReg dst: r1 src: r6
	129: JEqImm dst: r1 off: 10 imm: 0
	130: StMemDW dst: rfp src: r0 off: -8 imm: 1
	131: StMemDW dst: rfp src: r0 off: -16 imm: 0
	132: LoadMapPtr dst: r1 fd: 0 <AT_same>
	134: MovReg dst: r2 src: rfp
	135: AddImm dst: r2 imm: -16
	136: MovReg dst: r3 src: rfp
	137: AddImm dst: r3 imm: -8
	138: MovImm dst: r4 imm: 0
	139: Call FnMapUpdateElem
	140: StMemDW dst: rfp src: r0 off: -8 imm: 1
	141: StMemDW dst: rfp src: r0 off: -16 imm: 1
	142: LoadMapPtr dst: r1 fd: 0 <AT_gone>
	144: MovReg dst: r2 src: rfp
	145: AddImm dst: r2 imm: -16
	146: MovReg dst: r3 src: rfp
	147: AddImm dst: r3 imm: -8
	148: MovImm dst: r4 imm: 0
	149: Call FnMapUpdateElem
	150: StMemDW dst: rfp src: r0 off: -8 imm: 1
	151: LoadMapPtr dst: r1 fd: 0 <AT_gone>
	153: MovReg dst: r2 src: rfp
	154: AddImm dst: r2 imm: -8
	155: Call FnMapDeleteElem
	156: MovImm dst: r0 imm: 0
	157: Exit

END:
	 0: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 1: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 2: LoadMapPtr dst: r1 fd: 0 <AT_n>
	 4: MovReg dst: r2 src: rfp
	 5: AddImm dst: r2 imm: -32
	 6: Call FnMapLookupElem
	 7: MovReg dst: r1 src: r0
	 8: JEqImm dst: r1 off: 2 imm: 0
	 9: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	10: Ja off: 1
	11: MovImm dst: r1 imm: 0
	12: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	13: StMemDW dst: rfp src: r0 off: -32 imm: 0
	14: LoadMapPtr dst: r1 fd: 0 <AT_total>
	16: MovReg dst: r2 src: rfp
	17: AddImm dst: r2 imm: -32
	18: Call FnMapLookupElem
	19: MovReg dst: r1 src: r0
	20: JEqImm dst: r1 off: 2 imm: 0
	21: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	22: Ja off: 1
	23: MovImm dst: r1 imm: 0
	24: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	25: LoadMapPtr dst: r1 fd: 0 <AT__events>
	27: MovReg dst: r2 src: rfp
	28: AddImm dst: r2 imm: -24
	29: MovImm dst: r3 imm: 24
	30: MovImm dst: r4 imm: 0
	31: Call FnRingbufOutput
	32: MovImm dst: r0 imm: 0
	33: Exit

