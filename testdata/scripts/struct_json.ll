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
	%v168.slot = alloca [8 x i8], align 8
	%v168 = bitcast [8 x i8]* %v168.slot to i8*
	%v161.slot = alloca [8 x i8], align 8
	%v161 = bitcast [8 x i8]* %v161.slot to i8*
	%v145.slot = alloca [24 x i8], align 8
	%v145 = bitcast [24 x i8]* %v145.slot to i8*
	%v128.slot = alloca [32 x i8], align 8
	%v128 = bitcast [32 x i8]* %v128.slot to i8*
	%v114.slot = alloca [72 x i8], align 8
	%v114 = bitcast [72 x i8]* %v114.slot to i8*
	%v108.slot = alloca [8 x i8], align 8
	%v108 = bitcast [8 x i8]* %v108.slot to i8*
	%v84.slot = alloca [40 x i8], align 8
	%v84 = bitcast [40 x i8]* %v84.slot to i8*
	%v74.slot = alloca [8 x i8], align 8
	%v74 = bitcast [8 x i8]* %v74.slot to i8*
	%v73.slot = alloca [8 x i8], align 8
	%v73 = bitcast [8 x i8]* %v73.slot to i8*
	%v70.slot = alloca [8 x i8], align 8
	%v70 = bitcast [8 x i8]* %v70.slot to i8*
	%v64.slot = alloca [8 x i8], align 8
	%v64 = bitcast [8 x i8]* %v64.slot to i8*
	%v57.slot = alloca [8 x i8], align 8
	%v57 = bitcast [8 x i8]* %v57.slot to i8*
	%v56.slot = alloca [8 x i8], align 8
	%v56 = bitcast [8 x i8]* %v56.slot to i8*
	%v45.slot = alloca [16 x i8], align 8
	%v45 = bitcast [16 x i8]* %v45.slot to i8*
	%v42.slot = alloca [8 x i8], align 8
	%v42 = bitcast [8 x i8]* %v42.slot to i8*
	%v36.slot = alloca [8 x i8], align 8
	%v36 = bitcast [8 x i8]* %v36.slot to i8*
	%v30.slot = alloca [16 x i8], align 8
	%v30 = bitcast [16 x i8]* %v30.slot to i8*
	%v23.slot = alloca [56 x i8], align 8
	%v23 = bitcast [56 x i8]* %v23.slot to i8*
	%v20.slot = alloca [8 x i8], align 8
	%v20 = bitcast [8 x i8]* %v20.slot to i8*
	%v14.slot = alloca [8 x i8], align 8
	%v14 = bitcast [8 x i8]* %v14.slot to i8*
	%v10.slot = alloca [56 x i8], align 8
	%v10 = bitcast [56 x i8]* %v10.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !11
	%v3 = lshr i64 %v1, 32, !dbg !11
	%v7 = icmp ne i64 %v3, 4242, !dbg !11
	br i1 %v7, label %b1, label %b2, !dbg !11

b1:
	ret i64 0, !dbg !11

b2:
	%0 = getelementptr i8, i8* %ctx, i64 24, !dbg !13
	%1 = bitcast i8* %0 to i64*, !dbg !13
	%v9 = load i64, i64* %1, align 8, !dbg !13
	call void @llvm.lifetime.start.p0i8(i64 56, i8* %v10)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v10, i8 0, i64 56, i1 false), !dbg !14
	%v13 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v10, i64 56, i64 %v9), !dbg !14
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v14)
	%2 = bitcast i8* %v14 to i64*, !dbg !15
	store i64 0, i64* %2, align 8, !dbg !15
	%v19 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_s to i8*), i8* %v14, i8* %v10, i64 0), !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v14)
	call void @llvm.lifetime.end.p0i8(i64 56, i8* %v10)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v20)
	%3 = bitcast i8* %v20 to i64*, !dbg !17
	store i64 1, i64* %3, align 8, !dbg !17
	call void @llvm.lifetime.start.p0i8(i64 56, i8* %v23)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v23, i8 0, i64 56, i1 false), !dbg !17
	%v26 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v23, i64 56, i64 %v9), !dbg !17
	%v29 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k to i8*), i8* %v23, i8* %v20, i64 0), !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 56, i8* %v23)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v20)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v30)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v30, i8 0, i64 12, i1 false), !dbg !18
	%v33 = add i64 %v9, 20, !dbg !18
	%v35 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v30, i64 12, i64 %v33), !dbg !18
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v36)
	%4 = bitcast i8* %v36 to i64*, !dbg !19
	store i64 0, i64* %4, align 8, !dbg !19
	%v41 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_arr to i8*), i8* %v36, i8* %v30, i64 0), !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v36)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v30)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v42)
	%5 = bitcast i8* %v42 to i64*, !dbg !21
	store i64 2, i64* %5, align 8, !dbg !21
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v45)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v45, i8 0, i64 12, i1 false), !dbg !21
	%v50 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v45, i64 12, i64 %v33), !dbg !21
	%6 = getelementptr i8, i8* %v45, i64 12, !dbg !22
	%7 = bitcast i8* %6 to i32*, !dbg !22
	store i32 7305076, i32* %7, align 4, !dbg !22
	%v55 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ka to i8*), i8* %v45, i8* %v42, i64 0), !dbg !21
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v45)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v42)
	%v59 = add i64 %v9, 48, !dbg !23
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v57)
	%v61 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v57, i64 8, i64 %v59), !dbg !23
	%8 = bitcast i8* %v57 to i64*, !dbg !23
	%v62 = load i64, i64* %8, align 8, !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v57)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v56)
	%9 = bitcast i8* %v56 to i64*, !dbg !23
	store i64 %v62, i64* %9, align 8, !dbg !23
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v64)
	%10 = bitcast i8* %v64 to i64*, !dbg !24
	store i64 0, i64* %10, align 8, !dbg !24
	%v69 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_p to i8*), i8* %v64, i8* %v56, i64 0), !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v64)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v56)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v70)
	%11 = bitcast i8* %v70 to i64*, !dbg !26
	store i64 4, i64* %11, align 8, !dbg !26
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v74)
	%v78 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v74, i64 8, i64 %v59), !dbg !26
	%12 = bitcast i8* %v74 to i64*, !dbg !26
	%v79 = load i64, i64* %12, align 8, !dbg !26
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v74)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v73)
	%13 = bitcast i8* %v73 to i64*, !dbg !26
	store i64 %v79, i64* %13, align 8, !dbg !26
	%v83 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_kp to i8*), i8* %v73, i8* %v70, i64 0), !dbg !26
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v73)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v70)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v84)
	%14 = bitcast i8* %v84 to i64*, !dbg !27
	store i64 1, i64* %14, align 8, !dbg !27
	%15 = getelementptr i8, i8* %v84, i64 8, !dbg !28
	call void @llvm.memset.p0i8.i64(i8* align 8 %15, i8 0, i64 8, i1 false), !dbg !28
	%v89 = add i64 %v9, 12, !dbg !28
	%v91 = getelementptr i8, i8* %v84, i64 8, !dbg !28
	%v93 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v91, i64 8, i64 %v89), !dbg !28
	%16 = getelementptr i8, i8* %v84, i64 16, !dbg !29
	call void @llvm.memset.p0i8.i64(i8* align 8 %16, i8 0, i64 12, i1 false), !dbg !29
	%v98 = getelementptr i8, i8* %v84, i64 16, !dbg !29
	%v100 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v98, i64 12, i64 %v33), !dbg !29
	%17 = getelementptr i8, i8* %v84, i64 28, !dbg !30
	call void @llvm.memset.p0i8.i64(i8* align 4 %17, i8 0, i64 8, i1 false), !dbg !30
	%v103 = add i64 %v9, 4, !dbg !30
	%v105 = getelementptr i8, i8* %v84, i64 28, !dbg !30
	%v107 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v105, i64 8, i64 %v103), !dbg !30
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v108)
	%18 = bitcast i8* %v108 to i64*, !dbg !31
	store i64 0, i64* %18, align 8, !dbg !31
	%v113 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_t to i8*), i8* %v108, i8* %v84, i64 0), !dbg !31
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v108)
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v84)
	call void @llvm.lifetime.start.p0i8(i64 72, i8* %v114)
	%19 = bitcast i8* %v114 to i64*, !dbg !32
	store i64 30007, i64* %19, align 8, !dbg !32
	%20 = getelementptr i8, i8* %v114, i64 8, !dbg !32
	%21 = bitcast i8* %20 to i64*, !dbg !32
	store i64 0, i64* %21, align 8, !dbg !32
	%22 = getelementptr i8, i8* %v114, i64 16, !dbg !32
	call void @llvm.memset.p0i8.i64(i8* align 8 %22, i8 0, i64 56, i1 false), !dbg !32
	%v121 = getelementptr i8, i8* %v114, i64 16, !dbg !32
	%v123 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v121, i64 56, i64 %v9), !dbg !32
	%v127 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v114, i64 72, i64 0), !dbg !32
	call void @llvm.lifetime.end.p0i8(i64 72, i8* %v114)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v128)
	%23 = bitcast i8* %v128 to i64*, !dbg !33
	store i64 30007, i64* %23, align 8, !dbg !33
	%24 = getelementptr i8, i8* %v128, i64 8, !dbg !33
	%25 = bitcast i8* %24 to i64*, !dbg !33
	store i64 1, i64* %25, align 8, !dbg !33
	%26 = getelementptr i8, i8* %v128, i64 16, !dbg !33
	call void @llvm.memset.p0i8.i64(i8* align 8 %26, i8 0, i64 12, i1 false), !dbg !33
	%v137 = getelementptr i8, i8* %v128, i64 16, !dbg !33
	%v139 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v137, i64 12, i64 %v33), !dbg !33
	%27 = getelementptr i8, i8* %v128, i64 28, !dbg !33
	call void @llvm.memset.p0i8.i64(i8* align 4 %27, i8 0, i64 4, i1 false), !dbg !33
	%v144 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v128, i64 32, i64 0), !dbg !33
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v128)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v145)
	%28 = bitcast i8* %v145 to i64*, !dbg !34
	store i64 30007, i64* %28, align 8, !dbg !34
	%29 = getelementptr i8, i8* %v145, i64 8, !dbg !34
	%30 = bitcast i8* %29 to i64*, !dbg !34
	store i64 2, i64* %30, align 8, !dbg !34
	%31 = getelementptr i8, i8* %v145, i64 16, !dbg !34
	call void @llvm.memset.p0i8.i64(i8* align 8 %31, i8 0, i64 8, i1 false), !dbg !34
	%v154 = getelementptr i8, i8* %v145, i64 16, !dbg !34
	%v156 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v154, i64 8, i64 %v89), !dbg !34
	%v160 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v145, i64 24, i64 0), !dbg !34
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v145)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v161)
	%32 = bitcast i8* %v161 to i64*, !dbg !35
	store i64 30000, i64* %32, align 8, !dbg !35
	%v167 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v161, i64 8, i64 0), !dbg !35
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v161)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v168)
	%33 = bitcast i8* %v168 to i32*, !dbg !35
	store i32 0, i32* %33, align 4, !dbg !35
	%v172 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v168), !dbg !35
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v168)
	%34 = icmp ne i8* %v172, null
	br i1 %34, label %b3, label %b4, !dbg !35

b3:
	%35 = bitcast i8* %v172 to i64*, !dbg !35
	store i64 1, i64* %35, align 8, !dbg !35
	br label %b4, !dbg !35

b4:
	ret i64 0, !dbg !35
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
