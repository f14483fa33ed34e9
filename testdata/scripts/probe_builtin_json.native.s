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
	 1: RShImm dst: r0 imm: 32
	 2: JNEImm dst: r0 off: 30 imm: 4242
	 3: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 4: LoadMapPtr dst: r1 fd: 0 <AT_>
	 6: MovReg dst: r2 src: rfp
	 7: AddImm dst: r2 imm: -8
	 8: Call FnMapLookupElem
	 9: JEqImm dst: r0 off: 4 imm: 0
	10: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	11: AddImm dst: r2 imm: 1
	12: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	13: Ja off: 9
	14: StMemDW dst: rfp src: r0 off: -16 imm: 1
	15: LoadMapPtr dst: r1 fd: 0 <AT_>
	17: MovReg dst: r2 src: rfp
	18: AddImm dst: r2 imm: -8
	19: MovReg dst: r3 src: rfp
	20: AddImm dst: r3 imm: -16
	21: MovImm dst: r4 imm: 0
	22: Call FnMapUpdateElem
	23: StMemDW dst: rfp src: r0 off: -8 imm: 1
	24: StMemDW dst: rfp src: r0 off: -16 imm: 0
	25: LoadMapPtr dst: r1 fd: 0 <AT_p>
	27: MovReg dst: r2 src: rfp
	28: AddImm dst: r2 imm: -16
	29: MovReg dst: r3 src: rfp
	30: AddImm dst: r3 imm: -8
	31: MovImm dst: r4 imm: 0
	32: Call FnMapUpdateElem
	33: MovImm dst: r0 imm: 0
	34: Exit

tp_sys_enter_getpgid:
	 0: Call FnGetCurrentPidTgid
	 1: RShImm dst: r0 imm: 32
	 2: JNEImm dst: r0 off: 30 imm: 4242
	 3: StMemDW dst: rfp src: r0 off: -8 imm: 2
	 4: LoadMapPtr dst: r1 fd: 0 <AT_>
	 6: MovReg dst: r2 src: rfp
	 7: AddImm dst: r2 imm: -8
	 8: Call FnMapLookupElem
	 9: JEqImm dst: r0 off: 4 imm: 0
	10: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	11: AddImm dst: r2 imm: 1
	12: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	13: Ja off: 9
	14: StMemDW dst: rfp src: r0 off: -16 imm: 1
	15: LoadMapPtr dst: r1 fd: 0 <AT_>
	17: MovReg dst: r2 src: rfp
	18: AddImm dst: r2 imm: -8
	19: MovReg dst: r3 src: rfp
	20: AddImm dst: r3 imm: -16
	21: MovImm dst: r4 imm: 0
	22: Call FnMapUpdateElem
	23: StMemDW dst: rfp src: r0 off: -8 imm: 2
	24: StMemDW dst: rfp src: r0 off: -16 imm: 0
	25: LoadMapPtr dst: r1 fd: 0 <AT_p>
	27: MovReg dst: r2 src: rfp
	28: AddImm dst: r2 imm: -16
	29: MovReg dst: r3 src: rfp
	30: AddImm dst: r3 imm: -8
	31: MovImm dst: r4 imm: 0
	32: Call FnMapUpdateElem
	33: MovImm dst: r0 imm: 0
	34: Exit

tp_sys_enter_getpgrp:
	 0: Call FnGetCurrentPidTgid
	 1: RShImm dst: r0 imm: 32
	 2: JNEImm dst: r0 off: 30 imm: 4242
	 3: StMemDW dst: rfp src: r0 off: -8 imm: 3
	 4: LoadMapPtr dst: r1 fd: 0 <AT_>
	 6: MovReg dst: r2 src: rfp
	 7: AddImm dst: r2 imm: -8
	 8: Call FnMapLookupElem
	 9: JEqImm dst: r0 off: 4 imm: 0
	10: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	11: AddImm dst: r2 imm: 1
	12: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	13: Ja off: 9
	14: StMemDW dst: rfp src: r0 off: -16 imm: 1
	15: LoadMapPtr dst: r1 fd: 0 <AT_>
	17: MovReg dst: r2 src: rfp
	18: AddImm dst: r2 imm: -8
	19: MovReg dst: r3 src: rfp
	20: AddImm dst: r3 imm: -16
	21: MovImm dst: r4 imm: 0
	22: Call FnMapUpdateElem
	23: StMemDW dst: rfp src: r0 off: -8 imm: 3
	24: StMemDW dst: rfp src: r0 off: -16 imm: 0
	25: LoadMapPtr dst: r1 fd: 0 <AT_p>
	27: MovReg dst: r2 src: rfp
	28: AddImm dst: r2 imm: -16
	29: MovReg dst: r3 src: rfp
	30: AddImm dst: r3 imm: -8
	31: MovImm dst: r4 imm: 0
	32: Call FnMapUpdateElem
	33: MovImm dst: r0 imm: 0
	34: Exit

