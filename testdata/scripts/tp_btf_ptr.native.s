tp_sys_enter_clock_nanosleep:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: RShImm dst: r0 imm: 32
	  3: JNEImm dst: r0 off: 146 imm: 4242
	  4: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  5: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	  6: MovReg dst: r3 src: r1
	  7: AddImm dst: r3 imm: 0
	  8: MovReg dst: r1 src: rfp
	  9: AddImm dst: r1 imm: -40
	 10: MovImm dst: r2 imm: 8
	 11: Call FnProbeReadUser
	 12: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 13: StXMemDW dst: rfp src: r1 off: -24 imm: 0
	 14: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	 15: MovReg dst: r3 src: r1
	 16: AddImm dst: r3 imm: 8
	 17: MovReg dst: r1 src: rfp
	 18: AddImm dst: r1 imm: -40
	 19: MovImm dst: r2 imm: 8
	 20: Call FnProbeReadUser
	 21: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 22: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	 23: LdXMemDW dst: r1 src: r6 off: 16 imm: 0
	 24: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 25: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 27: MovReg dst: r2 src: rfp
	 28: AddImm dst: r2 imm: -32
	 29: MovImm dst: r3 imm: 32
	 30: MovImm dst: r4 imm: 0
	 31: Call FnRingbufOutput
	 32: LdXMemDW dst: r3 src: r6 off: 32 imm: 0
	 33: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 34: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 35: MovReg dst: r1 src: rfp
	 36: AddImm dst: r1 imm: -16
	 37: MovImm dst: r2 imm: 16
	 38: Call FnProbeReadUser
	 39: MovReg dst: r7 src: rfp
	 40: AddImm dst: r7 imm: -24
	 41: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 42: MovReg dst: r2 src: r7
	 43: LoadMapPtr dst: r1 fd: 0 <AT_r>
	 45: MovReg dst: r3 src: rfp
	 46: AddImm dst: r3 imm: -16
	 47: MovImm dst: r4 imm: 0
	 48: Call FnMapUpdateElem
	 49: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	 50: JNEImm dst: r1 off: 2 imm: 0
	 51: MovImm dst: r1 imm: 0
	 52: Ja off: 1
	 53: MovImm dst: r1 imm: 1
	 54: LShImm dst: r1 imm: 63
	 55: ArShImm dst: r1 imm: 63
	 56: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 57: MovReg dst: r2 src: r7
	 58: LoadMapPtr dst: r1 fd: 0 <AT_nonnull>
	 60: MovReg dst: r3 src: rfp
	 61: AddImm dst: r3 imm: -8
	 62: MovImm dst: r4 imm: 0
	 63: Call FnMapUpdateElem
	 64: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	 65: LdXMemDW dst: r2 src: r6 off: 32 imm: 0
	 66: JEqReg dst: r1 off: 2 src: r2
	 67: MovImm dst: r1 imm: 0
	 68: Ja off: 1
	 69: MovImm dst: r1 imm: 1
	 70: AndImm dst: r1 imm: 1
	 71: AndImm dst: r1 imm: 1
	 72: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 73: MovReg dst: r2 src: r7
	 74: LoadMapPtr dst: r1 fd: 0 <AT_same>
	 76: MovReg dst: r3 src: rfp
	 77: AddImm dst: r3 imm: -8
	 78: MovImm dst: r4 imm: 0
	 79: Call FnMapUpdateElem
	 80: LdXMemDW dst: r1 src: r6 off: 40 imm: 0
	 81: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 82: MovReg dst: r2 src: r7
	 83: LoadMapPtr dst: r1 fd: 0 <AT_rmtp>
	 85: MovReg dst: r3 src: rfp
	 86: AddImm dst: r3 imm: -8
	 87: MovImm dst: r4 imm: 0
	 88: Call FnMapUpdateElem
	 89: LdXMemDW dst: r6 src: r6 off: 32 imm: 0
	 90: StMemDW dst: rfp src: r0 off: -32 imm: 30007
	 91: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 92: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 93: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 94: MovReg dst: r3 src: r6
	 95: MovReg dst: r1 src: rfp
	 96: AddImm dst: r1 imm: -16
	 97: MovImm dst: r2 imm: 16
	 98: Call FnProbeReadUser
	 99: LoadMapPtr dst: r1 fd: 0 <AT__events>
	101: MovReg dst: r2 src: rfp
	102: AddImm dst: r2 imm: -32
	103: MovImm dst: r3 imm: 32
	104: MovImm dst: r4 imm: 0
	105: Call FnRingbufOutput
	106: MovReg dst: r3 src: r6
	107: AddImm dst: r3 imm: 8
	108: MovReg dst: r1 src: rfp
	109: AddImm dst: r1 imm: -8
	110: MovImm dst: r2 imm: 8
	111: Call FnProbeReadUser
	112: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	113: DivImm dst: r1 imm: 1000
	114: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	115: LoadMapPtr dst: r1 fd: 0 <AT_ns>
	117: MovReg dst: r2 src: rfp
	118: AddImm dst: r2 imm: -8
	119: Call FnMapLookupElem
	120: JEqImm dst: r0 off: 4 imm: 0
	121: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	122: AddImm dst: r2 imm: 1
	123: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	124: Ja off: 9
	125: StMemDW dst: rfp src: r0 off: -16 imm: 1
	126: LoadMapPtr dst: r1 fd: 0 <AT_ns>
	128: MovReg dst: r2 src: rfp
	129: AddImm dst: r2 imm: -8
	130: MovReg dst: r3 src: rfp
	131: AddImm dst: r3 imm: -16
	132: MovImm dst: r4 imm: 0
	133: Call FnMapUpdateElem
	134: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	135: LoadMapPtr dst: r1 fd: 0 <AT__events>
	137: MovReg dst: r2 src: rfp
	138: AddImm dst: r2 imm: -8
	139: MovImm dst: r3 imm: 8
	140: MovImm dst: r4 imm: 0
	141: Call FnRingbufOutput
	142: StMemW dst: rfp src: r0 off: -8 imm: 0
	143: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	145: MovReg dst: r2 src: rfp
	146: AddImm dst: r2 imm: -8
	147: Call FnMapLookupElem
	148: JEqImm dst: r0 off: 1 imm: 0
	149: StMemDW dst: r0 src: r0 off: 0 imm: 1
	150: MovImm dst: r0 imm: 0
	151: Exit

