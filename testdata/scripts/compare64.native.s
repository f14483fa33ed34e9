BEGIN:
	  0: Call FnKtimeGetBootNs
	  1: MovReg dst: r6 src: r0
	  2: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  3: MovImm dst: r1 imm: 1
	  4: LdImmDW dst: r0 imm: 140737488355327
	  6: JLTReg dst: r6 off: 1 src: r0
	  7: MovImm dst: r1 imm: 0
	  8: StXMemDW dst: rfp src: r1 off: -24 imm: 0
	  9: MovImm dst: r1 imm: 1
	 10: LdImmDW dst: r0 imm: 140737488355327
	 12: JGTReg dst: r6 off: 1 src: r0
	 13: MovImm dst: r1 imm: 0
	 14: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	 15: MovImm dst: r1 imm: 1
	 16: JGTImm dst: r6 off: 1 imm: 5
	 17: MovImm dst: r1 imm: 0
	 18: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 19: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 21: MovReg dst: r2 src: rfp
	 22: AddImm dst: r2 imm: -32
	 23: MovImm dst: r3 imm: 32
	 24: MovImm dst: r4 imm: 0
	 25: Call FnRingbufOutput
	 26: LdImmDW dst: r0 imm: 4294967296
	 28: JGEReg dst: r6 off: 2 src: r0
	 29: MovImm dst: r1 imm: 1
	 30: Ja off: 1
	 31: MovImm dst: r1 imm: 2
	 32: LdImmDW dst: r0 imm: 20015998343868
	 34: JEqReg dst: r6 off: 9 src: r0
	 35: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 36: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 37: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 39: MovReg dst: r2 src: rfp
	 40: AddImm dst: r2 imm: -16
	 41: MovImm dst: r3 imm: 16
	 42: MovImm dst: r4 imm: 0
	 43: Call FnRingbufOutput
	 44: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	 45: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 47: MovReg dst: r2 src: rfp
	 48: AddImm dst: r2 imm: -8
	 49: MovImm dst: r3 imm: 8
	 50: MovImm dst: r4 imm: 0
	 51: Call FnRingbufOutput
	 52: StMemW dst: rfp src: r0 off: -8 imm: 0
	 53: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	 55: MovReg dst: r2 src: rfp
	 56: AddImm dst: r2 imm: -8
	 57: Call FnMapLookupElem
	 58: MovReg dst: r1 src: r0
	 59: JEqImm dst: r1 off: 1 imm: 0
	 60: StMemDW dst: r1 src: r0 off: 0 imm: 1
	 61: MovImm dst: r0 imm: 0
	 62: Exit

