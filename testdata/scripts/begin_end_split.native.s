BEGIN:
	 0: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 1: LoadMapPtr dst: r1 fd: 0 <AT_runs>
	 3: MovReg dst: r2 src: rfp
	 4: AddImm dst: r2 imm: -8
	 5: Call FnMapLookupElem
	 6: MovReg dst: r1 src: r0
	 7: JEqImm dst: r1 off: 4 imm: 0
	 8: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 9: AddImm dst: r2 imm: 1
	10: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	11: Ja off: 9
	12: StMemDW dst: rfp src: r0 off: -16 imm: 1
	13: LoadMapPtr dst: r1 fd: 0 <AT_runs>
	15: MovReg dst: r2 src: rfp
	16: AddImm dst: r2 imm: -8
	17: MovReg dst: r3 src: rfp
	18: AddImm dst: r3 imm: -16
	19: MovImm dst: r4 imm: 0
	20: Call FnMapUpdateElem
	21: StMemDW dst: rfp src: r0 off: -16 imm: 0
	22: StMemDW dst: rfp src: r0 off: -24 imm: 0
	23: LoadMapPtr dst: r1 fd: 0 <AT_runs>
	25: MovReg dst: r2 src: rfp
	26: AddImm dst: r2 imm: -24
	27: Call FnMapLookupElem
	28: MovReg dst: r1 src: r0
	29: JEqImm dst: r1 off: 2 imm: 0
	30: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	31: Ja off: 1
	32: MovImm dst: r1 imm: 0
	33: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	34: LoadMapPtr dst: r1 fd: 0 <AT__events>
	36: MovReg dst: r2 src: rfp
	37: AddImm dst: r2 imm: -16
	38: MovImm dst: r3 imm: 16
	39: MovImm dst: r4 imm: 0
	40: Call FnRingbufOutput
	41: MovImm dst: r0 imm: 0
	42: Exit

END:
	 0: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 1: LoadMapPtr dst: r1 fd: 0 <AT_runs>
	 3: MovReg dst: r2 src: rfp
	 4: AddImm dst: r2 imm: -8
	 5: Call FnMapLookupElem
	 6: MovReg dst: r1 src: r0
	 7: JEqImm dst: r1 off: 4 imm: 0
	 8: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 9: AddImm dst: r2 imm: 1
	10: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	11: Ja off: 9
	12: StMemDW dst: rfp src: r0 off: -16 imm: 1
	13: LoadMapPtr dst: r1 fd: 0 <AT_runs>
	15: MovReg dst: r2 src: rfp
	16: AddImm dst: r2 imm: -8
	17: MovReg dst: r3 src: rfp
	18: AddImm dst: r3 imm: -16
	19: MovImm dst: r4 imm: 0
	20: Call FnMapUpdateElem
	21: StMemDW dst: rfp src: r0 off: -16 imm: 1
	22: StMemDW dst: rfp src: r0 off: -24 imm: 0
	23: LoadMapPtr dst: r1 fd: 0 <AT_runs>
	25: MovReg dst: r2 src: rfp
	26: AddImm dst: r2 imm: -24
	27: Call FnMapLookupElem
	28: MovReg dst: r1 src: r0
	29: JEqImm dst: r1 off: 2 imm: 0
	30: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	31: Ja off: 1
	32: MovImm dst: r1 imm: 0
	33: StXMemDW dst: rfp src: r1 off: -8 imm: 0
	34: LoadMapPtr dst: r1 fd: 0 <AT__events>
	36: MovReg dst: r2 src: rfp
	37: AddImm dst: r2 imm: -16
	38: MovImm dst: r3 imm: 16
	39: MovImm dst: r4 imm: 0
	40: Call FnRingbufOutput
	41: MovImm dst: r0 imm: 0
	42: Exit

interval:
	  0: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  1: LoadMapPtr dst: r1 fd: 0 <AT_runs>
	  3: MovReg dst: r2 src: rfp
	  4: AddImm dst: r2 imm: -8
	  5: Call FnMapLookupElem
	  6: MovReg dst: r1 src: r0
	  7: JEqImm dst: r1 off: 2 imm: 0
	  8: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	  9: Ja off: 1
	 10: MovImm dst: r1 imm: 0
	 11: JEqImm dst: r1 off: 2 imm: 1
	 12: MovImm dst: r1 imm: 0
	 13: Ja off: 1
	 14: MovImm dst: r1 imm: 1
	 15: JEqImm dst: r1 off: 7 imm: 0
	 16: Call FnGetCurrentPidTgid
	 17: MovReg dst: r1 src: r0
	 18: RShImm dst: r1 imm: 32
	 19: JEqImm dst: r1 off: 2 imm: 0
	 20: MovImm dst: r1 imm: 0
	 21: Ja off: 1
	 22: MovImm dst: r1 imm: 1
	 23: JNEImm dst: r1 off: 2 imm: 0
	 24: MovImm dst: r0 imm: 0
	 25: Exit
	 26: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 27: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 29: MovReg dst: r2 src: rfp
	 30: AddImm dst: r2 imm: -8
	 31: Call FnMapLookupElem
	 32: MovReg dst: r1 src: r0
	 33: JEqImm dst: r1 off: 4 imm: 0
	 34: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 35: AddImm dst: r2 imm: 1
	 36: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 37: Ja off: 9
	 38: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 39: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 41: MovReg dst: r2 src: rfp
	 42: AddImm dst: r2 imm: -8
	 43: MovReg dst: r3 src: rfp
	 44: AddImm dst: r3 imm: -16
	 45: MovImm dst: r4 imm: 0
	 46: Call FnMapUpdateElem
	 47: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 48: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 50: MovReg dst: r2 src: rfp
	 51: AddImm dst: r2 imm: -8
	 52: Call FnMapLookupElem
	 53: MovReg dst: r1 src: r0
	 54: JEqImm dst: r1 off: 2 imm: 0
	 55: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 56: Ja off: 1
	 57: MovImm dst: r1 imm: 0
	 58: JNEImm dst: r1 off: 19 imm: 2
	 59: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	 60: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 62: MovReg dst: r2 src: rfp
	 63: AddImm dst: r2 imm: -8
	 64: MovImm dst: r3 imm: 8
	 65: MovImm dst: r4 imm: 0
	 66: Call FnRingbufOutput
	 67: StMemW dst: rfp src: r0 off: -8 imm: 0
	 68: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	 70: MovReg dst: r2 src: rfp
	 71: AddImm dst: r2 imm: -8
	 72: Call FnMapLookupElem
	 73: MovReg dst: r1 src: r0
	 74: JEqImm dst: r1 off: 1 imm: 0
	 75: StMemDW dst: r1 src: r0 off: 0 imm: 1
	 76: MovImm dst: r0 imm: 0
	 77: Exit
	 78: MovImm dst: r0 imm: 0
	 79: Exit

tp_sys_enter_getppid:
	  0: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  1: LoadMapPtr dst: r1 fd: 0 <AT_runs>
	  3: MovReg dst: r2 src: rfp
	  4: AddImm dst: r2 imm: -8
	  5: Call FnMapLookupElem
	  6: MovReg dst: r1 src: r0
	  7: JEqImm dst: r1 off: 2 imm: 0
	  8: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	  9: Ja off: 1
	 10: MovImm dst: r1 imm: 0
	 11: JEqImm dst: r1 off: 2 imm: 1
	 12: MovImm dst: r1 imm: 0
	 13: Ja off: 1
	 14: MovImm dst: r1 imm: 1
	 15: JEqImm dst: r1 off: 7 imm: 0
	 16: Call FnGetCurrentPidTgid
	 17: MovReg dst: r1 src: r0
	 18: RShImm dst: r1 imm: 32
	 19: JEqImm dst: r1 off: 2 imm: 0
	 20: MovImm dst: r1 imm: 0
	 21: Ja off: 1
	 22: MovImm dst: r1 imm: 1
	 23: JNEImm dst: r1 off: 2 imm: 0
	 24: MovImm dst: r0 imm: 0
	 25: Exit
	 26: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 27: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 29: MovReg dst: r2 src: rfp
	 30: AddImm dst: r2 imm: -8
	 31: Call FnMapLookupElem
	 32: MovReg dst: r1 src: r0
	 33: JEqImm dst: r1 off: 4 imm: 0
	 34: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 35: AddImm dst: r2 imm: 1
	 36: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 37: Ja off: 9
	 38: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 39: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 41: MovReg dst: r2 src: rfp
	 42: AddImm dst: r2 imm: -8
	 43: MovReg dst: r3 src: rfp
	 44: AddImm dst: r3 imm: -16
	 45: MovImm dst: r4 imm: 0
	 46: Call FnMapUpdateElem
	 47: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 48: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 50: MovReg dst: r2 src: rfp
	 51: AddImm dst: r2 imm: -8
	 52: Call FnMapLookupElem
	 53: MovReg dst: r1 src: r0
	 54: JEqImm dst: r1 off: 2 imm: 0
	 55: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 56: Ja off: 1
	 57: MovImm dst: r1 imm: 0
	 58: JNEImm dst: r1 off: 19 imm: 2
	 59: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	 60: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 62: MovReg dst: r2 src: rfp
	 63: AddImm dst: r2 imm: -8
	 64: MovImm dst: r3 imm: 8
	 65: MovImm dst: r4 imm: 0
	 66: Call FnRingbufOutput
	 67: StMemW dst: rfp src: r0 off: -8 imm: 0
	 68: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	 70: MovReg dst: r2 src: rfp
	 71: AddImm dst: r2 imm: -8
	 72: Call FnMapLookupElem
	 73: MovReg dst: r1 src: r0
	 74: JEqImm dst: r1 off: 1 imm: 0
	 75: StMemDW dst: r1 src: r0 off: 0 imm: 1
	 76: MovImm dst: r0 imm: 0
	 77: Exit
	 78: MovImm dst: r0 imm: 0
	 79: Exit

