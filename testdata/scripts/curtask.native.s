tp_sys_enter_getppid:
	  0: Call FnGetCurrentPidTgid
	  1: RShImm dst: r0 imm: 32
	  2: JNEImm dst: r0 off: 247 imm: 4242
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
	 22: AddImm dst: r0 imm: 1268
	 23: MovReg dst: r3 src: r0
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
	 40: AddImm dst: r0 imm: 1752
	 41: MovReg dst: r3 src: r0
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
	 76: LdXMemDW dst: r3 src: rfp off: -40 imm: 0
	 77: AddImm dst: r3 imm: 1268
	 78: MovReg dst: r1 src: rfp
	 79: AddImm dst: r1 imm: -40
	 80: MovImm dst: r2 imm: 4
	 81: Call FnProbeReadKernel
	 82: LdXMemW dst: r1 src: rfp off: -40 imm: 0
	 83: LShImm dst: r1 imm: 32
	 84: ArShImm dst: r1 imm: 32
	 85: JSGTImm dst: r1 off: 2 imm: 0
	 86: MovImm dst: r1 imm: 0
	 87: Ja off: 1
	 88: MovImm dst: r1 imm: 1
	 89: StXMemDW dst: rfp src: r1 off: -24 imm: 0
	 90: AddImm dst: r6 imm: 1136
	 91: MovReg dst: r3 src: r6
	 92: MovReg dst: r1 src: rfp
	 93: AddImm dst: r1 imm: -40
	 94: MovImm dst: r2 imm: 8
	 95: Call FnProbeReadKernel
	 96: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 97: JNEImm dst: r1 off: 2 imm: 0
	 98: MovImm dst: r1 imm: 0
	 99: Ja off: 1
	100: MovImm dst: r1 imm: 1
	101: LShImm dst: r1 imm: 63
	102: ArShImm dst: r1 imm: 63
	103: AndImm dst: r1 imm: 1
	104: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	105: Call FnGetCurrentTask
	106: AddImm dst: r0 imm: 1288
	107: MovReg dst: r3 src: r0
	108: MovReg dst: r1 src: rfp
	109: AddImm dst: r1 imm: -40
	110: MovImm dst: r2 imm: 8
	111: Call FnProbeReadKernel
	112: LdXMemDW dst: r6 src: rfp off: -40 imm: 0
	113: Call FnGetCurrentTask
	114: AddImm dst: r0 imm: 1280
	115: MovReg dst: r3 src: r0
	116: MovReg dst: r1 src: rfp
	117: AddImm dst: r1 imm: -40
	118: MovImm dst: r2 imm: 8
	119: Call FnProbeReadKernel
	120: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	121: JEqReg dst: r6 off: 2 src: r1
	122: MovImm dst: r1 imm: 0
	123: Ja off: 1
	124: MovImm dst: r1 imm: 1
	125: AndImm dst: r1 imm: 1
	126: AndImm dst: r1 imm: 1
	127: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	128: LoadMapPtr dst: r1 fd: 0 <AT__events>
	130: MovReg dst: r2 src: rfp
	131: AddImm dst: r2 imm: -32
	132: MovImm dst: r3 imm: 32
	133: MovImm dst: r4 imm: 0
	134: Call FnRingbufOutput
	135: Call FnGetCurrentTask
	136: StMemDW dst: rfp src: r0 off: -16 imm: 0
	137: StMemDW dst: rfp src: r0 off: -8 imm: 0
	138: AddImm dst: r0 imm: 128
	139: MovReg dst: r3 src: r0
	140: MovReg dst: r1 src: rfp
	141: AddImm dst: r1 imm: -16
	142: MovImm dst: r2 imm: 16
	143: Call FnProbeReadKernel
	144: MovReg dst: r6 src: rfp
	145: AddImm dst: r6 imm: -24
	146: StMemDW dst: rfp src: r0 off: -24 imm: 0
	147: MovReg dst: r2 src: r6
	148: LoadMapPtr dst: r1 fd: 0 <AT_load>
	150: MovReg dst: r3 src: rfp
	151: AddImm dst: r3 imm: -16
	152: MovImm dst: r4 imm: 0
	153: Call FnMapUpdateElem
	154: StMemDW dst: rfp src: r0 off: -8 imm: 1
	155: Call FnGetCurrentTask
	156: StMemDW dst: rfp src: r0 off: -40 imm: 0
	157: StMemDW dst: rfp src: r0 off: -32 imm: 0
	158: AddImm dst: r0 imm: 128
	159: MovReg dst: r3 src: r0
	160: MovReg dst: r1 src: rfp
	161: AddImm dst: r1 imm: -40
	162: MovImm dst: r2 imm: 16
	163: Call FnProbeReadKernel
	164: LoadMapPtr dst: r1 fd: 0 <AT_key>
	166: MovReg dst: r2 src: rfp
	167: AddImm dst: r2 imm: -40
	168: MovReg dst: r3 src: rfp
	169: AddImm dst: r3 imm: -8
	170: MovImm dst: r4 imm: 0
	171: Call FnMapUpdateElem
	172: StMemDW dst: rfp src: r0 off: -56 imm: 30007
	173: StMemDW dst: rfp src: r0 off: -48 imm: 0
	174: Call FnGetCurrentTask
	175: StMemDW dst: rfp src: r0 off: -40 imm: 0
	176: StMemDW dst: rfp src: r0 off: -32 imm: 0
	177: AddImm dst: r0 imm: 128
	178: MovReg dst: r3 src: r0
	179: MovReg dst: r1 src: rfp
	180: AddImm dst: r1 imm: -40
	181: MovImm dst: r2 imm: 16
	182: Call FnProbeReadKernel
	183: LoadMapPtr dst: r1 fd: 0 <AT__events>
	185: MovReg dst: r2 src: rfp
	186: AddImm dst: r2 imm: -56
	187: MovImm dst: r3 imm: 32
	188: MovImm dst: r4 imm: 0
	189: Call FnRingbufOutput
	190: StMemDW dst: rfp src: r0 off: -56 imm: 2
	191: StMemDW dst: rfp src: r0 off: -48 imm: 1
	192: StMemDW dst: rfp src: r0 off: -40 imm: 16
	193: StMemDW dst: rfp src: r0 off: -32 imm: 2
	194: LoadMapPtr dst: r1 fd: 0 <AT__events>
	196: MovReg dst: r2 src: rfp
	197: AddImm dst: r2 imm: -56
	198: MovImm dst: r3 imm: 32
	199: MovImm dst: r4 imm: 0
	200: Call FnRingbufOutput
	201: Call FnGetCurrentTask
	202: AddImm dst: r0 imm: 128
	203: MovReg dst: r3 src: r0
	204: MovReg dst: r1 src: rfp
	205: AddImm dst: r1 imm: -8
	206: MovImm dst: r2 imm: 8
	207: Call FnProbeReadKernel
	208: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	209: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	210: MovReg dst: r2 src: r6
	211: LoadMapPtr dst: r1 fd: 0 <AT_weight>
	213: MovReg dst: r3 src: rfp
	214: AddImm dst: r3 imm: -8
	215: MovImm dst: r4 imm: 0
	216: Call FnMapUpdateElem
	217: Call FnGetCurrentTask
	218: AddImm dst: r0 imm: 128
	219: AddImm dst: r0 imm: 8
	220: MovReg dst: r3 src: r0
	221: MovReg dst: r1 src: rfp
	222: AddImm dst: r1 imm: -8
	223: MovImm dst: r2 imm: 4
	224: Call FnProbeReadKernel
	225: LdXMemW dst: r1 src: rfp off: -8 imm: 0
	226: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	227: MovReg dst: r2 src: r6
	228: LoadMapPtr dst: r1 fd: 0 <AT_w2>
	230: MovReg dst: r3 src: rfp
	231: AddImm dst: r3 imm: -8
	232: MovImm dst: r4 imm: 0
	233: Call FnMapUpdateElem
	234: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	235: LoadMapPtr dst: r1 fd: 0 <AT__events>
	237: MovReg dst: r2 src: rfp
	238: AddImm dst: r2 imm: -8
	239: MovImm dst: r3 imm: 8
	240: MovImm dst: r4 imm: 0
	241: Call FnRingbufOutput
	242: StMemW dst: rfp src: r0 off: -8 imm: 0
	243: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	245: MovReg dst: r2 src: rfp
	246: AddImm dst: r2 imm: -8
	247: Call FnMapLookupElem
	248: JEqImm dst: r0 off: 1 imm: 0
	249: StMemDW dst: r0 src: r0 off: 0 imm: 1
	250: MovImm dst: r0 imm: 0
	251: Exit

