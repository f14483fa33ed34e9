target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_ticks = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @interval(i8* %ctx) nounwind section "bpftc/interval" !dbg !8 {
b0:
	%v58.slot = alloca [8 x i8], align 8
	%v58 = bitcast [8 x i8]* %v58.slot to i8*
	%v55.slot = alloca [16 x i8], align 8
	%v55 = bitcast [16 x i8]* %v55.slot to i8*
	%v47.slot = alloca [8 x i8], align 8
	%v47 = bitcast [8 x i8]* %v47.slot to i8*
	%v40.slot = alloca [8 x i8], align 8
	%v40 = bitcast [8 x i8]* %v40.slot to i8*
	%v24.slot = alloca [8 x i8], align 8
	%v24 = bitcast [8 x i8]* %v24.slot to i8*
	%v13.slot = alloca [8 x i8], align 8
	%v13 = bitcast [8 x i8]* %v13.slot to i8*
	%v12.slot = alloca [8 x i8], align 8
	%v12 = bitcast [8 x i8]* %v12.slot to i8*
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%0 = bitcast i8* %v1 to i64*, !dbg !11
	store i64 0, i64* %0, align 8, !dbg !11
	%v6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v1), !dbg !11
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	%1 = icmp ne i8* %v6, null
	br i1 %1, label %b3, label %b1, !dbg !12

b3:
	%2 = bitcast i8* %v6 to i64*, !dbg !11
	%v7 = load i64, i64* %2, align 8, !dbg !11
	%v72 = icmp slt i64 %v7, 3, !dbg !11
	br i1 %v72, label %b1, label %b2, !dbg !11

b1:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v13)
	%3 = bitcast i8* %v13 to i64*, !dbg !13
	store i64 0, i64* %3, align 8, !dbg !13
	%v18 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v13), !dbg !13
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v13)
	%4 = icmp ne i8* %v18, null
	br i1 %4, label %b5, label %b6, !dbg !13

b5:
	%5 = bitcast i8* %v18 to i64*, !dbg !13
	%v19 = load i64, i64* %5, align 8, !dbg !13
	br label %b6, !dbg !13

b6:
	%v20 = phi i64 [ 0, %b1 ], [ %v19, %b5 ]
	%v22 = add i64 %v20, 1, !dbg !13
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v12)
	%6 = bitcast i8* %v12 to i64*, !dbg !15
	store i64 %v22, i64* %6, align 8, !dbg !15
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v24)
	%7 = bitcast i8* %v24 to i64*, !dbg !15
	store i64 0, i64* %7, align 8, !dbg !15
	%v29 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v24, i8* %v12, i64 0), !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v12)
	%v35 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v24), !dbg !16
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v24)
	%8 = icmp ne i8* %v35, null
	br i1 %8, label %b10, label %b8, !dbg !16

b10:
	%9 = bitcast i8* %v35 to i64*, !dbg !16
	%v36 = load i64, i64* %9, align 8, !dbg !16
	%v73 = icmp sge i64 %v36, 3, !dbg !16
	br i1 %v73, label %b7, label %b8, !dbg !16

b7:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v40)
	%10 = bitcast i8* %v40 to i64*, !dbg !17
	store i64 30000, i64* %10, align 8, !dbg !17
	%v46 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v40, i64 8, i64 0), !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v40)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v47)
	%11 = bitcast i8* %v47 to i32*, !dbg !17
	store i32 0, i32* %11, align 4, !dbg !17
	%v51 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v47), !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v47)
	%12 = icmp ne i8* %v51, null
	br i1 %12, label %b12, label %b2, !dbg !17

b12:
	%13 = bitcast i8* %v51 to i64*, !dbg !17
	store i64 1, i64* %13, align 8, !dbg !17
	br label %b2, !dbg !17

b8:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v55)
	%14 = bitcast i8* %v55 to i64*, !dbg !18
	store i64 0, i64* %14, align 8, !dbg !18
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v58)
	%15 = bitcast i8* %v58 to i64*, !dbg !19
	store i64 0, i64* %15, align 8, !dbg !19
	%v63 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v58), !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v58)
	%16 = icmp ne i8* %v63, null
	br i1 %16, label %b14, label %b15, !dbg !19

b14:
	%17 = bitcast i8* %v63 to i64*, !dbg !19
	%v64 = load i64, i64* %17, align 8, !dbg !19
	br label %b15, !dbg !19

b15:
	%v65 = phi i64 [ 0, %b8 ], [ %v64, %b14 ]
	%18 = getelementptr i8, i8* %v55, i64 8, !dbg !18
	%19 = bitcast i8* %18 to i64*, !dbg !18
	store i64 %v65, i64* %19, align 8, !dbg !18
	%v70 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v55, i64 16, i64 0), !dbg !18
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v55)
	br label %b2, !dbg !18

b2:
	ret i64 0, !dbg !18
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

define i64 @END(i8* %ctx) nounwind section "bpftc/END" !dbg !20 {
b0:
	%v4.slot = alloca [8 x i8], align 8
	%v4 = bitcast [8 x i8]* %v4.slot to i8*
	%v1.slot = alloca [16 x i8], align 8
	%v1 = bitcast [16 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v1)
	%0 = bitcast i8* %v1 to i64*, !dbg !23
	store i64 1, i64* %0, align 8, !dbg !23
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v4)
	%1 = bitcast i8* %v4 to i64*, !dbg !24
	store i64 0, i64* %1, align 8, !dbg !24
	%v9 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v4), !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v4)
	%2 = icmp ne i8* %v9, null
	br i1 %2, label %b1, label %b2, !dbg !24

b1:
	%3 = bitcast i8* %v9 to i64*, !dbg !24
	%v10 = load i64, i64* %3, align 8, !dbg !24
	br label %b2, !dbg !24

b2:
	%v11 = phi i64 [ 0, %b0 ], [ %v10, %b1 ]
	%4 = getelementptr i8, i8* %v1, i64 8, !dbg !23
	%5 = bitcast i8* %4 to i64*, !dbg !23
	store i64 %v11, i64* %5, align 8, !dbg !23
	%v16 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v1, i64 16, i64 0), !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v1)
	ret i64 0, !dbg !23
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
!8 = distinct !DISubprogram(name: "interval", scope: !0, file: !0, line: 152, type: !4, scopeLine: 152, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 152, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 152, scope: !8)
!12 = !DILocation(line: 162, scope: !8)
!13 = !DILocation(line: 177, scope: !8)
!14 = !DILocation(line: 186, scope: !8)
!15 = !DILocation(line: 168, scope: !8)
!16 = !DILocation(line: 193, scope: !8)
!17 = !DILocation(line: 211, scope: !8)
!18 = !DILocation(line: 231, scope: !8)
!19 = !DILocation(line: 251, scope: !8)
!20 = distinct !DISubprogram(name: "END", scope: !0, file: !0, line: 273, type: !4, scopeLine: 273, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !22)
!21 = !DILocalVariable(name: "ctx", arg: 1, scope: !20, file: !0, line: 273, type: !3)
!22 = !{!21}
!23 = !DILocation(line: 273, scope: !20)
!24 = !DILocation(line: 305, scope: !20)
