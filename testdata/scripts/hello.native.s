BEGIN:
	 0: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 1: StMemDW dst: rfp src: r0 off: -16 imm: 7
	 2: StMemW dst: rfp src: r0 off: -8 imm: 1819438967
	 3: StMemH dst: rfp src: r0 off: -4 imm: 100
	 4: StMemH dst: rfp src: r0 off: -2 imm: 0
	 5: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 7: MovReg dst: r2 src: rfp
	 8: AddImm dst: r2 imm: -24
	 9: MovImm dst: r3 imm: 24
	10: MovImm dst: r4 imm: 0
	11: Call FnRingbufOutput
	12: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	13: LoadMapPtr dst: r1 fd: 0 <AT__events>
	15: MovReg dst: r2 src: rfp
	16: AddImm dst: r2 imm: -8
	17: MovImm dst: r3 imm: 8
	18: MovImm dst: r4 imm: 0
	19: Call FnRingbufOutput
	20: StMemW dst: rfp src: r0 off: -8 imm: 0
	21: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	23: MovReg dst: r2 src: rfp
	24: AddImm dst: r2 imm: -8
	25: Call FnMapLookupElem
	26: JEqImm dst: r0 off: 1 imm: 0
	27: StMemDW dst: r0 src: r0 off: 0 imm: 1
	28: MovImm dst: r0 imm: 0
	29: Exit

