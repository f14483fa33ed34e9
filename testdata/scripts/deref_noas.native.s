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
	 44: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 45: Ja off: 1
	 46: MovImm dst: r1 imm: 0
	 47: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 48: MovReg dst: r3 src: r1
	 49: AddImm dst: r3 imm: 4
	 50: MovReg dst: r1 src: rfp
	 51: AddImm dst: r1 imm: -8
	 52: MovImm dst: r2 imm: 8
	 53: Call FnProbeRead
	 54: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 55: LoadMapPtr dst: r1 fd: 0 <AT_bar>
	 57: MovReg dst: r2 src: rfp
	 58: AddImm dst: r2 imm: -16
	 59: MovReg dst: r3 src: rfp
	 60: AddImm dst: r3 imm: -8
	 61: MovImm dst: r4 imm: 0
	 62: Call FnMapUpdateElem
	 63: LoadMapPtr dst: r1 fd: 0 <AT_foo>
	 65: MovReg dst: r2 src: rfp
	 66: AddImm dst: r2 imm: -16
	 67: Call FnMapLookupElem
	 68: JEqImm dst: r0 off: 2 imm: 0
	 69: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 70: Ja off: 1
	 71: MovImm dst: r1 imm: 0
	 72: MovReg dst: r3 src: r1
	 73: AddImm dst: r3 imm: 4
	 74: MovReg dst: r1 src: rfp
	 75: AddImm dst: r1 imm: -8
	 76: MovImm dst: r2 imm: 4
	 77: Call FnProbeRead
	 78: LdXMemW dst: r1 src: rfp off: -8 imm: 0
	 79: LShImm dst: r1 imm: 32
	 80: ArShImm dst: r1 imm: 32
	 81: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 82: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 83: LoadMapPtr dst: r1 fd: 0 <AT_x>
	 85: MovReg dst: r2 src: rfp
	 86: AddImm dst: r2 imm: -16
	 87: MovReg dst: r3 src: rfp
	 88: AddImm dst: r3 imm: -8
	 89: MovImm dst: r4 imm: 0
	 90: Call FnMapUpdateElem
	 91: MovReg dst: r1 src: rfp
	 92: AddImm dst: r1 imm: -8
	 93: MovImm dst: r2 imm: 8
	 94: MovImm dst: r3 imm: 24
	 95: Call FnProbeRead
	 96: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	 97: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 98: LoadMapPtr dst: r1 fd: 0 <AT_arr>
	100: MovReg dst: r2 src: rfp
	101: AddImm dst: r2 imm: -16
	102: MovReg dst: r3 src: rfp
	103: AddImm dst: r3 imm: -8
	104: MovImm dst: r4 imm: 0
	105: Call FnMapUpdateElem
	106: StMemDW dst: rfp src: r0 off: -24 imm: 0
	107: MovReg dst: r1 src: rfp
	108: AddImm dst: r1 imm: -32
	109: MovImm dst: r2 imm: 2
	110: MovImm dst: r3 imm: 16
	111: Call FnProbeRead
	112: LdXMemH dst: r1 src: rfp off: -32 imm: 0
	113: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	114: StMemDW dst: rfp src: r0 off: -8 imm: 16
	115: LoadMapPtr dst: r1 fd: 0 <AT__events>
	117: MovReg dst: r2 src: rfp
	118: AddImm dst: r2 imm: -24
	119: MovImm dst: r3 imm: 24
	120: MovImm dst: r4 imm: 0
	121: Call FnRingbufOutput
	122: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	123: LoadMapPtr dst: r1 fd: 0 <AT__events>
	125: MovReg dst: r2 src: rfp
	126: AddImm dst: r2 imm: -8
	127: MovImm dst: r3 imm: 8
	128: MovImm dst: r4 imm: 0
	129: Call FnRingbufOutput
	130: StMemW dst: rfp src: r0 off: -8 imm: 0
	131: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	133: MovReg dst: r2 src: rfp
	134: AddImm dst: r2 imm: -8
	135: Call FnMapLookupElem
	136: JEqImm dst: r0 off: 1 imm: 0
	137: StMemDW dst: r0 src: r0 off: 0 imm: 1
	138: MovImm dst: r0 imm: 0
	139: Exit

