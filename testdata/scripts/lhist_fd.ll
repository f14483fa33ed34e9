target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_fd = global { i32, i32, i32, i32, i32 } { i32 5, i32 16, i32 96, i32 u0x1000, i32 0 }, section "maps", align 4
@AT__zero = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 96, i32 1, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_close(i8* %ctx) nounwind section "bpftc/tp_sys_enter_close" !dbg !8 {
b0:
	%v29.slot = alloca [8 x i8], align 8
	%v29 = bitcast [8 x i8]* %v29.slot to i8*
	%v22.slot = alloca [16 x i8], align 8
	%v22 = bitcast [16 x i8]* %v22.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !11
	%v3 = lshr i64 %v1, 32, !dbg !11
	%v5 = icmp eq i64 %v3, 4242, !dbg !11
	br i1 %v5, label %b1, label %b2, !dbg !11

b1:
	%0 = getelementptr i8, i8* %ctx, i64 16, !dbg !13
	%1 = bitcast i8* %0 to i64*, !dbg !13
	%v7 = load i64, i64* %1, align 8, !dbg !13
	%v10 = icmp sge i64 %v7, 0, !dbg !14
	br i1 %v10, label %b3, label %b4, !dbg !14

b3:
	%v14 = udiv i64 %v7, 10, !dbg !14
	%v16 = add i64 %v14, 1, !dbg !14
	%v18 = icmp ugt i64 %v16, 11, !dbg !14
	br i1 %v18, label %b5, label %b6, !dbg !14

b5:
	br label %b6, !dbg !14

b6:
	%v20 = phi i64 [ %v16, %b3 ], [ 11, %b5 ]
	br label %b4, !dbg !14

b4:
	%v21 = phi i64 [ 0, %b1 ], [ %v20, %b6 ]
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v22)
	%v24 = call i64 inttoptr (i64 16 to i64 (i8*, i64)*)(i8* %v22, i64 16), !dbg !14
	%v26 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_fd to i8*), i8* %v22), !dbg !14
	%v28 = icmp eq i8* %v26, null, !dbg !14
	br i1 %v28, label %b7, label %b8, !dbg !14

b7:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v29)
	%2 = bitcast i8* %v29 to i32*, !dbg !14
	store i32 0, i32* %2, align 4, !dbg !14
	%v33 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__zero to i8*), i8* %v29), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v29)
	%v35 = icmp eq i8* %v33, null, !dbg !14
	br i1 %v35, label %b2, label %b10, !dbg !14

b10:
	%v39 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_fd to i8*), i8* %v22, i8* %v33, i64 1), !dbg !14
	%v41 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_fd to i8*), i8* %v22), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v22)
	%v43 = icmp eq i8* %v41, null, !dbg !14
	br i1 %v43, label %b2, label %b12, !dbg !14

b12:
	br label %b8, !dbg !14

b8:
	%v45 = phi i8* [ %v26, %b4 ], [ %v41, %b12 ]
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v22)
	%v47 = shl i64 %v21, 3, !dbg !14
	%3 = call i64 asm "", "=r,0"(i64 %v47), !dbg !14
	%4 = icmp ugt i64 %3, 88, !dbg !14
	%5 = select i1 %4, i64 88, i64 %3, !dbg !14
	%v48 = getelementptr i8, i8* %v45, i64 %5, !dbg !14
	%6 = bitcast i8* %v48 to i64*, !dbg !14
	%v49 = load i64, i64* %6, align 8, !dbg !14
	%v51 = add i64 %v49, 1, !dbg !14
	%7 = bitcast i8* %v48 to i64*, !dbg !14
	store i64 %v51, i64* %7, align 8, !dbg !14
	ret i64 0, !dbg !14

b2:
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v22)
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
!8 = distinct !DISubprogram(name: "tp_sys_enter_close", scope: !0, file: !0, line: 182, type: !4, scopeLine: 182, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 182, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 182, scope: !8)
!12 = !DILocation(line: 190, scope: !8)
!13 = !DILocation(line: 209, scope: !8)
!14 = !DILocation(line: 197, scope: !8)
