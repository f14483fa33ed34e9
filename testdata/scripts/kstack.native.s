tp_sys_enter_getppid:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: RShImm dst: r0 imm: 32
	  3: JNEImm dst: r0 off: 111 imm: 4242
	  4: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  5: MovReg dst: r1 src: r6
	  6: LoadMapPtr dst: r2 fd: 0 <AT__stack_2>
	  8: MovImm dst: r3 imm: 0
	  9: Call FnGetStackid
	 10: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	 11: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 13: MovReg dst: r2 src: rfp
	 14: AddImm dst: r2 imm: -16
	 15: MovImm dst: r3 imm: 16
	 16: MovImm dst: r4 imm: 0
	 17: Call FnRingbufOutput
	 18: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	 19: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 20: MovReg dst: r1 src: r6
	 21: LoadMapPtr dst: r2 fd: 0 <AT__stack_1>
	 23: MovImm dst: r3 imm: 0
	 24: Call FnGetStackid
	 25: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	 26: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 28: MovReg dst: r2 src: rfp
	 29: AddImm dst: r2 imm: -24
	 30: MovImm dst: r3 imm: 24
	 31: MovImm dst: r4 imm: 0
	 32: Call FnRingbufOutput
	 33: MovReg dst: r1 src: r6
	 34: LoadMapPtr dst: r2 fd: 0 <AT__stack_2>
	 36: MovImm dst: r3 imm: 0
	 37: Call FnGetStackid
	 38: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	 39: LoadMapPtr dst: r1 fd: 0 <AT_>
	 41: MovReg dst: r2 src: rfp
	 42: AddImm dst: r2 imm: -8
	 43: Call FnMapLookupElem
	 44: JEqImm dst: r0 off: 4 imm: 0
	 45: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 46: AddImm dst: r2 imm: 1
	 47: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 48: Ja off: 9
	 49: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 50: LoadMapPtr dst: r1 fd: 0 <AT_>
	 52: MovReg dst: r2 src: rfp
	 53: AddImm dst: r2 imm: -8
	 54: MovReg dst: r3 src: rfp
	 55: AddImm dst: r3 imm: -16
	 56: MovImm dst: r4 imm: 0
	 57: Call FnMapUpdateElem
	 58: MovReg dst: r1 src: r6
	 59: LoadMapPtr dst: r2 fd: 0 <AT__stack_1>
	 61: MovImm dst: r3 imm: 0
	 62: Call FnGetStackid
	 63: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	 64: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 65: LoadMapPtr dst: r1 fd: 0 <AT_v>
	 67: MovReg dst: r2 src: rfp
	 68: AddImm dst: r2 imm: -16
	 69: MovReg dst: r3 src: rfp
	 70: AddImm dst: r3 imm: -8
	 71: MovImm dst: r4 imm: 0
	 72: Call FnMapUpdateElem
	 73: MovReg dst: r1 src: r6
	 74: LoadMapPtr dst: r2 fd: 0 <AT__stack_1>
	 76: MovImm dst: r3 imm: 0
	 77: Call FnGetStackid
	 78: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	 79: StMemDW dst: rfp src: r0 off: -16 imm: 2
	 80: LoadMapPtr dst: r1 fd: 0 <AT_v>
	 82: MovReg dst: r2 src: rfp
	 83: AddImm dst: r2 imm: -16
	 84: MovReg dst: r3 src: rfp
	 85: AddImm dst: r3 imm: -8
	 86: MovImm dst: r4 imm: 0
	 87: Call FnMapUpdateElem
	 88: MovReg dst: r1 src: r6
	 89: LoadMapPtr dst: r2 fd: 0 <AT__stack_3>
	 91: MovImm dst: r3 imm: 0
	 92: Call FnGetStackid
	 93: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	 94: StMemDW dst: rfp src: r0 off: -32 imm: 30007
	 95: StMemDW dst: rfp src: r0 off: -24 imm: 1
	 96: LdXMemDW dst: r0 src: rfp off: -8 imm: 0
	 97: StXMemDW dst: rfp src: r0 off: -16 imm: 0
	 98: LoadMapPtr dst: r1 fd: 0 <AT__events>
	100: MovReg dst: r2 src: rfp
	101: AddImm dst: r2 imm: -32
	102: MovImm dst: r3 imm: 24
	103: MovImm dst: r4 imm: 0
	104: Call FnRingbufOutput
	105: StMemW dst: rfp src: r0 off: -8 imm: 0
	106: LoadMapPtr dst: r1 fd: 0 <AT_n>
	108: MovReg dst: r2 src: rfp
	109: AddImm dst: r2 imm: -8
	110: Call FnMapLookupElem
	111: JEqImm dst: r0 off: 3 imm: 0
	112: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	113: AddImm dst: r2 imm: 1
	114: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	115: MovImm dst: r0 imm: 0
	116: Exit

