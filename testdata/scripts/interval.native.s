interval:
	  0: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  1: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	  3: MovReg dst: r2 src: rfp
	  4: AddImm dst: r2 imm: -8
	  5: Call FnMapLookupElem
	  6: JEqImm dst: r0 off: 2 imm: 0
	  7: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  8: Ja off: 1
	  9: MovImm dst: r1 imm: 0
	 10: AddImm dst: r1 imm: 1
	 11: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 12: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 13: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 15: MovReg dst: r2 src: rfp
	 16: AddImm dst: r2 imm: -16
	 17: MovReg dst: r3 src: rfp
	 18: AddImm dst: r3 imm: -8
	 19: MovImm dst: r4 imm: 0
	 20: Call FnMapUpdateElem
	 21: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 23: MovReg dst: r2 src: rfp
	 24: AddImm dst: r2 imm: -16
	 25: Call FnMapLookupElem
	 26: JEqImm dst: r0 off: 19 imm: 0
	 27: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 28: JSLTImm dst: r1 off: 17 imm: 3
	 29: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	 30: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 32: MovReg dst: r2 src: rfp
	 33: AddImm dst: r2 imm: -8
	 34: MovImm dst: r3 imm: 8
	 35: MovImm dst: r4 imm: 0
	 36: Call FnRingbufOutput
	 37: StMemW dst: rfp src: r0 off: -8 imm: 0
	 38: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	 40: MovReg dst: r2 src: rfp
	 41: AddImm dst: r2 imm: -8
	 42: Call FnMapLookupElem
	 43: JEqImm dst: r0 off: 21 imm: 0
	 44: StMemDW dst: r0 src: r0 off: 0 imm: 1
	 45: Ja off: 19
	 46: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 47: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 48: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 50: MovReg dst: r2 src: rfp
	 51: AddImm dst: r2 imm: -24
	 52: Call FnMapLookupElem
	 53: JEqImm dst: r0 off: 2 imm: 0
	 54: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 55: Ja off: 1
	 56: MovImm dst: r1 imm: 0
	 57: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 58: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 60: MovReg dst: r2 src: rfp
	 61: AddImm dst: r2 imm: -16
	 62: MovImm dst: r3 imm: 16
	 63: MovImm dst: r4 imm: 0
	 64: Call FnRingbufOutput
	 65: MovImm dst: r0 imm: 0
	 66: Exit

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

