tp_sys_enter_getppid:
	  0: MovReg dst: r6 src: r1
	  1: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  2: Call FnGetCurrentPidTgid
	  3: MovReg dst: r1 src: r0
	  4: RShImm dst: r1 imm: 32
	  5: JEqImm dst: r1 off: 2 imm: 4242
	  6: MovImm dst: r0 imm: 0
	  7: Exit
	  8: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  9: MovReg dst: r1 src: r6
	 10: LoadMapPtr dst: r2 fd: 0 <AT__stack_2>
	 12: MovImm dst: r3 imm: 0
	 13: Call FnGetStackid
	 14: MovReg dst: r1 src: r0
	 15: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	 16: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 18: MovReg dst: r2 src: rfp
	 19: AddImm dst: r2 imm: -24
	 20: MovImm dst: r3 imm: 16
	 21: MovImm dst: r4 imm: 0
	 22: Call FnRingbufOutput
	 23: StMemDW dst: rfp src: r0 off: -32 imm: 30007
	 24: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 25: MovReg dst: r1 src: r6
	 26: LoadMapPtr dst: r2 fd: 0 <AT__stack_1>
	 28: MovImm dst: r3 imm: 0
	 29: Call FnGetStackid
	 30: MovReg dst: r1 src: r0
	 31: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	 32: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 34: MovReg dst: r2 src: rfp
	 35: AddImm dst: r2 imm: -32
	 36: MovImm dst: r3 imm: 24
	 37: MovImm dst: r4 imm: 0
	 38: Call FnRingbufOutput
	 39: MovReg dst: r1 src: r6
	 40: LoadMapPtr dst: r2 fd: 0 <AT__stack_2>
	 42: MovImm dst: r3 imm: 0
	 43: Call FnGetStackid
	 44: MovReg dst: r1 src: r0
	 45: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	 46: LoadMapPtr dst: r1 fd: 0 <AT_>
	 48: MovReg dst: r2 src: rfp
	 49: AddImm dst: r2 imm: -16
	 50: Call FnMapLookupElem
	 51: MovReg dst: r1 src: r0
	 52: JEqImm dst: r1 off: 4 imm: 0
	 53: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 54: AddImm dst: r2 imm: 1
	 55: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 56: Ja off: 9
	 57: StMemDW dst: rfp src: r0 off: -24 imm: 1
	 58: LoadMapPtr dst: r1 fd: 0 <AT_>
	 60: MovReg dst: r2 src: rfp
	 61: AddImm dst: r2 imm: -16
	 62: MovReg dst: r3 src: rfp
	 63: AddImm dst: r3 imm: -24
	 64: MovImm dst: r4 imm: 0
	 65: Call FnMapUpdateElem
	 66: MovReg dst: r1 src: r6
	 67: LoadMapPtr dst: r2 fd: 0 <AT__stack_1>
	 69: MovImm dst: r3 imm: 0
	 70: Call FnGetStackid
	 71: MovReg dst: r1 src: r0
	 72: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	 73: StMemDW dst: rfp src: r0 off: -24 imm: 1
	 74: LoadMapPtr dst: r1 fd: 0 <AT_v>
	 76: MovReg dst: r2 src: rfp
	 77: AddImm dst: r2 imm: -24
	 78: MovReg dst: r3 src: rfp
	 79: AddImm dst: r3 imm: -16
	 80: MovImm dst: r4 imm: 0
	 81: Call FnMapUpdateElem
	 82: MovReg dst: r1 src: r6
	 83: LoadMapPtr dst: r2 fd: 0 <AT__stack_1>
	 85: MovImm dst: r3 imm: 0
	 86: Call FnGetStackid
	 87: MovReg dst: r1 src: r0
	 88: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	 89: StMemDW dst: rfp src: r0 off: -24 imm: 2
	 90: LoadMapPtr dst: r1 fd: 0 <AT_v>
	 92: MovReg dst: r2 src: rfp
	 93: AddImm dst: r2 imm: -24
	 94: MovReg dst: r3 src: rfp
	 95: AddImm dst: r3 imm: -16
	 96: MovImm dst: r4 imm: 0
	 97: Call FnMapUpdateElem
	 98: MovReg dst: r1 src: r6
	 99: LoadMapPtr dst: r2 fd: 0 <AT__stack_3>
	101: MovImm dst: r3 imm: 0
	102: Call FnGetStackid
	103: MovReg dst: r1 src: r0
	104: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	105: StMemDW dst: rfp src: r0 off: -32 imm: 30007
	106: StMemDW dst: rfp src: r0 off: -24 imm: 1
	107: LdXMemDW dst: r0 src: rfp off: -8 imm: 0
	108: StXMemDW dst: rfp src: r0 off: -16 imm: 0
	109: LoadMapPtr dst: r1 fd: 0 <AT__events>
	111: MovReg dst: r2 src: rfp
	112: AddImm dst: r2 imm: -32
	113: MovImm dst: r3 imm: 24
	114: MovImm dst: r4 imm: 0
	115: Call FnRingbufOutput
	116: StMemW dst: rfp src: r0 off: -8 imm: 0
	117: LoadMapPtr dst: r1 fd: 0 <AT_n>
	119: MovReg dst: r2 src: rfp
	120: AddImm dst: r2 imm: -8
	121: Call FnMapLookupElem
	122: MovReg dst: r1 src: r0
	123: JEqImm dst: r1 off: 3 imm: 0
	124: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	125: AddImm dst: r2 imm: 1
	126: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	127: MovImm dst: r0 imm: 0
	128: Exit

