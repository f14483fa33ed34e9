target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_bytes = global { i32, i32, i32, i32, i32 } { i32 6, i32 4, i32 272, i32 1, i32 0 }, section "maps", align 4
@AT_sizes = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_total = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_write(i8* %ctx) nounwind section "bpftc/tp_sys_enter_write" !dbg !8 {
b0:
	%v100.slot = alloca [8 x i8], align 8
	%v100 = bitcast [8 x i8]* %v100.slot to i8*
	%v89.slot = alloca [8 x i8], align 8
	%v89 = bitcast [8 x i8]* %v89.slot to i8*
	%v84.slot = alloca [8 x i8], align 8
	%v84 = bitcast [8 x i8]* %v84.slot to i8*
	%v76.slot = alloca [8 x i8], align 8
	%v76 = bitcast [8 x i8]* %v76.slot to i8*
	%v60.slot = alloca [8 x i8], align 8
	%v60 = bitcast [8 x i8]* %v60.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !11
	%v3 = lshr i64 %v1, 32, !dbg !11
	%v5 = icmp eq i64 %v3, 4242, !dbg !11
	br i1 %v5, label %b1, label %b2, !dbg !11

b1:
	%0 = getelementptr i8, i8* %ctx, i64 32, !dbg !13
	%1 = bitcast i8* %0 to i64*, !dbg !13
	%v7 = load i64, i64* %1, align 8, !dbg !13
	%v10 = icmp sge i64 %v7, 0, !dbg !14
	br i1 %v10, label %b3, label %b4, !dbg !14

b3:
	%v13 = icmp ne i64 %v7, 0, !dbg !14
	br i1 %v13, label %b5, label %b6, !dbg !14

b5:
	%v16 = icmp ult i64 %v7, u0x100000000, !dbg !14
	br i1 %v16, label %b7, label %b8, !dbg !14

b7:
	%v19 = icmp uge i64 %v7, 65536, !dbg !14
	br i1 %v19, label %b9, label %b10, !dbg !14

b9:
	%v21 = lshr i64 %v7, 16, !dbg !14
	br label %b10, !dbg !14

b10:
	%v29 = phi i64 [ 2, %b7 ], [ 18, %b9 ]
	%v24 = phi i64 [ %v7, %b7 ], [ %v21, %b9 ]
	%v26 = icmp uge i64 %v24, 256, !dbg !14
	br i1 %v26, label %b11, label %b12, !dbg !14

b11:
	%v28 = lshr i64 %v24, 8, !dbg !14
	%v31 = add i64 %v29, 8, !dbg !14
	br label %b12, !dbg !14

b12:
	%v37 = phi i64 [ %v29, %b10 ], [ %v31, %b11 ]
	%v32 = phi i64 [ %v24, %b10 ], [ %v28, %b11 ]
	%v34 = icmp uge i64 %v32, 16, !dbg !14
	br i1 %v34, label %b13, label %b14, !dbg !14

b13:
	%v36 = lshr i64 %v32, 4, !dbg !14
	%v39 = add i64 %v37, 4, !dbg !14
	br label %b14, !dbg !14

b14:
	%v45 = phi i64 [ %v37, %b12 ], [ %v39, %b13 ]
	%v40 = phi i64 [ %v32, %b12 ], [ %v36, %b13 ]
	%v42 = icmp uge i64 %v40, 4, !dbg !14
	br i1 %v42, label %b15, label %b16, !dbg !14

b15:
	%v44 = lshr i64 %v40, 2, !dbg !14
	%v47 = add i64 %v45, 2, !dbg !14
	br label %b16, !dbg !14

b16:
	%v53 = phi i64 [ %v45, %b14 ], [ %v47, %b15 ]
	%v48 = phi i64 [ %v40, %b14 ], [ %v44, %b15 ]
	%v50 = icmp uge i64 %v48, 2, !dbg !14
	br i1 %v50, label %b17, label %b18, !dbg !14

b17:
	%v55 = add i64 %v53, 1, !dbg !14
	br label %b18, !dbg !14

b18:
	%v59 = phi i64 [ %v53, %b16 ], [ %v55, %b17 ]
	br label %b8, !dbg !14

b8:
	%v58 = phi i64 [ 33, %b5 ], [ %v59, %b18 ]
	br label %b6, !dbg !14

b6:
	%v57 = phi i64 [ 1, %b3 ], [ %v58, %b8 ]
	br label %b4, !dbg !14

b4:
	%v56 = phi i64 [ 0, %b1 ], [ %v57, %b6 ]
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v60)
	%2 = bitcast i8* %v60 to i32*, !dbg !14
	store i32 0, i32* %2, align 4, !dbg !14
	%v64 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_bytes to i8*), i8* %v60), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v60)
	%v66 = icmp eq i8* %v64, null, !dbg !14
	br i1 %v66, label %b2, label %b20, !dbg !14

b20:
	%v69 = shl i64 %v56, 3, !dbg !14
	%3 = call i64 asm "", "=r,0"(i64 %v69), !dbg !14
	%4 = icmp ugt i64 %3, 264, !dbg !14
	%5 = select i1 %4, i64 264, i64 %3, !dbg !14
	%v70 = getelementptr i8, i8* %v64, i64 %5, !dbg !14
	%6 = bitcast i8* %v70 to i64*, !dbg !14
	%v71 = load i64, i64* %6, align 8, !dbg !14
	%v73 = add i64 %v71, 1, !dbg !14
	%7 = bitcast i8* %v70 to i64*, !dbg !14
	store i64 %v73, i64* %7, align 8, !dbg !14
	%8 = getelementptr i8, i8* %ctx, i64 32, !dbg !15
	%9 = bitcast i8* %8 to i64*, !dbg !15
	%v75 = load i64, i64* %9, align 8, !dbg !15
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v76)
	%10 = bitcast i8* %v76 to i64*, !dbg !16
	store i64 0, i64* %10, align 8, !dbg !16
	%v80 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_total to i8*), i8* %v76), !dbg !16
	%11 = icmp ne i8* %v80, null
	br i1 %11, label %b21, label %b22, !dbg !16

b21:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v76)
	%12 = bitcast i8* %v80 to i64*, !dbg !16
	%v81 = load i64, i64* %12, align 8, !dbg !16
	%v82 = add i64 %v81, %v75, !dbg !16
	%13 = bitcast i8* %v80 to i64*, !dbg !16
	store i64 %v82, i64* %13, align 8, !dbg !16
	br label %b23, !dbg !16

b22:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v84)
	%14 = bitcast i8* %v84 to i64*, !dbg !16
	store i64 %v75, i64* %14, align 8, !dbg !16
	%v88 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_total to i8*), i8* %v76, i8* %v84, i64 0), !dbg !16
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v84)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v76)
	br label %b23, !dbg !16

b23:
	%15 = getelementptr i8, i8* %ctx, i64 32, !dbg !17
	%16 = bitcast i8* %15 to i64*, !dbg !17
	%v90 = load i64, i64* %16, align 8, !dbg !17
	%v92 = udiv i64 %v90, 1000, !dbg !17
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v89)
	%17 = bitcast i8* %v89 to i64*, !dbg !17
	store i64 %v92, i64* %17, align 8, !dbg !17
	%v96 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_sizes to i8*), i8* %v89), !dbg !17
	%18 = icmp ne i8* %v96, null
	br i1 %18, label %b24, label %b25, !dbg !17

b24:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v89)
	%19 = bitcast i8* %v96 to i64*, !dbg !17
	%v97 = load i64, i64* %19, align 8, !dbg !17
	%v98 = add i64 %v97, 1, !dbg !17
	%20 = bitcast i8* %v96 to i64*, !dbg !17
	store i64 %v98, i64* %20, align 8, !dbg !17
	br label %b2, !dbg !17

b25:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v100)
	%21 = bitcast i8* %v100 to i64*, !dbg !17
	store i64 1, i64* %21, align 8, !dbg !17
	%v104 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_sizes to i8*), i8* %v89, i8* %v100, i64 0), !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v100)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v89)
	br label %b2, !dbg !17

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
!8 = distinct !DISubprogram(name: "tp_sys_enter_write", scope: !0, file: !0, line: 159, type: !4, scopeLine: 159, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 159, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 159, scope: !8)
!12 = !DILocation(line: 167, scope: !8)
!13 = !DILocation(line: 183, scope: !8)
!14 = !DILocation(line: 174, scope: !8)
!15 = !DILocation(line: 212, scope: !8)
!16 = !DILocation(line: 203, scope: !8)
!17 = !DILocation(line: 231, scope: !8)
!18 = !DILocation(line: 252, scope: !8)
