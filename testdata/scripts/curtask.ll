target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_key = global { i32, i32, i32, i32, i32 } { i32 1, i32 16, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_load = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_w2 = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_weight = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_getppid(i8* %ctx) nounwind section "bpftc/tp_sys_enter_getppid" !dbg !8 {
b0:
	%v215.slot = alloca [8 x i8], align 8
	%v215 = bitcast [8 x i8]* %v215.slot to i8*
	%v208.slot = alloca [8 x i8], align 8
	%v208 = bitcast [8 x i8]* %v208.slot to i8*
	%v202.slot = alloca [8 x i8], align 8
	%v202 = bitcast [8 x i8]* %v202.slot to i8*
	%v196.slot = alloca [8 x i8], align 8
	%v196 = bitcast [8 x i8]* %v196.slot to i8*
	%v193.slot = alloca [8 x i8], align 8
	%v193 = bitcast [8 x i8]* %v193.slot to i8*
	%v184.slot = alloca [8 x i8], align 8
	%v184 = bitcast [8 x i8]* %v184.slot to i8*
	%v179.slot = alloca [8 x i8], align 8
	%v179 = bitcast [8 x i8]* %v179.slot to i8*
	%v175.slot = alloca [8 x i8], align 8
	%v175 = bitcast [8 x i8]* %v175.slot to i8*
	%v160.slot = alloca [32 x i8], align 8
	%v160 = bitcast [32 x i8]* %v160.slot to i8*
	%v143.slot = alloca [32 x i8], align 8
	%v143 = bitcast [32 x i8]* %v143.slot to i8*
	%v133.slot = alloca [16 x i8], align 8
	%v133 = bitcast [16 x i8]* %v133.slot to i8*
	%v130.slot = alloca [8 x i8], align 8
	%v130 = bitcast [8 x i8]* %v130.slot to i8*
	%v124.slot = alloca [8 x i8], align 8
	%v124 = bitcast [8 x i8]* %v124.slot to i8*
	%v117.slot = alloca [16 x i8], align 8
	%v117 = bitcast [16 x i8]* %v117.slot to i8*
	%v103.slot = alloca [8 x i8], align 8
	%v103 = bitcast [8 x i8]* %v103.slot to i8*
	%v96.slot = alloca [8 x i8], align 8
	%v96 = bitcast [8 x i8]* %v96.slot to i8*
	%v83.slot = alloca [8 x i8], align 8
	%v83 = bitcast [8 x i8]* %v83.slot to i8*
	%v74.slot = alloca [8 x i8], align 8
	%v74 = bitcast [8 x i8]* %v74.slot to i8*
	%v68.slot = alloca [8 x i8], align 8
	%v68 = bitcast [8 x i8]* %v68.slot to i8*
	%v62.slot = alloca [32 x i8], align 8
	%v62 = bitcast [32 x i8]* %v62.slot to i8*
	%v42.slot = alloca [16 x i8], align 8
	%v42 = bitcast [16 x i8]* %v42.slot to i8*
	%v35.slot = alloca [16 x i8], align 8
	%v35 = bitcast [16 x i8]* %v35.slot to i8*
	%v26.slot = alloca [8 x i8], align 8
	%v26 = bitcast [8 x i8]* %v26.slot to i8*
	%v15.slot = alloca [8 x i8], align 8
	%v15 = bitcast [8 x i8]* %v15.slot to i8*
	%v10.slot = alloca [32 x i8], align 8
	%v10 = bitcast [32 x i8]* %v10.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !11
	%v3 = lshr i64 %v1, 32, !dbg !11
	%v7 = icmp ne i64 %v3, 4242, !dbg !11
	br i1 %v7, label %b1, label %b2, !dbg !11

b1:
	ret i64 0, !dbg !11

b2:
	%v9 = call i64 inttoptr (i64 35 to i64 ()*)(), !dbg !13
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v10)
	%0 = bitcast i8* %v10 to i64*, !dbg !14
	store i64 0, i64* %0, align 8, !dbg !14
	%v13 = call i64 asm "$0 = 0x5c0e00000000000d ll", "=r"(), !dbg !15
	%v14 = add i64 %v9, %v13, !dbg !15
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v15)
	%v17 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v15, i64 4, i64 %v14), !dbg !15
	%1 = bitcast i8* %v15 to i32*, !dbg !15
	%2 = load i32, i32* %1, align 4, !dbg !15
	%v18 = sext i32 %2 to i64, !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v15)
	%v19 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !16
	%3 = trunc i64 %v19 to i32, !dbg !16
	%v20 = zext i32 %3 to i64, !dbg !16
	%v21.c = icmp eq i64 %v18, %v20, !dbg !15
	%v21 = zext i1 %v21.c to i64, !dbg !15
	%4 = getelementptr i8, i8* %v10, i64 8, !dbg !14
	%5 = bitcast i8* %4 to i64*, !dbg !14
	store i64 %v21, i64* %5, align 8, !dbg !14
	%v23 = call i64 inttoptr (i64 35 to i64 ()*)(), !dbg !17
	%v24 = call i64 asm "$0 = 0x5c0e000000000018 ll", "=r"(), !dbg !17
	%v25 = add i64 %v23, %v24, !dbg !17
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v26)
	%v28 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v26, i64 4, i64 %v25), !dbg !17
	%6 = bitcast i8* %v26 to i32*, !dbg !17
	%7 = load i32, i32* %6, align 4, !dbg !17
	%v29 = sext i32 %7 to i64, !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v26)
	%v30 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !18
	%v32 = lshr i64 %v30, 32, !dbg !18
	%v33.c = icmp eq i64 %v29, %v32, !dbg !17
	%v33 = zext i1 %v33.c to i64, !dbg !17
	%8 = getelementptr i8, i8* %v10, i64 16, !dbg !14
	%9 = bitcast i8* %8 to i64*, !dbg !14
	store i64 %v33, i64* %9, align 8, !dbg !14
	%v36 = call i64 inttoptr (i64 35 to i64 ()*)(), !dbg !19
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v35)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v35, i8 0, i64 16, i1 false), !dbg !19
	%v38 = call i64 asm "$0 = 0x5c0e000000000026 ll", "=r"(), !dbg !19
	%v39 = add i64 %v36, %v38, !dbg !19
	%v41 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v35, i64 16, i64 %v39), !dbg !19
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v42)
	%v44 = call i64 inttoptr (i64 16 to i64 (i8*, i64)*)(i8* %v42, i64 16), !dbg !20
	%10 = bitcast i8* %v35 to i64*, !dbg !19
	%v46 = load i64, i64* %10, align 8, !dbg !19
	%11 = bitcast i8* %v42 to i64*, !dbg !19
	%v47 = load i64, i64* %11, align 8, !dbg !19
	%v49 = icmp ne i64 %v46, %v47, !dbg !19
	br i1 %v49, label %b3, label %b4, !dbg !19

b4:
	%12 = getelementptr i8, i8* %v35, i64 8, !dbg !19
	%13 = bitcast i8* %12 to i64*, !dbg !19
	%v51 = load i64, i64* %13, align 8, !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v35)
	%14 = getelementptr i8, i8* %v42, i64 8, !dbg !19
	%15 = bitcast i8* %14 to i64*, !dbg !19
	%v52 = load i64, i64* %15, align 8, !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v42)
	%v54 = icmp ne i64 %v51, %v52, !dbg !19
	br i1 %v54, label %b3, label %b5, !dbg !19

b5:
	br label %b3, !dbg !19

b3:
	%v56 = phi i64 [ 0, %b2 ], [ 0, %b4 ], [ 1, %b5 ]
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v42)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v35)
	%16 = getelementptr i8, i8* %v10, i64 24, !dbg !14
	%17 = bitcast i8* %16 to i64*, !dbg !14
	store i64 %v56, i64* %17, align 8, !dbg !14
	%v61 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v10, i64 32, i64 0), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v10)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v62)
	%18 = bitcast i8* %v62 to i64*, !dbg !21
	store i64 1, i64* %18, align 8, !dbg !21
	%v66 = call i64 asm "$0 = 0x5c0e000000000042 ll", "=r"(), !dbg !22
	%v67 = add i64 %v9, %v66, !dbg !22
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v68)
	%v70 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v68, i64 8, i64 %v67), !dbg !22
	%19 = bitcast i8* %v68 to i64*, !dbg !22
	%v71 = load i64, i64* %19, align 8, !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v68)
	%v73 = add i64 %v71, %v24, !dbg !22
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v74)
	%v76 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v74, i64 4, i64 %v73), !dbg !22
	%20 = bitcast i8* %v74 to i32*, !dbg !22
	%21 = load i32, i32* %20, align 4, !dbg !22
	%v77 = sext i32 %21 to i64, !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v74)
	%v79.c = icmp sgt i64 %v77, 0, !dbg !22
	%v79 = zext i1 %v79.c to i64, !dbg !22
	%22 = getelementptr i8, i8* %v62, i64 8, !dbg !21
	%23 = bitcast i8* %22 to i64*, !dbg !21
	store i64 %v79, i64* %23, align 8, !dbg !21
	%v81 = call i64 asm "$0 = 0x5c0e000000000051 ll", "=r"(), !dbg !23
	%v82 = add i64 %v9, %v81, !dbg !23
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v83)
	%v85 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v83, i64 8, i64 %v82), !dbg !23
	%24 = bitcast i8* %v83 to i64*, !dbg !23
	%v86 = load i64, i64* %24, align 8, !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v83)
	%v88.c = icmp ne i64 %v86, 0, !dbg !23
	%v88 = zext i1 %v88.c to i64, !dbg !23
	%25 = trunc i64 %v88 to i1, !dbg !23
	%v89 = sext i1 %25 to i64, !dbg !23
	%v91 = and i64 %v89, 1, !dbg !21
	%26 = getelementptr i8, i8* %v62, i64 16, !dbg !21
	%27 = bitcast i8* %26 to i64*, !dbg !21
	store i64 %v91, i64* %27, align 8, !dbg !21
	%v93 = call i64 inttoptr (i64 35 to i64 ()*)(), !dbg !24
	%v94 = call i64 asm "$0 = 0x5c0e00000000005e ll", "=r"(), !dbg !24
	%v95 = add i64 %v93, %v94, !dbg !24
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v96)
	%v98 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v96, i64 8, i64 %v95), !dbg !24
	%28 = bitcast i8* %v96 to i64*, !dbg !24
	%v99 = load i64, i64* %28, align 8, !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v96)
	%v100 = call i64 inttoptr (i64 35 to i64 ()*)(), !dbg !25
	%v102 = add i64 %v100, %v66, !dbg !25
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v103)
	%v105 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v103, i64 8, i64 %v102), !dbg !25
	%29 = bitcast i8* %v103 to i64*, !dbg !25
	%v106 = load i64, i64* %29, align 8, !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v103)
	%v107.c = icmp eq i64 %v99, %v106, !dbg !24
	%v107 = zext i1 %v107.c to i64, !dbg !24
	%v109 = and i64 %v107, 1, !dbg !24
	%v111 = and i64 %v109, 1, !dbg !21
	%30 = getelementptr i8, i8* %v62, i64 24, !dbg !21
	%31 = bitcast i8* %30 to i64*, !dbg !21
	store i64 %v111, i64* %31, align 8, !dbg !21
	%v116 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v62, i64 32, i64 0), !dbg !21
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v62)
	%v118 = call i64 inttoptr (i64 35 to i64 ()*)(), !dbg !26
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v117)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v117, i8 0, i64 16, i1 false), !dbg !26
	%v120 = call i64 asm "$0 = 0x5c0e000000000078 ll", "=r"(), !dbg !26
	%v121 = add i64 %v118, %v120, !dbg !26
	%v123 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v117, i64 16, i64 %v121), !dbg !26
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v124)
	%32 = bitcast i8* %v124 to i64*, !dbg !27
	store i64 0, i64* %32, align 8, !dbg !27
	%v129 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_load to i8*), i8* %v124, i8* %v117, i64 0), !dbg !27
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v124)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v117)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v130)
	%33 = bitcast i8* %v130 to i64*, !dbg !28
	store i64 1, i64* %33, align 8, !dbg !28
	%v134 = call i64 inttoptr (i64 35 to i64 ()*)(), !dbg !28
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v133)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v133, i8 0, i64 16, i1 false), !dbg !28
	%v137 = add i64 %v134, %v120, !dbg !28
	%v139 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v133, i64 16, i64 %v137), !dbg !28
	%v142 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_key to i8*), i8* %v133, i8* %v130, i64 0), !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v133)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v130)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v143)
	%34 = bitcast i8* %v143 to i64*, !dbg !29
	store i64 30007, i64* %34, align 8, !dbg !29
	%35 = getelementptr i8, i8* %v143, i64 8, !dbg !29
	%36 = bitcast i8* %35 to i64*, !dbg !29
	store i64 0, i64* %36, align 8, !dbg !29
	%v148 = call i64 inttoptr (i64 35 to i64 ()*)(), !dbg !29
	%37 = getelementptr i8, i8* %v143, i64 16, !dbg !29
	call void @llvm.memset.p0i8.i64(i8* align 8 %37, i8 0, i64 16, i1 false), !dbg !29
	%v151 = add i64 %v148, %v120, !dbg !29
	%v153 = getelementptr i8, i8* %v143, i64 16, !dbg !29
	%v155 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v153, i64 16, i64 %v151), !dbg !29
	%v159 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v143, i64 32, i64 0), !dbg !29
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v143)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v160)
	%38 = bitcast i8* %v160 to i64*, !dbg !30
	store i64 2, i64* %38, align 8, !dbg !30
	%39 = getelementptr i8, i8* %v160, i64 8, !dbg !30
	%40 = bitcast i8* %39 to i64*, !dbg !30
	store i64 1, i64* %40, align 8, !dbg !30
	%41 = getelementptr i8, i8* %v160, i64 16, !dbg !30
	%42 = bitcast i8* %41 to i64*, !dbg !30
	store i64 16, i64* %42, align 8, !dbg !30
	%43 = getelementptr i8, i8* %v160, i64 24, !dbg !30
	%44 = bitcast i8* %43 to i64*, !dbg !30
	store i64 2, i64* %44, align 8, !dbg !30
	%v174 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v160, i64 32, i64 0), !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v160)
	%v176 = call i64 inttoptr (i64 35 to i64 ()*)(), !dbg !31
	%v177 = call i64 asm "$0 = 0x5c0e0000000000b1 ll", "=r"(), !dbg !31
	%v178 = add i64 %v176, %v177, !dbg !31
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v179)
	%v181 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v179, i64 8, i64 %v178), !dbg !31
	%45 = bitcast i8* %v179 to i64*, !dbg !31
	%v182 = load i64, i64* %45, align 8, !dbg !31
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v179)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v175)
	%46 = bitcast i8* %v175 to i64*, !dbg !32
	store i64 %v182, i64* %46, align 8, !dbg !32
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v184)
	%47 = bitcast i8* %v184 to i64*, !dbg !32
	store i64 0, i64* %47, align 8, !dbg !32
	%v189 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_weight to i8*), i8* %v184, i8* %v175, i64 0), !dbg !32
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v184)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v175)
	%v190 = call i64 inttoptr (i64 35 to i64 ()*)(), !dbg !33
	%v191 = call i64 asm "$0 = 0x5c0e0000000000bf ll", "=r"(), !dbg !34
	%v192 = add i64 %v190, %v191, !dbg !34
	%v194 = call i64 asm "$0 = 0x5c0e0000000000c2 ll", "=r"(), !dbg !35
	%v195 = add i64 %v192, %v194, !dbg !35
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v196)
	%v198 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v196, i64 4, i64 %v195), !dbg !35
	%48 = bitcast i8* %v196 to i32*, !dbg !35
	%49 = load i32, i32* %48, align 4, !dbg !35
	%v199 = zext i32 %49 to i64, !dbg !35
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v196)
	%50 = trunc i64 %v199 to i32, !dbg !36
	%v200 = zext i32 %50 to i64, !dbg !36
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v193)
	%51 = bitcast i8* %v193 to i64*, !dbg !36
	store i64 %v200, i64* %51, align 8, !dbg !36
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v202)
	%52 = bitcast i8* %v202 to i64*, !dbg !36
	store i64 0, i64* %52, align 8, !dbg !36
	%v207 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_w2 to i8*), i8* %v202, i8* %v193, i64 0), !dbg !36
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v202)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v193)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v208)
	%53 = bitcast i8* %v208 to i64*, !dbg !37
	store i64 30000, i64* %53, align 8, !dbg !37
	%v214 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v208, i64 8, i64 0), !dbg !37
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v208)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v215)
	%54 = bitcast i8* %v215 to i32*, !dbg !37
	store i32 0, i32* %54, align 4, !dbg !37
	%v219 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v215), !dbg !37
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v215)
	%55 = icmp ne i8* %v219, null
	br i1 %55, label %b6, label %b7, !dbg !37

b6:
	%56 = bitcast i8* %v219 to i64*, !dbg !37
	store i64 1, i64* %56, align 8, !dbg !37
	br label %b7, !dbg !37

b7:
	ret i64 0, !dbg !37
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memset.p0i8.i64(i8* %0, i8 %1, i64 %2, i1 %3) argmemonly nounwind

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
!8 = distinct !DISubprogram(name: "tp_sys_enter_getppid", scope: !0, file: !0, line: 216, type: !4, scopeLine: 216, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 216, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 216, scope: !8)
!12 = !DILocation(line: 224, scope: !8)
!13 = !DILocation(line: 236, scope: !8)
!14 = !DILocation(line: 246, scope: !8)
!15 = !DILocation(line: 267, scope: !8)
!16 = !DILocation(line: 278, scope: !8)
!17 = !DILocation(line: 283, scope: !8)
!18 = !DILocation(line: 300, scope: !8)
!19 = !DILocation(line: 305, scope: !8)
!20 = !DILocation(line: 322, scope: !8)
!21 = !DILocation(line: 330, scope: !8)
!22 = !DILocation(line: 351, scope: !8)
!23 = !DILocation(line: 378, scope: !8)
!24 = !DILocation(line: 391, scope: !8)
!25 = !DILocation(line: 410, scope: !8)
!26 = !DILocation(line: 442, scope: !8)
!27 = !DILocation(line: 434, scope: !8)
!28 = !DILocation(line: 461, scope: !8)
!29 = !DILocation(line: 490, scope: !8)
!30 = !DILocation(line: 516, scope: !8)
!31 = !DILocation(line: 633, scope: !8)
!32 = !DILocation(line: 623, scope: !8)
!33 = !DILocation(line: 665, scope: !8)
!34 = !DILocation(line: 659, scope: !8)
!35 = !DILocation(line: 685, scope: !8)
!36 = !DILocation(line: 679, scope: !8)
!37 = !DILocation(line: 707, scope: !8)
