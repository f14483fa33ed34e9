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
	 39: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 40: LoadMapPtr dst: r1 fd: 0 <AT_bytes>
	 42: MovReg dst: r2 src: rfp
	 43: AddImm dst: r2 imm: -8
	 44: Call FnMapLookupElem
	 45: MovReg dst: r1 src: r0
	 46: JNEImm dst: r1 off: 26 imm: 0
	 47: StMemW dst: rfp src: r0 off: -16 imm: 0
	 48: LoadMapPtr dst: r1 fd: 0 <AT__zero>
	 50: MovReg dst: r2 src: rfp
	 51: AddImm dst: r2 imm: -16
	 52: Call FnMapLookupElem
	 53: MovReg dst: r1 src: r0
	 54: JNEImm dst: r1 off: 2 imm: 0
	 55: MovImm dst: r0 imm: 0
	 56: Exit
	 57: MovReg dst: r3 src: r1
	 58: LoadMapPtr dst: r1 fd: 0 <AT_bytes>
	 60: MovReg dst: r2 src: rfp
	 61: AddImm dst: r2 imm: -8
	 62: MovImm dst: r4 imm: 1
	 63: Call FnMapUpdateElem
	 64: LoadMapPtr dst: r1 fd: 0 <AT_bytes>
	 66: MovReg dst: r2 src: rfp
	 67: AddImm dst: r2 imm: -8
	 68: Call FnMapLookupElem
	 69: MovReg dst: r1 src: r0
	 70: JNEImm dst: r1 off: 2 imm: 0
	 71: MovImm dst: r0 imm: 0
	 72: Exit
	 73: JLEImm dst: r7 off: 2 imm: 33
	 74: MovImm dst: r2 imm: 33
	 75: Ja off: 1
	 76: MovReg dst: r2 src: r7
	 77: LShImm dst: r2 imm: 3
	 78: AddReg dst: r1 src: r2
	 79: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 80: AddImm dst: r2 imm: 1
	 81: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 82: LdXMemDW dst: r7 src: r6 off: 32 imm: 0
	 83: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 84: LoadMapPtr dst: r1 fd: 0 <AT_total>
	 86: MovReg dst: r2 src: rfp
	 87: AddImm dst: r2 imm: -8
	 88: Call FnMapLookupElem
	 89: MovReg dst: r1 src: r0
	 90: JEqImm dst: r1 off: 4 imm: 0
	 91: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 92: AddReg dst: r2 src: r7
	 93: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 94: Ja off: 9
	 95: StXMemDW dst: rfp src: r7 off: -16 imm: 0
	 96: LoadMapPtr dst: r1 fd: 0 <AT_total>
	 98: MovReg dst: r2 src: rfp
	 99: AddImm dst: r2 imm: -8
	100: MovReg dst: r3 src: rfp
	101: AddImm dst: r3 imm: -16
	102: MovImm dst: r4 imm: 0
	103: Call FnMapUpdateElem
	104: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	105: DivImm dst: r1 imm: 1000
	106: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	107: LoadMapPtr dst: r1 fd: 0 <AT_sizes>
	109: MovReg dst: r2 src: rfp
	110: AddImm dst: r2 imm: -8
	111: Call FnMapLookupElem
	112: MovReg dst: r1 src: r0
	113: JEqImm dst: r1 off: 4 imm: 0
	114: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	115: AddImm dst: r2 imm: 1
	116: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	117: Ja off: 9
	118: StMemDW dst: rfp src: r0 off: -16 imm: 1
	119: LoadMapPtr dst: r1 fd: 0 <AT_sizes>
	121: MovReg dst: r2 src: rfp
	122: AddImm dst: r2 imm: -8
	123: MovReg dst: r3 src: rfp
	124: AddImm dst: r3 imm: -16
	125: MovImm dst: r4 imm: 0
	126: Call FnMapUpdateElem
	127: MovImm dst: r0 imm: 0
	128: Exit

