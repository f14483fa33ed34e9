interval:
	  0: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  1: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	  3: MovReg dst: r2 src: rfp
	  4: AddImm dst: r2 imm: -8
	  5: Call FnMapLookupElem
	  6: JEqImm dst: r0 off: 2 imm: 0
	  7: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  8: JSGEImm dst: r1 off: 65 imm: 3
	  9: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 10: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 12: MovReg dst: r2 src: rfp
	 13: AddImm dst: r2 imm: -8
	 14: Call FnMapLookupElem
	 15: JEqImm dst: r0 off: 2 imm: 0
	 16: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 17: Ja off: 1
	 18: MovImm dst: r1 imm: 0
	 19: AddImm dst: r1 imm: 1
	 20: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 21: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 22: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 24: MovReg dst: r2 src: rfp
	 25: AddImm dst: r2 imm: -16
	 26: MovReg dst: r3 src: rfp
	 27: AddImm dst: r3 imm: -8
	 28: MovImm dst: r4 imm: 0
	 29: Call FnMapUpdateElem
	 30: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 32: MovReg dst: r2 src: rfp
	 33: AddImm dst: r2 imm: -16
	 34: Call FnMapLookupElem
	 35: JEqImm dst: r0 off: 19 imm: 0
	 36: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 37: JSLTImm dst: r1 off: 17 imm: 3
	 38: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	 39: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 41: MovReg dst: r2 src: rfp
	 42: AddImm dst: r2 imm: -8
	 43: MovImm dst: r3 imm: 8
	 44: MovImm dst: r4 imm: 0
	 45: Call FnRingbufOutput
	 46: StMemW dst: rfp src: r0 off: -8 imm: 0
	 47: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	 49: MovReg dst: r2 src: rfp
	 50: AddImm dst: r2 imm: -8
	 51: Call FnMapLookupElem
	 52: JEqImm dst: r0 off: 21 imm: 0
	 53: StMemDW dst: r0 src: r0 off: 0 imm: 1
	 54: Ja off: 19
	 55: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 56: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 57: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 59: MovReg dst: r2 src: rfp
	 60: AddImm dst: r2 imm: -24
	 61: Call FnMapLookupElem
	 62: JEqImm dst: r0 off: 2 imm: 0
	 63: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 64: Ja off: 1
	 65: MovImm dst: r1 imm: 0
	 66: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 67: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 69: MovReg dst: r2 src: rfp
	 70: AddImm dst: r2 imm: -16
	 71: MovImm dst: r3 imm: 16
	 72: MovImm dst: r4 imm: 0
	 73: Call FnRingbufOutput
	 74: MovImm dst: r0 imm: 0
	 75: Exit

END:
	 0: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 1: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 2: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 4: MovReg dst: r2 src: rfp
	 5: AddImm dst: r2 imm: -24
	 6: Call FnMapLookupElem
	 7: JEqImm dst: r0 off: 2 imm: 0
	 8: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 9: Ja off: 1
	10: MovImm dst: r1 imm: 0
	11: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	12: LoadMapPtr dst: r1 fd: 0 <AT__events>
	14: MovReg dst: r2 src: rfp
	15: AddImm dst: r2 imm: -16
	16: MovImm dst: r3 imm: 16
	17: MovImm dst: r4 imm: 0
	18: Call FnRingbufOutput
	19: MovImm dst: r0 imm: 0
	20: Exit

