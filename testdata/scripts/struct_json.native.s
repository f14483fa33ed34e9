tp_sys_enter_write:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: RShImm dst: r0 imm: 32
	  3: JNEImm dst: r0 off: 209 imm: 4242
	  4: LdXMemDW dst: r6 src: r6 off: 24 imm: 0
	  5: StMemDW dst: rfp src: r0 off: -56 imm: 0
	  6: StMemDW dst: rfp src: r0 off: -48 imm: 0
	  7: StMemDW dst: rfp src: r0 off: -40 imm: 0
	  8: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  9: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 10: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 11: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 12: MovReg dst: r3 src: r6
	 13: MovReg dst: r1 src: rfp
	 14: AddImm dst: r1 imm: -56
	 15: MovImm dst: r2 imm: 56
	 16: Call FnProbeReadUser
	 17: MovReg dst: r7 src: rfp
	 18: AddImm dst: r7 imm: -64
	 19: StMemDW dst: rfp src: r0 off: -64 imm: 0
	 20: MovReg dst: r2 src: r7
	 21: LoadMapPtr dst: r1 fd: 0 <AT_s>
	 23: MovReg dst: r3 src: rfp
	 24: AddImm dst: r3 imm: -56
	 25: MovImm dst: r4 imm: 0
	 26: Call FnMapUpdateElem
	 27: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 28: StMemDW dst: rfp src: r0 off: -120 imm: 0
	 29: StMemDW dst: rfp src: r0 off: -112 imm: 0
	 30: StMemDW dst: rfp src: r0 off: -104 imm: 0
	 31: StMemDW dst: rfp src: r0 off: -96 imm: 0
	 32: StMemDW dst: rfp src: r0 off: -88 imm: 0
	 33: StMemDW dst: rfp src: r0 off: -80 imm: 0
	 34: StMemDW dst: rfp src: r0 off: -72 imm: 0
	 35: MovReg dst: r3 src: r6
	 36: MovReg dst: r1 src: rfp
	 37: AddImm dst: r1 imm: -120
	 38: MovImm dst: r2 imm: 56
	 39: Call FnProbeReadUser
	 40: LoadMapPtr dst: r1 fd: 0 <AT_k>
	 42: MovReg dst: r2 src: rfp
	 43: AddImm dst: r2 imm: -120
	 44: MovReg dst: r3 src: rfp
	 45: AddImm dst: r3 imm: -8
	 46: MovImm dst: r4 imm: 0
	 47: Call FnMapUpdateElem
	 48: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 49: StMemW dst: rfp src: r0 off: -8 imm: 0
	 50: MovReg dst: r8 src: r6
	 51: AddImm dst: r8 imm: 20
	 52: MovReg dst: r3 src: r8
	 53: MovReg dst: r1 src: rfp
	 54: AddImm dst: r1 imm: -16
	 55: MovImm dst: r2 imm: 12
	 56: Call FnProbeReadUser
	 57: MovReg dst: r2 src: r7
	 58: LoadMapPtr dst: r1 fd: 0 <AT_arr>
	 60: MovReg dst: r3 src: rfp
	 61: AddImm dst: r3 imm: -16
	 62: MovImm dst: r4 imm: 0
	 63: Call FnMapUpdateElem
	 64: StMemDW dst: rfp src: r0 off: -8 imm: 2
	 65: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 66: StMemW dst: rfp src: r0 off: -16 imm: 0
	 67: MovReg dst: r3 src: r8
	 68: MovReg dst: r1 src: rfp
	 69: AddImm dst: r1 imm: -24
	 70: MovImm dst: r2 imm: 12
	 71: Call FnProbeReadUser
	 72: StMemW dst: rfp src: r0 off: -12 imm: 7305076
	 73: LoadMapPtr dst: r1 fd: 0 <AT_ka>
	 75: MovReg dst: r2 src: rfp
	 76: AddImm dst: r2 imm: -24
	 77: MovReg dst: r3 src: rfp
	 78: AddImm dst: r3 imm: -8
	 79: MovImm dst: r4 imm: 0
	 80: Call FnMapUpdateElem
	 81: MovReg dst: r9 src: r6
	 82: AddImm dst: r9 imm: 48
	 83: MovReg dst: r3 src: r9
	 84: MovReg dst: r1 src: rfp
	 85: AddImm dst: r1 imm: -8
	 86: MovImm dst: r2 imm: 8
	 87: Call FnProbeReadUser
	 88: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	 89: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 90: MovReg dst: r2 src: r7
	 91: LoadMapPtr dst: r1 fd: 0 <AT_p>
	 93: MovReg dst: r3 src: rfp
	 94: AddImm dst: r3 imm: -8
	 95: MovImm dst: r4 imm: 0
	 96: Call FnMapUpdateElem
	 97: StMemDW dst: rfp src: r0 off: -8 imm: 4
	 98: MovReg dst: r3 src: r9
	 99: MovReg dst: r1 src: rfp
	100: AddImm dst: r1 imm: -16
	101: MovImm dst: r2 imm: 8
	102: Call FnProbeReadUser
	103: LdXMemDW dst: r1 src: rfp off: -16 imm: 0
	104: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	105: LoadMapPtr dst: r1 fd: 0 <AT_kp>
	107: MovReg dst: r2 src: rfp
	108: AddImm dst: r2 imm: -16
	109: MovReg dst: r3 src: rfp
	110: AddImm dst: r3 imm: -8
	111: MovImm dst: r4 imm: 0
	112: Call FnMapUpdateElem
	113: StMemDW dst: rfp src: r0 off: -40 imm: 1
	114: StMemDW dst: rfp src: r0 off: -32 imm: 0
	115: MovReg dst: r9 src: r6
	116: AddImm dst: r9 imm: 12
	117: MovReg dst: r3 src: r9
	118: MovReg dst: r1 src: rfp
	119: AddImm dst: r1 imm: -32
	120: MovImm dst: r2 imm: 8
	121: Call FnProbeReadUser
	122: StMemDW dst: rfp src: r0 off: -24 imm: 0
	123: StMemW dst: rfp src: r0 off: -16 imm: 0
	124: MovReg dst: r3 src: r8
	125: MovReg dst: r1 src: rfp
	126: AddImm dst: r1 imm: -24
	127: MovImm dst: r2 imm: 12
	128: Call FnProbeReadUser
	129: StMemW dst: rfp src: r0 off: -12 imm: 0
	130: StMemW dst: rfp src: r0 off: -8 imm: 0
	131: MovReg dst: r3 src: r6
	132: AddImm dst: r3 imm: 4
	133: MovReg dst: r1 src: rfp
	134: AddImm dst: r1 imm: -12
	135: MovImm dst: r2 imm: 8
	136: Call FnProbeReadUser
	137: MovReg dst: r2 src: r7
	138: LoadMapPtr dst: r1 fd: 0 <AT_t>
	140: MovReg dst: r3 src: rfp
	141: AddImm dst: r3 imm: -40
	142: MovImm dst: r4 imm: 0
	143: Call FnMapUpdateElem
	144: StMemDW dst: rfp src: r0 off: -72 imm: 30007
	145: StMemDW dst: rfp src: r0 off: -64 imm: 0
	146: StMemDW dst: rfp src: r0 off: -56 imm: 0
	147: StMemDW dst: rfp src: r0 off: -48 imm: 0
	148: StMemDW dst: rfp src: r0 off: -40 imm: 0
	149: StMemDW dst: rfp src: r0 off: -32 imm: 0
	150: StMemDW dst: rfp src: r0 off: -24 imm: 0
	151: StMemDW dst: rfp src: r0 off: -16 imm: 0
	152: StMemDW dst: rfp src: r0 off: -8 imm: 0
	153: MovReg dst: r3 src: r6
	154: MovReg dst: r1 src: rfp
	155: AddImm dst: r1 imm: -56
	156: MovImm dst: r2 imm: 56
	157: Call FnProbeReadUser
	158: LoadMapPtr dst: r1 fd: 0 <AT__events>
	160: MovReg dst: r2 src: rfp
	161: AddImm dst: r2 imm: -72
	162: MovImm dst: r3 imm: 72
	163: MovImm dst: r4 imm: 0
	164: Call FnRingbufOutput
	165: StMemDW dst: rfp src: r0 off: -32 imm: 30007
	166: StMemDW dst: rfp src: r0 off: -24 imm: 1
	167: StMemDW dst: rfp src: r0 off: -16 imm: 0
	168: StMemW dst: rfp src: r0 off: -8 imm: 0
	169: MovReg dst: r3 src: r8
	170: MovReg dst: r1 src: rfp
	171: AddImm dst: r1 imm: -16
	172: MovImm dst: r2 imm: 12
	173: Call FnProbeReadUser
	174: StMemW dst: rfp src: r0 off: -4 imm: 0
	175: LoadMapPtr dst: r1 fd: 0 <AT__events>
	177: MovReg dst: r2 src: rfp
	178: AddImm dst: r2 imm: -32
	179: MovImm dst: r3 imm: 32
	180: MovImm dst: r4 imm: 0
	181: Call FnRingbufOutput
	182: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	183: StMemDW dst: rfp src: r0 off: -16 imm: 2
	184: StMemDW dst: rfp src: r0 off: -8 imm: 0
	185: MovReg dst: r3 src: r9
	186: MovReg dst: r1 src: rfp
	187: AddImm dst: r1 imm: -8
	188: MovImm dst: r2 imm: 8
	189: Call FnProbeReadUser
	190: LoadMapPtr dst: r1 fd: 0 <AT__events>
	192: MovReg dst: r2 src: rfp
	193: AddImm dst: r2 imm: -24
	194: MovImm dst: r3 imm: 24
	195: MovImm dst: r4 imm: 0
	196: Call FnRingbufOutput
	197: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	198: LoadMapPtr dst: r1 fd: 0 <AT__events>
	200: MovReg dst: r2 src: rfp
	201: AddImm dst: r2 imm: -8
	202: MovImm dst: r3 imm: 8
	203: MovImm dst: r4 imm: 0
	204: Call FnRingbufOutput
	205: StMemW dst: rfp src: r0 off: -8 imm: 0
	206: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	208: MovReg dst: r2 src: rfp
	209: AddImm dst: r2 imm: -8
	210: Call FnMapLookupElem
	211: JEqImm dst: r0 off: 1 imm: 0
	212: StMemDW dst: r0 src: r0 off: 0 imm: 1
	213: MovImm dst: r0 imm: 0
	214: Exit

