profile:
	 0: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 1: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 2: LoadMapPtr dst: r1 fd: 0 <AT_hz>
	 4: MovReg dst: r2 src: rfp
	 5: AddImm dst: r2 imm: -16
	 6: MovReg dst: r3 src: rfp
	 7: AddImm dst: r3 imm: -8
	 8: MovImm dst: r4 imm: 0
	 9: Call FnMapUpdateElem
	10: MovImm dst: r0 imm: 0
	11: Exit

profile_2:
	 0: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 1: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 2: LoadMapPtr dst: r1 fd: 0 <AT_ms>
	 4: MovReg dst: r2 src: rfp
	 5: AddImm dst: r2 imm: -16
	 6: MovReg dst: r3 src: rfp
	 7: AddImm dst: r3 imm: -8
	 8: MovImm dst: r4 imm: 0
	 9: Call FnMapUpdateElem
	10: MovImm dst: r0 imm: 0
	11: Exit

profile_3:
	 0: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 1: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 2: LoadMapPtr dst: r1 fd: 0 <AT_us>
	 4: MovReg dst: r2 src: rfp
	 5: AddImm dst: r2 imm: -16
	 6: MovReg dst: r3 src: rfp
	 7: AddImm dst: r3 imm: -8
	 8: MovImm dst: r4 imm: 0
	 9: Call FnMapUpdateElem
	10: MovImm dst: r0 imm: 0
	11: Exit

profile_4:
	 0: LdXMemDW dst: r1 src: r1 off: 152 imm: 0
	 1: JNEImm dst: r1 off: 2 imm: 0
	 2: MovImm dst: r1 imm: 0
	 3: Ja off: 1
	 4: MovImm dst: r1 imm: 1
	 5: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	 6: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 7: LoadMapPtr dst: r1 fd: 0 <AT_sp_set>
	 9: MovReg dst: r2 src: rfp
	10: AddImm dst: r2 imm: -16
	11: MovReg dst: r3 src: rfp
	12: AddImm dst: r3 imm: -8
	13: MovImm dst: r4 imm: 0
	14: Call FnMapUpdateElem
	15: MovImm dst: r0 imm: 0
	16: Exit

