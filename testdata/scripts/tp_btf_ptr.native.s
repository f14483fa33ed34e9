tp_sys_enter_clock_nanosleep:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: RShImm dst: r0 imm: 32
	  3: JNEImm dst: r0 off: 144 imm: 4242
	  4: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  5: LdXMemDW dst: r3 src: r6 off: 32 imm: 0
	  6: AddImm dst: r3 imm: 0
	  7: MovReg dst: r1 src: rfp
	  8: AddImm dst: r1 imm: -40
	  9: MovImm dst: r2 imm: 8
	 10: Call FnProbeReadUser
	 11: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 12: StXMemDW dst: rfp src: r1 off: -24 imm: 0
	 13: LdXMemDW dst: r3 src: r6 off: 32 imm: 0
	 14: AddImm dst: r3 imm: 8
	 15: MovReg dst: r1 src: rfp
	 16: AddImm dst: r1 imm: -40
	 17: MovImm dst: r2 imm: 8
	 18: Call FnProbeReadUser
	 19: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 20: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	 21: LdXMemDW dst: r1 src: r6 off: 16 imm: 0
	 22: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 23: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 25: MovReg dst: r2 src: rfp
	 26: AddImm dst: r2 imm: -32
	 27: MovImm dst: r3 imm: 32
	 28: MovImm dst: r4 imm: 0
	 29: Call FnRingbufOutput
	 30: LdXMemDW dst: r3 src: r6 off: 32 imm: 0
	 31: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 32: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 33: MovReg dst: r1 src: rfp
	 34: AddImm dst: r1 imm: -16
	 35: MovImm dst: r2 imm: 16
	 36: Call FnProbeReadUser
	 37: MovReg dst: r7 src: rfp
	 38: AddImm dst: r7 imm: -24
	 39: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 40: MovReg dst: r2 src: r7
	 41: LoadMapPtr dst: r1 fd: 0 <AT_r>
	 43: MovReg dst: r3 src: rfp
	 44: AddImm dst: r3 imm: -16
	 45: MovImm dst: r4 imm: 0
	 46: Call FnMapUpdateElem
	 47: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	 48: JNEImm dst: r1 off: 2 imm: 0
	 49: MovImm dst: r1 imm: 0
	 50: Ja off: 1
	 51: MovImm dst: r1 imm: 1
	 52: LShImm dst: r1 imm: 63
	 53: ArShImm dst: r1 imm: 63
	 54: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 55: MovReg dst: r2 src: r7
	 56: LoadMapPtr dst: r1 fd: 0 <AT_nonnull>
	 58: MovReg dst: r3 src: rfp
	 59: AddImm dst: r3 imm: -8
	 60: MovImm dst: r4 imm: 0
	 61: Call FnMapUpdateElem
	 62: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	 63: LdXMemDW dst: r2 src: r6 off: 32 imm: 0
	 64: JEqReg dst: r1 off: 2 src: r2
	 65: MovImm dst: r1 imm: 0
	 66: Ja off: 1
	 67: MovImm dst: r1 imm: 1
	 68: AndImm dst: r1 imm: 1
	 69: AndImm dst: r1 imm: 1
	 70: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 71: MovReg dst: r2 src: r7
	 72: LoadMapPtr dst: r1 fd: 0 <AT_same>
	 74: MovReg dst: r3 src: rfp
	 75: AddImm dst: r3 imm: -8
	 76: MovImm dst: r4 imm: 0
	 77: Call FnMapUpdateElem
	 78: LdXMemDW dst: r1 src: r6 off: 40 imm: 0
	 79: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 80: MovReg dst: r2 src: r7
	 81: LoadMapPtr dst: r1 fd: 0 <AT_rmtp>
	 83: MovReg dst: r3 src: rfp
	 84: AddImm dst: r3 imm: -8
	 85: MovImm dst: r4 imm: 0
	 86: Call FnMapUpdateElem
	 87: LdXMemDW dst: r6 src: r6 off: 32 imm: 0
	 88: StMemDW dst: rfp src: r0 off: -32 imm: 30007
	 89: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 90: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 91: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 92: MovReg dst: r3 src: r6
	 93: MovReg dst: r1 src: rfp
	 94: AddImm dst: r1 imm: -16
	 95: MovImm dst: r2 imm: 16
	 96: Call FnProbeReadUser
	 97: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 99: MovReg dst: r2 src: rfp
	100: AddImm dst: r2 imm: -32
	101: MovImm dst: r3 imm: 32
	102: MovImm dst: r4 imm: 0
	103: Call FnRingbufOutput
	104: AddImm dst: r6 imm: 8
	105: MovReg dst: r3 src: r6
	106: MovReg dst: r1 src: rfp
	107: AddImm dst: r1 imm: -8
	108: MovImm dst: r2 imm: 8
	109: Call FnProbeReadUser
	110: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	111: DivImm dst: r1 imm: 1000
	112: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	113: LoadMapPtr dst: r1 fd: 0 <AT_ns>
	115: MovReg dst: r2 src: rfp
	116: AddImm dst: r2 imm: -8
	117: Call FnMapLookupElem
	118: JEqImm dst: r0 off: 4 imm: 0
	119: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	120: AddImm dst: r2 imm: 1
	121: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	122: Ja off: 9
	123: StMemDW dst: rfp src: r0 off: -16 imm: 1
	124: LoadMapPtr dst: r1 fd: 0 <AT_ns>
	126: MovReg dst: r2 src: rfp
	127: AddImm dst: r2 imm: -8
	128: MovReg dst: r3 src: rfp
	129: AddImm dst: r3 imm: -16
	130: MovImm dst: r4 imm: 0
	131: Call FnMapUpdateElem
	132: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	133: LoadMapPtr dst: r1 fd: 0 <AT__events>
	135: MovReg dst: r2 src: rfp
	136: AddImm dst: r2 imm: -8
	137: MovImm dst: r3 imm: 8
	138: MovImm dst: r4 imm: 0
	139: Call FnRingbufOutput
	140: StMemW dst: rfp src: r0 off: -8 imm: 0
	141: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	143: MovReg dst: r2 src: rfp
	144: AddImm dst: r2 imm: -8
	145: Call FnMapLookupElem
	146: JEqImm dst: r0 off: 1 imm: 0
	147: StMemDW dst: r0 src: r0 off: 0 imm: 1
	148: MovImm dst: r0 imm: 0
	149: Exit

