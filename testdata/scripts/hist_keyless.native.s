BEGIN:
	  0: MovImm dst: r2 imm: 2
	  1: MovImm dst: r1 imm: 5
	  2: JLTImm dst: r1 off: 2 imm: 256
	  3: RShImm dst: r1 imm: 8
	  4: AddImm dst: r2 imm: 8
	  5: JLTImm dst: r1 off: 2 imm: 16
	  6: RShImm dst: r1 imm: 4
	  7: AddImm dst: r2 imm: 4
	  8: JLTImm dst: r1 off: 2 imm: 4
	  9: RShImm dst: r1 imm: 2
	 10: AddImm dst: r2 imm: 2
	 11: JLTImm dst: r1 off: 4 imm: 2
	 12: MovReg dst: r1 src: r2
	 13: AddImm dst: r1 imm: 1
	 14: MovReg dst: r6 src: r1
	 15: Ja off: 1
	 16: MovReg dst: r6 src: r2
	 17: StMemW dst: rfp src: r0 off: -8 imm: 0
	 18: LoadMapPtr dst: r1 fd: 0 <AT_h>
	 20: MovReg dst: r2 src: rfp
	 21: AddImm dst: r2 imm: -8
	 22: Call FnMapLookupElem
	 23: MovReg dst: r1 src: r0
	 24: JNEImm dst: r1 off: 2 imm: 0
	 25: MovImm dst: r0 imm: 0
	 26: Exit
	 27: JLEImm dst: r6 off: 2 imm: 33
	 28: MovImm dst: r2 imm: 33
	 29: Ja off: 1
	 30: MovReg dst: r2 src: r6
	 31: LShImm dst: r2 imm: 3
	 32: AddReg dst: r1 src: r2
	 33: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 34: AddImm dst: r2 imm: 1
	 35: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 36: MovImm dst: r2 imm: 2
	 37: MovImm dst: r1 imm: 700
	 38: JLTImm dst: r1 off: 2 imm: 256
	 39: RShImm dst: r1 imm: 8
	 40: AddImm dst: r2 imm: 8
	 41: JLTImm dst: r1 off: 2 imm: 16
	 42: RShImm dst: r1 imm: 4
	 43: AddImm dst: r2 imm: 4
	 44: JLTImm dst: r1 off: 2 imm: 4
	 45: RShImm dst: r1 imm: 2
	 46: AddImm dst: r2 imm: 2
	 47: JLTImm dst: r1 off: 4 imm: 2
	 48: MovReg dst: r1 src: r2
	 49: AddImm dst: r1 imm: 1
	 50: MovReg dst: r6 src: r1
	 51: Ja off: 1
	 52: MovReg dst: r6 src: r2
	 53: StMemW dst: rfp src: r0 off: -8 imm: 0
	 54: LoadMapPtr dst: r1 fd: 0 <AT_h>
	 56: MovReg dst: r2 src: rfp
	 57: AddImm dst: r2 imm: -8
	 58: Call FnMapLookupElem
	 59: MovReg dst: r1 src: r0
	 60: JNEImm dst: r1 off: 2 imm: 0
	 61: MovImm dst: r0 imm: 0
	 62: Exit
	 63: JLEImm dst: r6 off: 2 imm: 33
	 64: MovImm dst: r2 imm: 33
	 65: Ja off: 1
	 66: MovReg dst: r2 src: r6
	 67: LShImm dst: r2 imm: 3
	 68: AddReg dst: r1 src: r2
	 69: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 70: AddImm dst: r2 imm: 1
	 71: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 72: MovImm dst: r2 imm: 2
	 73: MovImm dst: r1 imm: 1
	 74: JLTImm dst: r1 off: 2 imm: 256
	 75: RShImm dst: r1 imm: 8
	 76: AddImm dst: r2 imm: 8
	 77: JLTImm dst: r1 off: 2 imm: 16
	 78: RShImm dst: r1 imm: 4
	 79: AddImm dst: r2 imm: 4
	 80: JLTImm dst: r1 off: 2 imm: 4
	 81: RShImm dst: r1 imm: 2
	 82: AddImm dst: r2 imm: 2
	 83: JLTImm dst: r1 off: 4 imm: 2
	 84: MovReg dst: r1 src: r2
	 85: AddImm dst: r1 imm: 1
	 86: MovReg dst: r6 src: r1
	 87: Ja off: 1
	 88: MovReg dst: r6 src: r2
	 89: StMemW dst: rfp src: r0 off: -8 imm: 0
	 90: LoadMapPtr dst: r1 fd: 0 <AT_e>
	 92: MovReg dst: r2 src: rfp
	 93: AddImm dst: r2 imm: -8
	 94: Call FnMapLookupElem
	 95: MovReg dst: r1 src: r0
	 96: JNEImm dst: r1 off: 2 imm: 0
	 97: MovImm dst: r0 imm: 0
	 98: Exit
	 99: JLEImm dst: r6 off: 2 imm: 33
	100: MovImm dst: r2 imm: 33
	101: Ja off: 1
	102: MovReg dst: r2 src: r6
	103: LShImm dst: r2 imm: 3
	104: AddReg dst: r1 src: r2
	105: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	106: AddImm dst: r2 imm: 1
	107: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	108: MovImm dst: r6 imm: 4
	109: StMemW dst: rfp src: r0 off: -8 imm: 0
	110: LoadMapPtr dst: r1 fd: 0 <AT_l>
	112: MovReg dst: r2 src: rfp
	113: AddImm dst: r2 imm: -8
	114: Call FnMapLookupElem
	115: MovReg dst: r1 src: r0
	116: JNEImm dst: r1 off: 2 imm: 0
	117: MovImm dst: r0 imm: 0
	118: Exit
	119: JLEImm dst: r6 off: 2 imm: 11
	120: MovImm dst: r2 imm: 11
	121: Ja off: 1
	122: MovReg dst: r2 src: r6
	123: LShImm dst: r2 imm: 3
	124: AddReg dst: r1 src: r2
	125: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	126: AddImm dst: r2 imm: 1
	127: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	128: StMemDW dst: rfp src: r0 off: -8 imm: 0
	129: StMemDW dst: rfp src: r0 off: -16 imm: 0
	130: LoadMapPtr dst: r1 fd: 0 <AT_never>
	132: MovReg dst: r2 src: rfp
	133: AddImm dst: r2 imm: -16
	134: MovReg dst: r3 src: rfp
	135: AddImm dst: r3 imm: -8
	136: MovImm dst: r4 imm: 0
	137: Call FnMapUpdateElem
	138: StMemDW dst: rfp src: r0 off: -8 imm: 0
	139: LoadMapPtr dst: r1 fd: 0 <AT_never>
	141: MovReg dst: r2 src: rfp
	142: AddImm dst: r2 imm: -8
	143: Call FnMapLookupElem
	144: MovReg dst: r1 src: r0
	145: JEqImm dst: r1 off: 2 imm: 0
	146: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	147: Ja off: 1
	148: MovImm dst: r1 imm: 0
	149: JEqImm dst: r1 off: 36 imm: 0
	150: MovImm dst: r2 imm: 2
	151: MovImm dst: r1 imm: 1
	152: JLTImm dst: r1 off: 2 imm: 256
	153: RShImm dst: r1 imm: 8
	154: AddImm dst: r2 imm: 8
	155: JLTImm dst: r1 off: 2 imm: 16
	156: RShImm dst: r1 imm: 4
	157: AddImm dst: r2 imm: 4
	158: JLTImm dst: r1 off: 2 imm: 4
	159: RShImm dst: r1 imm: 2
	160: AddImm dst: r2 imm: 2
	161: JLTImm dst: r1 off: 4 imm: 2
	162: MovReg dst: r1 src: r2
	163: AddImm dst: r1 imm: 1
	164: MovReg dst: r6 src: r1
	165: Ja off: 1
	166: MovReg dst: r6 src: r2
	167: StMemW dst: rfp src: r0 off: -8 imm: 0
	168: LoadMapPtr dst: r1 fd: 0 <AT_unused>
	170: MovReg dst: r2 src: rfp
	171: AddImm dst: r2 imm: -8
	172: Call FnMapLookupElem
	173: MovReg dst: r1 src: r0
	174: JNEImm dst: r1 off: 2 imm: 0
	175: MovImm dst: r0 imm: 0
	176: Exit
	177: JLEImm dst: r6 off: 2 imm: 33
	178: MovImm dst: r2 imm: 33
	179: Ja off: 1
	180: MovReg dst: r2 src: r6
	181: LShImm dst: r2 imm: 3
	182: AddReg dst: r1 src: r2
	183: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	184: AddImm dst: r2 imm: 1
	185: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	186: StMemDW dst: rfp src: r0 off: -16 imm: 30002
	187: StMemW dst: rfp src: r0 off: -8 imm: 0
	188: StMemW dst: rfp src: r0 off: -4 imm: 0
	189: LoadMapPtr dst: r1 fd: 0 <AT__events>
	191: MovReg dst: r2 src: rfp
	192: AddImm dst: r2 imm: -16
	193: MovImm dst: r3 imm: 16
	194: MovImm dst: r4 imm: 0
	195: Call FnRingbufOutput
	196: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	197: StMemW dst: rfp src: r0 off: -16 imm: 1
	198: StMemW dst: rfp src: r0 off: -12 imm: 0
	199: StMemW dst: rfp src: r0 off: -8 imm: 0
	200: StMemW dst: rfp src: r0 off: -4 imm: 0
	201: LoadMapPtr dst: r1 fd: 0 <AT__events>
	203: MovReg dst: r2 src: rfp
	204: AddImm dst: r2 imm: -24
	205: MovImm dst: r3 imm: 24
	206: MovImm dst: r4 imm: 0
	207: Call FnRingbufOutput
	208: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	209: LoadMapPtr dst: r1 fd: 0 <AT__events>
	211: MovReg dst: r2 src: rfp
	212: AddImm dst: r2 imm: -8
	213: MovImm dst: r3 imm: 8
	214: MovImm dst: r4 imm: 0
	215: Call FnRingbufOutput
	216: StMemW dst: rfp src: r0 off: -8 imm: 0
	217: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	219: MovReg dst: r2 src: rfp
	220: AddImm dst: r2 imm: -8
	221: Call FnMapLookupElem
	222: MovReg dst: r1 src: r0
	223: JEqImm dst: r1 off: 1 imm: 0
	224: StMemDW dst: r1 src: r0 off: 0 imm: 1
	225: MovImm dst: r0 imm: 0
	226: Exit

END:
	 0: MovImm dst: r6 imm: 2
	 1: StMemW dst: rfp src: r0 off: -8 imm: 0
	 2: LoadMapPtr dst: r1 fd: 0 <AT_z>
	 4: MovReg dst: r2 src: rfp
	 5: AddImm dst: r2 imm: -8
	 6: Call FnMapLookupElem
	 7: MovReg dst: r1 src: r0
	 8: JNEImm dst: r1 off: 2 imm: 0
	 9: MovImm dst: r0 imm: 0
	10: Exit
	11: JLEImm dst: r6 off: 2 imm: 6
	12: MovImm dst: r2 imm: 6
	13: Ja off: 1
	14: MovReg dst: r2 src: r6
	15: LShImm dst: r2 imm: 3
	16: AddReg dst: r1 src: r2
	17: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	18: AddImm dst: r2 imm: 1
	19: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	20: StMemDW dst: rfp src: r0 off: -16 imm: 30003
	21: StMemW dst: rfp src: r0 off: -8 imm: 5
	22: StMemW dst: rfp src: r0 off: -4 imm: 0
	23: LoadMapPtr dst: r1 fd: 0 <AT__events>
	25: MovReg dst: r2 src: rfp
	26: AddImm dst: r2 imm: -16
	27: MovImm dst: r3 imm: 16
	28: MovImm dst: r4 imm: 0
	29: Call FnRingbufOutput
	30: MovImm dst: r0 imm: 0
	31: Exit

