tp_sys_enter_write:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: RShImm dst: r0 imm: 32
	  3: JNEImm dst: r0 off: 83 imm: 4242
	  4: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	  5: JSLTImm dst: r1 off: 25 imm: 0
	  6: JEqImm dst: r1 off: 22 imm: 0
	  7: LdImmDW dst: r0 imm: 4294967296
	  9: JGEReg dst: r1 off: 17 src: r0
	 10: JLTImm dst: r1 off: 3 imm: 65536
	 11: RShImm dst: r1 imm: 16
	 12: MovImm dst: r7 imm: 18
	 13: Ja off: 1
	 14: MovImm dst: r7 imm: 2
	 15: JLTImm dst: r1 off: 2 imm: 256
	 16: RShImm dst: r1 imm: 8
	 17: AddImm dst: r7 imm: 8
	 18: JLTImm dst: r1 off: 2 imm: 16
	 19: RShImm dst: r1 imm: 4
	 20: AddImm dst: r7 imm: 4
	 21: JLTImm dst: r1 off: 2 imm: 4
	 22: RShImm dst: r1 imm: 2
	 23: AddImm dst: r7 imm: 2
	 24: JLTImm dst: r1 off: 1 imm: 2
	 25: AddImm dst: r7 imm: 1
	 26: Ja off: 1
	 27: MovImm dst: r7 imm: 33
	 28: Ja off: 1
	 29: MovImm dst: r7 imm: 1
	 30: Ja off: 1
	 31: MovImm dst: r7 imm: 0
	 32: StMemW dst: rfp src: r0 off: -8 imm: 0
	 33: LoadMapPtr dst: r1 fd: 0 <AT_bytes>
	 35: MovReg dst: r2 src: rfp
	 36: AddImm dst: r2 imm: -8
	 37: Call FnMapLookupElem
	 38: JEqImm dst: r0 off: 48 imm: 0
	 39: LShImm dst: r7 imm: 3
	 40: AddReg dst: r0 src: r7
	 41: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 42: AddImm dst: r2 imm: 1
	 43: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 44: LdXMemDW dst: r7 src: r6 off: 32 imm: 0
	 45: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 46: LoadMapPtr dst: r1 fd: 0 <AT_total>
	 48: MovReg dst: r2 src: rfp
	 49: AddImm dst: r2 imm: -8
	 50: Call FnMapLookupElem
	 51: JEqImm dst: r0 off: 4 imm: 0
	 52: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 53: AddReg dst: r2 src: r7
	 54: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 55: Ja off: 9
	 56: StXMemDW dst: rfp src: r7 off: -16 imm: 0
	 57: LoadMapPtr dst: r1 fd: 0 <AT_total>
	 59: MovReg dst: r2 src: rfp
	 60: AddImm dst: r2 imm: -8
	 61: MovReg dst: r3 src: rfp
	 62: AddImm dst: r3 imm: -16
	 63: MovImm dst: r4 imm: 0
	 64: Call FnMapUpdateElem
	 65: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	 66: DivImm dst: r1 imm: 1000
	 67: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 68: LoadMapPtr dst: r1 fd: 0 <AT_sizes>
	 70: MovReg dst: r2 src: rfp
	 71: AddImm dst: r2 imm: -8
	 72: Call FnMapLookupElem
	 73: JEqImm dst: r0 off: 4 imm: 0
	 74: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 75: AddImm dst: r2 imm: 1
	 76: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 77: Ja off: 9
	 78: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 79: LoadMapPtr dst: r1 fd: 0 <AT_sizes>
	 81: MovReg dst: r2 src: rfp
	 82: AddImm dst: r2 imm: -8
	 83: MovReg dst: r3 src: rfp
	 84: AddImm dst: r3 imm: -16
	 85: MovImm dst: r4 imm: 0
	 86: Call FnMapUpdateElem
	 87: MovImm dst: r0 imm: 0
	 88: Exit

