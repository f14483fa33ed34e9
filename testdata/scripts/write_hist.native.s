tp_sys_enter_write:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: MovReg dst: r1 src: r0
	  3: RShImm dst: r1 imm: 32
	  4: JEqImm dst: r1 off: 2 imm: 4242
	  5: MovImm dst: r0 imm: 0
	  6: Exit
	  7: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	  8: JSLTImm dst: r1 off: 29 imm: 0
	  9: JEqImm dst: r1 off: 25 imm: 0
	 10: LdImmDW dst: r0 imm: 4294967296
	 12: JGEReg dst: r1 off: 20 src: r0
	 13: JLTImm dst: r1 off: 3 imm: 65536
	 14: RShImm dst: r1 imm: 16
	 15: MovImm dst: r2 imm: 18
	 16: Ja off: 1
	 17: MovImm dst: r2 imm: 2
	 18: JLTImm dst: r1 off: 2 imm: 256
	 19: RShImm dst: r1 imm: 8
	 20: AddImm dst: r2 imm: 8
	 21: JLTImm dst: r1 off: 2 imm: 16
	 22: RShImm dst: r1 imm: 4
	 23: AddImm dst: r2 imm: 4
	 24: JLTImm dst: r1 off: 2 imm: 4
	 25: RShImm dst: r1 imm: 2
	 26: AddImm dst: r2 imm: 2
	 27: JLTImm dst: r1 off: 3 imm: 2
	 28: MovReg dst: r1 src: r2
	 29: AddImm dst: r1 imm: 1
	 30: Ja off: 1
	 31: MovReg dst: r1 src: r2
	 32: Ja off: 1
	 33: MovImm dst: r1 imm: 33
	 34: Ja off: 1
	 35: MovImm dst: r1 imm: 1
	 36: MovReg dst: r7 src: r1
	 37: Ja off: 1
	 38: MovImm dst: r7 imm: 0
	 39: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 40: LoadMapPtr dst: r1 fd: 0 <AT_bytes>
	 42: MovReg dst: r2 src: rfp
	 43: AddImm dst: r2 imm: -8
	 44: Call FnMapLookupElem
	 45: MovReg dst: r1 src: r0
	 46: JNEImm dst: r1 off: 51 imm: 0
	 47: StMemDW dst: rfp src: r0 off: -280 imm: 0
	 48: StMemDW dst: rfp src: r0 off: -272 imm: 0
	 49: StMemDW dst: rfp src: r0 off: -264 imm: 0
	 50: StMemDW dst: rfp src: r0 off: -256 imm: 0
	 51: StMemDW dst: rfp src: r0 off: -248 imm: 0
	 52: StMemDW dst: rfp src: r0 off: -240 imm: 0
	 53: StMemDW dst: rfp src: r0 off: -232 imm: 0
	 54: StMemDW dst: rfp src: r0 off: -224 imm: 0
	 55: StMemDW dst: rfp src: r0 off: -216 imm: 0
	 56: StMemDW dst: rfp src: r0 off: -208 imm: 0
	 57: StMemDW dst: rfp src: r0 off: -200 imm: 0
	 58: StMemDW dst: rfp src: r0 off: -192 imm: 0
	 59: StMemDW dst: rfp src: r0 off: -184 imm: 0
	 60: StMemDW dst: rfp src: r0 off: -176 imm: 0
	 61: StMemDW dst: rfp src: r0 off: -168 imm: 0
	 62: StMemDW dst: rfp src: r0 off: -160 imm: 0
	 63: StMemDW dst: rfp src: r0 off: -152 imm: 0
	 64: StMemDW dst: rfp src: r0 off: -144 imm: 0
	 65: StMemDW dst: rfp src: r0 off: -136 imm: 0
	 66: StMemDW dst: rfp src: r0 off: -128 imm: 0
	 67: StMemDW dst: rfp src: r0 off: -120 imm: 0
	 68: StMemDW dst: rfp src: r0 off: -112 imm: 0
	 69: StMemDW dst: rfp src: r0 off: -104 imm: 0
	 70: StMemDW dst: rfp src: r0 off: -96 imm: 0
	 71: StMemDW dst: rfp src: r0 off: -88 imm: 0
	 72: StMemDW dst: rfp src: r0 off: -80 imm: 0
	 73: StMemDW dst: rfp src: r0 off: -72 imm: 0
	 74: StMemDW dst: rfp src: r0 off: -64 imm: 0
	 75: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 76: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 77: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 78: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 79: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 80: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 81: LoadMapPtr dst: r1 fd: 0 <AT_bytes>
	 83: MovReg dst: r2 src: rfp
	 84: AddImm dst: r2 imm: -8
	 85: MovReg dst: r3 src: rfp
	 86: AddImm dst: r3 imm: -280
	 87: MovImm dst: r4 imm: 1
	 88: Call FnMapUpdateElem
	 89: LoadMapPtr dst: r1 fd: 0 <AT_bytes>
	 91: MovReg dst: r2 src: rfp
	 92: AddImm dst: r2 imm: -8
	 93: Call FnMapLookupElem
	 94: MovReg dst: r1 src: r0
	 95: JNEImm dst: r1 off: 2 imm: 0
	 96: MovImm dst: r0 imm: 0
	 97: Exit
	 98: JLEImm dst: r7 off: 2 imm: 33
	 99: MovImm dst: r2 imm: 33
	100: Ja off: 1
	101: MovReg dst: r2 src: r7
	102: LShImm dst: r2 imm: 3
	103: AddReg dst: r1 src: r2
	104: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	105: AddImm dst: r2 imm: 1
	106: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	107: LdXMemDW dst: r7 src: r6 off: 32 imm: 0
	108: StMemDW dst: rfp src: r0 off: -8 imm: 0
	109: LoadMapPtr dst: r1 fd: 0 <AT_total>
	111: MovReg dst: r2 src: rfp
	112: AddImm dst: r2 imm: -8
	113: Call FnMapLookupElem
	114: MovReg dst: r1 src: r0
	115: JEqImm dst: r1 off: 4 imm: 0
	116: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	117: AddReg dst: r2 src: r7
	118: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	119: Ja off: 9
	120: StXMemDW dst: rfp src: r7 off: -16 imm: 0
	121: LoadMapPtr dst: r1 fd: 0 <AT_total>
	123: MovReg dst: r2 src: rfp
	124: AddImm dst: r2 imm: -8
	125: MovReg dst: r3 src: rfp
	126: AddImm dst: r3 imm: -16
	127: MovImm dst: r4 imm: 0
	128: Call FnMapUpdateElem
	129: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	130: DivImm dst: r1 imm: 1000
	131: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	132: LoadMapPtr dst: r1 fd: 0 <AT_sizes>
	134: MovReg dst: r2 src: rfp
	135: AddImm dst: r2 imm: -8
	136: Call FnMapLookupElem
	137: MovReg dst: r1 src: r0
	138: JEqImm dst: r1 off: 4 imm: 0
	139: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	140: AddImm dst: r2 imm: 1
	141: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	142: Ja off: 9
	143: StMemDW dst: rfp src: r0 off: -16 imm: 1
	144: LoadMapPtr dst: r1 fd: 0 <AT_sizes>
	146: MovReg dst: r2 src: rfp
	147: AddImm dst: r2 imm: -8
	148: MovReg dst: r3 src: rfp
	149: AddImm dst: r3 imm: -16
	150: MovImm dst: r4 imm: 0
	151: Call FnMapUpdateElem
	152: MovImm dst: r0 imm: 0
	153: Exit

