target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_ = global { i32, i32, i32, i32, i32 } { i32 5, i32 64, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_last = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 64, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_short = global { i32, i32, i32, i32, i32 } { i32 5, i32 64, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_openat(i8* %ctx) nounwind section "bpftc/tp_sys_enter_openat" !dbg !8 {
b0:
	%v73.slot = alloca [8 x i8], align 8
	%v73 = bitcast [8 x i8]* %v73.slot to i8*
	%v62.slot = alloca [64 x i8], align 8
	%v62 = bitcast [64 x i8]* %v62.slot to i8*
	%v56.slot = alloca [8 x i8], align 8
	%v56 = bitcast [8 x i8]* %v56.slot to i8*
	%v54.slot = alloca [64 x i8], align 8
	%v54 = bitcast [64 x i8]* %v54.slot to i8*
	%v45.slot = alloca [8 x i8], align 8
	%v45 = bitcast [8 x i8]* %v45.slot to i8*
	%v34.slot = alloca [64 x i8], align 8
	%v34 = bitcast [64 x i8]* %v34.slot to i8*
	%v9.slot = alloca [200 x i8], align 8
	%v9 = bitcast [200 x i8]* %v9.slot to i8*
	%v1.slot = alloca [64 x i8], align 8
	%v1 = bitcast [64 x i8]* %v1.slot to i8*
	%v3 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !11
	%v5 = lshr i64 %v3, 32, !dbg !11
	%v7 = icmp eq i64 %v5, 4242, !dbg !11
	br i1 %v7, label %b1, label %b2, !dbg !11

b1:
	call void @llvm.lifetime.start.p0i8(i64 200, i8* %v9)
	%0 = bitcast i8* %v9 to i64*, !dbg !13
	store i64 0, i64* %0, align 8, !dbg !13
	%1 = getelementptr i8, i8* %ctx, i64 24, !dbg !14
	%2 = bitcast i8* %1 to i64*, !dbg !14
	%v12 = load i64, i64* %2, align 8, !dbg !14
	%3 = getelementptr i8, i8* %v9, i64 8, !dbg !14
	call void @llvm.memset.p0i8.i64(i8* align 8 %3, i8 0, i64 64, i1 false), !dbg !14
	%v16 = getelementptr i8, i8* %v9, i64 8, !dbg !14
	%v17 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v16, i64 64, i64 %v12), !dbg !14
	%4 = getelementptr i8, i8* %ctx, i64 24, !dbg !15
	%5 = bitcast i8* %4 to i64*, !dbg !15
	%v18 = load i64, i64* %5, align 8, !dbg !15
	%6 = getelementptr i8, i8* %v9, i64 72, !dbg !15
	call void @llvm.memset.p0i8.i64(i8* align 8 %6, i8 0, i64 64, i1 false), !dbg !15
	%v22 = getelementptr i8, i8* %v9, i64 72, !dbg !15
	%v23 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v22, i64 6, i64 %v18), !dbg !15
	%7 = getelementptr i8, i8* %ctx, i64 24, !dbg !16
	%8 = bitcast i8* %7 to i64*, !dbg !16
	%v24 = load i64, i64* %8, align 8, !dbg !16
	%9 = getelementptr i8, i8* %v9, i64 136, !dbg !16
	call void @llvm.memset.p0i8.i64(i8* align 8 %9, i8 0, i64 64, i1 false), !dbg !16
	%v28 = getelementptr i8, i8* %v9, i64 136, !dbg !16
	%v29 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v28, i64 1, i64 %v24), !dbg !16
	%v33 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v9, i64 200, i64 0), !dbg !13
	call void @llvm.lifetime.end.p0i8(i64 200, i8* %v9)
	%10 = getelementptr i8, i8* %ctx, i64 24, !dbg !17
	%11 = bitcast i8* %10 to i64*, !dbg !17
	%v35 = load i64, i64* %11, align 8, !dbg !17
	call void @llvm.lifetime.start.p0i8(i64 64, i8* %v34)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v34, i8 0, i64 64, i1 false), !dbg !17
	%v38 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v34, i64 64, i64 %v35), !dbg !17
	%v41 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ to i8*), i8* %v34), !dbg !17
	%12 = icmp ne i8* %v41, null
	br i1 %12, label %b3, label %b4, !dbg !17

b3:
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v34)
	%13 = bitcast i8* %v41 to i64*, !dbg !17
	%v42 = load i64, i64* %13, align 8, !dbg !17
	%v43 = add i64 %v42, 1, !dbg !17
	%14 = bitcast i8* %v41 to i64*, !dbg !17
	store i64 %v43, i64* %14, align 8, !dbg !17
	br label %b5, !dbg !17

b4:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v45)
	%15 = bitcast i8* %v45 to i64*, !dbg !17
	store i64 1, i64* %15, align 8, !dbg !17
	%v49 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ to i8*), i8* %v34, i8* %v45, i64 0), !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v45)
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v34)
	br label %b5, !dbg !17

b5:
	%16 = getelementptr i8, i8* %ctx, i64 24, !dbg !18
	%17 = bitcast i8* %16 to i64*, !dbg !18
	%v50 = load i64, i64* %17, align 8, !dbg !18
	call void @llvm.lifetime.start.p0i8(i64 64, i8* %v1)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v1, i8 0, i64 64, i1 false), !dbg !18
	%v53 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v1, i64 64, i64 %v50), !dbg !18
	call void @llvm.lifetime.start.p0i8(i64 64, i8* %v54)
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %v54, i8* align 8 %v1, i64 64, i1 false), !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v1)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v56)
	%18 = bitcast i8* %v56 to i64*, !dbg !20
	store i64 0, i64* %18, align 8, !dbg !20
	%v61 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_last to i8*), i8* %v56, i8* %v54, i64 0), !dbg !20
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v56)
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v54)
	%19 = getelementptr i8, i8* %ctx, i64 24, !dbg !21
	%20 = bitcast i8* %19 to i64*, !dbg !21
	%v63 = load i64, i64* %20, align 8, !dbg !21
	call void @llvm.lifetime.start.p0i8(i64 64, i8* %v62)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v62, i8 0, i64 64, i1 false), !dbg !21
	%v66 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v62, i64 5, i64 %v63), !dbg !21
	%v69 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_short to i8*), i8* %v62), !dbg !21
	%21 = icmp ne i8* %v69, null
	br i1 %21, label %b6, label %b7, !dbg !21

b6:
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v62)
	%22 = bitcast i8* %v69 to i64*, !dbg !21
	%v70 = load i64, i64* %22, align 8, !dbg !21
	%v71 = add i64 %v70, 1, !dbg !21
	%23 = bitcast i8* %v69 to i64*, !dbg !21
	store i64 %v71, i64* %23, align 8, !dbg !21
	br label %b2, !dbg !21

b7:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v73)
	%24 = bitcast i8* %v73 to i64*, !dbg !21
	store i64 1, i64* %24, align 8, !dbg !21
	%v77 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_short to i8*), i8* %v62, i8* %v73, i64 0), !dbg !21
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v73)
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v62)
	br label %b2, !dbg !21

b2:
	ret i64 0, !dbg !11
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memset.p0i8.i64(i8* %0, i8 %1, i64 %2, i1 %3) argmemonly nounwind

declare void @llvm.memcpy.p0i8.p0i8.i64(i8* %0, i8* %1, i64 %2, i1 %3) argmemonly nounwind

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
!8 = distinct !DISubprogram(name: "tp_sys_enter_openat", scope: !0, file: !0, line: 353, type: !4, scopeLine: 353, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 353, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 353, scope: !8)
!12 = !DILocation(line: 361, scope: !8)
!13 = !DILocation(line: 368, scope: !8)
!14 = !DILocation(line: 390, scope: !8)
!15 = !DILocation(line: 411, scope: !8)
!16 = !DILocation(line: 435, scope: !8)
!17 = !DILocation(line: 461, scope: !8)
!18 = !DILocation(line: 501, scope: !8)
!19 = !DILocation(line: 531, scope: !8)
!20 = !DILocation(line: 523, scope: !8)
!21 = !DILocation(line: 536, scope: !8)
