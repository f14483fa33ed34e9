tp_sys_enter_close:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: MovReg dst: r1 src: r0
	  3: RShImm dst: r1 imm: 32
	  4: MovImm dst: r0 imm: 1
	  5: JEqImm dst: r1 off: 1 imm: 4242
	  6: MovImm dst: r0 imm: 0
	  7: MovReg dst: r1 src: r0
	  8: JEqImm dst: r1 off: 7 imm: 0
	  9: LdXMemDW dst: r2 src: r6 off: 16 imm: 0
	 10: MovImm dst: r0 imm: 1
	 11: JGTImm dst: r2 off: 1 imm: 20
	 12: MovImm dst: r0 imm: 0
	 13: MovReg dst: r2 src: r0
	 14: MovReg dst: r1 src: r2
	 15: Ja off: 0
	 16: JNEImm dst: r1 off: 2 imm: 0
	 17: MovImm dst: r0 imm: 0
	 18: Exit
	 19: LdXMemDW dst: r6 src: r6 off: 16 imm: 0
	 20: JLTImm dst: r6 off: 2 imm: 100
	 21: MovImm dst: r7 imm: 1
	 22: Ja off: 1
	 23: MovImm dst: r7 imm: 0
	 24: MovReg dst: r1 src: r6
	 25: MulImm dst: r1 imm: 2
	 26: SubImm dst: r1 imm: 7
	 27: MovImm dst: r2 imm: 1
	 28: JNEImm dst: r7 off: 1 imm: 0
	 29: MovImm dst: r2 imm: 0
	 30: JNEImm dst: r2 off: 5 imm: 0
	 31: MovImm dst: r3 imm: 1
	 32: JEqImm dst: r6 off: 1 imm: 40
	 33: MovImm dst: r3 imm: 0
	 34: MovReg dst: r2 src: r3
	 35: Ja off: 0
	 36: JEqImm dst: r2 off: 14 imm: 0
	 37: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 38: StXMemDW dst: rfp src: r6 off: -32 imm: 0
	 39: StXMemDW dst: rfp src: r7 off: -24 imm: 0
	 40: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	 41: NegImm dst: r1 imm: 0
	 42: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 43: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 45: MovReg dst: r2 src: rfp
	 46: AddImm dst: r2 imm: -40
	 47: MovImm dst: r3 imm: 40
	 48: MovImm dst: r4 imm: 0
	 49: Call FnRingbufOutput
	 50: Ja off: 12
	 51: JNEImm dst: r6 off: 11 imm: 33
	 52: StMemDW dst: rfp src: r0 off: -32 imm: 1
	 53: StXMemDW dst: rfp src: r6 off: -24 imm: 0
	 54: StMemDW dst: rfp src: r0 off: -16 imm: -1
	 55: StMemDW dst: rfp src: r0 off: -8 imm: 255
	 56: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 58: MovReg dst: r2 src: rfp
	 59: AddImm dst: r2 imm: -32
	 60: MovImm dst: r3 imm: 32
	 61: MovImm dst: r4 imm: 0
	 62: Call FnRingbufOutput
	 63: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	 64: LoadMapPtr dst: r1 fd: 0 <AT_kind>
	 66: MovReg dst: r2 src: rfp
	 67: AddImm dst: r2 imm: -8
	 68: Call FnMapLookupElem
	 69: MovReg dst: r1 src: r0
	 70: JEqImm dst: r1 off: 4 imm: 0
	 71: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 72: AddImm dst: r2 imm: 1
	 73: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 74: Ja off: 9
	 75: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 76: LoadMapPtr dst: r1 fd: 0 <AT_kind>
	 78: MovReg dst: r2 src: rfp
	 79: AddImm dst: r2 imm: -8
	 80: MovReg dst: r3 src: rfp
	 81: AddImm dst: r3 imm: -16
	 82: MovImm dst: r4 imm: 0
	 83: Call FnMapUpdateElem
	 84: JEqImm dst: r7 off: 3 imm: 0
	 85: StMemW dst: rfp src: r0 off: -8 imm: 6777186
	 86: StMemH dst: rfp src: r0 off: -4 imm: 0
	 87: Ja off: 2
	 88: StMemW dst: rfp src: r0 off: -8 imm: 1818324339
	 89: StMemH dst: rfp src: r0 off: -4 imm: 108
	 90: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 91: LoadMapPtr dst: r1 fd: 0 <AT_str>
	 93: MovReg dst: r2 src: rfp
	 94: AddImm dst: r2 imm: -16
	 95: MovReg dst: r3 src: rfp
	 96: AddImm dst: r3 imm: -8
	 97: MovImm dst: r4 imm: 0
	 98: Call FnMapUpdateElem
	 99: LdImmDW dst: r0 imm: 8589934592
	101: MovReg dst: r1 src: r6
	102: OrReg dst: r1 src: r0
	103: MovReg32 dst: r1 src: r1
	104: RShImm dst: r1 imm: 1
	105: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	106: StMemDW dst: rfp src: r0 off: -16 imm: 0
	107: LoadMapPtr dst: r1 fd: 0 <AT_shift>
	109: MovReg dst: r2 src: rfp
	110: AddImm dst: r2 imm: -16
	111: MovReg dst: r3 src: rfp
	112: AddImm dst: r3 imm: -8
	113: MovImm dst: r4 imm: 0
	114: Call FnMapUpdateElem
	115: MovImm dst: r1 imm: 100
	116: DivReg dst: r1 src: r6
	117: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	118: StMemDW dst: rfp src: r0 off: -16 imm: 0
	119: LoadMapPtr dst: r1 fd: 0 <AT_div>
	121: MovReg dst: r2 src: rfp
	122: AddImm dst: r2 imm: -16
	123: MovReg dst: r3 src: rfp
	124: AddImm dst: r3 imm: -8
	125: MovImm dst: r4 imm: 0
	126: Call FnMapUpdateElem
	127: MovImm dst: r1 imm: 100
	128: ModReg dst: r1 src: r6
	129: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	130: StMemDW dst: rfp src: r0 off: -16 imm: 0
	131: LoadMapPtr dst: r1 fd: 0 <AT_mod>
	133: MovReg dst: r2 src: rfp
	134: AddImm dst: r2 imm: -16
	135: MovReg dst: r3 src: rfp
	136: AddImm dst: r3 imm: -8
	137: MovImm dst: r4 imm: 0
	138: Call FnMapUpdateElem
	139: MovImm dst: r0 imm: 0
	140: Exit

