BEGIN:
	  0: MovReg dst: r1 src: rfp
	  1: AddImm dst: r1 imm: -8
	  2: MovImm dst: r2 imm: 4
	  3: MovImm dst: r3 imm: 0
	  4: Call FnProbeRead
	  5: LdXMemW dst: r1 src: rfp off: -8 imm: 0
	  6: LShImm dst: r1 imm: 32
	  7: ArShImm dst: r1 imm: 32
	  8: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	  9: MovReg dst: r6 src: rfp
	 10: AddImm dst: r6 imm: -16
	 11: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 12: MovReg dst: r2 src: r6
	 13: LoadMapPtr dst: r1 fd: 0 <AT_a>
	 15: MovReg dst: r3 src: rfp
	 16: AddImm dst: r3 imm: -8
	 17: MovImm dst: r4 imm: 0
	 18: Call FnMapUpdateElem
	 19: MovReg dst: r1 src: rfp
	 20: AddImm dst: r1 imm: -8
	 21: MovImm dst: r2 imm: 1
	 22: MovImm dst: r3 imm: 0
	 23: Call FnProbeRead
	 24: LdXMemB dst: r1 src: rfp off: -8 imm: 0
	 25: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 26: MovReg dst: r2 src: r6
	 27: LoadMapPtr dst: r1 fd: 0 <AT_b>
	 29: MovReg dst: r3 src: rfp
	 30: AddImm dst: r3 imm: -8
	 31: MovImm dst: r4 imm: 0
	 32: Call FnMapUpdateElem
	 33: MovReg dst: r2 src: r6
	 34: MovReg dst: r3 src: r6
	 35: LoadMapPtr dst: r1 fd: 0 <AT_foo>
	 37: MovImm dst: r4 imm: 0
	 38: Call FnMapUpdateElem
	 39: MovReg dst: r2 src: r6
	 40: LoadMapPtr dst: r1 fd: 0 <AT_foo>
	 42: Call FnMapLookupElem
	 43: JEqImm dst: r0 off: 2 imm: 0
	 44: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 45: Ja off: 1
	 46: MovImm dst: r3 imm: 0
	 47: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 48: AddImm dst: r3 imm: 4
	 49: MovReg dst: r1 src: rfp
	 50: AddImm dst: r1 imm: -8
	 51: MovImm dst: r2 imm: 8
	 52: Call FnProbeRead
	 53: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 54: LoadMapPtr dst: r1 fd: 0 <AT_bar>
	 56: MovReg dst: r2 src: rfp
	 57: AddImm dst: r2 imm: -16
	 58: MovReg dst: r3 src: rfp
	 59: AddImm dst: r3 imm: -8
	 60: MovImm dst: r4 imm: 0
	 61: Call FnMapUpdateElem
	 62: LoadMapPtr dst: r1 fd: 0 <AT_foo>
	 64: MovReg dst: r2 src: rfp
	 65: AddImm dst: r2 imm: -16
	 66: Call FnMapLookupElem
	 67: JEqImm dst: r0 off: 2 imm: 0
	 68: LdXMemDW dst: r3 src: r0 off: 0 imm: 0
	 69: Ja off: 1
	 70: MovImm dst: r3 imm: 0
	 71: AddImm dst: r3 imm: 4
	 72: MovReg dst: r1 src: rfp
	 73: AddImm dst: r1 imm: -8
	 74: MovImm dst: r2 imm: 4
	 75: Call FnProbeRead
	 76: LdXMemW dst: r1 src: rfp off: -8 imm: 0
	 77: LShImm dst: r1 imm: 32
	 78: ArShImm dst: r1 imm: 32
	 79: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 80: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 81: LoadMapPtr dst: r1 fd: 0 <AT_x>
	 83: MovReg dst: r2 src: rfp
	 84: AddImm dst: r2 imm: -16
	 85: MovReg dst: r3 src: rfp
	 86: AddImm dst: r3 imm: -8
	 87: MovImm dst: r4 imm: 0
	 88: Call FnMapUpdateElem
	 89: MovReg dst: r1 src: rfp
	 90: AddImm dst: r1 imm: -8
	 91: MovImm dst: r2 imm: 8
	 92: MovImm dst: r3 imm: 24
	 93: Call FnProbeRead
	 94: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	 95: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 96: LoadMapPtr dst: r1 fd: 0 <AT_arr>
	 98: MovReg dst: r2 src: rfp
	 99: AddImm dst: r2 imm: -16
	100: MovReg dst: r3 src: rfp
	101: AddImm dst: r3 imm: -8
	102: MovImm dst: r4 imm: 0
	103: Call FnMapUpdateElem
	104: StMemDW dst: rfp src: r0 off: -24 imm: 0
	105: MovReg dst: r1 src: rfp
	106: AddImm dst: r1 imm: -32
	107: MovImm dst: r2 imm: 2
	108: MovImm dst: r3 imm: 16
	109: Call FnProbeRead
	110: LdXMemH dst: r1 src: rfp off: -32 imm: 0
	111: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	112: StMemDW dst: rfp src: r0 off: -8 imm: 16
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

