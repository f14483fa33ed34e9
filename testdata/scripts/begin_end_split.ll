target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_runs = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_ticks = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@llvm.compiler.used = appending global [1 x i8*] [i8* bitcast (i64 (i8*)* @sub_interval to i8*)], section "llvm.metadata"

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" !dbg !8 {
b0:
	%v18.slot = alloca [8 x i8], align 8
	%v18 = bitcast [8 x i8]* %v18.slot to i8*
	%v15.slot = alloca [16 x i8], align 8
	%v15 = bitcast [16 x i8]* %v15.slot to i8*
	%v10.slot = alloca [8 x i8], align 8
	%v10 = bitcast [8 x i8]* %v10.slot to i8*
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%0 = bitcast i8* %v1 to i64*, !dbg !11
	store i64 0, i64* %0, align 8, !dbg !11
	%v6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_runs to i8*), i8* %v1), !dbg !11
	%1 = icmp ne i8* %v6, null
	br i1 %1, label %b1, label %b2, !dbg !11

b1:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	%2 = bitcast i8* %v6 to i64*, !dbg !11
	%v7 = load i64, i64* %2, align 8, !dbg !11
	%v8 = add i64 %v7, 1, !dbg !11
	%3 = bitcast i8* %v6 to i64*, !dbg !11
	store i64 %v8, i64* %3, align 8, !dbg !11
	br label %b3, !dbg !11

b2:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v10)
	%4 = bitcast i8* %v10 to i64*, !dbg !11
	store i64 1, i64* %4, align 8, !dbg !11
	%v14 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_runs to i8*), i8* %v1, i8* %v10, i64 0), !dbg !11
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v10)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	br label %b3, !dbg !11

b3:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v15)
	%5 = bitcast i8* %v15 to i64*, !dbg !12
	store i64 0, i64* %5, align 8, !dbg !12
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v18)
	%6 = bitcast i8* %v18 to i64*, !dbg !13
	store i64 0, i64* %6, align 8, !dbg !13
	%v23 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_runs to i8*), i8* %v18), !dbg !13
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v18)
	%7 = icmp ne i8* %v23, null
	br i1 %7, label %b4, label %b5, !dbg !13

b4:
	%8 = bitcast i8* %v23 to i64*, !dbg !13
	%v24 = load i64, i64* %8, align 8, !dbg !13
	br label %b5, !dbg !13

b5:
	%v25 = phi i64 [ 0, %b3 ], [ %v24, %b4 ]
	%9 = getelementptr i8, i8* %v15, i64 8, !dbg !12
	%10 = bitcast i8* %9 to i64*, !dbg !12
	store i64 %v25, i64* %10, align 8, !dbg !12
	%v30 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v15, i64 16, i64 0), !dbg !12
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v15)
	ret i64 0, !dbg !12
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

define internal i64 @sub_interval(i8* %ctx) nounwind noinline !dbg !14 {
b0:
	%v53.slot = alloca [8 x i8], align 8
	%v53 = bitcast [8 x i8]* %v53.slot to i8*
	%v46.slot = alloca [8 x i8], align 8
	%v46 = bitcast [8 x i8]* %v46.slot to i8*
	%v36.slot = alloca [8 x i8], align 8
	%v36 = bitcast [8 x i8]* %v36.slot to i8*
	%v31.slot = alloca [8 x i8], align 8
	%v31 = bitcast [8 x i8]* %v31.slot to i8*
	%v22.slot = alloca [8 x i8], align 8
	%v22 = bitcast [8 x i8]* %v22.slot to i8*
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%0 = bitcast i8* %v1 to i64*, !dbg !17
	store i64 0, i64* %0, align 8, !dbg !17
	%v6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_runs to i8*), i8* %v1), !dbg !17
	%1 = icmp ne i8* %v6, null
	br i1 %1, label %b4, label %b2, !dbg !19

b4:
	%2 = bitcast i8* %v6 to i64*, !dbg !17
	%v7 = load i64, i64* %2, align 8, !dbg !17
	%v62 = icmp eq i64 %v7, 1, !dbg !17
	br i1 %v62, label %b3, label %b2, !dbg !17

b3:
	%v16 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v1), !dbg !20
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	%3 = icmp ne i8* %v16, null
	br i1 %3, label %b6, label %b1, !dbg !20

b6:
	%4 = bitcast i8* %v16 to i64*, !dbg !20
	%v17 = load i64, i64* %4, align 8, !dbg !20
	%v63 = icmp slt i64 %v17, 2, !dbg !20
	br i1 %v63, label %b1, label %b2, !dbg !20

b1:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v22)
	%5 = bitcast i8* %v22 to i64*, !dbg !21
	store i64 0, i64* %5, align 8, !dbg !21
	%v27 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v22), !dbg !21
	%6 = icmp ne i8* %v27, null
	br i1 %6, label %b8, label %b9, !dbg !21

b8:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v22)
	%7 = bitcast i8* %v27 to i64*, !dbg !21
	%v28 = load i64, i64* %7, align 8, !dbg !21
	%v29 = add i64 %v28, 1, !dbg !21
	%8 = bitcast i8* %v27 to i64*, !dbg !21
	store i64 %v29, i64* %8, align 8, !dbg !21
	br label %b10, !dbg !21

b9:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v31)
	%9 = bitcast i8* %v31 to i64*, !dbg !21
	store i64 1, i64* %9, align 8, !dbg !21
	%v35 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v22, i8* %v31, i64 0), !dbg !21
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v31)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v22)
	br label %b10, !dbg !21

b10:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v36)
	%10 = bitcast i8* %v36 to i64*, !dbg !22
	store i64 0, i64* %10, align 8, !dbg !22
	%v41 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v36), !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v36)
	%11 = icmp ne i8* %v41, null
	br i1 %11, label %b13, label %b2, !dbg !22

b13:
	%12 = bitcast i8* %v41 to i64*, !dbg !22
	%v42 = load i64, i64* %12, align 8, !dbg !22
	%v64 = icmp eq i64 %v42, 2, !dbg !22
	br i1 %v64, label %b11, label %b2, !dbg !22

b11:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v46)
	%13 = bitcast i8* %v46 to i64*, !dbg !23
	store i64 30000, i64* %13, align 8, !dbg !23
	%v52 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v46, i64 8, i64 0), !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v46)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v53)
	%14 = bitcast i8* %v53 to i32*, !dbg !23
	store i32 0, i32* %14, align 4, !dbg !23
	%v57 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v53), !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v53)
	%15 = icmp ne i8* %v57, null
	br i1 %15, label %b15, label %b2, !dbg !23

b15:
	%16 = bitcast i8* %v57 to i64*, !dbg !23
	store i64 1, i64* %16, align 8, !dbg !23
	br label %b2, !dbg !23

b2:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	%17 = call i64 asm "$0 = 0", "=r"(), !dbg !23
	ret i64 %17, !dbg !23
}

define i64 @interval(i8* %ctx) nounwind section "bpftc/interval" !dbg !24 {
0:
	%1 = call i64 @sub_interval(i8* %ctx), !dbg !27
	ret i64 %1, !dbg !27
}

define i64 @tp_sys_enter_getppid(i8* %ctx) nounwind section "bpftc/tp_sys_enter_getppid" !dbg !28 {
0:
	%1 = call i64 @sub_interval(i8* %ctx), !dbg !31
	ret i64 %1, !dbg !31
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
!8 = distinct !DISubprogram(name: "BEGIN", scope: !0, file: !0, line: 80, type: !4, scopeLine: 80, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 80, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 80, scope: !8)
!12 = !DILocation(line: 90, scope: !8)
!13 = !DILocation(line: 113, scope: !8)
!14 = distinct !DISubprogram(name: "sub_interval", scope: !0, file: !0, line: 178, type: !4, scopeLine: 178, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !16)
!15 = !DILocalVariable(name: "ctx", arg: 1, scope: !14, file: !0, line: 178, type: !3)
!16 = !{!15}
!17 = !DILocation(line: 178, scope: !14)
!18 = !DILocation(line: 188, scope: !14)
!19 = !DILocation(line: 202, scope: !14)
!20 = !DILocation(line: 193, scope: !14)
!21 = !DILocation(line: 208, scope: !14)
!22 = !DILocation(line: 222, scope: !14)
!23 = !DILocation(line: 240, scope: !14)
!24 = distinct !DISubprogram(name: "interval", scope: !0, file: !0, line: 178, type: !4, scopeLine: 178, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !26)
!25 = !DILocalVariable(name: "ctx", arg: 1, scope: !24, file: !0, line: 178, type: !3)
!26 = !{!25}
!27 = !DILocation(line: 178, scope: !24)
!28 = distinct !DISubprogram(name: "tp_sys_enter_getppid", scope: !0, file: !0, line: 178, type: !4, scopeLine: 178, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !30)
!29 = !DILocalVariable(name: "ctx", arg: 1, scope: !28, file: !0, line: 178, type: !3)
!30 = !{!29}
!31 = !DILocation(line: 178, scope: !28)
