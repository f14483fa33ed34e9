target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" !dbg !8 {
b0:
	%v22.slot = alloca [8 x i8], align 8
	%v22 = bitcast [8 x i8]* %v22.slot to i8*
	%v15.slot = alloca [8 x i8], align 8
	%v15 = bitcast [8 x i8]* %v15.slot to i8*
	%v1.slot = alloca [24 x i8], align 8
	%v1 = bitcast [24 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v1)
	%0 = bitcast i8* %v1 to i64*, !dbg !11
	store i64 10000, i64* %0, align 8, !dbg !11
	%1 = getelementptr i8, i8* %v1, i64 8, !dbg !11
	%2 = bitcast i8* %1 to i64*, !dbg !11
	store i64 42, i64* %2, align 8, !dbg !11
	%3 = getelementptr i8, i8* %v1, i64 16, !dbg !13
	%4 = bitcast i8* %3 to i16*, !dbg !13
	store i16 26984, i16* %4, align 2, !dbg !13
	%5 = getelementptr i8, i8* %v1, i64 18, !dbg !13
	store i8 0, i8* %5, align 1, !dbg !13
	%6 = getelementptr i8, i8* %v1, i64 19, !dbg !11
	call void @llvm.memset.p0i8.i64(i8* align 1 %6, i8 0, i64 5, i1 false), !dbg !11
	%v14 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v1, i64 24, i64 0), !dbg !11
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v1)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v15)
	%7 = bitcast i8* %v15 to i64*, !dbg !14
	store i64 30000, i64* %7, align 8, !dbg !14
	%v21 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v15, i64 8, i64 0), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v15)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v22)
	%8 = bitcast i8* %v22 to i32*, !dbg !14
	store i32 0, i32* %8, align 4, !dbg !14
	%v26 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v22), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v22)
	%9 = icmp ne i8* %v26, null
	br i1 %9, label %b1, label %b2, !dbg !14

b1:
	%10 = bitcast i8* %v26 to i64*, !dbg !14
	store i64 1, i64* %10, align 8, !dbg !14
	br label %b2, !dbg !14

b2:
	ret i64 0, !dbg !14
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
!8 = distinct !DISubprogram(name: "BEGIN", scope: !0, file: !0, line: 93, type: !4, scopeLine: 93, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 93, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 93, scope: !8)
!12 = !DILocation(line: 126, scope: !8)
!13 = !DILocation(line: 130, scope: !8)
!14 = !DILocation(line: 138, scope: !8)
