tp_sys_enter_execve:
	   0: MovReg dst: r6 src: r1
	   1: Call FnGetCurrentPidTgid
	   2: RShImm dst: r0 imm: 32
	   3: JNEImm dst: r0 off: 534 imm: 4242
	   4: LdXMemDW dst: r7 src: r6 off: 24 imm: 0
	   5: StMemW dst: rfp src: r0 off: -8 imm: 0
	   6: LoadMapPtr dst: r1 fd: 0 <AT__join>
	   8: MovReg dst: r2 src: rfp
	   9: AddImm dst: r2 imm: -8
	  10: Call FnMapLookupElem
	  11: MovReg dst: r8 src: r0
	  12: JEqImm dst: r8 off: 169 imm: 0
	  13: StMemDW dst: r8 src: r0 off: 0 imm: 30005
	  14: StMemDW dst: r8 src: r0 off: 8 imm: 0
	  15: MovReg dst: r9 src: rfp
	  16: AddImm dst: r9 imm: -8
	  17: MovReg dst: r1 src: r9
	  18: MovReg dst: r3 src: r7
	  19: MovImm dst: r2 imm: 8
	  20: Call FnProbeReadUser
	  21: MovReg dst: r1 src: r8
	  22: AddImm dst: r1 imm: 16
	  23: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	  24: MovImm dst: r2 imm: 1024
	  25: Call FnProbeReadUserStr
	  26: MovReg dst: r3 src: r7
	  27: AddImm dst: r3 imm: 8
	  28: MovReg dst: r1 src: r9
	  29: MovImm dst: r2 imm: 8
	  30: Call FnProbeReadUser
	  31: MovReg dst: r1 src: r8
	  32: AddImm dst: r1 imm: 1040
	  33: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	  34: MovImm dst: r2 imm: 1024
	  35: Call FnProbeReadUserStr
	  36: MovReg dst: r3 src: r7
	  37: AddImm dst: r3 imm: 16
	  38: MovReg dst: r1 src: r9
	  39: MovImm dst: r2 imm: 8
	  40: Call FnProbeReadUser
	  41: MovReg dst: r1 src: r8
	  42: AddImm dst: r1 imm: 2064
	  43: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	  44: MovImm dst: r2 imm: 1024
	  45: Call FnProbeReadUserStr
	  46: MovReg dst: r3 src: r7
	  47: AddImm dst: r3 imm: 24
	  48: MovReg dst: r1 src: r9
	  49: MovImm dst: r2 imm: 8
	  50: Call FnProbeReadUser
	  51: MovReg dst: r1 src: r8
	  52: AddImm dst: r1 imm: 3088
	  53: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	  54: MovImm dst: r2 imm: 1024
	  55: Call FnProbeReadUserStr
	  56: MovReg dst: r3 src: r7
	  57: AddImm dst: r3 imm: 32
	  58: MovReg dst: r1 src: r9
	  59: MovImm dst: r2 imm: 8
	  60: Call FnProbeReadUser
	  61: MovReg dst: r1 src: r8
	  62: AddImm dst: r1 imm: 4112
	  63: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	  64: MovImm dst: r2 imm: 1024
	  65: Call FnProbeReadUserStr
	  66: MovReg dst: r3 src: r7
	  67: AddImm dst: r3 imm: 40
	  68: MovReg dst: r1 src: r9
	  69: MovImm dst: r2 imm: 8
	  70: Call FnProbeReadUser
	  71: MovReg dst: r1 src: r8
	  72: AddImm dst: r1 imm: 5136
	  73: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	  74: MovImm dst: r2 imm: 1024
	  75: Call FnProbeReadUserStr
	  76: MovReg dst: r3 src: r7
	  77: AddImm dst: r3 imm: 48
	  78: MovReg dst: r1 src: r9
	  79: MovImm dst: r2 imm: 8
	  80: Call FnProbeReadUser
	  81: MovReg dst: r1 src: r8
	  82: AddImm dst: r1 imm: 6160
	  83: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	  84: MovImm dst: r2 imm: 1024
	  85: Call FnProbeReadUserStr
	  86: MovReg dst: r3 src: r7
	  87: AddImm dst: r3 imm: 56
	  88: MovReg dst: r1 src: r9
	  89: MovImm dst: r2 imm: 8
	  90: Call FnProbeReadUser
	  91: MovReg dst: r1 src: r8
	  92: AddImm dst: r1 imm: 7184
	  93: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	  94: MovImm dst: r2 imm: 1024
	  95: Call FnProbeReadUserStr
	  96: MovReg dst: r3 src: r7
	  97: AddImm dst: r3 imm: 64
	  98: MovReg dst: r1 src: r9
	  99: MovImm dst: r2 imm: 8
	 100: Call FnProbeReadUser
	 101: MovReg dst: r1 src: r8
	 102: AddImm dst: r1 imm: 8208
	 103: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 104: MovImm dst: r2 imm: 1024
	 105: Call FnProbeReadUserStr
	 106: MovReg dst: r3 src: r7
	 107: AddImm dst: r3 imm: 72
	 108: MovReg dst: r1 src: r9
	 109: MovImm dst: r2 imm: 8
	 110: Call FnProbeReadUser
	 111: MovReg dst: r1 src: r8
	 112: AddImm dst: r1 imm: 9232
	 113: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 114: MovImm dst: r2 imm: 1024
	 115: Call FnProbeReadUserStr
	 116: MovReg dst: r3 src: r7
	 117: AddImm dst: r3 imm: 80
	 118: MovReg dst: r1 src: r9
	 119: MovImm dst: r2 imm: 8
	 120: Call FnProbeReadUser
	 121: MovReg dst: r1 src: r8
	 122: AddImm dst: r1 imm: 10256
	 123: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 124: MovImm dst: r2 imm: 1024
	 125: Call FnProbeReadUserStr
	 126: MovReg dst: r3 src: r7
	 127: AddImm dst: r3 imm: 88
	 128: MovReg dst: r1 src: r9
	 129: MovImm dst: r2 imm: 8
	 130: Call FnProbeReadUser
	 131: MovReg dst: r1 src: r8
	 132: AddImm dst: r1 imm: 11280
	 133: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 134: MovImm dst: r2 imm: 1024
	 135: Call FnProbeReadUserStr
	 136: MovReg dst: r3 src: r7
	 137: AddImm dst: r3 imm: 96
	 138: MovReg dst: r1 src: r9
	 139: MovImm dst: r2 imm: 8
	 140: Call FnProbeReadUser
	 141: MovReg dst: r1 src: r8
	 142: AddImm dst: r1 imm: 12304
	 143: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 144: MovImm dst: r2 imm: 1024
	 145: Call FnProbeReadUserStr
	 146: MovReg dst: r3 src: r7
	 147: AddImm dst: r3 imm: 104
	 148: MovReg dst: r1 src: r9
	 149: MovImm dst: r2 imm: 8
	 150: Call FnProbeReadUser
	 151: MovReg dst: r1 src: r8
	 152: AddImm dst: r1 imm: 13328
	 153: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 154: MovImm dst: r2 imm: 1024
	 155: Call FnProbeReadUserStr
	 156: MovReg dst: r3 src: r7
	 157: AddImm dst: r3 imm: 112
	 158: MovReg dst: r1 src: r9
	 159: MovImm dst: r2 imm: 8
	 160: Call FnProbeReadUser
	 161: MovReg dst: r1 src: r8
	 162: AddImm dst: r1 imm: 14352
	 163: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 164: MovImm dst: r2 imm: 1024
	 165: Call FnProbeReadUserStr
	 166: AddImm dst: r7 imm: 120
	 167: MovReg dst: r1 src: r9
	 168: MovReg dst: r3 src: r7
	 169: MovImm dst: r2 imm: 8
	 170: Call FnProbeReadUser
	 171: MovReg dst: r1 src: r8
	 172: AddImm dst: r1 imm: 15376
	 173: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 174: MovImm dst: r2 imm: 1024
	 175: Call FnProbeReadUserStr
	 176: MovReg dst: r2 src: r8
	 177: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 179: MovImm dst: r3 imm: 16400
	 180: MovImm dst: r4 imm: 0
	 181: Call FnRingbufOutput
	 182: LdXMemDW dst: r7 src: r6 off: 24 imm: 0
	 183: StMemW dst: rfp src: r0 off: -8 imm: 0
	 184: LoadMapPtr dst: r1 fd: 0 <AT__join>
	 186: MovReg dst: r2 src: rfp
	 187: AddImm dst: r2 imm: -8
	 188: Call FnMapLookupElem
	 189: MovReg dst: r8 src: r0
	 190: JEqImm dst: r8 off: 169 imm: 0
	 191: StMemDW dst: r8 src: r0 off: 0 imm: 30005
	 192: StMemDW dst: r8 src: r0 off: 8 imm: 1
	 193: MovReg dst: r9 src: rfp
	 194: AddImm dst: r9 imm: -8
	 195: MovReg dst: r1 src: r9
	 196: MovReg dst: r3 src: r7
	 197: MovImm dst: r2 imm: 8
	 198: Call FnProbeReadUser
	 199: MovReg dst: r1 src: r8
	 200: AddImm dst: r1 imm: 16
	 201: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 202: MovImm dst: r2 imm: 1024
	 203: Call FnProbeReadUserStr
	 204: MovReg dst: r3 src: r7
	 205: AddImm dst: r3 imm: 8
	 206: MovReg dst: r1 src: r9
	 207: MovImm dst: r2 imm: 8
	 208: Call FnProbeReadUser
	 209: MovReg dst: r1 src: r8
	 210: AddImm dst: r1 imm: 1040
	 211: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 212: MovImm dst: r2 imm: 1024
	 213: Call FnProbeReadUserStr
	 214: MovReg dst: r3 src: r7
	 215: AddImm dst: r3 imm: 16
	 216: MovReg dst: r1 src: r9
	 217: MovImm dst: r2 imm: 8
	 218: Call FnProbeReadUser
	 219: MovReg dst: r1 src: r8
	 220: AddImm dst: r1 imm: 2064
	 221: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 222: MovImm dst: r2 imm: 1024
	 223: Call FnProbeReadUserStr
	 224: MovReg dst: r3 src: r7
	 225: AddImm dst: r3 imm: 24
	 226: MovReg dst: r1 src: r9
	 227: MovImm dst: r2 imm: 8
	 228: Call FnProbeReadUser
	 229: MovReg dst: r1 src: r8
	 230: AddImm dst: r1 imm: 3088
	 231: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 232: MovImm dst: r2 imm: 1024
	 233: Call FnProbeReadUserStr
	 234: MovReg dst: r3 src: r7
	 235: AddImm dst: r3 imm: 32
	 236: MovReg dst: r1 src: r9
	 237: MovImm dst: r2 imm: 8
	 238: Call FnProbeReadUser
	 239: MovReg dst: r1 src: r8
	 240: AddImm dst: r1 imm: 4112
	 241: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 242: MovImm dst: r2 imm: 1024
	 243: Call FnProbeReadUserStr
	 244: MovReg dst: r3 src: r7
	 245: AddImm dst: r3 imm: 40
	 246: MovReg dst: r1 src: r9
	 247: MovImm dst: r2 imm: 8
	 248: Call FnProbeReadUser
	 249: MovReg dst: r1 src: r8
	 250: AddImm dst: r1 imm: 5136
	 251: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 252: MovImm dst: r2 imm: 1024
	 253: Call FnProbeReadUserStr
	 254: MovReg dst: r3 src: r7
	 255: AddImm dst: r3 imm: 48
	 256: MovReg dst: r1 src: r9
	 257: MovImm dst: r2 imm: 8
	 258: Call FnProbeReadUser
	 259: MovReg dst: r1 src: r8
	 260: AddImm dst: r1 imm: 6160
	 261: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 262: MovImm dst: r2 imm: 1024
	 263: Call FnProbeReadUserStr
	 264: MovReg dst: r3 src: r7
	 265: AddImm dst: r3 imm: 56
	 266: MovReg dst: r1 src: r9
	 267: MovImm dst: r2 imm: 8
	 268: Call FnProbeReadUser
	 269: MovReg dst: r1 src: r8
	 270: AddImm dst: r1 imm: 7184
	 271: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 272: MovImm dst: r2 imm: 1024
	 273: Call FnProbeReadUserStr
	 274: MovReg dst: r3 src: r7
	 275: AddImm dst: r3 imm: 64
	 276: MovReg dst: r1 src: r9
	 277: MovImm dst: r2 imm: 8
	 278: Call FnProbeReadUser
	 279: MovReg dst: r1 src: r8
	 280: AddImm dst: r1 imm: 8208
	 281: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 282: MovImm dst: r2 imm: 1024
	 283: Call FnProbeReadUserStr
	 284: MovReg dst: r3 src: r7
	 285: AddImm dst: r3 imm: 72
	 286: MovReg dst: r1 src: r9
	 287: MovImm dst: r2 imm: 8
	 288: Call FnProbeReadUser
	 289: MovReg dst: r1 src: r8
	 290: AddImm dst: r1 imm: 9232
	 291: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 292: MovImm dst: r2 imm: 1024
	 293: Call FnProbeReadUserStr
	 294: MovReg dst: r3 src: r7
	 295: AddImm dst: r3 imm: 80
	 296: MovReg dst: r1 src: r9
	 297: MovImm dst: r2 imm: 8
	 298: Call FnProbeReadUser
	 299: MovReg dst: r1 src: r8
	 300: AddImm dst: r1 imm: 10256
	 301: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 302: MovImm dst: r2 imm: 1024
	 303: Call FnProbeReadUserStr
	 304: MovReg dst: r3 src: r7
	 305: AddImm dst: r3 imm: 88
	 306: MovReg dst: r1 src: r9
	 307: MovImm dst: r2 imm: 8
	 308: Call FnProbeReadUser
	 309: MovReg dst: r1 src: r8
	 310: AddImm dst: r1 imm: 11280
	 311: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 312: MovImm dst: r2 imm: 1024
	 313: Call FnProbeReadUserStr
	 314: MovReg dst: r3 src: r7
	 315: AddImm dst: r3 imm: 96
	 316: MovReg dst: r1 src: r9
	 317: MovImm dst: r2 imm: 8
	 318: Call FnProbeReadUser
	 319: MovReg dst: r1 src: r8
	 320: AddImm dst: r1 imm: 12304
	 321: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 322: MovImm dst: r2 imm: 1024
	 323: Call FnProbeReadUserStr
	 324: MovReg dst: r3 src: r7
	 325: AddImm dst: r3 imm: 104
	 326: MovReg dst: r1 src: r9
	 327: MovImm dst: r2 imm: 8
	 328: Call FnProbeReadUser
	 329: MovReg dst: r1 src: r8
	 330: AddImm dst: r1 imm: 13328
	 331: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 332: MovImm dst: r2 imm: 1024
	 333: Call FnProbeReadUserStr
	 334: MovReg dst: r3 src: r7
	 335: AddImm dst: r3 imm: 112
	 336: MovReg dst: r1 src: r9
	 337: MovImm dst: r2 imm: 8
	 338: Call FnProbeReadUser
	 339: MovReg dst: r1 src: r8
	 340: AddImm dst: r1 imm: 14352
	 341: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 342: MovImm dst: r2 imm: 1024
	 343: Call FnProbeReadUserStr
	 344: AddImm dst: r7 imm: 120
	 345: MovReg dst: r1 src: r9
	 346: MovReg dst: r3 src: r7
	 347: MovImm dst: r2 imm: 8
	 348: Call FnProbeReadUser
	 349: MovReg dst: r1 src: r8
	 350: AddImm dst: r1 imm: 15376
	 351: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 352: MovImm dst: r2 imm: 1024
	 353: Call FnProbeReadUserStr
	 354: MovReg dst: r2 src: r8
	 355: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 357: MovImm dst: r3 imm: 16400
	 358: MovImm dst: r4 imm: 0
	 359: Call FnRingbufOutput
	 360: LdXMemDW dst: r6 src: r6 off: 24 imm: 0
	 361: StMemW dst: rfp src: r0 off: -8 imm: 0
	 362: LoadMapPtr dst: r1 fd: 0 <AT__join>
	 364: MovReg dst: r2 src: rfp
	 365: AddImm dst: r2 imm: -8
	 366: Call FnMapLookupElem
	 367: MovReg dst: r7 src: r0
	 368: JEqImm dst: r7 off: 169 imm: 0
	 369: StMemDW dst: r7 src: r0 off: 0 imm: 30005
	 370: StMemDW dst: r7 src: r0 off: 8 imm: 2
	 371: MovReg dst: r8 src: rfp
	 372: AddImm dst: r8 imm: -8
	 373: MovReg dst: r1 src: r8
	 374: MovReg dst: r3 src: r6
	 375: MovImm dst: r2 imm: 8
	 376: Call FnProbeReadUser
	 377: MovReg dst: r1 src: r7
	 378: AddImm dst: r1 imm: 16
	 379: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 380: MovImm dst: r2 imm: 1024
	 381: Call FnProbeReadUserStr
	 382: MovReg dst: r3 src: r6
	 383: AddImm dst: r3 imm: 8
	 384: MovReg dst: r1 src: r8
	 385: MovImm dst: r2 imm: 8
	 386: Call FnProbeReadUser
	 387: MovReg dst: r1 src: r7
	 388: AddImm dst: r1 imm: 1040
	 389: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 390: MovImm dst: r2 imm: 1024
	 391: Call FnProbeReadUserStr
	 392: MovReg dst: r3 src: r6
	 393: AddImm dst: r3 imm: 16
	 394: MovReg dst: r1 src: r8
	 395: MovImm dst: r2 imm: 8
	 396: Call FnProbeReadUser
	 397: MovReg dst: r1 src: r7
	 398: AddImm dst: r1 imm: 2064
	 399: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 400: MovImm dst: r2 imm: 1024
	 401: Call FnProbeReadUserStr
	 402: MovReg dst: r3 src: r6
	 403: AddImm dst: r3 imm: 24
	 404: MovReg dst: r1 src: r8
	 405: MovImm dst: r2 imm: 8
	 406: Call FnProbeReadUser
	 407: MovReg dst: r1 src: r7
	 408: AddImm dst: r1 imm: 3088
	 409: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 410: MovImm dst: r2 imm: 1024
	 411: Call FnProbeReadUserStr
	 412: MovReg dst: r3 src: r6
	 413: AddImm dst: r3 imm: 32
	 414: MovReg dst: r1 src: r8
	 415: MovImm dst: r2 imm: 8
	 416: Call FnProbeReadUser
	 417: MovReg dst: r1 src: r7
	 418: AddImm dst: r1 imm: 4112
	 419: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 420: MovImm dst: r2 imm: 1024
	 421: Call FnProbeReadUserStr
	 422: MovReg dst: r3 src: r6
	 423: AddImm dst: r3 imm: 40
	 424: MovReg dst: r1 src: r8
	 425: MovImm dst: r2 imm: 8
	 426: Call FnProbeReadUser
	 427: MovReg dst: r1 src: r7
	 428: AddImm dst: r1 imm: 5136
	 429: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 430: MovImm dst: r2 imm: 1024
	 431: Call FnProbeReadUserStr
	 432: MovReg dst: r3 src: r6
	 433: AddImm dst: r3 imm: 48
	 434: MovReg dst: r1 src: r8
	 435: MovImm dst: r2 imm: 8
	 436: Call FnProbeReadUser
	 437: MovReg dst: r1 src: r7
	 438: AddImm dst: r1 imm: 6160
	 439: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 440: MovImm dst: r2 imm: 1024
	 441: Call FnProbeReadUserStr
	 442: MovReg dst: r3 src: r6
	 443: AddImm dst: r3 imm: 56
	 444: MovReg dst: r1 src: r8
	 445: MovImm dst: r2 imm: 8
	 446: Call FnProbeReadUser
	 447: MovReg dst: r1 src: r7
	 448: AddImm dst: r1 imm: 7184
	 449: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 450: MovImm dst: r2 imm: 1024
	 451: Call FnProbeReadUserStr
	 452: MovReg dst: r3 src: r6
	 453: AddImm dst: r3 imm: 64
	 454: MovReg dst: r1 src: r8
	 455: MovImm dst: r2 imm: 8
	 456: Call FnProbeReadUser
	 457: MovReg dst: r1 src: r7
	 458: AddImm dst: r1 imm: 8208
	 459: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 460: MovImm dst: r2 imm: 1024
	 461: Call FnProbeReadUserStr
	 462: MovReg dst: r3 src: r6
	 463: AddImm dst: r3 imm: 72
	 464: MovReg dst: r1 src: r8
	 465: MovImm dst: r2 imm: 8
	 466: Call FnProbeReadUser
	 467: MovReg dst: r1 src: r7
	 468: AddImm dst: r1 imm: 9232
	 469: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 470: MovImm dst: r2 imm: 1024
	 471: Call FnProbeReadUserStr
	 472: MovReg dst: r3 src: r6
	 473: AddImm dst: r3 imm: 80
	 474: MovReg dst: r1 src: r8
	 475: MovImm dst: r2 imm: 8
	 476: Call FnProbeReadUser
	 477: MovReg dst: r1 src: r7
	 478: AddImm dst: r1 imm: 10256
	 479: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 480: MovImm dst: r2 imm: 1024
	 481: Call FnProbeReadUserStr
	 482: MovReg dst: r3 src: r6
	 483: AddImm dst: r3 imm: 88
	 484: MovReg dst: r1 src: r8
	 485: MovImm dst: r2 imm: 8
	 486: Call FnProbeReadUser
	 487: MovReg dst: r1 src: r7
	 488: AddImm dst: r1 imm: 11280
	 489: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 490: MovImm dst: r2 imm: 1024
	 491: Call FnProbeReadUserStr
	 492: MovReg dst: r3 src: r6
	 493: AddImm dst: r3 imm: 96
	 494: MovReg dst: r1 src: r8
	 495: MovImm dst: r2 imm: 8
	 496: Call FnProbeReadUser
	 497: MovReg dst: r1 src: r7
	 498: AddImm dst: r1 imm: 12304
	 499: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 500: MovImm dst: r2 imm: 1024
	 501: Call FnProbeReadUserStr
	 502: MovReg dst: r3 src: r6
	 503: AddImm dst: r3 imm: 104
	 504: MovReg dst: r1 src: r8
	 505: MovImm dst: r2 imm: 8
	 506: Call FnProbeReadUser
	 507: MovReg dst: r1 src: r7
	 508: AddImm dst: r1 imm: 13328
	 509: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 510: MovImm dst: r2 imm: 1024
	 511: Call FnProbeReadUserStr
	 512: MovReg dst: r3 src: r6
	 513: AddImm dst: r3 imm: 112
	 514: MovReg dst: r1 src: r8
	 515: MovImm dst: r2 imm: 8
	 516: Call FnProbeReadUser
	 517: MovReg dst: r1 src: r7
	 518: AddImm dst: r1 imm: 14352
	 519: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 520: MovImm dst: r2 imm: 1024
	 521: Call FnProbeReadUserStr
	 522: AddImm dst: r6 imm: 120
	 523: MovReg dst: r1 src: r8
	 524: MovReg dst: r3 src: r6
	 525: MovImm dst: r2 imm: 8
	 526: Call FnProbeReadUser
	 527: MovReg dst: r1 src: r7
	 528: AddImm dst: r1 imm: 15376
	 529: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 530: MovImm dst: r2 imm: 1024
	 531: Call FnProbeReadUserStr
	 532: MovReg dst: r2 src: r7
	 533: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 535: MovImm dst: r3 imm: 16400
	 536: MovImm dst: r4 imm: 0
	 537: Call FnRingbufOutput
	 538: MovImm dst: r0 imm: 0
	 539: Exit

