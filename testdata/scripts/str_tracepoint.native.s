tp_sys_enter_openat:
	  0: MovReg dst: r6 src: r1
	  1: StMemDW dst: rfp src: r0 off: -64 imm: 0
	  2: StMemDW dst: rfp src: r0 off: -56 imm: 0
	  3: StMemDW dst: rfp src: r0 off: -48 imm: 0
	  4: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  5: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  6: StMemDW dst: rfp src: r0 off: -24 imm: 0
	  7: StMemDW dst: rfp src: r0 off: -16 imm: 0
	  8: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  9: Call FnGetCurrentPidTgid
	 10: MovReg dst: r1 src: r0
	 11: RShImm dst: r1 imm: 32
	 12: JEqImm dst: r1 off: 2 imm: 4242
	 13: MovImm dst: r0 imm: 0
	 14: Exit
	 15: StMemDW dst: rfp src: r0 off: -264 imm: 0
	 16: LdXMemDW dst: r3 src: r6 off: 24 imm: 0
	 17: StMemDW dst: rfp src: r0 off: -256 imm: 0
	 18: StMemDW dst: rfp src: r0 off: -248 imm: 0
	 19: StMemDW dst: rfp src: r0 off: -240 imm: 0
	 20: StMemDW dst: rfp src: r0 off: -232 imm: 0
	 21: StMemDW dst: rfp src: r0 off: -224 imm: 0
	 22: StMemDW dst: rfp src: r0 off: -216 imm: 0
	 23: StMemDW dst: rfp src: r0 off: -208 imm: 0
	 24: StMemDW dst: rfp src: r0 off: -200 imm: 0
	 25: MovReg dst: r1 src: rfp
	 26: AddImm dst: r1 imm: -256
	 27: MovImm dst: r2 imm: 64
	 28: Call FnProbeReadUserStr
	 29: LdXMemDW dst: r3 src: r6 off: 24 imm: 0
	 30: StMemDW dst: rfp src: r0 off: -192 imm: 0
	 31: StMemDW dst: rfp src: r0 off: -184 imm: 0
	 32: StMemDW dst: rfp src: r0 off: -176 imm: 0
	 33: StMemDW dst: rfp src: r0 off: -168 imm: 0
	 34: StMemDW dst: rfp src: r0 off: -160 imm: 0
	 35: StMemDW dst: rfp src: r0 off: -152 imm: 0
	 36: StMemDW dst: rfp src: r0 off: -144 imm: 0
	 37: StMemDW dst: rfp src: r0 off: -136 imm: 0
	 38: MovReg dst: r1 src: rfp
	 39: AddImm dst: r1 imm: -192
	 40: MovImm dst: r2 imm: 6
	 41: Call FnProbeReadUserStr
	 42: LdXMemDW dst: r3 src: r6 off: 24 imm: 0
	 43: StMemDW dst: rfp src: r0 off: -128 imm: 0
	 44: StMemDW dst: rfp src: r0 off: -120 imm: 0
	 45: StMemDW dst: rfp src: r0 off: -112 imm: 0
	 46: StMemDW dst: rfp src: r0 off: -104 imm: 0
	 47: StMemDW dst: rfp src: r0 off: -96 imm: 0
	 48: StMemDW dst: rfp src: r0 off: -88 imm: 0
	 49: StMemDW dst: rfp src: r0 off: -80 imm: 0
	 50: StMemDW dst: rfp src: r0 off: -72 imm: 0
	 51: MovReg dst: r1 src: rfp
	 52: AddImm dst: r1 imm: -128
	 53: MovImm dst: r2 imm: 1
	 54: Call FnProbeReadUserStr
	 55: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 57: MovReg dst: r2 src: rfp
	 58: AddImm dst: r2 imm: -264
	 59: MovImm dst: r3 imm: 200
	 60: MovImm dst: r4 imm: 0
	 61: Call FnRingbufOutput
	 62: LdXMemDW dst: r3 src: r6 off: 24 imm: 0
	 63: StMemDW dst: rfp src: r0 off: -128 imm: 0
	 64: StMemDW dst: rfp src: r0 off: -120 imm: 0
	 65: StMemDW dst: rfp src: r0 off: -112 imm: 0
	 66: StMemDW dst: rfp src: r0 off: -104 imm: 0
	 67: StMemDW dst: rfp src: r0 off: -96 imm: 0
	 68: StMemDW dst: rfp src: r0 off: -88 imm: 0
	 69: StMemDW dst: rfp src: r0 off: -80 imm: 0
	 70: StMemDW dst: rfp src: r0 off: -72 imm: 0
	 71: MovReg dst: r1 src: rfp
	 72: AddImm dst: r1 imm: -128
	 73: MovImm dst: r2 imm: 64
	 74: Call FnProbeReadUserStr
	 75: LoadMapPtr dst: r1 fd: 0 <AT_>
	 77: MovReg dst: r2 src: rfp
	 78: AddImm dst: r2 imm: -128
	 79: Call FnMapLookupElem
	 80: MovReg dst: r1 src: r0
	 81: JEqImm dst: r1 off: 4 imm: 0
	 82: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 83: AddImm dst: r2 imm: 1
	 84: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 85: Ja off: 9
	 86: StMemDW dst: rfp src: r0 off: -136 imm: 1
	 87: LoadMapPtr dst: r1 fd: 0 <AT_>
	 89: MovReg dst: r2 src: rfp
	 90: AddImm dst: r2 imm: -128
	 91: MovReg dst: r3 src: rfp
	 92: AddImm dst: r3 imm: -136
	 93: MovImm dst: r4 imm: 0
	 94: Call FnMapUpdateElem
	 95: LdXMemDW dst: r3 src: r6 off: 24 imm: 0
	 96: StMemDW dst: rfp src: r0 off: -64 imm: 0
	 97: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 98: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 99: StMemDW dst: rfp src: r0 off: -40 imm: 0
	100: StMemDW dst: rfp src: r0 off: -32 imm: 0
	101: StMemDW dst: rfp src: r0 off: -24 imm: 0
	102: StMemDW dst: rfp src: r0 off: -16 imm: 0
	103: StMemDW dst: rfp src: r0 off: -8 imm: 0
	104: MovReg dst: r1 src: rfp
	105: AddImm dst: r1 imm: -64
	106: MovImm dst: r2 imm: 64
	107: Call FnProbeReadUserStr
	108: LdXMemDW dst: r0 src: rfp off: -64 imm: 0
	109: StXMemDW dst: rfp src: r0 off: -128 imm: 0
	110: LdXMemDW dst: r0 src: rfp off: -56 imm: 0
	111: StXMemDW dst: rfp src: r0 off: -120 imm: 0
	112: LdXMemDW dst: r0 src: rfp off: -48 imm: 0
	113: StXMemDW dst: rfp src: r0 off: -112 imm: 0
	114: LdXMemDW dst: r0 src: rfp off: -40 imm: 0
	115: StXMemDW dst: rfp src: r0 off: -104 imm: 0
	116: LdXMemDW dst: r0 src: rfp off: -32 imm: 0
	117: StXMemDW dst: rfp src: r0 off: -96 imm: 0
	118: LdXMemDW dst: r0 src: rfp off: -24 imm: 0
	119: StXMemDW dst: rfp src: r0 off: -88 imm: 0
	120: LdXMemDW dst: r0 src: rfp off: -16 imm: 0
	121: StXMemDW dst: rfp src: r0 off: -80 imm: 0
	122: LdXMemDW dst: r0 src: rfp off: -8 imm: 0
	123: StXMemDW dst: rfp src: r0 off: -72 imm: 0
	124: StMemDW dst: rfp src: r0 off: -8 imm: 0
	125: LoadMapPtr dst: r1 fd: 0 <AT_last>
	127: MovReg dst: r2 src: rfp
	128: AddImm dst: r2 imm: -8
	129: MovReg dst: r3 src: rfp
	130: AddImm dst: r3 imm: -128
	131: MovImm dst: r4 imm: 0
	132: Call FnMapUpdateElem
	133: LdXMemDW dst: r3 src: r6 off: 24 imm: 0
	134: StMemDW dst: rfp src: r0 off: -64 imm: 0
	135: StMemDW dst: rfp src: r0 off: -56 imm: 0
	136: StMemDW dst: rfp src: r0 off: -48 imm: 0
	137: StMemDW dst: rfp src: r0 off: -40 imm: 0
	138: StMemDW dst: rfp src: r0 off: -32 imm: 0
	139: StMemDW dst: rfp src: r0 off: -24 imm: 0
	140: StMemDW dst: rfp src: r0 off: -16 imm: 0
	141: StMemDW dst: rfp src: r0 off: -8 imm: 0
	142: MovReg dst: r1 src: rfp
	143: AddImm dst: r1 imm: -64
	144: MovImm dst: r2 imm: 5
	145: Call FnProbeReadUserStr
	146: LoadMapPtr dst: r1 fd: 0 <AT_short>
	148: MovReg dst: r2 src: rfp
	149: AddImm dst: r2 imm: -64
	150: Call FnMapLookupElem
	151: MovReg dst: r1 src: r0
	152: JEqImm dst: r1 off: 4 imm: 0
	153: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	154: AddImm dst: r2 imm: 1
	155: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	156: Ja off: 9
	157: StMemDW dst: rfp src: r0 off: -72 imm: 1
	158: LoadMapPtr dst: r1 fd: 0 <AT_short>
	160: MovReg dst: r2 src: rfp
	161: AddImm dst: r2 imm: -64
	162: MovReg dst: r3 src: rfp
	163: AddImm dst: r3 imm: -72
	164: MovImm dst: r4 imm: 0
	165: Call FnMapUpdateElem
	166: MovImm dst: r0 imm: 0
	167: Exit

