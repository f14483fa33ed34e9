tp_sys_enter_openat:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: RShImm dst: r0 imm: 32
	  3: JNEImm dst: r0 off: 147 imm: 4242
	  4: StMemDW dst: rfp src: r0 off: -200 imm: 0
	  5: LdXMemDW dst: r3 src: r6 off: 24 imm: 0
	  6: StMemDW dst: rfp src: r0 off: -192 imm: 0
	  7: StMemDW dst: rfp src: r0 off: -184 imm: 0
	  8: StMemDW dst: rfp src: r0 off: -176 imm: 0
	  9: StMemDW dst: rfp src: r0 off: -168 imm: 0
	 10: StMemDW dst: rfp src: r0 off: -160 imm: 0
	 11: StMemDW dst: rfp src: r0 off: -152 imm: 0
	 12: StMemDW dst: rfp src: r0 off: -144 imm: 0
	 13: StMemDW dst: rfp src: r0 off: -136 imm: 0
	 14: MovReg dst: r1 src: rfp
	 15: AddImm dst: r1 imm: -192
	 16: MovImm dst: r2 imm: 64
	 17: Call FnProbeReadUserStr
	 18: LdXMemDW dst: r3 src: r6 off: 24 imm: 0
	 19: StMemDW dst: rfp src: r0 off: -128 imm: 0
	 20: StMemDW dst: rfp src: r0 off: -120 imm: 0
	 21: StMemDW dst: rfp src: r0 off: -112 imm: 0
	 22: StMemDW dst: rfp src: r0 off: -104 imm: 0
	 23: StMemDW dst: rfp src: r0 off: -96 imm: 0
	 24: StMemDW dst: rfp src: r0 off: -88 imm: 0
	 25: StMemDW dst: rfp src: r0 off: -80 imm: 0
	 26: StMemDW dst: rfp src: r0 off: -72 imm: 0
	 27: MovReg dst: r1 src: rfp
	 28: AddImm dst: r1 imm: -128
	 29: MovImm dst: r2 imm: 6
	 30: Call FnProbeReadUserStr
	 31: LdXMemDW dst: r3 src: r6 off: 24 imm: 0
	 32: StMemDW dst: rfp src: r0 off: -64 imm: 0
	 33: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 34: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 35: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 36: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 37: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 38: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 39: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 40: MovReg dst: r1 src: rfp
	 41: AddImm dst: r1 imm: -64
	 42: MovImm dst: r2 imm: 1
	 43: Call FnProbeReadUserStr
	 44: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 46: MovReg dst: r2 src: rfp
	 47: AddImm dst: r2 imm: -200
	 48: MovImm dst: r3 imm: 200
	 49: MovImm dst: r4 imm: 0
	 50: Call FnRingbufOutput
	 51: LdXMemDW dst: r3 src: r6 off: 24 imm: 0
	 52: MovReg dst: r7 src: rfp
	 53: AddImm dst: r7 imm: -64
	 54: StMemDW dst: rfp src: r0 off: -64 imm: 0
	 55: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 56: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 57: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 58: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 59: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 60: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 61: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 62: MovReg dst: r1 src: r7
	 63: MovImm dst: r2 imm: 64
	 64: Call FnProbeReadUserStr
	 65: MovReg dst: r2 src: r7
	 66: LoadMapPtr dst: r1 fd: 0 <AT_>
	 68: Call FnMapLookupElem
	 69: JEqImm dst: r0 off: 4 imm: 0
	 70: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 71: AddImm dst: r2 imm: 1
	 72: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 73: Ja off: 8
	 74: StMemDW dst: rfp src: r0 off: -72 imm: 1
	 75: MovReg dst: r2 src: r7
	 76: LoadMapPtr dst: r1 fd: 0 <AT_>
	 78: MovReg dst: r3 src: rfp
	 79: AddImm dst: r3 imm: -72
	 80: MovImm dst: r4 imm: 0
	 81: Call FnMapUpdateElem
	 82: LdXMemDW dst: r3 src: r6 off: 24 imm: 0
	 83: StMemDW dst: rfp src: r0 off: -64 imm: 0
	 84: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 85: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 86: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 87: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 88: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 89: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 90: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 91: MovReg dst: r1 src: rfp
	 92: AddImm dst: r1 imm: -64
	 93: MovImm dst: r2 imm: 64
	 94: Call FnProbeReadUserStr
	 95: LdXMemDW dst: r0 src: rfp off: -64 imm: 0
	 96: StXMemDW dst: rfp src: r0 off: -128 imm: 0
	 97: LdXMemDW dst: r0 src: rfp off: -56 imm: 0
	 98: StXMemDW dst: rfp src: r0 off: -120 imm: 0
	 99: LdXMemDW dst: r0 src: rfp off: -48 imm: 0
	100: StXMemDW dst: rfp src: r0 off: -112 imm: 0
	101: LdXMemDW dst: r0 src: rfp off: -40 imm: 0
	102: StXMemDW dst: rfp src: r0 off: -104 imm: 0
	103: LdXMemDW dst: r0 src: rfp off: -32 imm: 0
	104: StXMemDW dst: rfp src: r0 off: -96 imm: 0
	105: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	106: StXMemDW dst: rfp src: r0 off: -88 imm: 0
	107: LdXMemDW dst: r0 src: rfp off: -16 imm: 0
	108: StXMemDW dst: rfp src: r0 off: -80 imm: 0
	109: LdXMemDW dst: r0 src: rfp off: -8 imm: 0
	110: StXMemDW dst: rfp src: r0 off: -72 imm: 0
	111: StMemDW dst: rfp src: r0 off: -8 imm: 0
	112: LoadMapPtr dst: r1 fd: 0 <AT_last>
	114: MovReg dst: r2 src: rfp
	115: AddImm dst: r2 imm: -8
	116: MovReg dst: r3 src: rfp
	117: AddImm dst: r3 imm: -128
	118: MovImm dst: r4 imm: 0
	119: Call FnMapUpdateElem
	120: LdXMemDW dst: r3 src: r6 off: 24 imm: 0
	121: MovReg dst: r6 src: rfp
	122: AddImm dst: r6 imm: -64
	123: StMemDW dst: rfp src: r0 off: -64 imm: 0
	124: StMemDW dst: rfp src: r0 off: -56 imm: 0
	125: StMemDW dst: rfp src: r0 off: -48 imm: 0
	126: StMemDW dst: rfp src: r0 off: -40 imm: 0
	127: StMemDW dst: rfp src: r0 off: -32 imm: 0
	128: StMemDW dst: rfp src: r0 off: -24 imm: 0
	129: StMemDW dst: rfp src: r0 off: -16 imm: 0
	130: StMemDW dst: rfp src: r0 off: -8 imm: 0
	131: MovReg dst: r1 src: r6
	132: MovImm dst: r2 imm: 5
	133: Call FnProbeReadUserStr
	134: MovReg dst: r2 src: r6
	135: LoadMapPtr dst: r1 fd: 0 <AT_short>
	137: Call FnMapLookupElem
	138: JEqImm dst: r0 off: 4 imm: 0
	139: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	140: AddImm dst: r2 imm: 1
	141: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	142: Ja off: 8
	143: StMemDW dst: rfp src: r0 off: -72 imm: 1
	144: MovReg dst: r2 src: r6
	145: LoadMapPtr dst: r1 fd: 0 <AT_short>
	147: MovReg dst: r3 src: rfp
	148: AddImm dst: r3 imm: -72
	149: MovImm dst: r4 imm: 0
	150: Call FnMapUpdateElem
	151: MovImm dst: r0 imm: 0
	152: Exit

