target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_div = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_kind = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_mod = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_shift = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_str = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 64, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_close(i8* %ctx) nounwind section "bpftc/tp_sys_enter_close" !dbg !8 {
b0:
	%v112.slot = alloca [8 x i8], align 8
	%v112 = bitcast [8 x i8]* %v112.slot to i8*
	%v102.slot = alloca [8 x i8], align 8
	%v102 = bitcast [8 x i8]* %v102.slot to i8*
	%v83.slot = alloca [8 x i8], align 8
	%v83 = bitcast [8 x i8]* %v83.slot to i8*
	%v77.slot = alloca [8 x i8], align 8
	%v77 = bitcast [8 x i8]* %v77.slot to i8*
	%v67.slot = alloca [64 x i8], align 8
	%v67 = bitcast [64 x i8]* %v67.slot to i8*
	%v62.slot = alloca [8 x i8], align 8
	%v62 = bitcast [8 x i8]* %v62.slot to i8*
	%v52.slot = alloca [8 x i8], align 8
	%v52 = bitcast [8 x i8]* %v52.slot to i8*
	%v40.slot = alloca [32 x i8], align 8
	%v40 = bitcast [32 x i8]* %v40.slot to i8*
	%v23.slot = alloca [40 x i8], align 8
	%v23 = bitcast [40 x i8]* %v23.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !11
	%v3 = lshr i64 %v1, 32, !dbg !11
	%v5 = icmp eq i64 %v3, 4242, !dbg !11
	br i1 %v5, label %b3, label %b2, !dbg !11

b3:
	%0 = getelementptr i8, i8* %ctx, i64 16, !dbg !13
	%1 = bitcast i8* %0 to i64*, !dbg !13
	%v6 = load i64, i64* %1, align 8, !dbg !13
	%v8 = icmp ugt i64 %v6, 20, !dbg !13
	br i1 %v8, label %b1, label %b2, !dbg !13

b1:
	%2 = getelementptr i8, i8* %ctx, i64 16, !dbg !15
	%3 = bitcast i8* %2 to i64*, !dbg !15
	%v10 = load i64, i64* %3, align 8, !dbg !15
	%v12 = icmp uge i64 %v10, 100, !dbg !17
	br i1 %v12, label %b4, label %b5, !dbg !17

b4:
	br label %b6, !dbg !18

b5:
	br label %b6, !dbg !19

b6:
	%v15 = phi i64 [ 1, %b4 ], [ 0, %b5 ]
	%v18 = mul i64 %v10, 2, !dbg !21
	%v20 = sub i64 %v18, 7, !dbg !21
	%4 = icmp ne i64 %v15, 0
	br i1 %4, label %b7, label %b10, !dbg !21

b10:
	%v22 = icmp eq i64 %v10, 40, !dbg !24
	br i1 %v22, label %b7, label %b8, !dbg !24

b7:
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v23)
	%5 = bitcast i8* %v23 to i64*, !dbg !25
	store i64 0, i64* %5, align 8, !dbg !25
	%6 = getelementptr i8, i8* %v23, i64 8, !dbg !25
	%7 = bitcast i8* %6 to i64*, !dbg !25
	store i64 %v10, i64* %7, align 8, !dbg !25
	%8 = getelementptr i8, i8* %v23, i64 16, !dbg !25
	%9 = bitcast i8* %8 to i64*, !dbg !25
	store i64 %v15, i64* %9, align 8, !dbg !25
	%10 = getelementptr i8, i8* %v23, i64 24, !dbg !25
	%11 = bitcast i8* %10 to i64*, !dbg !25
	store i64 %v20, i64* %11, align 8, !dbg !25
	%v32 = sub i64 0, %v20, !dbg !26
	%12 = getelementptr i8, i8* %v23, i64 32, !dbg !25
	%13 = bitcast i8* %12 to i64*, !dbg !25
	store i64 %v32, i64* %13, align 8, !dbg !25
	%v37 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v23, i64 40, i64 0), !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v23)
	br label %b9, !dbg !25

b8:
	%v39 = icmp ne i64 %v10, 33, !dbg !28
	br i1 %v39, label %b9, label %b11, !dbg !28

b11:
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v40)
	%14 = bitcast i8* %v40 to i64*, !dbg !29
	store i64 1, i64* %14, align 8, !dbg !29
	%15 = getelementptr i8, i8* %v40, i64 8, !dbg !29
	%16 = bitcast i8* %15 to i64*, !dbg !29
	store i64 %v10, i64* %16, align 8, !dbg !29
	%17 = getelementptr i8, i8* %v40, i64 16, !dbg !29
	%18 = bitcast i8* %17 to i64*, !dbg !29
	store i64 -1, i64* %18, align 8, !dbg !29
	%19 = getelementptr i8, i8* %v40, i64 24, !dbg !29
	%20 = bitcast i8* %19 to i64*, !dbg !29
	store i64 255, i64* %20, align 8, !dbg !29
	%v51 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v40, i64 32, i64 0), !dbg !29
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v40)
	br label %b9, !dbg !29

b9:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v52)
	%21 = bitcast i8* %v52 to i64*, !dbg !32
	store i64 %v15, i64* %21, align 8, !dbg !32
	%v58 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_kind to i8*), i8* %v52), !dbg !32
	%22 = icmp ne i8* %v58, null
	br i1 %22, label %b13, label %b14, !dbg !32

b13:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v52)
	%23 = bitcast i8* %v58 to i64*, !dbg !32
	%v59 = load i64, i64* %23, align 8, !dbg !32
	%v60 = add i64 %v59, 1, !dbg !32
	%24 = bitcast i8* %v58 to i64*, !dbg !32
	store i64 %v60, i64* %24, align 8, !dbg !32
	br label %b15, !dbg !32

b14:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v62)
	%25 = bitcast i8* %v62 to i64*, !dbg !32
	store i64 1, i64* %25, align 8, !dbg !32
	%v66 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_kind to i8*), i8* %v52, i8* %v62, i64 0), !dbg !32
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v62)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v52)
	br label %b15, !dbg !32

b15:
	call void @llvm.lifetime.start.p0i8(i64 64, i8* %v67)
	%26 = icmp ne i64 %v15, 0
	br i1 %26, label %b16, label %b17, !dbg !32

b16:
	%27 = bitcast i8* %v67 to i32*, !dbg !33
	store i32 6777186, i32* %27, align 4, !dbg !33
	%28 = getelementptr i8, i8* %v67, i64 4, !dbg !33
	call void @llvm.memset.p0i8.i64(i8* align 4 %28, i8 0, i64 60, i1 false), !dbg !33
	br label %b18, !dbg !33

b17:
	%29 = bitcast i8* %v67 to i32*, !dbg !34
	store i32 1818324339, i32* %29, align 4, !dbg !34
	%30 = getelementptr i8, i8* %v67, i64 4, !dbg !34
	%31 = bitcast i8* %30 to i16*, !dbg !34
	store i16 108, i16* %31, align 2, !dbg !34
	%32 = getelementptr i8, i8* %v67, i64 6, !dbg !34
	call void @llvm.memset.p0i8.i64(i8* align 2 %32, i8 0, i64 58, i1 false), !dbg !34
	br label %b18, !dbg !34

b18:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v77)
	%33 = bitcast i8* %v77 to i64*, !dbg !35
	store i64 0, i64* %33, align 8, !dbg !35
	%v82 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_str to i8*), i8* %v77, i8* %v67, i64 0), !dbg !35
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v67)
	%v91 = or i64 u0x200000000, %v10, !dbg !36
	%34 = trunc i64 %v91 to i32, !dbg !36
	%v92 = zext i32 %34 to i64, !dbg !36
	%v94 = lshr i64 %v92, 1, !dbg !36
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v83)
	%35 = bitcast i8* %v83 to i64*, !dbg !37
	store i64 %v94, i64* %35, align 8, !dbg !37
	%v101 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_shift to i8*), i8* %v77, i8* %v83, i64 0), !dbg !37
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v83)
	%v104 = call i64 asm "$0 /= $2", "=r,0,r"(i64 100, i64 %v10), !dbg !38
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v102)
	%36 = bitcast i8* %v102 to i64*, !dbg !39
	store i64 %v104, i64* %36, align 8, !dbg !39
	%v111 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_div to i8*), i8* %v77, i8* %v102, i64 0), !dbg !39
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v102)
	%37 = call i64 asm "$0 /= $2", "=r,0,r"(i64 100, i64 %v10), !dbg !40
	%38 = mul i64 %37, %v10, !dbg !40
	%v114 = sub i64 100, %38, !dbg !40
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v112)
	%39 = bitcast i8* %v112 to i64*, !dbg !41
	store i64 %v114, i64* %39, align 8, !dbg !41
	%v121 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mod to i8*), i8* %v77, i8* %v112, i64 0), !dbg !41
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v112)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v77)
	ret i64 0, !dbg !41

b2:
	ret i64 0, !dbg !11
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memset.p0i8.i64(i8* %0, i8 %1, i64 %2, i1 %3) argmemonly nounwind

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
!8 = distinct !DISubprogram(name: "tp_sys_enter_close", scope: !0, file: !0, line: 181, type: !4, scopeLine: 181, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 181, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 181, scope: !8)
!12 = !DILocation(line: 189, scope: !8)
!13 = !DILocation(line: 195, scope: !8)
!14 = !DILocation(line: 206, scope: !8)
!15 = !DILocation(line: 219, scope: !8)
!16 = !DILocation(line: 244, scope: !8)
!17 = !DILocation(line: 237, scope: !8)
!18 = !DILocation(line: 250, scope: !8)
!19 = !DILocation(line: 254, scope: !8)
!20 = !DILocation(line: 269, scope: !8)
!21 = !DILocation(line: 263, scope: !8)
!22 = !DILocation(line: 273, scope: !8)
!23 = !DILocation(line: 296, scope: !8)
!24 = !DILocation(line: 289, scope: !8)
!25 = !DILocation(line: 304, scope: !8)
!26 = !DILocation(line: 356, scope: !8)
!27 = !DILocation(line: 383, scope: !8)
!28 = !DILocation(line: 373, scope: !8)
!29 = !DILocation(line: 392, scope: !8)
!30 = !DILocation(line: 425, scope: !8)
!31 = !DILocation(line: 429, scope: !8)
!32 = !DILocation(line: 439, scope: !8)
!33 = !DILocation(line: 477, scope: !8)
!34 = !DILocation(line: 485, scope: !8)
!35 = !DILocation(line: 463, scope: !8)
!36 = !DILocation(line: 504, scope: !8)
!37 = !DILocation(line: 495, scope: !8)
!38 = !DILocation(line: 542, scope: !8)
!39 = !DILocation(line: 535, scope: !8)
!40 = !DILocation(line: 561, scope: !8)
!41 = !DILocation(line: 554, scope: !8)
