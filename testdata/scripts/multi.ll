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
	%v121.slot = alloca [8 x i8], align 8
	%v121 = bitcast [8 x i8]* %v121.slot to i8*
	%v115.slot = alloca [8 x i8], align 8
	%v115 = bitcast [8 x i8]* %v115.slot to i8*
	%v112.slot = alloca [8 x i8], align 8
	%v112 = bitcast [8 x i8]* %v112.slot to i8*
	%v106.slot = alloca [8 x i8], align 8
	%v106 = bitcast [8 x i8]* %v106.slot to i8*
	%v103.slot = alloca [8 x i8], align 8
	%v103 = bitcast [8 x i8]* %v103.slot to i8*
	%v83.slot = alloca [16 x i8], align 8
	%v83 = bitcast [16 x i8]* %v83.slot to i8*
	%v66.slot = alloca [16 x i8], align 8
	%v66 = bitcast [16 x i8]* %v66.slot to i8*
	%v59.slot = alloca [8 x i8], align 8
	%v59 = bitcast [8 x i8]* %v59.slot to i8*
	%v50.slot = alloca [8 x i8], align 8
	%v50 = bitcast [8 x i8]* %v50.slot to i8*
	%v45.slot = alloca [8 x i8], align 8
	%v45 = bitcast [8 x i8]* %v45.slot to i8*
	%v37.slot = alloca [8 x i8], align 8
	%v37 = bitcast [8 x i8]* %v37.slot to i8*
	%v31.slot = alloca [8 x i8], align 8
	%v31 = bitcast [8 x i8]* %v31.slot to i8*
	%v20.slot = alloca [24 x i8], align 8
	%v20 = bitcast [24 x i8]* %v20.slot to i8*
	%v11.slot = alloca [8 x i8], align 8
	%v11 = bitcast [8 x i8]* %v11.slot to i8*
	%v1.slot = alloca [16 x i8], align 8
	%v1 = bitcast [16 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v1)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v1, i8 0, i64 16, i1 false), !dbg !11
	%v3 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !12
	%v5 = lshr i64 %v3, 32, !dbg !12
	%v9 = icmp ne i64 %v5, 4242, !dbg !12
	br i1 %v9, label %b1, label %b2, !dbg !12

b1:
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v1)
	ret i64 0, !dbg !12

b2:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v11)
	%0 = bitcast i8* %v11 to i32*, !dbg !14
	store i32 0, i32* %0, align 4, !dbg !14
	%v16 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_both to i8*), i8* %v11), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v11)
	%1 = icmp ne i8* %v16, null
	br i1 %1, label %b3, label %b5, !dbg !14

b3:
	%2 = bitcast i8* %v16 to i64*, !dbg !14
	%v17 = load i64, i64* %2, align 8, !dbg !14
	%v18 = add i64 %v17, 1, !dbg !14
	%3 = bitcast i8* %v16 to i64*, !dbg !14
	store i64 %v18, i64* %3, align 8, !dbg !14
	br label %b5, !dbg !14

b5:
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v20)
	%v22 = call i64 inttoptr (i64 16 to i64 (i8*, i64)*)(i8* %v20, i64 16), !dbg !15
	%4 = getelementptr i8, i8* %v20, i64 16, !dbg !15
	%5 = bitcast i8* %4 to i64*, !dbg !15
	store i64 7, i64* %5, align 8, !dbg !15
	%v27 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_by to i8*), i8* %v20), !dbg !15
	%6 = icmp ne i8* %v27, null
	br i1 %6, label %b6, label %b7, !dbg !15

b6:
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v20)
	%7 = bitcast i8* %v27 to i64*, !dbg !15
	%v28 = load i64, i64* %7, align 8, !dbg !15
	%v29 = add i64 %v28, 1, !dbg !15
	%8 = bitcast i8* %v27 to i64*, !dbg !15
	store i64 %v29, i64* %8, align 8, !dbg !15
	br label %b8, !dbg !15

b7:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v31)
	%9 = bitcast i8* %v31 to i64*, !dbg !15
	store i64 1, i64* %9, align 8, !dbg !15
	%v35 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_by to i8*), i8* %v20, i8* %v31, i64 0), !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v31)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v20)
	br label %b8, !dbg !15

b8:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v37)
	%10 = bitcast i8* %v37 to i64*, !dbg !18
	store i64 0, i64* %10, align 8, !dbg !18
	%v41 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_total to i8*), i8* %v37), !dbg !18
	%11 = icmp ne i8* %v41, null
	br i1 %11, label %b9, label %b10, !dbg !18

b9:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v37)
	%12 = bitcast i8* %v41 to i64*, !dbg !18
	%v42 = load i64, i64* %12, align 8, !dbg !18
	%v43 = add i64 %v42, 2, !dbg !18
	%13 = bitcast i8* %v41 to i64*, !dbg !18
	store i64 %v43, i64* %13, align 8, !dbg !18
	br label %b11, !dbg !18

b10:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v45)
	%14 = bitcast i8* %v45 to i64*, !dbg !18
	store i64 2, i64* %14, align 8, !dbg !18
	%v49 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_total to i8*), i8* %v37, i8* %v45, i64 0), !dbg !18
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v45)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v37)
	br label %b11, !dbg !18

b11:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v50)
	%15 = bitcast i8* %v50 to i64*, !dbg !19
	store i64 0, i64* %15, align 8, !dbg !19
	%v55 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_n to i8*), i8* %v50), !dbg !19
	%16 = icmp ne i8* %v55, null
	br i1 %16, label %b12, label %b13, !dbg !19

b12:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v50)
	%17 = bitcast i8* %v55 to i64*, !dbg !19
	%v56 = load i64, i64* %17, align 8, !dbg !19
	%v57 = add i64 %v56, 1, !dbg !19
	%18 = bitcast i8* %v55 to i64*, !dbg !19
	store i64 %v57, i64* %18, align 8, !dbg !19
	br label %b14, !dbg !19

b13:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v59)
	%19 = bitcast i8* %v59 to i64*, !dbg !19
	store i64 1, i64* %19, align 8, !dbg !19
	%v63 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_n to i8*), i8* %v50, i8* %v59, i64 0), !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v59)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v50)
	br label %b14, !dbg !19

b14:
	%v65 = call i64 inttoptr (i64 16 to i64 (i8*, i64)*)(i8* %v1, i64 16), !dbg !20
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v66)
	%v68 = call i64 inttoptr (i64 16 to i64 (i8*, i64)*)(i8* %v66, i64 16), !dbg !21
	%20 = bitcast i8* %v1 to i64*, !dbg !22
	%v70 = load i64, i64* %20, align 8, !dbg !22
	%21 = bitcast i8* %v66 to i64*, !dbg !22
	%v71 = load i64, i64* %21, align 8, !dbg !22
	%v73 = icmp ne i64 %v70, %v71, !dbg !22
	br i1 %v73, label %b15, label %b16, !dbg !22

b16:
	%22 = getelementptr i8, i8* %v1, i64 8, !dbg !22
	%23 = bitcast i8* %22 to i64*, !dbg !22
	%v75 = load i64, i64* %23, align 8, !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v1)
	%24 = getelementptr i8, i8* %v66, i64 8, !dbg !22
	%25 = bitcast i8* %24 to i64*, !dbg !22
	%v76 = load i64, i64* %25, align 8, !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v66)
	%v78 = icmp ne i64 %v75, %v76, !dbg !22
	br i1 %v78, label %b15, label %b17, !dbg !22

b17:
	br label %b15, !dbg !22

b15:
	%v80 = phi i64 [ 0, %b14 ], [ 0, %b16 ], [ 1, %b17 ]
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v66)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v1)
	%v82.c = icmp ne i64 %v80, 0, !dbg !22
	%v82 = zext i1 %v82.c to i64, !dbg !22
	br i1 %v82.c, label %b18, label %b19, !dbg !22

b18:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v83)
	%v85 = call i64 inttoptr (i64 16 to i64 (i8*, i64)*)(i8* %v83, i64 16), !dbg !23
	%26 = bitcast i8* %v83 to i32*, !dbg !23
	%27 = load i32, i32* %26, align 4, !dbg !23
	%v87 = zext i32 %27 to i64, !dbg !23
	%v90 = icmp ne i64 %v87, 1701867374, !dbg !23
	br i1 %v90, label %b20, label %b21, !dbg !23

b21:
	%28 = getelementptr i8, i8* %v83, i64 4, !dbg !23
	%29 = load i8, i8* %28, align 1, !dbg !23
	%v92 = zext i8 %29 to i64, !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v83)
	%v95 = icmp ne i64 %v92, 0, !dbg !23
	br i1 %v95, label %b20, label %b22, !dbg !23

b22:
	br label %b20, !dbg !23

b20:
	%v97 = phi i64 [ 0, %b18 ], [ 0, %b21 ], [ 1, %b22 ]
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v83)
	%v99 = xor i64 %v97, 1, !dbg !23
	%v101.c = icmp ne i64 %v99, 0, !dbg !22
	%v101 = zext i1 %v101.c to i64, !dbg !22
	br label %b19, !dbg !22

b19:
	%v102 = phi i64 [ %v82, %b15 ], [ %v101, %b20 ]
	%30 = icmp ne i64 %v102, 0
	br i1 %30, label %b23, label %b24, !dbg !22

b23:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v103)
	%31 = bitcast i8* %v103 to i64*, !dbg !24
	store i64 1, i64* %31, align 8, !dbg !24
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v106)
	%32 = bitcast i8* %v106 to i64*, !dbg !24
	store i64 0, i64* %32, align 8, !dbg !24
	%v111 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_same to i8*), i8* %v106, i8* %v103, i64 0), !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v106)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v103)
	br label %b24, !dbg !24

b24:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v112)
	%33 = bitcast i8* %v112 to i64*, !dbg !25
	store i64 1, i64* %33, align 8, !dbg !25
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v115)
	%34 = bitcast i8* %v115 to i64*, !dbg !25
	store i64 1, i64* %34, align 8, !dbg !25
	%v120 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_gone to i8*), i8* %v115, i8* %v112, i64 0), !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v115)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v112)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v121)
	%35 = bitcast i8* %v121 to i64*, !dbg !26
	store i64 1, i64* %35, align 8, !dbg !26
	%v125 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_gone to i8*), i8* %v121), !dbg !26
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v121)
	ret i64 0, !dbg !26
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
