tp_sys_enter_getppid:
	  0: Call FnGetCurrentPidTgid
	  1: RShImm dst: r0 imm: 32
	  2: JNEImm dst: r0 off: 248 imm: 4242
	  3: Call FnGetCurrentTask
	  4: MovReg dst: r6 src: r0
	  5: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  6: MovReg dst: r3 src: r6
	  7: AddImm dst: r3 imm: 1264
	  8: MovReg dst: r1 src: rfp
	  9: AddImm dst: r1 imm: -40
	 10: MovImm dst: r2 imm: 4
	 11: Call FnProbeReadKernel
	 12: LdXMemW dst: r7 src: rfp off: -40 imm: 0
	 13: LShImm dst: r7 imm: 32
	 14: ArShImm dst: r7 imm: 32
	 15: Call FnGetCurrentPidTgid
	 16: MovReg32 dst: r0 src: r0
	 17: MovImm dst: r1 imm: 1
	 18: JEqReg dst: r7 off: 1 src: r0
	 19: MovImm dst: r1 imm: 0
	 20: StXMemDW dst: rfp src: r1 off: -24 imm: 0
	 21: Call FnGetCurrentTask
	 22: MovReg dst: r3 src: r0
	 23: AddImm dst: r3 imm: 1268
	 24: MovReg dst: r1 src: rfp
	 25: AddImm dst: r1 imm: -40
	 26: MovImm dst: r2 imm: 4
	 27: Call FnProbeReadKernel
	 28: LdXMemW dst: r7 src: rfp off: -40 imm: 0
	 29: LShImm dst: r7 imm: 32
	 30: ArShImm dst: r7 imm: 32
	 31: Call FnGetCurrentPidTgid
	 32: RShImm dst: r0 imm: 32
	 33: MovImm dst: r1 imm: 1
	 34: JEqReg dst: r7 off: 1 src: r0
	 35: MovImm dst: r1 imm: 0
	 36: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	 37: Call FnGetCurrentTask
	 38: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 39: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 40: MovReg dst: r3 src: r0
	 41: AddImm dst: r3 imm: 1752
	 42: MovReg dst: r1 src: rfp
	 43: AddImm dst: r1 imm: -48
	 44: MovImm dst: r2 imm: 16
	 45: Call FnProbeReadKernel
	 46: MovReg dst: r1 src: rfp
	 47: AddImm dst: r1 imm: -64
	 48: MovImm dst: r2 imm: 16
	 49: Call FnGetCurrentComm
	 50: LdXMemDW dst: r1 src: rfp off: -48 imm: 0
	 51: LdXMemDW dst: r2 src: rfp off: -64 imm: 0
	 52: JEqReg dst: r1 off: 2 src: r2
	 53: MovImm dst: r1 imm: 0
	 54: Ja off: 6
	 55: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 56: LdXMemDW dst: r2 src: rfp off: -56 imm: 0
	 57: JEqReg dst: r1 off: 2 src: r2
	 58: MovImm dst: r1 imm: 0
	 59: Ja off: 1
	 60: MovImm dst: r1 imm: 1
	 61: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 62: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 64: MovReg dst: r2 src: rfp
	 65: AddImm dst: r2 imm: -32
	 66: MovImm dst: r3 imm: 32
	 67: MovImm dst: r4 imm: 0
	 68: Call FnRingbufOutput
	 69: StMemDW dst: rfp src: r0 off: -32 imm: 1
	 70: MovReg dst: r3 src: r6
	 71: AddImm dst: r3 imm: 1280
	 72: MovReg dst: r1 src: rfp
	 73: AddImm dst: r1 imm: -40
	 74: MovImm dst: r2 imm: 8
	 75: Call FnProbeReadKernel
	 76: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 77: MovReg dst: r3 src: r1
	 78: AddImm dst: r3 imm: 1268
	 79: MovReg dst: r1 src: rfp
	 80: AddImm dst: r1 imm: -40
	 81: MovImm dst: r2 imm: 4
	 82: Call FnProbeReadKernel
	 83: LdXMemW dst: r1 src: rfp off: -40 imm: 0
	 84: LShImm dst: r1 imm: 32
	 85: ArShImm dst: r1 imm: 32
	 86: JSGTImm dst: r1 off: 2 imm: 0
	 87: MovImm dst: r1 imm: 0
	 88: Ja off: 1
	 89: MovImm dst: r1 imm: 1
	 90: StXMemDW dst: rfp src: r1 off: -24 imm: 0
	 91: MovReg dst: r3 src: r6
	 92: AddImm dst: r3 imm: 1136
	 93: MovReg dst: r1 src: rfp
	 94: AddImm dst: r1 imm: -40
	 95: MovImm dst: r2 imm: 8
	 96: Call FnProbeReadKernel
	 97: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 98: JNEImm dst: r1 off: 2 imm: 0
	 99: MovImm dst: r1 imm: 0
	100: Ja off: 1
	101: MovImm dst: r1 imm: 1
	102: LShImm dst: r1 imm: 63
	103: ArShImm dst: r1 imm: 63
	104: AndImm dst: r1 imm: 1
	105: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	106: Call FnGetCurrentTask
	107: MovReg dst: r3 src: r0
	108: AddImm dst: r3 imm: 1288
	109: MovReg dst: r1 src: rfp
	110: AddImm dst: r1 imm: -40
	111: MovImm dst: r2 imm: 8
	112: Call FnProbeReadKernel
	113: LdXMemDW dst: r6 src: rfp off: -40 imm: 0
	114: Call FnGetCurrentTask
	115: MovReg dst: r3 src: r0
	116: AddImm dst: r3 imm: 1280
	117: MovReg dst: r1 src: rfp
	118: AddImm dst: r1 imm: -40
	119: MovImm dst: r2 imm: 8
	120: Call FnProbeReadKernel
	121: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	122: JEqReg dst: r6 off: 2 src: r1
	123: MovImm dst: r1 imm: 0
	124: Ja off: 1
	125: MovImm dst: r1 imm: 1
	126: AndImm dst: r1 imm: 1
	127: AndImm dst: r1 imm: 1
	128: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	129: LoadMapPtr dst: r1 fd: 0 <AT__events>
	131: MovReg dst: r2 src: rfp
	132: AddImm dst: r2 imm: -32
	133: MovImm dst: r3 imm: 32
	134: MovImm dst: r4 imm: 0
	135: Call FnRingbufOutput
	136: Call FnGetCurrentTask
	137: StMemDW dst: rfp src: r0 off: -16 imm: 0
	138: StMemDW dst: rfp src: r0 off: -8 imm: 0
	139: MovReg dst: r3 src: r0
	140: AddImm dst: r3 imm: 128
	141: MovReg dst: r1 src: rfp
	142: AddImm dst: r1 imm: -16
	143: MovImm dst: r2 imm: 16
	144: Call FnProbeReadKernel
	145: MovReg dst: r6 src: rfp
	146: AddImm dst: r6 imm: -24
	147: StMemDW dst: rfp src: r0 off: -24 imm: 0
	148: MovReg dst: r2 src: r6
	149: LoadMapPtr dst: r1 fd: 0 <AT_load>
	151: MovReg dst: r3 src: rfp
	152: AddImm dst: r3 imm: -16
	153: MovImm dst: r4 imm: 0
	154: Call FnMapUpdateElem
	155: StMemDW dst: rfp src: r0 off: -8 imm: 1
	156: Call FnGetCurrentTask
	157: StMemDW dst: rfp src: r0 off: -40 imm: 0
	158: StMemDW dst: rfp src: r0 off: -32 imm: 0
	159: MovReg dst: r3 src: r0
	160: AddImm dst: r3 imm: 128
	161: MovReg dst: r1 src: rfp
	162: AddImm dst: r1 imm: -40
	163: MovImm dst: r2 imm: 16
	164: Call FnProbeReadKernel
	165: LoadMapPtr dst: r1 fd: 0 <AT_key>
	167: MovReg dst: r2 src: rfp
	168: AddImm dst: r2 imm: -40
	169: MovReg dst: r3 src: rfp
	170: AddImm dst: r3 imm: -8
	171: MovImm dst: r4 imm: 0
	172: Call FnMapUpdateElem
	173: StMemDW dst: rfp src: r0 off: -56 imm: 30007
	174: StMemDW dst: rfp src: r0 off: -48 imm: 0
	175: Call FnGetCurrentTask
	176: StMemDW dst: rfp src: r0 off: -40 imm: 0
	177: StMemDW dst: rfp src: r0 off: -32 imm: 0
	178: MovReg dst: r3 src: r0
	179: AddImm dst: r3 imm: 128
	180: MovReg dst: r1 src: rfp
	181: AddImm dst: r1 imm: -40
	182: MovImm dst: r2 imm: 16
	183: Call FnProbeReadKernel
	184: LoadMapPtr dst: r1 fd: 0 <AT__events>
	186: MovReg dst: r2 src: rfp
	187: AddImm dst: r2 imm: -56
	188: MovImm dst: r3 imm: 32
	189: MovImm dst: r4 imm: 0
	190: Call FnRingbufOutput
	191: StMemDW dst: rfp src: r0 off: -56 imm: 2
	192: StMemDW dst: rfp src: r0 off: -48 imm: 1
	193: StMemDW dst: rfp src: r0 off: -40 imm: 16
	194: StMemDW dst: rfp src: r0 off: -32 imm: 2
	195: LoadMapPtr dst: r1 fd: 0 <AT__events>
	197: MovReg dst: r2 src: rfp
	198: AddImm dst: r2 imm: -56
	199: MovImm dst: r3 imm: 32
	200: MovImm dst: r4 imm: 0
	201: Call FnRingbufOutput
	202: Call FnGetCurrentTask
	203: MovReg dst: r3 src: r0
	204: AddImm dst: r3 imm: 128
	205: MovReg dst: r1 src: rfp
	206: AddImm dst: r1 imm: -8
	207: MovImm dst: r2 imm: 8
	208: Call FnProbeReadKernel
	209: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	210: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	211: MovReg dst: r2 src: r6
	212: LoadMapPtr dst: r1 fd: 0 <AT_weight>
	214: MovReg dst: r3 src: rfp
	215: AddImm dst: r3 imm: -8
	216: MovImm dst: r4 imm: 0
	217: Call FnMapUpdateElem
	218: Call FnGetCurrentTask
	219: AddImm dst: r0 imm: 128
	220: MovReg dst: r3 src: r0
	221: AddImm dst: r3 imm: 8
	222: MovReg dst: r1 src: rfp
	223: AddImm dst: r1 imm: -8
	224: MovImm dst: r2 imm: 4
	225: Call FnProbeReadKernel
	226: LdXMemW dst: r1 src: rfp off: -8 imm: 0
	227: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	228: MovReg dst: r2 src: r6
	229: LoadMapPtr dst: r1 fd: 0 <AT_w2>
	231: MovReg dst: r3 src: rfp
	232: AddImm dst: r3 imm: -8
	233: MovImm dst: r4 imm: 0
	234: Call FnMapUpdateElem
	235: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	236: LoadMapPtr dst: r1 fd: 0 <AT__events>
	238: MovReg dst: r2 src: rfp
	239: AddImm dst: r2 imm: -8
	240: MovImm dst: r3 imm: 8
	241: MovImm dst: r4 imm: 0
	242: Call FnRingbufOutput
	243: StMemW dst: rfp src: r0 off: -8 imm: 0
	244: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	246: MovReg dst: r2 src: rfp
	247: AddImm dst: r2 imm: -8
	248: Call FnMapLookupElem
	249: JEqImm dst: r0 off: 1 imm: 0
	250: StMemDW dst: r0 src: r0 off: 0 imm: 1
	251: MovImm dst: r0 imm: 0
	252: Exit

