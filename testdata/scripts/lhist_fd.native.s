tp_sys_enter_close:
	 0: MovReg dst: r6 src: r1
	 1: Call FnGetCurrentPidTgid
	 2: RShImm dst: r0 imm: 32
	 3: JNEImm dst: r0 off: 47 imm: 4242
	 4: LdXMemDW dst: r1 src: r6 off: 16 imm: 0
	 5: JSLTImm dst: r1 off: 6 imm: 0
	 6: DivImm dst: r1 imm: 10
	 7: AddImm dst: r1 imm: 1
	 8: JLEImm dst: r1 off: 1 imm: 11
	 9: MovImm dst: r1 imm: 11
	10: MovReg dst: r6 src: r1
	11: Ja off: 1
	12: MovImm dst: r6 imm: 0
	13: MovReg dst: r7 src: rfp
	14: AddImm dst: r7 imm: -16
	15: MovReg dst: r1 src: r7
	16: MovImm dst: r2 imm: 16
	17: Call FnGetCurrentComm
	18: MovReg dst: r2 src: r7
	19: LoadMapPtr dst: r1 fd: 0 <AT_fd>
	21: Call FnMapLookupElem
	22: JNEImm dst: r0 off: 19 imm: 0
	23: StMemW dst: rfp src: r0 off: -24 imm: 0
	24: LoadMapPtr dst: r1 fd: 0 <AT__zero>
	26: MovReg dst: r2 src: rfp
	27: AddImm dst: r2 imm: -24
	28: Call FnMapLookupElem
	29: MovReg dst: r1 src: r0
	30: JEqImm dst: r1 off: 20 imm: 0
	31: MovReg dst: r2 src: r7
	32: MovReg dst: r3 src: r1
	33: LoadMapPtr dst: r1 fd: 0 <AT_fd>
	35: MovImm dst: r4 imm: 1
	36: Call FnMapUpdateElem
	37: MovReg dst: r2 src: r7
	38: LoadMapPtr dst: r1 fd: 0 <AT_fd>
	40: Call FnMapLookupElem
	41: JEqImm dst: r0 off: 9 imm: 0
	42: MovReg dst: r2 src: r6
	43: LShImm dst: r2 imm: 3
	44: MovReg dst: r1 src: r0
	45: AddReg dst: r1 src: r2
	46: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	47: AddImm dst: r2 imm: 1
	48: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	49: MovImm dst: r0 imm: 0
	50: Exit
	51: MovImm dst: r0 imm: 0
	52: Exit

