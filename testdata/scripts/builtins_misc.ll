target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_a = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_cg = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_kk = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_ks = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_late = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_names = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_numa = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_u = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT__elapsed = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@kaddr_vfs_read = global i64 0, section ".rodata", align 8
@kaddr_vfs_write = global i64 0, section ".rodata", align 8

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" !dbg !8 {
b0:
	%v126.slot = alloca [8 x i8], align 8
	%v126 = bitcast [8 x i8]* %v126.slot to i8*
	%v112.slot = alloca [24 x i8], align 8
	%v112 = bitcast [24 x i8]* %v112.slot to i8*
	%v103.slot = alloca [8 x i8], align 8
	%v103 = bitcast [8 x i8]* %v103.slot to i8*
	%v97.slot = alloca [8 x i8], align 8
	%v97 = bitcast [8 x i8]* %v97.slot to i8*
	%v94.slot = alloca [8 x i8], align 8
	%v94 = bitcast [8 x i8]* %v94.slot to i8*
	%v88.slot = alloca [8 x i8], align 8
	%v88 = bitcast [8 x i8]* %v88.slot to i8*
	%v85.slot = alloca [8 x i8], align 8
	%v85 = bitcast [8 x i8]* %v85.slot to i8*
	%v74.slot = alloca [8 x i8], align 8
	%v74 = bitcast [8 x i8]* %v74.slot to i8*
	%v68.slot = alloca [8 x i8], align 8
	%v68 = bitcast [8 x i8]* %v68.slot to i8*
	%v65.slot = alloca [8 x i8], align 8
	%v65 = bitcast [8 x i8]* %v65.slot to i8*
	%v60.slot = alloca [8 x i8], align 8
	%v60 = bitcast [8 x i8]* %v60.slot to i8*
	%v50.slot = alloca [8 x i8], align 8
	%v50 = bitcast [8 x i8]* %v50.slot to i8*
	%v44.slot = alloca [8 x i8], align 8
	%v44 = bitcast [8 x i8]* %v44.slot to i8*
	%v40.slot = alloca [8 x i8], align 8
	%v40 = bitcast [8 x i8]* %v40.slot to i8*
	%v28.slot = alloca [24 x i8], align 8
	%v28 = bitcast [24 x i8]* %v28.slot to i8*
	%v11.slot = alloca [8 x i8], align 8
	%v11 = bitcast [8 x i8]* %v11.slot to i8*
	%v1.slot = alloca [32 x i8], align 8
	%v1 = bitcast [32 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v1)
	%0 = bitcast i8* %v1 to i64*, !dbg !11
	store i64 0, i64* %0, align 8, !dbg !11
	%v4 = call i64 inttoptr (i64 15 to i64 ()*)(), !dbg !12
	%1 = trunc i64 %v4 to i32, !dbg !12
	%v5 = zext i32 %1 to i64, !dbg !12
	%2 = getelementptr i8, i8* %v1, i64 8, !dbg !12
	%3 = bitcast i8* %2 to i64*, !dbg !12
	store i64 %v5, i64* %3, align 8, !dbg !12
	%v7 = call i64 inttoptr (i64 15 to i64 ()*)(), !dbg !13
	%v9 = lshr i64 %v7, 32, !dbg !13
	%4 = getelementptr i8, i8* %v1, i64 16, !dbg !11
	%5 = bitcast i8* %4 to i64*, !dbg !11
	store i64 %v9, i64* %5, align 8, !dbg !11
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v11)
	%6 = bitcast i8* %v11 to i32*, !dbg !14
	store i32 0, i32* %6, align 4, !dbg !14
	%v16 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__elapsed to i8*), i8* %v11), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v11)
	%7 = icmp ne i8* %v16, null
	br i1 %7, label %b1, label %b2, !dbg !14

b1:
	%8 = bitcast i8* %v16 to i64*, !dbg !14
	%v17 = load i64, i64* %8, align 8, !dbg !14
	br label %b2, !dbg !14

b2:
	%v18 = phi i64 [ 0, %b0 ], [ %v17, %b1 ]
	%v19 = call i64 inttoptr (i64 125 to i64 ()*)(), !dbg !14
	%v20 = sub i64 %v19, %v18, !dbg !14
	%v22.c = icmp ult i64 %v20, 2000000000, !dbg !14
	%v22 = zext i1 %v22.c to i64, !dbg !14
	%9 = getelementptr i8, i8* %v1, i64 24, !dbg !11
	%10 = bitcast i8* %9 to i64*, !dbg !11
	store i64 %v22, i64* %10, align 8, !dbg !11
	%v27 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v1, i64 32, i64 0), !dbg !11
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v1)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v28)
	%11 = bitcast i8* %v28 to i64*, !dbg !16
	store i64 30007, i64* %11, align 8, !dbg !16
	%12 = getelementptr i8, i8* %v28, i64 8, !dbg !16
	%13 = bitcast i8* %12 to i64*, !dbg !16
	store i64 0, i64* %13, align 8, !dbg !16
	%v33 = call i64 inttoptr (i64 15 to i64 ()*)(), !dbg !16
	%14 = trunc i64 %v33 to i32, !dbg !16
	%v34 = zext i32 %14 to i64, !dbg !16
	%15 = getelementptr i8, i8* %v28, i64 16, !dbg !16
	%16 = bitcast i8* %15 to i64*, !dbg !16
	store i64 %v34, i64* %16, align 8, !dbg !16
	%v39 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v28, i64 24, i64 0), !dbg !16
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v28)
	%v41 = call i64 inttoptr (i64 15 to i64 ()*)(), !dbg !17
	%17 = trunc i64 %v41 to i32, !dbg !17
	%v42 = zext i32 %17 to i64, !dbg !17
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v40)
	%18 = bitcast i8* %v40 to i64*, !dbg !17
	store i64 %v42, i64* %18, align 8, !dbg !17
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v44)
	%19 = bitcast i8* %v44 to i64*, !dbg !18
	store i64 0, i64* %19, align 8, !dbg !18
	%v49 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_u to i8*), i8* %v44, i8* %v40, i64 0), !dbg !18
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v44)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v40)
	%v51 = call i64 inttoptr (i64 15 to i64 ()*)(), !dbg !19
	%20 = trunc i64 %v51 to i32, !dbg !19
	%v52 = zext i32 %20 to i64, !dbg !19
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v50)
	%21 = bitcast i8* %v50 to i64*, !dbg !19
	store i64 %v52, i64* %21, align 8, !dbg !19
	%v56 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_names to i8*), i8* %v50), !dbg !19
	%22 = icmp ne i8* %v56, null
	br i1 %22, label %b3, label %b4, !dbg !19

b3:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v50)
	%23 = bitcast i8* %v56 to i64*, !dbg !19
	%v57 = load i64, i64* %23, align 8, !dbg !19
	%v58 = add i64 %v57, 1, !dbg !19
	%24 = bitcast i8* %v56 to i64*, !dbg !19
	store i64 %v58, i64* %24, align 8, !dbg !19
	br label %b5, !dbg !19

b4:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v60)
	%25 = bitcast i8* %v60 to i64*, !dbg !19
	store i64 1, i64* %25, align 8, !dbg !19
	%v64 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_names to i8*), i8* %v50, i8* %v60, i64 0), !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v60)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v50)
	br label %b5, !dbg !19

b5:
	%v66 = call i64 inttoptr (i64 42 to i64 ()*)(), !dbg !20
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v65)
	%26 = bitcast i8* %v65 to i64*, !dbg !21
	store i64 %v66, i64* %26, align 8, !dbg !21
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v68)
	%27 = bitcast i8* %v68 to i64*, !dbg !21
	store i64 0, i64* %27, align 8, !dbg !21
	%v73 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_numa to i8*), i8* %v68, i8* %v65, i64 0), !dbg !21
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v65)
	%v75 = call i64 inttoptr (i64 80 to i64 ()*)(), !dbg !22
	%v77.c = icmp ugt i64 %v75, 0, !dbg !22
	%v77 = zext i1 %v77.c to i64, !dbg !22
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v74)
	%28 = bitcast i8* %v74 to i64*, !dbg !23
	store i64 %v77, i64* %28, align 8, !dbg !23
	%v84 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_cg to i8*), i8* %v68, i8* %v74, i64 0), !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v74)
	%v86 = load volatile i64, i64* @kaddr_vfs_read, align 8, !dbg !24
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v85)
	%29 = bitcast i8* %v85 to i64*, !dbg !24
	store i64 %v86, i64* %29, align 8, !dbg !24
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v88)
	%30 = bitcast i8* %v88 to i64*, !dbg !25
	store i64 1, i64* %30, align 8, !dbg !25
	%v93 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v88, i8* %v85, i64 0), !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v85)
	%v95 = load volatile i64, i64* @kaddr_vfs_write, align 8, !dbg !26
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v94)
	%31 = bitcast i8* %v94 to i64*, !dbg !26
	store i64 %v95, i64* %31, align 8, !dbg !26
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v97)
	%32 = bitcast i8* %v97 to i64*, !dbg !27
	store i64 2, i64* %32, align 8, !dbg !27
	%v102 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v97, i8* %v94, i64 0), !dbg !27
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v97)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v94)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v103)
	%33 = bitcast i8* %v103 to i64*, !dbg !28
	store i64 %v86, i64* %33, align 8, !dbg !28
	%v111 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ks to i8*), i8* %v68, i8* %v103, i64 0), !dbg !29
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v103)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v68)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v112)
	%34 = bitcast i8* %v112 to i64*, !dbg !30
	store i64 1, i64* %34, align 8, !dbg !30
	%35 = getelementptr i8, i8* %v112, i64 8, !dbg !31
	%36 = bitcast i8* %35 to i64*, !dbg !31
	store i64 %v86, i64* %36, align 8, !dbg !31
	%37 = getelementptr i8, i8* %v112, i64 16, !dbg !32
	%38 = bitcast i8* %37 to i64*, !dbg !32
	store i64 0, i64* %38, align 8, !dbg !32
	%v122 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v112, i64 24, i64 0), !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v112)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v126)
	%39 = bitcast i8* %v126 to i64*, !dbg !33
	store i64 %v95, i64* %39, align 8, !dbg !33
	%v131 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_kk to i8*), i8* %v126, i8* %v88, i64 0), !dbg !33
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v126)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v88)
	ret i64 0, !dbg !33
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

define i64 @interval(i8* %ctx) nounwind section "bpftc/interval" !dbg !34 {
b0:
	%v28.slot = alloca [8 x i8], align 8
	%v28 = bitcast [8 x i8]* %v28.slot to i8*
	%v21.slot = alloca [8 x i8], align 8
	%v21 = bitcast [8 x i8]* %v21.slot to i8*
	%v15.slot = alloca [8 x i8], align 8
	%v15 = bitcast [8 x i8]* %v15.slot to i8*
	%v2.slot = alloca [8 x i8], align 8
	%v2 = bitcast [8 x i8]* %v2.slot to i8*
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v2)
	%0 = bitcast i8* %v2 to i32*, !dbg !37
	store i32 0, i32* %0, align 4, !dbg !37
	%v7 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__elapsed to i8*), i8* %v2), !dbg !37
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v2)
	%1 = icmp ne i8* %v7, null
	br i1 %1, label %b1, label %b2, !dbg !37

b1:
	%2 = bitcast i8* %v7 to i64*, !dbg !37
	%v8 = load i64, i64* %2, align 8, !dbg !37
	br label %b2, !dbg !37

b2:
	%v9 = phi i64 [ 0, %b0 ], [ %v8, %b1 ]
	%v10 = call i64 inttoptr (i64 125 to i64 ()*)(), !dbg !37
	%v11 = sub i64 %v10, %v9, !dbg !37
	%v13.c = icmp ugt i64 %v11, 10000000, !dbg !37
	%v13 = zext i1 %v13.c to i64, !dbg !37
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%3 = bitcast i8* %v1 to i64*, !dbg !39
	store i64 %v13, i64* %3, align 8, !dbg !39
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v15)
	%4 = bitcast i8* %v15 to i64*, !dbg !39
	store i64 0, i64* %4, align 8, !dbg !39
	%v20 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_late to i8*), i8* %v15, i8* %v1, i64 0), !dbg !39
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v15)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v21)
	%5 = bitcast i8* %v21 to i64*, !dbg !40
	store i64 30000, i64* %5, align 8, !dbg !40
	%v27 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v21, i64 8, i64 0), !dbg !40
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v21)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v28)
	%6 = bitcast i8* %v28 to i32*, !dbg !40
	store i32 0, i32* %6, align 4, !dbg !40
	%v32 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v28), !dbg !40
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v28)
	%7 = icmp ne i8* %v32, null
	br i1 %7, label %b3, label %b4, !dbg !40

b3:
	%8 = bitcast i8* %v32 to i64*, !dbg !40
	store i64 1, i64* %8, align 8, !dbg !40
	br label %b4, !dbg !40

b4:
	ret i64 0, !dbg !40
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
!8 = distinct !DISubprogram(name: "BEGIN", scope: !0, file: !0, line: 170, type: !4, scopeLine: 170, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 170, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 170, scope: !8)
!12 = !DILocation(line: 191, scope: !8)
!13 = !DILocation(line: 201, scope: !8)
!14 = !DILocation(line: 206, scope: !8)
!15 = !DILocation(line: 216, scope: !8)
!16 = !DILocation(line: 230, scope: !8)
!17 = !DILocation(line: 253, scope: !8)
!18 = !DILocation(line: 248, scope: !8)
!19 = !DILocation(line: 264, scope: !8)
!20 = !DILocation(line: 301, scope: !8)
!21 = !DILocation(line: 293, scope: !8)
!22 = !DILocation(line: 316, scope: !8)
!23 = !DILocation(line: 310, scope: !8)
!24 = !DILocation(line: 337, scope: !8)
!25 = !DILocation(line: 329, scope: !8)
!26 = !DILocation(line: 371, scope: !8)
!27 = !DILocation(line: 363, scope: !8)
!28 = !DILocation(line: 404, scope: !8)
!29 = !DILocation(line: 398, scope: !8)
!30 = !DILocation(line: 430, scope: !8)
!31 = !DILocation(line: 448, scope: !8)
!32 = !DILocation(line: 473, scope: !8)
!33 = !DILocation(line: 484, scope: !8)
!34 = distinct !DISubprogram(name: "interval", scope: !0, file: !0, line: 548, type: !4, scopeLine: 548, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !36)
!35 = !DILocalVariable(name: "ctx", arg: 1, scope: !34, file: !0, line: 548, type: !3)
!36 = !{!35}
!37 = !DILocation(line: 548, scope: !34)
!38 = !DILocation(line: 558, scope: !34)
!39 = !DILocation(line: 540, scope: !34)
!40 = !DILocation(line: 569, scope: !34)
