tp_sys_enter_close:
	 0: MovReg dst: r6 src: r1
	 1: Call FnGetCurrentPidTgid
	 2: RShImm dst: r0 imm: 32
	 3: JNEImm dst: r0 off: 41 imm: 4242
	 4: LdXMemDW dst: r6 src: r6 off: 16 imm: 0
	 5: JSLTImm dst: r6 off: 5 imm: 0
	 6: DivImm dst: r6 imm: 10
	 7: AddImm dst: r6 imm: 1
	 8: JLEImm dst: r6 off: 1 imm: 11
	 9: MovImm dst: r6 imm: 11
	10: Ja off: 1
	11: MovImm dst: r6 imm: 0
	12: MovReg dst: r7 src: rfp
	13: AddImm dst: r7 imm: -16
	14: MovReg dst: r1 src: r7
	15: MovImm dst: r2 imm: 16
	16: Call FnGetCurrentComm
	17: MovReg dst: r2 src: r7
	18: LoadMapPtr dst: r1 fd: 0 <AT_fd>
	20: Call FnMapLookupElem
	21: JNEImm dst: r0 off: 18 imm: 0
	22: StMemW dst: rfp src: r0 off: -24 imm: 0
	23: LoadMapPtr dst: r1 fd: 0 <AT__zero>
	25: MovReg dst: r2 src: rfp
	26: AddImm dst: r2 imm: -24
	27: Call FnMapLookupElem
	28: JEqImm dst: r0 off: 16 imm: 0
	29: MovReg dst: r2 src: r7
	30: MovReg dst: r3 src: r0
	31: LoadMapPtr dst: r1 fd: 0 <AT_fd>
	33: MovImm dst: r4 imm: 1
	34: Call FnMapUpdateElem
	35: MovReg dst: r2 src: r7
	36: LoadMapPtr dst: r1 fd: 0 <AT_fd>
	38: Call FnMapLookupElem
	39: JEqImm dst: r0 off: 5 imm: 0
	40: LShImm dst: r6 imm: 3
	41: AddReg dst: r0 src: r6
	42: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	43: AddImm dst: r2 imm: 1
	44: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	45: MovImm dst: r0 imm: 0
	46: Exit

