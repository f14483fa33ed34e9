tp_sys_enter_write:
	  0: MovReg dst: r6 src: r1
	  1: Call FnGetCurrentPidTgid
	  2: MovReg dst: r1 src: r0
	  3: RShImm dst: r1 imm: 32
	  4: JEqImm dst: r1 off: 2 imm: 4242
	  5: MovImm dst: r0 imm: 0
	  6: Exit
	  7: LdXMemDW dst: r6 src: r6 off: 24 imm: 0
	  8: StMemDW dst: rfp src: r0 off: -56 imm: 0
	  9: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 10: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 11: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 12: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 13: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 14: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 15: MovReg dst: r3 src: r6
	 16: MovReg dst: r1 src: rfp
	 17: AddImm dst: r1 imm: -56
	 18: MovImm dst: r2 imm: 56
	 19: Call FnProbeReadUser
	 20: StMemDW dst: rfp src: r0 off: -64 imm: 0
	 21: LoadMapPtr dst: r1 fd: 0 <AT_s>
	 23: MovReg dst: r2 src: rfp
	 24: AddImm dst: r2 imm: -64
	 25: MovReg dst: r3 src: rfp
	 26: AddImm dst: r3 imm: -56
	 27: MovImm dst: r4 imm: 0
	 28: Call FnMapUpdateElem
	 29: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 30: StMemDW dst: rfp src: r0 off: -64 imm: 0
	 31: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 32: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 33: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 34: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 35: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 36: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 37: MovReg dst: r3 src: r6
	 38: MovReg dst: r1 src: rfp
	 39: AddImm dst: r1 imm: -64
	 40: MovImm dst: r2 imm: 56
	 41: Call FnProbeReadUser
	 42: LoadMapPtr dst: r1 fd: 0 <AT_k>
	 44: MovReg dst: r2 src: rfp
	 45: AddImm dst: r2 imm: -64
	 46: MovReg dst: r3 src: rfp
	 47: AddImm dst: r3 imm: -8
	 48: MovImm dst: r4 imm: 0
	 49: Call FnMapUpdateElem
	 50: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 51: StMemW dst: rfp src: r0 off: -8 imm: 0
	 52: MovReg dst: r7 src: r6
	 53: AddImm dst: r7 imm: 20
	 54: MovReg dst: r3 src: r7
	 55: MovReg dst: r1 src: rfp
	 56: AddImm dst: r1 imm: -16
	 57: MovImm dst: r2 imm: 12
	 58: Call FnProbeReadUser
	 59: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 60: LoadMapPtr dst: r1 fd: 0 <AT_arr>
	 62: MovReg dst: r2 src: rfp
	 63: AddImm dst: r2 imm: -24
	 64: MovReg dst: r3 src: rfp
	 65: AddImm dst: r3 imm: -16
	 66: MovImm dst: r4 imm: 0
	 67: Call FnMapUpdateElem
	 68: StMemDW dst: rfp src: r0 off: -8 imm: 2
	 69: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 70: StMemW dst: rfp src: r0 off: -16 imm: 0
	 71: MovReg dst: r3 src: r7
	 72: MovReg dst: r1 src: rfp
	 73: AddImm dst: r1 imm: -24
	 74: MovImm dst: r2 imm: 12
	 75: Call FnProbeReadUser
	 76: StMemW dst: rfp src: r0 off: -12 imm: 7305076
	 77: LoadMapPtr dst: r1 fd: 0 <AT_ka>
	 79: MovReg dst: r2 src: rfp
	 80: AddImm dst: r2 imm: -24
	 81: MovReg dst: r3 src: rfp
	 82: AddImm dst: r3 imm: -8
	 83: MovImm dst: r4 imm: 0
	 84: Call FnMapUpdateElem
	 85: MovReg dst: r8 src: r6
	 86: AddImm dst: r8 imm: 48
	 87: MovReg dst: r3 src: r8
	 88: MovReg dst: r1 src: rfp
	 89: AddImm dst: r1 imm: -8
	 90: MovImm dst: r2 imm: 8
	 91: Call FnProbeReadUser
	 92: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	 93: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 94: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 95: LoadMapPtr dst: r1 fd: 0 <AT_p>
	 97: MovReg dst: r2 src: rfp
	 98: AddImm dst: r2 imm: -16
	 99: MovReg dst: r3 src: rfp
	100: AddImm dst: r3 imm: -8
	101: MovImm dst: r4 imm: 0
	102: Call FnMapUpdateElem
	103: StMemDW dst: rfp src: r0 off: -8 imm: 4
	104: MovReg dst: r3 src: r8
	105: MovReg dst: r1 src: rfp
	106: AddImm dst: r1 imm: -16
	107: MovImm dst: r2 imm: 8
	108: Call FnProbeReadUser
	109: LdXMemDW dst: r1 src: rfp off: -16 imm: 0
	110: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	111: LoadMapPtr dst: r1 fd: 0 <AT_kp>
	113: MovReg dst: r2 src: rfp
	114: AddImm dst: r2 imm: -16
	115: MovReg dst: r3 src: rfp
	116: AddImm dst: r3 imm: -8
	117: MovImm dst: r4 imm: 0
	118: Call FnMapUpdateElem
	119: StMemDW dst: rfp src: r0 off: -40 imm: 1
	120: StMemDW dst: rfp src: r0 off: -32 imm: 0
	121: MovReg dst: r8 src: r6
	122: AddImm dst: r8 imm: 12
	123: MovReg dst: r3 src: r8
	124: MovReg dst: r1 src: rfp
	125: AddImm dst: r1 imm: -32
	126: MovImm dst: r2 imm: 8
	127: Call FnProbeReadUser
	128: StMemDW dst: rfp src: r0 off: -24 imm: 0
	129: StMemW dst: rfp src: r0 off: -16 imm: 0
	130: MovReg dst: r3 src: r7
	131: MovReg dst: r1 src: rfp
	132: AddImm dst: r1 imm: -24
	133: MovImm dst: r2 imm: 12
	134: Call FnProbeReadUser
	135: StMemW dst: rfp src: r0 off: -12 imm: 0
	136: StMemW dst: rfp src: r0 off: -8 imm: 0
	137: MovReg dst: r3 src: r6
	138: AddImm dst: r3 imm: 4
	139: MovReg dst: r1 src: rfp
	140: AddImm dst: r1 imm: -12
	141: MovImm dst: r2 imm: 8
	142: Call FnProbeReadUser
	143: StMemDW dst: rfp src: r0 off: -48 imm: 0
	144: LoadMapPtr dst: r1 fd: 0 <AT_t>
	146: MovReg dst: r2 src: rfp
	147: AddImm dst: r2 imm: -48
	148: MovReg dst: r3 src: rfp
	149: AddImm dst: r3 imm: -40
	150: MovImm dst: r4 imm: 0
	151: Call FnMapUpdateElem
	152: StMemDW dst: rfp src: r0 off: -72 imm: 30007
	153: StMemDW dst: rfp src: r0 off: -64 imm: 0
	154: StMemDW dst: rfp src: r0 off: -56 imm: 0
	155: StMemDW dst: rfp src: r0 off: -48 imm: 0
	156: StMemDW dst: rfp src: r0 off: -40 imm: 0
	157: StMemDW dst: rfp src: r0 off: -32 imm: 0
	158: StMemDW dst: rfp src: r0 off: -24 imm: 0
	159: StMemDW dst: rfp src: r0 off: -16 imm: 0
	160: StMemDW dst: rfp src: r0 off: -8 imm: 0
	161: MovReg dst: r3 src: r6
	162: MovReg dst: r1 src: rfp
	163: AddImm dst: r1 imm: -56
	164: MovImm dst: r2 imm: 56
	165: Call FnProbeReadUser
	166: LoadMapPtr dst: r1 fd: 0 <AT__events>
	168: MovReg dst: r2 src: rfp
	169: AddImm dst: r2 imm: -72
	170: MovImm dst: r3 imm: 72
	171: MovImm dst: r4 imm: 0
	172: Call FnRingbufOutput
	173: StMemDW dst: rfp src: r0 off: -32 imm: 30007
	174: StMemDW dst: rfp src: r0 off: -24 imm: 1
	175: StMemDW dst: rfp src: r0 off: -16 imm: 0
	176: StMemW dst: rfp src: r0 off: -8 imm: 0
	177: MovReg dst: r3 src: r7
	178: MovReg dst: r1 src: rfp
	179: AddImm dst: r1 imm: -16
	180: MovImm dst: r2 imm: 12
	181: Call FnProbeReadUser
	182: StMemW dst: rfp src: r0 off: -4 imm: 0
	183: LoadMapPtr dst: r1 fd: 0 <AT__events>
	185: MovReg dst: r2 src: rfp
	186: AddImm dst: r2 imm: -32
	187: MovImm dst: r3 imm: 32
	188: MovImm dst: r4 imm: 0
	189: Call FnRingbufOutput
	190: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	191: StMemDW dst: rfp src: r0 off: -16 imm: 2
	192: StMemDW dst: rfp src: r0 off: -8 imm: 0
	193: MovReg dst: r3 src: r8
	194: MovReg dst: r1 src: rfp
	195: AddImm dst: r1 imm: -8
	196: MovImm dst: r2 imm: 8
	197: Call FnProbeReadUser
	198: LoadMapPtr dst: r1 fd: 0 <AT__events>
	200: MovReg dst: r2 src: rfp
	201: AddImm dst: r2 imm: -24
	202: MovImm dst: r3 imm: 24
	203: MovImm dst: r4 imm: 0
	204: Call FnRingbufOutput
	205: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	206: LoadMapPtr dst: r1 fd: 0 <AT__events>
	208: MovReg dst: r2 src: rfp
	209: AddImm dst: r2 imm: -8
	210: MovImm dst: r3 imm: 8
	211: MovImm dst: r4 imm: 0
	212: Call FnRingbufOutput
	213: StMemW dst: rfp src: r0 off: -8 imm: 0
	214: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	216: MovReg dst: r2 src: rfp
	217: AddImm dst: r2 imm: -8
	218: Call FnMapLookupElem
	219: MovReg dst: r1 src: r0
	220: JEqImm dst: r1 off: 1 imm: 0
	221: StMemDW dst: r1 src: r0 off: 0 imm: 1
	222: MovImm dst: r0 imm: 0
	223: Exit

