BEGIN:
	  0: StMemDW dst: rfp src: r0 off: -16 imm: 30004
	  1: StMemW dst: rfp src: r0 off: -8 imm: 0
	  2: StMemW dst: rfp src: r0 off: -4 imm: 0
	  3: LoadMapPtr dst: r1 fd: 0 <AT__events>
	  5: MovReg dst: r2 src: rfp
	  6: AddImm dst: r2 imm: -16
	  7: MovImm dst: r3 imm: 16
	  8: MovImm dst: r4 imm: 0
	  9: Call FnRingbufOutput
	 10: StMemDW dst: rfp src: r0 off: -16 imm: 30004
	 11: StMemW dst: rfp src: r0 off: -8 imm: 1
	 12: StMemW dst: rfp src: r0 off: -4 imm: 0
	 13: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 15: MovReg dst: r2 src: rfp
	 16: AddImm dst: r2 imm: -16
	 17: MovImm dst: r3 imm: 16
	 18: MovImm dst: r4 imm: 0
	 19: Call FnRingbufOutput
	 20: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 21: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 22: Call FnKtimeGetBootNs
	 23: MovReg dst: r1 src: r0
	 24: StXMemDW dst: rfp src: r1 off: -24 imm: 0
	 25: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 26: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 27: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 29: MovReg dst: r2 src: rfp
	 30: AddImm dst: r2 imm: -40
	 31: MovImm dst: r3 imm: 40
	 32: MovImm dst: r4 imm: 0
	 33: Call FnRingbufOutput
	 34: StMemDW dst: rfp src: r0 off: -8 imm: 20000
	 35: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 37: MovReg dst: r2 src: rfp
	 38: AddImm dst: r2 imm: -8
	 39: MovImm dst: r3 imm: 8
	 40: MovImm dst: r4 imm: 0
	 41: Call FnRingbufOutput
	 42: StMemDW dst: rfp src: r0 off: -16 imm: 20001
	 43: StMemW dst: rfp src: r0 off: -8 imm: 2037674863
	 44: StMemH dst: rfp src: r0 off: -4 imm: 25968
	 45: StMemB dst: rfp src: r0 off: -2 imm: 0
	 46: StMemB dst: rfp src: r0 off: -1 imm: 0
	 47: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 49: MovReg dst: r2 src: rfp
	 50: AddImm dst: r2 imm: -16
	 51: MovImm dst: r3 imm: 16
	 52: MovImm dst: r4 imm: 0
	 53: Call FnRingbufOutput
	 54: StMemDW dst: rfp src: r0 off: -24 imm: 1
	 55: StMemDW dst: rfp src: r0 off: -16 imm: 2
	 56: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 57: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 58: LoadMapPtr dst: r1 fd: 0 <AT_t>
	 60: MovReg dst: r2 src: rfp
	 61: AddImm dst: r2 imm: -32
	 62: MovReg dst: r3 src: rfp
	 63: AddImm dst: r3 imm: -24
	 64: MovImm dst: r4 imm: 0
	 65: Call FnMapUpdateElem
	 66: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	 67: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 69: MovReg dst: r2 src: rfp
	 70: AddImm dst: r2 imm: -8
	 71: MovImm dst: r3 imm: 8
	 72: MovImm dst: r4 imm: 0
	 73: Call FnRingbufOutput
	 74: StMemW dst: rfp src: r0 off: -8 imm: 0
	 75: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	 77: MovReg dst: r2 src: rfp
	 78: AddImm dst: r2 imm: -8
	 79: Call FnMapLookupElem
	 80: MovReg dst: r1 src: r0
	 81: JEqImm dst: r1 off: 1 imm: 0
	 82: StMemDW dst: r1 src: r0 off: 0 imm: 1
	 83: MovImm dst: r0 imm: 0
	 84: Exit

