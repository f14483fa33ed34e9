BEGIN:
	 0: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	 1: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 2: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 3: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 5: MovReg dst: r2 src: rfp
	 6: AddImm dst: r2 imm: -24
	 7: MovImm dst: r3 imm: 24
	 8: MovImm dst: r4 imm: 0
	 9: Call FnRingbufOutput
	10: MovImm dst: r0 imm: 0
	11: Exit

tp_sys_enter_getppid:
	 0: Call FnGetCurrentPidTgid
	 1: MovReg dst: r1 src: r0
	 2: RShImm dst: r1 imm: 32
	 3: JEqImm dst: r1 off: 2 imm: 4242
	 4: MovImm dst: r0 imm: 0
	 5: Exit
	 6: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 7: LoadMapPtr dst: r1 fd: 0 <AT_>
	 9: MovReg dst: r2 src: rfp
	10: AddImm dst: r2 imm: -8
	11: Call FnMapLookupElem
	12: MovReg dst: r1 src: r0
	13: JEqImm dst: r1 off: 4 imm: 0
	14: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	15: AddImm dst: r2 imm: 1
	16: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	17: Ja off: 9
	18: StMemDW dst: rfp src: r0 off: -16 imm: 1
	19: LoadMapPtr dst: r1 fd: 0 <AT_>
	21: MovReg dst: r2 src: rfp
	22: AddImm dst: r2 imm: -8
	23: MovReg dst: r3 src: rfp
	24: AddImm dst: r3 imm: -16
	25: MovImm dst: r4 imm: 0
	26: Call FnMapUpdateElem
	27: StMemDW dst: rfp src: r0 off: -8 imm: 1
	28: StMemDW dst: rfp src: r0 off: -16 imm: 0
	29: LoadMapPtr dst: r1 fd: 0 <AT_p>
	31: MovReg dst: r2 src: rfp
	32: AddImm dst: r2 imm: -16
	33: MovReg dst: r3 src: rfp
	34: AddImm dst: r3 imm: -8
	35: MovImm dst: r4 imm: 0
	36: Call FnMapUpdateElem
	37: MovImm dst: r0 imm: 0
	38: Exit

tp_sys_enter_getpgid:
	 0: Call FnGetCurrentPidTgid
	 1: MovReg dst: r1 src: r0
	 2: RShImm dst: r1 imm: 32
	 3: JEqImm dst: r1 off: 2 imm: 4242
	 4: MovImm dst: r0 imm: 0
	 5: Exit
	 6: StMemDW dst: rfp src: r0 off: -8 imm: 2
	 7: LoadMapPtr dst: r1 fd: 0 <AT_>
	 9: MovReg dst: r2 src: rfp
	10: AddImm dst: r2 imm: -8
	11: Call FnMapLookupElem
	12: MovReg dst: r1 src: r0
	13: JEqImm dst: r1 off: 4 imm: 0
	14: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	15: AddImm dst: r2 imm: 1
	16: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	17: Ja off: 9
	18: StMemDW dst: rfp src: r0 off: -16 imm: 1
	19: LoadMapPtr dst: r1 fd: 0 <AT_>
	21: MovReg dst: r2 src: rfp
	22: AddImm dst: r2 imm: -8
	23: MovReg dst: r3 src: rfp
	24: AddImm dst: r3 imm: -16
	25: MovImm dst: r4 imm: 0
	26: Call FnMapUpdateElem
	27: StMemDW dst: rfp src: r0 off: -8 imm: 2
	28: StMemDW dst: rfp src: r0 off: -16 imm: 0
	29: LoadMapPtr dst: r1 fd: 0 <AT_p>
	31: MovReg dst: r2 src: rfp
	32: AddImm dst: r2 imm: -16
	33: MovReg dst: r3 src: rfp
	34: AddImm dst: r3 imm: -8
	35: MovImm dst: r4 imm: 0
	36: Call FnMapUpdateElem
	37: MovImm dst: r0 imm: 0
	38: Exit

tp_sys_enter_getpgrp:
	 0: Call FnGetCurrentPidTgid
	 1: MovReg dst: r1 src: r0
	 2: RShImm dst: r1 imm: 32
	 3: JEqImm dst: r1 off: 2 imm: 4242
	 4: MovImm dst: r0 imm: 0
	 5: Exit
	 6: StMemDW dst: rfp src: r0 off: -8 imm: 3
	 7: LoadMapPtr dst: r1 fd: 0 <AT_>
	 9: MovReg dst: r2 src: rfp
	10: AddImm dst: r2 imm: -8
	11: Call FnMapLookupElem
	12: MovReg dst: r1 src: r0
	13: JEqImm dst: r1 off: 4 imm: 0
	14: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	15: AddImm dst: r2 imm: 1
	16: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	17: Ja off: 9
	18: StMemDW dst: rfp src: r0 off: -16 imm: 1
	19: LoadMapPtr dst: r1 fd: 0 <AT_>
	21: MovReg dst: r2 src: rfp
	22: AddImm dst: r2 imm: -8
	23: MovReg dst: r3 src: rfp
	24: AddImm dst: r3 imm: -16
	25: MovImm dst: r4 imm: 0
	26: Call FnMapUpdateElem
	27: StMemDW dst: rfp src: r0 off: -8 imm: 3
	28: StMemDW dst: rfp src: r0 off: -16 imm: 0
	29: LoadMapPtr dst: r1 fd: 0 <AT_p>
	31: MovReg dst: r2 src: rfp
	32: AddImm dst: r2 imm: -16
	33: MovReg dst: r3 src: rfp
	34: AddImm dst: r3 imm: -8
	35: MovImm dst: r4 imm: 0
	36: Call FnMapUpdateElem
	37: MovImm dst: r0 imm: 0
	38: Exit

