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
	%v125.slot = alloca [8 x i8], align 8
	%v125 = bitcast [8 x i8]* %v125.slot to i8*
	%v118.slot = alloca [8 x i8], align 8
	%v118 = bitcast [8 x i8]* %v118.slot to i8*
	%v113.slot = alloca [8 x i8], align 8
	%v113 = bitcast [8 x i8]* %v113.slot to i8*
	%v100.slot = alloca [8 x i8], align 8
	%v100 = bitcast [8 x i8]* %v100.slot to i8*
	%v97.slot = alloca [8 x i8], align 8
	%v97 = bitcast [8 x i8]* %v97.slot to i8*
	%v83.slot = alloca [32 x i8], align 8
	%v83 = bitcast [32 x i8]* %v83.slot to i8*
	%v76.slot = alloca [8 x i8], align 8
	%v76 = bitcast [8 x i8]* %v76.slot to i8*
	%v73.slot = alloca [8 x i8], align 8
	%v73 = bitcast [8 x i8]* %v73.slot to i8*
	%v67.slot = alloca [8 x i8], align 8
	%v67 = bitcast [8 x i8]* %v67.slot to i8*
	%v58.slot = alloca [8 x i8], align 8
	%v58 = bitcast [8 x i8]* %v58.slot to i8*
	%v52.slot = alloca [8 x i8], align 8
	%v52 = bitcast [8 x i8]* %v52.slot to i8*
	%v45.slot = alloca [8 x i8], align 8
	%v45 = bitcast [8 x i8]* %v45.slot to i8*
	%v39.slot = alloca [8 x i8], align 8
	%v39 = bitcast [8 x i8]* %v39.slot to i8*
	%v34.slot = alloca [16 x i8], align 8
	%v34 = bitcast [16 x i8]* %v34.slot to i8*
	%v23.slot = alloca [8 x i8], align 8
	%v23 = bitcast [8 x i8]* %v23.slot to i8*
	%v15.slot = alloca [8 x i8], align 8
	%v15 = bitcast [8 x i8]* %v15.slot to i8*
	%v9.slot = alloca [32 x i8], align 8
	%v9 = bitcast [32 x i8]* %v9.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !11
	%v3 = lshr i64 %v1, 32, !dbg !11
	%v7 = icmp ne i64 %v3, 4242, !dbg !11
	br i1 %v7, label %b1, label %b2, !dbg !11

b1:
	ret i64 0, !dbg !11

b2:
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v9)
	%0 = bitcast i8* %v9 to i64*, !dbg !13
	store i64 0, i64* %0, align 8, !dbg !13
	%1 = getelementptr i8, i8* %ctx, i64 32, !dbg !14
	%2 = bitcast i8* %1 to i64*, !dbg !14
	%v12 = load i64, i64* %2, align 8, !dbg !14
	%v13 = call i64 asm "$0 = 0x5c0e00000000000d ll", "=r"(), !dbg !14
	%v14 = add i64 %v12, %v13, !dbg !14
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v15)
	%v17 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v15, i64 8, i64 %v14), !dbg !14
	%3 = bitcast i8* %v15 to i64*, !dbg !14
	%v18 = load i64, i64* %3, align 8, !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v15)
	%4 = getelementptr i8, i8* %v9, i64 8, !dbg !13
	%5 = bitcast i8* %4 to i64*, !dbg !13
	store i64 %v18, i64* %5, align 8, !dbg !13
	%6 = getelementptr i8, i8* %ctx, i64 32, !dbg !15
	%7 = bitcast i8* %6 to i64*, !dbg !15
	%v20 = load i64, i64* %7, align 8, !dbg !15
	%v21 = call i64 asm "$0 = 0x5c0e000000000015 ll", "=r"(), !dbg !15
	%v22 = add i64 %v20, %v21, !dbg !15
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v23)
	%v25 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v23, i64 8, i64 %v22), !dbg !15
	%8 = bitcast i8* %v23 to i64*, !dbg !15
	%v26 = load i64, i64* %8, align 8, !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v23)
	%9 = getelementptr i8, i8* %v9, i64 16, !dbg !13
	%10 = bitcast i8* %9 to i64*, !dbg !13
	store i64 %v26, i64* %10, align 8, !dbg !13
	%11 = getelementptr i8, i8* %ctx, i64 16, !dbg !16
	%12 = bitcast i8* %11 to i64*, !dbg !16
	%v28 = load i64, i64* %12, align 8, !dbg !16
	%13 = getelementptr i8, i8* %v9, i64 24, !dbg !13
	%14 = bitcast i8* %13 to i64*, !dbg !13
	store i64 %v28, i64* %14, align 8, !dbg !13
	%v33 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v9, i64 32, i64 0), !dbg !13
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v9)
	%15 = getelementptr i8, i8* %ctx, i64 32, !dbg !17
	%16 = bitcast i8* %15 to i64*, !dbg !17
	%v35 = load i64, i64* %16, align 8, !dbg !17
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v34)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v34, i8 0, i64 16, i1 false), !dbg !17
	%v38 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v34, i64 16, i64 %v35), !dbg !17
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v39)
	%17 = bitcast i8* %v39 to i64*, !dbg !18
	store i64 0, i64* %17, align 8, !dbg !18
	%v44 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_r to i8*), i8* %v39, i8* %v34, i64 0), !dbg !18
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v39)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v34)
	%18 = getelementptr i8, i8* %ctx, i64 32, !dbg !19
	%19 = bitcast i8* %18 to i64*, !dbg !19
	%v46 = load i64, i64* %19, align 8, !dbg !19
	%v48.c = icmp ne i64 %v46, 0, !dbg !19
	%v48 = zext i1 %v48.c to i64, !dbg !19
	%20 = trunc i64 %v48 to i1, !dbg !19
	%v49 = sext i1 %20 to i64, !dbg !19
	%21 = trunc i64 %v49 to i1, !dbg !20
	%v50 = sext i1 %21 to i64, !dbg !20
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v45)
	%22 = bitcast i8* %v45 to i64*, !dbg !20
	store i64 %v50, i64* %22, align 8, !dbg !20
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v52)
	%23 = bitcast i8* %v52 to i64*, !dbg !20
	store i64 0, i64* %23, align 8, !dbg !20
	%v57 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_nonnull to i8*), i8* %v52, i8* %v45, i64 0), !dbg !20
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v52)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v45)
	%24 = getelementptr i8, i8* %ctx, i64 32, !dbg !21
	%25 = bitcast i8* %24 to i64*, !dbg !21
	%v59 = load i64, i64* %25, align 8, !dbg !21
	%26 = getelementptr i8, i8* %ctx, i64 32, !dbg !22
	%27 = bitcast i8* %26 to i64*, !dbg !22
	%v60 = load i64, i64* %27, align 8, !dbg !22
	%v61.c = icmp eq i64 %v59, %v60, !dbg !21
	%v61 = zext i1 %v61.c to i64, !dbg !21
	%v63 = and i64 %v61, 1, !dbg !21
	%v65 = and i64 %v63, 1, !dbg !23
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v58)
	%28 = bitcast i8* %v58 to i64*, !dbg !23
	store i64 %v65, i64* %28, align 8, !dbg !23
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v67)
	%29 = bitcast i8* %v67 to i64*, !dbg !23
	store i64 0, i64* %29, align 8, !dbg !23
	%v72 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_same to i8*), i8* %v67, i8* %v58, i64 0), !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v67)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v58)
	%30 = getelementptr i8, i8* %ctx, i64 40, !dbg !24
	%31 = bitcast i8* %30 to i64*, !dbg !24
	%v74 = load i64, i64* %31, align 8, !dbg !24
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v73)
	%32 = bitcast i8* %v73 to i64*, !dbg !24
	store i64 %v74, i64* %32, align 8, !dbg !24
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v76)
	%33 = bitcast i8* %v76 to i64*, !dbg !25
	store i64 0, i64* %33, align 8, !dbg !25
	%v81 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_rmtp to i8*), i8* %v76, i8* %v73, i64 0), !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v76)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v73)
	%34 = getelementptr i8, i8* %ctx, i64 32, !dbg !26
	%35 = bitcast i8* %34 to i64*, !dbg !26
	%v82 = load i64, i64* %35, align 8, !dbg !26
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v83)
	%36 = bitcast i8* %v83 to i64*, !dbg !27
	store i64 30007, i64* %36, align 8, !dbg !27
	%37 = getelementptr i8, i8* %v83, i64 8, !dbg !27
	%38 = bitcast i8* %37 to i64*, !dbg !27
	store i64 0, i64* %38, align 8, !dbg !27
	%39 = getelementptr i8, i8* %v83, i64 16, !dbg !27
	call void @llvm.memset.p0i8.i64(i8* align 8 %39, i8 0, i64 16, i1 false), !dbg !27
	%v90 = getelementptr i8, i8* %v83, i64 16, !dbg !27
	%v92 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v90, i64 16, i64 %v82), !dbg !27
	%v96 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v83, i64 32, i64 0), !dbg !27
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v83)
	%v99 = add i64 %v82, %v21, !dbg !28
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v100)
	%v102 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v100, i64 8, i64 %v99), !dbg !28
	%40 = bitcast i8* %v100 to i64*, !dbg !28
	%v103 = load i64, i64* %40, align 8, !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v100)
	%v105 = udiv i64 %v103, 1000, !dbg !28
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v97)
	%41 = bitcast i8* %v97 to i64*, !dbg !28
	store i64 %v105, i64* %41, align 8, !dbg !28
	%v109 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ns to i8*), i8* %v97), !dbg !28
	%42 = icmp ne i8* %v109, null
	br i1 %42, label %b3, label %b4, !dbg !28

b3:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v97)
	%43 = bitcast i8* %v109 to i64*, !dbg !28
	%v110 = load i64, i64* %43, align 8, !dbg !28
	%v111 = add i64 %v110, 1, !dbg !28
	%44 = bitcast i8* %v109 to i64*, !dbg !28
	store i64 %v111, i64* %44, align 8, !dbg !28
	br label %b5, !dbg !28

b4:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v113)
	%45 = bitcast i8* %v113 to i64*, !dbg !28
	store i64 1, i64* %45, align 8, !dbg !28
	%v117 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ns to i8*), i8* %v97, i8* %v113, i64 0), !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v113)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v97)
	br label %b5, !dbg !28

b5:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v118)
	%46 = bitcast i8* %v118 to i64*, !dbg !30
	store i64 30000, i64* %46, align 8, !dbg !30
	%v124 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v118, i64 8, i64 0), !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v118)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v125)
	%47 = bitcast i8* %v125 to i32*, !dbg !30
	store i32 0, i32* %47, align 4, !dbg !30
	%v129 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v125), !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v125)
	%48 = icmp ne i8* %v129, null
	br i1 %48, label %b6, label %b7, !dbg !30

b6:
	%49 = bitcast i8* %v129 to i64*, !dbg !30
	store i64 1, i64* %49, align 8, !dbg !30
	br label %b7, !dbg !30

b7:
	ret i64 0, !dbg !30
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
