target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_fd = global { i32, i32, i32, i32, i32 } { i32 5, i32 16, i32 96, i32 u0x1000, i32 0 }, section "maps", align 4
@AT__zero = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 96, i32 1, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_close(i8* %ctx) nounwind section "bpftc/tp_sys_enter_close" !dbg !8 {
b0:
	%v31.slot = alloca [8 x i8], align 8
	%v31 = bitcast [8 x i8]* %v31.slot to i8*
	%v24.slot = alloca [16 x i8], align 8
	%v24 = bitcast [16 x i8]* %v24.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !11
	%v3 = lshr i64 %v1, 32, !dbg !11
	%v7 = icmp ne i64 %v3, 4242, !dbg !11
	br i1 %v7, label %b1, label %b2, !dbg !11

b1:
	ret i64 0, !dbg !11

b2:
	%0 = getelementptr i8, i8* %ctx, i64 16, !dbg !13
	%1 = bitcast i8* %0 to i64*, !dbg !13
	%v9 = load i64, i64* %1, align 8, !dbg !13
	%v12 = icmp sge i64 %v9, 0, !dbg !14
	br i1 %v12, label %b3, label %b4, !dbg !14

b3:
	%v16 = udiv i64 %v9, 10, !dbg !14
	%v18 = add i64 %v16, 1, !dbg !14
	%v20 = icmp ugt i64 %v18, 11, !dbg !14
	br i1 %v20, label %b5, label %b6, !dbg !14

b5:
	br label %b6, !dbg !14

b6:
	%v22 = phi i64 [ %v18, %b3 ], [ 11, %b5 ]
	br label %b4, !dbg !14

b4:
	%v23 = phi i64 [ 0, %b2 ], [ %v22, %b6 ]
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v24)
	%v26 = call i64 inttoptr (i64 16 to i64 (i8*, i64)*)(i8* %v24, i64 16), !dbg !14
	%v28 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_fd to i8*), i8* %v24), !dbg !14
	%v30 = icmp eq i8* %v28, null, !dbg !14
	br i1 %v30, label %b7, label %b8, !dbg !14

b7:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v31)
	%2 = bitcast i8* %v31 to i32*, !dbg !14
	store i32 0, i32* %2, align 4, !dbg !14
	%v35 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__zero to i8*), i8* %v31), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v31)
	%v37 = icmp eq i8* %v35, null, !dbg !14
	br i1 %v37, label %b9, label %b10, !dbg !14

b9:
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v24)
	ret i64 0, !dbg !14

b10:
	%v41 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_fd to i8*), i8* %v24, i8* %v35, i64 1), !dbg !14
	%v43 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_fd to i8*), i8* %v24), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v24)
	%v45 = icmp eq i8* %v43, null, !dbg !14
	br i1 %v45, label %b11, label %b12, !dbg !14

b11:
	ret i64 0, !dbg !14

b12:
	br label %b8, !dbg !14

b8:
	%v47 = phi i8* [ %v28, %b4 ], [ %v43, %b12 ]
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v24)
	%v49 = icmp ugt i64 %v23, 11, !dbg !14
	br i1 %v49, label %b13, label %b14, !dbg !14

b13:
	br label %b14, !dbg !14

b14:
	%v51 = phi i64 [ %v23, %b8 ], [ 11, %b13 ]
	%v53 = shl i64 %v51, 3, !dbg !14
	%3 = call i64 asm "", "=r,0"(i64 %v53), !dbg !14
	%4 = icmp ugt i64 %3, 88, !dbg !14
	%5 = select i1 %4, i64 88, i64 %3, !dbg !14
	%v54 = getelementptr i8, i8* %v47, i64 %5, !dbg !14
	%6 = bitcast i8* %v54 to i64*, !dbg !14
	%v55 = load i64, i64* %6, align 8, !dbg !14
	%v57 = add i64 %v55, 1, !dbg !14
	%7 = bitcast i8* %v54 to i64*, !dbg !14
	store i64 %v57, i64* %7, align 8, !dbg !14
	ret i64 0, !dbg !14
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
!8 = distinct !DISubprogram(name: "tp_sys_enter_close", scope: !0, file: !0, line: 182, type: !4, scopeLine: 182, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 182, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 182, scope: !8)
!12 = !DILocation(line: 190, scope: !8)
!13 = !DILocation(line: 209, scope: !8)
!14 = !DILocation(line: 197, scope: !8)
