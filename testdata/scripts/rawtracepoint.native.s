rt_sys_enter:
	 0: MovReg dst: r6 src: r1
	 1: Call FnGetCurrentPidTgid
	 2: RShImm dst: r0 imm: 32
	 3: JNEImm dst: r0 off: 12 imm: 4242
	 4: LdXMemDW dst: r1 src: r6 off: 8 imm: 0
	 5: JNEImm dst: r1 off: 10 imm: 110
	 6: StMemW dst: rfp src: r0 off: -8 imm: 0
	 7: LoadMapPtr dst: r1 fd: 0 <AT_getppid>
	 9: MovReg dst: r2 src: rfp
	10: AddImm dst: r2 imm: -8
	11: Call FnMapLookupElem
	12: JEqImm dst: r0 off: 3 imm: 0
	13: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	14: AddImm dst: r2 imm: 1
	15: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	16: MovImm dst: r0 imm: 0
	17: Exit

rt_sys_exit:
	 0: Call FnGetCurrentPidTgid
	 1: RShImm dst: r0 imm: 32
	 2: JNEImm dst: r0 off: 10 imm: 4242
	 3: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 4: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 5: LoadMapPtr dst: r1 fd: 0 <AT_exits>
	 7: MovReg dst: r2 src: rfp
	 8: AddImm dst: r2 imm: -16
	 9: MovReg dst: r3 src: rfp
	10: AddImm dst: r3 imm: -8
	11: MovImm dst: r4 imm: 0
	12: Call FnMapUpdateElem
	13: MovImm dst: r0 imm: 0
	14: Exit

