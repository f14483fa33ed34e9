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
	 15: JEqImm dst: r1 off: 15 imm: 0
	 16: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 17: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 19: MovReg dst: r2 src: rfp
	 20: AddImm dst: r2 imm: -8
	 21: Call FnMapLookupElem
	 22: MovReg dst: r1 src: r0
	 23: JEqImm dst: r1 off: 2 imm: 0
	 24: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 25: Ja off: 1
	 26: MovImm dst: r1 imm: 0
	 27: JSLTImm dst: r1 off: 2 imm: 2
	 28: MovImm dst: r1 imm: 0
	 29: Ja off: 1
	 30: MovImm dst: r1 imm: 1
	 31: JNEImm dst: r1 off: 2 imm: 0
	 32: MovImm dst: r0 imm: 0
	 33: Exit
	 34: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 35: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 37: MovReg dst: r2 src: rfp
	 38: AddImm dst: r2 imm: -8
	 39: Call FnMapLookupElem
	 40: MovReg dst: r1 src: r0
	 41: JEqImm dst: r1 off: 4 imm: 0
	 42: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 43: AddImm dst: r2 imm: 1
	 44: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 45: Ja off: 9
	 46: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 47: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 49: MovReg dst: r2 src: rfp
	 50: AddImm dst: r2 imm: -8
	 51: MovReg dst: r3 src: rfp
	 52: AddImm dst: r3 imm: -16
	 53: MovImm dst: r4 imm: 0
	 54: Call FnMapUpdateElem
	 55: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 56: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 58: MovReg dst: r2 src: rfp
	 59: AddImm dst: r2 imm: -8
	 60: Call FnMapLookupElem
	 61: MovReg dst: r1 src: r0
	 62: JEqImm dst: r1 off: 2 imm: 0
	 63: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 64: Ja off: 1
	 65: MovImm dst: r1 imm: 0
	 66: JNEImm dst: r1 off: 19 imm: 2
	 67: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	 68: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 70: MovReg dst: r2 src: rfp
	 71: AddImm dst: r2 imm: -8
	 72: MovImm dst: r3 imm: 8
	 73: MovImm dst: r4 imm: 0
	 74: Call FnRingbufOutput
	 75: StMemW dst: rfp src: r0 off: -8 imm: 0
	 76: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	 78: MovReg dst: r2 src: rfp
	 79: AddImm dst: r2 imm: -8
	 80: Call FnMapLookupElem
	 81: MovReg dst: r1 src: r0
	 82: JEqImm dst: r1 off: 1 imm: 0
	 83: StMemDW dst: r1 src: r0 off: 0 imm: 1
	 84: MovImm dst: r0 imm: 0
	 85: Exit
	 86: MovImm dst: r0 imm: 0
	 87: Exit

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
	 15: JEqImm dst: r1 off: 15 imm: 0
	 16: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 17: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 19: MovReg dst: r2 src: rfp
	 20: AddImm dst: r2 imm: -8
	 21: Call FnMapLookupElem
	 22: MovReg dst: r1 src: r0
	 23: JEqImm dst: r1 off: 2 imm: 0
	 24: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 25: Ja off: 1
	 26: MovImm dst: r1 imm: 0
	 27: JSLTImm dst: r1 off: 2 imm: 2
	 28: MovImm dst: r1 imm: 0
	 29: Ja off: 1
	 30: MovImm dst: r1 imm: 1
	 31: JNEImm dst: r1 off: 2 imm: 0
	 32: MovImm dst: r0 imm: 0
	 33: Exit
	 34: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 35: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 37: MovReg dst: r2 src: rfp
	 38: AddImm dst: r2 imm: -8
	 39: Call FnMapLookupElem
	 40: MovReg dst: r1 src: r0
	 41: JEqImm dst: r1 off: 4 imm: 0
	 42: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 43: AddImm dst: r2 imm: 1
	 44: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 45: Ja off: 9
	 46: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 47: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 49: MovReg dst: r2 src: rfp
	 50: AddImm dst: r2 imm: -8
	 51: MovReg dst: r3 src: rfp
	 52: AddImm dst: r3 imm: -16
	 53: MovImm dst: r4 imm: 0
	 54: Call FnMapUpdateElem
	 55: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 56: LoadMapPtr dst: r1 fd: 0 <AT_ticks>
	 58: MovReg dst: r2 src: rfp
	 59: AddImm dst: r2 imm: -8
	 60: Call FnMapLookupElem
	 61: MovReg dst: r1 src: r0
	 62: JEqImm dst: r1 off: 2 imm: 0
	 63: LdXMemDW dst: r1 src: r1 off: 0 imm: 0
	 64: Ja off: 1
	 65: MovImm dst: r1 imm: 0
	 66: JNEImm dst: r1 off: 19 imm: 2
	 67: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	 68: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 70: MovReg dst: r2 src: rfp
	 71: AddImm dst: r2 imm: -8
	 72: MovImm dst: r3 imm: 8
	 73: MovImm dst: r4 imm: 0
	 74: Call FnRingbufOutput
	 75: StMemW dst: rfp src: r0 off: -8 imm: 0
	 76: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	 78: MovReg dst: r2 src: rfp
	 79: AddImm dst: r2 imm: -8
	 80: Call FnMapLookupElem
	 81: MovReg dst: r1 src: r0
	 82: JEqImm dst: r1 off: 1 imm: 0
	 83: StMemDW dst: r1 src: r0 off: 0 imm: 1
	 84: MovImm dst: r0 imm: 0
	 85: Exit
	 86: MovImm dst: r0 imm: 0
	 87: Exit

