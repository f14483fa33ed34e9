target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_nonnull = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_ns = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_r = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_rmtp = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_same = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_clock_nanosleep(i8* %ctx) nounwind section "bpftc/tp_sys_enter_clock_nanosleep" !dbg !8 {
b0:
	%v123.slot = alloca [8 x i8], align 8
	%v123 = bitcast [8 x i8]* %v123.slot to i8*
	%v116.slot = alloca [8 x i8], align 8
	%v116 = bitcast [8 x i8]* %v116.slot to i8*
	%v111.slot = alloca [8 x i8], align 8
	%v111 = bitcast [8 x i8]* %v111.slot to i8*
	%v98.slot = alloca [8 x i8], align 8
	%v98 = bitcast [8 x i8]* %v98.slot to i8*
	%v95.slot = alloca [8 x i8], align 8
	%v95 = bitcast [8 x i8]* %v95.slot to i8*
	%v81.slot = alloca [32 x i8], align 8
	%v81 = bitcast [32 x i8]* %v81.slot to i8*
	%v71.slot = alloca [8 x i8], align 8
	%v71 = bitcast [8 x i8]* %v71.slot to i8*
	%v56.slot = alloca [8 x i8], align 8
	%v56 = bitcast [8 x i8]* %v56.slot to i8*
	%v43.slot = alloca [8 x i8], align 8
	%v43 = bitcast [8 x i8]* %v43.slot to i8*
	%v37.slot = alloca [8 x i8], align 8
	%v37 = bitcast [8 x i8]* %v37.slot to i8*
	%v32.slot = alloca [16 x i8], align 8
	%v32 = bitcast [16 x i8]* %v32.slot to i8*
	%v21.slot = alloca [8 x i8], align 8
	%v21 = bitcast [8 x i8]* %v21.slot to i8*
	%v13.slot = alloca [8 x i8], align 8
	%v13 = bitcast [8 x i8]* %v13.slot to i8*
	%v7.slot = alloca [32 x i8], align 8
	%v7 = bitcast [32 x i8]* %v7.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !11
	%v3 = lshr i64 %v1, 32, !dbg !11
	%v5 = icmp eq i64 %v3, 4242, !dbg !11
	br i1 %v5, label %b1, label %b2, !dbg !11

b1:
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v7)
	%0 = bitcast i8* %v7 to i64*, !dbg !13
	store i64 0, i64* %0, align 8, !dbg !13
	%1 = getelementptr i8, i8* %ctx, i64 32, !dbg !14
	%2 = bitcast i8* %1 to i64*, !dbg !14
	%v10 = load i64, i64* %2, align 8, !dbg !14
	%v11 = call i64 asm "$0 = 0x5c0e00000000000b ll", "=r"(), !dbg !14
	%v12 = add i64 %v10, %v11, !dbg !14
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v13)
	%v15 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v13, i64 8, i64 %v12), !dbg !14
	%3 = bitcast i8* %v13 to i64*, !dbg !14
	%v16 = load i64, i64* %3, align 8, !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v13)
	%4 = getelementptr i8, i8* %v7, i64 8, !dbg !13
	%5 = bitcast i8* %4 to i64*, !dbg !13
	store i64 %v16, i64* %5, align 8, !dbg !13
	%6 = getelementptr i8, i8* %ctx, i64 32, !dbg !15
	%7 = bitcast i8* %6 to i64*, !dbg !15
	%v18 = load i64, i64* %7, align 8, !dbg !15
	%v19 = call i64 asm "$0 = 0x5c0e000000000013 ll", "=r"(), !dbg !15
	%v20 = add i64 %v18, %v19, !dbg !15
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v21)
	%v23 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v21, i64 8, i64 %v20), !dbg !15
	%8 = bitcast i8* %v21 to i64*, !dbg !15
	%v24 = load i64, i64* %8, align 8, !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v21)
	%9 = getelementptr i8, i8* %v7, i64 16, !dbg !13
	%10 = bitcast i8* %9 to i64*, !dbg !13
	store i64 %v24, i64* %10, align 8, !dbg !13
	%11 = getelementptr i8, i8* %ctx, i64 16, !dbg !16
	%12 = bitcast i8* %11 to i64*, !dbg !16
	%v26 = load i64, i64* %12, align 8, !dbg !16
	%13 = getelementptr i8, i8* %v7, i64 24, !dbg !13
	%14 = bitcast i8* %13 to i64*, !dbg !13
	store i64 %v26, i64* %14, align 8, !dbg !13
	%v31 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v7, i64 32, i64 0), !dbg !13
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v7)
	%15 = getelementptr i8, i8* %ctx, i64 32, !dbg !17
	%16 = bitcast i8* %15 to i64*, !dbg !17
	%v33 = load i64, i64* %16, align 8, !dbg !17
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v32)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v32, i8 0, i64 16, i1 false), !dbg !17
	%v36 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v32, i64 16, i64 %v33), !dbg !17
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v37)
	%17 = bitcast i8* %v37 to i64*, !dbg !18
	store i64 0, i64* %17, align 8, !dbg !18
	%v42 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_r to i8*), i8* %v37, i8* %v32, i64 0), !dbg !18
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v32)
	%18 = getelementptr i8, i8* %ctx, i64 32, !dbg !19
	%19 = bitcast i8* %18 to i64*, !dbg !19
	%v44 = load i64, i64* %19, align 8, !dbg !19
	%v46.c = icmp ne i64 %v44, 0, !dbg !19
	%v46 = zext i1 %v46.c to i64, !dbg !19
	%20 = trunc i64 %v46 to i1, !dbg !19
	%v47 = sext i1 %20 to i64, !dbg !19
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v43)
	%21 = bitcast i8* %v43 to i64*, !dbg !20
	store i64 %v47, i64* %21, align 8, !dbg !20
	%v55 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_nonnull to i8*), i8* %v37, i8* %v43, i64 0), !dbg !20
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v43)
	%22 = getelementptr i8, i8* %ctx, i64 32, !dbg !21
	%23 = bitcast i8* %22 to i64*, !dbg !21
	%v57 = load i64, i64* %23, align 8, !dbg !21
	%24 = getelementptr i8, i8* %ctx, i64 32, !dbg !22
	%25 = bitcast i8* %24 to i64*, !dbg !22
	%v58 = load i64, i64* %25, align 8, !dbg !22
	%v59.c = icmp eq i64 %v57, %v58, !dbg !21
	%v59 = zext i1 %v59.c to i64, !dbg !21
	%v61 = and i64 %v59, 1, !dbg !21
	%v63 = and i64 %v61, 1, !dbg !23
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v56)
	%26 = bitcast i8* %v56 to i64*, !dbg !23
	store i64 %v63, i64* %26, align 8, !dbg !23
	%v70 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_same to i8*), i8* %v37, i8* %v56, i64 0), !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v56)
	%27 = getelementptr i8, i8* %ctx, i64 40, !dbg !24
	%28 = bitcast i8* %27 to i64*, !dbg !24
	%v72 = load i64, i64* %28, align 8, !dbg !24
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v71)
	%29 = bitcast i8* %v71 to i64*, !dbg !24
	store i64 %v72, i64* %29, align 8, !dbg !24
	%v79 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_rmtp to i8*), i8* %v37, i8* %v71, i64 0), !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v71)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v37)
	%30 = getelementptr i8, i8* %ctx, i64 32, !dbg !26
	%31 = bitcast i8* %30 to i64*, !dbg !26
	%v80 = load i64, i64* %31, align 8, !dbg !26
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v81)
	%32 = bitcast i8* %v81 to i64*, !dbg !27
	store i64 30007, i64* %32, align 8, !dbg !27
	%33 = getelementptr i8, i8* %v81, i64 8, !dbg !27
	%34 = bitcast i8* %33 to i64*, !dbg !27
	store i64 0, i64* %34, align 8, !dbg !27
	%35 = getelementptr i8, i8* %v81, i64 16, !dbg !27
	call void @llvm.memset.p0i8.i64(i8* align 8 %35, i8 0, i64 16, i1 false), !dbg !27
	%v88 = getelementptr i8, i8* %v81, i64 16, !dbg !27
	%v90 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v88, i64 16, i64 %v80), !dbg !27
	%v94 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v81, i64 32, i64 0), !dbg !27
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v81)
	%v97 = add i64 %v80, %v19, !dbg !28
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v98)
	%v100 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v98, i64 8, i64 %v97), !dbg !28
	%36 = bitcast i8* %v98 to i64*, !dbg !28
	%v101 = load i64, i64* %36, align 8, !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v98)
	%v103 = udiv i64 %v101, 1000, !dbg !28
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v95)
	%37 = bitcast i8* %v95 to i64*, !dbg !28
	store i64 %v103, i64* %37, align 8, !dbg !28
	%v107 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ns to i8*), i8* %v95), !dbg !28
	%38 = icmp ne i8* %v107, null
	br i1 %38, label %b3, label %b4, !dbg !28

b3:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v95)
	%39 = bitcast i8* %v107 to i64*, !dbg !28
	%v108 = load i64, i64* %39, align 8, !dbg !28
	%v109 = add i64 %v108, 1, !dbg !28
	%40 = bitcast i8* %v107 to i64*, !dbg !28
	store i64 %v109, i64* %40, align 8, !dbg !28
	br label %b5, !dbg !28

b4:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v111)
	%41 = bitcast i8* %v111 to i64*, !dbg !28
	store i64 1, i64* %41, align 8, !dbg !28
	%v115 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ns to i8*), i8* %v95, i8* %v111, i64 0), !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v111)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v95)
	br label %b5, !dbg !28

b5:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v116)
	%42 = bitcast i8* %v116 to i64*, !dbg !30
	store i64 30000, i64* %42, align 8, !dbg !30
	%v122 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v116, i64 8, i64 0), !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v116)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v123)
	%43 = bitcast i8* %v123 to i32*, !dbg !30
	store i32 0, i32* %43, align 4, !dbg !30
	%v127 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v123), !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v123)
	%44 = icmp ne i8* %v127, null
	br i1 %44, label %b6, label %b2, !dbg !30

b6:
	%45 = bitcast i8* %v127 to i64*, !dbg !30
	store i64 1, i64* %45, align 8, !dbg !30
	br label %b2, !dbg !30

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
!8 = distinct !DISubprogram(name: "tp_sys_enter_clock_nanosleep", scope: !0, file: !0, line: 312, type: !4, scopeLine: 312, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 312, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 312, scope: !8)
!12 = !DILocation(line: 320, scope: !8)
!13 = !DILocation(line: 327, scope: !8)
!14 = !DILocation(line: 348, scope: !8)
!15 = !DILocation(line: 368, scope: !8)
!16 = !DILocation(line: 389, scope: !8)
!17 = !DILocation(line: 415, scope: !8)
!18 = !DILocation(line: 410, scope: !8)
!19 = !DILocation(line: 440, scope: !8)
!20 = !DILocation(line: 429, scope: !8)
!21 = !DILocation(line: 466, scope: !8)
!22 = !DILocation(line: 480, scope: !8)
!23 = !DILocation(line: 458, scope: !8)
!24 = !DILocation(line: 501, scope: !8)
!25 = !DILocation(line: 493, scope: !8)
!26 = !DILocation(line: 519, scope: !8)
!27 = !DILocation(line: 532, scope: !8)
!28 = !DILocation(line: 545, scope: !8)
!29 = !DILocation(line: 563, scope: !8)
!30 = !DILocation(line: 581, scope: !8)
