BEGIN:
	  0: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  1: Call FnGetCurrentUidGid
	  2: MovReg dst: r1 src: r0
	  3: MovReg32 dst: r1 src: r1
	  4: StXMemDW dst: rfp src: r1 off: -24 imm: 0
	  5: Call FnGetCurrentUidGid
	  6: MovReg dst: r1 src: r0
	  7: RShImm dst: r1 imm: 32
	  8: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	  9: StMemW dst: rfp src: r0 off: -40 imm: 0
	 10: LoadMapPtr dst: r1 fd: 0 <AT__elapsed>
	 12: MovReg dst: r2 src: rfp
	 13: AddImm dst: r2 imm: -40
	 14: Call FnMapLookupElem
	 15: MovReg dst: r1 src: r0
	 16: JEqImm dst: r1 off: 3 imm: 0
	 17: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 18: MovReg dst: r6 src: r1
	 19: Ja off: 1
	 20: MovImm dst: r6 imm: 0
	 21: Call FnKtimeGetBootNs
	 22: MovReg dst: r1 src: r0
	 23: SubReg dst: r1 src: r6
	 24: JLTImm dst: r1 off: 2 imm: 2000000000
	 25: MovImm dst: r1 imm: 0
	 26: Ja off: 1
	 27: MovImm dst: r1 imm: 1
	 28: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 29: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 31: MovReg dst: r2 src: rfp
	 32: AddImm dst: r2 imm: -32
	 33: MovImm dst: r3 imm: 32
	 34: MovImm dst: r4 imm: 0
	 35: Call FnRingbufOutput
	 36: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	 37: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 38: Call FnGetCurrentUidGid
	 39: MovReg dst: r1 src: r0
	 40: MovReg32 dst: r1 src: r1
	 41: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 42: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 44: MovReg dst: r2 src: rfp
	 45: AddImm dst: r2 imm: -24
	 46: MovImm dst: r3 imm: 24
	 47: MovImm dst: r4 imm: 0
	 48: Call FnRingbufOutput
	 49: Call FnGetCurrentUidGid
	 50: MovReg dst: r1 src: r0
	 51: MovReg32 dst: r1 src: r1
	 52: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 53: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 54: LoadMapPtr dst: r1 fd: 0 <AT_u>
	 56: MovReg dst: r2 src: rfp
	 57: AddImm dst: r2 imm: -16
	 58: MovReg dst: r3 src: rfp
	 59: AddImm dst: r3 imm: -8
	 60: MovImm dst: r4 imm: 0
	 61: Call FnMapUpdateElem
	 62: Call FnGetCurrentUidGid
	 63: MovReg dst: r1 src: r0
	 64: MovReg32 dst: r1 src: r1
	 65: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 66: LoadMapPtr dst: r1 fd: 0 <AT_names>
	 68: MovReg dst: r2 src: rfp
	 69: AddImm dst: r2 imm: -8
	 70: Call FnMapLookupElem
	 71: MovReg dst: r1 src: r0
	 72: JEqImm dst: r1 off: 4 imm: 0
	 73: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 74: AddImm dst: r2 imm: 1
	 75: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 76: Ja off: 9
	 77: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 78: LoadMapPtr dst: r1 fd: 0 <AT_names>
	 80: MovReg dst: r2 src: rfp
	 81: AddImm dst: r2 imm: -8
	 82: MovReg dst: r3 src: rfp
	 83: AddImm dst: r3 imm: -16
	 84: MovImm dst: r4 imm: 0
	 85: Call FnMapUpdateElem
	 86: Call FnGetNumaNodeId
	 87: MovReg dst: r1 src: r0
	 88: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 89: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 90: LoadMapPtr dst: r1 fd: 0 <AT_numa>
	 92: MovReg dst: r2 src: rfp
	 93: AddImm dst: r2 imm: -16
	 94: MovReg dst: r3 src: rfp
	 95: AddImm dst: r3 imm: -8
	 96: MovImm dst: r4 imm: 0
	 97: Call FnMapUpdateElem
	 98: Call FnGetCurrentCgroupId
	 99: MovReg dst: r1 src: r0
	100: JGTImm dst: r1 off: 2 imm: 0
	101: MovImm dst: r1 imm: 0
	102: Ja off: 1
	103: MovImm dst: r1 imm: 1
	104: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	105: StMemDW dst: rfp src: r0 off: -16 imm: 0
	106: LoadMapPtr dst: r1 fd: 0 <AT_cg>
	108: MovReg dst: r2 src: rfp
	109: AddImm dst: r2 imm: -16
	110: MovReg dst: r3 src: rfp
	111: AddImm dst: r3 imm: -8
	112: MovImm dst: r4 imm: 0
	113: Call FnMapUpdateElem
	114: StMemDW dst: rfp src: r0 off: -8 imm: -2123650192
	115: StMemDW dst: rfp src: r0 off: -16 imm: 1
	116: LoadMapPtr dst: r1 fd: 0 <AT_a>
	118: MovReg dst: r2 src: rfp
	119: AddImm dst: r2 imm: -16
	120: MovReg dst: r3 src: rfp
	121: AddImm dst: r3 imm: -8
	122: MovImm dst: r4 imm: 0
	123: Call FnMapUpdateElem
	124: StMemDW dst: rfp src: r0 off: -8 imm: -2123648064
	125: StMemDW dst: rfp src: r0 off: -16 imm: 2
	126: LoadMapPtr dst: r1 fd: 0 <AT_a>
	128: MovReg dst: r2 src: rfp
	129: AddImm dst: r2 imm: -16
	130: MovReg dst: r3 src: rfp
	131: AddImm dst: r3 imm: -8
	132: MovImm dst: r4 imm: 0
	133: Call FnMapUpdateElem
	134: StMemDW dst: rfp src: r0 off: -8 imm: -2123650192
	135: StMemDW dst: rfp src: r0 off: -16 imm: 0
	136: LoadMapPtr dst: r1 fd: 0 <AT_ks>
	138: MovReg dst: r2 src: rfp
	139: AddImm dst: r2 imm: -16
	140: MovReg dst: r3 src: rfp
	141: AddImm dst: r3 imm: -8
	142: MovImm dst: r4 imm: 0
	143: Call FnMapUpdateElem
	144: StMemDW dst: rfp src: r0 off: -24 imm: 1
	145: StMemDW dst: rfp src: r0 off: -16 imm: -2123650192
	146: StMemDW dst: rfp src: r0 off: -8 imm: 0
	147: LoadMapPtr dst: r1 fd: 0 <AT__events>
	149: MovReg dst: r2 src: rfp
	150: AddImm dst: r2 imm: -24
	151: MovImm dst: r3 imm: 24
	152: MovImm dst: r4 imm: 0
	153: Call FnRingbufOutput
	154: StMemDW dst: rfp src: r0 off: -8 imm: 1
	155: StMemDW dst: rfp src: r0 off: -16 imm: -2123648064
	156: LoadMapPtr dst: r1 fd: 0 <AT_kk>
	158: MovReg dst: r2 src: rfp
	159: AddImm dst: r2 imm: -16
	160: MovReg dst: r3 src: rfp
	161: AddImm dst: r3 imm: -8
	162: MovImm dst: r4 imm: 0
	163: Call FnMapUpdateElem
	164: MovImm dst: r0 imm: 0
	165: Exit

interval:
	 0: StMemW dst: rfp src: r0 off: -8 imm: 0
	 1: LoadMapPtr dst: r1 fd: 0 <AT__elapsed>
	 3: MovReg dst: r2 src: rfp
	 4: AddImm dst: r2 imm: -8
	 5: Call FnMapLookupElem
	 6: MovReg dst: r1 src: r0
	 7: JEqImm dst: r1 off: 3 imm: 0
	 8: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 9: MovReg dst: r6 src: r1
	10: Ja off: 1
	11: MovImm dst: r6 imm: 0
	12: Call FnKtimeGetBootNs
	13: MovReg dst: r1 src: r0
	14: SubReg dst: r1 src: r6
	15: JGTImm dst: r1 off: 2 imm: 10000000
	16: MovImm dst: r1 imm: 0
	17: Ja off: 1
	18: MovImm dst: r1 imm: 1
	19: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	20: StMemDW dst: rfp src: r0 off: -16 imm: 0
	21: LoadMapPtr dst: r1 fd: 0 <AT_late>
	23: MovReg dst: r2 src: rfp
	24: AddImm dst: r2 imm: -16
	25: MovReg dst: r3 src: rfp
	26: AddImm dst: r3 imm: -8
	27: MovImm dst: r4 imm: 0
	28: Call FnMapUpdateElem
	29: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	30: LoadMapPtr dst: r1 fd: 0 <AT__events>
	32: MovReg dst: r2 src: rfp
	33: AddImm dst: r2 imm: -8
	34: MovImm dst: r3 imm: 8
	35: MovImm dst: r4 imm: 0
	36: Call FnRingbufOutput
	37: StMemW dst: rfp src: r0 off: -8 imm: 0
	38: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	40: MovReg dst: r2 src: rfp
	41: AddImm dst: r2 imm: -8
	42: Call FnMapLookupElem
	43: MovReg dst: r1 src: r0
	44: JEqImm dst: r1 off: 1 imm: 0
	45: StMemDW dst: r1 src: r0 off: 0 imm: 1
	46: MovImm dst: r0 imm: 0
	47: Exit

