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
	%v213.slot = alloca [8 x i8], align 8
	%v213 = bitcast [8 x i8]* %v213.slot to i8*
	%v206.slot = alloca [8 x i8], align 8
	%v206 = bitcast [8 x i8]* %v206.slot to i8*
	%v194.slot = alloca [8 x i8], align 8
	%v194 = bitcast [8 x i8]* %v194.slot to i8*
	%v191.slot = alloca [8 x i8], align 8
	%v191 = bitcast [8 x i8]* %v191.slot to i8*
	%v177.slot = alloca [8 x i8], align 8
	%v177 = bitcast [8 x i8]* %v177.slot to i8*
	%v173.slot = alloca [8 x i8], align 8
	%v173 = bitcast [8 x i8]* %v173.slot to i8*
	%v158.slot = alloca [32 x i8], align 8
	%v158 = bitcast [32 x i8]* %v158.slot to i8*
	%v141.slot = alloca [32 x i8], align 8
	%v141 = bitcast [32 x i8]* %v141.slot to i8*
	%v131.slot = alloca [16 x i8], align 8
	%v131 = bitcast [16 x i8]* %v131.slot to i8*
	%v128.slot = alloca [8 x i8], align 8
	%v128 = bitcast [8 x i8]* %v128.slot to i8*
	%v122.slot = alloca [8 x i8], align 8
	%v122 = bitcast [8 x i8]* %v122.slot to i8*
	%v115.slot = alloca [16 x i8], align 8
	%v115 = bitcast [16 x i8]* %v115.slot to i8*
	%v101.slot = alloca [8 x i8], align 8
	%v101 = bitcast [8 x i8]* %v101.slot to i8*
	%v94.slot = alloca [8 x i8], align 8
	%v94 = bitcast [8 x i8]* %v94.slot to i8*
	%v81.slot = alloca [8 x i8], align 8
	%v81 = bitcast [8 x i8]* %v81.slot to i8*
	%v72.slot = alloca [8 x i8], align 8
	%v72 = bitcast [8 x i8]* %v72.slot to i8*
	%v66.slot = alloca [8 x i8], align 8
	%v66 = bitcast [8 x i8]* %v66.slot to i8*
	%v60.slot = alloca [32 x i8], align 8
	%v60 = bitcast [32 x i8]* %v60.slot to i8*
	%v40.slot = alloca [16 x i8], align 8
	%v40 = bitcast [16 x i8]* %v40.slot to i8*
	%v33.slot = alloca [16 x i8], align 8
	%v33 = bitcast [16 x i8]* %v33.slot to i8*
	%v24.slot = alloca [8 x i8], align 8
	%v24 = bitcast [8 x i8]* %v24.slot to i8*
	%v13.slot = alloca [8 x i8], align 8
	%v13 = bitcast [8 x i8]* %v13.slot to i8*
	%v8.slot = alloca [32 x i8], align 8
	%v8 = bitcast [32 x i8]* %v8.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !11
	%v3 = lshr i64 %v1, 32, !dbg !11
	%v5 = icmp eq i64 %v3, 4242, !dbg !11
	br i1 %v5, label %b1, label %b2, !dbg !11

b1:
	%v7 = call i64 inttoptr (i64 35 to i64 ()*)(), !dbg !13
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v8)
	%0 = bitcast i8* %v8 to i64*, !dbg !14
	store i64 0, i64* %0, align 8, !dbg !14
	%v11 = call i64 asm "$0 = 0x5c0e00000000000b ll", "=r"(), !dbg !15
	%v12 = add i64 %v7, %v11, !dbg !15
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v13)
	%v15 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v13, i64 4, i64 %v12), !dbg !15
	%1 = bitcast i8* %v13 to i32*, !dbg !15
	%2 = load i32, i32* %1, align 4, !dbg !15
	%v16 = sext i32 %2 to i64, !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v13)
	%v17 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !16
	%3 = trunc i64 %v17 to i32, !dbg !16
	%v18 = zext i32 %3 to i64, !dbg !16
	%v19.c = icmp eq i64 %v16, %v18, !dbg !15
	%v19 = zext i1 %v19.c to i64, !dbg !15
	%4 = getelementptr i8, i8* %v8, i64 8, !dbg !14
	%5 = bitcast i8* %4 to i64*, !dbg !14
	store i64 %v19, i64* %5, align 8, !dbg !14
	%v21 = call i64 inttoptr (i64 35 to i64 ()*)(), !dbg !17
	%v22 = call i64 asm "$0 = 0x5c0e000000000016 ll", "=r"(), !dbg !17
	%v23 = add i64 %v21, %v22, !dbg !17
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v24)
	%v26 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v24, i64 4, i64 %v23), !dbg !17
	%6 = bitcast i8* %v24 to i32*, !dbg !17
	%7 = load i32, i32* %6, align 4, !dbg !17
	%v27 = sext i32 %7 to i64, !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v24)
	%v28 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !18
	%v30 = lshr i64 %v28, 32, !dbg !18
	%v31.c = icmp eq i64 %v27, %v30, !dbg !17
	%v31 = zext i1 %v31.c to i64, !dbg !17
	%8 = getelementptr i8, i8* %v8, i64 16, !dbg !14
	%9 = bitcast i8* %8 to i64*, !dbg !14
	store i64 %v31, i64* %9, align 8, !dbg !14
	%v34 = call i64 inttoptr (i64 35 to i64 ()*)(), !dbg !19
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v33)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v33, i8 0, i64 16, i1 false), !dbg !19
	%v36 = call i64 asm "$0 = 0x5c0e000000000024 ll", "=r"(), !dbg !19
	%v37 = add i64 %v34, %v36, !dbg !19
	%v39 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v33, i64 16, i64 %v37), !dbg !19
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v40)
	%v42 = call i64 inttoptr (i64 16 to i64 (i8*, i64)*)(i8* %v40, i64 16), !dbg !20
	%10 = bitcast i8* %v33 to i64*, !dbg !19
	%v44 = load i64, i64* %10, align 8, !dbg !19
	%11 = bitcast i8* %v40 to i64*, !dbg !19
	%v45 = load i64, i64* %11, align 8, !dbg !19
	%v47 = icmp ne i64 %v44, %v45, !dbg !19
	br i1 %v47, label %b3, label %b4, !dbg !19

b4:
	%12 = getelementptr i8, i8* %v33, i64 8, !dbg !19
	%13 = bitcast i8* %12 to i64*, !dbg !19
	%v49 = load i64, i64* %13, align 8, !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v33)
	%14 = getelementptr i8, i8* %v40, i64 8, !dbg !19
	%15 = bitcast i8* %14 to i64*, !dbg !19
	%v50 = load i64, i64* %15, align 8, !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v40)
	%v52 = icmp ne i64 %v49, %v50, !dbg !19
	br i1 %v52, label %b3, label %b5, !dbg !19

b5:
	br label %b3, !dbg !19

b3:
	%v54 = phi i64 [ 0, %b1 ], [ 0, %b4 ], [ 1, %b5 ]
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v40)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v33)
	%16 = getelementptr i8, i8* %v8, i64 24, !dbg !14
	%17 = bitcast i8* %16 to i64*, !dbg !14
	store i64 %v54, i64* %17, align 8, !dbg !14
	%v59 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v8, i64 32, i64 0), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v8)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v60)
	%18 = bitcast i8* %v60 to i64*, !dbg !21
	store i64 1, i64* %18, align 8, !dbg !21
	%v64 = call i64 asm "$0 = 0x5c0e000000000040 ll", "=r"(), !dbg !22
	%v65 = add i64 %v7, %v64, !dbg !22
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v66)
	%v68 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v66, i64 8, i64 %v65), !dbg !22
	%19 = bitcast i8* %v66 to i64*, !dbg !22
	%v69 = load i64, i64* %19, align 8, !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v66)
	%v71 = add i64 %v69, %v22, !dbg !22
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v72)
	%v74 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v72, i64 4, i64 %v71), !dbg !22
	%20 = bitcast i8* %v72 to i32*, !dbg !22
	%21 = load i32, i32* %20, align 4, !dbg !22
	%v75 = sext i32 %21 to i64, !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v72)
	%v77.c = icmp sgt i64 %v75, 0, !dbg !22
	%v77 = zext i1 %v77.c to i64, !dbg !22
	%22 = getelementptr i8, i8* %v60, i64 8, !dbg !21
	%23 = bitcast i8* %22 to i64*, !dbg !21
	store i64 %v77, i64* %23, align 8, !dbg !21
	%v79 = call i64 asm "$0 = 0x5c0e00000000004f ll", "=r"(), !dbg !23
	%v80 = add i64 %v7, %v79, !dbg !23
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v81)
	%v83 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v81, i64 8, i64 %v80), !dbg !23
	%24 = bitcast i8* %v81 to i64*, !dbg !23
	%v84 = load i64, i64* %24, align 8, !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v81)
	%v86.c = icmp ne i64 %v84, 0, !dbg !23
	%v86 = zext i1 %v86.c to i64, !dbg !23
	%25 = trunc i64 %v86 to i1, !dbg !23
	%v87 = sext i1 %25 to i64, !dbg !23
	%v89 = and i64 %v87, 1, !dbg !21
	%26 = getelementptr i8, i8* %v60, i64 16, !dbg !21
	%27 = bitcast i8* %26 to i64*, !dbg !21
	store i64 %v89, i64* %27, align 8, !dbg !21
	%v91 = call i64 inttoptr (i64 35 to i64 ()*)(), !dbg !24
	%v92 = call i64 asm "$0 = 0x5c0e00000000005c ll", "=r"(), !dbg !24
	%v93 = add i64 %v91, %v92, !dbg !24
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v94)
	%v96 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v94, i64 8, i64 %v93), !dbg !24
	%28 = bitcast i8* %v94 to i64*, !dbg !24
	%v97 = load i64, i64* %28, align 8, !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v94)
	%v98 = call i64 inttoptr (i64 35 to i64 ()*)(), !dbg !25
	%v100 = add i64 %v98, %v64, !dbg !25
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v101)
	%v103 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v101, i64 8, i64 %v100), !dbg !25
	%29 = bitcast i8* %v101 to i64*, !dbg !25
	%v104 = load i64, i64* %29, align 8, !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v101)
	%v105.c = icmp eq i64 %v97, %v104, !dbg !24
	%v105 = zext i1 %v105.c to i64, !dbg !24
	%v107 = and i64 %v105, 1, !dbg !24
	%v109 = and i64 %v107, 1, !dbg !21
	%30 = getelementptr i8, i8* %v60, i64 24, !dbg !21
	%31 = bitcast i8* %30 to i64*, !dbg !21
	store i64 %v109, i64* %31, align 8, !dbg !21
	%v114 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v60, i64 32, i64 0), !dbg !21
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v60)
	%v116 = call i64 inttoptr (i64 35 to i64 ()*)(), !dbg !26
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v115)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v115, i8 0, i64 16, i1 false), !dbg !26
	%v118 = call i64 asm "$0 = 0x5c0e000000000076 ll", "=r"(), !dbg !26
	%v119 = add i64 %v116, %v118, !dbg !26
	%v121 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v115, i64 16, i64 %v119), !dbg !26
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v122)
	%32 = bitcast i8* %v122 to i64*, !dbg !27
	store i64 0, i64* %32, align 8, !dbg !27
	%v127 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_load to i8*), i8* %v122, i8* %v115, i64 0), !dbg !27
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v115)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v128)
	%33 = bitcast i8* %v128 to i64*, !dbg !28
	store i64 1, i64* %33, align 8, !dbg !28
	%v132 = call i64 inttoptr (i64 35 to i64 ()*)(), !dbg !28
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v131)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v131, i8 0, i64 16, i1 false), !dbg !28
	%v135 = add i64 %v132, %v118, !dbg !28
	%v137 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v131, i64 16, i64 %v135), !dbg !28
	%v140 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_key to i8*), i8* %v131, i8* %v128, i64 0), !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v131)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v128)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v141)
	%34 = bitcast i8* %v141 to i64*, !dbg !29
	store i64 30007, i64* %34, align 8, !dbg !29
	%35 = getelementptr i8, i8* %v141, i64 8, !dbg !29
	%36 = bitcast i8* %35 to i64*, !dbg !29
	store i64 0, i64* %36, align 8, !dbg !29
	%v146 = call i64 inttoptr (i64 35 to i64 ()*)(), !dbg !29
	%37 = getelementptr i8, i8* %v141, i64 16, !dbg !29
	call void @llvm.memset.p0i8.i64(i8* align 8 %37, i8 0, i64 16, i1 false), !dbg !29
	%v149 = add i64 %v146, %v118, !dbg !29
	%v151 = getelementptr i8, i8* %v141, i64 16, !dbg !29
	%v153 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v151, i64 16, i64 %v149), !dbg !29
	%v157 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v141, i64 32, i64 0), !dbg !29
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v141)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v158)
	%38 = bitcast i8* %v158 to i64*, !dbg !30
	store i64 2, i64* %38, align 8, !dbg !30
	%39 = getelementptr i8, i8* %v158, i64 8, !dbg !30
	%40 = bitcast i8* %39 to i64*, !dbg !30
	store i64 1, i64* %40, align 8, !dbg !30
	%41 = getelementptr i8, i8* %v158, i64 16, !dbg !30
	%42 = bitcast i8* %41 to i64*, !dbg !30
	store i64 16, i64* %42, align 8, !dbg !30
	%43 = getelementptr i8, i8* %v158, i64 24, !dbg !30
	%44 = bitcast i8* %43 to i64*, !dbg !30
	store i64 2, i64* %44, align 8, !dbg !30
	%v172 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v158, i64 32, i64 0), !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v158)
	%v174 = call i64 inttoptr (i64 35 to i64 ()*)(), !dbg !31
	%v175 = call i64 asm "$0 = 0x5c0e0000000000af ll", "=r"(), !dbg !31
	%v176 = add i64 %v174, %v175, !dbg !31
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v177)
	%v179 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v177, i64 8, i64 %v176), !dbg !31
	%45 = bitcast i8* %v177 to i64*, !dbg !31
	%v180 = load i64, i64* %45, align 8, !dbg !31
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v177)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v173)
	%46 = bitcast i8* %v173 to i64*, !dbg !32
	store i64 %v180, i64* %46, align 8, !dbg !32
	%v187 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_weight to i8*), i8* %v122, i8* %v173, i64 0), !dbg !32
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v173)
	%v188 = call i64 inttoptr (i64 35 to i64 ()*)(), !dbg !33
	%v189 = call i64 asm "$0 = 0x5c0e0000000000bd ll", "=r"(), !dbg !34
	%v190 = add i64 %v188, %v189, !dbg !34
	%v192 = call i64 asm "$0 = 0x5c0e0000000000c0 ll", "=r"(), !dbg !35
	%v193 = add i64 %v190, %v192, !dbg !35
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v194)
	%v196 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v194, i64 4, i64 %v193), !dbg !35
	%47 = bitcast i8* %v194 to i32*, !dbg !35
	%48 = load i32, i32* %47, align 4, !dbg !35
	%v197 = zext i32 %48 to i64, !dbg !35
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v194)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v191)
	%49 = bitcast i8* %v191 to i64*, !dbg !36
	store i64 %v197, i64* %49, align 8, !dbg !36
	%v205 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_w2 to i8*), i8* %v122, i8* %v191, i64 0), !dbg !36
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v191)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v122)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v206)
	%50 = bitcast i8* %v206 to i64*, !dbg !37
	store i64 30000, i64* %50, align 8, !dbg !37
	%v212 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v206, i64 8, i64 0), !dbg !37
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v206)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v213)
	%51 = bitcast i8* %v213 to i32*, !dbg !37
	store i32 0, i32* %51, align 4, !dbg !37
	%v217 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v213), !dbg !37
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v213)
	%52 = icmp ne i8* %v217, null
	br i1 %52, label %b6, label %b2, !dbg !37

b6:
	%53 = bitcast i8* %v217 to i64*, !dbg !37
	store i64 1, i64* %53, align 8, !dbg !37
	br label %b2, !dbg !37

b2:
	ret i64 0, !dbg !11
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
