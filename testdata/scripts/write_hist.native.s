tp_sys_enter_write:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: MovReg dst: r1 src: r0
	  3: RShImm dst: r1 imm: 32
	  4: JEqImm dst: r1 off: 2 imm: 4242
	  5: MovImm dst: r0 imm: 0
	  6: Exit
	  7: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	  8: JSLTImm dst: r1 off: 29 imm: 0
	  9: JEqImm dst: r1 off: 25 imm: 0
	 10: LdImmDW dst: r0 imm: 4294967296
	 12: JGEReg dst: r1 off: 20 src: r0
	 13: JLTImm dst: r1 off: 3 imm: 65536
	 14: RShImm dst: r1 imm: 16
	 15: MovImm dst: r2 imm: 18
	 16: Ja off: 1
	 17: MovImm dst: r2 imm: 2
	 18: JLTImm dst: r1 off: 2 imm: 256
	 19: RShImm dst: r1 imm: 8
	 20: AddImm dst: r2 imm: 8
	 21: JLTImm dst: r1 off: 2 imm: 16
	 22: RShImm dst: r1 imm: 4
	 23: AddImm dst: r2 imm: 4
	 24: JLTImm dst: r1 off: 2 imm: 4
	 25: RShImm dst: r1 imm: 2
	 26: AddImm dst: r2 imm: 2
	 27: JLTImm dst: r1 off: 3 imm: 2
	 28: MovReg dst: r1 src: r2
	 29: AddImm dst: r1 imm: 1
	 30: Ja off: 1
	 31: MovReg dst: r1 src: r2
	 32: Ja off: 1
	 33: MovImm dst: r1 imm: 33
	 34: Ja off: 1
	 35: MovImm dst: r1 imm: 1
	 36: MovReg dst: r7 src: r1
	 37: Ja off: 1
	 38: MovImm dst: r7 imm: 0
	 39: StMemW dst: rfp src: r0 off: -8 imm: 0
	 40: LoadMapPtr dst: r1 fd: 0 <AT_bytes>
	 42: MovReg dst: r2 src: rfp
	 43: AddImm dst: r2 imm: -8
	 44: Call FnMapLookupElem
	 45: MovReg dst: r1 src: r0
	 46: JNEImm dst: r1 off: 2 imm: 0
	 47: MovImm dst: r0 imm: 0
	 48: Exit
	 49: JLEImm dst: r7 off: 2 imm: 33
	 50: MovImm dst: r2 imm: 33
	 51: Ja off: 1
	 52: MovReg dst: r2 src: r7
	 53: LShImm dst: r2 imm: 3
	 54: AddReg dst: r1 src: r2
	 55: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 56: AddImm dst: r2 imm: 1
	 57: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 58: LdXMemDW dst: r7 src: r6 off: 32 imm: 0
	 59: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 60: LoadMapPtr dst: r1 fd: 0 <AT_total>
	 62: MovReg dst: r2 src: rfp
	 63: AddImm dst: r2 imm: -8
	 64: Call FnMapLookupElem
	 65: MovReg dst: r1 src: r0
	 66: JEqImm dst: r1 off: 4 imm: 0
	 67: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 68: AddReg dst: r2 src: r7
	 69: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 70: Ja off: 9
	 71: StXMemDW dst: rfp src: r7 off: -16 imm: 0
	 72: LoadMapPtr dst: r1 fd: 0 <AT_total>
	 74: MovReg dst: r2 src: rfp
	 75: AddImm dst: r2 imm: -8
	 76: MovReg dst: r3 src: rfp
	 77: AddImm dst: r3 imm: -16
	 78: MovImm dst: r4 imm: 0
	 79: Call FnMapUpdateElem
	 80: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	 81: DivImm dst: r1 imm: 1000
	 82: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 83: LoadMapPtr dst: r1 fd: 0 <AT_sizes>
	 85: MovReg dst: r2 src: rfp
	 86: AddImm dst: r2 imm: -8
	 87: Call FnMapLookupElem
	 88: MovReg dst: r1 src: r0
	 89: JEqImm dst: r1 off: 4 imm: 0
	 90: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 91: AddImm dst: r2 imm: 1
	 92: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 93: Ja off: 9
	 94: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 95: LoadMapPtr dst: r1 fd: 0 <AT_sizes>
	 97: MovReg dst: r2 src: rfp
	 98: AddImm dst: r2 imm: -8
	 99: MovReg dst: r3 src: rfp
	100: AddImm dst: r3 imm: -16
	101: MovImm dst: r4 imm: 0
	102: Call FnMapUpdateElem
	103: MovImm dst: r0 imm: 0
	104: Exit

