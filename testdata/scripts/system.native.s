BEGIN:
	 0: StMemDW dst: rfp src: r0 off: -24 imm: 10000
	 1: StMemDW dst: rfp src: r0 off: -16 imm: 42
	 2: StMemH dst: rfp src: r0 off: -8 imm: 26984
	 3: StMemB dst: rfp src: r0 off: -6 imm: 0
	 4: StMemB dst: rfp src: r0 off: -5 imm: 0
	 5: StMemW dst: rfp src: r0 off: -4 imm: 0
	 6: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 8: MovReg dst: r2 src: rfp
	 9: AddImm dst: r2 imm: -24
	10: MovImm dst: r3 imm: 24
	11: MovImm dst: r4 imm: 0
	12: Call FnRingbufOutput
	13: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	14: LoadMapPtr dst: r1 fd: 0 <AT__events>
	16: MovReg dst: r2 src: rfp
	17: AddImm dst: r2 imm: -8
	18: MovImm dst: r3 imm: 8
	19: MovImm dst: r4 imm: 0
	20: Call FnRingbufOutput
	21: StMemW dst: rfp src: r0 off: -8 imm: 0
	22: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	24: MovReg dst: r2 src: rfp
	25: AddImm dst: r2 imm: -8
	26: Call FnMapLookupElem
	27: JEqImm dst: r0 off: 1 imm: 0
	28: StMemDW dst: r0 src: r0 off: 0 imm: 1
	29: MovImm dst: r0 imm: 0
	30: Exit

