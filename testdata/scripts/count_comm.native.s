tp_sys_enter_getppid:
	 0: Call FnGetCurrentPidTgid
	 1: RShImm dst: r0 imm: 32
	 2: JNEImm dst: r0 off: 32 imm: 4242
	 3: MovReg dst: r6 src: rfp
	 4: AddImm dst: r6 imm: -16
	 5: MovReg dst: r1 src: r6
	 6: MovImm dst: r2 imm: 16
	 7: Call FnGetCurrentComm
	 8: MovReg dst: r2 src: r6
	 9: LoadMapPtr dst: r1 fd: 0 <AT_>
	11: Call FnMapLookupElem
	12: JEqImm dst: r0 off: 4 imm: 0
	13: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	14: AddImm dst: r2 imm: 1
	15: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	16: Ja off: 8
	17: StMemDW dst: rfp src: r0 off: -24 imm: 1
	18: MovReg dst: r2 src: r6
	19: LoadMapPtr dst: r1 fd: 0 <AT_>
	21: MovReg dst: r3 src: rfp
	22: AddImm dst: r3 imm: -24
	23: MovImm dst: r4 imm: 0
	24: Call FnMapUpdateElem
	25: StMemW dst: rfp src: r0 off: -8 imm: 0
	26: LoadMapPtr dst: r1 fd: 0 <AT_calls>
	28: MovReg dst: r2 src: rfp
	29: AddImm dst: r2 imm: -8
	30: Call FnMapLookupElem
	31: JEqImm dst: r0 off: 3 imm: 0
	32: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	33: AddImm dst: r2 imm: 1
	34: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	35: MovImm dst: r0 imm: 0
	36: Exit

