tp_sys_enter_getppid:
	  0: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  1: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  2: Call FnGetCurrentPidTgid
	  3: RShImm dst: r0 imm: 32
	  4: JNEImm dst: r0 off: 120 imm: 4242
	  5: StMemW dst: rfp src: r0 off: -24 imm: 0
	  6: LoadMapPtr dst: r1 fd: 0 <AT_both>
	  8: MovReg dst: r2 src: rfp
	  9: AddImm dst: r2 imm: -24
	 10: Call FnMapLookupElem
	 11: JEqImm dst: r0 off: 3 imm: 0
	 12: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 13: AddImm dst: r2 imm: 1
	 14: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 15: MovReg dst: r6 src: rfp
	 16: AddImm dst: r6 imm: -40
	 17: MovReg dst: r1 src: r6
	 18: MovImm dst: r2 imm: 16
	 19: Call FnGetCurrentComm
	 20: StMemDW dst: rfp src: r0 off: -24 imm: 7
	 21: MovReg dst: r2 src: r6
	 22: LoadMapPtr dst: r1 fd: 0 <AT_by>
	 24: Call FnMapLookupElem
	 25: JEqImm dst: r0 off: 4 imm: 0
	 26: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 27: AddImm dst: r2 imm: 1
	 28: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 29: Ja off: 8
	 30: StMemDW dst: rfp src: r0 off: -48 imm: 1
	 31: MovReg dst: r2 src: r6
	 32: LoadMapPtr dst: r1 fd: 0 <AT_by>
	 34: MovReg dst: r3 src: rfp
	 35: AddImm dst: r3 imm: -48
	 36: MovImm dst: r4 imm: 0
	 37: Call FnMapUpdateElem
	 38: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 39: LoadMapPtr dst: r1 fd: 0 <AT_total>
	 41: MovReg dst: r2 src: rfp
	 42: AddImm dst: r2 imm: -24
	 43: Call FnMapLookupElem
	 44: JEqImm dst: r0 off: 4 imm: 0
	 45: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 46: AddImm dst: r2 imm: 2
	 47: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 48: Ja off: 9
	 49: StMemDW dst: rfp src: r0 off: -32 imm: 2
	 50: LoadMapPtr dst: r1 fd: 0 <AT_total>
	 52: MovReg dst: r2 src: rfp
	 53: AddImm dst: r2 imm: -24
	 54: MovReg dst: r3 src: rfp
	 55: AddImm dst: r3 imm: -32
	 56: MovImm dst: r4 imm: 0
	 57: Call FnMapUpdateElem
	 58: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 59: LoadMapPtr dst: r1 fd: 0 <AT_n>
	 61: MovReg dst: r2 src: rfp
	 62: AddImm dst: r2 imm: -24
	 63: Call FnMapLookupElem
	 64: JEqImm dst: r0 off: 4 imm: 0
	 65: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 66: AddImm dst: r2 imm: 1
	 67: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 68: Ja off: 9
	 69: StMemDW dst: rfp src: r0 off: -32 imm: 1
	 70: LoadMapPtr dst: r1 fd: 0 <AT_n>
	 72: MovReg dst: r2 src: rfp
	 73: AddImm dst: r2 imm: -24
	 74: MovReg dst: r3 src: rfp
	 75: AddImm dst: r3 imm: -32
	 76: MovImm dst: r4 imm: 0
	 77: Call FnMapUpdateElem
	 78: MovReg dst: r1 src: rfp
	 79: AddImm dst: r1 imm: -16
	 80: MovImm dst: r2 imm: 16
	 81: Call FnGetCurrentComm
	 82: MovReg dst: r1 src: rfp
	 83: AddImm dst: r1 imm: -32
	 84: MovImm dst: r2 imm: 16
	 85: Call FnGetCurrentComm
	 86: LdXMemDW dst: r1 src: rfp off: -16 imm: 0
	 87: LdXMemDW dst: r2 src: rfp off: -32 imm: 0
	 88: JNEReg dst: r1 off: 21 src: r2
	 89: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	 90: LdXMemDW dst: r2 src: rfp off: -24 imm: 0
	 91: JNEReg dst: r1 off: 18 src: r2
	 92: MovReg dst: r1 src: rfp
	 93: AddImm dst: r1 imm: -16
	 94: MovImm dst: r2 imm: 16
	 95: Call FnGetCurrentComm
	 96: LdXMemW dst: r1 src: rfp off: -16 imm: 0
	 97: JNEImm dst: r1 off: 2 imm: 1701867374
	 98: LdXMemB dst: r1 src: rfp off: -12 imm: 0
	 99: JEqImm dst: r1 off: 10 imm: 0
	100: StMemDW dst: rfp src: r0 off: -8 imm: 1
	101: StMemDW dst: rfp src: r0 off: -16 imm: 0
	102: LoadMapPtr dst: r1 fd: 0 <AT_same>
	104: MovReg dst: r2 src: rfp
	105: AddImm dst: r2 imm: -16
	106: MovReg dst: r3 src: rfp
	107: AddImm dst: r3 imm: -8
	108: MovImm dst: r4 imm: 0
	109: Call FnMapUpdateElem
	110: StMemDW dst: rfp src: r0 off: -8 imm: 1
	111: StMemDW dst: rfp src: r0 off: -16 imm: 1
	112: LoadMapPtr dst: r1 fd: 0 <AT_gone>
	114: MovReg dst: r2 src: rfp
	115: AddImm dst: r2 imm: -8
	116: MovReg dst: r3 src: rfp
	117: AddImm dst: r3 imm: -16
	118: MovImm dst: r4 imm: 0
	119: Call FnMapUpdateElem
	120: LoadMapPtr dst: r1 fd: 0 <AT_gone>
	122: MovReg dst: r2 src: rfp
	123: AddImm dst: r2 imm: -8
	124: Call FnMapDeleteElem
	125: MovImm dst: r0 imm: 0
	126: Exit

END:
	 0: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 1: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 2: LoadMapPtr dst: r1 fd: 0 <AT_n>
	 4: MovReg dst: r2 src: rfp
	 5: AddImm dst: r2 imm: -32
	 6: Call FnMapLookupElem
	 7: JEqImm dst: r0 off: 2 imm: 0
	 8: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 9: Ja off: 1
	10: MovImm dst: r1 imm: 0
	11: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	12: StMemDW dst: rfp src: r0 off: -32 imm: 0
	13: LoadMapPtr dst: r1 fd: 0 <AT_total>
	15: MovReg dst: r2 src: rfp
	16: AddImm dst: r2 imm: -32
	17: Call FnMapLookupElem
	18: JEqImm dst: r0 off: 2 imm: 0
	19: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	20: Ja off: 1
	21: MovImm dst: r1 imm: 0
	22: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	23: LoadMapPtr dst: r1 fd: 0 <AT__events>
	25: MovReg dst: r2 src: rfp
	26: AddImm dst: r2 imm: -24
	27: MovImm dst: r3 imm: 24
	28: MovImm dst: r4 imm: 0
	29: Call FnRingbufOutput
	30: MovImm dst: r0 imm: 0
	31: Exit

