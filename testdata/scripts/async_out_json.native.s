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
	 23: StXMemDW dst: rfp src: r0 off: -24 imm: 0
	 24: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 25: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 26: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 28: MovReg dst: r2 src: rfp
	 29: AddImm dst: r2 imm: -40
	 30: MovImm dst: r3 imm: 40
	 31: MovImm dst: r4 imm: 0
	 32: Call FnRingbufOutput
	 33: StMemDW dst: rfp src: r0 off: -8 imm: 20000
	 34: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 36: MovReg dst: r2 src: rfp
	 37: AddImm dst: r2 imm: -8
	 38: MovImm dst: r3 imm: 8
	 39: MovImm dst: r4 imm: 0
	 40: Call FnRingbufOutput
	 41: StMemDW dst: rfp src: r0 off: -16 imm: 20001
	 42: StMemW dst: rfp src: r0 off: -8 imm: 2037674863
	 43: StMemH dst: rfp src: r0 off: -4 imm: 25968
	 44: StMemB dst: rfp src: r0 off: -2 imm: 0
	 45: StMemB dst: rfp src: r0 off: -1 imm: 0
	 46: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 48: MovReg dst: r2 src: rfp
	 49: AddImm dst: r2 imm: -16
	 50: MovImm dst: r3 imm: 16
	 51: MovImm dst: r4 imm: 0
	 52: Call FnRingbufOutput
	 53: StMemDW dst: rfp src: r0 off: -24 imm: 1
	 54: StMemDW dst: rfp src: r0 off: -16 imm: 2
	 55: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 56: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 57: LoadMapPtr dst: r1 fd: 0 <AT_t>
	 59: MovReg dst: r2 src: rfp
	 60: AddImm dst: r2 imm: -32
	 61: MovReg dst: r3 src: rfp
	 62: AddImm dst: r3 imm: -24
	 63: MovImm dst: r4 imm: 0
	 64: Call FnMapUpdateElem
	 65: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	 66: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 68: MovReg dst: r2 src: rfp
	 69: AddImm dst: r2 imm: -8
	 70: MovImm dst: r3 imm: 8
	 71: MovImm dst: r4 imm: 0
	 72: Call FnRingbufOutput
	 73: StMemW dst: rfp src: r0 off: -8 imm: 0
	 74: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	 76: MovReg dst: r2 src: rfp
	 77: AddImm dst: r2 imm: -8
	 78: Call FnMapLookupElem
	 79: JEqImm dst: r0 off: 1 imm: 0
	 80: StMemDW dst: r0 src: r0 off: 0 imm: 1
	 81: MovImm dst: r0 imm: 0
	 82: Exit

