BEGIN:
	  0: StMemDW dst: rfp src: r0 off: -152 imm: 0
	  1: StMemDW dst: rfp src: r0 off: -144 imm: 42
	  2: LdImmDW dst: r6 imm: 478560413032
	  4: StXMemDW dst: rfp src: r6 off: -136 imm: 0
	  5: StMemDW dst: rfp src: r0 off: -128 imm: 0
	  6: StMemDW dst: rfp src: r0 off: -120 imm: 0
	  7: StMemDW dst: rfp src: r0 off: -112 imm: 0
	  8: StMemDW dst: rfp src: r0 off: -104 imm: 0
	  9: StMemDW dst: rfp src: r0 off: -96 imm: 0
	 10: StMemDW dst: rfp src: r0 off: -88 imm: 0
	 11: StMemDW dst: rfp src: r0 off: -80 imm: 0
	 12: StMemDW dst: rfp src: r0 off: -72 imm: 3
	 13: StMemDW dst: rfp src: r0 off: -64 imm: 0
	 14: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 15: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 16: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 17: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 18: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 19: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 20: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 21: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 23: MovReg dst: r2 src: rfp
	 24: AddImm dst: r2 imm: -152
	 25: MovImm dst: r3 imm: 152
	 26: MovImm dst: r4 imm: 0
	 27: Call FnRingbufOutput
	 28: StMemDW dst: rfp src: r0 off: -200 imm: 1
	 29: StMemDW dst: rfp src: r0 off: -192 imm: 1869376613
	 30: StMemDW dst: rfp src: r0 off: -184 imm: 0
	 31: StMemDW dst: rfp src: r0 off: -176 imm: 0
	 32: StMemDW dst: rfp src: r0 off: -168 imm: 0
	 33: StMemDW dst: rfp src: r0 off: -160 imm: 0
	 34: StMemDW dst: rfp src: r0 off: -152 imm: 0
	 35: StMemDW dst: rfp src: r0 off: -144 imm: 0
	 36: StMemDW dst: rfp src: r0 off: -136 imm: 0
	 37: StMemDW dst: rfp src: r0 off: -128 imm: 7302252
	 38: StMemDW dst: rfp src: r0 off: -120 imm: 0
	 39: StMemDW dst: rfp src: r0 off: -112 imm: 0
	 40: StMemDW dst: rfp src: r0 off: -104 imm: 0
	 41: StMemDW dst: rfp src: r0 off: -96 imm: 0
	 42: StMemDW dst: rfp src: r0 off: -88 imm: 0
	 43: StMemDW dst: rfp src: r0 off: -80 imm: 0
	 44: StMemDW dst: rfp src: r0 off: -72 imm: 0
	 45: StMemDW dst: rfp src: r0 off: -64 imm: 111
	 46: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 47: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 48: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 49: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 50: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 51: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 52: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 53: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 55: MovReg dst: r2 src: rfp
	 56: AddImm dst: r2 imm: -200
	 57: MovImm dst: r3 imm: 200
	 58: MovImm dst: r4 imm: 0
	 59: Call FnRingbufOutput
	 60: StMemDW dst: rfp src: r0 off: -136 imm: 2
	 61: StMemDW dst: rfp src: r0 off: -128 imm: 7103848
	 62: StMemDW dst: rfp src: r0 off: -120 imm: 0
	 63: StMemDW dst: rfp src: r0 off: -112 imm: 0
	 64: StMemDW dst: rfp src: r0 off: -104 imm: 0
	 65: StMemDW dst: rfp src: r0 off: -96 imm: 0
	 66: StMemDW dst: rfp src: r0 off: -88 imm: 0
	 67: StMemDW dst: rfp src: r0 off: -80 imm: 0
	 68: StMemDW dst: rfp src: r0 off: -72 imm: 0
	 69: StMemDW dst: rfp src: r0 off: -64 imm: 12852
	 70: StMemDW dst: rfp src: r0 off: -56 imm: 0
	 71: StMemDW dst: rfp src: r0 off: -48 imm: 0
	 72: StMemDW dst: rfp src: r0 off: -40 imm: 0
	 73: StMemDW dst: rfp src: r0 off: -32 imm: 0
	 74: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 75: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 76: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 77: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 79: MovReg dst: r2 src: rfp
	 80: AddImm dst: r2 imm: -136
	 81: MovImm dst: r3 imm: 136
	 82: MovImm dst: r4 imm: 0
	 83: Call FnRingbufOutput
	 84: StMemDW dst: rfp src: r0 off: -24 imm: 30007
	 85: StMemDW dst: rfp src: r0 off: -16 imm: 0
	 86: StMemDW dst: rfp src: r0 off: -8 imm: 42
	 87: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 89: MovReg dst: r2 src: rfp
	 90: AddImm dst: r2 imm: -24
	 91: MovImm dst: r3 imm: 24
	 92: MovImm dst: r4 imm: 0
	 93: Call FnRingbufOutput
	 94: StMemDW dst: rfp src: r0 off: -8 imm: 3
	 95: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 97: MovReg dst: r2 src: rfp
	 98: AddImm dst: r2 imm: -8
	 99: MovImm dst: r3 imm: 8
	100: MovImm dst: r4 imm: 0
	101: Call FnRingbufOutput
	102: StXMemDW dst: rfp src: r6 off: -64 imm: 0
	103: StMemDW dst: rfp src: r0 off: -56 imm: 0
	104: StMemDW dst: rfp src: r0 off: -48 imm: 0
	105: StMemDW dst: rfp src: r0 off: -40 imm: 0
	106: StMemDW dst: rfp src: r0 off: -32 imm: 0
	107: StMemDW dst: rfp src: r0 off: -24 imm: 0
	108: StMemDW dst: rfp src: r0 off: -16 imm: 0
	109: StMemDW dst: rfp src: r0 off: -8 imm: 0
	110: MovReg dst: r6 src: rfp
	111: AddImm dst: r6 imm: -72
	112: StMemDW dst: rfp src: r0 off: -72 imm: 0
	113: MovReg dst: r2 src: r6
	114: LoadMapPtr dst: r1 fd: 0 <AT_p>
	116: MovReg dst: r3 src: rfp
	117: AddImm dst: r3 imm: -64
	118: MovImm dst: r4 imm: 0
	119: Call FnMapUpdateElem
	120: MovReg dst: r2 src: r6
	121: MovReg dst: r3 src: r6
	122: LoadMapPtr dst: r1 fd: 0 <AT_n>
	124: MovImm dst: r4 imm: 0
	125: Call FnMapUpdateElem
	126: LdImmDW dst: r0 imm: 7233174018435802742
	128: StXMemDW dst: rfp src: r0 off: -64 imm: 0
	129: StMemDW dst: rfp src: r0 off: -56 imm: 0
	130: StMemDW dst: rfp src: r0 off: -48 imm: 0
	131: StMemDW dst: rfp src: r0 off: -40 imm: 0
	132: StMemDW dst: rfp src: r0 off: -32 imm: 0
	133: StMemDW dst: rfp src: r0 off: -24 imm: 0
	134: StMemDW dst: rfp src: r0 off: -16 imm: 0
	135: StMemDW dst: rfp src: r0 off: -8 imm: 0
	136: MovReg dst: r2 src: r6
	137: LoadMapPtr dst: r1 fd: 0 <AT_k>
	139: MovReg dst: r3 src: rfp
	140: AddImm dst: r3 imm: -64
	141: MovImm dst: r4 imm: 0
	142: Call FnMapUpdateElem
	143: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	144: LoadMapPtr dst: r1 fd: 0 <AT__events>
	146: MovReg dst: r2 src: rfp
	147: AddImm dst: r2 imm: -8
	148: MovImm dst: r3 imm: 8
	149: MovImm dst: r4 imm: 0
	150: Call FnRingbufOutput
	151: StMemW dst: rfp src: r0 off: -8 imm: 0
	152: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	154: MovReg dst: r2 src: rfp
	155: AddImm dst: r2 imm: -8
	156: Call FnMapLookupElem
	157: JEqImm dst: r0 off: 1 imm: 0
	158: StMemDW dst: r0 src: r0 off: 0 imm: 1
	159: MovImm dst: r0 imm: 0
	160: Exit

