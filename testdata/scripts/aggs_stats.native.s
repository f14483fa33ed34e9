BEGIN:
	   0: StMemDW dst: rfp src: r0 off: -8 imm: 0
	   1: LoadMapPtr dst: r1 fd: 0 <AT_av>
	   3: MovReg dst: r2 src: rfp
	   4: AddImm dst: r2 imm: -8
	   5: Call FnMapLookupElem
	   6: MovReg dst: r1 src: r0
	   7: JEqImm dst: r1 off: 7 imm: 0
	   8: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	   9: AddImm dst: r2 imm: -4
	  10: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	  11: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	  12: AddImm dst: r2 imm: 1
	  13: StXMemDW dst: r1 src: r2 off: 8 imm: 0
	  14: Ja off: 10
	  15: StMemDW dst: rfp src: r0 off: -24 imm: -4
	  16: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  17: LoadMapPtr dst: r1 fd: 0 <AT_av>
	  19: MovReg dst: r2 src: rfp
	  20: AddImm dst: r2 imm: -8
	  21: MovReg dst: r3 src: rfp
	  22: AddImm dst: r3 imm: -24
	  23: MovImm dst: r4 imm: 0
	  24: Call FnMapUpdateElem
	  25: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  26: LoadMapPtr dst: r1 fd: 0 <AT_av>
	  28: MovReg dst: r2 src: rfp
	  29: AddImm dst: r2 imm: -8
	  30: Call FnMapLookupElem
	  31: MovReg dst: r1 src: r0
	  32: JEqImm dst: r1 off: 7 imm: 0
	  33: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	  34: AddImm dst: r2 imm: 1
	  35: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	  36: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	  37: AddImm dst: r2 imm: 1
	  38: StXMemDW dst: r1 src: r2 off: 8 imm: 0
	  39: Ja off: 10
	  40: StMemDW dst: rfp src: r0 off: -24 imm: 1
	  41: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  42: LoadMapPtr dst: r1 fd: 0 <AT_av>
	  44: MovReg dst: r2 src: rfp
	  45: AddImm dst: r2 imm: -8
	  46: MovReg dst: r3 src: rfp
	  47: AddImm dst: r3 imm: -24
	  48: MovImm dst: r4 imm: 0
	  49: Call FnMapUpdateElem
	  50: StMemDW dst: rfp src: r0 off: -8 imm: 1
	  51: LoadMapPtr dst: r1 fd: 0 <AT_st>
	  53: MovReg dst: r2 src: rfp
	  54: AddImm dst: r2 imm: -8
	  55: Call FnMapLookupElem
	  56: MovReg dst: r1 src: r0
	  57: JEqImm dst: r1 off: 7 imm: 0
	  58: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	  59: AddImm dst: r2 imm: -4
	  60: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	  61: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	  62: AddImm dst: r2 imm: 1
	  63: StXMemDW dst: r1 src: r2 off: 8 imm: 0
	  64: Ja off: 10
	  65: StMemDW dst: rfp src: r0 off: -24 imm: -4
	  66: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  67: LoadMapPtr dst: r1 fd: 0 <AT_st>
	  69: MovReg dst: r2 src: rfp
	  70: AddImm dst: r2 imm: -8
	  71: MovReg dst: r3 src: rfp
	  72: AddImm dst: r3 imm: -24
	  73: MovImm dst: r4 imm: 0
	  74: Call FnMapUpdateElem
	  75: StMemDW dst: rfp src: r0 off: -8 imm: 2
	  76: LoadMapPtr dst: r1 fd: 0 <AT_st>
	  78: MovReg dst: r2 src: rfp
	  79: AddImm dst: r2 imm: -8
	  80: Call FnMapLookupElem
	  81: MovReg dst: r1 src: r0
	  82: JEqImm dst: r1 off: 7 imm: 0
	  83: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	  84: AddImm dst: r2 imm: 10
	  85: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	  86: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	  87: AddImm dst: r2 imm: 1
	  88: StXMemDW dst: r1 src: r2 off: 8 imm: 0
	  89: Ja off: 10
	  90: StMemDW dst: rfp src: r0 off: -24 imm: 10
	  91: StMemDW dst: rfp src: r0 off: -16 imm: 1
	  92: LoadMapPtr dst: r1 fd: 0 <AT_st>
	  94: MovReg dst: r2 src: rfp
	  95: AddImm dst: r2 imm: -8
	  96: MovReg dst: r3 src: rfp
	  97: AddImm dst: r3 imm: -24
	  98: MovImm dst: r4 imm: 0
	  99: Call FnMapUpdateElem
	 100: StMemDW dst: rfp src: r0 off: -8 imm: 2
	 101: LoadMapPtr dst: r1 fd: 0 <AT_st>
	 103: MovReg dst: r2 src: rfp
	 104: AddImm dst: r2 imm: -8
	 105: Call FnMapLookupElem
	 106: MovReg dst: r1 src: r0
	 107: JEqImm dst: r1 off: 7 imm: 0
	 108: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 109: AddImm dst: r2 imm: 4
	 110: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 111: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 112: AddImm dst: r2 imm: 1
	 113: StXMemDW dst: r1 src: r2 off: 8 imm: 0
	 114: Ja off: 10
	 115: StMemDW dst: rfp src: r0 off: -24 imm: 4
	 116: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 117: LoadMapPtr dst: r1 fd: 0 <AT_st>
	 119: MovReg dst: r2 src: rfp
	 120: AddImm dst: r2 imm: -8
	 121: MovReg dst: r3 src: rfp
	 122: AddImm dst: r3 imm: -24
	 123: MovImm dst: r4 imm: 0
	 124: Call FnMapUpdateElem
	 125: StMemDW dst: rfp src: r0 off: -8 imm: 3
	 126: LoadMapPtr dst: r1 fd: 0 <AT_st>
	 128: MovReg dst: r2 src: rfp
	 129: AddImm dst: r2 imm: -8
	 130: Call FnMapLookupElem
	 131: MovReg dst: r1 src: r0
	 132: JEqImm dst: r1 off: 7 imm: 0
	 133: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 134: AddImm dst: r2 imm: 100
	 135: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 136: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 137: AddImm dst: r2 imm: 1
	 138: StXMemDW dst: r1 src: r2 off: 8 imm: 0
	 139: Ja off: 10
	 140: StMemDW dst: rfp src: r0 off: -24 imm: 100
	 141: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 142: LoadMapPtr dst: r1 fd: 0 <AT_st>
	 144: MovReg dst: r2 src: rfp
	 145: AddImm dst: r2 imm: -8
	 146: MovReg dst: r3 src: rfp
	 147: AddImm dst: r3 imm: -24
	 148: MovImm dst: r4 imm: 0
	 149: Call FnMapUpdateElem
	 150: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 151: LoadMapPtr dst: r1 fd: 0 <AT_mn>
	 153: MovReg dst: r2 src: rfp
	 154: AddImm dst: r2 imm: -8
	 155: Call FnMapLookupElem
	 156: MovReg dst: r1 src: r0
	 157: JEqImm dst: r1 off: 15 imm: 0
	 158: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 159: JEqImm dst: r2 off: 6 imm: 0
	 160: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 161: LdImmDW dst: r0 imm: 4294967295
	 163: SubReg dst: r0 src: r2
	 164: MovReg dst: r2 src: r0
	 165: Ja off: 1
	 166: MovImm dst: r2 imm: 0
	 167: LdImmDW dst: r0 imm: 4294967290
	 169: JSGTReg dst: r2 off: 13 src: r0
	 170: StMemDW dst: r1 src: r0 off: 0 imm: 5
	 171: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 172: Ja off: 10
	 173: StMemDW dst: rfp src: r0 off: -24 imm: 5
	 174: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 175: LoadMapPtr dst: r1 fd: 0 <AT_mn>
	 177: MovReg dst: r2 src: rfp
	 178: AddImm dst: r2 imm: -8
	 179: MovReg dst: r3 src: rfp
	 180: AddImm dst: r3 imm: -24
	 181: MovImm dst: r4 imm: 0
	 182: Call FnMapUpdateElem
	 183: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 184: LoadMapPtr dst: r1 fd: 0 <AT_mn>
	 186: MovReg dst: r2 src: rfp
	 187: AddImm dst: r2 imm: -8
	 188: Call FnMapLookupElem
	 189: MovReg dst: r1 src: r0
	 190: JEqImm dst: r1 off: 15 imm: 0
	 191: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 192: JEqImm dst: r2 off: 6 imm: 0
	 193: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 194: LdImmDW dst: r0 imm: 4294967295
	 196: SubReg dst: r0 src: r2
	 197: MovReg dst: r2 src: r0
	 198: Ja off: 1
	 199: MovImm dst: r2 imm: 0
	 200: LdImmDW dst: r0 imm: 4294967288
	 202: JSGTReg dst: r2 off: 13 src: r0
	 203: StMemDW dst: r1 src: r0 off: 0 imm: 7
	 204: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 205: Ja off: 10
	 206: StMemDW dst: rfp src: r0 off: -24 imm: 7
	 207: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 208: LoadMapPtr dst: r1 fd: 0 <AT_mn>
	 210: MovReg dst: r2 src: rfp
	 211: AddImm dst: r2 imm: -8
	 212: MovReg dst: r3 src: rfp
	 213: AddImm dst: r3 imm: -24
	 214: MovImm dst: r4 imm: 0
	 215: Call FnMapUpdateElem
	 216: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 217: LoadMapPtr dst: r1 fd: 0 <AT_mn2>
	 219: MovReg dst: r2 src: rfp
	 220: AddImm dst: r2 imm: -8
	 221: Call FnMapLookupElem
	 222: MovReg dst: r1 src: r0
	 223: JEqImm dst: r1 off: 14 imm: 0
	 224: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 225: JEqImm dst: r2 off: 6 imm: 0
	 226: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 227: LdImmDW dst: r0 imm: 4294967295
	 229: SubReg dst: r0 src: r2
	 230: MovReg dst: r2 src: r0
	 231: Ja off: 1
	 232: MovImm dst: r2 imm: 0
	 233: JSGTImm dst: r2 off: 4 imm: -1
	 234: LdImmDW dst: r0 imm: 4294967296
	 236: StXMemDW dst: r1 src: r0 off: 0 imm: 0
	 237: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 238: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 239: LoadMapPtr dst: r1 fd: 0 <AT_mn3>
	 241: MovReg dst: r2 src: rfp
	 242: AddImm dst: r2 imm: -8
	 243: Call FnMapLookupElem
	 244: MovReg dst: r1 src: r0
	 245: JEqImm dst: r1 off: 15 imm: 0
	 246: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 247: JEqImm dst: r2 off: 6 imm: 0
	 248: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 249: LdImmDW dst: r0 imm: 4294967295
	 251: SubReg dst: r0 src: r2
	 252: MovReg dst: r2 src: r0
	 253: Ja off: 1
	 254: MovImm dst: r2 imm: 0
	 255: LdImmDW dst: r0 imm: 4294967298
	 257: JSGTReg dst: r2 off: 13 src: r0
	 258: StMemDW dst: r1 src: r0 off: 0 imm: -3
	 259: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 260: Ja off: 10
	 261: StMemDW dst: rfp src: r0 off: -24 imm: -3
	 262: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 263: LoadMapPtr dst: r1 fd: 0 <AT_mn3>
	 265: MovReg dst: r2 src: rfp
	 266: AddImm dst: r2 imm: -8
	 267: MovReg dst: r3 src: rfp
	 268: AddImm dst: r3 imm: -24
	 269: MovImm dst: r4 imm: 0
	 270: Call FnMapUpdateElem
	 271: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 272: LoadMapPtr dst: r1 fd: 0 <AT_mn3>
	 274: MovReg dst: r2 src: rfp
	 275: AddImm dst: r2 imm: -8
	 276: Call FnMapLookupElem
	 277: MovReg dst: r1 src: r0
	 278: JEqImm dst: r1 off: 15 imm: 0
	 279: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 280: JEqImm dst: r2 off: 6 imm: 0
	 281: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 282: LdImmDW dst: r0 imm: 4294967295
	 284: SubReg dst: r0 src: r2
	 285: MovReg dst: r2 src: r0
	 286: Ja off: 1
	 287: MovImm dst: r2 imm: 0
	 288: LdImmDW dst: r0 imm: 4294967290
	 290: JSGTReg dst: r2 off: 13 src: r0
	 291: StMemDW dst: r1 src: r0 off: 0 imm: 5
	 292: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 293: Ja off: 10
	 294: StMemDW dst: rfp src: r0 off: -24 imm: 5
	 295: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 296: LoadMapPtr dst: r1 fd: 0 <AT_mn3>
	 298: MovReg dst: r2 src: rfp
	 299: AddImm dst: r2 imm: -8
	 300: MovReg dst: r3 src: rfp
	 301: AddImm dst: r3 imm: -24
	 302: MovImm dst: r4 imm: 0
	 303: Call FnMapUpdateElem
	 304: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 305: LoadMapPtr dst: r1 fd: 0 <AT_mnz>
	 307: MovReg dst: r2 src: rfp
	 308: AddImm dst: r2 imm: -8
	 309: Call FnMapLookupElem
	 310: MovReg dst: r1 src: r0
	 311: JEqImm dst: r1 off: 15 imm: 0
	 312: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 313: JEqImm dst: r2 off: 6 imm: 0
	 314: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 315: LdImmDW dst: r0 imm: 4294967295
	 317: SubReg dst: r0 src: r2
	 318: MovReg dst: r2 src: r0
	 319: Ja off: 1
	 320: MovImm dst: r2 imm: 0
	 321: LdImmDW dst: r0 imm: 4294967295
	 323: JSGTReg dst: r2 off: 13 src: r0
	 324: StMemDW dst: r1 src: r0 off: 0 imm: 0
	 325: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 326: Ja off: 10
	 327: StMemDW dst: rfp src: r0 off: -24 imm: 0
	 328: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 329: LoadMapPtr dst: r1 fd: 0 <AT_mnz>
	 331: MovReg dst: r2 src: rfp
	 332: AddImm dst: r2 imm: -8
	 333: MovReg dst: r3 src: rfp
	 334: AddImm dst: r3 imm: -24
	 335: MovImm dst: r4 imm: 0
	 336: Call FnMapUpdateElem
	 337: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 338: LoadMapPtr dst: r1 fd: 0 <AT_mx>
	 340: MovReg dst: r2 src: rfp
	 341: AddImm dst: r2 imm: -8
	 342: Call FnMapLookupElem
	 343: MovReg dst: r1 src: r0
	 344: JEqImm dst: r1 off: 9 imm: 0
	 345: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 346: JEqImm dst: r2 off: 2 imm: 0
	 347: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 348: Ja off: 1
	 349: MovImm dst: r2 imm: 0
	 350: JSGTImm dst: r2 off: 13 imm: 5
	 351: StMemDW dst: r1 src: r0 off: 0 imm: 5
	 352: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 353: Ja off: 10
	 354: StMemDW dst: rfp src: r0 off: -24 imm: 5
	 355: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 356: LoadMapPtr dst: r1 fd: 0 <AT_mx>
	 358: MovReg dst: r2 src: rfp
	 359: AddImm dst: r2 imm: -8
	 360: MovReg dst: r3 src: rfp
	 361: AddImm dst: r3 imm: -24
	 362: MovImm dst: r4 imm: 0
	 363: Call FnMapUpdateElem
	 364: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 365: LoadMapPtr dst: r1 fd: 0 <AT_mx>
	 367: MovReg dst: r2 src: rfp
	 368: AddImm dst: r2 imm: -8
	 369: Call FnMapLookupElem
	 370: MovReg dst: r1 src: r0
	 371: JEqImm dst: r1 off: 9 imm: 0
	 372: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 373: JEqImm dst: r2 off: 2 imm: 0
	 374: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 375: Ja off: 1
	 376: MovImm dst: r2 imm: 0
	 377: JSGTImm dst: r2 off: 13 imm: 3
	 378: StMemDW dst: r1 src: r0 off: 0 imm: 3
	 379: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 380: Ja off: 10
	 381: StMemDW dst: rfp src: r0 off: -24 imm: 3
	 382: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 383: LoadMapPtr dst: r1 fd: 0 <AT_mx>
	 385: MovReg dst: r2 src: rfp
	 386: AddImm dst: r2 imm: -8
	 387: MovReg dst: r3 src: rfp
	 388: AddImm dst: r3 imm: -24
	 389: MovImm dst: r4 imm: 0
	 390: Call FnMapUpdateElem
	 391: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 392: LoadMapPtr dst: r1 fd: 0 <AT_mxneg>
	 394: MovReg dst: r2 src: rfp
	 395: AddImm dst: r2 imm: -8
	 396: Call FnMapLookupElem
	 397: MovReg dst: r1 src: r0
	 398: JEqImm dst: r1 off: 8 imm: 0
	 399: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 400: JEqImm dst: r2 off: 2 imm: 0
	 401: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 402: Ja off: 1
	 403: MovImm dst: r2 imm: 0
	 404: JSGTImm dst: r2 off: 2 imm: -3
	 405: StMemDW dst: r1 src: r0 off: 0 imm: -3
	 406: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 407: StMemDW dst: rfp src: r0 off: -8 imm: 0
	 408: LoadMapPtr dst: r1 fd: 0 <AT_mxneg>
	 410: MovReg dst: r2 src: rfp
	 411: AddImm dst: r2 imm: -8
	 412: Call FnMapLookupElem
	 413: MovReg dst: r1 src: r0
	 414: JEqImm dst: r1 off: 8 imm: 0
	 415: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 416: JEqImm dst: r2 off: 2 imm: 0
	 417: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 418: Ja off: 1
	 419: MovImm dst: r2 imm: 0
	 420: JSGTImm dst: r2 off: 2 imm: -9
	 421: StMemDW dst: r1 src: r0 off: 0 imm: -9
	 422: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 423: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 424: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	 426: MovReg dst: r2 src: rfp
	 427: AddImm dst: r2 imm: -8
	 428: Call FnMapLookupElem
	 429: MovReg dst: r1 src: r0
	 430: JEqImm dst: r1 off: 9 imm: 0
	 431: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 432: JEqImm dst: r2 off: 2 imm: 0
	 433: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 434: Ja off: 1
	 435: MovImm dst: r2 imm: 0
	 436: JSGTImm dst: r2 off: 13 imm: 10
	 437: StMemDW dst: r1 src: r0 off: 0 imm: 10
	 438: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 439: Ja off: 10
	 440: StMemDW dst: rfp src: r0 off: -24 imm: 10
	 441: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 442: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	 444: MovReg dst: r2 src: rfp
	 445: AddImm dst: r2 imm: -8
	 446: MovReg dst: r3 src: rfp
	 447: AddImm dst: r3 imm: -24
	 448: MovImm dst: r4 imm: 0
	 449: Call FnMapUpdateElem
	 450: StMemDW dst: rfp src: r0 off: -8 imm: 2
	 451: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	 453: MovReg dst: r2 src: rfp
	 454: AddImm dst: r2 imm: -8
	 455: Call FnMapLookupElem
	 456: MovReg dst: r1 src: r0
	 457: JEqImm dst: r1 off: 9 imm: 0
	 458: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 459: JEqImm dst: r2 off: 2 imm: 0
	 460: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 461: Ja off: 1
	 462: MovImm dst: r2 imm: 0
	 463: JSGTImm dst: r2 off: 13 imm: 30
	 464: StMemDW dst: r1 src: r0 off: 0 imm: 30
	 465: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 466: Ja off: 10
	 467: StMemDW dst: rfp src: r0 off: -24 imm: 30
	 468: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 469: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	 471: MovReg dst: r2 src: rfp
	 472: AddImm dst: r2 imm: -8
	 473: MovReg dst: r3 src: rfp
	 474: AddImm dst: r3 imm: -24
	 475: MovImm dst: r4 imm: 0
	 476: Call FnMapUpdateElem
	 477: StMemDW dst: rfp src: r0 off: -8 imm: 3
	 478: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	 480: MovReg dst: r2 src: rfp
	 481: AddImm dst: r2 imm: -8
	 482: Call FnMapLookupElem
	 483: MovReg dst: r1 src: r0
	 484: JEqImm dst: r1 off: 9 imm: 0
	 485: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 486: JEqImm dst: r2 off: 2 imm: 0
	 487: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 488: Ja off: 1
	 489: MovImm dst: r2 imm: 0
	 490: JSGTImm dst: r2 off: 13 imm: 20
	 491: StMemDW dst: r1 src: r0 off: 0 imm: 20
	 492: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 493: Ja off: 10
	 494: StMemDW dst: rfp src: r0 off: -24 imm: 20
	 495: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 496: LoadMapPtr dst: r1 fd: 0 <AT_mxk>
	 498: MovReg dst: r2 src: rfp
	 499: AddImm dst: r2 imm: -8
	 500: MovReg dst: r3 src: rfp
	 501: AddImm dst: r3 imm: -24
	 502: MovImm dst: r4 imm: 0
	 503: Call FnMapUpdateElem
	 504: StMemH dst: rfp src: r0 off: -8 imm: 97
	 505: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	 507: MovReg dst: r2 src: rfp
	 508: AddImm dst: r2 imm: -8
	 509: Call FnMapLookupElem
	 510: MovReg dst: r1 src: r0
	 511: JEqImm dst: r1 off: 15 imm: 0
	 512: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 513: JEqImm dst: r2 off: 6 imm: 0
	 514: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 515: LdImmDW dst: r0 imm: 4294967295
	 517: SubReg dst: r0 src: r2
	 518: MovReg dst: r2 src: r0
	 519: Ja off: 1
	 520: MovImm dst: r2 imm: 0
	 521: LdImmDW dst: r0 imm: 4294966995
	 523: JSGTReg dst: r2 off: 13 src: r0
	 524: StMemDW dst: r1 src: r0 off: 0 imm: 300
	 525: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 526: Ja off: 10
	 527: StMemDW dst: rfp src: r0 off: -24 imm: 300
	 528: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 529: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	 531: MovReg dst: r2 src: rfp
	 532: AddImm dst: r2 imm: -8
	 533: MovReg dst: r3 src: rfp
	 534: AddImm dst: r3 imm: -24
	 535: MovImm dst: r4 imm: 0
	 536: Call FnMapUpdateElem
	 537: StMemH dst: rfp src: r0 off: -8 imm: 98
	 538: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	 540: MovReg dst: r2 src: rfp
	 541: AddImm dst: r2 imm: -8
	 542: Call FnMapLookupElem
	 543: MovReg dst: r1 src: r0
	 544: JEqImm dst: r1 off: 15 imm: 0
	 545: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 546: JEqImm dst: r2 off: 6 imm: 0
	 547: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 548: LdImmDW dst: r0 imm: 4294967295
	 550: SubReg dst: r0 src: r2
	 551: MovReg dst: r2 src: r0
	 552: Ja off: 1
	 553: MovImm dst: r2 imm: 0
	 554: LdImmDW dst: r0 imm: 4294967395
	 556: JSGTReg dst: r2 off: 13 src: r0
	 557: StMemDW dst: r1 src: r0 off: 0 imm: -100
	 558: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 559: Ja off: 10
	 560: StMemDW dst: rfp src: r0 off: -24 imm: -100
	 561: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 562: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	 564: MovReg dst: r2 src: rfp
	 565: AddImm dst: r2 imm: -8
	 566: MovReg dst: r3 src: rfp
	 567: AddImm dst: r3 imm: -24
	 568: MovImm dst: r4 imm: 0
	 569: Call FnMapUpdateElem
	 570: StMemH dst: rfp src: r0 off: -8 imm: 99
	 571: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	 573: MovReg dst: r2 src: rfp
	 574: AddImm dst: r2 imm: -8
	 575: Call FnMapLookupElem
	 576: MovReg dst: r1 src: r0
	 577: JEqImm dst: r1 off: 15 imm: 0
	 578: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 579: JEqImm dst: r2 off: 6 imm: 0
	 580: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 581: LdImmDW dst: r0 imm: 4294967295
	 583: SubReg dst: r0 src: r2
	 584: MovReg dst: r2 src: r0
	 585: Ja off: 1
	 586: MovImm dst: r2 imm: 0
	 587: LdImmDW dst: r0 imm: 4294967095
	 589: JSGTReg dst: r2 off: 13 src: r0
	 590: StMemDW dst: r1 src: r0 off: 0 imm: 200
	 591: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 592: Ja off: 10
	 593: StMemDW dst: rfp src: r0 off: -24 imm: 200
	 594: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 595: LoadMapPtr dst: r1 fd: 0 <AT_mnk>
	 597: MovReg dst: r2 src: rfp
	 598: AddImm dst: r2 imm: -8
	 599: MovReg dst: r3 src: rfp
	 600: AddImm dst: r3 imm: -24
	 601: MovImm dst: r4 imm: 0
	 602: Call FnMapUpdateElem
	 603: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 604: LoadMapPtr dst: r1 fd: 0 <AT_a>
	 606: MovReg dst: r2 src: rfp
	 607: AddImm dst: r2 imm: -8
	 608: Call FnMapLookupElem
	 609: MovReg dst: r1 src: r0
	 610: JEqImm dst: r1 off: 7 imm: 0
	 611: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 612: AddImm dst: r2 imm: 10
	 613: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 614: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 615: AddImm dst: r2 imm: 1
	 616: StXMemDW dst: r1 src: r2 off: 8 imm: 0
	 617: Ja off: 10
	 618: StMemDW dst: rfp src: r0 off: -24 imm: 10
	 619: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 620: LoadMapPtr dst: r1 fd: 0 <AT_a>
	 622: MovReg dst: r2 src: rfp
	 623: AddImm dst: r2 imm: -8
	 624: MovReg dst: r3 src: rfp
	 625: AddImm dst: r3 imm: -24
	 626: MovImm dst: r4 imm: 0
	 627: Call FnMapUpdateElem
	 628: StMemDW dst: rfp src: r0 off: -8 imm: 2
	 629: LoadMapPtr dst: r1 fd: 0 <AT_a>
	 631: MovReg dst: r2 src: rfp
	 632: AddImm dst: r2 imm: -8
	 633: Call FnMapLookupElem
	 634: MovReg dst: r1 src: r0
	 635: JEqImm dst: r1 off: 7 imm: 0
	 636: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 637: AddImm dst: r2 imm: 3
	 638: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 639: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 640: AddImm dst: r2 imm: 1
	 641: StXMemDW dst: r1 src: r2 off: 8 imm: 0
	 642: Ja off: 10
	 643: StMemDW dst: rfp src: r0 off: -24 imm: 3
	 644: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 645: LoadMapPtr dst: r1 fd: 0 <AT_a>
	 647: MovReg dst: r2 src: rfp
	 648: AddImm dst: r2 imm: -8
	 649: MovReg dst: r3 src: rfp
	 650: AddImm dst: r3 imm: -24
	 651: MovImm dst: r4 imm: 0
	 652: Call FnMapUpdateElem
	 653: StMemDW dst: rfp src: r0 off: -8 imm: 3
	 654: LoadMapPtr dst: r1 fd: 0 <AT_a>
	 656: MovReg dst: r2 src: rfp
	 657: AddImm dst: r2 imm: -8
	 658: Call FnMapLookupElem
	 659: MovReg dst: r1 src: r0
	 660: JEqImm dst: r1 off: 7 imm: 0
	 661: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 662: AddImm dst: r2 imm: -50
	 663: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 664: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 665: AddImm dst: r2 imm: 1
	 666: StXMemDW dst: r1 src: r2 off: 8 imm: 0
	 667: Ja off: 10
	 668: StMemDW dst: rfp src: r0 off: -24 imm: -50
	 669: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 670: LoadMapPtr dst: r1 fd: 0 <AT_a>
	 672: MovReg dst: r2 src: rfp
	 673: AddImm dst: r2 imm: -8
	 674: MovReg dst: r3 src: rfp
	 675: AddImm dst: r3 imm: -24
	 676: MovImm dst: r4 imm: 0
	 677: Call FnMapUpdateElem
	 678: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	 679: StMemW dst: rfp src: r0 off: -16 imm: 12
	 680: StMemW dst: rfp src: r0 off: -12 imm: 1
	 681: StMemW dst: rfp src: r0 off: -8 imm: 0
	 682: StMemW dst: rfp src: r0 off: -4 imm: 0
	 683: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 685: MovReg dst: r2 src: rfp
	 686: AddImm dst: r2 imm: -24
	 687: MovImm dst: r3 imm: 24
	 688: MovImm dst: r4 imm: 0
	 689: Call FnRingbufOutput
	 690: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	 691: StMemW dst: rfp src: r0 off: -16 imm: 0
	 692: StMemW dst: rfp src: r0 off: -12 imm: 2
	 693: StMemW dst: rfp src: r0 off: -8 imm: 0
	 694: StMemW dst: rfp src: r0 off: -4 imm: 0
	 695: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 697: MovReg dst: r2 src: rfp
	 698: AddImm dst: r2 imm: -24
	 699: MovImm dst: r3 imm: 24
	 700: MovImm dst: r4 imm: 0
	 701: Call FnRingbufOutput
	 702: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	 703: StMemW dst: rfp src: r0 off: -16 imm: 0
	 704: StMemW dst: rfp src: r0 off: -12 imm: 0
	 705: StMemW dst: rfp src: r0 off: -8 imm: 2
	 706: StMemW dst: rfp src: r0 off: -4 imm: 0
	 707: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 709: MovReg dst: r2 src: rfp
	 710: AddImm dst: r2 imm: -24
	 711: MovImm dst: r3 imm: 24
	 712: MovImm dst: r4 imm: 0
	 713: Call FnRingbufOutput
	 714: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	 715: StMemW dst: rfp src: r0 off: -16 imm: 10
	 716: StMemW dst: rfp src: r0 off: -12 imm: 2
	 717: StMemW dst: rfp src: r0 off: -8 imm: 10
	 718: StMemW dst: rfp src: r0 off: -4 imm: 0
	 719: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 721: MovReg dst: r2 src: rfp
	 722: AddImm dst: r2 imm: -24
	 723: MovImm dst: r3 imm: 24
	 724: MovImm dst: r4 imm: 0
	 725: Call FnRingbufOutput
	 726: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	 727: StMemW dst: rfp src: r0 off: -16 imm: 7
	 728: StMemW dst: rfp src: r0 off: -12 imm: 0
	 729: StMemW dst: rfp src: r0 off: -8 imm: 100
	 730: StMemW dst: rfp src: r0 off: -4 imm: 0
	 731: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 733: MovReg dst: r2 src: rfp
	 734: AddImm dst: r2 imm: -24
	 735: MovImm dst: r3 imm: 24
	 736: MovImm dst: r4 imm: 0
	 737: Call FnRingbufOutput
	 738: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 739: LoadMapPtr dst: r1 fd: 0 <AT_z>
	 741: MovReg dst: r2 src: rfp
	 742: AddImm dst: r2 imm: -8
	 743: Call FnMapLookupElem
	 744: MovReg dst: r1 src: r0
	 745: JEqImm dst: r1 off: 7 imm: 0
	 746: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 747: AddImm dst: r2 imm: 7
	 748: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 749: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 750: AddImm dst: r2 imm: 1
	 751: StXMemDW dst: r1 src: r2 off: 8 imm: 0
	 752: Ja off: 10
	 753: StMemDW dst: rfp src: r0 off: -24 imm: 7
	 754: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 755: LoadMapPtr dst: r1 fd: 0 <AT_z>
	 757: MovReg dst: r2 src: rfp
	 758: AddImm dst: r2 imm: -8
	 759: MovReg dst: r3 src: rfp
	 760: AddImm dst: r3 imm: -24
	 761: MovImm dst: r4 imm: 0
	 762: Call FnMapUpdateElem
	 763: StMemDW dst: rfp src: r0 off: -8 imm: 2
	 764: LoadMapPtr dst: r1 fd: 0 <AT_z>
	 766: MovReg dst: r2 src: rfp
	 767: AddImm dst: r2 imm: -8
	 768: Call FnMapLookupElem
	 769: MovReg dst: r1 src: r0
	 770: JEqImm dst: r1 off: 7 imm: 0
	 771: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 772: AddImm dst: r2 imm: 9
	 773: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 774: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 775: AddImm dst: r2 imm: 1
	 776: StXMemDW dst: r1 src: r2 off: 8 imm: 0
	 777: Ja off: 10
	 778: StMemDW dst: rfp src: r0 off: -24 imm: 9
	 779: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 780: LoadMapPtr dst: r1 fd: 0 <AT_z>
	 782: MovReg dst: r2 src: rfp
	 783: AddImm dst: r2 imm: -8
	 784: MovReg dst: r3 src: rfp
	 785: AddImm dst: r3 imm: -24
	 786: MovImm dst: r4 imm: 0
	 787: Call FnMapUpdateElem
	 788: StMemDW dst: rfp src: r0 off: -16 imm: 30003
	 789: StMemW dst: rfp src: r0 off: -8 imm: 13
	 790: StMemW dst: rfp src: r0 off: -4 imm: 0
	 791: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 793: MovReg dst: r2 src: rfp
	 794: AddImm dst: r2 imm: -16
	 795: MovImm dst: r3 imm: 16
	 796: MovImm dst: r4 imm: 0
	 797: Call FnRingbufOutput
	 798: StMemDW dst: rfp src: r0 off: -24 imm: 30001
	 799: StMemW dst: rfp src: r0 off: -16 imm: 13
	 800: StMemW dst: rfp src: r0 off: -12 imm: 0
	 801: StMemW dst: rfp src: r0 off: -8 imm: 0
	 802: StMemW dst: rfp src: r0 off: -4 imm: 0
	 803: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 805: MovReg dst: r2 src: rfp
	 806: AddImm dst: r2 imm: -24
	 807: MovImm dst: r3 imm: 24
	 808: MovImm dst: r4 imm: 0
	 809: Call FnRingbufOutput
	 810: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 811: LoadMapPtr dst: r1 fd: 0 <AT_c>
	 813: MovReg dst: r2 src: rfp
	 814: AddImm dst: r2 imm: -8
	 815: Call FnMapLookupElem
	 816: MovReg dst: r1 src: r0
	 817: JEqImm dst: r1 off: 7 imm: 0
	 818: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 819: AddImm dst: r2 imm: 1
	 820: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 821: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 822: AddImm dst: r2 imm: 1
	 823: StXMemDW dst: r1 src: r2 off: 8 imm: 0
	 824: Ja off: 10
	 825: StMemDW dst: rfp src: r0 off: -24 imm: 1
	 826: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 827: LoadMapPtr dst: r1 fd: 0 <AT_c>
	 829: MovReg dst: r2 src: rfp
	 830: AddImm dst: r2 imm: -8
	 831: MovReg dst: r3 src: rfp
	 832: AddImm dst: r3 imm: -24
	 833: MovImm dst: r4 imm: 0
	 834: Call FnMapUpdateElem
	 835: StMemDW dst: rfp src: r0 off: -16 imm: 30002
	 836: StMemW dst: rfp src: r0 off: -8 imm: 2
	 837: StMemW dst: rfp src: r0 off: -4 imm: 0
	 838: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 840: MovReg dst: r2 src: rfp
	 841: AddImm dst: r2 imm: -16
	 842: MovImm dst: r3 imm: 16
	 843: MovImm dst: r4 imm: 0
	 844: Call FnRingbufOutput
	 845: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 846: LoadMapPtr dst: r1 fd: 0 <AT_d>
	 848: MovReg dst: r2 src: rfp
	 849: AddImm dst: r2 imm: -8
	 850: Call FnMapLookupElem
	 851: MovReg dst: r1 src: r0
	 852: JEqImm dst: r1 off: 15 imm: 0
	 853: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 854: JEqImm dst: r2 off: 6 imm: 0
	 855: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 856: LdImmDW dst: r0 imm: 4294967295
	 858: SubReg dst: r0 src: r2
	 859: MovReg dst: r2 src: r0
	 860: Ja off: 1
	 861: MovImm dst: r2 imm: 0
	 862: LdImmDW dst: r0 imm: 4294967294
	 864: JSGTReg dst: r2 off: 13 src: r0
	 865: StMemDW dst: r1 src: r0 off: 0 imm: 1
	 866: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 867: Ja off: 10
	 868: StMemDW dst: rfp src: r0 off: -24 imm: 1
	 869: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 870: LoadMapPtr dst: r1 fd: 0 <AT_d>
	 872: MovReg dst: r2 src: rfp
	 873: AddImm dst: r2 imm: -8
	 874: MovReg dst: r3 src: rfp
	 875: AddImm dst: r3 imm: -24
	 876: MovImm dst: r4 imm: 0
	 877: Call FnMapUpdateElem
	 878: StMemDW dst: rfp src: r0 off: -8 imm: 2
	 879: LoadMapPtr dst: r1 fd: 0 <AT_d>
	 881: MovReg dst: r2 src: rfp
	 882: AddImm dst: r2 imm: -8
	 883: Call FnMapLookupElem
	 884: MovReg dst: r1 src: r0
	 885: JEqImm dst: r1 off: 15 imm: 0
	 886: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 887: JEqImm dst: r2 off: 6 imm: 0
	 888: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 889: LdImmDW dst: r0 imm: 4294967295
	 891: SubReg dst: r0 src: r2
	 892: MovReg dst: r2 src: r0
	 893: Ja off: 1
	 894: MovImm dst: r2 imm: 0
	 895: LdImmDW dst: r0 imm: 4294967293
	 897: JSGTReg dst: r2 off: 13 src: r0
	 898: StMemDW dst: r1 src: r0 off: 0 imm: 2
	 899: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 900: Ja off: 10
	 901: StMemDW dst: rfp src: r0 off: -24 imm: 2
	 902: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 903: LoadMapPtr dst: r1 fd: 0 <AT_d>
	 905: MovReg dst: r2 src: rfp
	 906: AddImm dst: r2 imm: -8
	 907: MovReg dst: r3 src: rfp
	 908: AddImm dst: r3 imm: -24
	 909: MovImm dst: r4 imm: 0
	 910: Call FnMapUpdateElem
	 911: StMemDW dst: rfp src: r0 off: -8 imm: 1
	 912: LoadMapPtr dst: r1 fd: 0 <AT_d>
	 914: MovReg dst: r2 src: rfp
	 915: AddImm dst: r2 imm: -8
	 916: Call FnMapDeleteElem
	 917: StMemDW dst: rfp src: r0 off: -8 imm: 30000
	 918: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 920: MovReg dst: r2 src: rfp
	 921: AddImm dst: r2 imm: -8
	 922: MovImm dst: r3 imm: 8
	 923: MovImm dst: r4 imm: 0
	 924: Call FnRingbufOutput
	 925: StMemW dst: rfp src: r0 off: -8 imm: 0
	 926: LoadMapPtr dst: r1 fd: 0 <AT__exit>
	 928: MovReg dst: r2 src: rfp
	 929: AddImm dst: r2 imm: -8
	 930: Call FnMapLookupElem
	 931: MovReg dst: r1 src: r0
	 932: JEqImm dst: r1 off: 1 imm: 0
	 933: StMemDW dst: r1 src: r0 off: 0 imm: 1
	 934: MovImm dst: r0 imm: 0
	 935: Exit

END:
	  0: StMemDW dst: rfp src: r0 off: -8 imm: 0
	  1: LoadMapPtr dst: r1 fd: 0 <AT_mn>
	  3: MovReg dst: r2 src: rfp
	  4: AddImm dst: r2 imm: -8
	  5: Call FnMapLookupElem
	  6: MovReg dst: r1 src: r0
	  7: JEqImm dst: r1 off: 15 imm: 0
	  8: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	  9: JEqImm dst: r2 off: 6 imm: 0
	 10: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 11: LdImmDW dst: r0 imm: 4294967295
	 13: SubReg dst: r0 src: r2
	 14: MovReg dst: r2 src: r0
	 15: Ja off: 1
	 16: MovImm dst: r2 imm: 0
	 17: LdImmDW dst: r0 imm: 4294967293
	 19: JSGTReg dst: r2 off: 13 src: r0
	 20: StMemDW dst: r1 src: r0 off: 0 imm: 2
	 21: StMemDW dst: r1 src: r0 off: 8 imm: 1
	 22: Ja off: 10
	 23: StMemDW dst: rfp src: r0 off: -24 imm: 2
	 24: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 25: LoadMapPtr dst: r1 fd: 0 <AT_mn>
	 27: MovReg dst: r2 src: rfp
	 28: AddImm dst: r2 imm: -8
	 29: MovReg dst: r3 src: rfp
	 30: AddImm dst: r3 imm: -24
	 31: MovImm dst: r4 imm: 0
	 32: Call FnMapUpdateElem
	 33: StMemDW dst: rfp src: r0 off: -8 imm: 4
	 34: LoadMapPtr dst: r1 fd: 0 <AT_st>
	 36: MovReg dst: r2 src: rfp
	 37: AddImm dst: r2 imm: -8
	 38: Call FnMapLookupElem
	 39: MovReg dst: r1 src: r0
	 40: JEqImm dst: r1 off: 7 imm: 0
	 41: LdXMemDW dst: r2 src: r1 off: 0 imm: 0
	 42: AddImm dst: r2 imm: -1000
	 43: StXMemDW dst: r1 src: r2 off: 0 imm: 0
	 44: LdXMemDW dst: r2 src: r1 off: 8 imm: 0
	 45: AddImm dst: r2 imm: 1
	 46: StXMemDW dst: r1 src: r2 off: 8 imm: 0
	 47: Ja off: 10
	 48: StMemDW dst: rfp src: r0 off: -24 imm: -1000
	 49: StMemDW dst: rfp src: r0 off: -16 imm: 1
	 50: LoadMapPtr dst: r1 fd: 0 <AT_st>
	 52: MovReg dst: r2 src: rfp
	 53: AddImm dst: r2 imm: -8
	 54: MovReg dst: r3 src: rfp
	 55: AddImm dst: r3 imm: -24
	 56: MovImm dst: r4 imm: 0
	 57: Call FnMapUpdateElem
	 58: MovImm dst: r0 imm: 0
	 59: Exit

