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
	 13: JEqImm dst: r0 off: 2 imm: 0
	 14: LdXMemDW dst: r6 src: r0 off: 0 imm: 0
	 15: Ja off: 1
	 16: MovImm dst: r6 imm: 0
	 17: Call FnKtimeGetBootNs
	 18: SubReg dst: r0 src: r6
	 19: MovImm dst: r1 imm: 1
	 20: JLTImm dst: r0 off: 1 imm: 2000000000
	 21: MovImm dst: r1 imm: 0
	 22: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 23: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 25: MovReg dst: r2 src: rfp
	 26: AddImm dst: r2 imm: -32
	 27: MovImm dst: r3 imm: 32
	 28: MovImm dst: r4 imm: 0
	 29: Call FnRingbufOutput
	 30: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	 31: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 32: Call FnGetCurrentUidGid
	 33: MovReg32 dst: r0 src: r0
	 34: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	 35: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 37: MovReg dst: r2 src: rfp
	 38: AddImm dst: r2 imm: -24
	 39: MovImm dst: r3 imm: 24
	 40: MovImm dst: r4 imm: 0
	 41: Call FnRingbufOutput
	 42: Call FnGetCurrentUidGid
	 43: MovReg32 dst: r0 src: r0
	 44: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	 45: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 46: LoadMapPtr dst: r1 fd: 0 <AT_u>
	 48: MovReg dst: r2 src: rfp
	 49: AddImm dst: r2 imm: -16
	 50: MovReg dst: r3 src: rfp
	 51: AddImm dst: r3 imm: -8
	 52: MovImm dst: r4 imm: 0
	 53: Call FnMapUpdateElem
	 54: Call FnGetCurrentUidGid
	 55: MovReg32 dst: r0 src: r0
	 56: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	 57: LoadMapPtr dst: r1 fd: 0 <AT_names>
	 59: MovReg dst: r2 src: rfp
	 60: AddImm dst: r2 imm: -8
	 61: Call FnMapLookupElem
	 62: JEqImm dst: r0 off: 4 imm: 0
	 63: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 64: AddImm dst: r2 imm: 1
	 65: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 66: Ja off: 9
	 67: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 68: LoadMapPtr dst: r1 fd: 0 <AT_names>
	 70: MovReg dst: r2 src: rfp
	 71: AddImm dst: r2 imm: -8
	 72: MovReg dst: r3 src: rfp
	 73: AddImm dst: r3 imm: -16
	 74: MovImm dst: r4 imm: 0
	 75: Call FnMapUpdateElem
	 76: Call FnGetNumaNodeId
	 77: StXMemDW dst: rfp src: r0 off: -8 imm: 0
	 78: MovReg dst: r6 src: rfp
	 79: AddImm dst: r6 imm: -16
	 80: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 81: MovReg dst: r2 src: r6
	 82: LoadMapPtr dst: r1 fd: 0 <AT_numa>
	 84: MovReg dst: r3 src: rfp
	 85: AddImm dst: r3 imm: -8
	 86: MovImm dst: r4 imm: 0
	 87: Call FnMapUpdateElem
	 88: Call FnGetCurrentCgroupId
	 89: MovImm dst: r1 imm: 1
	 90: JGTImm dst: r0 off: 1 imm: 0
	 91: MovImm dst: r1 imm: 0
	 92: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 93: MovReg dst: r2 src: r6
	 94: LoadMapPtr dst: r1 fd: 0 <AT_cg>
	 96: MovReg dst: r3 src: rfp
	 97: AddImm dst: r3 imm: -8
	 98: MovImm dst: r4 imm: 0
	 99: Call FnMapUpdateElem
	100: LoadMapValue dst: r7, fd: 0 off: 0 <kaddr_vfs_read>
	102: LdXMemDW dst: r7 src: r7 off: 0 imm: 0
	103: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	104: StMemDW dst: rfp src: r0 off: -24 imm: 1
	105: LoadMapPtr dst: r1 fd: 0 <AT_a>
	107: MovReg dst: r2 src: rfp
	108: AddImm dst: r2 imm: -24
	109: MovReg dst: r3 src: rfp
	110: AddImm dst: r3 imm: -8
	111: MovImm dst: r4 imm: 0
	112: Call FnMapUpdateElem
	113: LoadMapValue dst: r8, fd: 0 off: 0 <kaddr_vfs_write>
	115: LdXMemDW dst: r8 src: r8 off: 0 imm: 0
	116: StXMemDW dst: rfp src: r8 off: -8 imm: 0
	117: StMemDW dst: rfp src: r0 off: -32 imm: 2
	118: LoadMapPtr dst: r1 fd: 0 <AT_a>
	120: MovReg dst: r2 src: rfp
	121: AddImm dst: r2 imm: -32
	122: MovReg dst: r3 src: rfp
	123: AddImm dst: r3 imm: -8
	124: MovImm dst: r4 imm: 0
	125: Call FnMapUpdateElem
	126: StXMemDW dst: rfp src: r7 off: -8 imm: 0
	127: MovReg dst: r2 src: r6
	128: LoadMapPtr dst: r1 fd: 0 <AT_ks>
	130: MovReg dst: r3 src: rfp
	131: AddImm dst: r3 imm: -8
	132: MovImm dst: r4 imm: 0
	133: Call FnMapUpdateElem
	134: StMemDW dst: rfp src: r0 off: -48 imm: 1
	135: StXMemDW dst: rfp src: r7 off: -40 imm: 0
	136: StMemDW dst: rfp src: r0 off: -32 imm: 0
	137: LoadMapPtr dst: r1 fd: 0 <AT__events>
	139: MovReg dst: r2 src: rfp
	140: AddImm dst: r2 imm: -48
	141: MovImm dst: r3 imm: 24
	142: MovImm dst: r4 imm: 0
	143: Call FnRingbufOutput
	144: StXMemDW dst: rfp src: r8 off: -8 imm: 0
	145: LoadMapPtr dst: r1 fd: 0 <AT_kk>
	147: MovReg dst: r2 src: rfp
	148: AddImm dst: r2 imm: -8
	149: MovReg dst: r3 src: rfp
	150: AddImm dst: r3 imm: -24
	151: MovImm dst: r4 imm: 0
	152: Call FnMapUpdateElem
	153: MovImm dst: r0 imm: 0
	154: Exit

interval:
	 0: StMemW dst: rfp src: r0 off: -8 imm: 0
	 1: LoadMapPtr dst: r1 fd: 0 <AT__elapsed>
	 3: MovReg dst: r2 src: rfp
	 4: AddImm dst: r2 imm: -8
	 5: Call FnMapLookupElem
	 6: JEqImm dst: r0 off: 2 imm: 0
	 7: LdXMemDW dst: r6 src: r0 off: 0 imm: 0
	 8: Ja off: 1
	 9: MovImm dst: r6 imm: 0
	10: Call FnKtimeGetBootNs
	11: SubReg dst: r0 src: r6
	12: MovImm dst: r1 imm: 1
	13: JGTImm dst: r0 off: 1 imm: 10000000
	14: MovImm dst: r1 imm: 0
	15: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	16: StMemDW dst: rfp src: r0 off: -16 imm: 0
	17: LoadMapPtr dst: r1 fd: 0 <AT_late>
	19: MovReg dst: r2 src: rfp
	20: AddImm dst: r2 imm: -16
	21: MovReg dst: r3 src: rfp
	22: AddImm dst: r3 imm: -8
	23: MovImm dst: r4 imm: 0
	24: Call FnMapUpdateElem
	25: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	26: LoadMapPtr dst: r1 fd: 0 <AT__events>
	28: MovReg dst: r2 src: rfp
	29: AddImm dst: r2 imm: -8
	30: MovImm dst: r3 imm: 8
	31: MovImm dst: r4 imm: 0
	32: Call FnRingbufOutput
	33: StMemW dst: rfp src: r0 off: -8 imm: 0
	34: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	36: MovReg dst: r2 src: rfp
	37: AddImm dst: r2 imm: -8
	38: Call FnMapLookupElem
	39: JEqImm dst: r0 off: 1 imm: 0
	40: StMemDW dst: r0 src: r0 off: 0 imm: 1
	41: MovImm dst: r0 imm: 0
	42: Exit

