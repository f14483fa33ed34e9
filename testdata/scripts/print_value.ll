target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" !dbg !8 {
b0:
	%v287.slot = alloca [8 x i8], align 8
	%v287 = bitcast [8 x i8]* %v287.slot to i8*
	%v280.slot = alloca [8 x i8], align 8
	%v280 = bitcast [8 x i8]* %v280.slot to i8*
	%v268.slot = alloca [24 x i8], align 8
	%v268 = bitcast [24 x i8]* %v268.slot to i8*
	%v240.slot = alloca [40 x i8], align 8
	%v240 = bitcast [40 x i8]* %v240.slot to i8*
	%v230.slot = alloca [32 x i8], align 8
	%v230 = bitcast [32 x i8]* %v230.slot to i8*
	%v215.slot = alloca [24 x i8], align 8
	%v215 = bitcast [24 x i8]* %v215.slot to i8*
	%v189.slot = alloca [40 x i8], align 8
	%v189 = bitcast [40 x i8]* %v189.slot to i8*
	%v175.slot = alloca [40 x i8], align 8
	%v175 = bitcast [40 x i8]* %v175.slot to i8*
	%v157.slot = alloca [32 x i8], align 8
	%v157 = bitcast [32 x i8]* %v157.slot to i8*
	%v142.slot = alloca [24 x i8], align 8
	%v142 = bitcast [24 x i8]* %v142.slot to i8*
	%v131.slot = alloca [24 x i8], align 8
	%v131 = bitcast [24 x i8]* %v131.slot to i8*
	%v119.slot = alloca [24 x i8], align 8
	%v119 = bitcast [24 x i8]* %v119.slot to i8*
	%v107.slot = alloca [24 x i8], align 8
	%v107 = bitcast [24 x i8]* %v107.slot to i8*
	%v95.slot = alloca [24 x i8], align 8
	%v95 = bitcast [24 x i8]* %v95.slot to i8*
	%v83.slot = alloca [24 x i8], align 8
	%v83 = bitcast [24 x i8]* %v83.slot to i8*
	%v70.slot = alloca [24 x i8], align 8
	%v70 = bitcast [24 x i8]* %v70.slot to i8*
	%v60.slot = alloca [32 x i8], align 8
	%v60 = bitcast [32 x i8]* %v60.slot to i8*
	%v39.slot = alloca [48 x i8], align 8
	%v39 = bitcast [48 x i8]* %v39.slot to i8*
	%v27.slot = alloca [24 x i8], align 8
	%v27 = bitcast [24 x i8]* %v27.slot to i8*
	%v16.slot = alloca [24 x i8], align 8
	%v16 = bitcast [24 x i8]* %v16.slot to i8*
	%v5.slot = alloca [24 x i8], align 8
	%v5 = bitcast [24 x i8]* %v5.slot to i8*
	%v3.slot = alloca [16 x i8], align 8
	%v3 = bitcast [16 x i8]* %v3.slot to i8*
	%v1.slot = alloca [16 x i8], align 8
	%v1 = bitcast [16 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v5)
	%0 = bitcast i8* %v5 to i64*, !dbg !11
	store i64 30007, i64* %0, align 8, !dbg !11
	%1 = getelementptr i8, i8* %v5, i64 8, !dbg !11
	%2 = bitcast i8* %1 to i64*, !dbg !11
	store i64 0, i64* %2, align 8, !dbg !11
	%3 = getelementptr i8, i8* %v5, i64 16, !dbg !11
	%4 = bitcast i8* %3 to i64*, !dbg !11
	store i64 123, i64* %4, align 8, !dbg !11
	%v15 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v5, i64 24, i64 0), !dbg !11
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v5)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v16)
	%5 = bitcast i8* %v16 to i64*, !dbg !12
	store i64 30007, i64* %5, align 8, !dbg !12
	%6 = getelementptr i8, i8* %v16, i64 8, !dbg !12
	%7 = bitcast i8* %6 to i64*, !dbg !12
	store i64 1, i64* %7, align 8, !dbg !12
	%8 = getelementptr i8, i8* %v16, i64 16, !dbg !12
	%9 = bitcast i8* %8 to i64*, !dbg !12
	store i64 -5, i64* %9, align 8, !dbg !12
	%v26 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v16, i64 24, i64 0), !dbg !12
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v16)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v27)
	%10 = bitcast i8* %v27 to i64*, !dbg !13
	store i64 30007, i64* %10, align 8, !dbg !13
	%11 = getelementptr i8, i8* %v27, i64 8, !dbg !13
	%12 = bitcast i8* %11 to i64*, !dbg !13
	store i64 2, i64* %12, align 8, !dbg !13
	%13 = getelementptr i8, i8* %v27, i64 16, !dbg !13
	%14 = bitcast i8* %13 to i32*, !dbg !13
	store i32 6513249, i32* %14, align 4, !dbg !13
	%15 = getelementptr i8, i8* %v27, i64 20, !dbg !13
	call void @llvm.memset.p0i8.i64(i8* align 4 %15, i8 0, i64 4, i1 false), !dbg !13
	%v38 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v27, i64 24, i64 0), !dbg !13
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v27)
	call void @llvm.lifetime.start.p0i8(i64 48, i8* %v39)
	%16 = bitcast i8* %v39 to i64*, !dbg !14
	store i64 30007, i64* %16, align 8, !dbg !14
	%17 = getelementptr i8, i8* %v39, i64 8, !dbg !14
	%18 = bitcast i8* %17 to i64*, !dbg !14
	store i64 3, i64* %18, align 8, !dbg !14
	%19 = getelementptr i8, i8* %v39, i64 16, !dbg !14
	%20 = bitcast i8* %19 to i64*, !dbg !14
	store i64 1, i64* %20, align 8, !dbg !14
	%21 = getelementptr i8, i8* %v39, i64 24, !dbg !15
	%22 = bitcast i8* %21 to i32*, !dbg !15
	store i32 7305076, i32* %22, align 4, !dbg !15
	%23 = getelementptr i8, i8* %v39, i64 32, !dbg !16
	%24 = bitcast i8* %23 to i64*, !dbg !16
	store i64 3, i64* %24, align 8, !dbg !16
	%25 = getelementptr i8, i8* %v39, i64 40, !dbg !16
	%26 = bitcast i8* %25 to i64*, !dbg !16
	store i64 4, i64* %26, align 8, !dbg !16
	%v55 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v39, i64 48, i64 0), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 48, i8* %v39)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v3)
	%27 = bitcast i8* %v3 to i64*, !dbg !18
	store i64 1, i64* %27, align 8, !dbg !18
	%28 = getelementptr i8, i8* %v3, i64 8, !dbg !18
	%29 = bitcast i8* %28 to i64*, !dbg !18
	store i64 2, i64* %29, align 8, !dbg !18
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v60)
	%30 = bitcast i8* %v60 to i64*, !dbg !19
	store i64 30007, i64* %30, align 8, !dbg !19
	%31 = getelementptr i8, i8* %v60, i64 8, !dbg !19
	%32 = bitcast i8* %31 to i64*, !dbg !19
	store i64 4, i64* %32, align 8, !dbg !19
	%33 = getelementptr i8, i8* %v60, i64 16, !dbg !19
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %33, i8* align 8 %v3, i64 16, i1 false), !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v3)
	%v69 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v60, i64 32, i64 0), !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v60)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v70)
	%34 = bitcast i8* %v70 to i64*, !dbg !20
	store i64 30007, i64* %34, align 8, !dbg !20
	%35 = getelementptr i8, i8* %v70, i64 8, !dbg !20
	%36 = bitcast i8* %35 to i64*, !dbg !20
	store i64 5, i64* %36, align 8, !dbg !20
	%37 = getelementptr i8, i8* %v70, i64 16, !dbg !20
	%38 = bitcast i8* %37 to i64*, !dbg !20
	store i64 1, i64* %38, align 8, !dbg !20
	%v82 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v70, i64 24, i64 0), !dbg !20
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v70)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v83)
	%39 = bitcast i8* %v83 to i64*, !dbg !21
	store i64 30007, i64* %39, align 8, !dbg !21
	%40 = getelementptr i8, i8* %v83, i64 8, !dbg !21
	%41 = bitcast i8* %40 to i64*, !dbg !21
	store i64 6, i64* %41, align 8, !dbg !21
	%42 = getelementptr i8, i8* %v83, i64 16, !dbg !21
	%43 = bitcast i8* %42 to i64*, !dbg !21
	store i64 44, i64* %43, align 8, !dbg !21
	%v94 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v83, i64 24, i64 0), !dbg !21
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v83)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v95)
	%44 = bitcast i8* %v95 to i64*, !dbg !22
	store i64 30007, i64* %44, align 8, !dbg !22
	%45 = getelementptr i8, i8* %v95, i64 8, !dbg !22
	%46 = bitcast i8* %45 to i64*, !dbg !22
	store i64 7, i64* %46, align 8, !dbg !22
	%47 = getelementptr i8, i8* %v95, i64 16, !dbg !22
	%48 = bitcast i8* %47 to i64*, !dbg !22
	store i64 -56, i64* %48, align 8, !dbg !22
	%v106 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v95, i64 24, i64 0), !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v95)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v107)
	%49 = bitcast i8* %v107 to i64*, !dbg !23
	store i64 30007, i64* %49, align 8, !dbg !23
	%50 = getelementptr i8, i8* %v107, i64 8, !dbg !23
	%51 = bitcast i8* %50 to i64*, !dbg !23
	store i64 8, i64* %51, align 8, !dbg !23
	%52 = getelementptr i8, i8* %v107, i64 16, !dbg !23
	%53 = bitcast i8* %52 to i64*, !dbg !23
	store i64 u0xFFFF, i64* %53, align 8, !dbg !23
	%v118 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v107, i64 24, i64 0), !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v107)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v119)
	%54 = bitcast i8* %v119 to i64*, !dbg !24
	store i64 30007, i64* %54, align 8, !dbg !24
	%55 = getelementptr i8, i8* %v119, i64 8, !dbg !24
	%56 = bitcast i8* %55 to i64*, !dbg !24
	store i64 9, i64* %56, align 8, !dbg !24
	%57 = getelementptr i8, i8* %v119, i64 16, !dbg !24
	%58 = bitcast i8* %57 to i64*, !dbg !24
	store i64 -7, i64* %58, align 8, !dbg !24
	%v130 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v119, i64 24, i64 0), !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v119)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v131)
	%59 = bitcast i8* %v131 to i64*, !dbg !25
	store i64 30007, i64* %59, align 8, !dbg !25
	%60 = getelementptr i8, i8* %v131, i64 8, !dbg !25
	%61 = bitcast i8* %60 to i64*, !dbg !25
	store i64 10, i64* %61, align 8, !dbg !25
	%62 = getelementptr i8, i8* %v131, i64 16, !dbg !25
	%63 = bitcast i8* %62 to i64*, !dbg !25
	store i64 -1, i64* %63, align 8, !dbg !25
	%v141 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v131, i64 24, i64 0), !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v131)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v142)
	%64 = bitcast i8* %v142 to i64*, !dbg !26
	store i64 30007, i64* %64, align 8, !dbg !26
	%65 = getelementptr i8, i8* %v142, i64 8, !dbg !26
	%66 = bitcast i8* %65 to i64*, !dbg !26
	store i64 11, i64* %66, align 8, !dbg !26
	%67 = getelementptr i8, i8* %v142, i64 16, !dbg !26
	%68 = bitcast i8* %67 to i32*, !dbg !26
	store i32 67305985, i32* %68, align 4, !dbg !26
	%69 = getelementptr i8, i8* %v142, i64 20, !dbg !26
	call void @llvm.memset.p0i8.i64(i8* align 4 %69, i8 0, i64 4, i1 false), !dbg !26
	%v156 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v142, i64 24, i64 0), !dbg !26
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v142)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v157)
	%70 = bitcast i8* %v157 to i64*, !dbg !27
	store i64 30007, i64* %70, align 8, !dbg !27
	%71 = getelementptr i8, i8* %v157, i64 8, !dbg !27
	%72 = bitcast i8* %71 to i64*, !dbg !27
	store i64 12, i64* %72, align 8, !dbg !27
	%73 = getelementptr i8, i8* %v157, i64 16, !dbg !27
	%74 = bitcast i8* %73 to i64*, !dbg !27
	store i64 33022, i64* %74, align 8, !dbg !27
	%75 = getelementptr i8, i8* %v157, i64 24, !dbg !27
	%76 = bitcast i8* %75 to i64*, !dbg !27
	store i64 u0x200010000000000, i64* %76, align 8, !dbg !27
	%v174 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v157, i64 32, i64 0), !dbg !27
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v157)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v175)
	%77 = bitcast i8* %v175 to i64*, !dbg !28
	store i64 30007, i64* %77, align 8, !dbg !28
	%78 = getelementptr i8, i8* %v175, i64 8, !dbg !28
	%79 = bitcast i8* %78 to i64*, !dbg !28
	store i64 13, i64* %79, align 8, !dbg !28
	%80 = getelementptr i8, i8* %v175, i64 16, !dbg !28
	%81 = bitcast i8* %80 to i64*, !dbg !28
	store i64 2, i64* %81, align 8, !dbg !28
	%82 = getelementptr i8, i8* %v175, i64 28, !dbg !28
	call void @llvm.memset.p0i8.i64(i8* align 4 %82, i8 0, i64 12, i1 false), !dbg !28
	%83 = getelementptr i8, i8* %v175, i64 24, !dbg !28
	%84 = bitcast i8* %83 to i32*, !dbg !28
	store i32 16777343, i32* %84, align 4, !dbg !28
	%v188 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v175, i64 40, i64 0), !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v175)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v189)
	%85 = bitcast i8* %v189 to i64*, !dbg !29
	store i64 30007, i64* %85, align 8, !dbg !29
	%86 = getelementptr i8, i8* %v189, i64 8, !dbg !29
	%87 = bitcast i8* %86 to i64*, !dbg !29
	store i64 14, i64* %87, align 8, !dbg !29
	%88 = getelementptr i8, i8* %v189, i64 16, !dbg !29
	%89 = bitcast i8* %88 to i64*, !dbg !29
	store i64 10, i64* %89, align 8, !dbg !29
	%90 = getelementptr i8, i8* %v189, i64 24, !dbg !29
	%91 = bitcast i8* %90 to i64*, !dbg !29
	store i64 0, i64* %91, align 8, !dbg !29
	%92 = getelementptr i8, i8* %v189, i64 32, !dbg !29
	%93 = bitcast i8* %92 to i64*, !dbg !29
	store i64 u0x100000000000000, i64* %93, align 8, !dbg !29
	%v214 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v189, i64 40, i64 0), !dbg !29
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v189)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v215)
	%94 = bitcast i8* %v215 to i64*, !dbg !30
	store i64 30007, i64* %94, align 8, !dbg !30
	%95 = getelementptr i8, i8* %v215, i64 8, !dbg !30
	%96 = bitcast i8* %95 to i64*, !dbg !30
	store i64 15, i64* %96, align 8, !dbg !30
	%97 = getelementptr i8, i8* %v215, i64 16, !dbg !30
	%98 = bitcast i8* %97 to i64*, !dbg !30
	store i64 2, i64* %98, align 8, !dbg !30
	%v225 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v215, i64 24, i64 0), !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v215)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v1)
	%99 = bitcast i8* %v1 to i64*, !dbg !31
	store i64 8243108416984981601, i64* %99, align 8, !dbg !31
	%100 = getelementptr i8, i8* %v1, i64 8, !dbg !31
	%101 = bitcast i8* %100 to i64*, !dbg !31
	store i64 29113321772053280, i64* %101, align 8, !dbg !31
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v230)
	%102 = bitcast i8* %v230 to i64*, !dbg !32
	store i64 30007, i64* %102, align 8, !dbg !32
	%103 = getelementptr i8, i8* %v230, i64 8, !dbg !32
	%104 = bitcast i8* %103 to i64*, !dbg !32
	store i64 16, i64* %104, align 8, !dbg !32
	%105 = getelementptr i8, i8* %v230, i64 16, !dbg !32
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %105, i8* align 8 %v1, i64 16, i1 false), !dbg !32
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v1)
	%v239 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v230, i64 32, i64 0), !dbg !32
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v230)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v240)
	%106 = bitcast i8* %v240 to i64*, !dbg !33
	store i64 30007, i64* %106, align 8, !dbg !33
	%107 = getelementptr i8, i8* %v240, i64 8, !dbg !33
	%108 = bitcast i8* %107 to i64*, !dbg !33
	store i64 17, i64* %108, align 8, !dbg !33
	%109 = getelementptr i8, i8* %v240, i64 16, !dbg !33
	store i8 -1, i8* %109, align 1, !dbg !33
	%110 = getelementptr i8, i8* %v240, i64 18, !dbg !33
	%111 = bitcast i8* %110 to i16*, !dbg !33
	store i16 2, i16* %111, align 2, !dbg !33
	%112 = getelementptr i8, i8* %v240, i64 20, !dbg !34
	%113 = bitcast i8* %112 to i16*, !dbg !34
	store i16 120, i16* %113, align 2, !dbg !34
	%114 = getelementptr i8, i8* %v240, i64 24, !dbg !33
	%115 = bitcast i8* %114 to i64*, !dbg !33
	store i64 -3, i64* %115, align 8, !dbg !33
	%116 = getelementptr i8, i8* %v240, i64 32, !dbg !36
	%117 = bitcast i8* %116 to i16*, !dbg !36
	store i16 121, i16* %117, align 2, !dbg !36
	%118 = getelementptr i8, i8* %v240, i64 36, !dbg !36
	%119 = bitcast i8* %118 to i32*, !dbg !36
	store i32 4, i32* %119, align 4, !dbg !36
	%v263 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v240, i64 40, i64 0), !dbg !33
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v240)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v268)
	br label %b1, !dbg !33

b1:
	%v265 = phi i64 [ 0, %b0 ], [ %v279, %b2 ]
	%v267 = icmp slt i64 %v265, 2, !dbg !37
	br i1 %v267, label %b2, label %b3, !dbg !37

b2:
	%120 = bitcast i8* %v268 to i64*, !dbg !38
	store i64 30007, i64* %120, align 8, !dbg !38
	%121 = getelementptr i8, i8* %v268, i64 8, !dbg !38
	%122 = bitcast i8* %121 to i64*, !dbg !38
	store i64 18, i64* %122, align 8, !dbg !38
	%123 = getelementptr i8, i8* %v268, i64 16, !dbg !38
	%124 = bitcast i8* %123 to i64*, !dbg !38
	store i64 %v265, i64* %124, align 8, !dbg !38
	%v277 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v268, i64 24, i64 0), !dbg !38
	%v279 = add i64 %v265, 1, !dbg !39
	br label %b1, !dbg !39

b3:
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v268)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v280)
	%125 = bitcast i8* %v280 to i64*, !dbg !40
	store i64 30000, i64* %125, align 8, !dbg !40
	%v286 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v280, i64 8, i64 0), !dbg !40
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v280)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v287)
	%126 = bitcast i8* %v287 to i32*, !dbg !40
	store i32 0, i32* %126, align 4, !dbg !40
	%v291 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v287), !dbg !40
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v287)
	%127 = icmp ne i8* %v291, null
	br i1 %127, label %b4, label %b5, !dbg !40

b4:
	%128 = bitcast i8* %v291 to i64*, !dbg !40
	store i64 1, i64* %128, align 8, !dbg !40
	br label %b5, !dbg !40

b5:
	ret i64 0, !dbg !40
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
!8 = distinct !DISubprogram(name: "BEGIN", scope: !0, file: !0, line: 207, type: !4, scopeLine: 207, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 207, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 207, scope: !8)
!12 = !DILocation(line: 220, scope: !8)
!13 = !DILocation(line: 232, scope: !8)
!14 = !DILocation(line: 247, scope: !8)
!15 = !DILocation(line: 257, scope: !8)
!16 = !DILocation(line: 264, scope: !8)
!17 = !DILocation(line: 268, scope: !8)
!18 = !DILocation(line: 280, scope: !8)
!19 = !DILocation(line: 289, scope: !8)
!20 = !DILocation(line: 301, scope: !8)
!21 = !DILocation(line: 317, scope: !8)
!22 = !DILocation(line: 337, scope: !8)
!23 = !DILocation(line: 356, scope: !8)
!24 = !DILocation(line: 376, scope: !8)
!25 = !DILocation(line: 395, scope: !8)
!26 = !DILocation(line: 423, scope: !8)
!27 = !DILocation(line: 448, scope: !8)
!28 = !DILocation(line: 475, scope: !8)
!29 = !DILocation(line: 501, scope: !8)
!30 = !DILocation(line: 528, scope: !8)
!31 = !DILocation(line: 554, scope: !8)
!32 = !DILocation(line: 574, scope: !8)
!33 = !DILocation(line: 586, scope: !8)
!34 = !DILocation(line: 614, scope: !8)
!35 = !DILocation(line: 619, scope: !8)
!36 = !DILocation(line: 630, scope: !8)
!37 = !DILocation(line: 666, scope: !8)
!38 = !DILocation(line: 679, scope: !8)
!39 = !DILocation(line: 692, scope: !8)
!40 = !DILocation(line: 702, scope: !8)
