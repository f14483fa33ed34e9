target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_ticks = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @interval(i8* %ctx) nounwind section "bpftc/interval" !dbg !8 {
b0:
	%v47.slot = alloca [8 x i8], align 8
	%v47 = bitcast [8 x i8]* %v47.slot to i8*
	%v44.slot = alloca [16 x i8], align 8
	%v44 = bitcast [16 x i8]* %v44.slot to i8*
	%v36.slot = alloca [8 x i8], align 8
	%v36 = bitcast [8 x i8]* %v36.slot to i8*
	%v29.slot = alloca [8 x i8], align 8
	%v29 = bitcast [8 x i8]* %v29.slot to i8*
	%v13.slot = alloca [8 x i8], align 8
	%v13 = bitcast [8 x i8]* %v13.slot to i8*
	%v2.slot = alloca [8 x i8], align 8
	%v2 = bitcast [8 x i8]* %v2.slot to i8*
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v2)
	%0 = bitcast i8* %v2 to i64*, !dbg !11
	store i64 0, i64* %0, align 8, !dbg !11
	%v7 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v2), !dbg !11
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v2)
	%1 = icmp ne i8* %v7, null
	br i1 %1, label %b1, label %b2, !dbg !11

b1:
	%2 = bitcast i8* %v7 to i64*, !dbg !11
	%v8 = load i64, i64* %2, align 8, !dbg !11
	br label %b2, !dbg !11

b2:
	%v9 = phi i64 [ 0, %b0 ], [ %v8, %b1 ]
	%v11 = add i64 %v9, 1, !dbg !11
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%3 = bitcast i8* %v1 to i64*, !dbg !13
	store i64 %v11, i64* %3, align 8, !dbg !13
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v13)
	%4 = bitcast i8* %v13 to i64*, !dbg !13
	store i64 0, i64* %4, align 8, !dbg !13
	%v18 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v13, i8* %v1, i64 0), !dbg !13
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	%v24 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v13), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v13)
	%5 = icmp ne i8* %v24, null
	br i1 %5, label %b6, label %b4, !dbg !14

b6:
	%6 = bitcast i8* %v24 to i64*, !dbg !14
	%v25 = load i64, i64* %6, align 8, !dbg !14
	%v62 = icmp sge i64 %v25, 3, !dbg !14
	br i1 %v62, label %b3, label %b4, !dbg !14

b3:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v29)
	%7 = bitcast i8* %v29 to i64*, !dbg !16
	store i64 30000, i64* %7, align 8, !dbg !16
	%v35 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v29, i64 8, i64 0), !dbg !16
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v29)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v36)
	%8 = bitcast i8* %v36 to i32*, !dbg !16
	store i32 0, i32* %8, align 4, !dbg !16
	%v40 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v36), !dbg !16
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v36)
	%9 = icmp ne i8* %v40, null
	br i1 %9, label %b8, label %b5, !dbg !16

b8:
	%10 = bitcast i8* %v40 to i64*, !dbg !16
	store i64 1, i64* %10, align 8, !dbg !16
	br label %b5, !dbg !16

b4:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v44)
	%11 = bitcast i8* %v44 to i64*, !dbg !17
	store i64 0, i64* %11, align 8, !dbg !17
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v47)
	%12 = bitcast i8* %v47 to i64*, !dbg !18
	store i64 0, i64* %12, align 8, !dbg !18
	%v52 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v47), !dbg !18
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v47)
	%13 = icmp ne i8* %v52, null
	br i1 %13, label %b10, label %b11, !dbg !18

b10:
	%14 = bitcast i8* %v52 to i64*, !dbg !18
	%v53 = load i64, i64* %14, align 8, !dbg !18
	br label %b11, !dbg !18

b11:
	%v54 = phi i64 [ 0, %b4 ], [ %v53, %b10 ]
	%15 = getelementptr i8, i8* %v44, i64 8, !dbg !17
	%16 = bitcast i8* %15 to i64*, !dbg !17
	store i64 %v54, i64* %16, align 8, !dbg !17
	%v59 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v44, i64 16, i64 0), !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v44)
	br label %b5, !dbg !17

b5:
	ret i64 0, !dbg !17
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

define i64 @END(i8* %ctx) nounwind section "bpftc/END" !dbg !19 {
b0:
	%v4.slot = alloca [8 x i8], align 8
	%v4 = bitcast [8 x i8]* %v4.slot to i8*
	%v1.slot = alloca [16 x i8], align 8
	%v1 = bitcast [16 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v1)
	%0 = bitcast i8* %v1 to i64*, !dbg !22
	store i64 1, i64* %0, align 8, !dbg !22
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v4)
	%1 = bitcast i8* %v4 to i64*, !dbg !23
	store i64 0, i64* %1, align 8, !dbg !23
	%v9 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v4), !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v4)
	%2 = icmp ne i8* %v9, null
	br i1 %2, label %b1, label %b2, !dbg !23

b1:
	%3 = bitcast i8* %v9 to i64*, !dbg !23
	%v10 = load i64, i64* %3, align 8, !dbg !23
	br label %b2, !dbg !23

b2:
	%v11 = phi i64 [ 0, %b0 ], [ %v10, %b1 ]
	%4 = getelementptr i8, i8* %v1, i64 8, !dbg !22
	%5 = bitcast i8* %4 to i64*, !dbg !22
	store i64 %v11, i64* %5, align 8, !dbg !22
	%v16 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v1, i64 16, i64 0), !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v1)
	ret i64 0, !dbg !22
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
!8 = distinct !DISubprogram(name: "interval", scope: !0, file: !0, line: 78, type: !4, scopeLine: 78, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 78, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 78, scope: !8)
!12 = !DILocation(line: 87, scope: !8)
!13 = !DILocation(line: 69, scope: !8)
!14 = !DILocation(line: 94, scope: !8)
!15 = !DILocation(line: 105, scope: !8)
!16 = !DILocation(line: 112, scope: !8)
!17 = !DILocation(line: 132, scope: !8)
!18 = !DILocation(line: 152, scope: !8)
!19 = distinct !DISubprogram(name: "END", scope: !0, file: !0, line: 174, type: !4, scopeLine: 174, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !21)
!20 = !DILocalVariable(name: "ctx", arg: 1, scope: !19, file: !0, line: 174, type: !3)
!21 = !{!20}
!22 = !DILocation(line: 174, scope: !19)
!23 = !DILocation(line: 206, scope: !19)
