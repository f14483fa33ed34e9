target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_cpu = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_cs = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_faults = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_minor = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_task = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @software_page_faults(i8* %ctx) nounwind section "bpftc/software_page_faults" !dbg !8 {
b0:
	%v10.slot = alloca [8 x i8], align 8
	%v10 = bitcast [8 x i8]* %v10.slot to i8*
	%v7.slot = alloca [8 x i8], align 8
	%v7 = bitcast [8 x i8]* %v7.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !11
	%v3 = lshr i64 %v1, 32, !dbg !11
	%v5 = icmp eq i64 %v3, 4242, !dbg !11
	br i1 %v5, label %b1, label %b2, !dbg !11

b1:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v7)
	%0 = bitcast i8* %v7 to i64*, !dbg !14
	store i64 1, i64* %0, align 8, !dbg !14
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v10)
	%1 = bitcast i8* %v10 to i64*, !dbg !14
	store i64 0, i64* %1, align 8, !dbg !14
	%v15 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_faults to i8*), i8* %v10, i8* %v7, i64 0), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v10)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v7)
	ret i64 0, !dbg !14

b2:
	ret i64 0, !dbg !11
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

define i64 @software_minor_faults(i8* %ctx) nounwind section "bpftc/software_minor_faults" !dbg !15 {
b0:
	%v10.slot = alloca [8 x i8], align 8
	%v10 = bitcast [8 x i8]* %v10.slot to i8*
	%v7.slot = alloca [8 x i8], align 8
	%v7 = bitcast [8 x i8]* %v7.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !18
	%v3 = lshr i64 %v1, 32, !dbg !18
	%v5 = icmp eq i64 %v3, 4242, !dbg !18
	br i1 %v5, label %b1, label %b2, !dbg !18

b1:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v7)
	%0 = bitcast i8* %v7 to i64*, !dbg !21
	store i64 1, i64* %0, align 8, !dbg !21
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v10)
	%1 = bitcast i8* %v10 to i64*, !dbg !21
	store i64 0, i64* %1, align 8, !dbg !21
	%v15 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_minor to i8*), i8* %v10, i8* %v7, i64 0), !dbg !21
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v10)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v7)
	ret i64 0, !dbg !21

b2:
	ret i64 0, !dbg !18
}

define i64 @software_context_switches(i8* %ctx) nounwind section "bpftc/software_context_switches" !dbg !22 {
b0:
	%v10.slot = alloca [8 x i8], align 8
	%v10 = bitcast [8 x i8]* %v10.slot to i8*
	%v7.slot = alloca [8 x i8], align 8
	%v7 = bitcast [8 x i8]* %v7.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !25
	%v3 = lshr i64 %v1, 32, !dbg !25
	%v5 = icmp eq i64 %v3, 4242, !dbg !25
	br i1 %v5, label %b1, label %b2, !dbg !25

b1:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v7)
	%0 = bitcast i8* %v7 to i64*, !dbg !28
	store i64 1, i64* %0, align 8, !dbg !28
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v10)
	%1 = bitcast i8* %v10 to i64*, !dbg !28
	store i64 0, i64* %1, align 8, !dbg !28
	%v15 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_cs to i8*), i8* %v10, i8* %v7, i64 0), !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v10)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v7)
	ret i64 0, !dbg !28

b2:
	ret i64 0, !dbg !25
}

define i64 @software_cpu_clock(i8* %ctx) nounwind section "bpftc/software_cpu_clock" !dbg !29 {
b0:
	%v4.slot = alloca [8 x i8], align 8
	%v4 = bitcast [8 x i8]* %v4.slot to i8*
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%0 = bitcast i8* %v1 to i64*, !dbg !33
	store i64 1, i64* %0, align 8, !dbg !33
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v4)
	%1 = bitcast i8* %v4 to i64*, !dbg !33
	store i64 0, i64* %1, align 8, !dbg !33
	%v9 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_cpu to i8*), i8* %v4, i8* %v1, i64 0), !dbg !33
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v4)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	ret i64 0, !dbg !33
}

define i64 @software_task_clock(i8* %ctx) nounwind section "bpftc/software_task_clock" !dbg !34 {
b0:
	%v4.slot = alloca [8 x i8], align 8
	%v4 = bitcast [8 x i8]* %v4.slot to i8*
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%0 = bitcast i8* %v1 to i64*, !dbg !38
	store i64 1, i64* %0, align 8, !dbg !38
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v4)
	%1 = bitcast i8* %v4 to i64*, !dbg !38
	store i64 0, i64* %1, align 8, !dbg !38
	%v9 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_task to i8*), i8* %v4, i8* %v1, i64 0), !dbg !38
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v4)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	ret i64 0, !dbg !38
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
!8 = distinct !DISubprogram(name: "software_page_faults", scope: !0, file: !0, line: 157, type: !4, scopeLine: 157, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 157, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 157, scope: !8)
!12 = !DILocation(line: 165, scope: !8)
!13 = !DILocation(line: 181, scope: !8)
!14 = !DILocation(line: 171, scope: !8)
!15 = distinct !DISubprogram(name: "software_minor_faults", scope: !0, file: !0, line: 203, type: !4, scopeLine: 203, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !17)
!16 = !DILocalVariable(name: "ctx", arg: 1, scope: !15, file: !0, line: 203, type: !3)
!17 = !{!16}
!18 = !DILocation(line: 203, scope: !15)
!19 = !DILocation(line: 211, scope: !15)
!20 = !DILocation(line: 226, scope: !15)
!21 = !DILocation(line: 217, scope: !15)
!22 = distinct !DISubprogram(name: "software_context_switches", scope: !0, file: !0, line: 245, type: !4, scopeLine: 245, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !24)
!23 = !DILocalVariable(name: "ctx", arg: 1, scope: !22, file: !0, line: 245, type: !3)
!24 = !{!23}
!25 = !DILocation(line: 245, scope: !22)
!26 = !DILocation(line: 253, scope: !22)
!27 = !DILocation(line: 265, scope: !22)
!28 = !DILocation(line: 259, scope: !22)
!29 = distinct !DISubprogram(name: "software_cpu_clock", scope: !0, file: !0, line: 298, type: !4, scopeLine: 298, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !31)
!30 = !DILocalVariable(name: "ctx", arg: 1, scope: !29, file: !0, line: 298, type: !3)
!31 = !{!30}
!32 = !DILocation(line: 298, scope: !29)
!33 = !DILocation(line: 291, scope: !29)
!34 = distinct !DISubprogram(name: "software_task_clock", scope: !0, file: !0, line: 338, type: !4, scopeLine: 338, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !36)
!35 = !DILocalVariable(name: "ctx", arg: 1, scope: !34, file: !0, line: 338, type: !3)
!36 = !{!35}
!37 = !DILocation(line: 338, scope: !34)
!38 = !DILocation(line: 330, scope: !34)
