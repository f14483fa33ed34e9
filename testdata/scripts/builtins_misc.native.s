BEGIN:
	  0: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  1: Call FnGetCurrentUidGid
	  2: MovReg32 dst: r0 src: r0
	  3: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	  4: Call FnGetCurrentUidGid
	  5: RShImm dst: r0 imm: 32
	  6: StXMemDW dst: rfp src: r0 off: -16 imm: 0
	  7: StMemW dst: rfp src: r0 off: -40 imm: 0
	  8: LoadMapPtr dst: r1 fd: 0 <AT__elapsed>
	 10: MovReg dst: r2 src: rfp
	 11: AddImm dst: r2 imm: -40
	 12: Call FnMapLookupElem
	 13: JEqImm dst: r0 off: 3 imm: 0
	 14: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 15: MovReg dst: r6 src: r1
	 16: Ja off: 1
	 17: MovImm dst: r6 imm: 0
	 18: Call FnKtimeGetBootNs
	 19: SubReg dst: r0 src: r6
	 20: MovImm dst: r1 imm: 1
	 21: JLTImm dst: r0 off: 1 imm: 2000000000
	 22: MovImm dst: r1 imm: 0
	 23: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 24: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 26: MovReg dst: r2 src: rfp
	 27: AddImm dst: r2 imm: -32
	 28: MovImm dst: r3 imm: 32
	 29: MovImm dst: r4 imm: 0
	 30: Call FnRingbufOutput
	 31: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	 32: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 33: Call FnGetCurrentUidGid
	 34: MovReg32 dst: r0 src: r0
	 35: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	 36: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 38: MovReg dst: r2 src: rfp
	 39: AddImm dst: r2 imm: -24
	 40: MovImm dst: r3 imm: 24
	 41: MovImm dst: r4 imm: 0
	 42: Call FnRingbufOutput
	 43: Call FnGetCurrentUidGid
	 44: MovReg32 dst: r0 src: r0
	 45: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	 46: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 47: LoadMapPtr dst: r1 fd: 0 <AT_u>
	 49: MovReg dst: r2 src: rfp
	 50: AddImm dst: r2 imm: -16
	 51: MovReg dst: r3 src: rfp
	 52: AddImm dst: r3 imm: -8
	 53: MovImm dst: r4 imm: 0
	 54: Call FnMapUpdateElem
	 55: Call FnGetCurrentUidGid
	 56: MovReg32 dst: r0 src: r0
	 57: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	 58: LoadMapPtr dst: r1 fd: 0 <AT_names>
	 60: MovReg dst: r2 src: rfp
	 61: AddImm dst: r2 imm: -8
	 62: Call FnMapLookupElem
	 63: JEqImm dst: r0 off: 4 imm: 0
	 64: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 65: AddImm dst: r2 imm: 1
	 66: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 67: Ja off: 9
	 68: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 69: LoadMapPtr dst: r1 fd: 0 <AT_names>
	 71: MovReg dst: r2 src: rfp
	 72: AddImm dst: r2 imm: -8
	 73: MovReg dst: r3 src: rfp
	 74: AddImm dst: r3 imm: -16
	 75: MovImm dst: r4 imm: 0
	 76: Call FnMapUpdateElem
	 77: Call FnGetNumaNodeId
	 78: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	 79: MovReg dst: r6 src: rfp
	 80: AddImm dst: r6 imm: -16
	 81: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 82: MovReg dst: r2 src: r6
	 83: LoadMapPtr dst: r1 fd: 0 <AT_numa>
	 85: MovReg dst: r3 src: rfp
	 86: AddImm dst: r3 imm: -8
	 87: MovImm dst: r4 imm: 0
	 88: Call FnMapUpdateElem
	 89: Call FnGetCurrentCgroupId
	 90: MovImm dst: r1 imm: 1
	 91: JGTImm dst: r0 off: 1 imm: 0
	 92: MovImm dst: r1 imm: 0
	 93: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 94: MovReg dst: r2 src: r6
	 95: LoadMapPtr dst: r1 fd: 0 <AT_cg>
	 97: MovReg dst: r3 src: rfp
	 98: AddImm dst: r3 imm: -8
	 99: MovImm dst: r4 imm: 0
	100: Call FnMapUpdateElem
	101: StMemDW dst: rfp src: r0 off: -8 imm: -2123650192
	102: StMemDW dst: rfp src: r0 off: -24 imm: 1
	103: LoadMapPtr dst: r1 fd: 0 <AT_a>
	105: MovReg dst: r2 src: rfp
	106: AddImm dst: r2 imm: -24
	107: MovReg dst: r3 src: rfp
	108: AddImm dst: r3 imm: -8
	109: MovImm dst: r4 imm: 0
	110: Call FnMapUpdateElem
	111: StMemDW dst: rfp src: r0 off: -32 imm: -2123648064
	112: StMemDW dst: rfp src: r0 off: -40 imm: 2
	113: LoadMapPtr dst: r1 fd: 0 <AT_a>
	115: MovReg dst: r2 src: rfp
	116: AddImm dst: r2 imm: -40
	117: MovReg dst: r3 src: rfp
	118: AddImm dst: r3 imm: -32
	119: MovImm dst: r4 imm: 0
	120: Call FnMapUpdateElem
	121: MovReg dst: r2 src: r6
	122: LoadMapPtr dst: r1 fd: 0 <AT_ks>
	124: MovReg dst: r3 src: rfp
	125: AddImm dst: r3 imm: -8
	126: MovImm dst: r4 imm: 0
	127: Call FnMapUpdateElem
	128: StMemDW dst: rfp src: r0 off: -56 imm: 1
	129: StMemDW dst: rfp src: r0 off: -48 imm: -2123650192
	130: StMemDW dst: rfp src: r0 off: -40 imm: 0
	131: LoadMapPtr dst: r1 fd: 0 <AT__events>
	133: MovReg dst: r2 src: rfp
	134: AddImm dst: r2 imm: -56
	135: MovImm dst: r3 imm: 24
	136: MovImm dst: r4 imm: 0
	137: Call FnRingbufOutput
	138: LoadMapPtr dst: r1 fd: 0 <AT_kk>
	140: MovReg dst: r2 src: rfp
	141: AddImm dst: r2 imm: -32
	142: MovReg dst: r3 src: rfp
	143: AddImm dst: r3 imm: -24
	144: MovImm dst: r4 imm: 0
	145: Call FnMapUpdateElem
	146: MovImm dst: r0 imm: 0
	147: Exit

interval:
	 0: StMemW dst: rfp src: r0 off: -8 imm: 0
	 1: LoadMapPtr dst: r1 fd: 0 <AT__elapsed>
	 3: MovReg dst: r2 src: rfp
	 4: AddImm dst: r2 imm: -8
	 5: Call FnMapLookupElem
	 6: JEqImm dst: r0 off: 3 imm: 0
	 7: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 8: MovReg dst: r6 src: r1
	 9: Ja off: 1
	10: MovImm dst: r6 imm: 0
	11: Call FnKtimeGetBootNs
	12: SubReg dst: r0 src: r6
	13: MovImm dst: r1 imm: 1
	14: JGTImm dst: r0 off: 1 imm: 10000000
	15: MovImm dst: r1 imm: 0
	16: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	17: StMemDW dst: rfp src: r0 off: -16 imm: 0
	18: LoadMapPtr dst: r1 fd: 0 <AT_late>
	20: MovReg dst: r2 src: rfp
	21: AddImm dst: r2 imm: -16
	22: MovReg dst: r3 src: rfp
	23: AddImm dst: r3 imm: -8
	24: MovImm dst: r4 imm: 0
	25: Call FnMapUpdateElem
	26: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	27: LoadMapPtr dst: r1 fd: 0 <AT__events>
	29: MovReg dst: r2 src: rfp
	30: AddImm dst: r2 imm: -8
	31: MovImm dst: r3 imm: 8
	32: MovImm dst: r4 imm: 0
	33: Call FnRingbufOutput
	34: StMemW dst: rfp src: r0 off: -8 imm: 0
	35: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	37: MovReg dst: r2 src: rfp
	38: AddImm dst: r2 imm: -8
	39: Call FnMapLookupElem
	40: JEqImm dst: r0 off: 1 imm: 0
	41: StMemDW dst: r0 src: r0 off: 0 imm: 1
	42: MovImm dst: r0 imm: 0
	43: Exit

