tp_sys_enter_execve:
	   0: MovReg dst: r6 src: r1
	   1: Call FnGetCurrentPidTgid
	   2: MovReg dst: r1 src: r0
	   3: RShImm dst: r1 imm: 32
	   4: JEqImm dst: r1 off: 2 imm: 4242
	   5: MovImm dst: r0 imm: 0
	   6: Exit
	   7: LdXMemDW dst: r7 src: r6 off: 24 imm: 0
	   8: StMemW dst: rfp src: r0 off: -8 imm: 0
	   9: LoadMapPtr dst: r1 fd: 0 <AT__join>
	  11: MovReg dst: r2 src: rfp
	  12: AddImm dst: r2 imm: -8
	  13: Call FnMapLookupElem
	  14: MovReg dst: r8 src: r0
	  15: JEqImm dst: r8 off: 183 imm: 0
	  16: StMemDW dst: r8 src: r0 off: 0 imm: 30005
	  17: StMemDW dst: r8 src: r0 off: 8 imm: 0
	  18: MovReg dst: r3 src: r7
	  19: MovReg dst: r1 src: rfp
	  20: AddImm dst: r1 imm: -8
	  21: MovImm dst: r2 imm: 8
	  22: Call FnProbeReadUser
	  23: MovReg dst: r1 src: r8
	  24: AddImm dst: r1 imm: 16
	  25: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	  26: MovImm dst: r2 imm: 1024
	  27: Call FnProbeReadUserStr
	  28: MovReg dst: r3 src: r7
	  29: AddImm dst: r3 imm: 8
	  30: MovReg dst: r1 src: rfp
	  31: AddImm dst: r1 imm: -8
	  32: MovImm dst: r2 imm: 8
	  33: Call FnProbeReadUser
	  34: MovReg dst: r1 src: r8
	  35: AddImm dst: r1 imm: 1040
	  36: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	  37: MovImm dst: r2 imm: 1024
	  38: Call FnProbeReadUserStr
	  39: MovReg dst: r3 src: r7
	  40: AddImm dst: r3 imm: 16
	  41: MovReg dst: r1 src: rfp
	  42: AddImm dst: r1 imm: -8
	  43: MovImm dst: r2 imm: 8
	  44: Call FnProbeReadUser
	  45: MovReg dst: r1 src: r8
	  46: AddImm dst: r1 imm: 2064
	  47: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	  48: MovImm dst: r2 imm: 1024
	  49: Call FnProbeReadUserStr
	  50: MovReg dst: r3 src: r7
	  51: AddImm dst: r3 imm: 24
	  52: MovReg dst: r1 src: rfp
	  53: AddImm dst: r1 imm: -8
	  54: MovImm dst: r2 imm: 8
	  55: Call FnProbeReadUser
	  56: MovReg dst: r1 src: r8
	  57: AddImm dst: r1 imm: 3088
	  58: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	  59: MovImm dst: r2 imm: 1024
	  60: Call FnProbeReadUserStr
	  61: MovReg dst: r3 src: r7
	  62: AddImm dst: r3 imm: 32
	  63: MovReg dst: r1 src: rfp
	  64: AddImm dst: r1 imm: -8
	  65: MovImm dst: r2 imm: 8
	  66: Call FnProbeReadUser
	  67: MovReg dst: r1 src: r8
	  68: AddImm dst: r1 imm: 4112
	  69: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	  70: MovImm dst: r2 imm: 1024
	  71: Call FnProbeReadUserStr
	  72: MovReg dst: r3 src: r7
	  73: AddImm dst: r3 imm: 40
	  74: MovReg dst: r1 src: rfp
	  75: AddImm dst: r1 imm: -8
	  76: MovImm dst: r2 imm: 8
	  77: Call FnProbeReadUser
	  78: MovReg dst: r1 src: r8
	  79: AddImm dst: r1 imm: 5136
	  80: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	  81: MovImm dst: r2 imm: 1024
	  82: Call FnProbeReadUserStr
	  83: MovReg dst: r3 src: r7
	  84: AddImm dst: r3 imm: 48
	  85: MovReg dst: r1 src: rfp
	  86: AddImm dst: r1 imm: -8
	  87: MovImm dst: r2 imm: 8
	  88: Call FnProbeReadUser
	  89: MovReg dst: r1 src: r8
	  90: AddImm dst: r1 imm: 6160
	  91: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	  92: MovImm dst: r2 imm: 1024
	  93: Call FnProbeReadUserStr
	  94: MovReg dst: r3 src: r7
	  95: AddImm dst: r3 imm: 56
	  96: MovReg dst: r1 src: rfp
	  97: AddImm dst: r1 imm: -8
	  98: MovImm dst: r2 imm: 8
	  99: Call FnProbeReadUser
	 100: MovReg dst: r1 src: r8
	 101: AddImm dst: r1 imm: 7184
	 102: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 103: MovImm dst: r2 imm: 1024
	 104: Call FnProbeReadUserStr
	 105: MovReg dst: r3 src: r7
	 106: AddImm dst: r3 imm: 64
	 107: MovReg dst: r1 src: rfp
	 108: AddImm dst: r1 imm: -8
	 109: MovImm dst: r2 imm: 8
	 110: Call FnProbeReadUser
	 111: MovReg dst: r1 src: r8
	 112: AddImm dst: r1 imm: 8208
	 113: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 114: MovImm dst: r2 imm: 1024
	 115: Call FnProbeReadUserStr
	 116: MovReg dst: r3 src: r7
	 117: AddImm dst: r3 imm: 72
	 118: MovReg dst: r1 src: rfp
	 119: AddImm dst: r1 imm: -8
	 120: MovImm dst: r2 imm: 8
	 121: Call FnProbeReadUser
	 122: MovReg dst: r1 src: r8
	 123: AddImm dst: r1 imm: 9232
	 124: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 125: MovImm dst: r2 imm: 1024
	 126: Call FnProbeReadUserStr
	 127: MovReg dst: r3 src: r7
	 128: AddImm dst: r3 imm: 80
	 129: MovReg dst: r1 src: rfp
	 130: AddImm dst: r1 imm: -8
	 131: MovImm dst: r2 imm: 8
	 132: Call FnProbeReadUser
	 133: MovReg dst: r1 src: r8
	 134: AddImm dst: r1 imm: 10256
	 135: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 136: MovImm dst: r2 imm: 1024
	 137: Call FnProbeReadUserStr
	 138: MovReg dst: r3 src: r7
	 139: AddImm dst: r3 imm: 88
	 140: MovReg dst: r1 src: rfp
	 141: AddImm dst: r1 imm: -8
	 142: MovImm dst: r2 imm: 8
	 143: Call FnProbeReadUser
	 144: MovReg dst: r1 src: r8
	 145: AddImm dst: r1 imm: 11280
	 146: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 147: MovImm dst: r2 imm: 1024
	 148: Call FnProbeReadUserStr
	 149: MovReg dst: r3 src: r7
	 150: AddImm dst: r3 imm: 96
	 151: MovReg dst: r1 src: rfp
	 152: AddImm dst: r1 imm: -8
	 153: MovImm dst: r2 imm: 8
	 154: Call FnProbeReadUser
	 155: MovReg dst: r1 src: r8
	 156: AddImm dst: r1 imm: 12304
	 157: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 158: MovImm dst: r2 imm: 1024
	 159: Call FnProbeReadUserStr
	 160: MovReg dst: r3 src: r7
	 161: AddImm dst: r3 imm: 104
	 162: MovReg dst: r1 src: rfp
	 163: AddImm dst: r1 imm: -8
	 164: MovImm dst: r2 imm: 8
	 165: Call FnProbeReadUser
	 166: MovReg dst: r1 src: r8
	 167: AddImm dst: r1 imm: 13328
	 168: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 169: MovImm dst: r2 imm: 1024
	 170: Call FnProbeReadUserStr
	 171: MovReg dst: r3 src: r7
	 172: AddImm dst: r3 imm: 112
	 173: MovReg dst: r1 src: rfp
	 174: AddImm dst: r1 imm: -8
	 175: MovImm dst: r2 imm: 8
	 176: Call FnProbeReadUser
	 177: MovReg dst: r1 src: r8
	 178: AddImm dst: r1 imm: 14352
	 179: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 180: MovImm dst: r2 imm: 1024
	 181: Call FnProbeReadUserStr
	 182: MovReg dst: r3 src: r7
	 183: AddImm dst: r3 imm: 120
	 184: MovReg dst: r1 src: rfp
	 185: AddImm dst: r1 imm: -8
	 186: MovImm dst: r2 imm: 8
	 187: Call FnProbeReadUser
	 188: MovReg dst: r1 src: r8
	 189: AddImm dst: r1 imm: 15376
	 190: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 191: MovImm dst: r2 imm: 1024
	 192: Call FnProbeReadUserStr
	 193: MovReg dst: r2 src: r8
	 194: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 196: MovImm dst: r3 imm: 16400
	 197: MovImm dst: r4 imm: 0
	 198: Call FnRingbufOutput
	 199: LdXMemDW dst: r7 src: r6 off: 24 imm: 0
	 200: StMemW dst: rfp src: r0 off: -8 imm: 0
	 201: LoadMapPtr dst: r1 fd: 0 <AT__join>
	 203: MovReg dst: r2 src: rfp
	 204: AddImm dst: r2 imm: -8
	 205: Call FnMapLookupElem
	 206: MovReg dst: r8 src: r0
	 207: JEqImm dst: r8 off: 183 imm: 0
	 208: StMemDW dst: r8 src: r0 off: 0 imm: 30005
	 209: StMemDW dst: r8 src: r0 off: 8 imm: 1
	 210: MovReg dst: r3 src: r7
	 211: MovReg dst: r1 src: rfp
	 212: AddImm dst: r1 imm: -8
	 213: MovImm dst: r2 imm: 8
	 214: Call FnProbeReadUser
	 215: MovReg dst: r1 src: r8
	 216: AddImm dst: r1 imm: 16
	 217: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 218: MovImm dst: r2 imm: 1024
	 219: Call FnProbeReadUserStr
	 220: MovReg dst: r3 src: r7
	 221: AddImm dst: r3 imm: 8
	 222: MovReg dst: r1 src: rfp
	 223: AddImm dst: r1 imm: -8
	 224: MovImm dst: r2 imm: 8
	 225: Call FnProbeReadUser
	 226: MovReg dst: r1 src: r8
	 227: AddImm dst: r1 imm: 1040
	 228: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 229: MovImm dst: r2 imm: 1024
	 230: Call FnProbeReadUserStr
	 231: MovReg dst: r3 src: r7
	 232: AddImm dst: r3 imm: 16
	 233: MovReg dst: r1 src: rfp
	 234: AddImm dst: r1 imm: -8
	 235: MovImm dst: r2 imm: 8
	 236: Call FnProbeReadUser
	 237: MovReg dst: r1 src: r8
	 238: AddImm dst: r1 imm: 2064
	 239: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 240: MovImm dst: r2 imm: 1024
	 241: Call FnProbeReadUserStr
	 242: MovReg dst: r3 src: r7
	 243: AddImm dst: r3 imm: 24
	 244: MovReg dst: r1 src: rfp
	 245: AddImm dst: r1 imm: -8
	 246: MovImm dst: r2 imm: 8
	 247: Call FnProbeReadUser
	 248: MovReg dst: r1 src: r8
	 249: AddImm dst: r1 imm: 3088
	 250: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 251: MovImm dst: r2 imm: 1024
	 252: Call FnProbeReadUserStr
	 253: MovReg dst: r3 src: r7
	 254: AddImm dst: r3 imm: 32
	 255: MovReg dst: r1 src: rfp
	 256: AddImm dst: r1 imm: -8
	 257: MovImm dst: r2 imm: 8
	 258: Call FnProbeReadUser
	 259: MovReg dst: r1 src: r8
	 260: AddImm dst: r1 imm: 4112
	 261: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 262: MovImm dst: r2 imm: 1024
	 263: Call FnProbeReadUserStr
	 264: MovReg dst: r3 src: r7
	 265: AddImm dst: r3 imm: 40
	 266: MovReg dst: r1 src: rfp
	 267: AddImm dst: r1 imm: -8
	 268: MovImm dst: r2 imm: 8
	 269: Call FnProbeReadUser
	 270: MovReg dst: r1 src: r8
	 271: AddImm dst: r1 imm: 5136
	 272: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 273: MovImm dst: r2 imm: 1024
	 274: Call FnProbeReadUserStr
	 275: MovReg dst: r3 src: r7
	 276: AddImm dst: r3 imm: 48
	 277: MovReg dst: r1 src: rfp
	 278: AddImm dst: r1 imm: -8
	 279: MovImm dst: r2 imm: 8
	 280: Call FnProbeReadUser
	 281: MovReg dst: r1 src: r8
	 282: AddImm dst: r1 imm: 6160
	 283: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 284: MovImm dst: r2 imm: 1024
	 285: Call FnProbeReadUserStr
	 286: MovReg dst: r3 src: r7
	 287: AddImm dst: r3 imm: 56
	 288: MovReg dst: r1 src: rfp
	 289: AddImm dst: r1 imm: -8
	 290: MovImm dst: r2 imm: 8
	 291: Call FnProbeReadUser
	 292: MovReg dst: r1 src: r8
	 293: AddImm dst: r1 imm: 7184
	 294: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 295: MovImm dst: r2 imm: 1024
	 296: Call FnProbeReadUserStr
	 297: MovReg dst: r3 src: r7
	 298: AddImm dst: r3 imm: 64
	 299: MovReg dst: r1 src: rfp
	 300: AddImm dst: r1 imm: -8
	 301: MovImm dst: r2 imm: 8
	 302: Call FnProbeReadUser
	 303: MovReg dst: r1 src: r8
	 304: AddImm dst: r1 imm: 8208
	 305: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 306: MovImm dst: r2 imm: 1024
	 307: Call FnProbeReadUserStr
	 308: MovReg dst: r3 src: r7
	 309: AddImm dst: r3 imm: 72
	 310: MovReg dst: r1 src: rfp
	 311: AddImm dst: r1 imm: -8
	 312: MovImm dst: r2 imm: 8
	 313: Call FnProbeReadUser
	 314: MovReg dst: r1 src: r8
	 315: AddImm dst: r1 imm: 9232
	 316: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 317: MovImm dst: r2 imm: 1024
	 318: Call FnProbeReadUserStr
	 319: MovReg dst: r3 src: r7
	 320: AddImm dst: r3 imm: 80
	 321: MovReg dst: r1 src: rfp
	 322: AddImm dst: r1 imm: -8
	 323: MovImm dst: r2 imm: 8
	 324: Call FnProbeReadUser
	 325: MovReg dst: r1 src: r8
	 326: AddImm dst: r1 imm: 10256
	 327: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 328: MovImm dst: r2 imm: 1024
	 329: Call FnProbeReadUserStr
	 330: MovReg dst: r3 src: r7
	 331: AddImm dst: r3 imm: 88
	 332: MovReg dst: r1 src: rfp
	 333: AddImm dst: r1 imm: -8
	 334: MovImm dst: r2 imm: 8
	 335: Call FnProbeReadUser
	 336: MovReg dst: r1 src: r8
	 337: AddImm dst: r1 imm: 11280
	 338: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 339: MovImm dst: r2 imm: 1024
	 340: Call FnProbeReadUserStr
	 341: MovReg dst: r3 src: r7
	 342: AddImm dst: r3 imm: 96
	 343: MovReg dst: r1 src: rfp
	 344: AddImm dst: r1 imm: -8
	 345: MovImm dst: r2 imm: 8
	 346: Call FnProbeReadUser
	 347: MovReg dst: r1 src: r8
	 348: AddImm dst: r1 imm: 12304
	 349: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 350: MovImm dst: r2 imm: 1024
	 351: Call FnProbeReadUserStr
	 352: MovReg dst: r3 src: r7
	 353: AddImm dst: r3 imm: 104
	 354: MovReg dst: r1 src: rfp
	 355: AddImm dst: r1 imm: -8
	 356: MovImm dst: r2 imm: 8
	 357: Call FnProbeReadUser
	 358: MovReg dst: r1 src: r8
	 359: AddImm dst: r1 imm: 13328
	 360: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 361: MovImm dst: r2 imm: 1024
	 362: Call FnProbeReadUserStr
	 363: MovReg dst: r3 src: r7
	 364: AddImm dst: r3 imm: 112
	 365: MovReg dst: r1 src: rfp
	 366: AddImm dst: r1 imm: -8
	 367: MovImm dst: r2 imm: 8
	 368: Call FnProbeReadUser
	 369: MovReg dst: r1 src: r8
	 370: AddImm dst: r1 imm: 14352
	 371: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 372: MovImm dst: r2 imm: 1024
	 373: Call FnProbeReadUserStr
	 374: MovReg dst: r3 src: r7
	 375: AddImm dst: r3 imm: 120
	 376: MovReg dst: r1 src: rfp
	 377: AddImm dst: r1 imm: -8
	 378: MovImm dst: r2 imm: 8
	 379: Call FnProbeReadUser
	 380: MovReg dst: r1 src: r8
	 381: AddImm dst: r1 imm: 15376
	 382: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 383: MovImm dst: r2 imm: 1024
	 384: Call FnProbeReadUserStr
	 385: MovReg dst: r2 src: r8
	 386: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 388: MovImm dst: r3 imm: 16400
	 389: MovImm dst: r4 imm: 0
	 390: Call FnRingbufOutput
	 391: LdXMemDW dst: r6 src: r6 off: 24 imm: 0
	 392: StMemW dst: rfp src: r0 off: -8 imm: 0
	 393: LoadMapPtr dst: r1 fd: 0 <AT__join>
	 395: MovReg dst: r2 src: rfp
	 396: AddImm dst: r2 imm: -8
	 397: Call FnMapLookupElem
	 398: MovReg dst: r7 src: r0
	 399: JEqImm dst: r7 off: 183 imm: 0
	 400: StMemDW dst: r7 src: r0 off: 0 imm: 30005
	 401: StMemDW dst: r7 src: r0 off: 8 imm: 2
	 402: MovReg dst: r3 src: r6
	 403: MovReg dst: r1 src: rfp
	 404: AddImm dst: r1 imm: -8
	 405: MovImm dst: r2 imm: 8
	 406: Call FnProbeReadUser
	 407: MovReg dst: r1 src: r7
	 408: AddImm dst: r1 imm: 16
	 409: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 410: MovImm dst: r2 imm: 1024
	 411: Call FnProbeReadUserStr
	 412: MovReg dst: r3 src: r6
	 413: AddImm dst: r3 imm: 8
	 414: MovReg dst: r1 src: rfp
	 415: AddImm dst: r1 imm: -8
	 416: MovImm dst: r2 imm: 8
	 417: Call FnProbeReadUser
	 418: MovReg dst: r1 src: r7
	 419: AddImm dst: r1 imm: 1040
	 420: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 421: MovImm dst: r2 imm: 1024
	 422: Call FnProbeReadUserStr
	 423: MovReg dst: r3 src: r6
	 424: AddImm dst: r3 imm: 16
	 425: MovReg dst: r1 src: rfp
	 426: AddImm dst: r1 imm: -8
	 427: MovImm dst: r2 imm: 8
	 428: Call FnProbeReadUser
	 429: MovReg dst: r1 src: r7
	 430: AddImm dst: r1 imm: 2064
	 431: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 432: MovImm dst: r2 imm: 1024
	 433: Call FnProbeReadUserStr
	 434: MovReg dst: r3 src: r6
	 435: AddImm dst: r3 imm: 24
	 436: MovReg dst: r1 src: rfp
	 437: AddImm dst: r1 imm: -8
	 438: MovImm dst: r2 imm: 8
	 439: Call FnProbeReadUser
	 440: MovReg dst: r1 src: r7
	 441: AddImm dst: r1 imm: 3088
	 442: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 443: MovImm dst: r2 imm: 1024
	 444: Call FnProbeReadUserStr
	 445: MovReg dst: r3 src: r6
	 446: AddImm dst: r3 imm: 32
	 447: MovReg dst: r1 src: rfp
	 448: AddImm dst: r1 imm: -8
	 449: MovImm dst: r2 imm: 8
	 450: Call FnProbeReadUser
	 451: MovReg dst: r1 src: r7
	 452: AddImm dst: r1 imm: 4112
	 453: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 454: MovImm dst: r2 imm: 1024
	 455: Call FnProbeReadUserStr
	 456: MovReg dst: r3 src: r6
	 457: AddImm dst: r3 imm: 40
	 458: MovReg dst: r1 src: rfp
	 459: AddImm dst: r1 imm: -8
	 460: MovImm dst: r2 imm: 8
	 461: Call FnProbeReadUser
	 462: MovReg dst: r1 src: r7
	 463: AddImm dst: r1 imm: 5136
	 464: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 465: MovImm dst: r2 imm: 1024
	 466: Call FnProbeReadUserStr
	 467: MovReg dst: r3 src: r6
	 468: AddImm dst: r3 imm: 48
	 469: MovReg dst: r1 src: rfp
	 470: AddImm dst: r1 imm: -8
	 471: MovImm dst: r2 imm: 8
	 472: Call FnProbeReadUser
	 473: MovReg dst: r1 src: r7
	 474: AddImm dst: r1 imm: 6160
	 475: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 476: MovImm dst: r2 imm: 1024
	 477: Call FnProbeReadUserStr
	 478: MovReg dst: r3 src: r6
	 479: AddImm dst: r3 imm: 56
	 480: MovReg dst: r1 src: rfp
	 481: AddImm dst: r1 imm: -8
	 482: MovImm dst: r2 imm: 8
	 483: Call FnProbeReadUser
	 484: MovReg dst: r1 src: r7
	 485: AddImm dst: r1 imm: 7184
	 486: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 487: MovImm dst: r2 imm: 1024
	 488: Call FnProbeReadUserStr
	 489: MovReg dst: r3 src: r6
	 490: AddImm dst: r3 imm: 64
	 491: MovReg dst: r1 src: rfp
	 492: AddImm dst: r1 imm: -8
	 493: MovImm dst: r2 imm: 8
	 494: Call FnProbeReadUser
	 495: MovReg dst: r1 src: r7
	 496: AddImm dst: r1 imm: 8208
	 497: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 498: MovImm dst: r2 imm: 1024
	 499: Call FnProbeReadUserStr
	 500: MovReg dst: r3 src: r6
	 501: AddImm dst: r3 imm: 72
	 502: MovReg dst: r1 src: rfp
	 503: AddImm dst: r1 imm: -8
	 504: MovImm dst: r2 imm: 8
	 505: Call FnProbeReadUser
	 506: MovReg dst: r1 src: r7
	 507: AddImm dst: r1 imm: 9232
	 508: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 509: MovImm dst: r2 imm: 1024
	 510: Call FnProbeReadUserStr
	 511: MovReg dst: r3 src: r6
	 512: AddImm dst: r3 imm: 80
	 513: MovReg dst: r1 src: rfp
	 514: AddImm dst: r1 imm: -8
	 515: MovImm dst: r2 imm: 8
	 516: Call FnProbeReadUser
	 517: MovReg dst: r1 src: r7
	 518: AddImm dst: r1 imm: 10256
	 519: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 520: MovImm dst: r2 imm: 1024
	 521: Call FnProbeReadUserStr
	 522: MovReg dst: r3 src: r6
	 523: AddImm dst: r3 imm: 88
	 524: MovReg dst: r1 src: rfp
	 525: AddImm dst: r1 imm: -8
	 526: MovImm dst: r2 imm: 8
	 527: Call FnProbeReadUser
	 528: MovReg dst: r1 src: r7
	 529: AddImm dst: r1 imm: 11280
	 530: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 531: MovImm dst: r2 imm: 1024
	 532: Call FnProbeReadUserStr
	 533: MovReg dst: r3 src: r6
	 534: AddImm dst: r3 imm: 96
	 535: MovReg dst: r1 src: rfp
	 536: AddImm dst: r1 imm: -8
	 537: MovImm dst: r2 imm: 8
	 538: Call FnProbeReadUser
	 539: MovReg dst: r1 src: r7
	 540: AddImm dst: r1 imm: 12304
	 541: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 542: MovImm dst: r2 imm: 1024
	 543: Call FnProbeReadUserStr
	 544: MovReg dst: r3 src: r6
	 545: AddImm dst: r3 imm: 104
	 546: MovReg dst: r1 src: rfp
	 547: AddImm dst: r1 imm: -8
	 548: MovImm dst: r2 imm: 8
	 549: Call FnProbeReadUser
	 550: MovReg dst: r1 src: r7
	 551: AddImm dst: r1 imm: 13328
	 552: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 553: MovImm dst: r2 imm: 1024
	 554: Call FnProbeReadUserStr
	 555: MovReg dst: r3 src: r6
	 556: AddImm dst: r3 imm: 112
	 557: MovReg dst: r1 src: rfp
	 558: AddImm dst: r1 imm: -8
	 559: MovImm dst: r2 imm: 8
	 560: Call FnProbeReadUser
	 561: MovReg dst: r1 src: r7
	 562: AddImm dst: r1 imm: 14352
	 563: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 564: MovImm dst: r2 imm: 1024
	 565: Call FnProbeReadUserStr
	 566: MovReg dst: r3 src: r6
	 567: AddImm dst: r3 imm: 120
	 568: MovReg dst: r1 src: rfp
	 569: AddImm dst: r1 imm: -8
	 570: MovImm dst: r2 imm: 8
	 571: Call FnProbeReadUser
	 572: MovReg dst: r1 src: r7
	 573: AddImm dst: r1 imm: 15376
	 574: LdXMemDW dst: r3 src: rfp off: -8 imm: 0
	 575: MovImm dst: r2 imm: 1024
	 576: Call FnProbeReadUserStr
	 577: MovReg dst: r2 src: r7
	 578: LoadMapPtr dst: r1 fd: 0 <AT__events>
	 580: MovImm dst: r3 imm: 16400
	 581: MovImm dst: r4 imm: 0
	 582: Call FnRingbufOutput
	 583: MovImm dst: r0 imm: 0
	 584: Exit

