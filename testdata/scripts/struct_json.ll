target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_arr = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 12, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_k = global { i32, i32, i32, i32, i32 } { i32 1, i32 56, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_ka = global { i32, i32, i32, i32, i32 } { i32 1, i32 16, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_kp = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_p = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_s = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 56, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_t = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 40, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_write(i8* %ctx) nounwind section "bpftc/tp_sys_enter_write" !dbg !8 {
b0:
	%v166.slot = alloca [8 x i8], align 8
	%v166 = bitcast [8 x i8]* %v166.slot to i8*
	%v159.slot = alloca [8 x i8], align 8
	%v159 = bitcast [8 x i8]* %v159.slot to i8*
	%v143.slot = alloca [24 x i8], align 8
	%v143 = bitcast [24 x i8]* %v143.slot to i8*
	%v126.slot = alloca [32 x i8], align 8
	%v126 = bitcast [32 x i8]* %v126.slot to i8*
	%v112.slot = alloca [72 x i8], align 8
	%v112 = bitcast [72 x i8]* %v112.slot to i8*
	%v82.slot = alloca [40 x i8], align 8
	%v82 = bitcast [40 x i8]* %v82.slot to i8*
	%v72.slot = alloca [8 x i8], align 8
	%v72 = bitcast [8 x i8]* %v72.slot to i8*
	%v71.slot = alloca [8 x i8], align 8
	%v71 = bitcast [8 x i8]* %v71.slot to i8*
	%v68.slot = alloca [8 x i8], align 8
	%v68 = bitcast [8 x i8]* %v68.slot to i8*
	%v55.slot = alloca [8 x i8], align 8
	%v55 = bitcast [8 x i8]* %v55.slot to i8*
	%v54.slot = alloca [8 x i8], align 8
	%v54 = bitcast [8 x i8]* %v54.slot to i8*
	%v43.slot = alloca [16 x i8], align 8
	%v43 = bitcast [16 x i8]* %v43.slot to i8*
	%v40.slot = alloca [8 x i8], align 8
	%v40 = bitcast [8 x i8]* %v40.slot to i8*
	%v28.slot = alloca [16 x i8], align 8
	%v28 = bitcast [16 x i8]* %v28.slot to i8*
	%v21.slot = alloca [56 x i8], align 8
	%v21 = bitcast [56 x i8]* %v21.slot to i8*
	%v18.slot = alloca [8 x i8], align 8
	%v18 = bitcast [8 x i8]* %v18.slot to i8*
	%v12.slot = alloca [8 x i8], align 8
	%v12 = bitcast [8 x i8]* %v12.slot to i8*
	%v8.slot = alloca [56 x i8], align 8
	%v8 = bitcast [56 x i8]* %v8.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !11
	%v3 = lshr i64 %v1, 32, !dbg !11
	%v5 = icmp eq i64 %v3, 4242, !dbg !11
	br i1 %v5, label %b1, label %b2, !dbg !11

b1:
	%0 = getelementptr i8, i8* %ctx, i64 24, !dbg !13
	%1 = bitcast i8* %0 to i64*, !dbg !13
	%v7 = load i64, i64* %1, align 8, !dbg !13
	call void @llvm.lifetime.start.p0i8(i64 56, i8* %v8)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v8, i8 0, i64 56, i1 false), !dbg !14
	%v11 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v8, i64 56, i64 %v7), !dbg !14
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v12)
	%2 = bitcast i8* %v12 to i64*, !dbg !15
	store i64 0, i64* %2, align 8, !dbg !15
	%v17 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_s to i8*), i8* %v12, i8* %v8, i64 0), !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 56, i8* %v8)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v18)
	%3 = bitcast i8* %v18 to i64*, !dbg !17
	store i64 1, i64* %3, align 8, !dbg !17
	call void @llvm.lifetime.start.p0i8(i64 56, i8* %v21)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v21, i8 0, i64 56, i1 false), !dbg !17
	%v24 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v21, i64 56, i64 %v7), !dbg !17
	%v27 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k to i8*), i8* %v21, i8* %v18, i64 0), !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 56, i8* %v21)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v18)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v28)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v28, i8 0, i64 12, i1 false), !dbg !18
	%v31 = add i64 %v7, 20, !dbg !18
	%v33 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v28, i64 12, i64 %v31), !dbg !18
	%v39 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_arr to i8*), i8* %v12, i8* %v28, i64 0), !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v28)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v40)
	%4 = bitcast i8* %v40 to i64*, !dbg !21
	store i64 2, i64* %4, align 8, !dbg !21
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v43)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v43, i8 0, i64 12, i1 false), !dbg !21
	%v48 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v43, i64 12, i64 %v31), !dbg !21
	%5 = getelementptr i8, i8* %v43, i64 12, !dbg !22
	%6 = bitcast i8* %5 to i32*, !dbg !22
	store i32 7305076, i32* %6, align 4, !dbg !22
	%v53 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ka to i8*), i8* %v43, i8* %v40, i64 0), !dbg !21
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v43)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v40)
	%v57 = add i64 %v7, 48, !dbg !23
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v55)
	%v59 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v55, i64 8, i64 %v57), !dbg !23
	%7 = bitcast i8* %v55 to i64*, !dbg !23
	%v60 = load i64, i64* %7, align 8, !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v55)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v54)
	%8 = bitcast i8* %v54 to i64*, !dbg !23
	store i64 %v60, i64* %8, align 8, !dbg !23
	%v67 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_p to i8*), i8* %v12, i8* %v54, i64 0), !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v54)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v68)
	%9 = bitcast i8* %v68 to i64*, !dbg !26
	store i64 4, i64* %9, align 8, !dbg !26
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v72)
	%v76 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v72, i64 8, i64 %v57), !dbg !26
	%10 = bitcast i8* %v72 to i64*, !dbg !26
	%v77 = load i64, i64* %10, align 8, !dbg !26
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v72)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v71)
	%11 = bitcast i8* %v71 to i64*, !dbg !26
	store i64 %v77, i64* %11, align 8, !dbg !26
	%v81 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_kp to i8*), i8* %v71, i8* %v68, i64 0), !dbg !26
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v71)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v68)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v82)
	%12 = bitcast i8* %v82 to i64*, !dbg !27
	store i64 1, i64* %12, align 8, !dbg !27
	%13 = getelementptr i8, i8* %v82, i64 8, !dbg !28
	call void @llvm.memset.p0i8.i64(i8* align 8 %13, i8 0, i64 8, i1 false), !dbg !28
	%v87 = add i64 %v7, 12, !dbg !28
	%v89 = getelementptr i8, i8* %v82, i64 8, !dbg !28
	%v91 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v89, i64 8, i64 %v87), !dbg !28
	%14 = getelementptr i8, i8* %v82, i64 16, !dbg !29
	call void @llvm.memset.p0i8.i64(i8* align 8 %14, i8 0, i64 12, i1 false), !dbg !29
	%v96 = getelementptr i8, i8* %v82, i64 16, !dbg !29
	%v98 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v96, i64 12, i64 %v31), !dbg !29
	%15 = getelementptr i8, i8* %v82, i64 28, !dbg !30
	call void @llvm.memset.p0i8.i64(i8* align 4 %15, i8 0, i64 8, i1 false), !dbg !30
	%v101 = add i64 %v7, 4, !dbg !30
	%v103 = getelementptr i8, i8* %v82, i64 28, !dbg !30
	%v105 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v103, i64 8, i64 %v101), !dbg !30
	%v111 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_t to i8*), i8* %v12, i8* %v82, i64 0), !dbg !31
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v82)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v12)
	call void @llvm.lifetime.start.p0i8(i64 72, i8* %v112)
	%16 = bitcast i8* %v112 to i64*, !dbg !32
	store i64 30007, i64* %16, align 8, !dbg !32
	%17 = getelementptr i8, i8* %v112, i64 8, !dbg !32
	%18 = bitcast i8* %17 to i64*, !dbg !32
	store i64 0, i64* %18, align 8, !dbg !32
	%19 = getelementptr i8, i8* %v112, i64 16, !dbg !32
	call void @llvm.memset.p0i8.i64(i8* align 8 %19, i8 0, i64 56, i1 false), !dbg !32
	%v119 = getelementptr i8, i8* %v112, i64 16, !dbg !32
	%v121 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v119, i64 56, i64 %v7), !dbg !32
	%v125 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v112, i64 72, i64 0), !dbg !32
	call void @llvm.lifetime.end.p0i8(i64 72, i8* %v112)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v126)
	%20 = bitcast i8* %v126 to i64*, !dbg !33
	store i64 30007, i64* %20, align 8, !dbg !33
	%21 = getelementptr i8, i8* %v126, i64 8, !dbg !33
	%22 = bitcast i8* %21 to i64*, !dbg !33
	store i64 1, i64* %22, align 8, !dbg !33
	%23 = getelementptr i8, i8* %v126, i64 16, !dbg !33
	call void @llvm.memset.p0i8.i64(i8* align 8 %23, i8 0, i64 12, i1 false), !dbg !33
	%v135 = getelementptr i8, i8* %v126, i64 16, !dbg !33
	%v137 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v135, i64 12, i64 %v31), !dbg !33
	%24 = getelementptr i8, i8* %v126, i64 28, !dbg !33
	call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 4, i1 false), !dbg !33
	%v142 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v126, i64 32, i64 0), !dbg !33
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v126)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v143)
	%25 = bitcast i8* %v143 to i64*, !dbg !34
	store i64 30007, i64* %25, align 8, !dbg !34
	%26 = getelementptr i8, i8* %v143, i64 8, !dbg !34
	%27 = bitcast i8* %26 to i64*, !dbg !34
	store i64 2, i64* %27, align 8, !dbg !34
	%28 = getelementptr i8, i8* %v143, i64 16, !dbg !34
	call void @llvm.memset.p0i8.i64(i8* align 8 %28, i8 0, i64 8, i1 false), !dbg !34
	%v152 = getelementptr i8, i8* %v143, i64 16, !dbg !34
	%v154 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v152, i64 8, i64 %v87), !dbg !34
	%v158 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v143, i64 24, i64 0), !dbg !34
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v143)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v159)
	%29 = bitcast i8* %v159 to i64*, !dbg !35
	store i64 30000, i64* %29, align 8, !dbg !35
	%v165 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v159, i64 8, i64 0), !dbg !35
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v159)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v166)
	%30 = bitcast i8* %v166 to i32*, !dbg !35
	store i32 0, i32* %30, align 4, !dbg !35
	%v170 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v166), !dbg !35
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v166)
	%31 = icmp ne i8* %v170, null
	br i1 %31, label %b3, label %b2, !dbg !35

b3:
	%32 = bitcast i8* %v170 to i64*, !dbg !35
	store i64 1, i64* %32, align 8, !dbg !35
	br label %b2, !dbg !35

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
!8 = distinct !DISubprogram(name: "tp_sys_enter_write", scope: !0, file: !0, line: 403, type: !4, scopeLine: 403, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 403, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 403, scope: !8)
!12 = !DILocation(line: 411, scope: !8)
!13 = !DILocation(line: 423, scope: !8)
!14 = !DILocation(line: 452, scope: !8)
!15 = !DILocation(line: 447, scope: !8)
!16 = !DILocation(line: 468, scope: !8)
!17 = !DILocation(line: 458, scope: !8)
!18 = !DILocation(line: 479, scope: !8)
!19 = !DILocation(line: 472, scope: !8)
!20 = !DILocation(line: 511, scope: !8)
!21 = !DILocation(line: 489, scope: !8)
!22 = !DILocation(line: 502, scope: !8)
!23 = !DILocation(line: 520, scope: !8)
!24 = !DILocation(line: 515, scope: !8)
!25 = !DILocation(line: 541, scope: !8)
!26 = !DILocation(line: 528, scope: !8)
!27 = !DILocation(line: 550, scope: !8)
!28 = !DILocation(line: 554, scope: !8)
!29 = !DILocation(line: 565, scope: !8)
!30 = !DILocation(line: 574, scope: !8)
!31 = !DILocation(line: 545, scope: !8)
!32 = !DILocation(line: 586, scope: !8)
!33 = !DILocation(line: 599, scope: !8)
!34 = !DILocation(line: 616, scope: !8)
!35 = !DILocation(line: 635, scope: !8)
