target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_exits = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_getppid = global { i32, i32, i32, i32, i32 } { i32 6, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4

define i64 @rt_sys_enter(i8* %ctx) nounwind section "bpftc/rt_sys_enter" !dbg !8 {
b0:
	%v10.slot = alloca [8 x i8], align 8
	%v10 = bitcast [8 x i8]* %v10.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !11
	%v3 = lshr i64 %v1, 32, !dbg !11
	%v5 = icmp eq i64 %v3, 4242, !dbg !11
	br i1 %v5, label %b3, label %b2, !dbg !11

b3:
	%0 = getelementptr i8, i8* %ctx, i64 8, !dbg !13
	%1 = bitcast i8* %0 to i64*, !dbg !13
	%v6 = load i64, i64* %1, align 8, !dbg !13
	%v8 = icmp eq i64 %v6, 110, !dbg !13
	br i1 %v8, label %b1, label %b2, !dbg !13

b1:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v10)
	%2 = bitcast i8* %v10 to i32*, !dbg !15
	store i32 0, i32* %2, align 4, !dbg !15
	%v15 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_getppid to i8*), i8* %v10), !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v10)
	%3 = icmp ne i8* %v15, null
	br i1 %3, label %b4, label %b2, !dbg !15

b4:
	%4 = bitcast i8* %v15 to i64*, !dbg !15
	%v16 = load i64, i64* %4, align 8, !dbg !15
	%v17 = add i64 %v16, 1, !dbg !15
	%5 = bitcast i8* %v15 to i64*, !dbg !15
	store i64 %v17, i64* %5, align 8, !dbg !15
	br label %b2, !dbg !15

b2:
	ret i64 0, !dbg !11
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

define i64 @rt_sys_exit(i8* %ctx) nounwind section "bpftc/rt_sys_exit" !dbg !16 {
b0:
	%v10.slot = alloca [8 x i8], align 8
	%v10 = bitcast [8 x i8]* %v10.slot to i8*
	%v7.slot = alloca [8 x i8], align 8
	%v7 = bitcast [8 x i8]* %v7.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !19
	%v3 = lshr i64 %v1, 32, !dbg !19
	%v5 = icmp eq i64 %v3, 4242, !dbg !19
	br i1 %v5, label %b1, label %b2, !dbg !19

b1:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v7)
	%0 = bitcast i8* %v7 to i64*, !dbg !22
	store i64 1, i64* %0, align 8, !dbg !22
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v10)
	%1 = bitcast i8* %v10 to i64*, !dbg !22
	store i64 0, i64* %1, align 8, !dbg !22
	%v15 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_exits to i8*), i8* %v10, i8* %v7, i64 0), !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v10)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v7)
	ret i64 0, !dbg !22

b2:
	ret i64 0, !dbg !19
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
!8 = distinct !DISubprogram(name: "rt_sys_enter", scope: !0, file: !0, line: 184, type: !4, scopeLine: 184, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 184, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 184, scope: !8)
!12 = !DILocation(line: 192, scope: !8)
!13 = !DILocation(line: 198, scope: !8)
!14 = !DILocation(line: 206, scope: !8)
!15 = !DILocation(line: 213, scope: !8)
!16 = distinct !DISubprogram(name: "rt_sys_exit", scope: !0, file: !0, line: 247, type: !4, scopeLine: 247, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !18)
!17 = !DILocalVariable(name: "ctx", arg: 1, scope: !16, file: !0, line: 247, type: !3)
!18 = !{!17}
!19 = !DILocation(line: 247, scope: !16)
!20 = !DILocation(line: 255, scope: !16)
!21 = !DILocation(line: 270, scope: !16)
!22 = !DILocation(line: 261, scope: !16)
