BEGIN:
	   0: StMemDW dst: rfp src: r0 off: -8 imm: 0
	   1: LoadMapPtr dst: r1 fd: 0 <AT_av>
	   3: MovReg dst: r2 src: rfp
	   4: AddImm dst: r2 imm: -8
	   5: Call FnMapLookupElem
	   6: JEqImm dst: r0 off: 7 imm: 0
	   7: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	   8: AddImm dst: r2 imm: -4
	   9: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	  10: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	  11: AddImm dst: r2 imm: 1
	  12: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	  13: Ja off: 10
	  14: StMemDW dst: rfp src: r0 off: -24 imm: -4
	  15: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  16: LoadMapPtr dst: r1 fd: 0 <AT_av>
	  18: MovReg dst: r2 src: rfp
	  19: AddImm dst: r2 imm: -8
	  20: MovReg dst: r3 src: rfp
	  21: AddImm dst: r3 imm: -24
	  22: MovImm dst: r4 imm: 0
	  23: Call FnMapUpdateElem
	  24: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  25: LoadMapPtr dst: r1 fd: 0 <AT_av>
	  27: MovReg dst: r2 src: rfp
	  28: AddImm dst: r2 imm: -8
	  29: Call FnMapLookupElem
	  30: JEqImm dst: r0 off: 7 imm: 0
	  31: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	  32: AddImm dst: r2 imm: 1
	  33: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	  34: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	  35: AddImm dst: r2 imm: 1
	  36: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	  37: Ja off: 10
	  38: StMemDW dst: rfp src: r0 off: -24 imm: 1
	  39: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  40: LoadMapPtr dst: r1 fd: 0 <AT_av>
	  42: MovReg dst: r2 src: rfp
	  43: AddImm dst: r2 imm: -8
	  44: MovReg dst: r3 src: rfp
	  45: AddImm dst: r3 imm: -24
	  46: MovImm dst: r4 imm: 0
	  47: Call FnMapUpdateElem
	  48: StMemDW dst: rfp src: r0 off: -8 imm: 1
	  49: LoadMapPtr dst: r1 fd: 0 <AT_st>
	  51: MovReg dst: r2 src: rfp
	  52: AddImm dst: r2 imm: -8
	  53: Call FnMapLookupElem
	  54: JEqImm dst: r0 off: 7 imm: 0
	  55: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	  56: AddImm dst: r2 imm: -4
	  57: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	  58: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	  59: AddImm dst: r2 imm: 1
	  60: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	  61: Ja off: 10
	  62: StMemDW dst: rfp src: r0 off: -24 imm: -4
	  63: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  64: LoadMapPtr dst: r1 fd: 0 <AT_st>
	  66: MovReg dst: r2 src: rfp
	  67: AddImm dst: r2 imm: -8
	  68: MovReg dst: r3 src: rfp
	  69: AddImm dst: r3 imm: -24
	  70: MovImm dst: r4 imm: 0
	  71: Call FnMapUpdateElem
	  72: StMemDW dst: rfp src: r0 off: -8 imm: 2
	  73: LoadMapPtr dst: r1 fd: 0 <AT_st>
	  75: MovReg dst: r2 src: rfp
	  76: AddImm dst: r2 imm: -8
	  77: Call FnMapLookupElem
	  78: JEqImm dst: r0 off: 7 imm: 0
	  79: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	  80: AddImm dst: r2 imm: 10
	  81: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	  82: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	  83: AddImm dst: r2 imm: 1
	  84: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	  85: Ja off: 10
	  86: StMemDW dst: rfp src: r0 off: -24 imm: 10
	  87: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  88: LoadMapPtr dst: r1 fd: 0 <AT_st>
	  90: MovReg dst: r2 src: rfp
	  91: AddImm dst: r2 imm: -8
	  92: MovReg dst: r3 src: rfp
	  93: AddImm dst: r3 imm: -24
	  94: MovImm dst: r4 imm: 0
	  95: Call FnMapUpdateElem
	  96: StMemDW dst: rfp src: r0 off: -8 imm: 2
	  97: LoadMapPtr dst: r1 fd: 0 <AT_st>
	  99: MovReg dst: r2 src: rfp
	 100: AddImm dst: r2 imm: -8
	 101: Call FnMapLookupElem
	 102: JEqImm dst: r0 off: 7 imm: 0
	 103: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 104: AddImm dst: r2 imm: 4
	 105: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 106: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 107: AddImm dst: r2 imm: 1
	 108: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	 109: Ja off: 10
	 110: StMemDW dst: rfp src: r0 off: -24 imm: 4
	 111: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 112: LoadMapPtr dst: r1 fd: 0 <AT_st>
	 114: MovReg dst: r2 src: rfp
	 115: AddImm dst: r2 imm: -8
	 116: MovReg dst: r3 src: rfp
	 117: AddImm dst: r3 imm: -24
	 118: MovImm dst: r4 imm: 0
	 119: Call FnMapUpdateElem
	 120: StMemDW dst: rfp src: r0 off: -8 imm: 3
	 121: LoadMapPtr dst: r1 fd: 0 <AT_st>
	 123: MovReg dst: r2 src: rfp
	 124: AddImm dst: r2 imm: -8
	 125: Call FnMapLookupElem
	 126: JEqImm dst: r0 off: 7 imm: 0
	 127: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 128: AddImm dst: r2 imm: 100
	 129: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 130: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 131: AddImm dst: r2 imm: 1
	 132: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	 133: Ja off: 10
	 134: StMemDW dst: rfp src: r0 off: -24 imm: 100
	 135: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 136: LoadMapPtr dst: r1 fd: 0 <AT_st>
	 138: MovReg dst: r2 src: rfp
	 139: AddImm dst: r2 imm: -8
	 140: MovReg dst: r3 src: rfp
	 141: AddImm dst: r3 imm: -24
	 142: MovImm dst: r4 imm: 0
	 143: Call FnMapUpdateElem
	 144: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 145: LoadMapPtr dst: r1 fd: 0 <AT_mn>
	 147: MovReg dst: r2 src: rfp
	 148: AddImm dst: r2 imm: -8
	 149: Call FnMapLookupElem
	 150: LdImmDW dst: r6 imm: 4294967295
	 152: LdImmDW dst: r7 imm: 4294967290
	 154: JEqImm dst: r0 off: 9 imm: 0
	 155: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 156: JEqImm dst: r2 off: 4 imm: 0
	 157: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 158: NegImm dst: r2 imm: 0
	 159: AddReg dst: r2 src: r6
	 160: JSLTReg dst: r7 off: 13 src: r2
	 161: StMemDW dst: r0 src: r0 off: 0 imm: 5
	 162: StMemDW dst: r0 src: r0 off: 8 imm: 1
	 163: Ja off: 10
	 164: StMemDW dst: rfp src: r0 off: -24 imm: 5
	 165: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 166: LoadMapPtr dst: r1 fd: 0 <AT_mn>
	 168: MovReg dst: r2 src: rfp
	 169: AddImm dst: r2 imm: -8
	 170: MovReg dst: r3 src: rfp
	 171: AddImm dst: r3 imm: -24
	 172: MovImm dst: r4 imm: 0
	 173: Call FnMapUpdateElem
	 174: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 175: LoadMapPtr dst: r1 fd: 0 <AT_mn>
	 177: MovReg dst: r2 src: rfp
	 178: AddImm dst: r2 imm: -8
	 179: Call FnMapLookupElem
	 180: MovReg dst: r1 src: r0
	 181: JEqImm dst: r1 off: 11 imm: 0
	 182: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 183: JEqImm dst: r2 off: 6 imm: 0
	 184: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 185: NegImm dst: r2 imm: 0
	 186: AddReg dst: r2 src: r6
	 187: LdImmDW dst: r0 imm: 4294967288
	 189: JSGTReg dst: r2 off: 13 src: r0
	 190: StMemDW dst: r1 src: r0 off: 0 imm: 7
	 191: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 192: Ja off: 10
	 193: StMemDW dst: rfp src: r0 off: -24 imm: 7
	 194: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 195: LoadMapPtr dst: r1 fd: 0 <AT_mn>
	 197: MovReg dst: r2 src: rfp
	 198: AddImm dst: r2 imm: -8
	 199: MovReg dst: r3 src: rfp
	 200: AddImm dst: r3 imm: -24
	 201: MovImm dst: r4 imm: 0
	 202: Call FnMapUpdateElem
	 203: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 204: LoadMapPtr dst: r1 fd: 0 <AT_mn2>
	 206: MovReg dst: r2 src: rfp
	 207: AddImm dst: r2 imm: -8
	 208: Call FnMapLookupElem
	 209: MovReg dst: r1 src: r0
	 210: JEqImm dst: r1 off: 10 imm: 0
	 211: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 212: JEqImm dst: r2 off: 8 imm: 0
	 213: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 214: NegImm dst: r2 imm: 0
	 215: AddReg dst: r2 src: r6
	 216: JSGTImm dst: r2 off: 4 imm: -1
	 217: LdImmDW dst: r0 imm: 4294967296
	 219: StXMemDW dst: r1 src: r0 off: 0 imm: 0
	 220: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 221: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 222: LoadMapPtr dst: r1 fd: 0 <AT_mn3>
	 224: MovReg dst: r2 src: rfp
	 225: AddImm dst: r2 imm: -8
	 226: Call FnMapLookupElem
	 227: MovReg dst: r1 src: r0
	 228: JEqImm dst: r1 off: 11 imm: 0
	 229: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 230: JEqImm dst: r2 off: 6 imm: 0
	 231: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 232: NegImm dst: r2 imm: 0
	 233: AddReg dst: r2 src: r6
	 234: LdImmDW dst: r0 imm: 4294967298
	 236: JSGTReg dst: r2 off: 13 src: r0
	 237: StMemDW dst: r1 src: r0 off: 0 imm: -3
	 238: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 239: Ja off: 10
	 240: StMemDW dst: rfp src: r0 off: -24 imm: -3
	 241: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 242: LoadMapPtr dst: r1 fd: 0 <AT_mn3>
	 244: MovReg dst: r2 src: rfp
	 245: AddImm dst: r2 imm: -8
	 246: MovReg dst: r3 src: rfp
	 247: AddImm dst: r3 imm: -24
	 248: MovImm dst: r4 imm: 0
	 249: Call FnMapUpdateElem
	 250: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 251: LoadMapPtr dst: r1 fd: 0 <AT_mn3>
	 253: MovReg dst: r2 src: rfp
	 254: AddImm dst: r2 imm: -8
	 255: Call FnMapLookupElem
	 256: JEqImm dst: r0 off: 9 imm: 0
	 257: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 258: JEqImm dst: r2 off: 4 imm: 0
	 259: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 260: NegImm dst: r2 imm: 0
	 261: AddReg dst: r2 src: r6
	 262: JSLTReg dst: r7 off: 13 src: r2
	 263: StMemDW dst: r0 src: r0 off: 0 imm: 5
	 264: StMemDW dst: r0 src: r0 off: 8 imm: 1
	 265: Ja off: 10
	 266: StMemDW dst: rfp src: r0 off: -24 imm: 5
	 267: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 268: LoadMapPtr dst: r1 fd: 0 <AT_mn3>
	 270: MovReg dst: r2 src: rfp
	 271: AddImm dst: r2 imm: -8
	 272: MovReg dst: r3 src: rfp
	 273: AddImm dst: r3 imm: -24
	 274: MovImm dst: r4 imm: 0
	 275: Call FnMapUpdateElem
	 276: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 277: LoadMapPtr dst: r1 fd: 0 <AT_mnz>
	 279: MovReg dst: r2 src: rfp
	 280: AddImm dst: r2 imm: -8
	 281: Call FnMapLookupElem
	 282: JEqImm dst: r0 off: 9 imm: 0
	 283: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 284: JEqImm dst: r2 off: 4 imm: 0
	 285: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 286: NegImm dst: r2 imm: 0
	 287: AddReg dst: r2 src: r6
	 288: JSLTReg dst: r6 off: 13 src: r2
	 289: StMemDW dst: r0 src: r0 off: 0 imm: 0
	 290: StMemDW dst: r0 src: r0 off: 8 imm: 1
	 291: Ja off: 10
	 292: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 293: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 294: LoadMapPtr dst: r1 fd: 0 <AT_mnz>
	 296: MovReg dst: r2 src: rfp
	 297: AddImm dst: r2 imm: -8
	 298: MovReg dst: r3 src: rfp
	 299: AddImm dst: r3 imm: -24
	 300: MovImm dst: r4 imm: 0
	 301: Call FnMapUpdateElem
	 302: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 303: LoadMapPtr dst: r1 fd: 0 <AT_mx>
	 305: MovReg dst: r2 src: rfp
	 306: AddImm dst: r2 imm: -8
	 307: Call FnMapLookupElem
	 308: JEqImm dst: r0 off: 7 imm: 0
	 309: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 310: JEqImm dst: r2 off: 2 imm: 0
	 311: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 312: JSGTImm dst: r2 off: 13 imm: 5
	 313: StMemDW dst: r0 src: r0 off: 0 imm: 5
	 314: StMemDW dst: r0 src: r0 off: 8 imm: 1
	 315: Ja off: 10
	 316: StMemDW dst: rfp src: r0 off: -24 imm: 5
	 317: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 318: LoadMapPtr dst: r1 fd: 0 <AT_mx>
	 320: MovReg dst: r2 src: rfp
	 321: AddImm dst: r2 imm: -8
	 322: MovReg dst: r3 src: rfp
	 323: AddImm dst: r3 imm: -24
	 324: MovImm dst: r4 imm: 0
	 325: Call FnMapUpdateElem
	 326: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 327: LoadMapPtr dst: r1 fd: 0 <AT_mx>
	 329: MovReg dst: r2 src: rfp
	 330: AddImm dst: r2 imm: -8
	 331: Call FnMapLookupElem
	 332: JEqImm dst: r0 off: 7 imm: 0
	 333: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 334: JEqImm dst: r2 off: 2 imm: 0
	 335: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 336: JSGTImm dst: r2 off: 13 imm: 3
	 337: StMemDW dst: r0 src: r0 off: 0 imm: 3
	 338: StMemDW dst: r0 src: r0 off: 8 imm: 1
	 339: Ja off: 10
	 340: StMemDW dst: rfp src: r0 off: -24 imm: 3
	 341: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 342: LoadMapPtr dst: r1 fd: 0 <AT_mx>
	 344: MovReg dst: r2 src: rfp
	 345: AddImm dst: r2 imm: -8
	 346: MovReg dst: r3 src: rfp
	 347: AddImm dst: r3 imm: -24
	 348: MovImm dst: r4 imm: 0
	 349: Call FnMapUpdateElem
	 350: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 351: LoadMapPtr dst: r1 fd: 0 <AT_mxneg>
	 353: MovReg dst: r2 src: rfp
	 354: AddImm dst: r2 imm: -8
	 355: Call FnMapLookupElem
	 356: JEqImm dst: r0 off: 6 imm: 0
	 357: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 358: JEqImm dst: r2 off: 4 imm: 0
	 359: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 360: JSGTImm dst: r2 off: 2 imm: -3
	 361: StMemDW dst: r0 src: r0 off: 0 imm: -3
	 362: StMemDW dst: r0 src: r0 off: 8 imm: 1
	 363: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 364: LoadMapPtr dst: r1 fd: 0 <AT_mxneg>
	 366: MovReg dst: r2 src: rfp
	 367: AddImm dst: r2 imm: -8
	 368: Call FnMapLookupElem
	 369: JEqImm dst: r0 off: 6 imm: 0
	 370: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 371: JEqImm dst: r2 off: 4 imm: 0
	 372: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 373: JSGTImm dst: r2 off: 2 imm: -9
	 374: StMemDW dst: r0 src: r0 off: 0 imm: -9
	 375: StMemDW dst: r0 src: r0 off: 8 imm: 1
	 376: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 377: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	 379: MovReg dst: r2 src: rfp
	 380: AddImm dst: r2 imm: -8
	 381: Call FnMapLookupElem
	 382: JEqImm dst: r0 off: 7 imm: 0
	 383: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 384: JEqImm dst: r2 off: 2 imm: 0
	 385: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 386: JSGTImm dst: r2 off: 13 imm: 10
	 387: StMemDW dst: r0 src: r0 off: 0 imm: 10
	 388: StMemDW dst: r0 src: r0 off: 8 imm: 1
	 389: Ja off: 10
	 390: StMemDW dst: rfp src: r0 off: -24 imm: 10
	 391: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 392: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	 394: MovReg dst: r2 src: rfp
	 395: AddImm dst: r2 imm: -8
	 396: MovReg dst: r3 src: rfp
	 397: AddImm dst: r3 imm: -24
	 398: MovImm dst: r4 imm: 0
	 399: Call FnMapUpdateElem
	 400: StMemDW dst: rfp src: r0 off: -8 imm: 2
	 401: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	 403: MovReg dst: r2 src: rfp
	 404: AddImm dst: r2 imm: -8
	 405: Call FnMapLookupElem
	 406: JEqImm dst: r0 off: 7 imm: 0
	 407: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 408: JEqImm dst: r2 off: 2 imm: 0
	 409: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 410: JSGTImm dst: r2 off: 13 imm: 30
	 411: StMemDW dst: r0 src: r0 off: 0 imm: 30
	 412: StMemDW dst: r0 src: r0 off: 8 imm: 1
	 413: Ja off: 10
	 414: StMemDW dst: rfp src: r0 off: -24 imm: 30
	 415: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 416: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	 418: MovReg dst: r2 src: rfp
	 419: AddImm dst: r2 imm: -8
	 420: MovReg dst: r3 src: rfp
	 421: AddImm dst: r3 imm: -24
	 422: MovImm dst: r4 imm: 0
	 423: Call FnMapUpdateElem
	 424: StMemDW dst: rfp src: r0 off: -8 imm: 3
	 425: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	 427: MovReg dst: r2 src: rfp
	 428: AddImm dst: r2 imm: -8
	 429: Call FnMapLookupElem
	 430: JEqImm dst: r0 off: 7 imm: 0
	 431: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 432: JEqImm dst: r2 off: 2 imm: 0
	 433: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 434: JSGTImm dst: r2 off: 13 imm: 20
	 435: StMemDW dst: r0 src: r0 off: 0 imm: 20
	 436: StMemDW dst: r0 src: r0 off: 8 imm: 1
	 437: Ja off: 10
	 438: StMemDW dst: rfp src: r0 off: -24 imm: 20
	 439: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 440: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	 442: MovReg dst: r2 src: rfp
	 443: AddImm dst: r2 imm: -8
	 444: MovReg dst: r3 src: rfp
	 445: AddImm dst: r3 imm: -24
	 446: MovImm dst: r4 imm: 0
	 447: Call FnMapUpdateElem
	 448: StMemH dst: rfp src: r0 off: -8 imm: 97
	 449: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	 451: MovReg dst: r2 src: rfp
	 452: AddImm dst: r2 imm: -8
	 453: Call FnMapLookupElem
	 454: MovReg dst: r1 src: r0
	 455: JEqImm dst: r1 off: 11 imm: 0
	 456: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 457: JEqImm dst: r2 off: 6 imm: 0
	 458: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 459: NegImm dst: r2 imm: 0
	 460: AddReg dst: r2 src: r6
	 461: LdImmDW dst: r0 imm: 4294966995
	 463: JSGTReg dst: r2 off: 13 src: r0
	 464: StMemDW dst: r1 src: r0 off: 0 imm: 300
	 465: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 466: Ja off: 10
	 467: StMemDW dst: rfp src: r0 off: -24 imm: 300
	 468: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 469: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	 471: MovReg dst: r2 src: rfp
	 472: AddImm dst: r2 imm: -8
	 473: MovReg dst: r3 src: rfp
	 474: AddImm dst: r3 imm: -24
	 475: MovImm dst: r4 imm: 0
	 476: Call FnMapUpdateElem
	 477: StMemH dst: rfp src: r0 off: -8 imm: 98
	 478: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	 480: MovReg dst: r2 src: rfp
	 481: AddImm dst: r2 imm: -8
	 482: Call FnMapLookupElem
	 483: MovReg dst: r1 src: r0
	 484: JEqImm dst: r1 off: 11 imm: 0
	 485: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 486: JEqImm dst: r2 off: 6 imm: 0
	 487: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 488: NegImm dst: r2 imm: 0
	 489: AddReg dst: r2 src: r6
	 490: LdImmDW dst: r0 imm: 4294967395
	 492: JSGTReg dst: r2 off: 13 src: r0
	 493: StMemDW dst: r1 src: r0 off: 0 imm: -100
	 494: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 495: Ja off: 10
	 496: StMemDW dst: rfp src: r0 off: -24 imm: -100
	 497: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 498: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	 500: MovReg dst: r2 src: rfp
	 501: AddImm dst: r2 imm: -8
	 502: MovReg dst: r3 src: rfp
	 503: AddImm dst: r3 imm: -24
	 504: MovImm dst: r4 imm: 0
	 505: Call FnMapUpdateElem
	 506: StMemH dst: rfp src: r0 off: -8 imm: 99
	 507: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	 509: MovReg dst: r2 src: rfp
	 510: AddImm dst: r2 imm: -8
	 511: Call FnMapLookupElem
	 512: MovReg dst: r1 src: r0
	 513: JEqImm dst: r1 off: 11 imm: 0
	 514: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 515: JEqImm dst: r2 off: 6 imm: 0
	 516: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 517: NegImm dst: r2 imm: 0
	 518: AddReg dst: r2 src: r6
	 519: LdImmDW dst: r0 imm: 4294967095
	 521: JSGTReg dst: r2 off: 13 src: r0
	 522: StMemDW dst: r1 src: r0 off: 0 imm: 200
	 523: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 524: Ja off: 10
	 525: StMemDW dst: rfp src: r0 off: -24 imm: 200
	 526: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 527: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	 529: MovReg dst: r2 src: rfp
	 530: AddImm dst: r2 imm: -8
	 531: MovReg dst: r3 src: rfp
	 532: AddImm dst: r3 imm: -24
	 533: MovImm dst: r4 imm: 0
	 534: Call FnMapUpdateElem
	 535: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 536: LoadMapPtr dst: r1 fd: 0 <AT_a>
	 538: MovReg dst: r2 src: rfp
	 539: AddImm dst: r2 imm: -8
	 540: Call FnMapLookupElem
	 541: JEqImm dst: r0 off: 7 imm: 0
	 542: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 543: AddImm dst: r2 imm: 10
	 544: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 545: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 546: AddImm dst: r2 imm: 1
	 547: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	 548: Ja off: 10
	 549: StMemDW dst: rfp src: r0 off: -24 imm: 10
	 550: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 551: LoadMapPtr dst: r1 fd: 0 <AT_a>
	 553: MovReg dst: r2 src: rfp
	 554: AddImm dst: r2 imm: -8
	 555: MovReg dst: r3 src: rfp
	 556: AddImm dst: r3 imm: -24
	 557: MovImm dst: r4 imm: 0
	 558: Call FnMapUpdateElem
	 559: StMemDW dst: rfp src: r0 off: -8 imm: 2
	 560: LoadMapPtr dst: r1 fd: 0 <AT_a>
	 562: MovReg dst: r2 src: rfp
	 563: AddImm dst: r2 imm: -8
	 564: Call FnMapLookupElem
	 565: JEqImm dst: r0 off: 7 imm: 0
	 566: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 567: AddImm dst: r2 imm: 3
	 568: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 569: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 570: AddImm dst: r2 imm: 1
	 571: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	 572: Ja off: 10
	 573: StMemDW dst: rfp src: r0 off: -24 imm: 3
	 574: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 575: LoadMapPtr dst: r1 fd: 0 <AT_a>
	 577: MovReg dst: r2 src: rfp
	 578: AddImm dst: r2 imm: -8
	 579: MovReg dst: r3 src: rfp
	 580: AddImm dst: r3 imm: -24
	 581: MovImm dst: r4 imm: 0
	 582: Call FnMapUpdateElem
	 583: StMemDW dst: rfp src: r0 off: -8 imm: 3
	 584: LoadMapPtr dst: r1 fd: 0 <AT_a>
	 586: MovReg dst: r2 src: rfp
	 587: AddImm dst: r2 imm: -8
	 588: Call FnMapLookupElem
	 589: JEqImm dst: r0 off: 7 imm: 0
	 590: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 591: AddImm dst: r2 imm: -50
	 592: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 593: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 594: AddImm dst: r2 imm: 1
	 595: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	 596: Ja off: 10
	 597: StMemDW dst: rfp src: r0 off: -24 imm: -50
	 598: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 599: LoadMapPtr dst: r1 fd: 0 <AT_a>
	 601: MovReg dst: r2 src: rfp
	 602: AddImm dst: r2 imm: -8
	 603: MovReg dst: r3 src: rfp
	 604: AddImm dst: r3 imm: -24
	 605: MovImm dst: r4 imm: 0
	 606: Call FnMapUpdateElem
	 607: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	 608: StMemW dst: rfp src: r0 off: -16 imm: 12
	 609: StMemW dst: rfp src: r0 off: -12 imm: 1
	 610: StMemW dst: rfp src: r0 off: -8 imm: 0
	 611: StMemW dst: rfp src: r0 off: -4 imm: 0
	 612: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 614: MovReg dst: r2 src: rfp
	 615: AddImm dst: r2 imm: -24
	 616: MovImm dst: r3 imm: 24
	 617: MovImm dst: r4 imm: 0
	 618: Call FnRingbufOutput
	 619: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	 620: StMemW dst: rfp src: r0 off: -16 imm: 0
	 621: StMemW dst: rfp src: r0 off: -12 imm: 2
	 622: StMemW dst: rfp src: r0 off: -8 imm: 0
	 623: StMemW dst: rfp src: r0 off: -4 imm: 0
	 624: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 626: MovReg dst: r2 src: rfp
	 627: AddImm dst: r2 imm: -24
	 628: MovImm dst: r3 imm: 24
	 629: MovImm dst: r4 imm: 0
	 630: Call FnRingbufOutput
	 631: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	 632: StMemW dst: rfp src: r0 off: -16 imm: 0
	 633: StMemW dst: rfp src: r0 off: -12 imm: 0
	 634: StMemW dst: rfp src: r0 off: -8 imm: 2
	 635: StMemW dst: rfp src: r0 off: -4 imm: 0
	 636: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 638: MovReg dst: r2 src: rfp
	 639: AddImm dst: r2 imm: -24
	 640: MovImm dst: r3 imm: 24
	 641: MovImm dst: r4 imm: 0
	 642: Call FnRingbufOutput
	 643: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	 644: StMemW dst: rfp src: r0 off: -16 imm: 10
	 645: StMemW dst: rfp src: r0 off: -12 imm: 2
	 646: StMemW dst: rfp src: r0 off: -8 imm: 10
	 647: StMemW dst: rfp src: r0 off: -4 imm: 0
	 648: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 650: MovReg dst: r2 src: rfp
	 651: AddImm dst: r2 imm: -24
	 652: MovImm dst: r3 imm: 24
	 653: MovImm dst: r4 imm: 0
	 654: Call FnRingbufOutput
	 655: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	 656: StMemW dst: rfp src: r0 off: -16 imm: 7
	 657: StMemW dst: rfp src: r0 off: -12 imm: 0
	 658: StMemW dst: rfp src: r0 off: -8 imm: 100
	 659: StMemW dst: rfp src: r0 off: -4 imm: 0
	 660: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 662: MovReg dst: r2 src: rfp
	 663: AddImm dst: r2 imm: -24
	 664: MovImm dst: r3 imm: 24
	 665: MovImm dst: r4 imm: 0
	 666: Call FnRingbufOutput
	 667: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 668: LoadMapPtr dst: r1 fd: 0 <AT_z>
	 670: MovReg dst: r2 src: rfp
	 671: AddImm dst: r2 imm: -8
	 672: Call FnMapLookupElem
	 673: JEqImm dst: r0 off: 7 imm: 0
	 674: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 675: AddImm dst: r2 imm: 7
	 676: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 677: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 678: AddImm dst: r2 imm: 1
	 679: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	 680: Ja off: 10
	 681: StMemDW dst: rfp src: r0 off: -24 imm: 7
	 682: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 683: LoadMapPtr dst: r1 fd: 0 <AT_z>
	 685: MovReg dst: r2 src: rfp
	 686: AddImm dst: r2 imm: -8
	 687: MovReg dst: r3 src: rfp
	 688: AddImm dst: r3 imm: -24
	 689: MovImm dst: r4 imm: 0
	 690: Call FnMapUpdateElem
	 691: StMemDW dst: rfp src: r0 off: -8 imm: 2
	 692: LoadMapPtr dst: r1 fd: 0 <AT_z>
	 694: MovReg dst: r2 src: rfp
	 695: AddImm dst: r2 imm: -8
	 696: Call FnMapLookupElem
	 697: JEqImm dst: r0 off: 7 imm: 0
	 698: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 699: AddImm dst: r2 imm: 9
	 700: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 701: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 702: AddImm dst: r2 imm: 1
	 703: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	 704: Ja off: 10
	 705: StMemDW dst: rfp src: r0 off: -24 imm: 9
	 706: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 707: LoadMapPtr dst: r1 fd: 0 <AT_z>
	 709: MovReg dst: r2 src: rfp
	 710: AddImm dst: r2 imm: -8
	 711: MovReg dst: r3 src: rfp
	 712: AddImm dst: r3 imm: -24
	 713: MovImm dst: r4 imm: 0
	 714: Call FnMapUpdateElem
	 715: StMemDW dst: rfp src: r0 off: -16 imm: 30003
	 716: StMemW dst: rfp src: r0 off: -8 imm: 13
	 717: StMemW dst: rfp src: r0 off: -4 imm: 0
	 718: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 720: MovReg dst: r2 src: rfp
	 721: AddImm dst: r2 imm: -16
	 722: MovImm dst: r3 imm: 16
	 723: MovImm dst: r4 imm: 0
	 724: Call FnRingbufOutput
	 725: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	 726: StMemW dst: rfp src: r0 off: -16 imm: 13
	 727: StMemW dst: rfp src: r0 off: -12 imm: 0
	 728: StMemW dst: rfp src: r0 off: -8 imm: 0
	 729: StMemW dst: rfp src: r0 off: -4 imm: 0
	 730: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 732: MovReg dst: r2 src: rfp
	 733: AddImm dst: r2 imm: -24
	 734: MovImm dst: r3 imm: 24
	 735: MovImm dst: r4 imm: 0
	 736: Call FnRingbufOutput
	 737: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 738: LoadMapPtr dst: r1 fd: 0 <AT_c>
	 740: MovReg dst: r2 src: rfp
	 741: AddImm dst: r2 imm: -8
	 742: Call FnMapLookupElem
	 743: JEqImm dst: r0 off: 7 imm: 0
	 744: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 745: AddImm dst: r2 imm: 1
	 746: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 747: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 748: AddImm dst: r2 imm: 1
	 749: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	 750: Ja off: 10
	 751: StMemDW dst: rfp src: r0 off: -24 imm: 1
	 752: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 753: LoadMapPtr dst: r1 fd: 0 <AT_c>
	 755: MovReg dst: r2 src: rfp
	 756: AddImm dst: r2 imm: -8
	 757: MovReg dst: r3 src: rfp
	 758: AddImm dst: r3 imm: -24
	 759: MovImm dst: r4 imm: 0
	 760: Call FnMapUpdateElem
	 761: StMemDW dst: rfp src: r0 off: -16 imm: 30002
	 762: StMemW dst: rfp src: r0 off: -8 imm: 2
	 763: StMemW dst: rfp src: r0 off: -4 imm: 0
	 764: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 766: MovReg dst: r2 src: rfp
	 767: AddImm dst: r2 imm: -16
	 768: MovImm dst: r3 imm: 16
	 769: MovImm dst: r4 imm: 0
	 770: Call FnRingbufOutput
	 771: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 772: LoadMapPtr dst: r1 fd: 0 <AT_d>
	 774: MovReg dst: r2 src: rfp
	 775: AddImm dst: r2 imm: -8
	 776: Call FnMapLookupElem
	 777: MovReg dst: r1 src: r0
	 778: JEqImm dst: r1 off: 11 imm: 0
	 779: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 780: JEqImm dst: r2 off: 6 imm: 0
	 781: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 782: NegImm dst: r2 imm: 0
	 783: AddReg dst: r2 src: r6
	 784: LdImmDW dst: r0 imm: 4294967294
	 786: JSGTReg dst: r2 off: 13 src: r0
	 787: StMemDW dst: r1 src: r0 off: 0 imm: 1
	 788: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 789: Ja off: 10
	 790: StMemDW dst: rfp src: r0 off: -24 imm: 1
	 791: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 792: LoadMapPtr dst: r1 fd: 0 <AT_d>
	 794: MovReg dst: r2 src: rfp
	 795: AddImm dst: r2 imm: -8
	 796: MovReg dst: r3 src: rfp
	 797: AddImm dst: r3 imm: -24
	 798: MovImm dst: r4 imm: 0
	 799: Call FnMapUpdateElem
	 800: StMemDW dst: rfp src: r0 off: -8 imm: 2
	 801: LoadMapPtr dst: r1 fd: 0 <AT_d>
	 803: MovReg dst: r2 src: rfp
	 804: AddImm dst: r2 imm: -8
	 805: Call FnMapLookupElem
	 806: MovReg dst: r1 src: r0
	 807: JEqImm dst: r1 off: 10 imm: 0
	 808: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 809: JEqImm dst: r2 off: 5 imm: 0
	 810: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 811: SubReg dst: r6 src: r2
	 812: LdImmDW dst: r0 imm: 4294967293
	 814: JSGTReg dst: r6 off: 13 src: r0
	 815: StMemDW dst: r1 src: r0 off: 0 imm: 2
	 816: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 817: Ja off: 10
	 818: StMemDW dst: rfp src: r0 off: -24 imm: 2
	 819: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 820: LoadMapPtr dst: r1 fd: 0 <AT_d>
	 822: MovReg dst: r2 src: rfp
	 823: AddImm dst: r2 imm: -8
	 824: MovReg dst: r3 src: rfp
	 825: AddImm dst: r3 imm: -24
	 826: MovImm dst: r4 imm: 0
	 827: Call FnMapUpdateElem
	 828: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 829: LoadMapPtr dst: r1 fd: 0 <AT_d>
	 831: MovReg dst: r2 src: rfp
	 832: AddImm dst: r2 imm: -8
	 833: Call FnMapDeleteElem
	 834: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	 835: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 837: MovReg dst: r2 src: rfp
	 838: AddImm dst: r2 imm: -8
	 839: MovImm dst: r3 imm: 8
	 840: MovImm dst: r4 imm: 0
	 841: Call FnRingbufOutput
	 842: StMemW dst: rfp src: r0 off: -8 imm: 0
	 843: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	 845: MovReg dst: r2 src: rfp
	 846: AddImm dst: r2 imm: -8
	 847: Call FnMapLookupElem
	 848: JEqImm dst: r0 off: 1 imm: 0
	 849: StMemDW dst: r0 src: r0 off: 0 imm: 1
	 850: MovImm dst: r0 imm: 0
	 851: Exit

END:
	  0: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  1: LoadMapPtr dst: r1 fd: 0 <AT_mn>
	  3: MovReg dst: r2 src: rfp
	  4: AddImm dst: r2 imm: -8
	  5: Call FnMapLookupElem
	  6: MovReg dst: r1 src: r0
	  7: JEqImm dst: r1 off: 13 imm: 0
	  8: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	  9: JEqImm dst: r2 off: 8 imm: 0
	 10: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 11: LdImmDW dst: r0 imm: 4294967295
	 13: SubReg dst: r0 src: r2
	 14: MovReg dst: r2 src: r0
	 15: LdImmDW dst: r0 imm: 4294967293
	 17: JSGTReg dst: r2 off: 13 src: r0
	 18: StMemDW dst: r1 src: r0 off: 0 imm: 2
	 19: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 20: Ja off: 10
	 21: StMemDW dst: rfp src: r0 off: -24 imm: 2
	 22: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 23: LoadMapPtr dst: r1 fd: 0 <AT_mn>
	 25: MovReg dst: r2 src: rfp
	 26: AddImm dst: r2 imm: -8
	 27: MovReg dst: r3 src: rfp
	 28: AddImm dst: r3 imm: -24
	 29: MovImm dst: r4 imm: 0
	 30: Call FnMapUpdateElem
	 31: StMemDW dst: rfp src: r0 off: -8 imm: 4
	 32: LoadMapPtr dst: r1 fd: 0 <AT_st>
	 34: MovReg dst: r2 src: rfp
	 35: AddImm dst: r2 imm: -8
	 36: Call FnMapLookupElem
	 37: JEqImm dst: r0 off: 7 imm: 0
	 38: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 39: AddImm dst: r2 imm: -1000
	 40: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 41: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 42: AddImm dst: r2 imm: 1
	 43: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	 44: Ja off: 10
	 45: StMemDW dst: rfp src: r0 off: -24 imm: -1000
	 46: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 47: LoadMapPtr dst: r1 fd: 0 <AT_st>
	 49: MovReg dst: r2 src: rfp
	 50: AddImm dst: r2 imm: -8
	 51: MovReg dst: r3 src: rfp
	 52: AddImm dst: r3 imm: -24
	 53: MovImm dst: r4 imm: 0
	 54: Call FnMapUpdateElem
	 55: MovImm dst: r0 imm: 0
	 56: Exit

