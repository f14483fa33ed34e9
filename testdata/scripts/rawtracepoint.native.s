rt_sys_enter:
	 0: MovReg dst: r6 src: r1
	 1: Call FnGetCurrentPidTgid
	 2: MovReg dst: r1 src: r0
	 3: RShImm dst: r1 imm: 32
	 4: JEqImm dst: r1 off: 2 imm: 4242
	 5: MovImm dst: r1 imm: 0
	 6: Ja off: 1
	 7: MovImm dst: r1 imm: 1
	 8: JEqImm dst: r1 off: 5 imm: 0
	 9: LdXMemDW dst: r1 src: r6 off: 8 imm: 0
	10: JEqImm dst: r1 off: 2 imm: 110
	11: MovImm dst: r1 imm: 0
	12: Ja off: 1
	13: MovImm dst: r1 imm: 1
	14: JNEImm dst: r1 off: 2 imm: 0
	15: MovImm dst: r0 imm: 0
	16: Exit
	17: StMemW dst: rfp src: r0 off: -8 imm: 0
	18: LoadMapPtr dst: r1 fd: 0 <AT_getppid>
	20: MovReg dst: r2 src: rfp
	21: AddImm dst: r2 imm: -8
	22: Call FnMapLookupElem
	23: MovReg dst: r1 src: r0
	24: JEqImm dst: r1 off: 3 imm: 0
	25: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	26: AddImm dst: r2 imm: 1
	27: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	28: MovImm dst: r0 imm: 0
	29: Exit

rt_sys_exit:
	 0: Call FnGetCurrentPidTgid
	 1: MovReg dst: r1 src: r0
	 2: RShImm dst: r1 imm: 32
	 3: JEqImm dst: r1 off: 2 imm: 4242
	 4: MovImm dst: r0 imm: 0
	 5: Exit
	 6: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 7: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 8: LoadMapPtr dst: r1 fd: 0 <AT_exits>
	10: MovReg dst: r2 src: rfp
	11: AddImm dst: r2 imm: -16
	12: MovReg dst: r3 src: rfp
	13: AddImm dst: r3 imm: -8
	14: MovImm dst: r4 imm: 0
	15: Call FnMapUpdateElem
	16: MovImm dst: r0 imm: 0
	17: Exit

