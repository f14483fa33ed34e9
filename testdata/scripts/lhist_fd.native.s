tp_sys_enter_close:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: MovReg dst: r1 src: r0
	  3: RShImm dst: r1 imm: 32
	  4: JEqImm dst: r1 off: 2 imm: 4242
	  5: MovImm dst: r0 imm: 0
	  6: Exit
	  7: LdXMemDW dst: r1 src: r6 off: 16 imm: 0
	  8: JSLTImm dst: r1 off: 7 imm: 0
	  9: DivImm dst: r1 imm: 10
	 10: AddImm dst: r1 imm: 1
	 11: JLEImm dst: r1 off: 2 imm: 11
	 12: MovImm dst: r1 imm: 11
	 13: Ja off: 0
	 14: MovReg dst: r6 src: r1
	 15: Ja off: 1
	 16: MovImm dst: r6 imm: 0
	 17: MovReg dst: r1 src: rfp
	 18: AddImm dst: r1 imm: -16
	 19: MovImm dst: r2 imm: 16
	 20: Call FnGetCurrentComm
	 21: LoadMapPtr dst: r1 fd: 0 <AT_fd>
	 23: MovReg dst: r2 src: rfp
	 24: AddImm dst: r2 imm: -16
	 25: Call FnMapLookupElem
	 26: MovReg dst: r7 src: r0
	 27: JNEImm dst: r7 off: 30 imm: 0
	 28: StMemDW dst: rfp src: r0 off: -112 imm: 0
	 29: StMemDW dst: rfp src: r0 off: -104 imm: 0
	 30: StMemDW dst: rfp src: r0 off: -96 imm: 0
	 31: StMemDW dst: rfp src: r0 off: -88 imm: 0
	 32: StMemDW dst: rfp src: r0 off: -80 imm: 0
	 33: StMemDW dst: rfp src: r0 off: -72 imm: 0
	 34: StMemDW dst: rfp src: r0 off: -64 imm: 0
	 35: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 36: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 37: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 38: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 39: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 40: LoadMapPtr dst: r1 fd: 0 <AT_fd>
	 42: MovReg dst: r2 src: rfp
	 43: AddImm dst: r2 imm: -16
	 44: MovReg dst: r3 src: rfp
	 45: AddImm dst: r3 imm: -112
	 46: MovImm dst: r4 imm: 1
	 47: Call FnMapUpdateElem
	 48: LoadMapPtr dst: r1 fd: 0 <AT_fd>
	 50: MovReg dst: r2 src: rfp
	 51: AddImm dst: r2 imm: -16
	 52: Call FnMapLookupElem
	 53: MovReg dst: r1 src: r0
	 54: JNEImm dst: r1 off: 2 imm: 0
	 55: MovImm dst: r0 imm: 0
	 56: Exit
	 57: Ja off: 1
	 58: MovReg dst: r1 src: r7
	 59: JLEImm dst: r6 off: 2 imm: 11
	 60: MovImm dst: r2 imm: 11
	 61: Ja off: 1
	 62: MovReg dst: r2 src: r6
	 63: LShImm dst: r2 imm: 3
	 64: AddReg dst: r1 src: r2
	 65: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 66: AddImm dst: r2 imm: 1
	 67: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 68: MovImm dst: r0 imm: 0
	 69: Exit

