software_page_faults:
	 0: Call FnGetCurrentPidTgid
	 1: MovReg dst: r1 src: r0
	 2: RShImm dst: r1 imm: 32
	 3: JEqImm dst: r1 off: 2 imm: 4242
	 4: MovImm dst: r0 imm: 0
	 5: Exit
	 6: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 7: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 8: LoadMapPtr dst: r1 fd: 0 <AT_faults>
	10: MovReg dst: r2 src: rfp
	11: AddImm dst: r2 imm: -16
	12: MovReg dst: r3 src: rfp
	13: AddImm dst: r3 imm: -8
	14: MovImm dst: r4 imm: 0
	15: Call FnMapUpdateElem
	16: MovImm dst: r0 imm: 0
	17: Exit

software_minor_faults:
	 0: Call FnGetCurrentPidTgid
	 1: MovReg dst: r1 src: r0
	 2: RShImm dst: r1 imm: 32
	 3: JEqImm dst: r1 off: 2 imm: 4242
	 4: MovImm dst: r0 imm: 0
	 5: Exit
	 6: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 7: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 8: LoadMapPtr dst: r1 fd: 0 <AT_minor>
	10: MovReg dst: r2 src: rfp
	11: AddImm dst: r2 imm: -16
	12: MovReg dst: r3 src: rfp
	13: AddImm dst: r3 imm: -8
	14: MovImm dst: r4 imm: 0
	15: Call FnMapUpdateElem
	16: MovImm dst: r0 imm: 0
	17: Exit

software_context_switches:
	 0: Call FnGetCurrentPidTgid
	 1: MovReg dst: r1 src: r0
	 2: RShImm dst: r1 imm: 32
	 3: JEqImm dst: r1 off: 2 imm: 4242
	 4: MovImm dst: r0 imm: 0
	 5: Exit
	 6: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 7: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 8: LoadMapPtr dst: r1 fd: 0 <AT_cs>
	10: MovReg dst: r2 src: rfp
	11: AddImm dst: r2 imm: -16
	12: MovReg dst: r3 src: rfp
	13: AddImm dst: r3 imm: -8
	14: MovImm dst: r4 imm: 0
	15: Call FnMapUpdateElem
	16: MovImm dst: r0 imm: 0
	17: Exit

software_cpu_clock:
	 0: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 1: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 2: LoadMapPtr dst: r1 fd: 0 <AT_cpu>
	 4: MovReg dst: r2 src: rfp
	 5: AddImm dst: r2 imm: -16
	 6: MovReg dst: r3 src: rfp
	 7: AddImm dst: r3 imm: -8
	 8: MovImm dst: r4 imm: 0
	 9: Call FnMapUpdateElem
	10: MovImm dst: r0 imm: 0
	11: Exit

software_task_clock:
	 0: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 1: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 2: LoadMapPtr dst: r1 fd: 0 <AT_task>
	 4: MovReg dst: r2 src: rfp
	 5: AddImm dst: r2 imm: -16
	 6: MovReg dst: r3 src: rfp
	 7: AddImm dst: r3 imm: -8
	 8: MovImm dst: r4 imm: 0
	 9: Call FnMapUpdateElem
	10: MovImm dst: r0 imm: 0
	11: Exit

