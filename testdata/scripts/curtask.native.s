tp_sys_enter_getppid:
	  0: Call FnGetCurrentPidTgid
	  1: MovReg dst: r1 src: r0
	  2: RShImm dst: r1 imm: 32
	  3: JEqImm dst: r1 off: 2 imm: 4242
	  4: MovImm dst: r0 imm: 0
	  5: Exit
	  6: Call FnGetCurrentTask
	  7: MovReg dst: r6 src: r0
	  8: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  9: MovReg dst: r3 src: r6
	 10: AddImm dst: r3 imm: 1264
	 11: MovReg dst: r1 src: rfp
	 12: AddImm dst: r1 imm: -40
	 13: MovImm dst: r2 imm: 4
	 14: Call FnProbeReadKernel
	 15: LdXMemW dst: r7 src: rfp off: -40 imm: 0
	 16: LShImm dst: r7 imm: 32
	 17: ArShImm dst: r7 imm: 32
	 18: Call FnGetCurrentPidTgid
	 19: MovReg dst: r1 src: r0
	 20: MovReg32 dst: r1 src: r1
	 21: JEqReg dst: r7 off: 2 src: r1
	 22: MovImm dst: r1 imm: 0
	 23: Ja off: 1
	 24: MovImm dst: r1 imm: 1
	 25: StXMemDW dst: rfp src: r1 off: -24 imm: 0
	 26: Call FnGetCurrentTask
	 27: MovReg dst: r1 src: r0
	 28: MovReg dst: r3 src: r1
	 29: AddImm dst: r3 imm: 1268
	 30: MovReg dst: r1 src: rfp
	 31: AddImm dst: r1 imm: -40
	 32: MovImm dst: r2 imm: 4
	 33: Call FnProbeReadKernel
	 34: LdXMemW dst: r7 src: rfp off: -40 imm: 0
	 35: LShImm dst: r7 imm: 32
	 36: ArShImm dst: r7 imm: 32
	 37: Call FnGetCurrentPidTgid
	 38: MovReg dst: r1 src: r0
	 39: RShImm dst: r1 imm: 32
	 40: JEqReg dst: r7 off: 2 src: r1
	 41: MovImm dst: r1 imm: 0
	 42: Ja off: 1
	 43: MovImm dst: r1 imm: 1
	 44: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	 45: Call FnGetCurrentTask
	 46: MovReg dst: r1 src: r0
	 47: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 48: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 49: MovReg dst: r3 src: r1
	 50: AddImm dst: r3 imm: 1752
	 51: MovReg dst: r1 src: rfp
	 52: AddImm dst: r1 imm: -48
	 53: MovImm dst: r2 imm: 16
	 54: Call FnProbeReadKernel
	 55: MovReg dst: r1 src: rfp
	 56: AddImm dst: r1 imm: -64
	 57: MovImm dst: r2 imm: 16
	 58: Call FnGetCurrentComm
	 59: LdXMemDW dst: r1 src: rfp off: -48 imm: 0
	 60: LdXMemDW dst: r2 src: rfp off: -64 imm: 0
	 61: JEqReg dst: r1 off: 2 src: r2
	 62: MovImm dst: r1 imm: 0
	 63: Ja off: 6
	 64: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 65: LdXMemDW dst: r2 src: rfp off: -56 imm: 0
	 66: JEqReg dst: r1 off: 2 src: r2
	 67: MovImm dst: r1 imm: 0
	 68: Ja off: 1
	 69: MovImm dst: r1 imm: 1
	 70: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 71: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 73: MovReg dst: r2 src: rfp
	 74: AddImm dst: r2 imm: -32
	 75: MovImm dst: r3 imm: 32
	 76: MovImm dst: r4 imm: 0
	 77: Call FnRingbufOutput
	 78: StMemDW dst: rfp src: r0 off: -32 imm: 1
	 79: MovReg dst: r3 src: r6
	 80: AddImm dst: r3 imm: 1280
	 81: MovReg dst: r1 src: rfp
	 82: AddImm dst: r1 imm: -40
	 83: MovImm dst: r2 imm: 8
	 84: Call FnProbeReadKernel
	 85: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	 86: MovReg dst: r3 src: r1
	 87: AddImm dst: r3 imm: 1268
	 88: MovReg dst: r1 src: rfp
	 89: AddImm dst: r1 imm: -40
	 90: MovImm dst: r2 imm: 4
	 91: Call FnProbeReadKernel
	 92: LdXMemW dst: r1 src: rfp off: -40 imm: 0
	 93: LShImm dst: r1 imm: 32
	 94: ArShImm dst: r1 imm: 32
	 95: JSGTImm dst: r1 off: 2 imm: 0
	 96: MovImm dst: r1 imm: 0
	 97: Ja off: 1
	 98: MovImm dst: r1 imm: 1
	 99: StXMemDW dst: rfp src: r1 off: -24 imm: 0
	100: MovReg dst: r3 src: r6
	101: AddImm dst: r3 imm: 1136
	102: MovReg dst: r1 src: rfp
	103: AddImm dst: r1 imm: -40
	104: MovImm dst: r2 imm: 8
	105: Call FnProbeReadKernel
	106: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	107: JNEImm dst: r1 off: 2 imm: 0
	108: MovImm dst: r1 imm: 0
	109: Ja off: 1
	110: MovImm dst: r1 imm: 1
	111: LShImm dst: r1 imm: 63
	112: ArShImm dst: r1 imm: 63
	113: AndImm dst: r1 imm: 1
	114: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	115: Call FnGetCurrentTask
	116: MovReg dst: r1 src: r0
	117: MovReg dst: r3 src: r1
	118: AddImm dst: r3 imm: 1288
	119: MovReg dst: r1 src: rfp
	120: AddImm dst: r1 imm: -40
	121: MovImm dst: r2 imm: 8
	122: Call FnProbeReadKernel
	123: LdXMemDW dst: r6 src: rfp off: -40 imm: 0
	124: Call FnGetCurrentTask
	125: MovReg dst: r1 src: r0
	126: MovReg dst: r3 src: r1
	127: AddImm dst: r3 imm: 1280
	128: MovReg dst: r1 src: rfp
	129: AddImm dst: r1 imm: -40
	130: MovImm dst: r2 imm: 8
	131: Call FnProbeReadKernel
	132: LdXMemDW dst: r1 src: rfp off: -40 imm: 0
	133: JEqReg dst: r6 off: 2 src: r1
	134: MovImm dst: r1 imm: 0
	135: Ja off: 1
	136: MovImm dst: r1 imm: 1
	137: AndImm dst: r1 imm: 1
	138: AndImm dst: r1 imm: 1
	139: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	140: LoadMapPtr dst: r1 fd: 0 <AT__events>
	142: MovReg dst: r2 src: rfp
	143: AddImm dst: r2 imm: -32
	144: MovImm dst: r3 imm: 32
	145: MovImm dst: r4 imm: 0
	146: Call FnRingbufOutput
	147: Call FnGetCurrentTask
	148: MovReg dst: r1 src: r0
	149: StMemDW dst: rfp src: r0 off: -16 imm: 0
	150: StMemDW dst: rfp src: r0 off: -8 imm: 0
	151: MovReg dst: r3 src: r1
	152: AddImm dst: r3 imm: 128
	153: MovReg dst: r1 src: rfp
	154: AddImm dst: r1 imm: -16
	155: MovImm dst: r2 imm: 16
	156: Call FnProbeReadKernel
	157: StMemDW dst: rfp src: r0 off: -24 imm: 0
	158: LoadMapPtr dst: r1 fd: 0 <AT_load>
	160: MovReg dst: r2 src: rfp
	161: AddImm dst: r2 imm: -24
	162: MovReg dst: r3 src: rfp
	163: AddImm dst: r3 imm: -16
	164: MovImm dst: r4 imm: 0
	165: Call FnMapUpdateElem
	166: StMemDW dst: rfp src: r0 off: -8 imm: 1
	167: Call FnGetCurrentTask
	168: MovReg dst: r1 src: r0
	169: StMemDW dst: rfp src: r0 off: -24 imm: 0
	170: StMemDW dst: rfp src: r0 off: -16 imm: 0
	171: MovReg dst: r3 src: r1
	172: AddImm dst: r3 imm: 128
	173: MovReg dst: r1 src: rfp
	174: AddImm dst: r1 imm: -24
	175: MovImm dst: r2 imm: 16
	176: Call FnProbeReadKernel
	177: LoadMapPtr dst: r1 fd: 0 <AT_key>
	179: MovReg dst: r2 src: rfp
	180: AddImm dst: r2 imm: -24
	181: MovReg dst: r3 src: rfp
	182: AddImm dst: r3 imm: -8
	183: MovImm dst: r4 imm: 0
	184: Call FnMapUpdateElem
	185: StMemDW dst: rfp src: r0 off: -32 imm: 30007
	186: StMemDW dst: rfp src: r0 off: -24 imm: 0
	187: Call FnGetCurrentTask
	188: MovReg dst: r1 src: r0
	189: StMemDW dst: rfp src: r0 off: -16 imm: 0
	190: StMemDW dst: rfp src: r0 off: -8 imm: 0
	191: MovReg dst: r3 src: r1
	192: AddImm dst: r3 imm: 128
	193: MovReg dst: r1 src: rfp
	194: AddImm dst: r1 imm: -16
	195: MovImm dst: r2 imm: 16
	196: Call FnProbeReadKernel
	197: LoadMapPtr dst: r1 fd: 0 <AT__events>
	199: MovReg dst: r2 src: rfp
	200: AddImm dst: r2 imm: -32
	201: MovImm dst: r3 imm: 32
	202: MovImm dst: r4 imm: 0
	203: Call FnRingbufOutput
	204: StMemDW dst: rfp src: r0 off: -32 imm: 2
	205: StMemDW dst: rfp src: r0 off: -24 imm: 1
	206: StMemDW dst: rfp src: r0 off: -16 imm: 16
	207: StMemDW dst: rfp src: r0 off: -8 imm: 2
	208: LoadMapPtr dst: r1 fd: 0 <AT__events>
	210: MovReg dst: r2 src: rfp
	211: AddImm dst: r2 imm: -32
	212: MovImm dst: r3 imm: 32
	213: MovImm dst: r4 imm: 0
	214: Call FnRingbufOutput
	215: Call FnGetCurrentTask
	216: MovReg dst: r1 src: r0
	217: MovReg dst: r3 src: r1
	218: AddImm dst: r3 imm: 128
	219: MovReg dst: r1 src: rfp
	220: AddImm dst: r1 imm: -8
	221: MovImm dst: r2 imm: 8
	222: Call FnProbeReadKernel
	223: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	224: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	225: StMemDW dst: rfp src: r0 off: -16 imm: 0
	226: LoadMapPtr dst: r1 fd: 0 <AT_weight>
	228: MovReg dst: r2 src: rfp
	229: AddImm dst: r2 imm: -16
	230: MovReg dst: r3 src: rfp
	231: AddImm dst: r3 imm: -8
	232: MovImm dst: r4 imm: 0
	233: Call FnMapUpdateElem
	234: Call FnGetCurrentTask
	235: MovReg dst: r1 src: r0
	236: AddImm dst: r1 imm: 128
	237: MovReg dst: r3 src: r1
	238: AddImm dst: r3 imm: 8
	239: MovReg dst: r1 src: rfp
	240: AddImm dst: r1 imm: -8
	241: MovImm dst: r2 imm: 4
	242: Call FnProbeReadKernel
	243: LdXMemW dst: r1 src: rfp off: -8 imm: 0
	244: MovReg32 dst: r1 src: r1
	245: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	246: StMemDW dst: rfp src: r0 off: -16 imm: 0
	247: LoadMapPtr dst: r1 fd: 0 <AT_w2>
	249: MovReg dst: r2 src: rfp
	250: AddImm dst: r2 imm: -16
	251: MovReg dst: r3 src: rfp
	252: AddImm dst: r3 imm: -8
	253: MovImm dst: r4 imm: 0
	254: Call FnMapUpdateElem
	255: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	256: LoadMapPtr dst: r1 fd: 0 <AT__events>
	258: MovReg dst: r2 src: rfp
	259: AddImm dst: r2 imm: -8
	260: MovImm dst: r3 imm: 8
	261: MovImm dst: r4 imm: 0
	262: Call FnRingbufOutput
	263: StMemW dst: rfp src: r0 off: -8 imm: 0
	264: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	266: MovReg dst: r2 src: rfp
	267: AddImm dst: r2 imm: -8
	268: Call FnMapLookupElem
	269: MovReg dst: r1 src: r0
	270: JEqImm dst: r1 off: 1 imm: 0
	271: StMemDW dst: r1 src: r0 off: 0 imm: 1
	272: MovImm dst: r0 imm: 0
	273: Exit

