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
	 26: JNEImm dst: r1 off: 29 imm: 0
	 27: StMemDW dst: rfp src: r0 off: -112 imm: 0
	 28: StMemDW dst: rfp src: r0 off: -104 imm: 0
	 29: StMemDW dst: rfp src: r0 off: -96 imm: 0
	 30: StMemDW dst: rfp src: r0 off: -88 imm: 0
	 31: StMemDW dst: rfp src: r0 off: -80 imm: 0
	 32: StMemDW dst: rfp src: r0 off: -72 imm: 0
	 33: StMemDW dst: rfp src: r0 off: -64 imm: 0
	 34: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 35: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 36: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 37: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 38: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 39: LoadMapPtr dst: r1 fd: 0 <AT_fd>
	 41: MovReg dst: r2 src: rfp
	 42: AddImm dst: r2 imm: -16
	 43: MovReg dst: r3 src: rfp
	 44: AddImm dst: r3 imm: -112
	 45: MovImm dst: r4 imm: 1
	 46: Call FnMapUpdateElem
	 47: LoadMapPtr dst: r1 fd: 0 <AT_fd>
	 49: MovReg dst: r2 src: rfp
	 50: AddImm dst: r2 imm: -16
	 51: Call FnMapLookupElem
	 52: MovReg dst: r1 src: r0
	 53: JNEImm dst: r1 off: 2 imm: 0
	 54: MovImm dst: r0 imm: 0
	 55: Exit
	 56: JLEImm dst: r6 off: 2 imm: 11
	 57: MovImm dst: r2 imm: 11
	 58: Ja off: 1
	 59: MovReg dst: r2 src: r6
	 60: LShImm dst: r2 imm: 3
	 61: AddReg dst: r1 src: r2
	 62: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 63: AddImm dst: r2 imm: 1
	 64: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 65: MovImm dst: r0 imm: 0
	 66: Exit

