target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" !dbg !8 {
b0:
	%v28.slot = alloca [8 x i8], align 8
	%v28 = bitcast [8 x i8]* %v28.slot to i8*
	%v21.slot = alloca [8 x i8], align 8
	%v21 = bitcast [8 x i8]* %v21.slot to i8*
	%v2.slot = alloca [56 x i8], align 8
	%v2 = bitcast [56 x i8]* %v2.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 56, i8* %v2)
	%0 = bitcast i8* %v2 to i64*, !dbg !12
	store i64 0, i64* %0, align 8, !dbg !12
	%1 = getelementptr i8, i8* %v2, i64 8, !dbg !12
	%2 = bitcast i8* %1 to i64*, !dbg !12
	store i64 8, i64* %2, align 8, !dbg !12
	%3 = getelementptr i8, i8* %v2, i64 16, !dbg !12
	%4 = bitcast i8* %3 to i64*, !dbg !12
	store i64 16, i64* %4, align 8, !dbg !12
	%5 = getelementptr i8, i8* %v2, i64 24, !dbg !12
	%6 = bitcast i8* %5 to i64*, !dbg !12
	store i64 4, i64* %6, align 8, !dbg !12
	%7 = getelementptr i8, i8* %v2, i64 32, !dbg !12
	%8 = bitcast i8* %7 to i64*, !dbg !12
	store i64 20, i64* %8, align 8, !dbg !12
	%9 = getelementptr i8, i8* %v2, i64 40, !dbg !12
	%10 = bitcast i8* %9 to i64*, !dbg !12
	store i64 24, i64* %10, align 8, !dbg !12
	%11 = getelementptr i8, i8* %v2, i64 48, !dbg !12
	%12 = bitcast i8* %11 to i64*, !dbg !12
	store i64 32, i64* %12, align 8, !dbg !12
	%v20 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v2, i64 56, i64 0), !dbg !12
	call void @llvm.lifetime.end.p0i8(i64 56, i8* %v2)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v21)
	%13 = bitcast i8* %v21 to i64*, !dbg !19
	store i64 30000, i64* %13, align 8, !dbg !19
	%v27 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v21, i64 8, i64 0), !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v21)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v28)
	%14 = bitcast i8* %v28 to i32*, !dbg !19
	store i32 0, i32* %14, align 4, !dbg !19
	%v32 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v28), !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v28)
	%15 = icmp ne i8* %v32, null
	br i1 %15, label %b1, label %b2, !dbg !19

b1:
	%16 = bitcast i8* %v32 to i64*, !dbg !19
	store i64 1, i64* %16, align 8, !dbg !19
	br label %b2, !dbg !19

b2:
	ret i64 0, !dbg !19
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
!8 = distinct !DISubprogram(name: "BEGIN", scope: !0, file: !0, line: 308, type: !4, scopeLine: 308, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 308, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 308, scope: !8)
!12 = !DILocation(line: 326, scope: !8)
!13 = !DILocation(line: 356, scope: !8)
!14 = !DILocation(line: 381, scope: !8)
!15 = !DILocation(line: 407, scope: !8)
!16 = !DILocation(line: 425, scope: !8)
!17 = !DILocation(line: 453, scope: !8)
!18 = !DILocation(line: 478, scope: !8)
!19 = !DILocation(line: 500, scope: !8)
