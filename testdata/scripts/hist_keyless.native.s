BEGIN:
	  0: MovImm dst: r1 imm: 1
	  1: MovImm dst: r0 imm: 1
	  2: JGEImm dst: r0 off: 1 imm: 2
	  3: MovImm dst: r1 imm: 0
	  4: JEqImm dst: r1 off: 3 imm: 0
	  5: MovImm dst: r6 imm: 4
	  6: AddImm dst: r6 imm: 1
	  7: Ja off: 1
	  8: MovImm dst: r6 imm: 4
	  9: StMemW dst: rfp src: r0 off: -8 imm: 0
	 10: LoadMapPtr dst: r1 fd: 0 <AT_h>
	 12: MovReg dst: r2 src: rfp
	 13: AddImm dst: r2 imm: -8
	 14: Call FnMapLookupElem
	 15: JEqImm dst: r0 off: 120 imm: 0
	 16: LShImm dst: r6 imm: 3
	 17: AddReg dst: r0 src: r6
	 18: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 19: AddImm dst: r2 imm: 1
	 20: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 21: MovImm dst: r6 imm: 10
	 22: MovImm dst: r1 imm: 2
	 23: JLTImm dst: r1 off: 1 imm: 2
	 24: AddImm dst: r6 imm: 1
	 25: StMemW dst: rfp src: r0 off: -8 imm: 0
	 26: LoadMapPtr dst: r1 fd: 0 <AT_h>
	 28: MovReg dst: r2 src: rfp
	 29: AddImm dst: r2 imm: -8
	 30: Call FnMapLookupElem
	 31: JEqImm dst: r0 off: 104 imm: 0
	 32: LShImm dst: r6 imm: 3
	 33: AddReg dst: r0 src: r6
	 34: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 35: AddImm dst: r2 imm: 1
	 36: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 37: MovImm dst: r6 imm: 2
	 38: MovImm dst: r1 imm: 1
	 39: JLTImm dst: r1 off: 1 imm: 2
	 40: AddImm dst: r6 imm: 1
	 41: StMemW dst: rfp src: r0 off: -8 imm: 0
	 42: LoadMapPtr dst: r1 fd: 0 <AT_e>
	 44: MovReg dst: r2 src: rfp
	 45: AddImm dst: r2 imm: -8
	 46: Call FnMapLookupElem
	 47: JEqImm dst: r0 off: 88 imm: 0
	 48: LShImm dst: r6 imm: 3
	 49: AddReg dst: r0 src: r6
	 50: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 51: AddImm dst: r2 imm: 1
	 52: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 53: StMemW dst: rfp src: r0 off: -8 imm: 0
	 54: LoadMapPtr dst: r1 fd: 0 <AT_l>
	 56: MovReg dst: r2 src: rfp
	 57: AddImm dst: r2 imm: -8
	 58: Call FnMapLookupElem
	 59: JEqImm dst: r0 off: 76 imm: 0
	 60: AddImm dst: r0 imm: 32
	 61: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 62: AddImm dst: r2 imm: 1
	 63: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 64: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 65: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 66: LoadMapPtr dst: r1 fd: 0 <AT_never>
	 68: MovReg dst: r2 src: rfp
	 69: AddImm dst: r2 imm: -8
	 70: MovReg dst: r3 src: rfp
	 71: AddImm dst: r3 imm: -16
	 72: MovImm dst: r4 imm: 0
	 73: Call FnMapUpdateElem
	 74: LoadMapPtr dst: r1 fd: 0 <AT_never>
	 76: MovReg dst: r2 src: rfp
	 77: AddImm dst: r2 imm: -8
	 78: Call FnMapLookupElem
	 79: JEqImm dst: r0 off: 18 imm: 0
	 80: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 81: JEqImm dst: r1 off: 16 imm: 0
	 82: MovImm dst: r6 imm: 2
	 83: MovImm dst: r1 imm: 1
	 84: JLTImm dst: r1 off: 1 imm: 2
	 85: AddImm dst: r6 imm: 1
	 86: StMemW dst: rfp src: r0 off: -8 imm: 0
	 87: LoadMapPtr dst: r1 fd: 0 <AT_unused>
	 89: MovReg dst: r2 src: rfp
	 90: AddImm dst: r2 imm: -8
	 91: Call FnMapLookupElem
	 92: JEqImm dst: r0 off: 43 imm: 0
	 93: LShImm dst: r6 imm: 3
	 94: AddReg dst: r0 src: r6
	 95: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 96: AddImm dst: r2 imm: 1
	 97: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 98: StMemDW dst: rfp src: r0 off: -16 imm: 30002
	 99: StMemW dst: rfp src: r0 off: -8 imm: 0
	100: StMemW dst: rfp src: r0 off: -4 imm: 0
	101: LoadMapPtr dst: r1 fd: 0 <AT__events>
	103: MovReg dst: r2 src: rfp
	104: AddImm dst: r2 imm: -16
	105: MovImm dst: r3 imm: 16
	106: MovImm dst: r4 imm: 0
	107: Call FnRingbufOutput
	108: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	109: StMemW dst: rfp src: r0 off: -16 imm: 1
	110: StMemW dst: rfp src: r0 off: -12 imm: 0
	111: StMemW dst: rfp src: r0 off: -8 imm: 0
	112: StMemW dst: rfp src: r0 off: -4 imm: 0
	113: LoadMapPtr dst: r1 fd: 0 <AT__events>
	115: MovReg dst: r2 src: rfp
	116: AddImm dst: r2 imm: -24
	117: MovImm dst: r3 imm: 24
	118: MovImm dst: r4 imm: 0
	119: Call FnRingbufOutput
	120: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	121: LoadMapPtr dst: r1 fd: 0 <AT__events>
	123: MovReg dst: r2 src: rfp
	124: AddImm dst: r2 imm: -8
	125: MovImm dst: r3 imm: 8
	126: MovImm dst: r4 imm: 0
	127: Call FnRingbufOutput
	128: StMemW dst: rfp src: r0 off: -8 imm: 0
	129: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	131: MovReg dst: r2 src: rfp
	132: AddImm dst: r2 imm: -8
	133: Call FnMapLookupElem
	134: JEqImm dst: r0 off: 1 imm: 0
	135: StMemDW dst: r0 src: r0 off: 0 imm: 1
	136: MovImm dst: r0 imm: 0
	137: Exit

END:
	 0: StMemW dst: rfp src: r0 off: -8 imm: 0
	 1: LoadMapPtr dst: r1 fd: 0 <AT_z>
	 3: MovReg dst: r2 src: rfp
	 4: AddImm dst: r2 imm: -8
	 5: Call FnMapLookupElem
	 6: JEqImm dst: r0 off: 14 imm: 0
	 7: AddImm dst: r0 imm: 16
	 8: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 9: AddImm dst: r2 imm: 1
	10: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	11: StMemDW dst: rfp src: r0 off: -16 imm: 30003
	12: StMemW dst: rfp src: r0 off: -8 imm: 5
	13: StMemW dst: rfp src: r0 off: -4 imm: 0
	14: LoadMapPtr dst: r1 fd: 0 <AT__events>
	16: MovReg dst: r2 src: rfp
	17: AddImm dst: r2 imm: -16
	18: MovImm dst: r3 imm: 16
	19: MovImm dst: r4 imm: 0
	20: Call FnRingbufOutput
	21: MovImm dst: r0 imm: 0
	22: Exit

