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
	 150: MovReg dst: r1 src: r0
	 151: LdImmDW dst: r6 imm: 4294967295
	 153: LdImmDW dst: r7 imm: 4294967290
	 155: JEqImm dst: r1 off: 10 imm: 0
	 156: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 157: JEqImm dst: r2 off: 5 imm: 0
	 158: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 159: MovReg dst: r0 src: r6
	 160: SubReg dst: r0 src: r2
	 161: MovReg dst: r2 src: r0
	 162: JSLTReg dst: r7 off: 13 src: r2
	 163: StMemDW dst: r1 src: r0 off: 0 imm: 5
	 164: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 165: Ja off: 10
	 166: StMemDW dst: rfp src: r0 off: -24 imm: 5
	 167: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 168: LoadMapPtr dst: r1 fd: 0 <AT_mn>
	 170: MovReg dst: r2 src: rfp
	 171: AddImm dst: r2 imm: -8
	 172: MovReg dst: r3 src: rfp
	 173: AddImm dst: r3 imm: -24
	 174: MovImm dst: r4 imm: 0
	 175: Call FnMapUpdateElem
	 176: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 177: LoadMapPtr dst: r1 fd: 0 <AT_mn>
	 179: MovReg dst: r2 src: rfp
	 180: AddImm dst: r2 imm: -8
	 181: Call FnMapLookupElem
	 182: MovReg dst: r1 src: r0
	 183: JEqImm dst: r1 off: 12 imm: 0
	 184: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 185: JEqImm dst: r2 off: 7 imm: 0
	 186: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 187: MovReg dst: r0 src: r6
	 188: SubReg dst: r0 src: r2
	 189: MovReg dst: r2 src: r0
	 190: LdImmDW dst: r0 imm: 4294967288
	 192: JSGTReg dst: r2 off: 13 src: r0
	 193: StMemDW dst: r1 src: r0 off: 0 imm: 7
	 194: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 195: Ja off: 10
	 196: StMemDW dst: rfp src: r0 off: -24 imm: 7
	 197: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 198: LoadMapPtr dst: r1 fd: 0 <AT_mn>
	 200: MovReg dst: r2 src: rfp
	 201: AddImm dst: r2 imm: -8
	 202: MovReg dst: r3 src: rfp
	 203: AddImm dst: r3 imm: -24
	 204: MovImm dst: r4 imm: 0
	 205: Call FnMapUpdateElem
	 206: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 207: LoadMapPtr dst: r1 fd: 0 <AT_mn2>
	 209: MovReg dst: r2 src: rfp
	 210: AddImm dst: r2 imm: -8
	 211: Call FnMapLookupElem
	 212: MovReg dst: r1 src: r0
	 213: JEqImm dst: r1 off: 11 imm: 0
	 214: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 215: JEqImm dst: r2 off: 9 imm: 0
	 216: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 217: MovReg dst: r0 src: r6
	 218: SubReg dst: r0 src: r2
	 219: MovReg dst: r2 src: r0
	 220: JSGTImm dst: r2 off: 4 imm: -1
	 221: LdImmDW dst: r0 imm: 4294967296
	 223: StXMemDW dst: r1 src: r0 off: 0 imm: 0
	 224: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 225: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 226: LoadMapPtr dst: r1 fd: 0 <AT_mn3>
	 228: MovReg dst: r2 src: rfp
	 229: AddImm dst: r2 imm: -8
	 230: Call FnMapLookupElem
	 231: MovReg dst: r1 src: r0
	 232: JEqImm dst: r1 off: 12 imm: 0
	 233: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 234: JEqImm dst: r2 off: 7 imm: 0
	 235: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 236: MovReg dst: r0 src: r6
	 237: SubReg dst: r0 src: r2
	 238: MovReg dst: r2 src: r0
	 239: LdImmDW dst: r0 imm: 4294967298
	 241: JSGTReg dst: r2 off: 13 src: r0
	 242: StMemDW dst: r1 src: r0 off: 0 imm: -3
	 243: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 244: Ja off: 10
	 245: StMemDW dst: rfp src: r0 off: -24 imm: -3
	 246: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 247: LoadMapPtr dst: r1 fd: 0 <AT_mn3>
	 249: MovReg dst: r2 src: rfp
	 250: AddImm dst: r2 imm: -8
	 251: MovReg dst: r3 src: rfp
	 252: AddImm dst: r3 imm: -24
	 253: MovImm dst: r4 imm: 0
	 254: Call FnMapUpdateElem
	 255: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 256: LoadMapPtr dst: r1 fd: 0 <AT_mn3>
	 258: MovReg dst: r2 src: rfp
	 259: AddImm dst: r2 imm: -8
	 260: Call FnMapLookupElem
	 261: MovReg dst: r1 src: r0
	 262: JEqImm dst: r1 off: 10 imm: 0
	 263: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 264: JEqImm dst: r2 off: 5 imm: 0
	 265: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 266: MovReg dst: r0 src: r6
	 267: SubReg dst: r0 src: r2
	 268: MovReg dst: r2 src: r0
	 269: JSLTReg dst: r7 off: 13 src: r2
	 270: StMemDW dst: r1 src: r0 off: 0 imm: 5
	 271: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 272: Ja off: 10
	 273: StMemDW dst: rfp src: r0 off: -24 imm: 5
	 274: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 275: LoadMapPtr dst: r1 fd: 0 <AT_mn3>
	 277: MovReg dst: r2 src: rfp
	 278: AddImm dst: r2 imm: -8
	 279: MovReg dst: r3 src: rfp
	 280: AddImm dst: r3 imm: -24
	 281: MovImm dst: r4 imm: 0
	 282: Call FnMapUpdateElem
	 283: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 284: LoadMapPtr dst: r1 fd: 0 <AT_mnz>
	 286: MovReg dst: r2 src: rfp
	 287: AddImm dst: r2 imm: -8
	 288: Call FnMapLookupElem
	 289: MovReg dst: r1 src: r0
	 290: JEqImm dst: r1 off: 10 imm: 0
	 291: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 292: JEqImm dst: r2 off: 5 imm: 0
	 293: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 294: MovReg dst: r0 src: r6
	 295: SubReg dst: r0 src: r2
	 296: MovReg dst: r2 src: r0
	 297: JSLTReg dst: r6 off: 13 src: r2
	 298: StMemDW dst: r1 src: r0 off: 0 imm: 0
	 299: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 300: Ja off: 10
	 301: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 302: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 303: LoadMapPtr dst: r1 fd: 0 <AT_mnz>
	 305: MovReg dst: r2 src: rfp
	 306: AddImm dst: r2 imm: -8
	 307: MovReg dst: r3 src: rfp
	 308: AddImm dst: r3 imm: -24
	 309: MovImm dst: r4 imm: 0
	 310: Call FnMapUpdateElem
	 311: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 312: LoadMapPtr dst: r1 fd: 0 <AT_mx>
	 314: MovReg dst: r2 src: rfp
	 315: AddImm dst: r2 imm: -8
	 316: Call FnMapLookupElem
	 317: JEqImm dst: r0 off: 7 imm: 0
	 318: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 319: JEqImm dst: r2 off: 2 imm: 0
	 320: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 321: JSGTImm dst: r2 off: 13 imm: 5
	 322: StMemDW dst: r0 src: r0 off: 0 imm: 5
	 323: StMemDW dst: r0 src: r0 off: 8 imm: 1
	 324: Ja off: 10
	 325: StMemDW dst: rfp src: r0 off: -24 imm: 5
	 326: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 327: LoadMapPtr dst: r1 fd: 0 <AT_mx>
	 329: MovReg dst: r2 src: rfp
	 330: AddImm dst: r2 imm: -8
	 331: MovReg dst: r3 src: rfp
	 332: AddImm dst: r3 imm: -24
	 333: MovImm dst: r4 imm: 0
	 334: Call FnMapUpdateElem
	 335: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 336: LoadMapPtr dst: r1 fd: 0 <AT_mx>
	 338: MovReg dst: r2 src: rfp
	 339: AddImm dst: r2 imm: -8
	 340: Call FnMapLookupElem
	 341: JEqImm dst: r0 off: 7 imm: 0
	 342: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 343: JEqImm dst: r2 off: 2 imm: 0
	 344: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 345: JSGTImm dst: r2 off: 13 imm: 3
	 346: StMemDW dst: r0 src: r0 off: 0 imm: 3
	 347: StMemDW dst: r0 src: r0 off: 8 imm: 1
	 348: Ja off: 10
	 349: StMemDW dst: rfp src: r0 off: -24 imm: 3
	 350: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 351: LoadMapPtr dst: r1 fd: 0 <AT_mx>
	 353: MovReg dst: r2 src: rfp
	 354: AddImm dst: r2 imm: -8
	 355: MovReg dst: r3 src: rfp
	 356: AddImm dst: r3 imm: -24
	 357: MovImm dst: r4 imm: 0
	 358: Call FnMapUpdateElem
	 359: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 360: LoadMapPtr dst: r1 fd: 0 <AT_mxneg>
	 362: MovReg dst: r2 src: rfp
	 363: AddImm dst: r2 imm: -8
	 364: Call FnMapLookupElem
	 365: JEqImm dst: r0 off: 6 imm: 0
	 366: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 367: JEqImm dst: r2 off: 4 imm: 0
	 368: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 369: JSGTImm dst: r2 off: 2 imm: -3
	 370: StMemDW dst: r0 src: r0 off: 0 imm: -3
	 371: StMemDW dst: r0 src: r0 off: 8 imm: 1
	 372: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 373: LoadMapPtr dst: r1 fd: 0 <AT_mxneg>
	 375: MovReg dst: r2 src: rfp
	 376: AddImm dst: r2 imm: -8
	 377: Call FnMapLookupElem
	 378: JEqImm dst: r0 off: 6 imm: 0
	 379: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 380: JEqImm dst: r2 off: 4 imm: 0
	 381: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 382: JSGTImm dst: r2 off: 2 imm: -9
	 383: StMemDW dst: r0 src: r0 off: 0 imm: -9
	 384: StMemDW dst: r0 src: r0 off: 8 imm: 1
	 385: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 386: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	 388: MovReg dst: r2 src: rfp
	 389: AddImm dst: r2 imm: -8
	 390: Call FnMapLookupElem
	 391: JEqImm dst: r0 off: 7 imm: 0
	 392: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 393: JEqImm dst: r2 off: 2 imm: 0
	 394: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 395: JSGTImm dst: r2 off: 13 imm: 10
	 396: StMemDW dst: r0 src: r0 off: 0 imm: 10
	 397: StMemDW dst: r0 src: r0 off: 8 imm: 1
	 398: Ja off: 10
	 399: StMemDW dst: rfp src: r0 off: -24 imm: 10
	 400: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 401: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	 403: MovReg dst: r2 src: rfp
	 404: AddImm dst: r2 imm: -8
	 405: MovReg dst: r3 src: rfp
	 406: AddImm dst: r3 imm: -24
	 407: MovImm dst: r4 imm: 0
	 408: Call FnMapUpdateElem
	 409: StMemDW dst: rfp src: r0 off: -8 imm: 2
	 410: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	 412: MovReg dst: r2 src: rfp
	 413: AddImm dst: r2 imm: -8
	 414: Call FnMapLookupElem
	 415: JEqImm dst: r0 off: 7 imm: 0
	 416: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 417: JEqImm dst: r2 off: 2 imm: 0
	 418: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 419: JSGTImm dst: r2 off: 13 imm: 30
	 420: StMemDW dst: r0 src: r0 off: 0 imm: 30
	 421: StMemDW dst: r0 src: r0 off: 8 imm: 1
	 422: Ja off: 10
	 423: StMemDW dst: rfp src: r0 off: -24 imm: 30
	 424: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 425: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	 427: MovReg dst: r2 src: rfp
	 428: AddImm dst: r2 imm: -8
	 429: MovReg dst: r3 src: rfp
	 430: AddImm dst: r3 imm: -24
	 431: MovImm dst: r4 imm: 0
	 432: Call FnMapUpdateElem
	 433: StMemDW dst: rfp src: r0 off: -8 imm: 3
	 434: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	 436: MovReg dst: r2 src: rfp
	 437: AddImm dst: r2 imm: -8
	 438: Call FnMapLookupElem
	 439: JEqImm dst: r0 off: 7 imm: 0
	 440: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 441: JEqImm dst: r2 off: 2 imm: 0
	 442: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 443: JSGTImm dst: r2 off: 13 imm: 20
	 444: StMemDW dst: r0 src: r0 off: 0 imm: 20
	 445: StMemDW dst: r0 src: r0 off: 8 imm: 1
	 446: Ja off: 10
	 447: StMemDW dst: rfp src: r0 off: -24 imm: 20
	 448: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 449: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	 451: MovReg dst: r2 src: rfp
	 452: AddImm dst: r2 imm: -8
	 453: MovReg dst: r3 src: rfp
	 454: AddImm dst: r3 imm: -24
	 455: MovImm dst: r4 imm: 0
	 456: Call FnMapUpdateElem
	 457: StMemH dst: rfp src: r0 off: -8 imm: 97
	 458: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	 460: MovReg dst: r2 src: rfp
	 461: AddImm dst: r2 imm: -8
	 462: Call FnMapLookupElem
	 463: MovReg dst: r1 src: r0
	 464: JEqImm dst: r1 off: 12 imm: 0
	 465: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 466: JEqImm dst: r2 off: 7 imm: 0
	 467: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 468: MovReg dst: r0 src: r6
	 469: SubReg dst: r0 src: r2
	 470: MovReg dst: r2 src: r0
	 471: LdImmDW dst: r0 imm: 4294966995
	 473: JSGTReg dst: r2 off: 13 src: r0
	 474: StMemDW dst: r1 src: r0 off: 0 imm: 300
	 475: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 476: Ja off: 10
	 477: StMemDW dst: rfp src: r0 off: -24 imm: 300
	 478: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 479: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	 481: MovReg dst: r2 src: rfp
	 482: AddImm dst: r2 imm: -8
	 483: MovReg dst: r3 src: rfp
	 484: AddImm dst: r3 imm: -24
	 485: MovImm dst: r4 imm: 0
	 486: Call FnMapUpdateElem
	 487: StMemH dst: rfp src: r0 off: -8 imm: 98
	 488: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	 490: MovReg dst: r2 src: rfp
	 491: AddImm dst: r2 imm: -8
	 492: Call FnMapLookupElem
	 493: MovReg dst: r1 src: r0
	 494: JEqImm dst: r1 off: 12 imm: 0
	 495: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 496: JEqImm dst: r2 off: 7 imm: 0
	 497: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 498: MovReg dst: r0 src: r6
	 499: SubReg dst: r0 src: r2
	 500: MovReg dst: r2 src: r0
	 501: LdImmDW dst: r0 imm: 4294967395
	 503: JSGTReg dst: r2 off: 13 src: r0
	 504: StMemDW dst: r1 src: r0 off: 0 imm: -100
	 505: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 506: Ja off: 10
	 507: StMemDW dst: rfp src: r0 off: -24 imm: -100
	 508: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 509: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	 511: MovReg dst: r2 src: rfp
	 512: AddImm dst: r2 imm: -8
	 513: MovReg dst: r3 src: rfp
	 514: AddImm dst: r3 imm: -24
	 515: MovImm dst: r4 imm: 0
	 516: Call FnMapUpdateElem
	 517: StMemH dst: rfp src: r0 off: -8 imm: 99
	 518: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	 520: MovReg dst: r2 src: rfp
	 521: AddImm dst: r2 imm: -8
	 522: Call FnMapLookupElem
	 523: MovReg dst: r1 src: r0
	 524: JEqImm dst: r1 off: 12 imm: 0
	 525: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 526: JEqImm dst: r2 off: 7 imm: 0
	 527: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 528: MovReg dst: r0 src: r6
	 529: SubReg dst: r0 src: r2
	 530: MovReg dst: r2 src: r0
	 531: LdImmDW dst: r0 imm: 4294967095
	 533: JSGTReg dst: r2 off: 13 src: r0
	 534: StMemDW dst: r1 src: r0 off: 0 imm: 200
	 535: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 536: Ja off: 10
	 537: StMemDW dst: rfp src: r0 off: -24 imm: 200
	 538: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 539: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	 541: MovReg dst: r2 src: rfp
	 542: AddImm dst: r2 imm: -8
	 543: MovReg dst: r3 src: rfp
	 544: AddImm dst: r3 imm: -24
	 545: MovImm dst: r4 imm: 0
	 546: Call FnMapUpdateElem
	 547: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 548: LoadMapPtr dst: r1 fd: 0 <AT_a>
	 550: MovReg dst: r2 src: rfp
	 551: AddImm dst: r2 imm: -8
	 552: Call FnMapLookupElem
	 553: JEqImm dst: r0 off: 7 imm: 0
	 554: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 555: AddImm dst: r2 imm: 10
	 556: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 557: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 558: AddImm dst: r2 imm: 1
	 559: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	 560: Ja off: 10
	 561: StMemDW dst: rfp src: r0 off: -24 imm: 10
	 562: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 563: LoadMapPtr dst: r1 fd: 0 <AT_a>
	 565: MovReg dst: r2 src: rfp
	 566: AddImm dst: r2 imm: -8
	 567: MovReg dst: r3 src: rfp
	 568: AddImm dst: r3 imm: -24
	 569: MovImm dst: r4 imm: 0
	 570: Call FnMapUpdateElem
	 571: StMemDW dst: rfp src: r0 off: -8 imm: 2
	 572: LoadMapPtr dst: r1 fd: 0 <AT_a>
	 574: MovReg dst: r2 src: rfp
	 575: AddImm dst: r2 imm: -8
	 576: Call FnMapLookupElem
	 577: JEqImm dst: r0 off: 7 imm: 0
	 578: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 579: AddImm dst: r2 imm: 3
	 580: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 581: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 582: AddImm dst: r2 imm: 1
	 583: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	 584: Ja off: 10
	 585: StMemDW dst: rfp src: r0 off: -24 imm: 3
	 586: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 587: LoadMapPtr dst: r1 fd: 0 <AT_a>
	 589: MovReg dst: r2 src: rfp
	 590: AddImm dst: r2 imm: -8
	 591: MovReg dst: r3 src: rfp
	 592: AddImm dst: r3 imm: -24
	 593: MovImm dst: r4 imm: 0
	 594: Call FnMapUpdateElem
	 595: StMemDW dst: rfp src: r0 off: -8 imm: 3
	 596: LoadMapPtr dst: r1 fd: 0 <AT_a>
	 598: MovReg dst: r2 src: rfp
	 599: AddImm dst: r2 imm: -8
	 600: Call FnMapLookupElem
	 601: JEqImm dst: r0 off: 7 imm: 0
	 602: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 603: AddImm dst: r2 imm: -50
	 604: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 605: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 606: AddImm dst: r2 imm: 1
	 607: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	 608: Ja off: 10
	 609: StMemDW dst: rfp src: r0 off: -24 imm: -50
	 610: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 611: LoadMapPtr dst: r1 fd: 0 <AT_a>
	 613: MovReg dst: r2 src: rfp
	 614: AddImm dst: r2 imm: -8
	 615: MovReg dst: r3 src: rfp
	 616: AddImm dst: r3 imm: -24
	 617: MovImm dst: r4 imm: 0
	 618: Call FnMapUpdateElem
	 619: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	 620: StMemW dst: rfp src: r0 off: -16 imm: 12
	 621: StMemW dst: rfp src: r0 off: -12 imm: 1
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
	 633: StMemW dst: rfp src: r0 off: -12 imm: 2
	 634: StMemW dst: rfp src: r0 off: -8 imm: 0
	 635: StMemW dst: rfp src: r0 off: -4 imm: 0
	 636: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 638: MovReg dst: r2 src: rfp
	 639: AddImm dst: r2 imm: -24
	 640: MovImm dst: r3 imm: 24
	 641: MovImm dst: r4 imm: 0
	 642: Call FnRingbufOutput
	 643: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	 644: StMemW dst: rfp src: r0 off: -16 imm: 0
	 645: StMemW dst: rfp src: r0 off: -12 imm: 0
	 646: StMemW dst: rfp src: r0 off: -8 imm: 2
	 647: StMemW dst: rfp src: r0 off: -4 imm: 0
	 648: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 650: MovReg dst: r2 src: rfp
	 651: AddImm dst: r2 imm: -24
	 652: MovImm dst: r3 imm: 24
	 653: MovImm dst: r4 imm: 0
	 654: Call FnRingbufOutput
	 655: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	 656: StMemW dst: rfp src: r0 off: -16 imm: 10
	 657: StMemW dst: rfp src: r0 off: -12 imm: 2
	 658: StMemW dst: rfp src: r0 off: -8 imm: 10
	 659: StMemW dst: rfp src: r0 off: -4 imm: 0
	 660: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 662: MovReg dst: r2 src: rfp
	 663: AddImm dst: r2 imm: -24
	 664: MovImm dst: r3 imm: 24
	 665: MovImm dst: r4 imm: 0
	 666: Call FnRingbufOutput
	 667: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	 668: StMemW dst: rfp src: r0 off: -16 imm: 7
	 669: StMemW dst: rfp src: r0 off: -12 imm: 0
	 670: StMemW dst: rfp src: r0 off: -8 imm: 100
	 671: StMemW dst: rfp src: r0 off: -4 imm: 0
	 672: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 674: MovReg dst: r2 src: rfp
	 675: AddImm dst: r2 imm: -24
	 676: MovImm dst: r3 imm: 24
	 677: MovImm dst: r4 imm: 0
	 678: Call FnRingbufOutput
	 679: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 680: LoadMapPtr dst: r1 fd: 0 <AT_z>
	 682: MovReg dst: r2 src: rfp
	 683: AddImm dst: r2 imm: -8
	 684: Call FnMapLookupElem
	 685: JEqImm dst: r0 off: 7 imm: 0
	 686: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 687: AddImm dst: r2 imm: 7
	 688: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 689: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 690: AddImm dst: r2 imm: 1
	 691: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	 692: Ja off: 10
	 693: StMemDW dst: rfp src: r0 off: -24 imm: 7
	 694: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 695: LoadMapPtr dst: r1 fd: 0 <AT_z>
	 697: MovReg dst: r2 src: rfp
	 698: AddImm dst: r2 imm: -8
	 699: MovReg dst: r3 src: rfp
	 700: AddImm dst: r3 imm: -24
	 701: MovImm dst: r4 imm: 0
	 702: Call FnMapUpdateElem
	 703: StMemDW dst: rfp src: r0 off: -8 imm: 2
	 704: LoadMapPtr dst: r1 fd: 0 <AT_z>
	 706: MovReg dst: r2 src: rfp
	 707: AddImm dst: r2 imm: -8
	 708: Call FnMapLookupElem
	 709: JEqImm dst: r0 off: 7 imm: 0
	 710: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 711: AddImm dst: r2 imm: 9
	 712: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 713: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 714: AddImm dst: r2 imm: 1
	 715: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	 716: Ja off: 10
	 717: StMemDW dst: rfp src: r0 off: -24 imm: 9
	 718: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 719: LoadMapPtr dst: r1 fd: 0 <AT_z>
	 721: MovReg dst: r2 src: rfp
	 722: AddImm dst: r2 imm: -8
	 723: MovReg dst: r3 src: rfp
	 724: AddImm dst: r3 imm: -24
	 725: MovImm dst: r4 imm: 0
	 726: Call FnMapUpdateElem
	 727: StMemDW dst: rfp src: r0 off: -16 imm: 30003
	 728: StMemW dst: rfp src: r0 off: -8 imm: 13
	 729: StMemW dst: rfp src: r0 off: -4 imm: 0
	 730: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 732: MovReg dst: r2 src: rfp
	 733: AddImm dst: r2 imm: -16
	 734: MovImm dst: r3 imm: 16
	 735: MovImm dst: r4 imm: 0
	 736: Call FnRingbufOutput
	 737: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	 738: StMemW dst: rfp src: r0 off: -16 imm: 13
	 739: StMemW dst: rfp src: r0 off: -12 imm: 0
	 740: StMemW dst: rfp src: r0 off: -8 imm: 0
	 741: StMemW dst: rfp src: r0 off: -4 imm: 0
	 742: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 744: MovReg dst: r2 src: rfp
	 745: AddImm dst: r2 imm: -24
	 746: MovImm dst: r3 imm: 24
	 747: MovImm dst: r4 imm: 0
	 748: Call FnRingbufOutput
	 749: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 750: LoadMapPtr dst: r1 fd: 0 <AT_c>
	 752: MovReg dst: r2 src: rfp
	 753: AddImm dst: r2 imm: -8
	 754: Call FnMapLookupElem
	 755: JEqImm dst: r0 off: 7 imm: 0
	 756: LdXMemDW dst: r2 src: r0 off: 0 imm: 0
	 757: AddImm dst: r2 imm: 1
	 758: StXMemDW dst: r0 src: r2 off: 0 imm: 0
	 759: LdXMemDW dst: r2 src: r0 off: 8 imm: 0
	 760: AddImm dst: r2 imm: 1
	 761: StXMemDW dst: r0 src: r2 off: 8 imm: 0
	 762: Ja off: 10
	 763: StMemDW dst: rfp src: r0 off: -24 imm: 1
	 764: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 765: LoadMapPtr dst: r1 fd: 0 <AT_c>
	 767: MovReg dst: r2 src: rfp
	 768: AddImm dst: r2 imm: -8
	 769: MovReg dst: r3 src: rfp
	 770: AddImm dst: r3 imm: -24
	 771: MovImm dst: r4 imm: 0
	 772: Call FnMapUpdateElem
	 773: StMemDW dst: rfp src: r0 off: -16 imm: 30002
	 774: StMemW dst: rfp src: r0 off: -8 imm: 2
	 775: StMemW dst: rfp src: r0 off: -4 imm: 0
	 776: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 778: MovReg dst: r2 src: rfp
	 779: AddImm dst: r2 imm: -16
	 780: MovImm dst: r3 imm: 16
	 781: MovImm dst: r4 imm: 0
	 782: Call FnRingbufOutput
	 783: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 784: LoadMapPtr dst: r1 fd: 0 <AT_d>
	 786: MovReg dst: r2 src: rfp
	 787: AddImm dst: r2 imm: -8
	 788: Call FnMapLookupElem
	 789: MovReg dst: r1 src: r0
	 790: JEqImm dst: r1 off: 12 imm: 0
	 791: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 792: JEqImm dst: r2 off: 7 imm: 0
	 793: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 794: MovReg dst: r0 src: r6
	 795: SubReg dst: r0 src: r2
	 796: MovReg dst: r2 src: r0
	 797: LdImmDW dst: r0 imm: 4294967294
	 799: JSGTReg dst: r2 off: 13 src: r0
	 800: StMemDW dst: r1 src: r0 off: 0 imm: 1
	 801: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 802: Ja off: 10
	 803: StMemDW dst: rfp src: r0 off: -24 imm: 1
	 804: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 805: LoadMapPtr dst: r1 fd: 0 <AT_d>
	 807: MovReg dst: r2 src: rfp
	 808: AddImm dst: r2 imm: -8
	 809: MovReg dst: r3 src: rfp
	 810: AddImm dst: r3 imm: -24
	 811: MovImm dst: r4 imm: 0
	 812: Call FnMapUpdateElem
	 813: StMemDW dst: rfp src: r0 off: -8 imm: 2
	 814: LoadMapPtr dst: r1 fd: 0 <AT_d>
	 816: MovReg dst: r2 src: rfp
	 817: AddImm dst: r2 imm: -8
	 818: Call FnMapLookupElem
	 819: MovReg dst: r1 src: r0
	 820: JEqImm dst: r1 off: 12 imm: 0
	 821: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 822: JEqImm dst: r2 off: 7 imm: 0
	 823: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 824: MovReg dst: r0 src: r6
	 825: SubReg dst: r0 src: r2
	 826: MovReg dst: r2 src: r0
	 827: LdImmDW dst: r0 imm: 4294967293
	 829: JSGTReg dst: r2 off: 13 src: r0
	 830: StMemDW dst: r1 src: r0 off: 0 imm: 2
	 831: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 832: Ja off: 10
	 833: StMemDW dst: rfp src: r0 off: -24 imm: 2
	 834: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 835: LoadMapPtr dst: r1 fd: 0 <AT_d>
	 837: MovReg dst: r2 src: rfp
	 838: AddImm dst: r2 imm: -8
	 839: MovReg dst: r3 src: rfp
	 840: AddImm dst: r3 imm: -24
	 841: MovImm dst: r4 imm: 0
	 842: Call FnMapUpdateElem
	 843: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 844: LoadMapPtr dst: r1 fd: 0 <AT_d>
	 846: MovReg dst: r2 src: rfp
	 847: AddImm dst: r2 imm: -8
	 848: Call FnMapDeleteElem
	 849: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	 850: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 852: MovReg dst: r2 src: rfp
	 853: AddImm dst: r2 imm: -8
	 854: MovImm dst: r3 imm: 8
	 855: MovImm dst: r4 imm: 0
	 856: Call FnRingbufOutput
	 857: StMemW dst: rfp src: r0 off: -8 imm: 0
	 858: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	 860: MovReg dst: r2 src: rfp
	 861: AddImm dst: r2 imm: -8
	 862: Call FnMapLookupElem
	 863: JEqImm dst: r0 off: 1 imm: 0
	 864: StMemDW dst: r0 src: r0 off: 0 imm: 1
	 865: MovImm dst: r0 imm: 0
	 866: Exit

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

