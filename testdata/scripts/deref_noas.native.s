BEGIN:
	  0: MovReg dst: r1 src: rfp
	  1: AddImm dst: r1 imm: -8
	  2: MovImm dst: r2 imm: 4
	  3: MovImm dst: r3 imm: 0
	  4: Call FnProbeRead
	  5: LdXMemW dst: r1 src: rfp off: -8 imm: 0
	  6: LShImm dst: r1 imm: 32
	  7: ArShImm dst: r1 imm: 32
	  8: LShImm dst: r1 imm: 32
	  9: ArShImm dst: r1 imm: 32
	 10: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 11: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 12: LoadMapPtr dst: r1 fd: 0 <AT_a>
	 14: MovReg dst: r2 src: rfp
	 15: AddImm dst: r2 imm: -16
	 16: MovReg dst: r3 src: rfp
	 17: AddImm dst: r3 imm: -8
	 18: MovImm dst: r4 imm: 0
	 19: Call FnMapUpdateElem
	 20: MovReg dst: r1 src: rfp
	 21: AddImm dst: r1 imm: -8
	 22: MovImm dst: r2 imm: 1
	 23: MovImm dst: r3 imm: 0
	 24: Call FnProbeRead
	 25: LdXMemB dst: r1 src: rfp off: -8 imm: 0
	 26: AndImm dst: r1 imm: 255
	 27: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 28: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 29: LoadMapPtr dst: r1 fd: 0 <AT_b>
	 31: MovReg dst: r2 src: rfp
	 32: AddImm dst: r2 imm: -16
	 33: MovReg dst: r3 src: rfp
	 34: AddImm dst: r3 imm: -8
	 35: MovImm dst: r4 imm: 0
	 36: Call FnMapUpdateElem
	 37: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 38: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 39: LoadMapPtr dst: r1 fd: 0 <AT_foo>
	 41: MovReg dst: r2 src: rfp
	 42: AddImm dst: r2 imm: -16
	 43: MovReg dst: r3 src: rfp
	 44: AddImm dst: r3 imm: -8
	 45: MovImm dst: r4 imm: 0
	 46: Call FnMapUpdateElem
	 47: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 48: LoadMapPtr dst: r1 fd: 0 <AT_foo>
	 50: MovReg dst: r2 src: rfp
	 51: AddImm dst: r2 imm: -8
	 52: Call FnMapLookupElem
	 53: MovReg dst: r1 src: r0
	 54: JEqImm dst: r1 off: 2 imm: 0
	 55: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 56: Ja off: 1
	 57: MovImm dst: r1 imm: 0
	 58: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 59: MovReg dst: r3 src: r1
	 60: AddImm dst: r3 imm: 4
	 61: MovReg dst: r1 src: rfp
	 62: AddImm dst: r1 imm: -8
	 63: MovImm dst: r2 imm: 8
	 64: Call FnProbeRead
	 65: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 66: LoadMapPtr dst: r1 fd: 0 <AT_bar>
	 68: MovReg dst: r2 src: rfp
	 69: AddImm dst: r2 imm: -16
	 70: MovReg dst: r3 src: rfp
	 71: AddImm dst: r3 imm: -8
	 72: MovImm dst: r4 imm: 0
	 73: Call FnMapUpdateElem
	 74: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 75: LoadMapPtr dst: r1 fd: 0 <AT_foo>
	 77: MovReg dst: r2 src: rfp
	 78: AddImm dst: r2 imm: -8
	 79: Call FnMapLookupElem
	 80: MovReg dst: r1 src: r0
	 81: JEqImm dst: r1 off: 2 imm: 0
	 82: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 83: Ja off: 1
	 84: MovImm dst: r1 imm: 0
	 85: MovReg dst: r3 src: r1
	 86: AddImm dst: r3 imm: 4
	 87: MovReg dst: r1 src: rfp
	 88: AddImm dst: r1 imm: -8
	 89: MovImm dst: r2 imm: 4
	 90: Call FnProbeRead
	 91: LdXMemW dst: r1 src: rfp off: -8 imm: 0
	 92: LShImm dst: r1 imm: 32
	 93: ArShImm dst: r1 imm: 32
	 94: LShImm dst: r1 imm: 32
	 95: ArShImm dst: r1 imm: 32
	 96: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 97: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 98: LoadMapPtr dst: r1 fd: 0 <AT_x>
	100: MovReg dst: r2 src: rfp
	101: AddImm dst: r2 imm: -16
	102: MovReg dst: r3 src: rfp
	103: AddImm dst: r3 imm: -8
	104: MovImm dst: r4 imm: 0
	105: Call FnMapUpdateElem
	106: MovReg dst: r1 src: rfp
	107: AddImm dst: r1 imm: -8
	108: MovImm dst: r2 imm: 8
	109: MovImm dst: r3 imm: 24
	110: Call FnProbeRead
	111: LdXMemDW dst: r1 src: rfp off: -8 imm: 0
	112: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	113: StMemDW dst: rfp src: r0 off: -16 imm: 0
	114: LoadMapPtr dst: r1 fd: 0 <AT_arr>
	116: MovReg dst: r2 src: rfp
	117: AddImm dst: r2 imm: -16
	118: MovReg dst: r3 src: rfp
	119: AddImm dst: r3 imm: -8
	120: MovImm dst: r4 imm: 0
	121: Call FnMapUpdateElem
	122: StMemDW dst: rfp src: r0 off: -24 imm: 0
	123: MovReg dst: r1 src: rfp
	124: AddImm dst: r1 imm: -32
	125: MovImm dst: r2 imm: 2
	126: MovImm dst: r3 imm: 16
	127: Call FnProbeRead
	128: LdXMemH dst: r1 src: rfp off: -32 imm: 0
	129: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	130: StMemDW dst: rfp src: r0 off: -8 imm: 16
	131: LoadMapPtr dst: r1 fd: 0 <AT__events>
	133: MovReg dst: r2 src: rfp
	134: AddImm dst: r2 imm: -24
	135: MovImm dst: r3 imm: 24
	136: MovImm dst: r4 imm: 0
	137: Call FnRingbufOutput
	138: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	139: LoadMapPtr dst: r1 fd: 0 <AT__events>
	141: MovReg dst: r2 src: rfp
	142: AddImm dst: r2 imm: -8
	143: MovImm dst: r3 imm: 8
	144: MovImm dst: r4 imm: 0
	145: Call FnRingbufOutput
	146: StMemW dst: rfp src: r0 off: -8 imm: 0
	147: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	149: MovReg dst: r2 src: rfp
	150: AddImm dst: r2 imm: -8
	151: Call FnMapLookupElem
	152: MovReg dst: r1 src: r0
	153: JEqImm dst: r1 off: 1 imm: 0
	154: StMemDW dst: r1 src: r0 off: 0 imm: 1
	155: MovImm dst: r0 imm: 0
	156: Exit

