target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_e = global { i32, i32, i32, i32, i32 } { i32 6, i32 4, i32 272, i32 1, i32 0 }, section "maps", align 4
@AT_h = global { i32, i32, i32, i32, i32 } { i32 6, i32 4, i32 272, i32 1, i32 0 }, section "maps", align 4
@AT_l = global { i32, i32, i32, i32, i32 } { i32 6, i32 4, i32 96, i32 1, i32 0 }, section "maps", align 4
@AT_never = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_unused = global { i32, i32, i32, i32, i32 } { i32 6, i32 4, i32 272, i32 1, i32 0 }, section "maps", align 4
@AT_z = global { i32, i32, i32, i32, i32 } { i32 6, i32 4, i32 56, i32 1, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" !dbg !8 {
b0:
	%v351.slot = alloca [8 x i8], align 8
	%v351 = bitcast [8 x i8]* %v351.slot to i8*
	%v344.slot = alloca [8 x i8], align 8
	%v344 = bitcast [8 x i8]* %v344.slot to i8*
	%v330.slot = alloca [24 x i8], align 8
	%v330 = bitcast [24 x i8]* %v330.slot to i8*
	%v320.slot = alloca [16 x i8], align 8
	%v320 = bitcast [16 x i8]* %v320.slot to i8*
	%v305.slot = alloca [8 x i8], align 8
	%v305 = bitcast [8 x i8]* %v305.slot to i8*
	%v238.slot = alloca [8 x i8], align 8
	%v238 = bitcast [8 x i8]* %v238.slot to i8*
	%v235.slot = alloca [8 x i8], align 8
	%v235 = bitcast [8 x i8]* %v235.slot to i8*
	%v220.slot = alloca [8 x i8], align 8
	%v220 = bitcast [8 x i8]* %v220.slot to i8*
	%v190.slot = alloca [8 x i8], align 8
	%v190 = bitcast [8 x i8]* %v190.slot to i8*
	%v122.slot = alloca [8 x i8], align 8
	%v122 = bitcast [8 x i8]* %v122.slot to i8*
	%v54.slot = alloca [8 x i8], align 8
	%v54 = bitcast [8 x i8]* %v54.slot to i8*
	%v44 = icmp uge i64 1, 2, !dbg !11
	br i1 %v44, label %b15, label %b16, !dbg !11

b15:
	%v49 = add i64 4, 1, !dbg !11
	br label %b16, !dbg !11

b16:
	%v53 = phi i64 [ 4, %b0 ], [ %v49, %b15 ]
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v54)
	%0 = bitcast i8* %v54 to i32*, !dbg !11
	store i32 0, i32* %0, align 4, !dbg !11
	%v58 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_h to i8*), i8* %v54), !dbg !11
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v54)
	%v60 = icmp eq i8* %v58, null, !dbg !11
	br i1 %v60, label %b17, label %b18, !dbg !11

b18:
	%v63 = shl i64 %v53, 3, !dbg !11
	%1 = call i64 asm "", "=r,0"(i64 %v63), !dbg !11
	%2 = icmp ugt i64 %1, 264, !dbg !11
	%3 = select i1 %2, i64 264, i64 %1, !dbg !11
	%v64 = getelementptr i8, i8* %v58, i64 %3, !dbg !11
	%4 = bitcast i8* %v64 to i64*, !dbg !11
	%v65 = load i64, i64* %4, align 8, !dbg !11
	%v67 = add i64 %v65, 1, !dbg !11
	%5 = bitcast i8* %v64 to i64*, !dbg !11
	store i64 %v67, i64* %5, align 8, !dbg !11
	br label %b32, !dbg !12

b32:
	%v115 = phi i64 [ 10, %b18 ]
	%v110 = phi i64 [ 2, %b18 ]
	%v112 = icmp uge i64 %v110, 2, !dbg !12
	br i1 %v112, label %b33, label %b34, !dbg !12

b33:
	%v117 = add i64 %v115, 1, !dbg !12
	br label %b34, !dbg !12

b34:
	%v121 = phi i64 [ %v115, %b32 ], [ %v117, %b33 ]
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v122)
	%6 = bitcast i8* %v122 to i32*, !dbg !12
	store i32 0, i32* %6, align 4, !dbg !12
	%v126 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_h to i8*), i8* %v122), !dbg !12
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v122)
	%v128 = icmp eq i8* %v126, null, !dbg !12
	br i1 %v128, label %b17, label %b36, !dbg !12

b36:
	%v131 = shl i64 %v121, 3, !dbg !12
	%7 = call i64 asm "", "=r,0"(i64 %v131), !dbg !12
	%8 = icmp ugt i64 %7, 264, !dbg !12
	%9 = select i1 %8, i64 264, i64 %7, !dbg !12
	%v132 = getelementptr i8, i8* %v126, i64 %9, !dbg !12
	%10 = bitcast i8* %v132 to i64*, !dbg !12
	%v133 = load i64, i64* %10, align 8, !dbg !12
	%v135 = add i64 %v133, 1, !dbg !12
	%11 = bitcast i8* %v132 to i64*, !dbg !12
	store i64 %v135, i64* %11, align 8, !dbg !12
	br label %b50, !dbg !12

b50:
	%v183 = phi i64 [ 2, %b36 ]
	%v178 = phi i64 [ 1, %b36 ]
	%v180 = icmp uge i64 %v178, 2, !dbg !13
	br i1 %v180, label %b51, label %b52, !dbg !13

b51:
	%v185 = add i64 %v183, 1, !dbg !13
	br label %b52, !dbg !13

b52:
	%v189 = phi i64 [ %v183, %b50 ], [ %v185, %b51 ]
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v190)
	%12 = bitcast i8* %v190 to i32*, !dbg !13
	store i32 0, i32* %12, align 4, !dbg !13
	%v194 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_e to i8*), i8* %v190), !dbg !13
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v190)
	%v196 = icmp eq i8* %v194, null, !dbg !13
	br i1 %v196, label %b17, label %b54, !dbg !13

b54:
	%v199 = shl i64 %v189, 3, !dbg !13
	%13 = call i64 asm "", "=r,0"(i64 %v199), !dbg !13
	%14 = icmp ugt i64 %13, 264, !dbg !13
	%15 = select i1 %14, i64 264, i64 %13, !dbg !13
	%v200 = getelementptr i8, i8* %v194, i64 %15, !dbg !13
	%16 = bitcast i8* %v200 to i64*, !dbg !13
	%v201 = load i64, i64* %16, align 8, !dbg !13
	%v203 = add i64 %v201, 1, !dbg !13
	%17 = bitcast i8* %v200 to i64*, !dbg !13
	store i64 %v203, i64* %17, align 8, !dbg !13
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v220)
	%18 = bitcast i8* %v220 to i32*, !dbg !14
	store i32 0, i32* %18, align 4, !dbg !14
	%v224 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_l to i8*), i8* %v220), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v220)
	%v226 = icmp eq i8* %v224, null, !dbg !14
	br i1 %v226, label %b17, label %b60, !dbg !14

b60:
	%v230 = getelementptr i8, i8* %v224, i64 32, !dbg !14
	%19 = bitcast i8* %v230 to i64*, !dbg !14
	%v231 = load i64, i64* %19, align 8, !dbg !14
	%v233 = add i64 %v231, 1, !dbg !14
	%20 = bitcast i8* %v230 to i64*, !dbg !14
	store i64 %v233, i64* %20, align 8, !dbg !14
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v235)
	%21 = bitcast i8* %v235 to i64*, !dbg !15
	store i64 0, i64* %21, align 8, !dbg !15
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v238)
	%22 = bitcast i8* %v238 to i64*, !dbg !15
	store i64 0, i64* %22, align 8, !dbg !15
	%v243 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_never to i8*), i8* %v235, i8* %v238, i64 0), !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v238)
	%v249 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_never to i8*), i8* %v235), !dbg !16
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v235)
	%23 = icmp ne i8* %v249, null
	br i1 %23, label %b63, label %b62, !dbg !16

b63:
	%24 = bitcast i8* %v249 to i64*, !dbg !16
	%v250 = load i64, i64* %24, align 8, !dbg !16
	%25 = icmp ne i64 %v250, 0
	br i1 %25, label %b76, label %b62, !dbg !16

b76:
	br label %b78, !dbg !16

b78:
	%v298 = phi i64 [ 2, %b76 ]
	%v293 = phi i64 [ 1, %b76 ]
	%v295 = icmp uge i64 %v293, 2, !dbg !17
	br i1 %v295, label %b79, label %b80, !dbg !17

b79:
	%v300 = add i64 %v298, 1, !dbg !17
	br label %b80, !dbg !17

b80:
	%v304 = phi i64 [ %v298, %b78 ], [ %v300, %b79 ]
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v305)
	%26 = bitcast i8* %v305 to i32*, !dbg !17
	store i32 0, i32* %26, align 4, !dbg !17
	%v309 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_unused to i8*), i8* %v305), !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v305)
	%v311 = icmp eq i8* %v309, null, !dbg !17
	br i1 %v311, label %b17, label %b82, !dbg !17

b82:
	%v314 = shl i64 %v304, 3, !dbg !17
	%27 = call i64 asm "", "=r,0"(i64 %v314), !dbg !17
	%28 = icmp ugt i64 %27, 264, !dbg !17
	%29 = select i1 %28, i64 264, i64 %27, !dbg !17
	%v315 = getelementptr i8, i8* %v309, i64 %29, !dbg !17
	%30 = bitcast i8* %v315 to i64*, !dbg !17
	%v316 = load i64, i64* %30, align 8, !dbg !17
	%v318 = add i64 %v316, 1, !dbg !17
	%31 = bitcast i8* %v315 to i64*, !dbg !17
	store i64 %v318, i64* %31, align 8, !dbg !17
	br label %b62, !dbg !17

b62:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v320)
	%32 = bitcast i8* %v320 to i64*, !dbg !18
	store i64 30002, i64* %32, align 8, !dbg !18
	%33 = getelementptr i8, i8* %v320, i64 8, !dbg !18
	%34 = bitcast i8* %33 to i32*, !dbg !18
	store i32 0, i32* %34, align 4, !dbg !18
	%35 = getelementptr i8, i8* %v320, i64 12, !dbg !18
	call void @llvm.memset.p0i8.i64(i8* align 4 %35, i8 0, i64 4, i1 false), !dbg !18
	%v329 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v320, i64 16, i64 0), !dbg !18
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v320)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v330)
	%36 = bitcast i8* %v330 to i64*, !dbg !19
	store i64 30001, i64* %36, align 8, !dbg !19
	%37 = getelementptr i8, i8* %v330, i64 8, !dbg !19
	%38 = bitcast i8* %37 to i32*, !dbg !19
	store i32 1, i32* %38, align 4, !dbg !19
	%39 = getelementptr i8, i8* %v330, i64 12, !dbg !19
	%40 = bitcast i8* %39 to i32*, !dbg !19
	store i32 0, i32* %40, align 4, !dbg !19
	%41 = getelementptr i8, i8* %v330, i64 16, !dbg !19
	%42 = bitcast i8* %41 to i32*, !dbg !19
	store i32 0, i32* %42, align 4, !dbg !19
	%43 = getelementptr i8, i8* %v330, i64 20, !dbg !19
	call void @llvm.memset.p0i8.i64(i8* align 4 %43, i8 0, i64 4, i1 false), !dbg !19
	%v343 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v330, i64 24, i64 0), !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v330)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v344)
	%44 = bitcast i8* %v344 to i64*, !dbg !20
	store i64 30000, i64* %44, align 8, !dbg !20
	%v350 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v344, i64 8, i64 0), !dbg !20
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v344)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v351)
	%45 = bitcast i8* %v351 to i32*, !dbg !20
	store i32 0, i32* %45, align 4, !dbg !20
	%v355 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v351), !dbg !20
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v351)
	%46 = icmp ne i8* %v355, null
	br i1 %46, label %b83, label %b17, !dbg !20

b83:
	%47 = bitcast i8* %v355 to i64*, !dbg !20
	store i64 1, i64* %47, align 8, !dbg !20
	br label %b17, !dbg !20

b17:
	ret i64 0, !dbg !20
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memset.p0i8.i64(i8* %0, i8 %1, i64 %2, i1 %3) argmemonly nounwind

define i64 @END(i8* %ctx) nounwind section "bpftc/END" !dbg !21 {
b0:
	%v31.slot = alloca [16 x i8], align 8
	%v31 = bitcast [16 x i8]* %v31.slot to i8*
	%v16.slot = alloca [8 x i8], align 8
	%v16 = bitcast [8 x i8]* %v16.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v16)
	%0 = bitcast i8* %v16 to i32*, !dbg !24
	store i32 0, i32* %0, align 4, !dbg !24
	%v20 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_z to i8*), i8* %v16), !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v16)
	%v22 = icmp eq i8* %v20, null, !dbg !24
	br i1 %v22, label %b5, label %b6, !dbg !24

b5:
	ret i64 0, !dbg !24

b6:
	%v26 = getelementptr i8, i8* %v20, i64 16, !dbg !24
	%1 = bitcast i8* %v26 to i64*, !dbg !24
	%v27 = load i64, i64* %1, align 8, !dbg !24
	%v29 = add i64 %v27, 1, !dbg !24
	%2 = bitcast i8* %v26 to i64*, !dbg !24
	store i64 %v29, i64* %2, align 8, !dbg !24
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v31)
	%3 = bitcast i8* %v31 to i64*, !dbg !25
	store i64 30003, i64* %3, align 8, !dbg !25
	%4 = getelementptr i8, i8* %v31, i64 8, !dbg !25
	%5 = bitcast i8* %4 to i32*, !dbg !25
	store i32 5, i32* %5, align 4, !dbg !25
	%6 = getelementptr i8, i8* %v31, i64 12, !dbg !25
	call void @llvm.memset.p0i8.i64(i8* align 4 %6, i8 0, i64 4, i1 false), !dbg !25
	%v40 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v31, i64 16, i64 0), !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v31)
	ret i64 0, !dbg !25
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
!8 = distinct !DISubprogram(name: "BEGIN", scope: !0, file: !0, line: 126, type: !4, scopeLine: 126, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 126, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 126, scope: !8)
!12 = !DILocation(line: 141, scope: !8)
!13 = !DILocation(line: 158, scope: !8)
!14 = !DILocation(line: 173, scope: !8)
!15 = !DILocation(line: 199, scope: !8)
!16 = !DILocation(line: 215, scope: !8)
!17 = !DILocation(line: 228, scope: !8)
!18 = !DILocation(line: 251, scope: !8)
!19 = !DILocation(line: 263, scope: !8)
!20 = !DILocation(line: 275, scope: !8)
!21 = distinct !DISubprogram(name: "END", scope: !0, file: !0, line: 293, type: !4, scopeLine: 293, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !23)
!22 = !DILocalVariable(name: "ctx", arg: 1, scope: !21, file: !0, line: 293, type: !3)
!23 = !{!22}
!24 = !DILocation(line: 293, scope: !21)
!25 = !DILocation(line: 319, scope: !21)
