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
	105: JNEImm dst: r1 off: 2 imm: 0
	106: MovImm dst: r1 imm: 0
	107: Ja off: 1
	108: MovImm dst: r1 imm: 1
	109: JEqImm dst: r1 off: 18 imm: 0
	110: MovReg dst: r1 src: rfp
	111: AddImm dst: r1 imm: -16
	112: MovImm dst: r2 imm: 16
	113: Call FnGetCurrentComm
	114: LdXMemW dst: r1 src: rfp off: -16 imm: 0
	115: JEqImm dst: r1 off: 2 imm: 1701867374
	116: MovImm dst: r1 imm: 0
	117: Ja off: 5
	118: LdXMemB dst: r1 src: rfp off: -12 imm: 0
	119: JEqImm dst: r1 off: 2 imm: 0
	120: MovImm dst: r1 imm: 0
	121: Ja off: 1
	122: MovImm dst: r1 imm: 1
	123: XorImm dst: r1 imm: 1
	124: JNEImm dst: r1 off: 2 imm: 0
	125: MovImm dst: r1 imm: 0
	126: Ja off: 1
	127: MovImm dst: r1 imm: 1
	128: JEqImm dst: r1 off: 10 imm: 0
	129: StMemDW dst: rfp src: r0 off: -8 imm: 1
	130: StMemDW dst: rfp src: r0 off: -16 imm: 0
	131: LoadMapPtr dst: r1 fd: 0 <AT_same>
	133: MovReg dst: r2 src: rfp
	134: AddImm dst: r2 imm: -16
	135: MovReg dst: r3 src: rfp
	136: AddImm dst: r3 imm: -8
	137: MovImm dst: r4 imm: 0
	138: Call FnMapUpdateElem
	139: StMemDW dst: rfp src: r0 off: -8 imm: 1
	140: StMemDW dst: rfp src: r0 off: -16 imm: 1
	141: LoadMapPtr dst: r1 fd: 0 <AT_gone>
	143: MovReg dst: r2 src: rfp
	144: AddImm dst: r2 imm: -16
	145: MovReg dst: r3 src: rfp
	146: AddImm dst: r3 imm: -8
	147: MovImm dst: r4 imm: 0
	148: Call FnMapUpdateElem
	149: StMemDW dst: rfp src: r0 off: -8 imm: 1
	150: LoadMapPtr dst: r1 fd: 0 <AT_gone>
	152: MovReg dst: r2 src: rfp
	153: AddImm dst: r2 imm: -8
	154: Call FnMapDeleteElem
	155: MovImm dst: r0 imm: 0
	156: Exit

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

