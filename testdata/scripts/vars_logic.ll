target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_div = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_kind = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_mod = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_shift = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_str = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 64, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_close(i8* %ctx) nounwind section "bpftc/tp_sys_enter_close" !dbg !8 {
b0:
	%v132.slot = alloca [8 x i8], align 8
	%v132 = bitcast [8 x i8]* %v132.slot to i8*
	%v128.slot = alloca [8 x i8], align 8
	%v128 = bitcast [8 x i8]* %v128.slot to i8*
	%v122.slot = alloca [8 x i8], align 8
	%v122 = bitcast [8 x i8]* %v122.slot to i8*
	%v118.slot = alloca [8 x i8], align 8
	%v118 = bitcast [8 x i8]* %v118.slot to i8*
	%v112.slot = alloca [8 x i8], align 8
	%v112 = bitcast [8 x i8]* %v112.slot to i8*
	%v99.slot = alloca [8 x i8], align 8
	%v99 = bitcast [8 x i8]* %v99.slot to i8*
	%v93.slot = alloca [8 x i8], align 8
	%v93 = bitcast [8 x i8]* %v93.slot to i8*
	%v83.slot = alloca [64 x i8], align 8
	%v83 = bitcast [64 x i8]* %v83.slot to i8*
	%v78.slot = alloca [8 x i8], align 8
	%v78 = bitcast [8 x i8]* %v78.slot to i8*
	%v68.slot = alloca [8 x i8], align 8
	%v68 = bitcast [8 x i8]* %v68.slot to i8*
	%v56.slot = alloca [32 x i8], align 8
	%v56 = bitcast [32 x i8]* %v56.slot to i8*
	%v37.slot = alloca [40 x i8], align 8
	%v37 = bitcast [40 x i8]* %v37.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !11
	%v3 = lshr i64 %v1, 32, !dbg !11
	%v5.c = icmp eq i64 %v3, 4242, !dbg !11
	%v5 = zext i1 %v5.c to i64, !dbg !11
	br i1 %v5.c, label %b1, label %b2, !dbg !11

b1:
	%0 = getelementptr i8, i8* %ctx, i64 16, !dbg !13
	%1 = bitcast i8* %0 to i64*, !dbg !13
	%v8 = load i64, i64* %1, align 8, !dbg !13
	%v10.c = icmp ugt i64 %v8, 20, !dbg !13
	%v10 = zext i1 %v10.c to i64, !dbg !13
	br label %b2, !dbg !13

b2:
	%v13 = phi i64 [ %v5, %b0 ], [ %v10, %b1 ]
	%v15 = icmp eq i64 %v13, 0, !dbg !11
	br i1 %v15, label %b3, label %b4, !dbg !11

b3:
	ret i64 0, !dbg !11

b4:
	%2 = getelementptr i8, i8* %ctx, i64 16, !dbg !15
	%3 = bitcast i8* %2 to i64*, !dbg !15
	%v17 = load i64, i64* %3, align 8, !dbg !15
	%v19 = icmp uge i64 %v17, 100, !dbg !17
	br i1 %v19, label %b5, label %b6, !dbg !17

b5:
	br label %b7, !dbg !18

b6:
	br label %b7, !dbg !18

b7:
	%v22 = phi i64 [ 1, %b5 ], [ 0, %b6 ]
	%v25 = mul i64 %v17, 2, !dbg !20
	%v27 = sub i64 %v25, 7, !dbg !20
	%v29.c = icmp ne i64 %v22, 0, !dbg !22
	%v29 = zext i1 %v29.c to i64, !dbg !22
	%v31 = icmp eq i64 %v29, 0, !dbg !22
	br i1 %v31, label %b8, label %b9, !dbg !22

b8:
	%v33.c = icmp eq i64 %v17, 40, !dbg !24
	%v33 = zext i1 %v33.c to i64, !dbg !24
	br label %b9, !dbg !24

b9:
	%v36 = phi i64 [ %v29, %b7 ], [ %v33, %b8 ]
	%4 = icmp ne i64 %v36, 0
	br i1 %4, label %b10, label %b11, !dbg !24

b10:
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v37)
	%5 = bitcast i8* %v37 to i64*, !dbg !25
	store i64 0, i64* %5, align 8, !dbg !25
	%6 = getelementptr i8, i8* %v37, i64 8, !dbg !25
	%7 = bitcast i8* %6 to i64*, !dbg !25
	store i64 %v17, i64* %7, align 8, !dbg !25
	%8 = getelementptr i8, i8* %v37, i64 16, !dbg !25
	%9 = bitcast i8* %8 to i64*, !dbg !25
	store i64 %v22, i64* %9, align 8, !dbg !25
	%10 = getelementptr i8, i8* %v37, i64 24, !dbg !25
	%11 = bitcast i8* %10 to i64*, !dbg !25
	store i64 %v27, i64* %11, align 8, !dbg !25
	%v46 = sub i64 0, %v27, !dbg !26
	%12 = getelementptr i8, i8* %v37, i64 32, !dbg !25
	%13 = bitcast i8* %12 to i64*, !dbg !25
	store i64 %v46, i64* %13, align 8, !dbg !25
	%v51 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v37, i64 40, i64 0), !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v37)
	br label %b12, !dbg !25

b11:
	%v55 = icmp eq i64 %v17, 33, !dbg !28
	br i1 %v55, label %b13, label %b12, !dbg !28

b13:
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v56)
	%14 = bitcast i8* %v56 to i64*, !dbg !29
	store i64 1, i64* %14, align 8, !dbg !29
	%15 = getelementptr i8, i8* %v56, i64 8, !dbg !29
	%16 = bitcast i8* %15 to i64*, !dbg !29
	store i64 %v17, i64* %16, align 8, !dbg !29
	%17 = getelementptr i8, i8* %v56, i64 16, !dbg !29
	%18 = bitcast i8* %17 to i64*, !dbg !29
	store i64 -1, i64* %18, align 8, !dbg !29
	%19 = getelementptr i8, i8* %v56, i64 24, !dbg !29
	%20 = bitcast i8* %19 to i64*, !dbg !29
	store i64 255, i64* %20, align 8, !dbg !29
	%v67 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v56, i64 32, i64 0), !dbg !29
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v56)
	br label %b12, !dbg !29

b12:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v68)
	%21 = bitcast i8* %v68 to i64*, !dbg !32
	store i64 %v22, i64* %21, align 8, !dbg !32
	%v74 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_kind to i8*), i8* %v68), !dbg !32
	%22 = icmp ne i8* %v74, null
	br i1 %22, label %b15, label %b16, !dbg !32

b15:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v68)
	%23 = bitcast i8* %v74 to i64*, !dbg !32
	%v75 = load i64, i64* %23, align 8, !dbg !32
	%v76 = add i64 %v75, 1, !dbg !32
	%24 = bitcast i8* %v74 to i64*, !dbg !32
	store i64 %v76, i64* %24, align 8, !dbg !32
	br label %b17, !dbg !32

b16:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v78)
	%25 = bitcast i8* %v78 to i64*, !dbg !32
	store i64 1, i64* %25, align 8, !dbg !32
	%v82 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_kind to i8*), i8* %v68, i8* %v78, i64 0), !dbg !32
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v78)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v68)
	br label %b17, !dbg !32

b17:
	call void @llvm.lifetime.start.p0i8(i64 64, i8* %v83)
	%26 = icmp ne i64 %v22, 0
	br i1 %26, label %b18, label %b19, !dbg !32

b18:
	%27 = bitcast i8* %v83 to i32*, !dbg !33
	store i32 6777186, i32* %27, align 4, !dbg !33
	%28 = getelementptr i8, i8* %v83, i64 4, !dbg !33
	call void @llvm.memset.p0i8.i64(i8* align 4 %28, i8 0, i64 60, i1 false), !dbg !33
	br label %b20, !dbg !33

b19:
	%29 = bitcast i8* %v83 to i32*, !dbg !34
	store i32 1818324339, i32* %29, align 4, !dbg !34
	%30 = getelementptr i8, i8* %v83, i64 4, !dbg !34
	%31 = bitcast i8* %30 to i16*, !dbg !34
	store i16 108, i16* %31, align 2, !dbg !34
	%32 = getelementptr i8, i8* %v83, i64 6, !dbg !34
	call void @llvm.memset.p0i8.i64(i8* align 2 %32, i8 0, i64 58, i1 false), !dbg !34
	br label %b20, !dbg !34

b20:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v93)
	%33 = bitcast i8* %v93 to i64*, !dbg !35
	store i64 0, i64* %33, align 8, !dbg !35
	%v98 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_str to i8*), i8* %v93, i8* %v83, i64 0), !dbg !35
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v93)
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v83)
	%v107 = or i64 u0x200000000, %v17, !dbg !36
	%34 = trunc i64 %v107 to i32, !dbg !36
	%v108 = zext i32 %34 to i64, !dbg !36
	%v110 = lshr i64 %v108, 1, !dbg !36
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v99)
	%35 = bitcast i8* %v99 to i64*, !dbg !37
	store i64 %v110, i64* %35, align 8, !dbg !37
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v112)
	%36 = bitcast i8* %v112 to i64*, !dbg !37
	store i64 0, i64* %36, align 8, !dbg !37
	%v117 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_shift to i8*), i8* %v112, i8* %v99, i64 0), !dbg !37
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v112)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v99)
	%v120 = call i64 asm "$0 /= $2", "=r,0,r"(i64 100, i64 %v17), !dbg !38
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v118)
	%37 = bitcast i8* %v118 to i64*, !dbg !39
	store i64 %v120, i64* %37, align 8, !dbg !39
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v122)
	%38 = bitcast i8* %v122 to i64*, !dbg !39
	store i64 0, i64* %38, align 8, !dbg !39
	%v127 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_div to i8*), i8* %v122, i8* %v118, i64 0), !dbg !39
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v122)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v118)
	%39 = call i64 asm "$0 /= $2", "=r,0,r"(i64 100, i64 %v17), !dbg !40
	%40 = mul i64 %39, %v17, !dbg !40
	%v130 = sub i64 100, %40, !dbg !40
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v128)
	%41 = bitcast i8* %v128 to i64*, !dbg !41
	store i64 %v130, i64* %41, align 8, !dbg !41
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v132)
	%42 = bitcast i8* %v132 to i64*, !dbg !41
	store i64 0, i64* %42, align 8, !dbg !41
	%v137 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mod to i8*), i8* %v132, i8* %v128, i64 0), !dbg !41
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v132)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v128)
	ret i64 0, !dbg !41
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
!8 = distinct !DISubprogram(name: "tp_sys_enter_close", scope: !0, file: !0, line: 181, type: !4, scopeLine: 181, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 181, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 181, scope: !8)
!12 = !DILocation(line: 189, scope: !8)
!13 = !DILocation(line: 195, scope: !8)
!14 = !DILocation(line: 206, scope: !8)
!15 = !DILocation(line: 219, scope: !8)
!16 = !DILocation(line: 244, scope: !8)
!17 = !DILocation(line: 237, scope: !8)
!18 = !DILocation(line: 250, scope: !8)
!19 = !DILocation(line: 269, scope: !8)
!20 = !DILocation(line: 263, scope: !8)
!21 = !DILocation(line: 273, scope: !8)
!22 = !DILocation(line: 280, scope: !8)
!23 = !DILocation(line: 296, scope: !8)
!24 = !DILocation(line: 289, scope: !8)
!25 = !DILocation(line: 304, scope: !8)
!26 = !DILocation(line: 356, scope: !8)
!27 = !DILocation(line: 383, scope: !8)
!28 = !DILocation(line: 373, scope: !8)
!29 = !DILocation(line: 392, scope: !8)
!30 = !DILocation(line: 425, scope: !8)
!31 = !DILocation(line: 429, scope: !8)
!32 = !DILocation(line: 439, scope: !8)
!33 = !DILocation(line: 477, scope: !8)
!34 = !DILocation(line: 485, scope: !8)
!35 = !DILocation(line: 463, scope: !8)
!36 = !DILocation(line: 504, scope: !8)
!37 = !DILocation(line: 495, scope: !8)
!38 = !DILocation(line: 542, scope: !8)
!39 = !DILocation(line: 535, scope: !8)
!40 = !DILocation(line: 561, scope: !8)
!41 = !DILocation(line: 554, scope: !8)
