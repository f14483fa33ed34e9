target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_ = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_n = global { i32, i32, i32, i32, i32 } { i32 6, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_v = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT__stack_2 = global { i32, i32, i32, i32, i32 } { i32 7, i32 4, i32 16, i32 u0x20000, i32 0 }, section "maps", align 4
@AT__stack_1 = global { i32, i32, i32, i32, i32 } { i32 7, i32 4, i32 8, i32 u0x20000, i32 0 }, section "maps", align 4
@AT__stack_3 = global { i32, i32, i32, i32, i32 } { i32 7, i32 4, i32 24, i32 u0x20000, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_getppid(i8* %ctx) nounwind section "bpftc/tp_sys_enter_getppid" !dbg !8 {
b0:
	%v85.slot = alloca [8 x i8], align 8
	%v85 = bitcast [8 x i8]* %v85.slot to i8*
	%v75.slot = alloca [24 x i8], align 8
	%v75 = bitcast [24 x i8]* %v75.slot to i8*
	%v65.slot = alloca [8 x i8], align 8
	%v65 = bitcast [8 x i8]* %v65.slot to i8*
	%v60.slot = alloca [8 x i8], align 8
	%v60 = bitcast [8 x i8]* %v60.slot to i8*
	%v54.slot = alloca [8 x i8], align 8
	%v54 = bitcast [8 x i8]* %v54.slot to i8*
	%v49.slot = alloca [8 x i8], align 8
	%v49 = bitcast [8 x i8]* %v49.slot to i8*
	%v44.slot = alloca [8 x i8], align 8
	%v44 = bitcast [8 x i8]* %v44.slot to i8*
	%v33.slot = alloca [8 x i8], align 8
	%v33 = bitcast [8 x i8]* %v33.slot to i8*
	%v20.slot = alloca [24 x i8], align 8
	%v20 = bitcast [24 x i8]* %v20.slot to i8*
	%v9.slot = alloca [16 x i8], align 8
	%v9 = bitcast [16 x i8]* %v9.slot to i8*
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	%v3 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !11
	%v5 = lshr i64 %v3, 32, !dbg !11
	%v7 = icmp eq i64 %v5, 4242, !dbg !11
	br i1 %v7, label %b1, label %b2, !dbg !11

b1:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v9)
	%0 = bitcast i8* %v9 to i64*, !dbg !13
	store i64 0, i64* %0, align 8, !dbg !13
	%v14 = call i64 inttoptr (i64 27 to i64 (i8*, i8*, i64)*)(i8* %ctx, i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__stack_2 to i8*), i64 0), !dbg !14
	%1 = getelementptr i8, i8* %v9, i64 8, !dbg !14
	%2 = bitcast i8* %1 to i64*, !dbg !14
	store i64 %v14, i64* %2, align 8, !dbg !14
	%v19 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v9, i64 16, i64 0), !dbg !13
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v9)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v20)
	%3 = bitcast i8* %v20 to i64*, !dbg !15
	store i64 30007, i64* %3, align 8, !dbg !15
	%4 = getelementptr i8, i8* %v20, i64 8, !dbg !15
	%5 = bitcast i8* %4 to i64*, !dbg !15
	store i64 0, i64* %5, align 8, !dbg !15
	%v27 = call i64 inttoptr (i64 27 to i64 (i8*, i8*, i64)*)(i8* %ctx, i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__stack_1 to i8*), i64 0), !dbg !15
	%6 = getelementptr i8, i8* %v20, i64 16, !dbg !15
	%7 = bitcast i8* %6 to i64*, !dbg !15
	store i64 %v27, i64* %7, align 8, !dbg !15
	%v32 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v20, i64 24, i64 0), !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v20)
	%v36 = call i64 inttoptr (i64 27 to i64 (i8*, i8*, i64)*)(i8* %ctx, i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__stack_2 to i8*), i64 0), !dbg !16
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v33)
	%8 = bitcast i8* %v33 to i64*, !dbg !16
	store i64 %v36, i64* %8, align 8, !dbg !16
	%v40 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ to i8*), i8* %v33), !dbg !16
	%9 = icmp ne i8* %v40, null
	br i1 %9, label %b3, label %b4, !dbg !16

b3:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v33)
	%10 = bitcast i8* %v40 to i64*, !dbg !16
	%v41 = load i64, i64* %10, align 8, !dbg !16
	%v42 = add i64 %v41, 1, !dbg !16
	%11 = bitcast i8* %v40 to i64*, !dbg !16
	store i64 %v42, i64* %11, align 8, !dbg !16
	br label %b5, !dbg !16

b4:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v44)
	%12 = bitcast i8* %v44 to i64*, !dbg !16
	store i64 1, i64* %12, align 8, !dbg !16
	%v48 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ to i8*), i8* %v33, i8* %v44, i64 0), !dbg !16
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v44)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v33)
	br label %b5, !dbg !16

b5:
	%v52 = call i64 inttoptr (i64 27 to i64 (i8*, i8*, i64)*)(i8* %ctx, i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__stack_1 to i8*), i64 0), !dbg !17
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v49)
	%13 = bitcast i8* %v49 to i64*, !dbg !17
	store i64 %v52, i64* %13, align 8, !dbg !17
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v54)
	%14 = bitcast i8* %v54 to i64*, !dbg !18
	store i64 1, i64* %14, align 8, !dbg !18
	%v59 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_v to i8*), i8* %v54, i8* %v49, i64 0), !dbg !18
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v54)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v49)
	%v63 = call i64 inttoptr (i64 27 to i64 (i8*, i8*, i64)*)(i8* %ctx, i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__stack_1 to i8*), i64 0), !dbg !19
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v60)
	%15 = bitcast i8* %v60 to i64*, !dbg !19
	store i64 %v63, i64* %15, align 8, !dbg !19
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v65)
	%16 = bitcast i8* %v65 to i64*, !dbg !20
	store i64 2, i64* %16, align 8, !dbg !20
	%v70 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_v to i8*), i8* %v65, i8* %v60, i64 0), !dbg !20
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v65)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v60)
	%v73 = call i64 inttoptr (i64 27 to i64 (i8*, i8*, i64)*)(i8* %ctx, i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__stack_3 to i8*), i64 0), !dbg !21
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%17 = bitcast i8* %v1 to i64*, !dbg !21
	store i64 %v73, i64* %17, align 8, !dbg !21
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v75)
	%18 = bitcast i8* %v75 to i64*, !dbg !22
	store i64 30007, i64* %18, align 8, !dbg !22
	%19 = getelementptr i8, i8* %v75, i64 8, !dbg !22
	%20 = bitcast i8* %19 to i64*, !dbg !22
	store i64 1, i64* %20, align 8, !dbg !22
	%21 = getelementptr i8, i8* %v75, i64 16, !dbg !22
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %21, i8* align 8 %v1, i64 8, i1 false), !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	%v84 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v75, i64 24, i64 0), !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v75)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v85)
	%22 = bitcast i8* %v85 to i32*, !dbg !23
	store i32 0, i32* %22, align 4, !dbg !23
	%v90 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_n to i8*), i8* %v85), !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v85)
	%23 = icmp ne i8* %v90, null
	br i1 %23, label %b6, label %b2, !dbg !23

b6:
	%24 = bitcast i8* %v90 to i64*, !dbg !23
	%v91 = load i64, i64* %24, align 8, !dbg !23
	%v92 = add i64 %v91, 1, !dbg !23
	%25 = bitcast i8* %v90 to i64*, !dbg !23
	store i64 %v92, i64* %25, align 8, !dbg !23
	br label %b2, !dbg !23

b2:
	ret i64 0, !dbg !11
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memcpy.p0i8.p0i8.i64(i8* %0, i8* %1, i64 %2, i1 %3) argmemonly nounwind

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
!8 = distinct !DISubprogram(name: "tp_sys_enter_getppid", scope: !0, file: !0, line: 374, type: !4, scopeLine: 374, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 374, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 374, scope: !8)
!12 = !DILocation(line: 382, scope: !8)
!13 = !DILocation(line: 389, scope: !8)
!14 = !DILocation(line: 406, scope: !8)
!15 = !DILocation(line: 419, scope: !8)
!16 = !DILocation(line: 448, scope: !8)
!17 = !DILocation(line: 481, scope: !8)
!18 = !DILocation(line: 473, scope: !8)
!19 = !DILocation(line: 501, scope: !8)
!20 = !DILocation(line: 493, scope: !8)
!21 = !DILocation(line: 518, scope: !8)
!22 = !DILocation(line: 530, scope: !8)
!23 = !DILocation(line: 542, scope: !8)
