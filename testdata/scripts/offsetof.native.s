BEGIN:
	 0: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 1: StMemDW dst: rfp src: r0 off: -48 imm: 8
	 2: StMemDW dst: rfp src: r0 off: -40 imm: 16
	 3: StMemDW dst: rfp src: r0 off: -32 imm: 4
	 4: StMemDW dst: rfp src: r0 off: -24 imm: 20
	 5: StMemDW dst: rfp src: r0 off: -16 imm: 24
	 6: StMemDW dst: rfp src: r0 off: -8 imm: 32
	 7: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 9: MovReg dst: r2 src: rfp
	10: AddImm dst: r2 imm: -56
	11: MovImm dst: r3 imm: 56
	12: MovImm dst: r4 imm: 0
	13: Call FnRingbufOutput
	14: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	15: LoadMapPtr dst: r1 fd: 0 <AT__events>
	17: MovReg dst: r2 src: rfp
	18: AddImm dst: r2 imm: -8
	19: MovImm dst: r3 imm: 8
	20: MovImm dst: r4 imm: 0
	21: Call FnRingbufOutput
	22: StMemW dst: rfp src: r0 off: -8 imm: 0
	23: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	25: MovReg dst: r2 src: rfp
	26: AddImm dst: r2 imm: -8
	27: Call FnMapLookupElem
	28: JEqImm dst: r0 off: 1 imm: 0
	29: StMemDW dst: r0 src: r0 off: 0 imm: 1
	30: MovImm dst: r0 imm: 0
	31: Exit

