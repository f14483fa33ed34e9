tp_sys_enter_close:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: RShImm dst: r0 imm: 32
	  3: JNEImm dst: r0 off: 123 imm: 4242
	  4: LdXMemDW dst: r1 src: r6 off: 16 imm: 0
	  5: JLEImm dst: r1 off: 121 imm: 20
	  6: LdXMemDW dst: r6 src: r6 off: 16 imm: 0
	  7: JLTImm dst: r6 off: 2 imm: 100
	  8: MovImm dst: r7 imm: 1
	  9: Ja off: 1
	 10: MovImm dst: r7 imm: 0
	 11: MovReg dst: r1 src: r6
	 12: MulImm dst: r1 imm: 2
	 13: SubImm dst: r1 imm: 7
	 14: JNEImm dst: r7 off: 1 imm: 0
	 15: JNEImm dst: r6 off: 14 imm: 40
	 16: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 17: StXMemDW dst: rfp src: r6 off: -32 imm: 0
	 18: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	 19: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	 20: NegImm dst: r1 imm: 0
	 21: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 22: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 24: MovReg dst: r2 src: rfp
	 25: AddImm dst: r2 imm: -40
	 26: MovImm dst: r3 imm: 40
	 27: MovImm dst: r4 imm: 0
	 28: Call FnRingbufOutput
	 29: Ja off: 12
	 30: JNEImm dst: r6 off: 11 imm: 33
	 31: StMemDW dst: rfp src: r0 off: -32 imm: 1
	 32: StXMemDW dst: rfp src: r6 off: -24 imm: 0
	 33: StMemDW dst: rfp src: r0 off: -16 imm: -1
	 34: StMemDW dst: rfp src: r0 off: -8 imm: 255
	 35: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 37: MovReg dst: r2 src: rfp
	 38: AddImm dst: r2 imm: -32
	 39: MovImm dst: r3 imm: 32
	 40: MovImm dst: r4 imm: 0
	 41: Call FnRingbufOutput
	 42: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	 43: LoadMapPtr dst: r1 fd: 0 <AT_kind>
	 45: MovReg dst: r2 src: rfp
	 46: AddImm dst: r2 imm: -8
	 47: Call FnMapLookupElem
	 48: JEqImm dst: r0 off: 4 imm: 0
	 49: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 50: AddImm dst: r2 imm: 1
	 51: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 52: Ja off: 9
	 53: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 54: LoadMapPtr dst: r1 fd: 0 <AT_kind>
	 56: MovReg dst: r2 src: rfp
	 57: AddImm dst: r2 imm: -8
	 58: MovReg dst: r3 src: rfp
	 59: AddImm dst: r3 imm: -16
	 60: MovImm dst: r4 imm: 0
	 61: Call FnMapUpdateElem
	 62: JEqImm dst: r7 off: 10 imm: 0
	 63: StMemW dst: rfp src: r0 off: -64 imm: 6777186
	 64: StMemW dst: rfp src: r0 off: -60 imm: 0
	 65: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 66: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 67: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 68: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 69: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 70: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 71: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 72: Ja off: 10
	 73: StMemW dst: rfp src: r0 off: -64 imm: 1818324339
	 74: StMemH dst: rfp src: r0 off: -60 imm: 108
	 75: StMemH dst: rfp src: r0 off: -58 imm: 0
	 76: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 77: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 78: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 79: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 80: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 81: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 82: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 83: MovReg dst: r7 src: rfp
	 84: AddImm dst: r7 imm: -72
	 85: StMemDW dst: rfp src: r0 off: -72 imm: 0
	 86: MovReg dst: r2 src: r7
	 87: LoadMapPtr dst: r1 fd: 0 <AT_str>
	 89: MovReg dst: r3 src: rfp
	 90: AddImm dst: r3 imm: -64
	 91: MovImm dst: r4 imm: 0
	 92: Call FnMapUpdateElem
	 93: LdImmDW dst: r0 imm: 8589934592
	 95: MovReg dst: r1 src: r6
	 96: OrReg dst: r1 src: r0
	 97: MovReg32 dst: r1 src: r1
	 98: RShImm dst: r1 imm: 1
	 99: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	100: MovReg dst: r2 src: r7
	101: LoadMapPtr dst: r1 fd: 0 <AT_shift>
	103: MovReg dst: r3 src: rfp
	104: AddImm dst: r3 imm: -8
	105: MovImm dst: r4 imm: 0
	106: Call FnMapUpdateElem
	107: MovImm dst: r1 imm: 100
	108: DivReg dst: r1 src: r6
	109: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	110: MovReg dst: r2 src: r7
	111: LoadMapPtr dst: r1 fd: 0 <AT_div>
	113: MovReg dst: r3 src: rfp
	114: AddImm dst: r3 imm: -8
	115: MovImm dst: r4 imm: 0
	116: Call FnMapUpdateElem
	117: MovImm dst: r1 imm: 100
	118: ModReg dst: r1 src: r6
	119: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	120: MovReg dst: r2 src: r7
	121: LoadMapPtr dst: r1 fd: 0 <AT_mod>
	123: MovReg dst: r3 src: rfp
	124: AddImm dst: r3 imm: -8
	125: MovImm dst: r4 imm: 0
	126: Call FnMapUpdateElem
	127: MovImm dst: r0 imm: 0
	128: Exit

