target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_ = global { i32, i32, i32, i32, i32 } { i32 5, i32 16, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_calls = global { i32, i32, i32, i32, i32 } { i32 6, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_getppid(i8* %ctx) nounwind section "bpftc/tp_sys_enter_getppid" !dbg !8 {
b0:
	%v21.slot = alloca [8 x i8], align 8
	%v21 = bitcast [8 x i8]* %v21.slot to i8*
	%v16.slot = alloca [8 x i8], align 8
	%v16 = bitcast [8 x i8]* %v16.slot to i8*
	%v7.slot = alloca [16 x i8], align 8
	%v7 = bitcast [16 x i8]* %v7.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !11
	%v3 = lshr i64 %v1, 32, !dbg !11
	%v5 = icmp eq i64 %v3, 4242, !dbg !11
	br i1 %v5, label %b1, label %b2, !dbg !11

b1:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v7)
	%v9 = call i64 inttoptr (i64 16 to i64 (i8*, i64)*)(i8* %v7, i64 16), !dbg !13
	%v12 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ to i8*), i8* %v7), !dbg !13
	%0 = icmp ne i8* %v12, null
	br i1 %0, label %b3, label %b4, !dbg !13

b3:
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v7)
	%1 = bitcast i8* %v12 to i64*, !dbg !13
	%v13 = load i64, i64* %1, align 8, !dbg !13
	%v14 = add i64 %v13, 1, !dbg !13
	%2 = bitcast i8* %v12 to i64*, !dbg !13
	store i64 %v14, i64* %2, align 8, !dbg !13
	br label %b5, !dbg !13

b4:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v16)
	%3 = bitcast i8* %v16 to i64*, !dbg !13
	store i64 1, i64* %3, align 8, !dbg !13
	%v20 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ to i8*), i8* %v7, i8* %v16, i64 0), !dbg !13
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v16)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v7)
	br label %b5, !dbg !13

b5:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v21)
	%4 = bitcast i8* %v21 to i32*, !dbg !14
	store i32 0, i32* %4, align 4, !dbg !14
	%v26 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_calls to i8*), i8* %v21), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v21)
	%5 = icmp ne i8* %v26, null
	br i1 %5, label %b6, label %b2, !dbg !14

b6:
	%6 = bitcast i8* %v26 to i64*, !dbg !14
	%v27 = load i64, i64* %6, align 8, !dbg !14
	%v28 = add i64 %v27, 1, !dbg !14
	%7 = bitcast i8* %v26 to i64*, !dbg !14
	store i64 %v28, i64* %7, align 8, !dbg !14
	br label %b2, !dbg !14

b2:
	ret i64 0, !dbg !11
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

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
!8 = distinct !DISubprogram(name: "tp_sys_enter_getppid", scope: !0, file: !0, line: 143, type: !4, scopeLine: 143, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 143, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 143, scope: !8)
!12 = !DILocation(line: 151, scope: !8)
!13 = !DILocation(line: 158, scope: !8)
!14 = !DILocation(line: 178, scope: !8)
