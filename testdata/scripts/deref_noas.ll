target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_a = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_arr = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_b = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_bar = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_foo = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_x = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" !dbg !8 {
b0:
	%v118.slot = alloca [8 x i8], align 8
	%v118 = bitcast [8 x i8]* %v118.slot to i8*
	%v111.slot = alloca [8 x i8], align 8
	%v111 = bitcast [8 x i8]* %v111.slot to i8*
	%v100.slot = alloca [8 x i8], align 8
	%v100 = bitcast [8 x i8]* %v100.slot to i8*
	%v96.slot = alloca [24 x i8], align 8
	%v96 = bitcast [24 x i8]* %v96.slot to i8*
	%v83.slot = alloca [8 x i8], align 8
	%v83 = bitcast [8 x i8]* %v83.slot to i8*
	%v81.slot = alloca [8 x i8], align 8
	%v81 = bitcast [8 x i8]* %v81.slot to i8*
	%v75.slot = alloca [8 x i8], align 8
	%v75 = bitcast [8 x i8]* %v75.slot to i8*
	%v67.slot = alloca [8 x i8], align 8
	%v67 = bitcast [8 x i8]* %v67.slot to i8*
	%v58.slot = alloca [8 x i8], align 8
	%v58 = bitcast [8 x i8]* %v58.slot to i8*
	%v52.slot = alloca [8 x i8], align 8
	%v52 = bitcast [8 x i8]* %v52.slot to i8*
	%v38.slot = alloca [8 x i8], align 8
	%v38 = bitcast [8 x i8]* %v38.slot to i8*
	%v17.slot = alloca [8 x i8], align 8
	%v17 = bitcast [8 x i8]* %v17.slot to i8*
	%v15.slot = alloca [8 x i8], align 8
	%v15 = bitcast [8 x i8]* %v15.slot to i8*
	%v9.slot = alloca [8 x i8], align 8
	%v9 = bitcast [8 x i8]* %v9.slot to i8*
	%v3.slot = alloca [8 x i8], align 8
	%v3 = bitcast [8 x i8]* %v3.slot to i8*
	%v2.slot = alloca [8 x i8], align 8
	%v2 = bitcast [8 x i8]* %v2.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v3)
	%v5 = call i64 inttoptr (i64 4 to i64 (i8*, i64, i64)*)(i8* %v3, i64 4, i64 0), !dbg !12
	%0 = bitcast i8* %v3 to i32*, !dbg !12
	%1 = load i32, i32* %0, align 4, !dbg !12
	%v6 = sext i32 %1 to i64, !dbg !12
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v3)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v2)
	%2 = bitcast i8* %v2 to i64*, !dbg !13
	store i64 %v6, i64* %2, align 8, !dbg !13
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v9)
	%3 = bitcast i8* %v9 to i64*, !dbg !13
	store i64 0, i64* %3, align 8, !dbg !13
	%v14 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v9, i8* %v2, i64 0), !dbg !13
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v2)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v17)
	%v19 = call i64 inttoptr (i64 4 to i64 (i8*, i64, i64)*)(i8* %v17, i64 1, i64 0), !dbg !14
	%4 = load i8, i8* %v17, align 1, !dbg !14
	%v20 = zext i8 %4 to i64, !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v17)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v15)
	%5 = bitcast i8* %v15 to i64*, !dbg !15
	store i64 %v20, i64* %5, align 8, !dbg !15
	%v28 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_b to i8*), i8* %v9, i8* %v15, i64 0), !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v15)
	%v37 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_foo to i8*), i8* %v9, i8* %v9, i64 0), !dbg !16
	%v44 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_foo to i8*), i8* %v9), !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v9)
	%6 = icmp ne i8* %v44, null
	br i1 %6, label %b1, label %b2, !dbg !17

b1:
	%7 = bitcast i8* %v44 to i64*, !dbg !17
	%v45 = load i64, i64* %7, align 8, !dbg !17
	br label %b2, !dbg !17

b2:
	%v46 = phi i64 [ 0, %b0 ], [ %v45, %b1 ]
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v38)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v38, i8 0, i64 8, i1 false), !dbg !17
	%v49 = add i64 %v46, 4, !dbg !17
	%v51 = call i64 inttoptr (i64 4 to i64 (i8*, i64, i64)*)(i8* %v38, i64 8, i64 %v49), !dbg !17
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v52)
	%8 = bitcast i8* %v52 to i64*, !dbg !18
	store i64 0, i64* %8, align 8, !dbg !18
	%v57 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_bar to i8*), i8* %v52, i8* %v38, i64 0), !dbg !18
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v38)
	%v64 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_foo to i8*), i8* %v52), !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v52)
	%9 = icmp ne i8* %v64, null
	br i1 %9, label %b3, label %b4, !dbg !19

b3:
	%10 = bitcast i8* %v64 to i64*, !dbg !19
	%v65 = load i64, i64* %10, align 8, !dbg !19
	br label %b4, !dbg !19

b4:
	%v66 = phi i64 [ 0, %b2 ], [ %v65, %b3 ]
	%v69 = add i64 %v66, 4, !dbg !19
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v67)
	%v71 = call i64 inttoptr (i64 4 to i64 (i8*, i64, i64)*)(i8* %v67, i64 4, i64 %v69), !dbg !19
	%11 = bitcast i8* %v67 to i32*, !dbg !19
	%12 = load i32, i32* %11, align 4, !dbg !19
	%v72 = sext i32 %12 to i64, !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v67)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v58)
	%13 = bitcast i8* %v58 to i64*, !dbg !20
	store i64 %v72, i64* %13, align 8, !dbg !20
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v75)
	%14 = bitcast i8* %v75 to i64*, !dbg !20
	store i64 0, i64* %14, align 8, !dbg !20
	%v80 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_x to i8*), i8* %v75, i8* %v58, i64 0), !dbg !20
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v58)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v83)
	%v87 = call i64 inttoptr (i64 4 to i64 (i8*, i64, i64)*)(i8* %v83, i64 8, i64 24), !dbg !21
	%15 = bitcast i8* %v83 to i64*, !dbg !21
	%v88 = load i64, i64* %15, align 8, !dbg !21
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v83)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v81)
	%16 = bitcast i8* %v81 to i64*, !dbg !22
	store i64 %v88, i64* %16, align 8, !dbg !22
	%v95 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_arr to i8*), i8* %v75, i8* %v81, i64 0), !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v81)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v75)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v96)
	%17 = bitcast i8* %v96 to i64*, !dbg !23
	store i64 0, i64* %17, align 8, !dbg !23
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v100)
	%v102 = call i64 inttoptr (i64 4 to i64 (i8*, i64, i64)*)(i8* %v100, i64 2, i64 16), !dbg !24
	%18 = bitcast i8* %v100 to i16*, !dbg !24
	%19 = load i16, i16* %18, align 2, !dbg !24
	%v103 = zext i16 %19 to i64, !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v100)
	%20 = getelementptr i8, i8* %v96, i64 8, !dbg !23
	%21 = bitcast i8* %20 to i64*, !dbg !23
	store i64 %v103, i64* %21, align 8, !dbg !23
	%22 = getelementptr i8, i8* %v96, i64 16, !dbg !23
	%23 = bitcast i8* %22 to i64*, !dbg !23
	store i64 16, i64* %23, align 8, !dbg !23
	%v110 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v96, i64 24, i64 0), !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v96)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v111)
	%24 = bitcast i8* %v111 to i64*, !dbg !25
	store i64 30000, i64* %24, align 8, !dbg !25
	%v117 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v111, i64 8, i64 0), !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v111)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v118)
	%25 = bitcast i8* %v118 to i32*, !dbg !25
	store i32 0, i32* %25, align 4, !dbg !25
	%v122 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v118), !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v118)
	%26 = icmp ne i8* %v122, null
	br i1 %26, label %b5, label %b6, !dbg !25

b5:
	%27 = bitcast i8* %v122 to i64*, !dbg !25
	store i64 1, i64* %27, align 8, !dbg !25
	br label %b6, !dbg !25

b6:
	ret i64 0, !dbg !25
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
!8 = distinct !DISubprogram(name: "BEGIN", scope: !0, file: !0, line: 264, type: !4, scopeLine: 264, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 264, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 264, scope: !8)
!12 = !DILocation(line: 275, scope: !8)
!13 = !DILocation(line: 270, scope: !8)
!14 = !DILocation(line: 286, scope: !8)
!15 = !DILocation(line: 281, scope: !8)
!16 = !DILocation(line: 300, scope: !8)
!17 = !DILocation(line: 332, scope: !8)
!18 = !DILocation(line: 325, scope: !8)
!19 = !DILocation(line: 349, scope: !8)
!20 = !DILocation(line: 344, scope: !8)
!21 = !DILocation(line: 370, scope: !8)
!22 = !DILocation(line: 363, scope: !8)
!23 = !DILocation(line: 388, scope: !8)
!24 = !DILocation(line: 406, scope: !8)
!25 = !DILocation(line: 438, scope: !8)
