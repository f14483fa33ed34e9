tp_sys_enter_close:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: MovReg dst: r1 src: r0
	  3: RShImm dst: r1 imm: 32
	  4: JEqImm dst: r1 off: 2 imm: 4242
	  5: MovImm dst: r0 imm: 0
	  6: Exit
	  7: LdXMemDW dst: r1 src: r6 off: 16 imm: 0
	  8: JSLTImm dst: r1 off: 6 imm: 0
	  9: DivImm dst: r1 imm: 10
	 10: AddImm dst: r1 imm: 1
	 11: JLEImm dst: r1 off: 1 imm: 11
	 12: MovImm dst: r1 imm: 11
	 13: MovReg dst: r6 src: r1
	 14: Ja off: 1
	 15: MovImm dst: r6 imm: 0
	 16: MovReg dst: r1 src: rfp
	 17: AddImm dst: r1 imm: -16
	 18: MovImm dst: r2 imm: 16
	 19: Call FnGetCurrentComm
	 20: LoadMapPtr dst: r1 fd: 0 <AT_fd>
	 22: MovReg dst: r2 src: rfp
	 23: AddImm dst: r2 imm: -16
	 24: Call FnMapLookupElem
	 25: MovReg dst: r1 src: r0
	 26: JNEImm dst: r1 off: 26 imm: 0
	 27: StMemW dst: rfp src: r0 off: -24 imm: 0
	 28: LoadMapPtr dst: r1 fd: 0 <AT__zero>
	 30: MovReg dst: r2 src: rfp
	 31: AddImm dst: r2 imm: -24
	 32: Call FnMapLookupElem
	 33: MovReg dst: r1 src: r0
	 34: JNEImm dst: r1 off: 2 imm: 0
	 35: MovImm dst: r0 imm: 0
	 36: Exit
	 37: MovReg dst: r3 src: r1
	 38: LoadMapPtr dst: r1 fd: 0 <AT_fd>
	 40: MovReg dst: r2 src: rfp
	 41: AddImm dst: r2 imm: -16
	 42: MovImm dst: r4 imm: 1
	 43: Call FnMapUpdateElem
	 44: LoadMapPtr dst: r1 fd: 0 <AT_fd>
	 46: MovReg dst: r2 src: rfp
	 47: AddImm dst: r2 imm: -16
	 48: Call FnMapLookupElem
	 49: MovReg dst: r1 src: r0
	 50: JNEImm dst: r1 off: 2 imm: 0
	 51: MovImm dst: r0 imm: 0
	 52: Exit
	 53: JLEImm dst: r6 off: 2 imm: 11
	 54: MovImm dst: r2 imm: 11
	 55: Ja off: 1
	 56: MovReg dst: r2 src: r6
	 57: LShImm dst: r2 imm: 3
	 58: AddReg dst: r1 src: r2
	 59: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 60: AddImm dst: r2 imm: 1
	 61: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 62: MovImm dst: r0 imm: 0
	 63: Exit

