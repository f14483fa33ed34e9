target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_bk = global { i32, i32, i32, i32, i32 } { i32 5, i32 17, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_bv = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 9, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_err = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_ip = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 24, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" !dbg !8 {
b0:
	%v674.slot = alloca [8 x i8], align 8
	%v674 = bitcast [8 x i8]* %v674.slot to i8*
	%v667.slot = alloca [8 x i8], align 8
	%v667 = bitcast [8 x i8]* %v667.slot to i8*
	%v653.slot = alloca [8 x i8], align 8
	%v653 = bitcast [8 x i8]* %v653.slot to i8*
	%v645.slot = alloca [24 x i8], align 8
	%v645 = bitcast [24 x i8]* %v645.slot to i8*
	%v640.slot = alloca [8 x i8], align 8
	%v640 = bitcast [8 x i8]* %v640.slot to i8*
	%v602.slot = alloca [8 x i8], align 8
	%v602 = bitcast [8 x i8]* %v602.slot to i8*
	%v598.slot = alloca [24 x i8], align 8
	%v598 = bitcast [24 x i8]* %v598.slot to i8*
	%v592.slot = alloca [8 x i8], align 8
	%v592 = bitcast [8 x i8]* %v592.slot to i8*
	%v571.slot = alloca [16 x i8], align 8
	%v571 = bitcast [16 x i8]* %v571.slot to i8*
	%v567.slot = alloca [16 x i8], align 8
	%v567 = bitcast [16 x i8]* %v567.slot to i8*
	%v558.slot = alloca [16 x i8], align 8
	%v558 = bitcast [16 x i8]* %v558.slot to i8*
	%v549.slot = alloca [8 x i8], align 8
	%v549 = bitcast [8 x i8]* %v549.slot to i8*
	%v526.slot = alloca [8 x i8], align 8
	%v526 = bitcast [8 x i8]* %v526.slot to i8*
	%v512.slot = alloca [8 x i8], align 8
	%v512 = bitcast [8 x i8]* %v512.slot to i8*
	%v490.slot = alloca [8 x i8], align 8
	%v490 = bitcast [8 x i8]* %v490.slot to i8*
	%v484.slot = alloca [32 x i8], align 8
	%v484 = bitcast [32 x i8]* %v484.slot to i8*
	%v478.slot = alloca [8 x i8], align 8
	%v478 = bitcast [8 x i8]* %v478.slot to i8*
	%v475.slot = alloca [8 x i8], align 8
	%v475 = bitcast [8 x i8]* %v475.slot to i8*
	%v469.slot = alloca [8 x i8], align 8
	%v469 = bitcast [8 x i8]* %v469.slot to i8*
	%v463.slot = alloca [24 x i8], align 8
	%v463 = bitcast [24 x i8]* %v463.slot to i8*
	%v457.slot = alloca [8 x i8], align 8
	%v457 = bitcast [8 x i8]* %v457.slot to i8*
	%v451.slot = alloca [24 x i8], align 8
	%v451 = bitcast [24 x i8]* %v451.slot to i8*
	%v436.slot = alloca [40 x i8], align 8
	%v436 = bitcast [40 x i8]* %v436.slot to i8*
	%v419.slot = alloca [16 x i8], align 8
	%v419 = bitcast [16 x i8]* %v419.slot to i8*
	%v418.slot = alloca [16 x i8], align 8
	%v418 = bitcast [16 x i8]* %v418.slot to i8*
	%v402.slot = alloca [16 x i8], align 8
	%v402 = bitcast [16 x i8]* %v402.slot to i8*
	%v401.slot = alloca [16 x i8], align 8
	%v401 = bitcast [16 x i8]* %v401.slot to i8*
	%v385.slot = alloca [16 x i8], align 8
	%v385 = bitcast [16 x i8]* %v385.slot to i8*
	%v384.slot = alloca [16 x i8], align 8
	%v384 = bitcast [16 x i8]* %v384.slot to i8*
	%v368.slot = alloca [16 x i8], align 8
	%v368 = bitcast [16 x i8]* %v368.slot to i8*
	%v367.slot = alloca [16 x i8], align 8
	%v367 = bitcast [16 x i8]* %v367.slot to i8*
	%v361.slot = alloca [104 x i8], align 8
	%v361 = bitcast [104 x i8]* %v361.slot to i8*
	%v350.slot = alloca [8 x i8], align 8
	%v350 = bitcast [8 x i8]* %v350.slot to i8*
	%v349.slot = alloca [8 x i8], align 8
	%v349 = bitcast [8 x i8]* %v349.slot to i8*
	%v328.slot = alloca [104 x i8], align 8
	%v328 = bitcast [104 x i8]* %v328.slot to i8*
	%v291.slot = alloca [24 x i8], align 8
	%v291 = bitcast [24 x i8]* %v291.slot to i8*
	%v72.slot = alloca [48 x i8], align 8
	%v72 = bitcast [48 x i8]* %v72.slot to i8*
	%v32.slot = alloca [40 x i8], align 8
	%v32 = bitcast [40 x i8]* %v32.slot to i8*
	%v7.slot = alloca [32 x i8], align 8
	%v7 = bitcast [32 x i8]* %v7.slot to i8*
	%v5.slot = alloca [8 x i8], align 8
	%v5 = bitcast [8 x i8]* %v5.slot to i8*
	%v3.slot = alloca [8 x i8], align 8
	%v3 = bitcast [8 x i8]* %v3.slot to i8*
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v1, i8 0, i64 7, i1 false), !dbg !11
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v3)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v3, i8 0, i64 7, i1 false), !dbg !11
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v5)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v5, i8 0, i64 3, i1 false), !dbg !11
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v7)
	%0 = bitcast i8* %v7 to i64*, !dbg !12
	store i64 0, i64* %0, align 8, !dbg !12
	%1 = getelementptr i8, i8* %v7, i64 8, !dbg !12
	%2 = bitcast i8* %1 to i64*, !dbg !12
	store i64 1, i64* %2, align 8, !dbg !12
	%3 = getelementptr i8, i8* %v7, i64 16, !dbg !12
	%4 = bitcast i8* %3 to i64*, !dbg !12
	store i64 0, i64* %4, align 8, !dbg !12
	%5 = getelementptr i8, i8* %v7, i64 24, !dbg !12
	%6 = bitcast i8* %5 to i64*, !dbg !12
	store i64 1, i64* %6, align 8, !dbg !12
	%v19 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v7, i64 32, i64 0), !dbg !12
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v7)
	%7 = bitcast i8* %v1 to i32*, !dbg !14
	store i32 1684234849, i32* %7, align 4, !dbg !14
	%8 = getelementptr i8, i8* %v1, i64 4, !dbg !14
	%9 = bitcast i8* %8 to i16*, !dbg !14
	store i16 u0x6665, i16* %9, align 2, !dbg !14
	%10 = getelementptr i8, i8* %v1, i64 6, !dbg !14
	store i8 0, i8* %10, align 1, !dbg !14
	%11 = bitcast i8* %v3 to i32*, !dbg !15
	store i32 2019779169, i32* %11, align 4, !dbg !15
	%12 = getelementptr i8, i8* %v3, i64 4, !dbg !15
	%13 = bitcast i8* %12 to i16*, !dbg !15
	store i16 31353, i16* %13, align 2, !dbg !15
	%14 = getelementptr i8, i8* %v3, i64 6, !dbg !15
	store i8 0, i8* %14, align 1, !dbg !15
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v32)
	%15 = bitcast i8* %v32 to i64*, !dbg !16
	store i64 1, i64* %15, align 8, !dbg !16
	%16 = bitcast i8* %v1 to i16*, !dbg !17
	%17 = load i16, i16* %16, align 2, !dbg !17
	%v36 = zext i16 %17 to i64, !dbg !17
	%18 = bitcast i8* %v3 to i16*, !dbg !17
	%19 = load i16, i16* %18, align 2, !dbg !17
	%v37 = zext i16 %19 to i64, !dbg !17
	%v38 = icmp ne i64 %v36, %v37, !dbg !17
	br i1 %v38, label %b1, label %b2, !dbg !17

b2:
	%20 = getelementptr i8, i8* %v1, i64 2, !dbg !17
	%21 = load i8, i8* %20, align 1, !dbg !17
	%v39 = zext i8 %21 to i64, !dbg !17
	%22 = getelementptr i8, i8* %v3, i64 2, !dbg !17
	%23 = load i8, i8* %22, align 1, !dbg !17
	%v40 = zext i8 %23 to i64, !dbg !17
	%v41 = icmp ne i64 %v39, %v40, !dbg !17
	br i1 %v41, label %b1, label %b3, !dbg !17

b3:
	br label %b1, !dbg !17

b1:
	%v43 = phi i64 [ 1, %b0 ], [ 1, %b2 ], [ 0, %b3 ]
	%24 = getelementptr i8, i8* %v32, i64 8, !dbg !16
	%25 = bitcast i8* %24 to i64*, !dbg !16
	store i64 %v43, i64* %25, align 8, !dbg !16
	%26 = bitcast i8* %v1 to i32*, !dbg !18
	%27 = load i32, i32* %26, align 4, !dbg !18
	%v46 = zext i32 %27 to i64, !dbg !18
	%28 = bitcast i8* %v3 to i32*, !dbg !18
	%29 = load i32, i32* %28, align 4, !dbg !18
	%v47 = zext i32 %29 to i64, !dbg !18
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v3)
	%v48 = icmp ne i64 %v46, %v47, !dbg !18
	br i1 %v48, label %b4, label %b5, !dbg !18

b5:
	br label %b4, !dbg !18

b4:
	%v50 = phi i64 [ 1, %b1 ], [ 0, %b5 ]
	%30 = getelementptr i8, i8* %v32, i64 16, !dbg !16
	%31 = bitcast i8* %30 to i64*, !dbg !16
	store i64 %v50, i64* %31, align 8, !dbg !16
	%32 = getelementptr i8, i8* %v32, i64 24, !dbg !16
	%33 = bitcast i8* %32 to i64*, !dbg !16
	store i64 0, i64* %33, align 8, !dbg !16
	%34 = bitcast i8* %v1 to i32*, !dbg !19
	%35 = load i32, i32* %34, align 4, !dbg !19
	%v56 = zext i32 %35 to i64, !dbg !19
	%v58 = icmp ne i64 %v56, 1684234849, !dbg !19
	br i1 %v58, label %b7, label %b8, !dbg !19

b8:
	%36 = getelementptr i8, i8* %v1, i64 4, !dbg !19
	%37 = bitcast i8* %36 to i16*, !dbg !19
	%38 = load i16, i16* %37, align 2, !dbg !19
	%v59 = zext i16 %38 to i64, !dbg !19
	%v61 = icmp ne i64 %v59, u0x6665, !dbg !19
	br i1 %v61, label %b7, label %b9, !dbg !19

b9:
	%39 = getelementptr i8, i8* %v1, i64 6, !dbg !19
	%40 = load i8, i8* %39, align 1, !dbg !19
	%v62 = zext i8 %40 to i64, !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	%v64 = icmp ne i64 %v62, 0, !dbg !19
	br i1 %v64, label %b7, label %b10, !dbg !19

b10:
	br label %b7, !dbg !19

b7:
	%v66 = phi i64 [ 1, %b4 ], [ 1, %b8 ], [ 1, %b9 ], [ 0, %b10 ]
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	%41 = getelementptr i8, i8* %v32, i64 32, !dbg !16
	%42 = bitcast i8* %41 to i64*, !dbg !16
	store i64 %v66, i64* %42, align 8, !dbg !16
	%v71 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v32, i64 40, i64 0), !dbg !16
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v32)
	call void @llvm.lifetime.start.p0i8(i64 48, i8* %v72)
	%43 = bitcast i8* %v72 to i64*, !dbg !20
	store i64 2, i64* %43, align 8, !dbg !20
	%44 = getelementptr i8, i8* %v72, i64 8, !dbg !20
	%45 = bitcast i8* %44 to i64*, !dbg !20
	store i64 -8613303245920329199, i64* %45, align 8, !dbg !20
	%46 = getelementptr i8, i8* %v72, i64 16, !dbg !20
	%47 = bitcast i8* %46 to i64*, !dbg !20
	store i64 2018915346, i64* %47, align 8, !dbg !20
	%48 = getelementptr i8, i8* %v72, i64 24, !dbg !20
	%49 = bitcast i8* %48 to i64*, !dbg !20
	store i64 13330, i64* %49, align 8, !dbg !20
	%50 = getelementptr i8, i8* %v72, i64 32, !dbg !20
	%51 = bitcast i8* %50 to i64*, !dbg !20
	store i64 18, i64* %51, align 8, !dbg !20
	%52 = getelementptr i8, i8* %v72, i64 40, !dbg !20
	%53 = bitcast i8* %52 to i64*, !dbg !20
	store i64 4660, i64* %53, align 8, !dbg !20
	%v290 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v72, i64 48, i64 0), !dbg !20
	call void @llvm.lifetime.end.p0i8(i64 48, i8* %v72)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v291)
	%54 = bitcast i8* %v291 to i64*, !dbg !24
	store i64 30007, i64* %54, align 8, !dbg !24
	%55 = getelementptr i8, i8* %v291, i64 8, !dbg !24
	%56 = bitcast i8* %55 to i64*, !dbg !24
	store i64 0, i64* %56, align 8, !dbg !24
	%57 = getelementptr i8, i8* %v291, i64 16, !dbg !24
	%58 = bitcast i8* %57 to i64*, !dbg !24
	store i64 2018915346, i64* %58, align 8, !dbg !24
	%v327 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v291, i64 24, i64 0), !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v291)
	call void @llvm.lifetime.start.p0i8(i64 104, i8* %v328)
	%59 = bitcast i8* %v328 to i64*, !dbg !25
	store i64 3, i64* %59, align 8, !dbg !25
	%60 = getelementptr i8, i8* %v328, i64 8, !dbg !26
	%61 = bitcast i8* %60 to i64*, !dbg !26
	store i64 2, i64* %61, align 8, !dbg !26
	%62 = getelementptr i8, i8* %v328, i64 16, !dbg !26
	call void @llvm.memset.p0i8.i64(i8* align 8 %62, i8 0, i64 16, i1 false), !dbg !26
	%63 = getelementptr i8, i8* %v328, i64 16, !dbg !26
	%64 = bitcast i8* %63 to i32*, !dbg !26
	store i32 1, i32* %64, align 4, !dbg !26
	%65 = getelementptr i8, i8* %v328, i64 32, !dbg !27
	%66 = bitcast i8* %65 to i64*, !dbg !27
	store i64 2, i64* %66, align 8, !dbg !27
	%67 = getelementptr i8, i8* %v328, i64 40, !dbg !27
	call void @llvm.memset.p0i8.i64(i8* align 8 %67, i8 0, i64 16, i1 false), !dbg !27
	%68 = getelementptr i8, i8* %v328, i64 40, !dbg !27
	%69 = bitcast i8* %68 to i32*, !dbg !27
	store i32 16777343, i32* %69, align 4, !dbg !27
	%70 = getelementptr i8, i8* %v328, i64 56, !dbg !28
	%71 = bitcast i8* %70 to i64*, !dbg !28
	store i64 2, i64* %71, align 8, !dbg !28
	%72 = getelementptr i8, i8* %v328, i64 64, !dbg !28
	call void @llvm.memset.p0i8.i64(i8* align 8 %72, i8 0, i64 16, i1 false), !dbg !28
	%73 = getelementptr i8, i8* %v328, i64 64, !dbg !28
	%74 = bitcast i8* %73 to i32*, !dbg !28
	store i32 -65536, i32* %74, align 4, !dbg !28
	%75 = getelementptr i8, i8* %v328, i64 80, !dbg !29
	%76 = bitcast i8* %75 to i64*, !dbg !29
	store i64 2, i64* %76, align 8, !dbg !29
	%77 = getelementptr i8, i8* %v328, i64 88, !dbg !29
	call void @llvm.memset.p0i8.i64(i8* align 8 %77, i8 0, i64 16, i1 false), !dbg !29
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v350)
	%78 = bitcast i8* %v350 to i32*, !dbg !30
	store i32 16777343, i32* %78, align 4, !dbg !30
	%79 = bitcast i8* %v350 to i32*, !dbg !30
	%80 = load i32, i32* %79, align 4, !dbg !30
	%v353 = zext i32 %80 to i64, !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v350)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v349)
	%81 = trunc i64 %v353 to i32, !dbg !30
	%82 = bitcast i8* %v349 to i32*, !dbg !30
	store i32 %81, i32* %82, align 4, !dbg !30
	%83 = bitcast i8* %v349 to i32*, !dbg !29
	%84 = load i32, i32* %83, align 4, !dbg !29
	%v355 = zext i32 %84 to i64, !dbg !29
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v349)
	%85 = trunc i64 %v355 to i32, !dbg !29
	%86 = getelementptr i8, i8* %v328, i64 88, !dbg !29
	%87 = bitcast i8* %86 to i32*, !dbg !29
	store i32 %85, i32* %87, align 4, !dbg !29
	%v360 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v328, i64 104, i64 0), !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 104, i8* %v328)
	call void @llvm.lifetime.start.p0i8(i64 104, i8* %v361)
	%88 = bitcast i8* %v361 to i64*, !dbg !31
	store i64 4, i64* %88, align 8, !dbg !31
	%89 = getelementptr i8, i8* %v361, i64 8, !dbg !32
	%90 = bitcast i8* %89 to i64*, !dbg !32
	store i64 10, i64* %90, align 8, !dbg !32
	%91 = getelementptr i8, i8* %v361, i64 16, !dbg !32
	call void @llvm.memset.p0i8.i64(i8* align 8 %91, i8 0, i64 16, i1 false), !dbg !32
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v368)
	%92 = bitcast i8* %v368 to i64*, !dbg !32
	store i64 0, i64* %92, align 8, !dbg !32
	%93 = getelementptr i8, i8* %v368, i64 8, !dbg !32
	%94 = bitcast i8* %93 to i64*, !dbg !32
	store i64 u0x100000000000000, i64* %94, align 8, !dbg !32
	%95 = bitcast i8* %v368 to i64*, !dbg !32
	%v373 = load i64, i64* %95, align 8, !dbg !32
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v367)
	%96 = bitcast i8* %v367 to i64*, !dbg !32
	store i64 %v373, i64* %96, align 8, !dbg !32
	%97 = getelementptr i8, i8* %v368, i64 8, !dbg !32
	%98 = bitcast i8* %97 to i64*, !dbg !32
	%v375 = load i64, i64* %98, align 8, !dbg !32
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v368)
	%99 = getelementptr i8, i8* %v367, i64 8, !dbg !32
	%100 = bitcast i8* %99 to i64*, !dbg !32
	store i64 %v375, i64* %100, align 8, !dbg !32
	%101 = bitcast i8* %v367 to i64*, !dbg !32
	%v377 = load i64, i64* %101, align 8, !dbg !32
	%102 = getelementptr i8, i8* %v361, i64 16, !dbg !32
	%103 = bitcast i8* %102 to i64*, !dbg !32
	store i64 %v377, i64* %103, align 8, !dbg !32
	%104 = getelementptr i8, i8* %v367, i64 8, !dbg !32
	%105 = bitcast i8* %104 to i64*, !dbg !32
	%v379 = load i64, i64* %105, align 8, !dbg !32
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v367)
	%106 = getelementptr i8, i8* %v361, i64 24, !dbg !32
	%107 = bitcast i8* %106 to i64*, !dbg !32
	store i64 %v379, i64* %107, align 8, !dbg !32
	%108 = getelementptr i8, i8* %v361, i64 32, !dbg !33
	%109 = bitcast i8* %108 to i64*, !dbg !33
	store i64 10, i64* %109, align 8, !dbg !33
	%110 = getelementptr i8, i8* %v361, i64 40, !dbg !33
	call void @llvm.memset.p0i8.i64(i8* align 8 %110, i8 0, i64 16, i1 false), !dbg !33
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v385)
	%111 = bitcast i8* %v385 to i64*, !dbg !34
	store i64 33022, i64* %111, align 8, !dbg !34
	%112 = getelementptr i8, i8* %v385, i64 8, !dbg !34
	%113 = bitcast i8* %112 to i64*, !dbg !34
	store i64 u0x200000000000100, i64* %113, align 8, !dbg !34
	%114 = bitcast i8* %v385 to i64*, !dbg !34
	%v390 = load i64, i64* %114, align 8, !dbg !34
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v384)
	%115 = bitcast i8* %v384 to i64*, !dbg !34
	store i64 %v390, i64* %115, align 8, !dbg !34
	%116 = getelementptr i8, i8* %v385, i64 8, !dbg !34
	%117 = bitcast i8* %116 to i64*, !dbg !34
	%v392 = load i64, i64* %117, align 8, !dbg !34
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v385)
	%118 = getelementptr i8, i8* %v384, i64 8, !dbg !34
	%119 = bitcast i8* %118 to i64*, !dbg !34
	store i64 %v392, i64* %119, align 8, !dbg !34
	%120 = bitcast i8* %v384 to i64*, !dbg !33
	%v394 = load i64, i64* %120, align 8, !dbg !33
	%121 = getelementptr i8, i8* %v361, i64 40, !dbg !33
	%122 = bitcast i8* %121 to i64*, !dbg !33
	store i64 %v394, i64* %122, align 8, !dbg !33
	%123 = getelementptr i8, i8* %v384, i64 8, !dbg !33
	%124 = bitcast i8* %123 to i64*, !dbg !33
	%v396 = load i64, i64* %124, align 8, !dbg !33
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v384)
	%125 = getelementptr i8, i8* %v361, i64 48, !dbg !33
	%126 = bitcast i8* %125 to i64*, !dbg !33
	store i64 %v396, i64* %126, align 8, !dbg !33
	%127 = getelementptr i8, i8* %v361, i64 56, !dbg !35
	%128 = bitcast i8* %127 to i64*, !dbg !35
	store i64 10, i64* %128, align 8, !dbg !35
	%129 = getelementptr i8, i8* %v361, i64 64, !dbg !35
	call void @llvm.memset.p0i8.i64(i8* align 8 %129, i8 0, i64 16, i1 false), !dbg !35
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v402)
	%130 = bitcast i8* %v402 to i64*, !dbg !35
	store i64 0, i64* %130, align 8, !dbg !35
	%131 = getelementptr i8, i8* %v402, i64 8, !dbg !35
	%132 = bitcast i8* %131 to i64*, !dbg !35
	store i64 u0xFFFF0000, i64* %132, align 8, !dbg !35
	%133 = bitcast i8* %v402 to i64*, !dbg !35
	%v407 = load i64, i64* %133, align 8, !dbg !35
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v401)
	%134 = bitcast i8* %v401 to i64*, !dbg !35
	store i64 %v407, i64* %134, align 8, !dbg !35
	%135 = getelementptr i8, i8* %v402, i64 8, !dbg !35
	%136 = bitcast i8* %135 to i64*, !dbg !35
	%v409 = load i64, i64* %136, align 8, !dbg !35
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v402)
	%137 = getelementptr i8, i8* %v401, i64 8, !dbg !35
	%138 = bitcast i8* %137 to i64*, !dbg !35
	store i64 %v409, i64* %138, align 8, !dbg !35
	%139 = bitcast i8* %v401 to i64*, !dbg !35
	%v411 = load i64, i64* %139, align 8, !dbg !35
	%140 = getelementptr i8, i8* %v361, i64 64, !dbg !35
	%141 = bitcast i8* %140 to i64*, !dbg !35
	store i64 %v411, i64* %141, align 8, !dbg !35
	%142 = getelementptr i8, i8* %v401, i64 8, !dbg !35
	%143 = bitcast i8* %142 to i64*, !dbg !35
	%v413 = load i64, i64* %143, align 8, !dbg !35
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v401)
	%144 = getelementptr i8, i8* %v361, i64 72, !dbg !35
	%145 = bitcast i8* %144 to i64*, !dbg !35
	store i64 %v413, i64* %145, align 8, !dbg !35
	%146 = getelementptr i8, i8* %v361, i64 80, !dbg !36
	%147 = bitcast i8* %146 to i64*, !dbg !36
	store i64 10, i64* %147, align 8, !dbg !36
	%148 = getelementptr i8, i8* %v361, i64 88, !dbg !36
	call void @llvm.memset.p0i8.i64(i8* align 8 %148, i8 0, i64 16, i1 false), !dbg !36
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v419)
	%149 = bitcast i8* %v419 to i64*, !dbg !36
	store i64 u0x200000000000100, i64* %149, align 8, !dbg !36
	%150 = getelementptr i8, i8* %v419, i64 8, !dbg !36
	%151 = bitcast i8* %150 to i64*, !dbg !36
	store i64 u0x300000000000000, i64* %151, align 8, !dbg !36
	%152 = bitcast i8* %v419 to i64*, !dbg !36
	%v424 = load i64, i64* %152, align 8, !dbg !36
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v418)
	%153 = bitcast i8* %v418 to i64*, !dbg !36
	store i64 %v424, i64* %153, align 8, !dbg !36
	%154 = getelementptr i8, i8* %v419, i64 8, !dbg !36
	%155 = bitcast i8* %154 to i64*, !dbg !36
	%v426 = load i64, i64* %155, align 8, !dbg !36
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v419)
	%156 = getelementptr i8, i8* %v418, i64 8, !dbg !36
	%157 = bitcast i8* %156 to i64*, !dbg !36
	store i64 %v426, i64* %157, align 8, !dbg !36
	%158 = bitcast i8* %v418 to i64*, !dbg !36
	%v428 = load i64, i64* %158, align 8, !dbg !36
	%159 = getelementptr i8, i8* %v361, i64 88, !dbg !36
	%160 = bitcast i8* %159 to i64*, !dbg !36
	store i64 %v428, i64* %160, align 8, !dbg !36
	%161 = getelementptr i8, i8* %v418, i64 8, !dbg !36
	%162 = bitcast i8* %161 to i64*, !dbg !36
	%v430 = load i64, i64* %162, align 8, !dbg !36
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v418)
	%163 = getelementptr i8, i8* %v361, i64 96, !dbg !36
	%164 = bitcast i8* %163 to i64*, !dbg !36
	store i64 %v430, i64* %164, align 8, !dbg !36
	%v435 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v361, i64 104, i64 0), !dbg !31
	call void @llvm.lifetime.end.p0i8(i64 104, i8* %v361)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v436)
	%165 = bitcast i8* %v436 to i64*, !dbg !37
	store i64 5, i64* %165, align 8, !dbg !37
	%166 = getelementptr i8, i8* %v436, i64 8, !dbg !38
	%167 = bitcast i8* %166 to i64*, !dbg !38
	store i64 0, i64* %167, align 8, !dbg !38
	%168 = getelementptr i8, i8* %v436, i64 16, !dbg !39
	%169 = bitcast i8* %168 to i64*, !dbg !39
	store i64 2, i64* %169, align 8, !dbg !39
	%170 = getelementptr i8, i8* %v436, i64 24, !dbg !40
	%171 = bitcast i8* %170 to i64*, !dbg !40
	store i64 133, i64* %171, align 8, !dbg !40
	%172 = getelementptr i8, i8* %v436, i64 32, !dbg !41
	%173 = bitcast i8* %172 to i64*, !dbg !41
	store i64 -1, i64* %173, align 8, !dbg !41
	%v450 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v436, i64 40, i64 0), !dbg !37
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v436)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v451)
	%174 = bitcast i8* %v451 to i64*, !dbg !42
	store i64 2, i64* %174, align 8, !dbg !42
	%175 = getelementptr i8, i8* %v451, i64 8, !dbg !42
	call void @llvm.memset.p0i8.i64(i8* align 8 %175, i8 0, i64 16, i1 false), !dbg !42
	%176 = getelementptr i8, i8* %v451, i64 8, !dbg !42
	%177 = bitcast i8* %176 to i32*, !dbg !42
	store i32 16777343, i32* %177, align 4, !dbg !42
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v457)
	%178 = bitcast i8* %v457 to i64*, !dbg !43
	store i64 1, i64* %178, align 8, !dbg !43
	%v462 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ip to i8*), i8* %v457, i8* %v451, i64 0), !dbg !43
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v457)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v451)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v463)
	%179 = bitcast i8* %v463 to i64*, !dbg !44
	store i64 2, i64* %179, align 8, !dbg !44
	%180 = getelementptr i8, i8* %v463, i64 8, !dbg !44
	call void @llvm.memset.p0i8.i64(i8* align 8 %180, i8 0, i64 16, i1 false), !dbg !44
	%181 = getelementptr i8, i8* %v463, i64 8, !dbg !44
	%182 = bitcast i8* %181 to i32*, !dbg !44
	store i32 33554559, i32* %182, align 4, !dbg !44
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v469)
	%183 = bitcast i8* %v469 to i64*, !dbg !45
	store i64 2, i64* %183, align 8, !dbg !45
	%v474 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ip to i8*), i8* %v469, i8* %v463, i64 0), !dbg !45
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v469)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v463)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v475)
	%184 = bitcast i8* %v475 to i64*, !dbg !46
	store i64 13, i64* %184, align 8, !dbg !46
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v478)
	%185 = bitcast i8* %v478 to i64*, !dbg !47
	store i64 0, i64* %185, align 8, !dbg !47
	%v483 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_err to i8*), i8* %v478, i8* %v475, i64 0), !dbg !47
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v478)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v475)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v484)
	%186 = bitcast i8* %v484 to i64*, !dbg !48
	store i64 6, i64* %186, align 8, !dbg !48
	%187 = getelementptr i8, i8* %v484, i64 8, !dbg !49
	call void @llvm.memset.p0i8.i64(i8* align 8 %187, i8 0, i64 7, i1 false), !dbg !49
	%188 = getelementptr i8, i8* %v484, i64 8, !dbg !49
	store i8 6, i8* %188, align 1, !dbg !49
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v490)
	%189 = bitcast i8* %v490 to i32*, !dbg !49
	store i32 1819043144, i32* %189, align 4, !dbg !49
	%190 = getelementptr i8, i8* %v490, i64 4, !dbg !49
	%191 = bitcast i8* %190 to i16*, !dbg !49
	store i16 111, i16* %191, align 2, !dbg !49
	%192 = getelementptr i8, i8* %v490, i64 6, !dbg !49
	store i8 0, i8* %192, align 1, !dbg !49
	%193 = load i8, i8* %v490, align 1, !dbg !49
	%v497 = zext i8 %193 to i64, !dbg !49
	%194 = trunc i64 %v497 to i8, !dbg !49
	%195 = getelementptr i8, i8* %v484, i64 9, !dbg !49
	store i8 %194, i8* %195, align 1, !dbg !49
	%196 = getelementptr i8, i8* %v490, i64 1, !dbg !49
	%197 = load i8, i8* %196, align 1, !dbg !49
	%v499 = zext i8 %197 to i64, !dbg !49
	%198 = trunc i64 %v499 to i8, !dbg !49
	%199 = getelementptr i8, i8* %v484, i64 10, !dbg !49
	store i8 %198, i8* %199, align 1, !dbg !49
	%200 = getelementptr i8, i8* %v490, i64 2, !dbg !49
	%201 = load i8, i8* %200, align 1, !dbg !49
	%v501 = zext i8 %201 to i64, !dbg !49
	%202 = trunc i64 %v501 to i8, !dbg !49
	%203 = getelementptr i8, i8* %v484, i64 11, !dbg !49
	store i8 %202, i8* %203, align 1, !dbg !49
	%204 = getelementptr i8, i8* %v490, i64 3, !dbg !49
	%205 = load i8, i8* %204, align 1, !dbg !49
	%v503 = zext i8 %205 to i64, !dbg !49
	%206 = trunc i64 %v503 to i8, !dbg !49
	%207 = getelementptr i8, i8* %v484, i64 12, !dbg !49
	store i8 %206, i8* %207, align 1, !dbg !49
	%208 = getelementptr i8, i8* %v490, i64 4, !dbg !49
	%209 = load i8, i8* %208, align 1, !dbg !49
	%v505 = zext i8 %209 to i64, !dbg !49
	%210 = trunc i64 %v505 to i8, !dbg !49
	%211 = getelementptr i8, i8* %v484, i64 13, !dbg !49
	store i8 %210, i8* %211, align 1, !dbg !49
	%212 = getelementptr i8, i8* %v490, i64 5, !dbg !49
	%213 = load i8, i8* %212, align 1, !dbg !49
	%v507 = zext i8 %213 to i64, !dbg !49
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v490)
	%214 = trunc i64 %v507 to i8, !dbg !49
	%215 = getelementptr i8, i8* %v484, i64 14, !dbg !49
	store i8 %214, i8* %215, align 1, !dbg !49
	%216 = getelementptr i8, i8* %v484, i64 15, !dbg !50
	call void @llvm.memset.p0i8.i64(i8* align 1 %216, i8 0, i64 7, i1 false), !dbg !50
	%217 = getelementptr i8, i8* %v484, i64 15, !dbg !50
	store i8 6, i8* %217, align 1, !dbg !50
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v512)
	%218 = bitcast i8* %v512 to i32*, !dbg !50
	store i32 1819043144, i32* %218, align 4, !dbg !50
	%219 = getelementptr i8, i8* %v512, i64 4, !dbg !50
	%220 = bitcast i8* %219 to i16*, !dbg !50
	store i16 111, i16* %220, align 2, !dbg !50
	%221 = getelementptr i8, i8* %v512, i64 6, !dbg !50
	store i8 0, i8* %221, align 1, !dbg !50
	%222 = bitcast i8* %v512 to i32*, !dbg !50
	%223 = load i32, i32* %222, align 4, !dbg !50
	%v519 = zext i32 %223 to i64, !dbg !50
	%224 = trunc i64 %v519 to i32, !dbg !50
	%225 = getelementptr i8, i8* %v484, i64 16, !dbg !50
	%226 = bitcast i8* %225 to i32*, !dbg !50
	store i32 %224, i32* %226, align 4, !dbg !50
	%227 = getelementptr i8, i8* %v512, i64 4, !dbg !50
	%228 = bitcast i8* %227 to i16*, !dbg !50
	%229 = load i16, i16* %228, align 2, !dbg !50
	%v521 = zext i16 %229 to i64, !dbg !50
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v512)
	%230 = trunc i64 %v521 to i16, !dbg !50
	%231 = getelementptr i8, i8* %v484, i64 20, !dbg !50
	%232 = bitcast i8* %231 to i16*, !dbg !50
	store i16 %230, i16* %232, align 2, !dbg !50
	%233 = getelementptr i8, i8* %v484, i64 22, !dbg !51
	call void @llvm.memset.p0i8.i64(i8* align 2 %233, i8 0, i64 6, i1 false), !dbg !51
	%234 = getelementptr i8, i8* %v484, i64 22, !dbg !51
	store i8 5, i8* %234, align 1, !dbg !51
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v526)
	%235 = bitcast i8* %v526 to i32*, !dbg !51
	store i32 -10352287, i32* %235, align 4, !dbg !51
	%236 = getelementptr i8, i8* %v526, i64 4, !dbg !51
	%237 = bitcast i8* %236 to i16*, !dbg !51
	store i16 126, i16* %237, align 2, !dbg !51
	%238 = load i8, i8* %v526, align 1, !dbg !51
	%v531 = zext i8 %238 to i64, !dbg !51
	%239 = trunc i64 %v531 to i8, !dbg !51
	%240 = getelementptr i8, i8* %v484, i64 23, !dbg !51
	store i8 %239, i8* %240, align 1, !dbg !51
	%241 = getelementptr i8, i8* %v526, i64 1, !dbg !51
	%242 = load i8, i8* %241, align 1, !dbg !51
	%v533 = zext i8 %242 to i64, !dbg !51
	%243 = trunc i64 %v533 to i8, !dbg !51
	%244 = getelementptr i8, i8* %v484, i64 24, !dbg !51
	store i8 %243, i8* %244, align 1, !dbg !51
	%245 = getelementptr i8, i8* %v526, i64 2, !dbg !51
	%246 = load i8, i8* %245, align 1, !dbg !51
	%v535 = zext i8 %246 to i64, !dbg !51
	%247 = trunc i64 %v535 to i8, !dbg !51
	%248 = getelementptr i8, i8* %v484, i64 25, !dbg !51
	store i8 %247, i8* %248, align 1, !dbg !51
	%249 = getelementptr i8, i8* %v526, i64 3, !dbg !51
	%250 = load i8, i8* %249, align 1, !dbg !51
	%v537 = zext i8 %250 to i64, !dbg !51
	%251 = trunc i64 %v537 to i8, !dbg !51
	%252 = getelementptr i8, i8* %v484, i64 26, !dbg !51
	store i8 %251, i8* %252, align 1, !dbg !51
	%253 = getelementptr i8, i8* %v526, i64 4, !dbg !51
	%254 = load i8, i8* %253, align 1, !dbg !51
	%v539 = zext i8 %254 to i64, !dbg !51
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v526)
	%255 = trunc i64 %v539 to i8, !dbg !51
	%256 = getelementptr i8, i8* %v484, i64 27, !dbg !51
	store i8 %255, i8* %256, align 1, !dbg !51
	%257 = getelementptr i8, i8* %v484, i64 28, !dbg !48
	call void @llvm.memset.p0i8.i64(i8* align 4 %257, i8 0, i64 4, i1 false), !dbg !48
	%v545 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v484, i64 32, i64 0), !dbg !48
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v484)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v5, i8 0, i64 3, i1 false), !dbg !52
	store i8 2, i8* %v5, align 1, !dbg !52
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v549)
	%258 = bitcast i8* %v549 to i16*, !dbg !52
	store i16 26984, i16* %258, align 2, !dbg !52
	%259 = getelementptr i8, i8* %v549, i64 2, !dbg !52
	store i8 0, i8* %259, align 1, !dbg !52
	%260 = load i8, i8* %v549, align 1, !dbg !52
	%v554 = zext i8 %260 to i64, !dbg !52
	%261 = trunc i64 %v554 to i8, !dbg !52
	%262 = getelementptr i8, i8* %v5, i64 1, !dbg !52
	store i8 %261, i8* %262, align 1, !dbg !52
	%263 = getelementptr i8, i8* %v549, i64 1, !dbg !52
	%264 = load i8, i8* %263, align 1, !dbg !52
	%v556 = zext i8 %264 to i64, !dbg !52
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v549)
	%265 = trunc i64 %v556 to i8, !dbg !52
	%266 = getelementptr i8, i8* %v5, i64 2, !dbg !52
	store i8 %265, i8* %266, align 1, !dbg !52
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v558)
	%267 = bitcast i8* %v558 to i64*, !dbg !53
	store i64 7, i64* %267, align 8, !dbg !53
	%268 = getelementptr i8, i8* %v558, i64 8, !dbg !54
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %268, i8* align 8 %v5, i64 3, i1 false), !dbg !54
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v5)
	%269 = getelementptr i8, i8* %v558, i64 11, !dbg !53
	call void @llvm.memset.p0i8.i64(i8* align 1 %269, i8 0, i64 5, i1 false), !dbg !53
	%v566 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v558, i64 16, i64 0), !dbg !53
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v558)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v567)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v567, i8 0, i64 9, i1 false), !dbg !55
	store i8 8, i8* %v567, align 1, !dbg !55
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v571)
	%270 = bitcast i8* %v571 to i64*, !dbg !55
	store i64 7310868735959460719, i64* %270, align 8, !dbg !55
	%271 = getelementptr i8, i8* %v571, i64 8, !dbg !55
	store i8 0, i8* %271, align 1, !dbg !55
	%272 = load i8, i8* %v571, align 1, !dbg !55
	%v576 = zext i8 %272 to i64, !dbg !55
	%273 = trunc i64 %v576 to i8, !dbg !55
	%274 = getelementptr i8, i8* %v567, i64 1, !dbg !55
	store i8 %273, i8* %274, align 1, !dbg !55
	%275 = getelementptr i8, i8* %v571, i64 1, !dbg !55
	%276 = load i8, i8* %275, align 1, !dbg !55
	%v578 = zext i8 %276 to i64, !dbg !55
	%277 = trunc i64 %v578 to i8, !dbg !55
	%278 = getelementptr i8, i8* %v567, i64 2, !dbg !55
	store i8 %277, i8* %278, align 1, !dbg !55
	%279 = getelementptr i8, i8* %v571, i64 2, !dbg !55
	%280 = load i8, i8* %279, align 1, !dbg !55
	%v580 = zext i8 %280 to i64, !dbg !55
	%281 = trunc i64 %v580 to i8, !dbg !55
	%282 = getelementptr i8, i8* %v567, i64 3, !dbg !55
	store i8 %281, i8* %282, align 1, !dbg !55
	%283 = getelementptr i8, i8* %v571, i64 3, !dbg !55
	%284 = load i8, i8* %283, align 1, !dbg !55
	%v582 = zext i8 %284 to i64, !dbg !55
	%285 = trunc i64 %v582 to i8, !dbg !55
	%286 = getelementptr i8, i8* %v567, i64 4, !dbg !55
	store i8 %285, i8* %286, align 1, !dbg !55
	%287 = getelementptr i8, i8* %v571, i64 4, !dbg !55
	%288 = load i8, i8* %287, align 1, !dbg !55
	%v584 = zext i8 %288 to i64, !dbg !55
	%289 = trunc i64 %v584 to i8, !dbg !55
	%290 = getelementptr i8, i8* %v567, i64 5, !dbg !55
	store i8 %289, i8* %290, align 1, !dbg !55
	%291 = getelementptr i8, i8* %v571, i64 5, !dbg !55
	%292 = load i8, i8* %291, align 1, !dbg !55
	%v586 = zext i8 %292 to i64, !dbg !55
	%293 = trunc i64 %v586 to i8, !dbg !55
	%294 = getelementptr i8, i8* %v567, i64 6, !dbg !55
	store i8 %293, i8* %294, align 1, !dbg !55
	%295 = getelementptr i8, i8* %v571, i64 6, !dbg !55
	%296 = load i8, i8* %295, align 1, !dbg !55
	%v588 = zext i8 %296 to i64, !dbg !55
	%297 = trunc i64 %v588 to i8, !dbg !55
	%298 = getelementptr i8, i8* %v567, i64 7, !dbg !55
	store i8 %297, i8* %298, align 1, !dbg !55
	%299 = getelementptr i8, i8* %v571, i64 7, !dbg !55
	%300 = load i8, i8* %299, align 1, !dbg !55
	%v590 = zext i8 %300 to i64, !dbg !55
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v571)
	%301 = trunc i64 %v590 to i8, !dbg !55
	%302 = getelementptr i8, i8* %v567, i64 8, !dbg !55
	store i8 %301, i8* %302, align 1, !dbg !55
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v592)
	%303 = bitcast i8* %v592 to i64*, !dbg !56
	store i64 0, i64* %303, align 8, !dbg !56
	%v597 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_bv to i8*), i8* %v592, i8* %v567, i64 0), !dbg !56
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v592)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v567)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v598)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v598, i8 0, i64 9, i1 false), !dbg !57
	store i8 8, i8* %v598, align 1, !dbg !57
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v602)
	%304 = bitcast i8* %v602 to i32*, !dbg !57
	store i32 1801415535, i32* %304, align 4, !dbg !57
	%305 = getelementptr i8, i8* %v602, i64 4, !dbg !57
	%306 = bitcast i8* %305 to i16*, !dbg !57
	store i16 31077, i16* %306, align 2, !dbg !57
	%307 = getelementptr i8, i8* %v602, i64 6, !dbg !57
	store i8 0, i8* %307, align 1, !dbg !57
	%308 = load i8, i8* %v602, align 1, !dbg !57
	%v609 = zext i8 %308 to i64, !dbg !57
	%309 = trunc i64 %v609 to i8, !dbg !57
	%310 = getelementptr i8, i8* %v598, i64 1, !dbg !57
	store i8 %309, i8* %310, align 1, !dbg !57
	%311 = getelementptr i8, i8* %v602, i64 1, !dbg !57
	%312 = load i8, i8* %311, align 1, !dbg !57
	%v611 = zext i8 %312 to i64, !dbg !57
	%313 = trunc i64 %v611 to i8, !dbg !57
	%314 = getelementptr i8, i8* %v598, i64 2, !dbg !57
	store i8 %313, i8* %314, align 1, !dbg !57
	%315 = getelementptr i8, i8* %v602, i64 2, !dbg !57
	%316 = load i8, i8* %315, align 1, !dbg !57
	%v613 = zext i8 %316 to i64, !dbg !57
	%317 = trunc i64 %v613 to i8, !dbg !57
	%318 = getelementptr i8, i8* %v598, i64 3, !dbg !57
	store i8 %317, i8* %318, align 1, !dbg !57
	%319 = getelementptr i8, i8* %v602, i64 3, !dbg !57
	%320 = load i8, i8* %319, align 1, !dbg !57
	%v615 = zext i8 %320 to i64, !dbg !57
	%321 = trunc i64 %v615 to i8, !dbg !57
	%322 = getelementptr i8, i8* %v598, i64 4, !dbg !57
	store i8 %321, i8* %322, align 1, !dbg !57
	%323 = getelementptr i8, i8* %v602, i64 4, !dbg !57
	%324 = load i8, i8* %323, align 1, !dbg !57
	%v617 = zext i8 %324 to i64, !dbg !57
	%325 = trunc i64 %v617 to i8, !dbg !57
	%326 = getelementptr i8, i8* %v598, i64 5, !dbg !57
	store i8 %325, i8* %326, align 1, !dbg !57
	%327 = getelementptr i8, i8* %v602, i64 5, !dbg !57
	%328 = load i8, i8* %327, align 1, !dbg !57
	%v619 = zext i8 %328 to i64, !dbg !57
	%329 = trunc i64 %v619 to i8, !dbg !57
	%330 = getelementptr i8, i8* %v598, i64 6, !dbg !57
	store i8 %329, i8* %330, align 1, !dbg !57
	%331 = getelementptr i8, i8* %v602, i64 6, !dbg !57
	%332 = load i8, i8* %331, align 1, !dbg !57
	%v621 = zext i8 %332 to i64, !dbg !57
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v602)
	%333 = trunc i64 %v621 to i8, !dbg !57
	%334 = getelementptr i8, i8* %v598, i64 7, !dbg !57
	store i8 %333, i8* %334, align 1, !dbg !57
	%335 = getelementptr i8, i8* %v598, i64 9, !dbg !57
	store i8 1, i8* %335, align 1, !dbg !57
	%336 = getelementptr i8, i8* %v598, i64 10, !dbg !57
	%337 = bitcast i8* %336 to i16*, !dbg !57
	store i16 0, i16* %337, align 2, !dbg !57
	%338 = getelementptr i8, i8* %v598, i64 12, !dbg !57
	%339 = bitcast i8* %338 to i32*, !dbg !57
	store i32 0, i32* %339, align 4, !dbg !57
	%340 = getelementptr i8, i8* %v598, i64 16, !dbg !57
	store i8 0, i8* %340, align 1, !dbg !57
	%v636 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_bk to i8*), i8* %v598), !dbg !57
	%341 = icmp ne i8* %v636, null
	br i1 %341, label %b11, label %b12, !dbg !57

b11:
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v598)
	%342 = bitcast i8* %v636 to i64*, !dbg !57
	%v637 = load i64, i64* %342, align 8, !dbg !57
	%v638 = add i64 %v637, 1, !dbg !57
	%343 = bitcast i8* %v636 to i64*, !dbg !57
	store i64 %v638, i64* %343, align 8, !dbg !57
	br label %b13, !dbg !57

b12:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v640)
	%344 = bitcast i8* %v640 to i64*, !dbg !57
	store i64 1, i64* %344, align 8, !dbg !57
	%v644 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_bk to i8*), i8* %v598, i8* %v640, i64 0), !dbg !57
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v640)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v598)
	br label %b13, !dbg !57

b13:
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v645)
	%345 = bitcast i8* %v645 to i64*, !dbg !58
	store i64 30007, i64* %345, align 8, !dbg !58
	%346 = getelementptr i8, i8* %v645, i64 8, !dbg !58
	%347 = bitcast i8* %346 to i64*, !dbg !58
	store i64 1, i64* %347, align 8, !dbg !58
	%348 = getelementptr i8, i8* %v645, i64 16, !dbg !58
	call void @llvm.memset.p0i8.i64(i8* align 8 %348, i8 0, i64 3, i1 false), !dbg !58
	%349 = getelementptr i8, i8* %v645, i64 16, !dbg !58
	store i8 2, i8* %349, align 1, !dbg !58
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v653)
	%350 = bitcast i8* %v653 to i16*, !dbg !58
	store i16 31096, i16* %350, align 2, !dbg !58
	%351 = getelementptr i8, i8* %v653, i64 2, !dbg !58
	store i8 0, i8* %351, align 1, !dbg !58
	%352 = load i8, i8* %v653, align 1, !dbg !58
	%v658 = zext i8 %352 to i64, !dbg !58
	%353 = trunc i64 %v658 to i8, !dbg !58
	%354 = getelementptr i8, i8* %v645, i64 17, !dbg !58
	store i8 %353, i8* %354, align 1, !dbg !58
	%355 = getelementptr i8, i8* %v653, i64 1, !dbg !58
	%356 = load i8, i8* %355, align 1, !dbg !58
	%v660 = zext i8 %356 to i64, !dbg !58
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v653)
	%357 = trunc i64 %v660 to i8, !dbg !58
	%358 = getelementptr i8, i8* %v645, i64 18, !dbg !58
	store i8 %357, i8* %358, align 1, !dbg !58
	%359 = getelementptr i8, i8* %v645, i64 19, !dbg !58
	call void @llvm.memset.p0i8.i64(i8* align 1 %359, i8 0, i64 5, i1 false), !dbg !58
	%v666 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v645, i64 24, i64 0), !dbg !58
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v645)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v667)
	%360 = bitcast i8* %v667 to i64*, !dbg !59
	store i64 30000, i64* %360, align 8, !dbg !59
	%v673 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v667, i64 8, i64 0), !dbg !59
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v667)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v674)
	%361 = bitcast i8* %v674 to i32*, !dbg !59
	store i32 0, i32* %361, align 4, !dbg !59
	%v678 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v674), !dbg !59
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v674)
	%362 = icmp ne i8* %v678, null
	br i1 %362, label %b14, label %b15, !dbg !59

b14:
	%363 = bitcast i8* %v678 to i64*, !dbg !59
	store i64 1, i64* %363, align 8, !dbg !59
	br label %b15, !dbg !59

b15:
	ret i64 0, !dbg !59
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memset.p0i8.i64(i8* %0, i8 %1, i64 %2, i1 %3) argmemonly nounwind

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
!8 = distinct !DISubprogram(name: "BEGIN", scope: !0, file: !0, line: 1, type: !4, scopeLine: 1, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 1, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 1, scope: !8)
!12 = !DILocation(line: 162, scope: !8)
!13 = !DILocation(line: 189, scope: !8)
!14 = !DILocation(line: 281, scope: !8)
!15 = !DILocation(line: 297, scope: !8)
!16 = !DILocation(line: 308, scope: !8)
!17 = !DILocation(line: 332, scope: !8)
!18 = !DILocation(line: 352, scope: !8)
!19 = !DILocation(line: 392, scope: !8)
!20 = !DILocation(line: 422, scope: !8)
!21 = !DILocation(line: 450, scope: !8)
!22 = !DILocation(line: 477, scope: !8)
!23 = !DILocation(line: 503, scope: !8)
!24 = !DILocation(line: 568, scope: !8)
!25 = !DILocation(line: 603, scope: !8)
!26 = !DILocation(line: 634, scope: !8)
!27 = !DILocation(line: 643, scope: !8)
!28 = !DILocation(line: 661, scope: !8)
!29 = !DILocation(line: 679, scope: !8)
!30 = !DILocation(line: 687, scope: !8)
!31 = !DILocation(line: 709, scope: !8)
!32 = !DILocation(line: 733, scope: !8)
!33 = !DILocation(line: 752, scope: !8)
!34 = !DILocation(line: 761, scope: !8)
!35 = !DILocation(line: 785, scope: !8)
!36 = !DILocation(line: 811, scope: !8)
!37 = !DILocation(line: 844, scope: !8)
!38 = !DILocation(line: 876, scope: !8)
!39 = !DILocation(line: 889, scope: !8)
!40 = !DILocation(line: 902, scope: !8)
!41 = !DILocation(line: 917, scope: !8)
!42 = !DILocation(line: 942, scope: !8)
!43 = !DILocation(line: 933, scope: !8)
!44 = !DILocation(line: 970, scope: !8)
!45 = !DILocation(line: 961, scope: !8)
!46 = !DILocation(line: 996, scope: !8)
!47 = !DILocation(line: 989, scope: !8)
!48 = !DILocation(line: 1011, scope: !8)
!49 = !DILocation(line: 1035, scope: !8)
!50 = !DILocation(line: 1054, scope: !8)
!51 = !DILocation(line: 1073, scope: !8)
!52 = !DILocation(line: 1102, scope: !8)
!53 = !DILocation(line: 1117, scope: !8)
!54 = !DILocation(line: 1134, scope: !8)
!55 = !DILocation(line: 1147, scope: !8)
!56 = !DILocation(line: 1141, scope: !8)
!57 = !DILocation(line: 1168, scope: !8)
!58 = !DILocation(line: 1205, scope: !8)
!59 = !DILocation(line: 1227, scope: !8)
