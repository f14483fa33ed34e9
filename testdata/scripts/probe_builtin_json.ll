target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_ = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_p = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" !dbg !8 {
b0:
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
	ret i64 0, !dbg !11
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

define i64 @tp_sys_enter_getppid(i8* %ctx) nounwind section "bpftc/tp_sys_enter_getppid" !dbg !12 {
b0:
	%v24.slot = alloca [8 x i8], align 8
	%v24 = bitcast [8 x i8]* %v24.slot to i8*
	%v21.slot = alloca [8 x i8], align 8
	%v21 = bitcast [8 x i8]* %v21.slot to i8*
	%v16.slot = alloca [8 x i8], align 8
	%v16 = bitcast [8 x i8]* %v16.slot to i8*
	%v7.slot = alloca [8 x i8], align 8
	%v7 = bitcast [8 x i8]* %v7.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !15
	%v3 = lshr i64 %v1, 32, !dbg !15
	%v5 = icmp eq i64 %v3, 4242, !dbg !15
	br i1 %v5, label %b1, label %b2, !dbg !15

b1:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v7)
	%0 = bitcast i8* %v7 to i64*, !dbg !17
	store i64 1, i64* %0, align 8, !dbg !17
	%v12 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ to i8*), i8* %v7), !dbg !17
	%1 = icmp ne i8* %v12, null
	br i1 %1, label %b3, label %b4, !dbg !17

b3:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v7)
	%2 = bitcast i8* %v12 to i64*, !dbg !17
	%v13 = load i64, i64* %2, align 8, !dbg !17
	%v14 = add i64 %v13, 1, !dbg !17
	%3 = bitcast i8* %v12 to i64*, !dbg !17
	store i64 %v14, i64* %3, align 8, !dbg !17
	br label %b5, !dbg !17

b4:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v16)
	%4 = bitcast i8* %v16 to i64*, !dbg !17
	store i64 1, i64* %4, align 8, !dbg !17
	%v20 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ to i8*), i8* %v7, i8* %v16, i64 0), !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v16)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v7)
	br label %b5, !dbg !17

b5:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v21)
	%5 = bitcast i8* %v21 to i64*, !dbg !18
	store i64 1, i64* %5, align 8, !dbg !18
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v24)
	%6 = bitcast i8* %v24 to i64*, !dbg !19
	store i64 0, i64* %6, align 8, !dbg !19
	%v29 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_p to i8*), i8* %v24, i8* %v21, i64 0), !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v24)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v21)
	ret i64 0, !dbg !19

b2:
	ret i64 0, !dbg !15
}

define i64 @tp_sys_enter_getpgid(i8* %ctx) nounwind section "bpftc/tp_sys_enter_getpgid" !dbg !20 {
b0:
	%v24.slot = alloca [8 x i8], align 8
	%v24 = bitcast [8 x i8]* %v24.slot to i8*
	%v21.slot = alloca [8 x i8], align 8
	%v21 = bitcast [8 x i8]* %v21.slot to i8*
	%v16.slot = alloca [8 x i8], align 8
	%v16 = bitcast [8 x i8]* %v16.slot to i8*
	%v7.slot = alloca [8 x i8], align 8
	%v7 = bitcast [8 x i8]* %v7.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !23
	%v3 = lshr i64 %v1, 32, !dbg !23
	%v5 = icmp eq i64 %v3, 4242, !dbg !23
	br i1 %v5, label %b1, label %b2, !dbg !23

b1:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v7)
	%0 = bitcast i8* %v7 to i64*, !dbg !25
	store i64 2, i64* %0, align 8, !dbg !25
	%v12 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ to i8*), i8* %v7), !dbg !25
	%1 = icmp ne i8* %v12, null
	br i1 %1, label %b3, label %b4, !dbg !25

b3:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v7)
	%2 = bitcast i8* %v12 to i64*, !dbg !25
	%v13 = load i64, i64* %2, align 8, !dbg !25
	%v14 = add i64 %v13, 1, !dbg !25
	%3 = bitcast i8* %v12 to i64*, !dbg !25
	store i64 %v14, i64* %3, align 8, !dbg !25
	br label %b5, !dbg !25

b4:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v16)
	%4 = bitcast i8* %v16 to i64*, !dbg !25
	store i64 1, i64* %4, align 8, !dbg !25
	%v20 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ to i8*), i8* %v7, i8* %v16, i64 0), !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v16)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v7)
	br label %b5, !dbg !25

b5:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v21)
	%5 = bitcast i8* %v21 to i64*, !dbg !26
	store i64 2, i64* %5, align 8, !dbg !26
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v24)
	%6 = bitcast i8* %v24 to i64*, !dbg !27
	store i64 0, i64* %6, align 8, !dbg !27
	%v29 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_p to i8*), i8* %v24, i8* %v21, i64 0), !dbg !27
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v24)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v21)
	ret i64 0, !dbg !27

b2:
	ret i64 0, !dbg !23
}

define i64 @tp_sys_enter_getpgrp(i8* %ctx) nounwind section "bpftc/tp_sys_enter_getpgrp" !dbg !28 {
b0:
	%v24.slot = alloca [8 x i8], align 8
	%v24 = bitcast [8 x i8]* %v24.slot to i8*
	%v21.slot = alloca [8 x i8], align 8
	%v21 = bitcast [8 x i8]* %v21.slot to i8*
	%v16.slot = alloca [8 x i8], align 8
	%v16 = bitcast [8 x i8]* %v16.slot to i8*
	%v7.slot = alloca [8 x i8], align 8
	%v7 = bitcast [8 x i8]* %v7.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !31
	%v3 = lshr i64 %v1, 32, !dbg !31
	%v5 = icmp eq i64 %v3, 4242, !dbg !31
	br i1 %v5, label %b1, label %b2, !dbg !31

b1:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v7)
	%0 = bitcast i8* %v7 to i64*, !dbg !33
	store i64 3, i64* %0, align 8, !dbg !33
	%v12 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ to i8*), i8* %v7), !dbg !33
	%1 = icmp ne i8* %v12, null
	br i1 %1, label %b3, label %b4, !dbg !33

b3:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v7)
	%2 = bitcast i8* %v12 to i64*, !dbg !33
	%v13 = load i64, i64* %2, align 8, !dbg !33
	%v14 = add i64 %v13, 1, !dbg !33
	%3 = bitcast i8* %v12 to i64*, !dbg !33
	store i64 %v14, i64* %3, align 8, !dbg !33
	br label %b5, !dbg !33

b4:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v16)
	%4 = bitcast i8* %v16 to i64*, !dbg !33
	store i64 1, i64* %4, align 8, !dbg !33
	%v20 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ to i8*), i8* %v7, i8* %v16, i64 0), !dbg !33
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v16)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v7)
	br label %b5, !dbg !33

b5:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v21)
	%5 = bitcast i8* %v21 to i64*, !dbg !34
	store i64 3, i64* %5, align 8, !dbg !34
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v24)
	%6 = bitcast i8* %v24 to i64*, !dbg !35
	store i64 0, i64* %6, align 8, !dbg !35
	%v29 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_p to i8*), i8* %v24, i8* %v21, i64 0), !dbg !35
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v24)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v21)
	ret i64 0, !dbg !35

b2:
	ret i64 0, !dbg !31
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
!8 = distinct !DISubprogram(name: "BEGIN", scope: !0, file: !0, line: 191, type: !4, scopeLine: 191, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 191, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 191, scope: !8)
!12 = distinct !DISubprogram(name: "tp_sys_enter_getppid", scope: !0, file: !0, line: 283, type: !4, scopeLine: 283, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !14)
!13 = !DILocalVariable(name: "ctx", arg: 1, scope: !12, file: !0, line: 283, type: !3)
!14 = !{!13}
!15 = !DILocation(line: 283, scope: !12)
!16 = !DILocation(line: 291, scope: !12)
!17 = !DILocation(line: 298, scope: !12)
!18 = !DILocation(line: 324, scope: !12)
!19 = !DILocation(line: 319, scope: !12)
!20 = distinct !DISubprogram(name: "tp_sys_enter_getpgid", scope: !0, file: !0, line: 283, type: !4, scopeLine: 283, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !22)
!21 = !DILocalVariable(name: "ctx", arg: 1, scope: !20, file: !0, line: 283, type: !3)
!22 = !{!21}
!23 = !DILocation(line: 283, scope: !20)
!24 = !DILocation(line: 291, scope: !20)
!25 = !DILocation(line: 298, scope: !20)
!26 = !DILocation(line: 324, scope: !20)
!27 = !DILocation(line: 319, scope: !20)
!28 = distinct !DISubprogram(name: "tp_sys_enter_getpgrp", scope: !0, file: !0, line: 283, type: !4, scopeLine: 283, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !30)
!29 = !DILocalVariable(name: "ctx", arg: 1, scope: !28, file: !0, line: 283, type: !3)
!30 = !{!29}
!31 = !DILocation(line: 283, scope: !28)
!32 = !DILocation(line: 291, scope: !28)
!33 = !DILocation(line: 298, scope: !28)
!34 = !DILocation(line: 324, scope: !28)
!35 = !DILocation(line: 319, scope: !28)
