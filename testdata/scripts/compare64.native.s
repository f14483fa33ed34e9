BEGIN:
	  0: Call FnKtimeGetBootNs
	  1: MovReg dst: r6 src: r0
	  2: StMemDW dst: rfp src: r0 off: -32 imm: 0
	  3: LdImmDW dst: r1 imm: 140737488355327
	  5: MovImm dst: r2 imm: 1
	  6: JLTReg dst: r6 off: 1 src: r1
	  7: MovImm dst: r2 imm: 0
	  8: StXMemDW dst: rfp src: r2 off: -24 imm: 0
	  9: JGTReg dst: r6 off: 2 src: r1
	 10: MovImm dst: r1 imm: 0
	 11: Ja off: 1
	 12: MovImm dst: r1 imm: 1
	 13: StXMemDW dst: rfp src: r1 off: -16 imm: 0
	 14: MovImm dst: r1 imm: 1
	 15: JGTImm dst: r6 off: 1 imm: 5
	 16: MovImm dst: r1 imm: 0
	 17: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 18: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 20: MovReg dst: r2 src: rfp
	 21: AddImm dst: r2 imm: -32
	 22: MovImm dst: r3 imm: 32
	 23: MovImm dst: r4 imm: 0
	 24: Call FnRingbufOutput
	 25: LdImmDW dst: r0 imm: 4294967296
	 27: JGEReg dst: r6 off: 2 src: r0
	 28: MovImm dst: r1 imm: 1
	 29: Ja off: 1
	 30: MovImm dst: r1 imm: 2
	 31: LdImmDW dst: r0 imm: 20015998343868
	 33: JEqReg dst: r6 off: 9 src: r0
	 34: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 35: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 36: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 38: MovReg dst: r2 src: rfp
	 39: AddImm dst: r2 imm: -16
	 40: MovImm dst: r3 imm: 16
	 41: MovImm dst: r4 imm: 0
	 42: Call FnRingbufOutput
	 43: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	 44: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 46: MovReg dst: r2 src: rfp
	 47: AddImm dst: r2 imm: -8
	 48: MovImm dst: r3 imm: 8
	 49: MovImm dst: r4 imm: 0
	 50: Call FnRingbufOutput
	 51: StMemW dst: rfp src: r0 off: -8 imm: 0
	 52: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	 54: MovReg dst: r2 src: rfp
	 55: AddImm dst: r2 imm: -8
	 56: Call FnMapLookupElem
	 57: JEqImm dst: r0 off: 1 imm: 0
	 58: StMemDW dst: r0 src: r0 off: 0 imm: 1
	 59: MovImm dst: r0 imm: 0
	 60: Exit

