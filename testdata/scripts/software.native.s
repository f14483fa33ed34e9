software_page_faults:
	 0: Call FnGetCurrentPidTgid
	 1: RShImm dst: r0 imm: 32
	 2: JNEImm dst: r0 off: 10 imm: 4242
	 3: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 4: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 5: LoadMapPtr dst: r1 fd: 0 <AT_faults>
	 7: MovReg dst: r2 src: rfp
	 8: AddImm dst: r2 imm: -16
	 9: MovReg dst: r3 src: rfp
	10: AddImm dst: r3 imm: -8
	11: MovImm dst: r4 imm: 0
	12: Call FnMapUpdateElem
	13: MovImm dst: r0 imm: 0
	14: Exit

software_minor_faults:
	 0: Call FnGetCurrentPidTgid
	 1: RShImm dst: r0 imm: 32
	 2: JNEImm dst: r0 off: 10 imm: 4242
	 3: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 4: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 5: LoadMapPtr dst: r1 fd: 0 <AT_minor>
	 7: MovReg dst: r2 src: rfp
	 8: AddImm dst: r2 imm: -16
	 9: MovReg dst: r3 src: rfp
	10: AddImm dst: r3 imm: -8
	11: MovImm dst: r4 imm: 0
	12: Call FnMapUpdateElem
	13: MovImm dst: r0 imm: 0
	14: Exit

software_context_switches:
	 0: Call FnGetCurrentPidTgid
	 1: RShImm dst: r0 imm: 32
	 2: JNEImm dst: r0 off: 10 imm: 4242
	 3: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 4: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 5: LoadMapPtr dst: r1 fd: 0 <AT_cs>
	 7: MovReg dst: r2 src: rfp
	 8: AddImm dst: r2 imm: -16
	 9: MovReg dst: r3 src: rfp
	10: AddImm dst: r3 imm: -8
	11: MovImm dst: r4 imm: 0
	12: Call FnMapUpdateElem
	13: MovImm dst: r0 imm: 0
	14: Exit

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

