target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_ = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_first = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_last = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" !dbg !8 {
b0:
	%v15.slot = alloca [8 x i8], align 8
	%v15 = bitcast [8 x i8]* %v15.slot to i8*
	%v12.slot = alloca [8 x i8], align 8
	%v12 = bitcast [8 x i8]* %v12.slot to i8*
	%v1.slot = alloca [24 x i8], align 8
	%v1 = bitcast [24 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v1)
	%0 = bitcast i8* %v1 to i64*, !dbg !11
	store i64 30007, i64* %0, align 8, !dbg !11
	%1 = getelementptr i8, i8* %v1, i64 8, !dbg !11
	%2 = bitcast i8* %1 to i64*, !dbg !11
	store i64 0, i64* %2, align 8, !dbg !11
	%3 = getelementptr i8, i8* %v1, i64 16, !dbg !11
	%4 = bitcast i8* %3 to i64*, !dbg !11
	store i64 0, i64* %4, align 8, !dbg !11
	%v11 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v1, i64 24, i64 0), !dbg !11
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v1)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v12)
	%5 = bitcast i8* %v12 to i64*, !dbg !12
	store i64 0, i64* %5, align 8, !dbg !12
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v15)
	%6 = bitcast i8* %v15 to i64*, !dbg !13
	store i64 0, i64* %6, align 8, !dbg !13
	%v20 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_first to i8*), i8* %v15, i8* %v12, i64 0), !dbg !13
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v15)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v12)
	ret i64 0, !dbg !13
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

define i64 @tp_sys_enter_getppid(i8* %ctx) nounwind section "bpftc/tp_sys_enter_getppid" !dbg !14 {
b0:
	%v24.slot = alloca [8 x i8], align 8
	%v24 = bitcast [8 x i8]* %v24.slot to i8*
	%v21.slot = alloca [8 x i8], align 8
	%v21 = bitcast [8 x i8]* %v21.slot to i8*
	%v16.slot = alloca [8 x i8], align 8
	%v16 = bitcast [8 x i8]* %v16.slot to i8*
	%v7.slot = alloca [8 x i8], align 8
	%v7 = bitcast [8 x i8]* %v7.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !17
	%v3 = lshr i64 %v1, 32, !dbg !17
	%v5 = icmp eq i64 %v3, 4242, !dbg !17
	br i1 %v5, label %b1, label %b2, !dbg !17

b1:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v7)
	%0 = bitcast i8* %v7 to i64*, !dbg !19
	store i64 1, i64* %0, align 8, !dbg !19
	%v12 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ to i8*), i8* %v7), !dbg !19
	%1 = icmp ne i8* %v12, null
	br i1 %1, label %b3, label %b4, !dbg !19

b3:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v7)
	%2 = bitcast i8* %v12 to i64*, !dbg !19
	%v13 = load i64, i64* %2, align 8, !dbg !19
	%v14 = add i64 %v13, 1, !dbg !19
	%3 = bitcast i8* %v12 to i64*, !dbg !19
	store i64 %v14, i64* %3, align 8, !dbg !19
	br label %b5, !dbg !19

b4:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v16)
	%4 = bitcast i8* %v16 to i64*, !dbg !19
	store i64 1, i64* %4, align 8, !dbg !19
	%v20 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ to i8*), i8* %v7, i8* %v16, i64 0), !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v16)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v7)
	br label %b5, !dbg !19

b5:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v21)
	%5 = bitcast i8* %v21 to i64*, !dbg !20
	store i64 1, i64* %5, align 8, !dbg !20
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v24)
	%6 = bitcast i8* %v24 to i64*, !dbg !21
	store i64 0, i64* %6, align 8, !dbg !21
	%v29 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_last to i8*), i8* %v24, i8* %v21, i64 0), !dbg !21
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v24)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v21)
	ret i64 0, !dbg !21

b2:
	ret i64 0, !dbg !17
}

define i64 @tp_sys_enter_getpgid(i8* %ctx) nounwind section "bpftc/tp_sys_enter_getpgid" !dbg !22 {
b0:
	%v24.slot = alloca [8 x i8], align 8
	%v24 = bitcast [8 x i8]* %v24.slot to i8*
	%v21.slot = alloca [8 x i8], align 8
	%v21 = bitcast [8 x i8]* %v21.slot to i8*
	%v16.slot = alloca [8 x i8], align 8
	%v16 = bitcast [8 x i8]* %v16.slot to i8*
	%v7.slot = alloca [8 x i8], align 8
	%v7 = bitcast [8 x i8]* %v7.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !25
	%v3 = lshr i64 %v1, 32, !dbg !25
	%v5 = icmp eq i64 %v3, 4242, !dbg !25
	br i1 %v5, label %b1, label %b2, !dbg !25

b1:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v7)
	%0 = bitcast i8* %v7 to i64*, !dbg !27
	store i64 2, i64* %0, align 8, !dbg !27
	%v12 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ to i8*), i8* %v7), !dbg !27
	%1 = icmp ne i8* %v12, null
	br i1 %1, label %b3, label %b4, !dbg !27

b3:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v7)
	%2 = bitcast i8* %v12 to i64*, !dbg !27
	%v13 = load i64, i64* %2, align 8, !dbg !27
	%v14 = add i64 %v13, 1, !dbg !27
	%3 = bitcast i8* %v12 to i64*, !dbg !27
	store i64 %v14, i64* %3, align 8, !dbg !27
	br label %b5, !dbg !27

b4:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v16)
	%4 = bitcast i8* %v16 to i64*, !dbg !27
	store i64 1, i64* %4, align 8, !dbg !27
	%v20 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ to i8*), i8* %v7, i8* %v16, i64 0), !dbg !27
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v16)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v7)
	br label %b5, !dbg !27

b5:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v21)
	%5 = bitcast i8* %v21 to i64*, !dbg !28
	store i64 2, i64* %5, align 8, !dbg !28
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v24)
	%6 = bitcast i8* %v24 to i64*, !dbg !29
	store i64 0, i64* %6, align 8, !dbg !29
	%v29 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_last to i8*), i8* %v24, i8* %v21, i64 0), !dbg !29
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v24)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v21)
	ret i64 0, !dbg !29

b2:
	ret i64 0, !dbg !25
}

define i64 @END(i8* %ctx) nounwind section "bpftc/END" !dbg !30 {
b0:
	%v1.slot = alloca [16 x i8], align 8
	%v1 = bitcast [16 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v1)
	%0 = bitcast i8* %v1 to i64*, !dbg !33
	store i64 0, i64* %0, align 8, !dbg !33
	%1 = getelementptr i8, i8* %v1, i64 8, !dbg !34
	%2 = bitcast i8* %1 to i64*, !dbg !34
	store i64 3, i64* %2, align 8, !dbg !34
	%v9 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v1, i64 16, i64 0), !dbg !33
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v1)
	ret i64 0, !dbg !33
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
!8 = distinct !DISubprogram(name: "BEGIN", scope: !0, file: !0, line: 202, type: !4, scopeLine: 202, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 202, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 202, scope: !8)
!12 = !DILocation(line: 226, scope: !8)
!13 = !DILocation(line: 217, scope: !8)
!14 = distinct !DISubprogram(name: "tp_sys_enter_getppid", scope: !0, file: !0, line: 313, type: !4, scopeLine: 313, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !16)
!15 = !DILocalVariable(name: "ctx", arg: 1, scope: !14, file: !0, line: 313, type: !3)
!16 = !{!15}
!17 = !DILocation(line: 313, scope: !14)
!18 = !DILocation(line: 321, scope: !14)
!19 = !DILocation(line: 328, scope: !14)
!20 = !DILocation(line: 357, scope: !14)
!21 = !DILocation(line: 349, scope: !14)
!22 = distinct !DISubprogram(name: "tp_sys_enter_getpgid", scope: !0, file: !0, line: 313, type: !4, scopeLine: 313, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !24)
!23 = !DILocalVariable(name: "ctx", arg: 1, scope: !22, file: !0, line: 313, type: !3)
!24 = !{!23}
!25 = !DILocation(line: 313, scope: !22)
!26 = !DILocation(line: 321, scope: !22)
!27 = !DILocation(line: 328, scope: !22)
!28 = !DILocation(line: 357, scope: !22)
!29 = !DILocation(line: 349, scope: !22)
!30 = distinct !DISubprogram(name: "END", scope: !0, file: !0, line: 374, type: !4, scopeLine: 374, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !32)
!31 = !DILocalVariable(name: "ctx", arg: 1, scope: !30, file: !0, line: 374, type: !3)
!32 = !{!31}
!33 = !DILocation(line: 374, scope: !30)
!34 = !DILocation(line: 389, scope: !30)
