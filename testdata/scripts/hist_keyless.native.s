BEGIN:
	  0: MovImm dst: r1 imm: 1
	  1: MovImm dst: r0 imm: 1
	  2: JGEImm dst: r0 off: 1 imm: 2
	  3: MovImm dst: r1 imm: 0
	  4: JEqImm dst: r1 off: 4 imm: 0
	  5: MovImm dst: r1 imm: 4
	  6: AddImm dst: r1 imm: 1
	  7: MovReg dst: r6 src: r1
	  8: Ja off: 1
	  9: MovImm dst: r6 imm: 4
	 10: StMemW dst: rfp src: r0 off: -8 imm: 0
	 11: LoadMapPtr dst: r1 fd: 0 <AT_h>
	 13: MovReg dst: r2 src: rfp
	 14: AddImm dst: r2 imm: -8
	 15: Call FnMapLookupElem
	 16: JEqImm dst: r0 off: 136 imm: 0
	 17: MovReg dst: r2 src: r6
	 18: LShImm dst: r2 imm: 3
	 19: AddReg dst: r0 src: r2
	 20: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 21: AddImm dst: r2 imm: 1
	 22: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 23: MovImm dst: r2 imm: 10
	 24: MovImm dst: r1 imm: 2
	 25: JLTImm dst: r1 off: 4 imm: 2
	 26: MovReg dst: r1 src: r2
	 27: AddImm dst: r1 imm: 1
	 28: MovReg dst: r6 src: r1
	 29: Ja off: 1
	 30: MovReg dst: r6 src: r2
	 31: StMemW dst: rfp src: r0 off: -8 imm: 0
	 32: LoadMapPtr dst: r1 fd: 0 <AT_h>
	 34: MovReg dst: r2 src: rfp
	 35: AddImm dst: r2 imm: -8
	 36: Call FnMapLookupElem
	 37: JEqImm dst: r0 off: 115 imm: 0
	 38: MovReg dst: r2 src: r6
	 39: LShImm dst: r2 imm: 3
	 40: AddReg dst: r0 src: r2
	 41: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 42: AddImm dst: r2 imm: 1
	 43: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 44: MovImm dst: r2 imm: 2
	 45: MovImm dst: r1 imm: 1
	 46: JLTImm dst: r1 off: 4 imm: 2
	 47: MovReg dst: r1 src: r2
	 48: AddImm dst: r1 imm: 1
	 49: MovReg dst: r6 src: r1
	 50: Ja off: 1
	 51: MovReg dst: r6 src: r2
	 52: StMemW dst: rfp src: r0 off: -8 imm: 0
	 53: LoadMapPtr dst: r1 fd: 0 <AT_e>
	 55: MovReg dst: r2 src: rfp
	 56: AddImm dst: r2 imm: -8
	 57: Call FnMapLookupElem
	 58: JEqImm dst: r0 off: 94 imm: 0
	 59: MovReg dst: r2 src: r6
	 60: LShImm dst: r2 imm: 3
	 61: AddReg dst: r0 src: r2
	 62: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 63: AddImm dst: r2 imm: 1
	 64: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 65: StMemW dst: rfp src: r0 off: -8 imm: 0
	 66: LoadMapPtr dst: r1 fd: 0 <AT_l>
	 68: MovReg dst: r2 src: rfp
	 69: AddImm dst: r2 imm: -8
	 70: Call FnMapLookupElem
	 71: JEqImm dst: r0 off: 81 imm: 0
	 72: AddImm dst: r0 imm: 32
	 73: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 74: AddImm dst: r2 imm: 1
	 75: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 76: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 77: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 78: LoadMapPtr dst: r1 fd: 0 <AT_never>
	 80: MovReg dst: r2 src: rfp
	 81: AddImm dst: r2 imm: -8
	 82: MovReg dst: r3 src: rfp
	 83: AddImm dst: r3 imm: -16
	 84: MovImm dst: r4 imm: 0
	 85: Call FnMapUpdateElem
	 86: LoadMapPtr dst: r1 fd: 0 <AT_never>
	 88: MovReg dst: r2 src: rfp
	 89: AddImm dst: r2 imm: -8
	 90: Call FnMapLookupElem
	 91: JEqImm dst: r0 off: 23 imm: 0
	 92: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 93: JEqImm dst: r1 off: 21 imm: 0
	 94: MovImm dst: r2 imm: 2
	 95: MovImm dst: r1 imm: 1
	 96: JLTImm dst: r1 off: 4 imm: 2
	 97: MovReg dst: r1 src: r2
	 98: AddImm dst: r1 imm: 1
	 99: MovReg dst: r6 src: r1
	100: Ja off: 1
	101: MovReg dst: r6 src: r2
	102: StMemW dst: rfp src: r0 off: -8 imm: 0
	103: LoadMapPtr dst: r1 fd: 0 <AT_unused>
	105: MovReg dst: r2 src: rfp
	106: AddImm dst: r2 imm: -8
	107: Call FnMapLookupElem
	108: JEqImm dst: r0 off: 44 imm: 0
	109: MovReg dst: r2 src: r6
	110: LShImm dst: r2 imm: 3
	111: AddReg dst: r0 src: r2
	112: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	113: AddImm dst: r2 imm: 1
	114: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	115: StMemDW dst: rfp src: r0 off: -16 imm: 30002
	116: StMemW dst: rfp src: r0 off: -8 imm: 0
	117: StMemW dst: rfp src: r0 off: -4 imm: 0
	118: LoadMapPtr dst: r1 fd: 0 <AT__events>
	120: MovReg dst: r2 src: rfp
	121: AddImm dst: r2 imm: -16
	122: MovImm dst: r3 imm: 16
	123: MovImm dst: r4 imm: 0
	124: Call FnRingbufOutput
	125: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	126: StMemW dst: rfp src: r0 off: -16 imm: 1
	127: StMemW dst: rfp src: r0 off: -12 imm: 0
	128: StMemW dst: rfp src: r0 off: -8 imm: 0
	129: StMemW dst: rfp src: r0 off: -4 imm: 0
	130: LoadMapPtr dst: r1 fd: 0 <AT__events>
	132: MovReg dst: r2 src: rfp
	133: AddImm dst: r2 imm: -24
	134: MovImm dst: r3 imm: 24
	135: MovImm dst: r4 imm: 0
	136: Call FnRingbufOutput
	137: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	138: LoadMapPtr dst: r1 fd: 0 <AT__events>
	140: MovReg dst: r2 src: rfp
	141: AddImm dst: r2 imm: -8
	142: MovImm dst: r3 imm: 8
	143: MovImm dst: r4 imm: 0
	144: Call FnRingbufOutput
	145: StMemW dst: rfp src: r0 off: -8 imm: 0
	146: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	148: MovReg dst: r2 src: rfp
	149: AddImm dst: r2 imm: -8
	150: Call FnMapLookupElem
	151: JEqImm dst: r0 off: 1 imm: 0
	152: StMemDW dst: r0 src: r0 off: 0 imm: 1
	153: MovImm dst: r0 imm: 0
	154: Exit

END:
	 0: StMemW dst: rfp src: r0 off: -8 imm: 0
	 1: LoadMapPtr dst: r1 fd: 0 <AT_z>
	 3: MovReg dst: r2 src: rfp
	 4: AddImm dst: r2 imm: -8
	 5: Call FnMapLookupElem
	 6: JNEImm dst: r0 off: 2 imm: 0
	 7: MovImm dst: r0 imm: 0
	 8: Exit
	 9: AddImm dst: r0 imm: 16
	10: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	11: AddImm dst: r2 imm: 1
	12: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	13: StMemDW dst: rfp src: r0 off: -16 imm: 30003
	14: StMemW dst: rfp src: r0 off: -8 imm: 5
	15: StMemW dst: rfp src: r0 off: -4 imm: 0
	16: LoadMapPtr dst: r1 fd: 0 <AT__events>
	18: MovReg dst: r2 src: rfp
	19: AddImm dst: r2 imm: -16
	20: MovImm dst: r3 imm: 16
	21: MovImm dst: r4 imm: 0
	22: Call FnRingbufOutput
	23: MovImm dst: r0 imm: 0
	24: Exit

