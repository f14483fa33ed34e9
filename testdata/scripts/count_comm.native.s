tp_sys_enter_getppid:
	 0: Call FnGetCurrentPidTgid
	 1: MovReg dst: r1 src: r0
	 2: RShImm dst: r1 imm: 32
	 3: JEqImm dst: r1 off: 2 imm: 4242
	 4: MovImm dst: r0 imm: 0
	 5: Exit
	 6: MovReg dst: r1 src: rfp
	 7: AddImm dst: r1 imm: -16
	 8: MovImm dst: r2 imm: 16
	 9: Call FnGetCurrentComm
	10: LoadMapPtr dst: r1 fd: 0 <AT_>
	12: MovReg dst: r2 src: rfp
	13: AddImm dst: r2 imm: -16
	14: Call FnMapLookupElem
	15: MovReg dst: r1 src: r0
	16: JEqImm dst: r1 off: 4 imm: 0
	17: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	18: AddImm dst: r2 imm: 1
	19: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	20: Ja off: 9
	21: StMemDW dst: rfp src: r0 off: -24 imm: 1
	22: LoadMapPtr dst: r1 fd: 0 <AT_>
	24: MovReg dst: r2 src: rfp
	25: AddImm dst: r2 imm: -16
	26: MovReg dst: r3 src: rfp
	27: AddImm dst: r3 imm: -24
	28: MovImm dst: r4 imm: 0
	29: Call FnMapUpdateElem
	30: StMemW dst: rfp src: r0 off: -8 imm: 0
	31: LoadMapPtr dst: r1 fd: 0 <AT_calls>
	33: MovReg dst: r2 src: rfp
	34: AddImm dst: r2 imm: -8
	35: Call FnMapLookupElem
	36: MovReg dst: r1 src: r0
	37: JEqImm dst: r1 off: 3 imm: 0
	38: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	39: AddImm dst: r2 imm: 1
	40: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	41: MovImm dst: r0 imm: 0
	42: Exit

