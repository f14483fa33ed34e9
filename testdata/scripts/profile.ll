target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_hz = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_ms = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_sp_set = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_us = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @profile(i8* %ctx) nounwind section "bpftc/profile" !dbg !8 {
b0:
	%v4.slot = alloca [8 x i8], align 8
	%v4 = bitcast [8 x i8]* %v4.slot to i8*
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%0 = bitcast i8* %v1 to i64*, !dbg !12
	store i64 1, i64* %0, align 8, !dbg !12
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v4)
	%1 = bitcast i8* %v4 to i64*, !dbg !12
	store i64 0, i64* %1, align 8, !dbg !12
	%v9 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_hz to i8*), i8* %v4, i8* %v1, i64 0), !dbg !12
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v4)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	ret i64 0, !dbg !12
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

define i64 @profile_2(i8* %ctx) nounwind section "bpftc/profile_2" !dbg !13 {
b0:
	%v4.slot = alloca [8 x i8], align 8
	%v4 = bitcast [8 x i8]* %v4.slot to i8*
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%0 = bitcast i8* %v1 to i64*, !dbg !17
	store i64 1, i64* %0, align 8, !dbg !17
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v4)
	%1 = bitcast i8* %v4 to i64*, !dbg !17
	store i64 0, i64* %1, align 8, !dbg !17
	%v9 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ms to i8*), i8* %v4, i8* %v1, i64 0), !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v4)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	ret i64 0, !dbg !17
}

define i64 @profile_3(i8* %ctx) nounwind section "bpftc/profile_3" !dbg !18 {
b0:
	%v4.slot = alloca [8 x i8], align 8
	%v4 = bitcast [8 x i8]* %v4.slot to i8*
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%0 = bitcast i8* %v1 to i64*, !dbg !22
	store i64 1, i64* %0, align 8, !dbg !22
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v4)
	%1 = bitcast i8* %v4 to i64*, !dbg !22
	store i64 0, i64* %1, align 8, !dbg !22
	%v9 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_us to i8*), i8* %v4, i8* %v1, i64 0), !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v4)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	ret i64 0, !dbg !22
}

define i64 @profile_4(i8* %ctx) nounwind section "bpftc/profile_4" !dbg !23 {
b0:
	%v6.slot = alloca [8 x i8], align 8
	%v6 = bitcast [8 x i8]* %v6.slot to i8*
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	%0 = getelementptr i8, i8* %ctx, i64 152, !dbg !26
	%1 = bitcast i8* %0 to i64*, !dbg !26
	%v2 = load i64, i64* %1, align 8, !dbg !26
	%v4.c = icmp ne i64 %v2, 0, !dbg !26
	%v4 = zext i1 %v4.c to i64, !dbg !26
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%2 = bitcast i8* %v1 to i64*, !dbg !28
	store i64 %v4, i64* %2, align 8, !dbg !28
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v6)
	%3 = bitcast i8* %v6 to i64*, !dbg !28
	store i64 0, i64* %3, align 8, !dbg !28
	%v11 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_sp_set to i8*), i8* %v6, i8* %v1, i64 0), !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v6)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	ret i64 0, !dbg !28
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
!8 = distinct !DISubprogram(name: "profile", scope: !0, file: !0, line: 199, type: !4, scopeLine: 199, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 199, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 199, scope: !8)
!12 = !DILocation(line: 193, scope: !8)
!13 = distinct !DISubprogram(name: "profile_2", scope: !0, file: !0, line: 219, type: !4, scopeLine: 219, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !15)
!14 = !DILocalVariable(name: "ctx", arg: 1, scope: !13, file: !0, line: 219, type: !3)
!15 = !{!14}
!16 = !DILocation(line: 219, scope: !13)
!17 = !DILocation(line: 213, scope: !13)
!18 = distinct !DISubprogram(name: "profile_3", scope: !0, file: !0, line: 248, type: !4, scopeLine: 248, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !20)
!19 = !DILocalVariable(name: "ctx", arg: 1, scope: !18, file: !0, line: 248, type: !3)
!20 = !{!19}
!21 = !DILocation(line: 248, scope: !18)
!22 = !DILocation(line: 242, scope: !18)
!23 = distinct !DISubprogram(name: "profile_4", scope: !0, file: !0, line: 279, type: !4, scopeLine: 279, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !25)
!24 = !DILocalVariable(name: "ctx", arg: 1, scope: !23, file: !0, line: 279, type: !3)
!25 = !{!24}
!26 = !DILocation(line: 279, scope: !23)
!27 = !DILocation(line: 292, scope: !23)
!28 = !DILocation(line: 269, scope: !23)
