tp_sys_enter_write:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: RShImm dst: r0 imm: 32
	  3: JNEImm dst: r0 off: 88 imm: 4242
	  4: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	  5: JSLTImm dst: r1 off: 29 imm: 0
	  6: JEqImm dst: r1 off: 25 imm: 0
	  7: LdImmDW dst: r0 imm: 4294967296
	  9: JGEReg dst: r1 off: 20 src: r0
	 10: JLTImm dst: r1 off: 3 imm: 65536
	 11: RShImm dst: r1 imm: 16
	 12: MovImm dst: r2 imm: 18
	 13: Ja off: 1
	 14: MovImm dst: r2 imm: 2
	 15: JLTImm dst: r1 off: 2 imm: 256
	 16: RShImm dst: r1 imm: 8
	 17: AddImm dst: r2 imm: 8
	 18: JLTImm dst: r1 off: 2 imm: 16
	 19: RShImm dst: r1 imm: 4
	 20: AddImm dst: r2 imm: 4
	 21: JLTImm dst: r1 off: 2 imm: 4
	 22: RShImm dst: r1 imm: 2
	 23: AddImm dst: r2 imm: 2
	 24: JLTImm dst: r1 off: 3 imm: 2
	 25: MovReg dst: r1 src: r2
	 26: AddImm dst: r1 imm: 1
	 27: Ja off: 1
	 28: MovReg dst: r1 src: r2
	 29: Ja off: 1
	 30: MovImm dst: r1 imm: 33
	 31: Ja off: 1
	 32: MovImm dst: r1 imm: 1
	 33: MovReg dst: r7 src: r1
	 34: Ja off: 1
	 35: MovImm dst: r7 imm: 0
	 36: StMemW dst: rfp src: r0 off: -8 imm: 0
	 37: LoadMapPtr dst: r1 fd: 0 <AT_bytes>
	 39: MovReg dst: r2 src: rfp
	 40: AddImm dst: r2 imm: -8
	 41: Call FnMapLookupElem
	 42: JEqImm dst: r0 off: 49 imm: 0
	 43: MovReg dst: r2 src: r7
	 44: LShImm dst: r2 imm: 3
	 45: AddReg dst: r0 src: r2
	 46: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 47: AddImm dst: r2 imm: 1
	 48: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 49: LdXMemDW dst: r7 src: r6 off: 32 imm: 0
	 50: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 51: LoadMapPtr dst: r1 fd: 0 <AT_total>
	 53: MovReg dst: r2 src: rfp
	 54: AddImm dst: r2 imm: -8
	 55: Call FnMapLookupElem
	 56: JEqImm dst: r0 off: 4 imm: 0
	 57: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 58: AddReg dst: r2 src: r7
	 59: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 60: Ja off: 9
	 61: StXMemDW dst: rfp src: r7 off: -16 imm: 0
	 62: LoadMapPtr dst: r1 fd: 0 <AT_total>
	 64: MovReg dst: r2 src: rfp
	 65: AddImm dst: r2 imm: -8
	 66: MovReg dst: r3 src: rfp
	 67: AddImm dst: r3 imm: -16
	 68: MovImm dst: r4 imm: 0
	 69: Call FnMapUpdateElem
	 70: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	 71: DivImm dst: r1 imm: 1000
	 72: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 73: LoadMapPtr dst: r1 fd: 0 <AT_sizes>
	 75: MovReg dst: r2 src: rfp
	 76: AddImm dst: r2 imm: -8
	 77: Call FnMapLookupElem
	 78: JEqImm dst: r0 off: 4 imm: 0
	 79: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 80: AddImm dst: r2 imm: 1
	 81: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 82: Ja off: 9
	 83: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 84: LoadMapPtr dst: r1 fd: 0 <AT_sizes>
	 86: MovReg dst: r2 src: rfp
	 87: AddImm dst: r2 imm: -8
	 88: MovReg dst: r3 src: rfp
	 89: AddImm dst: r3 imm: -16
	 90: MovImm dst: r4 imm: 0
	 91: Call FnMapUpdateElem
	 92: MovImm dst: r0 imm: 0
	 93: Exit

