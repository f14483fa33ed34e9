BEGIN:
	 0: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 1: LoadMapPtr dst: r1 fd: 0 <AT_runs>
	 3: MovReg dst: r2 src: rfp
	 4: AddImm dst: r2 imm: -8
	 5: Call FnMapLookupElem
	 6: JEqImm dst: r0 off: 4 imm: 0
	 7: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 8: AddImm dst: r2 imm: 1
	 9: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	10: Ja off: 9
	11: StMemDW dst: rfp src: r0 off: -16 imm: 1
	12: LoadMapPtr dst: r1 fd: 0 <AT_runs>
	14: MovReg dst: r2 src: rfp
	15: AddImm dst: r2 imm: -8
	16: MovReg dst: r3 src: rfp
	17: AddImm dst: r3 imm: -16
	18: MovImm dst: r4 imm: 0
	19: Call FnMapUpdateElem
	20: StMemDW dst: rfp src: r0 off: -16 imm: 0
	21: StMemDW dst: rfp src: r0 off: -24 imm: 0
	22: LoadMapPtr dst: r1 fd: 0 <AT_runs>
	24: MovReg dst: r2 src: rfp
	25: AddImm dst: r2 imm: -24
	26: Call FnMapLookupElem
	27: JEqImm dst: r0 off: 2 imm: 0
	28: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	29: Ja off: 1
	30: MovImm dst: r1 imm: 0
	31: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	32: LoadMapPtr dst: r1 fd: 0 <AT__events>
	34: MovReg dst: r2 src: rfp
	35: AddImm dst: r2 imm: -16
	36: MovImm dst: r3 imm: 16
	37: MovImm dst: r4 imm: 0
	38: Call FnRingbufOutput
	39: MovImm dst: r0 imm: 0
	40: Exit

interval:
	0: Call -1 <sub_interval>
	1: Exit

tp_sys_enter_getppid:
	0: Call -1 <sub_interval>
	1: Exit

sub_interval:
	  0: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  1: LoadMapPtr dst: r1 fd: 0 <AT_runs>
	  3: MovReg dst: r2 src: rfp
	  4: AddImm dst: r2 imm: -8
	  5: Call FnMapLookupElem
	  6: JEqImm dst: r0 off: 55 imm: 0
	  7: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	  8: JNEImm dst: r1 off: 53 imm: 1
	  9: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 11: MovReg dst: r2 src: rfp
	 12: AddImm dst: r2 imm: -8
	 13: Call FnMapLookupElem
	 14: JEqImm dst: r0 off: 2 imm: 0
	 15: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 16: JSGEImm dst: r1 off: 45 imm: 2
	 17: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 18: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 20: MovReg dst: r2 src: rfp
	 21: AddImm dst: r2 imm: -8
	 22: Call FnMapLookupElem
	 23: JEqImm dst: r0 off: 4 imm: 0
	 24: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 25: AddImm dst: r2 imm: 1
	 26: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 27: Ja off: 9
	 28: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 29: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 31: MovReg dst: r2 src: rfp
	 32: AddImm dst: r2 imm: -8
	 33: MovReg dst: r3 src: rfp
	 34: AddImm dst: r3 imm: -16
	 35: MovImm dst: r4 imm: 0
	 36: Call FnMapUpdateElem
	 37: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 38: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 40: MovReg dst: r2 src: rfp
	 41: AddImm dst: r2 imm: -8
	 42: Call FnMapLookupElem
	 43: JEqImm dst: r0 off: 18 imm: 0
	 44: LdXMemDW dst: r1 src: r0 off: 0 imm: 0
	 45: JNEImm dst: r1 off: 16 imm: 2
	 46: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	 47: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 49: MovReg dst: r2 src: rfp
	 50: AddImm dst: r2 imm: -8
	 51: MovImm dst: r3 imm: 8
	 52: MovImm dst: r4 imm: 0
	 53: Call FnRingbufOutput
	 54: StMemW dst: rfp src: r0 off: -8 imm: 0
	 55: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	 57: MovReg dst: r2 src: rfp
	 58: AddImm dst: r2 imm: -8
	 59: Call FnMapLookupElem
	 60: JEqImm dst: r0 off: 1 imm: 0
	 61: StMemDW dst: r0 src: r0 off: 0 imm: 1
	 62: MovImm dst: r0 imm: 0
	 63: Exit

