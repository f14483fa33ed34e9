interval:
	  0: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  1: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	  3: MovReg dst: r2 src: rfp
	  4: AddImm dst: r2 imm: -8
	  5: Call FnMapLookupElem
	  6: MovReg dst: r1 src: r0
	  7: JEqImm dst: r1 off: 2 imm: 0
	  8: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	  9: Ja off: 1
	 10: MovImm dst: r1 imm: 0
	 11: AddImm dst: r1 imm: 1
	 12: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 13: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 14: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 16: MovReg dst: r2 src: rfp
	 17: AddImm dst: r2 imm: -16
	 18: MovReg dst: r3 src: rfp
	 19: AddImm dst: r3 imm: -8
	 20: MovImm dst: r4 imm: 0
	 21: Call FnMapUpdateElem
	 22: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 23: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 25: MovReg dst: r2 src: rfp
	 26: AddImm dst: r2 imm: -8
	 27: Call FnMapLookupElem
	 28: MovReg dst: r1 src: r0
	 29: JEqImm dst: r1 off: 2 imm: 0
	 30: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 31: Ja off: 1
	 32: MovImm dst: r1 imm: 0
	 33: JSLTImm dst: r1 off: 19 imm: 3
	 34: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	 35: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 37: MovReg dst: r2 src: rfp
	 38: AddImm dst: r2 imm: -8
	 39: MovImm dst: r3 imm: 8
	 40: MovImm dst: r4 imm: 0
	 41: Call FnRingbufOutput
	 42: StMemW dst: rfp src: r0 off: -8 imm: 0
	 43: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	 45: MovReg dst: r2 src: rfp
	 46: AddImm dst: r2 imm: -8
	 47: Call FnMapLookupElem
	 48: MovReg dst: r1 src: r0
	 49: JEqImm dst: r1 off: 1 imm: 0
	 50: StMemDW dst: r1 src: r0 off: 0 imm: 1
	 51: MovImm dst: r0 imm: 0
	 52: Exit
	 53: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 54: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 55: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 57: MovReg dst: r2 src: rfp
	 58: AddImm dst: r2 imm: -24
	 59: Call FnMapLookupElem
	 60: MovReg dst: r1 src: r0
	 61: JEqImm dst: r1 off: 2 imm: 0
	 62: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 63: Ja off: 1
	 64: MovImm dst: r1 imm: 0
	 65: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 66: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 68: MovReg dst: r2 src: rfp
	 69: AddImm dst: r2 imm: -16
	 70: MovImm dst: r3 imm: 16
	 71: MovImm dst: r4 imm: 0
	 72: Call FnRingbufOutput
	 73: MovImm dst: r0 imm: 0
	 74: Exit

END:
	 0: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 1: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 2: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 4: MovReg dst: r2 src: rfp
	 5: AddImm dst: r2 imm: -24
	 6: Call FnMapLookupElem
	 7: MovReg dst: r1 src: r0
	 8: JEqImm dst: r1 off: 2 imm: 0
	 9: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	10: Ja off: 1
	11: MovImm dst: r1 imm: 0
	12: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	13: LoadMapPtr dst: r1 fd: 0 <AT__events>
	15: MovReg dst: r2 src: rfp
	16: AddImm dst: r2 imm: -16
	17: MovImm dst: r3 imm: 16
	18: MovImm dst: r4 imm: 0
	19: Call FnRingbufOutput
	20: MovImm dst: r0 imm: 0
	21: Exit

