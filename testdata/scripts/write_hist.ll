target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_bytes = global { i32, i32, i32, i32, i32 } { i32 6, i32 4, i32 272, i32 1, i32 0 }, section "maps", align 4
@AT_sizes = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_total = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_write(i8* %ctx) nounwind section "bpftc/tp_sys_enter_write" !dbg !8 {
b0:
	%v106.slot = alloca [8 x i8], align 8
	%v106 = bitcast [8 x i8]* %v106.slot to i8*
	%v95.slot = alloca [8 x i8], align 8
	%v95 = bitcast [8 x i8]* %v95.slot to i8*
	%v90.slot = alloca [8 x i8], align 8
	%v90 = bitcast [8 x i8]* %v90.slot to i8*
	%v82.slot = alloca [8 x i8], align 8
	%v82 = bitcast [8 x i8]* %v82.slot to i8*
	%v62.slot = alloca [8 x i8], align 8
	%v62 = bitcast [8 x i8]* %v62.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !11
	%v3 = lshr i64 %v1, 32, !dbg !11
	%v7 = icmp ne i64 %v3, 4242, !dbg !11
	br i1 %v7, label %b1, label %b2, !dbg !11

b1:
	ret i64 0, !dbg !11

b2:
	%0 = getelementptr i8, i8* %ctx, i64 32, !dbg !13
	%1 = bitcast i8* %0 to i64*, !dbg !13
	%v9 = load i64, i64* %1, align 8, !dbg !13
	%v12 = icmp sge i64 %v9, 0, !dbg !14
	br i1 %v12, label %b3, label %b4, !dbg !14

b3:
	%v15 = icmp ne i64 %v9, 0, !dbg !14
	br i1 %v15, label %b5, label %b6, !dbg !14

b5:
	%v18 = icmp ult i64 %v9, u0x100000000, !dbg !14
	br i1 %v18, label %b7, label %b8, !dbg !14

b7:
	%v21 = icmp uge i64 %v9, 65536, !dbg !14
	br i1 %v21, label %b9, label %b10, !dbg !14

b9:
	%v23 = lshr i64 %v9, 16, !dbg !14
	br label %b10, !dbg !14

b10:
	%v31 = phi i64 [ 2, %b7 ], [ 18, %b9 ]
	%v26 = phi i64 [ %v9, %b7 ], [ %v23, %b9 ]
	%v28 = icmp uge i64 %v26, 256, !dbg !14
	br i1 %v28, label %b11, label %b12, !dbg !14

b11:
	%v30 = lshr i64 %v26, 8, !dbg !14
	%v33 = add i64 %v31, 8, !dbg !14
	br label %b12, !dbg !14

b12:
	%v39 = phi i64 [ %v31, %b10 ], [ %v33, %b11 ]
	%v34 = phi i64 [ %v26, %b10 ], [ %v30, %b11 ]
	%v36 = icmp uge i64 %v34, 16, !dbg !14
	br i1 %v36, label %b13, label %b14, !dbg !14

b13:
	%v38 = lshr i64 %v34, 4, !dbg !14
	%v41 = add i64 %v39, 4, !dbg !14
	br label %b14, !dbg !14

b14:
	%v47 = phi i64 [ %v39, %b12 ], [ %v41, %b13 ]
	%v42 = phi i64 [ %v34, %b12 ], [ %v38, %b13 ]
	%v44 = icmp uge i64 %v42, 4, !dbg !14
	br i1 %v44, label %b15, label %b16, !dbg !14

b15:
	%v46 = lshr i64 %v42, 2, !dbg !14
	%v49 = add i64 %v47, 2, !dbg !14
	br label %b16, !dbg !14

b16:
	%v55 = phi i64 [ %v47, %b14 ], [ %v49, %b15 ]
	%v50 = phi i64 [ %v42, %b14 ], [ %v46, %b15 ]
	%v52 = icmp uge i64 %v50, 2, !dbg !14
	br i1 %v52, label %b17, label %b18, !dbg !14

b17:
	%v57 = add i64 %v55, 1, !dbg !14
	br label %b18, !dbg !14

b18:
	%v61 = phi i64 [ %v55, %b16 ], [ %v57, %b17 ]
	br label %b8, !dbg !14

b8:
	%v60 = phi i64 [ 33, %b5 ], [ %v61, %b18 ]
	br label %b6, !dbg !14

b6:
	%v59 = phi i64 [ 1, %b3 ], [ %v60, %b8 ]
	br label %b4, !dbg !14

b4:
	%v58 = phi i64 [ 0, %b2 ], [ %v59, %b6 ]
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v62)
	%2 = bitcast i8* %v62 to i32*, !dbg !14
	store i32 0, i32* %2, align 4, !dbg !14
	%v66 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_bytes to i8*), i8* %v62), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v62)
	%v68 = icmp eq i8* %v66, null, !dbg !14
	br i1 %v68, label %b19, label %b20, !dbg !14

b19:
	ret i64 0, !dbg !14

b20:
	%v71 = icmp ugt i64 %v58, 33, !dbg !14
	br i1 %v71, label %b21, label %b22, !dbg !14

b21:
	br label %b22, !dbg !14

b22:
	%v73 = phi i64 [ %v58, %b20 ], [ 33, %b21 ]
	%v75 = shl i64 %v73, 3, !dbg !14
	%3 = call i64 asm "", "=r,0"(i64 %v75), !dbg !14
	%4 = icmp ugt i64 %3, 264, !dbg !14
	%5 = select i1 %4, i64 264, i64 %3, !dbg !14
	%v76 = getelementptr i8, i8* %v66, i64 %5, !dbg !14
	%6 = bitcast i8* %v76 to i64*, !dbg !14
	%v77 = load i64, i64* %6, align 8, !dbg !14
	%v79 = add i64 %v77, 1, !dbg !14
	%7 = bitcast i8* %v76 to i64*, !dbg !14
	store i64 %v79, i64* %7, align 8, !dbg !14
	%8 = getelementptr i8, i8* %ctx, i64 32, !dbg !15
	%9 = bitcast i8* %8 to i64*, !dbg !15
	%v81 = load i64, i64* %9, align 8, !dbg !15
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v82)
	%10 = bitcast i8* %v82 to i64*, !dbg !16
	store i64 0, i64* %10, align 8, !dbg !16
	%v86 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_total to i8*), i8* %v82), !dbg !16
	%11 = icmp ne i8* %v86, null
	br i1 %11, label %b23, label %b24, !dbg !16

b23:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v82)
	%12 = bitcast i8* %v86 to i64*, !dbg !16
	%v87 = load i64, i64* %12, align 8, !dbg !16
	%v88 = add i64 %v87, %v81, !dbg !16
	%13 = bitcast i8* %v86 to i64*, !dbg !16
	store i64 %v88, i64* %13, align 8, !dbg !16
	br label %b25, !dbg !16

b24:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v90)
	%14 = bitcast i8* %v90 to i64*, !dbg !16
	store i64 %v81, i64* %14, align 8, !dbg !16
	%v94 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_total to i8*), i8* %v82, i8* %v90, i64 0), !dbg !16
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v90)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v82)
	br label %b25, !dbg !16

b25:
	%15 = getelementptr i8, i8* %ctx, i64 32, !dbg !17
	%16 = bitcast i8* %15 to i64*, !dbg !17
	%v96 = load i64, i64* %16, align 8, !dbg !17
	%v98 = udiv i64 %v96, 1000, !dbg !17
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v95)
	%17 = bitcast i8* %v95 to i64*, !dbg !17
	store i64 %v98, i64* %17, align 8, !dbg !17
	%v102 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_sizes to i8*), i8* %v95), !dbg !17
	%18 = icmp ne i8* %v102, null
	br i1 %18, label %b26, label %b27, !dbg !17

b26:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v95)
	%19 = bitcast i8* %v102 to i64*, !dbg !17
	%v103 = load i64, i64* %19, align 8, !dbg !17
	%v104 = add i64 %v103, 1, !dbg !17
	%20 = bitcast i8* %v102 to i64*, !dbg !17
	store i64 %v104, i64* %20, align 8, !dbg !17
	br label %b28, !dbg !17

b27:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v106)
	%21 = bitcast i8* %v106 to i64*, !dbg !17
	store i64 1, i64* %21, align 8, !dbg !17
	%v110 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_sizes to i8*), i8* %v95, i8* %v106, i64 0), !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v106)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v95)
	br label %b28, !dbg !17

b28:
	ret i64 0, !dbg !17
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
