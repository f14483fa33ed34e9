tp_sys_enter_clock_nanosleep:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: MovReg dst: r1 src: r0
	  3: RShImm dst: r1 imm: 32
	  4: JEqImm dst: r1 off: 2 imm: 4242
	  5: MovImm dst: r0 imm: 0
	  6: Exit
	  7: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  8: LdXMemDW dst: r3 src: r6 off: 32 imm: 0
	  9: MovReg dst: r1 src: rfp
	 10: AddImm dst: r1 imm: -40
	 11: MovImm dst: r2 imm: 8
	 12: Call FnProbeReadUser
	 13: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 14: StXMemDW dst: rfp src: r1 off: -24 imm: 0
	 15: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	 16: MovReg dst: r3 src: r1
	 17: AddImm dst: r3 imm: 8
	 18: MovReg dst: r1 src: rfp
	 19: AddImm dst: r1 imm: -40
	 20: MovImm dst: r2 imm: 8
	 21: Call FnProbeReadUser
	 22: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 23: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	 24: LdXMemDW dst: r1 src: r6 off: 16 imm: 0
	 25: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 26: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 28: MovReg dst: r2 src: rfp
	 29: AddImm dst: r2 imm: -32
	 30: MovImm dst: r3 imm: 32
	 31: MovImm dst: r4 imm: 0
	 32: Call FnRingbufOutput
	 33: LdXMemDW dst: r3 src: r6 off: 32 imm: 0
	 34: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 35: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 36: MovReg dst: r1 src: rfp
	 37: AddImm dst: r1 imm: -16
	 38: MovImm dst: r2 imm: 16
	 39: Call FnProbeReadUser
	 40: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 41: LoadMapPtr dst: r1 fd: 0 <AT_r>
	 43: MovReg dst: r2 src: rfp
	 44: AddImm dst: r2 imm: -24
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
	 56: LShImm dst: r1 imm: 63
	 57: ArShImm dst: r1 imm: 63
	 58: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 59: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 60: LoadMapPtr dst: r1 fd: 0 <AT_nonnull>
	 62: MovReg dst: r2 src: rfp
	 63: AddImm dst: r2 imm: -16
	 64: MovReg dst: r3 src: rfp
	 65: AddImm dst: r3 imm: -8
	 66: MovImm dst: r4 imm: 0
	 67: Call FnMapUpdateElem
	 68: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	 69: LdXMemDW dst: r2 src: r6 off: 32 imm: 0
	 70: JEqReg dst: r1 off: 2 src: r2
	 71: MovImm dst: r1 imm: 0
	 72: Ja off: 1
	 73: MovImm dst: r1 imm: 1
	 74: AndImm dst: r1 imm: 1
	 75: AndImm dst: r1 imm: 1
	 76: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 77: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 78: LoadMapPtr dst: r1 fd: 0 <AT_same>
	 80: MovReg dst: r2 src: rfp
	 81: AddImm dst: r2 imm: -16
	 82: MovReg dst: r3 src: rfp
	 83: AddImm dst: r3 imm: -8
	 84: MovImm dst: r4 imm: 0
	 85: Call FnMapUpdateElem
	 86: LdXMemDW dst: r1 src: r6 off: 40 imm: 0
	 87: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 88: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 89: LoadMapPtr dst: r1 fd: 0 <AT_rmtp>
	 91: MovReg dst: r2 src: rfp
	 92: AddImm dst: r2 imm: -16
	 93: MovReg dst: r3 src: rfp
	 94: AddImm dst: r3 imm: -8
	 95: MovImm dst: r4 imm: 0
	 96: Call FnMapUpdateElem
	 97: LdXMemDW dst: r6 src: r6 off: 32 imm: 0
	 98: StMemDW dst: rfp src: r0 off: -32 imm: 30007
	 99: StMemDW dst: rfp src: r0 off: -24 imm: 0
	100: StMemDW dst: rfp src: r0 off: -16 imm: 0
	101: StMemDW dst: rfp src: r0 off: -8 imm: 0
	102: MovReg dst: r3 src: r6
	103: MovReg dst: r1 src: rfp
	104: AddImm dst: r1 imm: -16
	105: MovImm dst: r2 imm: 16
	106: Call FnProbeReadUser
	107: LoadMapPtr dst: r1 fd: 0 <AT__events>
	109: MovReg dst: r2 src: rfp
	110: AddImm dst: r2 imm: -32
	111: MovImm dst: r3 imm: 32
	112: MovImm dst: r4 imm: 0
	113: Call FnRingbufOutput
	114: MovReg dst: r3 src: r6
	115: AddImm dst: r3 imm: 8
	116: MovReg dst: r1 src: rfp
	117: AddImm dst: r1 imm: -8
	118: MovImm dst: r2 imm: 8
	119: Call FnProbeReadUser
	120: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	121: DivImm dst: r1 imm: 1000
	122: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	123: LoadMapPtr dst: r1 fd: 0 <AT_ns>
	125: MovReg dst: r2 src: rfp
	126: AddImm dst: r2 imm: -8
	127: Call FnMapLookupElem
	128: MovReg dst: r1 src: r0
	129: JEqImm dst: r1 off: 4 imm: 0
	130: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	131: AddImm dst: r2 imm: 1
	132: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	133: Ja off: 9
	134: StMemDW dst: rfp src: r0 off: -16 imm: 1
	135: LoadMapPtr dst: r1 fd: 0 <AT_ns>
	137: MovReg dst: r2 src: rfp
	138: AddImm dst: r2 imm: -8
	139: MovReg dst: r3 src: rfp
	140: AddImm dst: r3 imm: -16
	141: MovImm dst: r4 imm: 0
	142: Call FnMapUpdateElem
	143: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	144: LoadMapPtr dst: r1 fd: 0 <AT__events>
	146: MovReg dst: r2 src: rfp
	147: AddImm dst: r2 imm: -8
	148: MovImm dst: r3 imm: 8
	149: MovImm dst: r4 imm: 0
	150: Call FnRingbufOutput
	151: StMemW dst: rfp src: r0 off: -8 imm: 0
	152: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	154: MovReg dst: r2 src: rfp
	155: AddImm dst: r2 imm: -8
	156: Call FnMapLookupElem
	157: MovReg dst: r1 src: r0
	158: JEqImm dst: r1 off: 1 imm: 0
	159: StMemDW dst: r1 src: r0 off: 0 imm: 1
	160: MovImm dst: r0 imm: 0
	161: Exit

