tp_sys_enter_close:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: MovReg dst: r1 src: r0
	  3: RShImm dst: r1 imm: 32
	  4: JEqImm dst: r1 off: 2 imm: 4242
	  5: MovImm dst: r1 imm: 0
	  6: Ja off: 1
	  7: MovImm dst: r1 imm: 1
	  8: JEqImm dst: r1 off: 5 imm: 0
	  9: LdXMemDW dst: r1 src: r6 off: 16 imm: 0
	 10: JGTImm dst: r1 off: 2 imm: 20
	 11: MovImm dst: r1 imm: 0
	 12: Ja off: 1
	 13: MovImm dst: r1 imm: 1
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
	 80: JEqImm dst: r7 off: 10 imm: 0
	 81: StMemW dst: rfp src: r0 off: -64 imm: 6777186
	 82: StMemW dst: rfp src: r0 off: -60 imm: 0
	 83: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 84: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 85: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 86: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 87: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 88: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 89: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 90: Ja off: 10
	 91: StMemW dst: rfp src: r0 off: -64 imm: 1818324339
	 92: StMemH dst: rfp src: r0 off: -60 imm: 108
	 93: StMemH dst: rfp src: r0 off: -58 imm: 0
	 94: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 95: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 96: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 97: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 98: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 99: StMemDW dst: rfp src: r0 off: -16 imm: 0
	100: StMemDW dst: rfp src: r0 off: -8 imm: 0
	101: StMemDW dst: rfp src: r0 off: -72 imm: 0
	102: LoadMapPtr dst: r1 fd: 0 <AT_str>
	104: MovReg dst: r2 src: rfp
	105: AddImm dst: r2 imm: -72
	106: MovReg dst: r3 src: rfp
	107: AddImm dst: r3 imm: -64
	108: MovImm dst: r4 imm: 0
	109: Call FnMapUpdateElem
	110: LdImmDW dst: r0 imm: 8589934592
	112: MovReg dst: r1 src: r6
	113: OrReg dst: r1 src: r0
	114: MovReg32 dst: r1 src: r1
	115: RShImm dst: r1 imm: 1
	116: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	117: StMemDW dst: rfp src: r0 off: -16 imm: 0
	118: LoadMapPtr dst: r1 fd: 0 <AT_shift>
	120: MovReg dst: r2 src: rfp
	121: AddImm dst: r2 imm: -16
	122: MovReg dst: r3 src: rfp
	123: AddImm dst: r3 imm: -8
	124: MovImm dst: r4 imm: 0
	125: Call FnMapUpdateElem
	126: MovImm dst: r1 imm: 100
	127: DivReg dst: r1 src: r6
	128: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	129: StMemDW dst: rfp src: r0 off: -16 imm: 0
	130: LoadMapPtr dst: r1 fd: 0 <AT_div>
	132: MovReg dst: r2 src: rfp
	133: AddImm dst: r2 imm: -16
	134: MovReg dst: r3 src: rfp
	135: AddImm dst: r3 imm: -8
	136: MovImm dst: r4 imm: 0
	137: Call FnMapUpdateElem
	138: MovImm dst: r1 imm: 100
	139: ModReg dst: r1 src: r6
	140: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	141: StMemDW dst: rfp src: r0 off: -16 imm: 0
	142: LoadMapPtr dst: r1 fd: 0 <AT_mod>
	144: MovReg dst: r2 src: rfp
	145: AddImm dst: r2 imm: -16
	146: MovReg dst: r3 src: rfp
	147: AddImm dst: r3 imm: -8
	148: MovImm dst: r4 imm: 0
	149: Call FnMapUpdateElem
	150: MovImm dst: r0 imm: 0
	151: Exit

