tp_sys_enter_clock_nanosleep:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: MovReg dst: r1 src: r0
	  3: RShImm dst: r1 imm: 32
	  4: JEqImm dst: r1 off: 2 imm: 4242
	  5: MovImm dst: r0 imm: 0
	  6: Exit
	  7: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  8: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	  9: MovReg dst: r3 src: r1
	 10: AddImm dst: r3 imm: 0
	 11: MovReg dst: r1 src: rfp
	 12: AddImm dst: r1 imm: -40
	 13: MovImm dst: r2 imm: 8
	 14: Call FnProbeReadUser
	 15: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 16: StXMemDW dst: rfp src: r1 off: -24 imm: 0
	 17: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	 18: MovReg dst: r3 src: r1
	 19: AddImm dst: r3 imm: 8
	 20: MovReg dst: r1 src: rfp
	 21: AddImm dst: r1 imm: -40
	 22: MovImm dst: r2 imm: 8
	 23: Call FnProbeReadUser
	 24: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 25: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	 26: LdXMemDW dst: r1 src: r6 off: 16 imm: 0
	 27: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 28: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 30: MovReg dst: r2 src: rfp
	 31: AddImm dst: r2 imm: -32
	 32: MovImm dst: r3 imm: 32
	 33: MovImm dst: r4 imm: 0
	 34: Call FnRingbufOutput
	 35: LdXMemDW dst: r3 src: r6 off: 32 imm: 0
	 36: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 37: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 38: MovReg dst: r1 src: rfp
	 39: AddImm dst: r1 imm: -16
	 40: MovImm dst: r2 imm: 16
	 41: Call FnProbeReadUser
	 42: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 43: LoadMapPtr dst: r1 fd: 0 <AT_r>
	 45: MovReg dst: r2 src: rfp
	 46: AddImm dst: r2 imm: -24
	 47: MovReg dst: r3 src: rfp
	 48: AddImm dst: r3 imm: -16
	 49: MovImm dst: r4 imm: 0
	 50: Call FnMapUpdateElem
	 51: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	 52: JNEImm dst: r1 off: 2 imm: 0
	 53: MovImm dst: r1 imm: 0
	 54: Ja off: 1
	 55: MovImm dst: r1 imm: 1
	 56: LShImm dst: r1 imm: 63
	 57: ArShImm dst: r1 imm: 63
	 58: LShImm dst: r1 imm: 63
	 59: ArShImm dst: r1 imm: 63
	 60: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 61: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 62: LoadMapPtr dst: r1 fd: 0 <AT_nonnull>
	 64: MovReg dst: r2 src: rfp
	 65: AddImm dst: r2 imm: -16
	 66: MovReg dst: r3 src: rfp
	 67: AddImm dst: r3 imm: -8
	 68: MovImm dst: r4 imm: 0
	 69: Call FnMapUpdateElem
	 70: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	 71: LdXMemDW dst: r2 src: r6 off: 32 imm: 0
	 72: JEqReg dst: r1 off: 2 src: r2
	 73: MovImm dst: r1 imm: 0
	 74: Ja off: 1
	 75: MovImm dst: r1 imm: 1
	 76: AndImm dst: r1 imm: 1
	 77: AndImm dst: r1 imm: 1
	 78: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 79: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 80: LoadMapPtr dst: r1 fd: 0 <AT_same>
	 82: MovReg dst: r2 src: rfp
	 83: AddImm dst: r2 imm: -16
	 84: MovReg dst: r3 src: rfp
	 85: AddImm dst: r3 imm: -8
	 86: MovImm dst: r4 imm: 0
	 87: Call FnMapUpdateElem
	 88: LdXMemDW dst: r1 src: r6 off: 40 imm: 0
	 89: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 90: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 91: LoadMapPtr dst: r1 fd: 0 <AT_rmtp>
	 93: MovReg dst: r2 src: rfp
	 94: AddImm dst: r2 imm: -16
	 95: MovReg dst: r3 src: rfp
	 96: AddImm dst: r3 imm: -8
	 97: MovImm dst: r4 imm: 0
	 98: Call FnMapUpdateElem
	 99: LdXMemDW dst: r6 src: r6 off: 32 imm: 0
	100: StMemDW dst: rfp src: r0 off: -32 imm: 30007
	101: StMemDW dst: rfp src: r0 off: -24 imm: 0
	102: StMemDW dst: rfp src: r0 off: -16 imm: 0
	103: StMemDW dst: rfp src: r0 off: -8 imm: 0
	104: MovReg dst: r3 src: r6
	105: MovReg dst: r1 src: rfp
	106: AddImm dst: r1 imm: -16
	107: MovImm dst: r2 imm: 16
	108: Call FnProbeReadUser
	109: LoadMapPtr dst: r1 fd: 0 <AT__events>
	111: MovReg dst: r2 src: rfp
	112: AddImm dst: r2 imm: -32
	113: MovImm dst: r3 imm: 32
	114: MovImm dst: r4 imm: 0
	115: Call FnRingbufOutput
	116: MovReg dst: r3 src: r6
	117: AddImm dst: r3 imm: 8
	118: MovReg dst: r1 src: rfp
	119: AddImm dst: r1 imm: -8
	120: MovImm dst: r2 imm: 8
	121: Call FnProbeReadUser
	122: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	123: DivImm dst: r1 imm: 1000
	124: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	125: LoadMapPtr dst: r1 fd: 0 <AT_ns>
	127: MovReg dst: r2 src: rfp
	128: AddImm dst: r2 imm: -8
	129: Call FnMapLookupElem
	130: MovReg dst: r1 src: r0
	131: JEqImm dst: r1 off: 4 imm: 0
	132: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	133: AddImm dst: r2 imm: 1
	134: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	135: Ja off: 9
	136: StMemDW dst: rfp src: r0 off: -16 imm: 1
	137: LoadMapPtr dst: r1 fd: 0 <AT_ns>
	139: MovReg dst: r2 src: rfp
	140: AddImm dst: r2 imm: -8
	141: MovReg dst: r3 src: rfp
	142: AddImm dst: r3 imm: -16
	143: MovImm dst: r4 imm: 0
	144: Call FnMapUpdateElem
	145: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	146: LoadMapPtr dst: r1 fd: 0 <AT__events>
	148: MovReg dst: r2 src: rfp
	149: AddImm dst: r2 imm: -8
	150: MovImm dst: r3 imm: 8
	151: MovImm dst: r4 imm: 0
	152: Call FnRingbufOutput
	153: StMemW dst: rfp src: r0 off: -8 imm: 0
	154: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	156: MovReg dst: r2 src: rfp
	157: AddImm dst: r2 imm: -8
	158: Call FnMapLookupElem
	159: MovReg dst: r1 src: r0
	160: JEqImm dst: r1 off: 1 imm: 0
	161: StMemDW dst: r1 src: r0 off: 0 imm: 1
	162: MovImm dst: r0 imm: 0
	163: Exit

