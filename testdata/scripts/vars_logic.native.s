tp_sys_enter_close:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: MovReg dst: r1 src: r0
	  3: RShImm dst: r1 imm: 32
	  4: MovImm dst: r0 imm: 1
	  5: JEqImm dst: r1 off: 1 imm: 4242
	  6: MovImm dst: r0 imm: 0
	  7: MovReg dst: r1 src: r0
	  8: JEqImm dst: r1 off: 5 imm: 0
	  9: LdXMemDW dst: r1 src: r6 off: 16 imm: 0
	 10: MovImm dst: r0 imm: 1
	 11: JGTImm dst: r1 off: 1 imm: 20
	 12: MovImm dst: r0 imm: 0
	 13: MovReg dst: r1 src: r0
	 14: JNEImm dst: r1 off: 2 imm: 0
	 15: MovImm dst: r0 imm: 0
	 16: Exit
	 17: LdXMemDW dst: r6 src: r6 off: 16 imm: 0
	 18: JLTImm dst: r6 off: 2 imm: 100
	 19: MovImm dst: r7 imm: 1
	 20: Ja off: 1
	 21: MovImm dst: r7 imm: 0
	 22: MovReg dst: r1 src: r6
	 23: MulImm dst: r1 imm: 2
	 24: SubImm dst: r1 imm: 7
	 25: MovImm dst: r2 imm: 1
	 26: JNEImm dst: r7 off: 1 imm: 0
	 27: MovImm dst: r2 imm: 0
	 28: JNEImm dst: r2 off: 3 imm: 0
	 29: MovImm dst: r2 imm: 1
	 30: JEqImm dst: r6 off: 1 imm: 40
	 31: MovImm dst: r2 imm: 0
	 32: JEqImm dst: r2 off: 14 imm: 0
	 33: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 34: StXMemDW dst: rfp src: r6 off: -32 imm: 0
	 35: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	 36: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	 37: NegImm dst: r1 imm: 0
	 38: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 39: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 41: MovReg dst: r2 src: rfp
	 42: AddImm dst: r2 imm: -40
	 43: MovImm dst: r3 imm: 40
	 44: MovImm dst: r4 imm: 0
	 45: Call FnRingbufOutput
	 46: Ja off: 12
	 47: JNEImm dst: r6 off: 11 imm: 33
	 48: StMemDW dst: rfp src: r0 off: -32 imm: 1
	 49: StXMemDW dst: rfp src: r6 off: -24 imm: 0
	 50: StMemDW dst: rfp src: r0 off: -16 imm: -1
	 51: StMemDW dst: rfp src: r0 off: -8 imm: 255
	 52: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 54: MovReg dst: r2 src: rfp
	 55: AddImm dst: r2 imm: -32
	 56: MovImm dst: r3 imm: 32
	 57: MovImm dst: r4 imm: 0
	 58: Call FnRingbufOutput
	 59: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	 60: LoadMapPtr dst: r1 fd: 0 <AT_kind>
	 62: MovReg dst: r2 src: rfp
	 63: AddImm dst: r2 imm: -8
	 64: Call FnMapLookupElem
	 65: MovReg dst: r1 src: r0
	 66: JEqImm dst: r1 off: 4 imm: 0
	 67: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 68: AddImm dst: r2 imm: 1
	 69: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 70: Ja off: 9
	 71: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 72: LoadMapPtr dst: r1 fd: 0 <AT_kind>
	 74: MovReg dst: r2 src: rfp
	 75: AddImm dst: r2 imm: -8
	 76: MovReg dst: r3 src: rfp
	 77: AddImm dst: r3 imm: -16
	 78: MovImm dst: r4 imm: 0
	 79: Call FnMapUpdateElem
	 80: JEqImm dst: r7 off: 3 imm: 0
	 81: StMemW dst: rfp src: r0 off: -8 imm: 6777186
	 82: StMemH dst: rfp src: r0 off: -4 imm: 0
	 83: Ja off: 2
	 84: StMemW dst: rfp src: r0 off: -8 imm: 1818324339
	 85: StMemH dst: rfp src: r0 off: -4 imm: 108
	 86: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 87: LoadMapPtr dst: r1 fd: 0 <AT_str>
	 89: MovReg dst: r2 src: rfp
	 90: AddImm dst: r2 imm: -16
	 91: MovReg dst: r3 src: rfp
	 92: AddImm dst: r3 imm: -8
	 93: MovImm dst: r4 imm: 0
	 94: Call FnMapUpdateElem
	 95: LdImmDW dst: r0 imm: 8589934592
	 97: MovReg dst: r1 src: r6
	 98: OrReg dst: r1 src: r0
	 99: MovReg32 dst: r1 src: r1
	100: RShImm dst: r1 imm: 1
	101: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	102: StMemDW dst: rfp src: r0 off: -16 imm: 0
	103: LoadMapPtr dst: r1 fd: 0 <AT_shift>
	105: MovReg dst: r2 src: rfp
	106: AddImm dst: r2 imm: -16
	107: MovReg dst: r3 src: rfp
	108: AddImm dst: r3 imm: -8
	109: MovImm dst: r4 imm: 0
	110: Call FnMapUpdateElem
	111: MovImm dst: r1 imm: 100
	112: DivReg dst: r1 src: r6
	113: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	114: StMemDW dst: rfp src: r0 off: -16 imm: 0
	115: LoadMapPtr dst: r1 fd: 0 <AT_div>
	117: MovReg dst: r2 src: rfp
	118: AddImm dst: r2 imm: -16
	119: MovReg dst: r3 src: rfp
	120: AddImm dst: r3 imm: -8
	121: MovImm dst: r4 imm: 0
	122: Call FnMapUpdateElem
	123: MovImm dst: r1 imm: 100
	124: ModReg dst: r1 src: r6
	125: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	126: StMemDW dst: rfp src: r0 off: -16 imm: 0
	127: LoadMapPtr dst: r1 fd: 0 <AT_mod>
	129: MovReg dst: r2 src: rfp
	130: AddImm dst: r2 imm: -16
	131: MovReg dst: r3 src: rfp
	132: AddImm dst: r3 imm: -8
	133: MovImm dst: r4 imm: 0
	134: Call FnMapUpdateElem
	135: MovImm dst: r0 imm: 0
	136: Exit

