tp_sys_enter_write:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: MovReg dst: r1 src: r0
	  3: RShImm dst: r1 imm: 32
	  4: JEqImm dst: r1 off: 2 imm: 4242
	  5: MovImm dst: r0 imm: 0
	  6: Exit
	  7: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	  8: JSLTImm dst: r1 off: 46 imm: 0
	  9: JEqImm dst: r1 off: 42 imm: 0
	 10: LdImmDW dst: r0 imm: 4294967296
	 12: JGEReg dst: r1 off: 37 src: r0
	 13: JLTImm dst: r1 off: 5 imm: 65536
	 14: MovReg dst: r2 src: r1
	 15: RShImm dst: r2 imm: 16
	 16: MovReg dst: r1 src: r2
	 17: MovImm dst: r2 imm: 18
	 18: Ja off: 1
	 19: MovImm dst: r2 imm: 2
	 20: JLTImm dst: r1 off: 7 imm: 256
	 21: MovReg dst: r3 src: r1
	 22: RShImm dst: r3 imm: 8
	 23: MovReg dst: r4 src: r2
	 24: AddImm dst: r4 imm: 8
	 25: MovReg dst: r2 src: r4
	 26: MovReg dst: r1 src: r3
	 27: Ja off: 0
	 28: JLTImm dst: r1 off: 7 imm: 16
	 29: MovReg dst: r3 src: r1
	 30: RShImm dst: r3 imm: 4
	 31: MovReg dst: r4 src: r2
	 32: AddImm dst: r4 imm: 4
	 33: MovReg dst: r2 src: r4
	 34: MovReg dst: r1 src: r3
	 35: Ja off: 0
	 36: JLTImm dst: r1 off: 7 imm: 4
	 37: MovReg dst: r3 src: r1
	 38: RShImm dst: r3 imm: 2
	 39: MovReg dst: r4 src: r2
	 40: AddImm dst: r4 imm: 2
	 41: MovReg dst: r2 src: r4
	 42: MovReg dst: r1 src: r3
	 43: Ja off: 0
	 44: JLTImm dst: r1 off: 3 imm: 2
	 45: MovReg dst: r1 src: r2
	 46: AddImm dst: r1 imm: 1
	 47: Ja off: 1
	 48: MovReg dst: r1 src: r2
	 49: Ja off: 1
	 50: MovImm dst: r1 imm: 33
	 51: Ja off: 1
	 52: MovImm dst: r1 imm: 1
	 53: MovReg dst: r7 src: r1
	 54: Ja off: 1
	 55: MovImm dst: r7 imm: 0
	 56: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 57: LoadMapPtr dst: r1 fd: 0 <AT_bytes>
	 59: MovReg dst: r2 src: rfp
	 60: AddImm dst: r2 imm: -8
	 61: Call FnMapLookupElem
	 62: MovReg dst: r8 src: r0
	 63: JNEImm dst: r8 off: 52 imm: 0
	 64: StMemDW dst: rfp src: r0 off: -280 imm: 0
	 65: StMemDW dst: rfp src: r0 off: -272 imm: 0
	 66: StMemDW dst: rfp src: r0 off: -264 imm: 0
	 67: StMemDW dst: rfp src: r0 off: -256 imm: 0
	 68: StMemDW dst: rfp src: r0 off: -248 imm: 0
	 69: StMemDW dst: rfp src: r0 off: -240 imm: 0
	 70: StMemDW dst: rfp src: r0 off: -232 imm: 0
	 71: StMemDW dst: rfp src: r0 off: -224 imm: 0
	 72: StMemDW dst: rfp src: r0 off: -216 imm: 0
	 73: StMemDW dst: rfp src: r0 off: -208 imm: 0
	 74: StMemDW dst: rfp src: r0 off: -200 imm: 0
	 75: StMemDW dst: rfp src: r0 off: -192 imm: 0
	 76: StMemDW dst: rfp src: r0 off: -184 imm: 0
	 77: StMemDW dst: rfp src: r0 off: -176 imm: 0
	 78: StMemDW dst: rfp src: r0 off: -168 imm: 0
	 79: StMemDW dst: rfp src: r0 off: -160 imm: 0
	 80: StMemDW dst: rfp src: r0 off: -152 imm: 0
	 81: StMemDW dst: rfp src: r0 off: -144 imm: 0
	 82: StMemDW dst: rfp src: r0 off: -136 imm: 0
	 83: StMemDW dst: rfp src: r0 off: -128 imm: 0
	 84: StMemDW dst: rfp src: r0 off: -120 imm: 0
	 85: StMemDW dst: rfp src: r0 off: -112 imm: 0
	 86: StMemDW dst: rfp src: r0 off: -104 imm: 0
	 87: StMemDW dst: rfp src: r0 off: -96 imm: 0
	 88: StMemDW dst: rfp src: r0 off: -88 imm: 0
	 89: StMemDW dst: rfp src: r0 off: -80 imm: 0
	 90: StMemDW dst: rfp src: r0 off: -72 imm: 0
	 91: StMemDW dst: rfp src: r0 off: -64 imm: 0
	 92: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 93: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 94: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 95: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 96: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 97: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 98: LoadMapPtr dst: r1 fd: 0 <AT_bytes>
	100: MovReg dst: r2 src: rfp
	101: AddImm dst: r2 imm: -8
	102: MovReg dst: r3 src: rfp
	103: AddImm dst: r3 imm: -280
	104: MovImm dst: r4 imm: 1
	105: Call FnMapUpdateElem
	106: LoadMapPtr dst: r1 fd: 0 <AT_bytes>
	108: MovReg dst: r2 src: rfp
	109: AddImm dst: r2 imm: -8
	110: Call FnMapLookupElem
	111: MovReg dst: r1 src: r0
	112: JNEImm dst: r1 off: 2 imm: 0
	113: MovImm dst: r0 imm: 0
	114: Exit
	115: Ja off: 1
	116: MovReg dst: r1 src: r8
	117: JLEImm dst: r7 off: 2 imm: 33
	118: MovImm dst: r2 imm: 33
	119: Ja off: 1
	120: MovReg dst: r2 src: r7
	121: LShImm dst: r2 imm: 3
	122: AddReg dst: r1 src: r2
	123: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	124: AddImm dst: r2 imm: 1
	125: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	126: LdXMemDW dst: r7 src: r6 off: 32 imm: 0
	127: StMemDW dst: rfp src: r0 off: -8 imm: 0
	128: LoadMapPtr dst: r1 fd: 0 <AT_total>
	130: MovReg dst: r2 src: rfp
	131: AddImm dst: r2 imm: -8
	132: Call FnMapLookupElem
	133: MovReg dst: r1 src: r0
	134: JEqImm dst: r1 off: 4 imm: 0
	135: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	136: AddReg dst: r2 src: r7
	137: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	138: Ja off: 9
	139: StXMemDW dst: rfp src: r7 off: -16 imm: 0
	140: LoadMapPtr dst: r1 fd: 0 <AT_total>
	142: MovReg dst: r2 src: rfp
	143: AddImm dst: r2 imm: -8
	144: MovReg dst: r3 src: rfp
	145: AddImm dst: r3 imm: -16
	146: MovImm dst: r4 imm: 0
	147: Call FnMapUpdateElem
	148: LdXMemDW dst: r1 src: r6 off: 32 imm: 0
	149: DivImm dst: r1 imm: 1000
	150: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	151: LoadMapPtr dst: r1 fd: 0 <AT_sizes>
	153: MovReg dst: r2 src: rfp
	154: AddImm dst: r2 imm: -8
	155: Call FnMapLookupElem
	156: MovReg dst: r1 src: r0
	157: JEqImm dst: r1 off: 4 imm: 0
	158: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	159: AddImm dst: r2 imm: 1
	160: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	161: Ja off: 9
	162: StMemDW dst: rfp src: r0 off: -16 imm: 1
	163: LoadMapPtr dst: r1 fd: 0 <AT_sizes>
	165: MovReg dst: r2 src: rfp
	166: AddImm dst: r2 imm: -8
	167: MovReg dst: r3 src: rfp
	168: AddImm dst: r3 imm: -16
	169: MovImm dst: r4 imm: 0
	170: Call FnMapUpdateElem
	171: MovImm dst: r0 imm: 0
	172: Exit

