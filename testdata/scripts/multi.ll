target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_both = global { i32, i32, i32, i32, i32 } { i32 6, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_by = global { i32, i32, i32, i32, i32 } { i32 5, i32 24, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_gone = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_n = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_same = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_total = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_getppid(i8* %ctx) nounwind section "bpftc/tp_sys_enter_getppid" !dbg !8 {
b0:
	%v108.slot = alloca [8 x i8], align 8
	%v108 = bitcast [8 x i8]* %v108.slot to i8*
	%v105.slot = alloca [8 x i8], align 8
	%v105 = bitcast [8 x i8]* %v105.slot to i8*
	%v99.slot = alloca [8 x i8], align 8
	%v99 = bitcast [8 x i8]* %v99.slot to i8*
	%v96.slot = alloca [8 x i8], align 8
	%v96 = bitcast [8 x i8]* %v96.slot to i8*
	%v79.slot = alloca [16 x i8], align 8
	%v79 = bitcast [16 x i8]* %v79.slot to i8*
	%v64.slot = alloca [16 x i8], align 8
	%v64 = bitcast [16 x i8]* %v64.slot to i8*
	%v57.slot = alloca [8 x i8], align 8
	%v57 = bitcast [8 x i8]* %v57.slot to i8*
	%v48.slot = alloca [8 x i8], align 8
	%v48 = bitcast [8 x i8]* %v48.slot to i8*
	%v43.slot = alloca [8 x i8], align 8
	%v43 = bitcast [8 x i8]* %v43.slot to i8*
	%v35.slot = alloca [8 x i8], align 8
	%v35 = bitcast [8 x i8]* %v35.slot to i8*
	%v29.slot = alloca [8 x i8], align 8
	%v29 = bitcast [8 x i8]* %v29.slot to i8*
	%v18.slot = alloca [24 x i8], align 8
	%v18 = bitcast [24 x i8]* %v18.slot to i8*
	%v9.slot = alloca [8 x i8], align 8
	%v9 = bitcast [8 x i8]* %v9.slot to i8*
	%v1.slot = alloca [16 x i8], align 8
	%v1 = bitcast [16 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v1)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v1, i8 0, i64 16, i1 false), !dbg !11
	%v3 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !12
	%v5 = lshr i64 %v3, 32, !dbg !12
	%v7 = icmp eq i64 %v5, 4242, !dbg !12
	br i1 %v7, label %b1, label %b2, !dbg !12

b1:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v9)
	%0 = bitcast i8* %v9 to i32*, !dbg !14
	store i32 0, i32* %0, align 4, !dbg !14
	%v14 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_both to i8*), i8* %v9), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v9)
	%1 = icmp ne i8* %v14, null
	br i1 %1, label %b3, label %b5, !dbg !14

b3:
	%2 = bitcast i8* %v14 to i64*, !dbg !14
	%v15 = load i64, i64* %2, align 8, !dbg !14
	%v16 = add i64 %v15, 1, !dbg !14
	%3 = bitcast i8* %v14 to i64*, !dbg !14
	store i64 %v16, i64* %3, align 8, !dbg !14
	br label %b5, !dbg !14

b5:
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v18)
	%v20 = call i64 inttoptr (i64 16 to i64 (i8*, i64)*)(i8* %v18, i64 16), !dbg !15
	%4 = getelementptr i8, i8* %v18, i64 16, !dbg !15
	%5 = bitcast i8* %4 to i64*, !dbg !15
	store i64 7, i64* %5, align 8, !dbg !15
	%v25 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_by to i8*), i8* %v18), !dbg !15
	%6 = icmp ne i8* %v25, null
	br i1 %6, label %b6, label %b7, !dbg !15

b6:
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v18)
	%7 = bitcast i8* %v25 to i64*, !dbg !15
	%v26 = load i64, i64* %7, align 8, !dbg !15
	%v27 = add i64 %v26, 1, !dbg !15
	%8 = bitcast i8* %v25 to i64*, !dbg !15
	store i64 %v27, i64* %8, align 8, !dbg !15
	br label %b8, !dbg !15

b7:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v29)
	%9 = bitcast i8* %v29 to i64*, !dbg !15
	store i64 1, i64* %9, align 8, !dbg !15
	%v33 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_by to i8*), i8* %v18, i8* %v29, i64 0), !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v29)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v18)
	br label %b8, !dbg !15

b8:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v35)
	%10 = bitcast i8* %v35 to i64*, !dbg !18
	store i64 0, i64* %10, align 8, !dbg !18
	%v39 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_total to i8*), i8* %v35), !dbg !18
	%11 = icmp ne i8* %v39, null
	br i1 %11, label %b9, label %b10, !dbg !18

b9:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v35)
	%12 = bitcast i8* %v39 to i64*, !dbg !18
	%v40 = load i64, i64* %12, align 8, !dbg !18
	%v41 = add i64 %v40, 2, !dbg !18
	%13 = bitcast i8* %v39 to i64*, !dbg !18
	store i64 %v41, i64* %13, align 8, !dbg !18
	br label %b11, !dbg !18

b10:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v43)
	%14 = bitcast i8* %v43 to i64*, !dbg !18
	store i64 2, i64* %14, align 8, !dbg !18
	%v47 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_total to i8*), i8* %v35, i8* %v43, i64 0), !dbg !18
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v43)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v35)
	br label %b11, !dbg !18

b11:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v48)
	%15 = bitcast i8* %v48 to i64*, !dbg !19
	store i64 0, i64* %15, align 8, !dbg !19
	%v53 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_n to i8*), i8* %v48), !dbg !19
	%16 = icmp ne i8* %v53, null
	br i1 %16, label %b12, label %b13, !dbg !19

b12:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v48)
	%17 = bitcast i8* %v53 to i64*, !dbg !19
	%v54 = load i64, i64* %17, align 8, !dbg !19
	%v55 = add i64 %v54, 1, !dbg !19
	%18 = bitcast i8* %v53 to i64*, !dbg !19
	store i64 %v55, i64* %18, align 8, !dbg !19
	br label %b14, !dbg !19

b13:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v57)
	%19 = bitcast i8* %v57 to i64*, !dbg !19
	store i64 1, i64* %19, align 8, !dbg !19
	%v61 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_n to i8*), i8* %v48, i8* %v57, i64 0), !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v57)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v48)
	br label %b14, !dbg !19

b14:
	%v63 = call i64 inttoptr (i64 16 to i64 (i8*, i64)*)(i8* %v1, i64 16), !dbg !20
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v64)
	%v66 = call i64 inttoptr (i64 16 to i64 (i8*, i64)*)(i8* %v64, i64 16), !dbg !21
	%20 = bitcast i8* %v1 to i64*, !dbg !22
	%v68 = load i64, i64* %20, align 8, !dbg !22
	%21 = bitcast i8* %v64 to i64*, !dbg !22
	%v69 = load i64, i64* %21, align 8, !dbg !22
	%v71 = icmp ne i64 %v68, %v69, !dbg !22
	br i1 %v71, label %b16, label %b19, !dbg !22

b19:
	%22 = getelementptr i8, i8* %v1, i64 8, !dbg !22
	%23 = bitcast i8* %22 to i64*, !dbg !22
	%v73 = load i64, i64* %23, align 8, !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v1)
	%24 = getelementptr i8, i8* %v64, i64 8, !dbg !22
	%25 = bitcast i8* %24 to i64*, !dbg !22
	%v74 = load i64, i64* %25, align 8, !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v64)
	%v76 = icmp ne i64 %v73, %v74, !dbg !22
	br i1 %v76, label %b16, label %b20, !dbg !22

b20:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v79)
	%v81 = call i64 inttoptr (i64 16 to i64 (i8*, i64)*)(i8* %v79, i64 16), !dbg !23
	%26 = bitcast i8* %v79 to i32*, !dbg !23
	%27 = load i32, i32* %26, align 4, !dbg !23
	%v83 = zext i32 %27 to i64, !dbg !23
	%v86 = icmp ne i64 %v83, 1701867374, !dbg !23
	br i1 %v86, label %b21, label %b22, !dbg !23

b22:
	%28 = getelementptr i8, i8* %v79, i64 4, !dbg !23
	%29 = load i8, i8* %28, align 1, !dbg !23
	%v88 = zext i8 %29 to i64, !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v79)
	%v91 = icmp ne i64 %v88, 0, !dbg !23
	br i1 %v91, label %b21, label %b16, !dbg !23

b21:
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v79)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v96)
	%30 = bitcast i8* %v96 to i64*, !dbg !24
	store i64 1, i64* %30, align 8, !dbg !24
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v99)
	%31 = bitcast i8* %v99 to i64*, !dbg !24
	store i64 0, i64* %31, align 8, !dbg !24
	%v104 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_same to i8*), i8* %v99, i8* %v96, i64 0), !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v99)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v96)
	br label %b16, !dbg !24

b16:
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v64)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v1)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v105)
	%32 = bitcast i8* %v105 to i64*, !dbg !25
	store i64 1, i64* %32, align 8, !dbg !25
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v108)
	%33 = bitcast i8* %v108 to i64*, !dbg !25
	store i64 1, i64* %33, align 8, !dbg !25
	%v113 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_gone to i8*), i8* %v105, i8* %v108, i64 0), !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v108)
	%v118 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_gone to i8*), i8* %v105), !dbg !26
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v105)
	ret i64 0, !dbg !26

b2:
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v1)
	ret i64 0, !dbg !12
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memset.p0i8.i64(i8* %0, i8 %1, i64 %2, i1 %3) argmemonly nounwind

define i64 @END(i8* %ctx) nounwind section "bpftc/END" !dbg !27 {
b0:
	%v13.slot = alloca [8 x i8], align 8
	%v13 = bitcast [8 x i8]* %v13.slot to i8*
	%v4.slot = alloca [8 x i8], align 8
	%v4 = bitcast [8 x i8]* %v4.slot to i8*
	%v1.slot = alloca [24 x i8], align 8
	%v1 = bitcast [24 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v1)
	%0 = bitcast i8* %v1 to i64*, !dbg !30
	store i64 0, i64* %0, align 8, !dbg !30
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v4)
	%1 = bitcast i8* %v4 to i64*, !dbg !31
	store i64 0, i64* %1, align 8, !dbg !31
	%v9 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_n to i8*), i8* %v4), !dbg !31
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v4)
	%2 = icmp ne i8* %v9, null
	br i1 %2, label %b1, label %b2, !dbg !31

b1:
	%3 = bitcast i8* %v9 to i64*, !dbg !31
	%v10 = load i64, i64* %3, align 8, !dbg !31
	br label %b2, !dbg !31

b2:
	%v11 = phi i64 [ 0, %b0 ], [ %v10, %b1 ]
	%4 = getelementptr i8, i8* %v1, i64 8, !dbg !30
	%5 = bitcast i8* %4 to i64*, !dbg !30
	store i64 %v11, i64* %5, align 8, !dbg !30
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v13)
	%6 = bitcast i8* %v13 to i64*, !dbg !32
	store i64 0, i64* %6, align 8, !dbg !32
	%v18 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_total to i8*), i8* %v13), !dbg !32
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v13)
	%7 = icmp ne i8* %v18, null
	br i1 %7, label %b3, label %b4, !dbg !32

b3:
	%8 = bitcast i8* %v18 to i64*, !dbg !32
	%v19 = load i64, i64* %8, align 8, !dbg !32
	br label %b4, !dbg !32

b4:
	%v20 = phi i64 [ 0, %b2 ], [ %v19, %b3 ]
	%9 = getelementptr i8, i8* %v1, i64 16, !dbg !30
	%10 = bitcast i8* %9 to i64*, !dbg !30
	store i64 %v20, i64* %10, align 8, !dbg !30
	%v25 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v1, i64 24, i64 0), !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v1)
	ret i64 0, !dbg !30
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
!8 = distinct !DISubprogram(name: "tp_sys_enter_getppid", scope: !0, file: !0, line: 1, type: !4, scopeLine: 1, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 1, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 1, scope: !8)
!12 = !DILocation(line: 247, scope: !8)
!13 = !DILocation(line: 255, scope: !8)
!14 = !DILocation(line: 262, scope: !8)
!15 = !DILocation(line: 280, scope: !8)
!16 = !DILocation(line: 290, scope: !8)
!17 = !DILocation(line: 315, scope: !8)
!18 = !DILocation(line: 305, scope: !8)
!19 = !DILocation(line: 319, scope: !8)
!20 = !DILocation(line: 331, scope: !8)
!21 = !DILocation(line: 348, scope: !8)
!22 = !DILocation(line: 341, scope: !8)
!23 = !DILocation(line: 356, scope: !8)
!24 = !DILocation(line: 376, scope: !8)
!25 = !DILocation(line: 391, scope: !8)
!26 = !DILocation(line: 406, scope: !8)
!27 = distinct !DISubprogram(name: "END", scope: !0, file: !0, line: 434, type: !4, scopeLine: 434, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !29)
!28 = !DILocalVariable(name: "ctx", arg: 1, scope: !27, file: !0, line: 434, type: !3)
!29 = !{!28}
!30 = !DILocation(line: 434, scope: !27)
!31 = !DILocation(line: 460, scope: !27)
!32 = !DILocation(line: 464, scope: !27)
