target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_e = global { i32, i32, i32, i32, i32 } { i32 6, i32 4, i32 272, i32 1, i32 0 }, section "maps", align 4
@AT_h = global { i32, i32, i32, i32, i32 } { i32 6, i32 4, i32 272, i32 1, i32 0 }, section "maps", align 4
@AT_l = global { i32, i32, i32, i32, i32 } { i32 6, i32 4, i32 96, i32 1, i32 0 }, section "maps", align 4
@AT_never = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_unused = global { i32, i32, i32, i32, i32 } { i32 6, i32 4, i32 272, i32 1, i32 0 }, section "maps", align 4
@AT_z = global { i32, i32, i32, i32, i32 } { i32 6, i32 4, i32 56, i32 1, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" !dbg !8 {
b0:
	%v371.slot = alloca [8 x i8], align 8
	%v371 = bitcast [8 x i8]* %v371.slot to i8*
	%v364.slot = alloca [8 x i8], align 8
	%v364 = bitcast [8 x i8]* %v364.slot to i8*
	%v350.slot = alloca [24 x i8], align 8
	%v350 = bitcast [24 x i8]* %v350.slot to i8*
	%v340.slot = alloca [16 x i8], align 8
	%v340 = bitcast [16 x i8]* %v340.slot to i8*
	%v321.slot = alloca [8 x i8], align 8
	%v321 = bitcast [8 x i8]* %v321.slot to i8*
	%v260.slot = alloca [8 x i8], align 8
	%v260 = bitcast [8 x i8]* %v260.slot to i8*
	%v254.slot = alloca [8 x i8], align 8
	%v254 = bitcast [8 x i8]* %v254.slot to i8*
	%v251.slot = alloca [8 x i8], align 8
	%v251 = bitcast [8 x i8]* %v251.slot to i8*
	%v232.slot = alloca [8 x i8], align 8
	%v232 = bitcast [8 x i8]* %v232.slot to i8*
	%v198.slot = alloca [8 x i8], align 8
	%v198 = bitcast [8 x i8]* %v198.slot to i8*
	%v126.slot = alloca [8 x i8], align 8
	%v126 = bitcast [8 x i8]* %v126.slot to i8*
	%v54.slot = alloca [8 x i8], align 8
	%v54 = bitcast [8 x i8]* %v54.slot to i8*
	br label %b8, !dbg !12

b8:
	%v23 = phi i64 [ 2, %b0 ]
	%v18 = phi i64 [ 5, %b0 ]
	%v20 = icmp uge i64 %v18, 256, !dbg !12
	br i1 %v20, label %b9, label %b10, !dbg !12

b9:
	%v22 = lshr i64 %v18, 8, !dbg !12
	%v25 = add i64 %v23, 8, !dbg !12
	br label %b10, !dbg !12

b10:
	%v31 = phi i64 [ %v23, %b8 ], [ %v25, %b9 ]
	%v26 = phi i64 [ %v18, %b8 ], [ %v22, %b9 ]
	%v28 = icmp uge i64 %v26, 16, !dbg !12
	br i1 %v28, label %b11, label %b12, !dbg !12

b11:
	%v30 = lshr i64 %v26, 4, !dbg !12
	%v33 = add i64 %v31, 4, !dbg !12
	br label %b12, !dbg !12

b12:
	%v39 = phi i64 [ %v31, %b10 ], [ %v33, %b11 ]
	%v34 = phi i64 [ %v26, %b10 ], [ %v30, %b11 ]
	%v36 = icmp uge i64 %v34, 4, !dbg !12
	br i1 %v36, label %b13, label %b14, !dbg !12

b13:
	%v38 = lshr i64 %v34, 2, !dbg !12
	%v41 = add i64 %v39, 2, !dbg !12
	br label %b14, !dbg !12

b14:
	%v47 = phi i64 [ %v39, %b12 ], [ %v41, %b13 ]
	%v42 = phi i64 [ %v34, %b12 ], [ %v38, %b13 ]
	%v44 = icmp uge i64 %v42, 2, !dbg !12
	br i1 %v44, label %b15, label %b16, !dbg !12

b15:
	%v49 = add i64 %v47, 1, !dbg !12
	br label %b16, !dbg !12

b16:
	%v53 = phi i64 [ %v47, %b14 ], [ %v49, %b15 ]
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v54)
	%0 = bitcast i8* %v54 to i32*, !dbg !12
	store i32 0, i32* %0, align 4, !dbg !12
	%v58 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_h to i8*), i8* %v54), !dbg !12
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v54)
	%v60 = icmp eq i8* %v58, null, !dbg !12
	br i1 %v60, label %b17, label %b18, !dbg !12

b17:
	ret i64 0, !dbg !12

b18:
	%v63 = icmp ugt i64 %v53, 33, !dbg !12
	br i1 %v63, label %b19, label %b20, !dbg !12

b19:
	br label %b20, !dbg !12

b20:
	%v65 = phi i64 [ %v53, %b18 ], [ 33, %b19 ]
	%v67 = shl i64 %v65, 3, !dbg !12
	%1 = call i64 asm "", "=r,0"(i64 %v67), !dbg !12
	%2 = icmp ugt i64 %1, 264, !dbg !12
	%3 = select i1 %2, i64 264, i64 %1, !dbg !12
	%v68 = getelementptr i8, i8* %v58, i64 %3, !dbg !12
	%4 = bitcast i8* %v68 to i64*, !dbg !12
	%v69 = load i64, i64* %4, align 8, !dbg !12
	%v71 = add i64 %v69, 1, !dbg !12
	%5 = bitcast i8* %v68 to i64*, !dbg !12
	store i64 %v71, i64* %5, align 8, !dbg !12
	br label %b28, !dbg !13

b28:
	%v95 = phi i64 [ 2, %b20 ]
	%v90 = phi i64 [ 700, %b20 ]
	%v92 = icmp uge i64 %v90, 256, !dbg !14
	br i1 %v92, label %b29, label %b30, !dbg !14

b29:
	%v94 = lshr i64 %v90, 8, !dbg !14
	%v97 = add i64 %v95, 8, !dbg !14
	br label %b30, !dbg !14

b30:
	%v103 = phi i64 [ %v95, %b28 ], [ %v97, %b29 ]
	%v98 = phi i64 [ %v90, %b28 ], [ %v94, %b29 ]
	%v100 = icmp uge i64 %v98, 16, !dbg !14
	br i1 %v100, label %b31, label %b32, !dbg !14

b31:
	%v102 = lshr i64 %v98, 4, !dbg !14
	%v105 = add i64 %v103, 4, !dbg !14
	br label %b32, !dbg !14

b32:
	%v111 = phi i64 [ %v103, %b30 ], [ %v105, %b31 ]
	%v106 = phi i64 [ %v98, %b30 ], [ %v102, %b31 ]
	%v108 = icmp uge i64 %v106, 4, !dbg !14
	br i1 %v108, label %b33, label %b34, !dbg !14

b33:
	%v110 = lshr i64 %v106, 2, !dbg !14
	%v113 = add i64 %v111, 2, !dbg !14
	br label %b34, !dbg !14

b34:
	%v119 = phi i64 [ %v111, %b32 ], [ %v113, %b33 ]
	%v114 = phi i64 [ %v106, %b32 ], [ %v110, %b33 ]
	%v116 = icmp uge i64 %v114, 2, !dbg !14
	br i1 %v116, label %b35, label %b36, !dbg !14

b35:
	%v121 = add i64 %v119, 1, !dbg !14
	br label %b36, !dbg !14

b36:
	%v125 = phi i64 [ %v119, %b34 ], [ %v121, %b35 ]
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v126)
	%6 = bitcast i8* %v126 to i32*, !dbg !14
	store i32 0, i32* %6, align 4, !dbg !14
	%v130 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_h to i8*), i8* %v126), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v126)
	%v132 = icmp eq i8* %v130, null, !dbg !14
	br i1 %v132, label %b37, label %b38, !dbg !14

b37:
	ret i64 0, !dbg !14

b38:
	%v135 = icmp ugt i64 %v125, 33, !dbg !14
	br i1 %v135, label %b39, label %b40, !dbg !14

b39:
	br label %b40, !dbg !14

b40:
	%v137 = phi i64 [ %v125, %b38 ], [ 33, %b39 ]
	%v139 = shl i64 %v137, 3, !dbg !14
	%7 = call i64 asm "", "=r,0"(i64 %v139), !dbg !14
	%8 = icmp ugt i64 %7, 264, !dbg !14
	%9 = select i1 %8, i64 264, i64 %7, !dbg !14
	%v140 = getelementptr i8, i8* %v130, i64 %9, !dbg !14
	%10 = bitcast i8* %v140 to i64*, !dbg !14
	%v141 = load i64, i64* %10, align 8, !dbg !14
	%v143 = add i64 %v141, 1, !dbg !14
	%11 = bitcast i8* %v140 to i64*, !dbg !14
	store i64 %v143, i64* %11, align 8, !dbg !14
	br label %b48, !dbg !14

b48:
	%v167 = phi i64 [ 2, %b40 ]
	%v162 = phi i64 [ 1, %b40 ]
	%v164 = icmp uge i64 %v162, 256, !dbg !15
	br i1 %v164, label %b49, label %b50, !dbg !15

b49:
	%v166 = lshr i64 %v162, 8, !dbg !15
	%v169 = add i64 %v167, 8, !dbg !15
	br label %b50, !dbg !15

b50:
	%v175 = phi i64 [ %v167, %b48 ], [ %v169, %b49 ]
	%v170 = phi i64 [ %v162, %b48 ], [ %v166, %b49 ]
	%v172 = icmp uge i64 %v170, 16, !dbg !15
	br i1 %v172, label %b51, label %b52, !dbg !15

b51:
	%v174 = lshr i64 %v170, 4, !dbg !15
	%v177 = add i64 %v175, 4, !dbg !15
	br label %b52, !dbg !15

b52:
	%v183 = phi i64 [ %v175, %b50 ], [ %v177, %b51 ]
	%v178 = phi i64 [ %v170, %b50 ], [ %v174, %b51 ]
	%v180 = icmp uge i64 %v178, 4, !dbg !15
	br i1 %v180, label %b53, label %b54, !dbg !15

b53:
	%v182 = lshr i64 %v178, 2, !dbg !15
	%v185 = add i64 %v183, 2, !dbg !15
	br label %b54, !dbg !15

b54:
	%v191 = phi i64 [ %v183, %b52 ], [ %v185, %b53 ]
	%v186 = phi i64 [ %v178, %b52 ], [ %v182, %b53 ]
	%v188 = icmp uge i64 %v186, 2, !dbg !15
	br i1 %v188, label %b55, label %b56, !dbg !15

b55:
	%v193 = add i64 %v191, 1, !dbg !15
	br label %b56, !dbg !15

b56:
	%v197 = phi i64 [ %v191, %b54 ], [ %v193, %b55 ]
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v198)
	%12 = bitcast i8* %v198 to i32*, !dbg !15
	store i32 0, i32* %12, align 4, !dbg !15
	%v202 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_e to i8*), i8* %v198), !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v198)
	%v204 = icmp eq i8* %v202, null, !dbg !15
	br i1 %v204, label %b57, label %b58, !dbg !15

b57:
	ret i64 0, !dbg !15

b58:
	%v207 = icmp ugt i64 %v197, 33, !dbg !15
	br i1 %v207, label %b59, label %b60, !dbg !15

b59:
	br label %b60, !dbg !15

b60:
	%v209 = phi i64 [ %v197, %b58 ], [ 33, %b59 ]
	%v211 = shl i64 %v209, 3, !dbg !15
	%13 = call i64 asm "", "=r,0"(i64 %v211), !dbg !15
	%14 = icmp ugt i64 %13, 264, !dbg !15
	%15 = select i1 %14, i64 264, i64 %13, !dbg !15
	%v212 = getelementptr i8, i8* %v202, i64 %15, !dbg !15
	%16 = bitcast i8* %v212 to i64*, !dbg !15
	%v213 = load i64, i64* %16, align 8, !dbg !15
	%v215 = add i64 %v213, 1, !dbg !15
	%17 = bitcast i8* %v212 to i64*, !dbg !15
	store i64 %v215, i64* %17, align 8, !dbg !15
	br label %b64, !dbg !16

b64:
	%v230 = phi i64 [ 4, %b60 ]
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v232)
	%18 = bitcast i8* %v232 to i32*, !dbg !16
	store i32 0, i32* %18, align 4, !dbg !16
	%v236 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_l to i8*), i8* %v232), !dbg !16
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v232)
	%v238 = icmp eq i8* %v236, null, !dbg !16
	br i1 %v238, label %b65, label %b66, !dbg !16

b65:
	ret i64 0, !dbg !16

b66:
	%v241 = icmp ugt i64 %v230, 11, !dbg !16
	br i1 %v241, label %b67, label %b68, !dbg !16

b67:
	br label %b68, !dbg !16

b68:
	%v243 = phi i64 [ %v230, %b66 ], [ 11, %b67 ]
	%v245 = shl i64 %v243, 3, !dbg !16
	%19 = call i64 asm "", "=r,0"(i64 %v245), !dbg !16
	%20 = icmp ugt i64 %19, 88, !dbg !16
	%21 = select i1 %20, i64 88, i64 %19, !dbg !16
	%v246 = getelementptr i8, i8* %v236, i64 %21, !dbg !16
	%22 = bitcast i8* %v246 to i64*, !dbg !16
	%v247 = load i64, i64* %22, align 8, !dbg !16
	%v249 = add i64 %v247, 1, !dbg !16
	%23 = bitcast i8* %v246 to i64*, !dbg !16
	store i64 %v249, i64* %23, align 8, !dbg !16
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v251)
	%24 = bitcast i8* %v251 to i64*, !dbg !17
	store i64 0, i64* %24, align 8, !dbg !17
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v254)
	%25 = bitcast i8* %v254 to i64*, !dbg !17
	store i64 0, i64* %25, align 8, !dbg !17
	%v259 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_never to i8*), i8* %v254, i8* %v251, i64 0), !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v254)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v251)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v260)
	%26 = bitcast i8* %v260 to i64*, !dbg !18
	store i64 0, i64* %26, align 8, !dbg !18
	%v265 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_never to i8*), i8* %v260), !dbg !18
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v260)
	%27 = icmp ne i8* %v265, null
	br i1 %27, label %b69, label %b70, !dbg !18

b69:
	%28 = bitcast i8* %v265 to i64*, !dbg !18
	%v266 = load i64, i64* %28, align 8, !dbg !18
	br label %b70, !dbg !18

b70:
	%v267 = phi i64 [ 0, %b68 ], [ %v266, %b69 ]
	%29 = icmp ne i64 %v267, 0
	br i1 %29, label %b77, label %b72, !dbg !18

b77:
	br label %b80, !dbg !18

b80:
	%v290 = phi i64 [ 2, %b77 ]
	%v285 = phi i64 [ 1, %b77 ]
	%v287 = icmp uge i64 %v285, 256, !dbg !19
	br i1 %v287, label %b81, label %b82, !dbg !19

b81:
	%v289 = lshr i64 %v285, 8, !dbg !19
	%v292 = add i64 %v290, 8, !dbg !19
	br label %b82, !dbg !19

b82:
	%v298 = phi i64 [ %v290, %b80 ], [ %v292, %b81 ]
	%v293 = phi i64 [ %v285, %b80 ], [ %v289, %b81 ]
	%v295 = icmp uge i64 %v293, 16, !dbg !19
	br i1 %v295, label %b83, label %b84, !dbg !19

b83:
	%v297 = lshr i64 %v293, 4, !dbg !19
	%v300 = add i64 %v298, 4, !dbg !19
	br label %b84, !dbg !19

b84:
	%v306 = phi i64 [ %v298, %b82 ], [ %v300, %b83 ]
	%v301 = phi i64 [ %v293, %b82 ], [ %v297, %b83 ]
	%v303 = icmp uge i64 %v301, 4, !dbg !19
	br i1 %v303, label %b85, label %b86, !dbg !19

b85:
	%v305 = lshr i64 %v301, 2, !dbg !19
	%v308 = add i64 %v306, 2, !dbg !19
	br label %b86, !dbg !19

b86:
	%v314 = phi i64 [ %v306, %b84 ], [ %v308, %b85 ]
	%v309 = phi i64 [ %v301, %b84 ], [ %v305, %b85 ]
	%v311 = icmp uge i64 %v309, 2, !dbg !19
	br i1 %v311, label %b87, label %b88, !dbg !19

b87:
	%v316 = add i64 %v314, 1, !dbg !19
	br label %b88, !dbg !19

b88:
	%v320 = phi i64 [ %v314, %b86 ], [ %v316, %b87 ]
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v321)
	%30 = bitcast i8* %v321 to i32*, !dbg !19
	store i32 0, i32* %30, align 4, !dbg !19
	%v325 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_unused to i8*), i8* %v321), !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v321)
	%v327 = icmp eq i8* %v325, null, !dbg !19
	br i1 %v327, label %b89, label %b90, !dbg !19

b89:
	ret i64 0, !dbg !19

b90:
	%v330 = icmp ugt i64 %v320, 33, !dbg !19
	br i1 %v330, label %b91, label %b92, !dbg !19

b91:
	br label %b92, !dbg !19

b92:
	%v332 = phi i64 [ %v320, %b90 ], [ 33, %b91 ]
	%v334 = shl i64 %v332, 3, !dbg !19
	%31 = call i64 asm "", "=r,0"(i64 %v334), !dbg !19
	%32 = icmp ugt i64 %31, 264, !dbg !19
	%33 = select i1 %32, i64 264, i64 %31, !dbg !19
	%v335 = getelementptr i8, i8* %v325, i64 %33, !dbg !19
	%34 = bitcast i8* %v335 to i64*, !dbg !19
	%v336 = load i64, i64* %34, align 8, !dbg !19
	%v338 = add i64 %v336, 1, !dbg !19
	%35 = bitcast i8* %v335 to i64*, !dbg !19
	store i64 %v338, i64* %35, align 8, !dbg !19
	br label %b72, !dbg !19

b72:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v340)
	%36 = bitcast i8* %v340 to i64*, !dbg !20
	store i64 30002, i64* %36, align 8, !dbg !20
	%37 = getelementptr i8, i8* %v340, i64 8, !dbg !20
	%38 = bitcast i8* %37 to i32*, !dbg !20
	store i32 0, i32* %38, align 4, !dbg !20
	%39 = getelementptr i8, i8* %v340, i64 12, !dbg !20
	call void @llvm.memset.p0i8.i64(i8* align 4 %39, i8 0, i64 4, i1 false), !dbg !20
	%v349 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v340, i64 16, i64 0), !dbg !20
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v340)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v350)
	%40 = bitcast i8* %v350 to i64*, !dbg !21
	store i64 30001, i64* %40, align 8, !dbg !21
	%41 = getelementptr i8, i8* %v350, i64 8, !dbg !21
	%42 = bitcast i8* %41 to i32*, !dbg !21
	store i32 1, i32* %42, align 4, !dbg !21
	%43 = getelementptr i8, i8* %v350, i64 12, !dbg !21
	%44 = bitcast i8* %43 to i32*, !dbg !21
	store i32 0, i32* %44, align 4, !dbg !21
	%45 = getelementptr i8, i8* %v350, i64 16, !dbg !21
	%46 = bitcast i8* %45 to i32*, !dbg !21
	store i32 0, i32* %46, align 4, !dbg !21
	%47 = getelementptr i8, i8* %v350, i64 20, !dbg !21
	call void @llvm.memset.p0i8.i64(i8* align 4 %47, i8 0, i64 4, i1 false), !dbg !21
	%v363 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v350, i64 24, i64 0), !dbg !21
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v350)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v364)
	%48 = bitcast i8* %v364 to i64*, !dbg !22
	store i64 30000, i64* %48, align 8, !dbg !22
	%v370 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v364, i64 8, i64 0), !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v364)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v371)
	%49 = bitcast i8* %v371 to i32*, !dbg !22
	store i32 0, i32* %49, align 4, !dbg !22
	%v375 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v371), !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v371)
	%50 = icmp ne i8* %v375, null
	br i1 %50, label %b93, label %b94, !dbg !22

b93:
	%51 = bitcast i8* %v375 to i64*, !dbg !22
	store i64 1, i64* %51, align 8, !dbg !22
	br label %b94, !dbg !22

b94:
	ret i64 0, !dbg !22
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memset.p0i8.i64(i8* %0, i8 %1, i64 %2, i1 %3) argmemonly nounwind

define i64 @END(i8* %ctx) nounwind section "bpftc/END" !dbg !23 {
b0:
	%v35.slot = alloca [16 x i8], align 8
	%v35 = bitcast [16 x i8]* %v35.slot to i8*
	%v16.slot = alloca [8 x i8], align 8
	%v16 = bitcast [8 x i8]* %v16.slot to i8*
	br label %b4, !dbg !27

b4:
	%v14 = phi i64 [ 2, %b0 ]
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v16)
	%0 = bitcast i8* %v16 to i32*, !dbg !27
	store i32 0, i32* %0, align 4, !dbg !27
	%v20 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_z to i8*), i8* %v16), !dbg !27
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v16)
	%v22 = icmp eq i8* %v20, null, !dbg !27
	br i1 %v22, label %b5, label %b6, !dbg !27

b5:
	ret i64 0, !dbg !27

b6:
	%v25 = icmp ugt i64 %v14, 6, !dbg !27
	br i1 %v25, label %b7, label %b8, !dbg !27

b7:
	br label %b8, !dbg !27

b8:
	%v27 = phi i64 [ %v14, %b6 ], [ 6, %b7 ]
	%v29 = shl i64 %v27, 3, !dbg !27
	%1 = call i64 asm "", "=r,0"(i64 %v29), !dbg !27
	%2 = icmp ugt i64 %1, 48, !dbg !27
	%3 = select i1 %2, i64 48, i64 %1, !dbg !27
	%v30 = getelementptr i8, i8* %v20, i64 %3, !dbg !27
	%4 = bitcast i8* %v30 to i64*, !dbg !27
	%v31 = load i64, i64* %4, align 8, !dbg !27
	%v33 = add i64 %v31, 1, !dbg !27
	%5 = bitcast i8* %v30 to i64*, !dbg !27
	store i64 %v33, i64* %5, align 8, !dbg !27
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v35)
	%6 = bitcast i8* %v35 to i64*, !dbg !28
	store i64 30003, i64* %6, align 8, !dbg !28
	%7 = getelementptr i8, i8* %v35, i64 8, !dbg !28
	%8 = bitcast i8* %7 to i32*, !dbg !28
	store i32 5, i32* %8, align 4, !dbg !28
	%9 = getelementptr i8, i8* %v35, i64 12, !dbg !28
	call void @llvm.memset.p0i8.i64(i8* align 4 %9, i8 0, i64 4, i1 false), !dbg !28
	%v44 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v35, i64 16, i64 0), !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v35)
	ret i64 0, !dbg !28
}

!llvm.dbg.cu = !{!1}
!llvm.module.flags = !{!6, !7}

!0 = !DIFile(filename: "bpftc", directory: "")
!1 = distinct !DICompileUnit(language: DW_LANG_C99, file: !0, producer: "bpftc", isOptimized: true, emissionKind: FullDebug)
!2 = !DIBasicType(tag: DW_TAG_base_type, name: "long", size: 64, encoding: DW_ATE_signed)
!3 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!4 = !DISubroutineType(types: !5)
!5 = !{!2, !3}
!6 = !{i32 7, !"Dwarf Version", i32 4}
!7 = !{i32 2, !"Debug Info Version", i32 3}
!8 = distinct !DISubprogram(name: "BEGIN", scope: !0, file: !0, line: 131, type: !4, scopeLine: 131, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 131, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 131, scope: !8)
!12 = !DILocation(line: 126, scope: !8)
!13 = !DILocation(line: 146, scope: !8)
!14 = !DILocation(line: 141, scope: !8)
!15 = !DILocation(line: 158, scope: !8)
!16 = !DILocation(line: 173, scope: !8)
!17 = !DILocation(line: 199, scope: !8)
!18 = !DILocation(line: 215, scope: !8)
!19 = !DILocation(line: 228, scope: !8)
!20 = !DILocation(line: 251, scope: !8)
!21 = !DILocation(line: 263, scope: !8)
!22 = !DILocation(line: 275, scope: !8)
!23 = distinct !DISubprogram(name: "END", scope: !0, file: !0, line: 298, type: !4, scopeLine: 298, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !25)
!24 = !DILocalVariable(name: "ctx", arg: 1, scope: !23, file: !0, line: 298, type: !3)
!25 = !{!24}
!26 = !DILocation(line: 298, scope: !23)
!27 = !DILocation(line: 293, scope: !23)
!28 = !DILocation(line: 319, scope: !23)
