target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" !dbg !8 {
b0:
	%v41.slot = alloca [8 x i8], align 8
	%v41 = bitcast [8 x i8]* %v41.slot to i8*
	%v34.slot = alloca [8 x i8], align 8
	%v34 = bitcast [8 x i8]* %v34.slot to i8*
	%v26.slot = alloca [16 x i8], align 8
	%v26 = bitcast [16 x i8]* %v26.slot to i8*
	%v2.slot = alloca [32 x i8], align 8
	%v2 = bitcast [32 x i8]* %v2.slot to i8*
	%v1 = call i64 inttoptr (i64 125 to i64 ()*)(), !dbg !11
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v2)
	%0 = bitcast i8* %v2 to i64*, !dbg !12
	store i64 0, i64* %0, align 8, !dbg !12
	%v6.c = icmp ult i64 %v1, u0x7FFFFFFFFFFF, !dbg !14
	%v6 = zext i1 %v6.c to i64, !dbg !14
	%1 = getelementptr i8, i8* %v2, i64 8, !dbg !12
	%2 = bitcast i8* %1 to i64*, !dbg !12
	store i64 %v6, i64* %2, align 8, !dbg !12
	%v9.c = icmp ugt i64 %v1, u0x7FFFFFFFFFFF, !dbg !15
	%v9 = zext i1 %v9.c to i64, !dbg !15
	%3 = getelementptr i8, i8* %v2, i64 16, !dbg !12
	%4 = bitcast i8* %3 to i64*, !dbg !12
	store i64 %v9, i64* %4, align 8, !dbg !12
	%v12.c = icmp ult i64 5, %v1, !dbg !16
	%v12 = zext i1 %v12.c to i64, !dbg !16
	%5 = getelementptr i8, i8* %v2, i64 24, !dbg !12
	%6 = bitcast i8* %5 to i64*, !dbg !12
	store i64 %v12, i64* %6, align 8, !dbg !12
	%v17 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v2, i64 32, i64 0), !dbg !12
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v2)
	%v19 = icmp ult i64 %v1, u0x100000000, !dbg !18
	br i1 %v19, label %b1, label %b2, !dbg !18

b1:
	br label %b3, !dbg !19

b2:
	br label %b3, !dbg !20

b3:
	%v22 = phi i64 [ 1, %b1 ], [ 2, %b2 ]
	%v25 = icmp ne i64 %v1, 20015998343868, !dbg !22
	br i1 %v25, label %b4, label %b5, !dbg !22

b4:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v26)
	%7 = bitcast i8* %v26 to i64*, !dbg !23
	store i64 1, i64* %7, align 8, !dbg !23
	%8 = getelementptr i8, i8* %v26, i64 8, !dbg !23
	%9 = bitcast i8* %8 to i64*, !dbg !23
	store i64 %v22, i64* %9, align 8, !dbg !23
	%v33 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v26, i64 16, i64 0), !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v26)
	br label %b5, !dbg !23

b5:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v34)
	%10 = bitcast i8* %v34 to i64*, !dbg !24
	store i64 30000, i64* %10, align 8, !dbg !24
	%v40 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v34, i64 8, i64 0), !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v34)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v41)
	%11 = bitcast i8* %v41 to i32*, !dbg !24
	store i32 0, i32* %11, align 4, !dbg !24
	%v45 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v41), !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v41)
	%12 = icmp ne i8* %v45, null
	br i1 %12, label %b6, label %b7, !dbg !24

b6:
	%13 = bitcast i8* %v45 to i64*, !dbg !24
	store i64 1, i64* %13, align 8, !dbg !24
	br label %b7, !dbg !24

b7:
	ret i64 0, !dbg !24
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
!8 = distinct !DISubprogram(name: "BEGIN", scope: !0, file: !0, line: 89, type: !4, scopeLine: 89, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 89, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 89, scope: !8)
!12 = !DILocation(line: 97, scope: !8)
!13 = !DILocation(line: 123, scope: !8)
!14 = !DILocation(line: 118, scope: !8)
!15 = !DILocation(line: 139, scope: !8)
!16 = !DILocation(line: 160, scope: !8)
!17 = !DILocation(line: 180, scope: !8)
!18 = !DILocation(line: 175, scope: !8)
!19 = !DILocation(line: 194, scope: !8)
!20 = !DILocation(line: 198, scope: !8)
!21 = !DILocation(line: 212, scope: !8)
!22 = !DILocation(line: 205, scope: !8)
!23 = !DILocation(line: 232, scope: !8)
!24 = !DILocation(line: 258, scope: !8)
