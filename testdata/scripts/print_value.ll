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
	%v198.slot = alloca [16 x i8], align 8
	%v198 = bitcast [16 x i8]* %v198.slot to i8*
	%v197.slot = alloca [16 x i8], align 8
	%v197 = bitcast [16 x i8]* %v197.slot to i8*
	%v189.slot = alloca [40 x i8], align 8
	%v189 = bitcast [40 x i8]* %v189.slot to i8*
	%v175.slot = alloca [40 x i8], align 8
	%v175 = bitcast [40 x i8]* %v175.slot to i8*
	%v162.slot = alloca [16 x i8], align 8
	%v162 = bitcast [16 x i8]* %v162.slot to i8*
	%v157.slot = alloca [32 x i8], align 8
	%v157 = bitcast [32 x i8]* %v157.slot to i8*
	%v147.slot = alloca [8 x i8], align 8
	%v147 = bitcast [8 x i8]* %v147.slot to i8*
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
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v1)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v1, i8 0, i64 16, i1 false), !dbg !11
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v3)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v3, i8 0, i64 16, i1 false), !dbg !11
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v5)
	%0 = bitcast i8* %v5 to i64*, !dbg !12
	store i64 30007, i64* %0, align 8, !dbg !12
	%1 = getelementptr i8, i8* %v5, i64 8, !dbg !12
	%2 = bitcast i8* %1 to i64*, !dbg !12
	store i64 0, i64* %2, align 8, !dbg !12
	%3 = getelementptr i8, i8* %v5, i64 16, !dbg !12
	%4 = bitcast i8* %3 to i64*, !dbg !12
	store i64 123, i64* %4, align 8, !dbg !12
	%v15 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v5, i64 24, i64 0), !dbg !12
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v5)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v16)
	%5 = bitcast i8* %v16 to i64*, !dbg !13
	store i64 30007, i64* %5, align 8, !dbg !13
	%6 = getelementptr i8, i8* %v16, i64 8, !dbg !13
	%7 = bitcast i8* %6 to i64*, !dbg !13
	store i64 1, i64* %7, align 8, !dbg !13
	%8 = getelementptr i8, i8* %v16, i64 16, !dbg !13
	%9 = bitcast i8* %8 to i64*, !dbg !13
	store i64 -5, i64* %9, align 8, !dbg !13
	%v26 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v16, i64 24, i64 0), !dbg !13
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v16)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v27)
	%10 = bitcast i8* %v27 to i64*, !dbg !14
	store i64 30007, i64* %10, align 8, !dbg !14
	%11 = getelementptr i8, i8* %v27, i64 8, !dbg !14
	%12 = bitcast i8* %11 to i64*, !dbg !14
	store i64 2, i64* %12, align 8, !dbg !14
	%13 = getelementptr i8, i8* %v27, i64 16, !dbg !14
	%14 = bitcast i8* %13 to i32*, !dbg !14
	store i32 6513249, i32* %14, align 4, !dbg !14
	%15 = getelementptr i8, i8* %v27, i64 20, !dbg !14
	call void @llvm.memset.p0i8.i64(i8* align 4 %15, i8 0, i64 4, i1 false), !dbg !14
	%v38 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v27, i64 24, i64 0), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v27)
	call void @llvm.lifetime.start.p0i8(i64 48, i8* %v39)
	%16 = bitcast i8* %v39 to i64*, !dbg !15
	store i64 30007, i64* %16, align 8, !dbg !15
	%17 = getelementptr i8, i8* %v39, i64 8, !dbg !15
	%18 = bitcast i8* %17 to i64*, !dbg !15
	store i64 3, i64* %18, align 8, !dbg !15
	%19 = getelementptr i8, i8* %v39, i64 16, !dbg !15
	%20 = bitcast i8* %19 to i64*, !dbg !15
	store i64 1, i64* %20, align 8, !dbg !15
	%21 = getelementptr i8, i8* %v39, i64 24, !dbg !16
	%22 = bitcast i8* %21 to i32*, !dbg !16
	store i32 7305076, i32* %22, align 4, !dbg !16
	%23 = getelementptr i8, i8* %v39, i64 32, !dbg !17
	%24 = bitcast i8* %23 to i64*, !dbg !17
	store i64 3, i64* %24, align 8, !dbg !17
	%25 = getelementptr i8, i8* %v39, i64 40, !dbg !17
	%26 = bitcast i8* %25 to i64*, !dbg !17
	store i64 4, i64* %26, align 8, !dbg !17
	%v55 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v39, i64 48, i64 0), !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 48, i8* %v39)
	%27 = bitcast i8* %v3 to i64*, !dbg !19
	store i64 1, i64* %27, align 8, !dbg !19
	%28 = getelementptr i8, i8* %v3, i64 8, !dbg !19
	%29 = bitcast i8* %28 to i64*, !dbg !19
	store i64 2, i64* %29, align 8, !dbg !19
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v60)
	%30 = bitcast i8* %v60 to i64*, !dbg !20
	store i64 30007, i64* %30, align 8, !dbg !20
	%31 = getelementptr i8, i8* %v60, i64 8, !dbg !20
	%32 = bitcast i8* %31 to i64*, !dbg !20
	store i64 4, i64* %32, align 8, !dbg !20
	%33 = getelementptr i8, i8* %v60, i64 16, !dbg !20
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %33, i8* align 8 %v3, i64 16, i1 false), !dbg !20
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v3)
	%v69 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v60, i64 32, i64 0), !dbg !20
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v60)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v70)
	%34 = bitcast i8* %v70 to i64*, !dbg !21
	store i64 30007, i64* %34, align 8, !dbg !21
	%35 = getelementptr i8, i8* %v70, i64 8, !dbg !21
	%36 = bitcast i8* %35 to i64*, !dbg !21
	store i64 5, i64* %36, align 8, !dbg !21
	%37 = getelementptr i8, i8* %v70, i64 16, !dbg !21
	%38 = bitcast i8* %37 to i64*, !dbg !21
	store i64 1, i64* %38, align 8, !dbg !21
	%v82 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v70, i64 24, i64 0), !dbg !21
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v70)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v83)
	%39 = bitcast i8* %v83 to i64*, !dbg !22
	store i64 30007, i64* %39, align 8, !dbg !22
	%40 = getelementptr i8, i8* %v83, i64 8, !dbg !22
	%41 = bitcast i8* %40 to i64*, !dbg !22
	store i64 6, i64* %41, align 8, !dbg !22
	%42 = getelementptr i8, i8* %v83, i64 16, !dbg !22
	%43 = bitcast i8* %42 to i64*, !dbg !22
	store i64 44, i64* %43, align 8, !dbg !22
	%v94 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v83, i64 24, i64 0), !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v83)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v95)
	%44 = bitcast i8* %v95 to i64*, !dbg !23
	store i64 30007, i64* %44, align 8, !dbg !23
	%45 = getelementptr i8, i8* %v95, i64 8, !dbg !23
	%46 = bitcast i8* %45 to i64*, !dbg !23
	store i64 7, i64* %46, align 8, !dbg !23
	%47 = getelementptr i8, i8* %v95, i64 16, !dbg !23
	%48 = bitcast i8* %47 to i64*, !dbg !23
	store i64 -56, i64* %48, align 8, !dbg !23
	%v106 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v95, i64 24, i64 0), !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v95)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v107)
	%49 = bitcast i8* %v107 to i64*, !dbg !24
	store i64 30007, i64* %49, align 8, !dbg !24
	%50 = getelementptr i8, i8* %v107, i64 8, !dbg !24
	%51 = bitcast i8* %50 to i64*, !dbg !24
	store i64 8, i64* %51, align 8, !dbg !24
	%52 = getelementptr i8, i8* %v107, i64 16, !dbg !24
	%53 = bitcast i8* %52 to i64*, !dbg !24
	store i64 u0xFFFF, i64* %53, align 8, !dbg !24
	%v118 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v107, i64 24, i64 0), !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v107)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v119)
	%54 = bitcast i8* %v119 to i64*, !dbg !25
	store i64 30007, i64* %54, align 8, !dbg !25
	%55 = getelementptr i8, i8* %v119, i64 8, !dbg !25
	%56 = bitcast i8* %55 to i64*, !dbg !25
	store i64 9, i64* %56, align 8, !dbg !25
	%57 = getelementptr i8, i8* %v119, i64 16, !dbg !25
	%58 = bitcast i8* %57 to i64*, !dbg !25
	store i64 -7, i64* %58, align 8, !dbg !25
	%v130 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v119, i64 24, i64 0), !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v119)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v131)
	%59 = bitcast i8* %v131 to i64*, !dbg !26
	store i64 30007, i64* %59, align 8, !dbg !26
	%60 = getelementptr i8, i8* %v131, i64 8, !dbg !26
	%61 = bitcast i8* %60 to i64*, !dbg !26
	store i64 10, i64* %61, align 8, !dbg !26
	%62 = getelementptr i8, i8* %v131, i64 16, !dbg !26
	%63 = bitcast i8* %62 to i64*, !dbg !26
	store i64 -1, i64* %63, align 8, !dbg !26
	%v141 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v131, i64 24, i64 0), !dbg !26
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v131)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v142)
	%64 = bitcast i8* %v142 to i64*, !dbg !27
	store i64 30007, i64* %64, align 8, !dbg !27
	%65 = getelementptr i8, i8* %v142, i64 8, !dbg !27
	%66 = bitcast i8* %65 to i64*, !dbg !27
	store i64 11, i64* %66, align 8, !dbg !27
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v147)
	%67 = bitcast i8* %v147 to i32*, !dbg !27
	store i32 67305985, i32* %67, align 4, !dbg !27
	%68 = bitcast i8* %v147 to i32*, !dbg !27
	%69 = load i32, i32* %68, align 4, !dbg !27
	%v150 = zext i32 %69 to i64, !dbg !27
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v147)
	%70 = trunc i64 %v150 to i32, !dbg !27
	%71 = getelementptr i8, i8* %v142, i64 16, !dbg !27
	%72 = bitcast i8* %71 to i32*, !dbg !27
	store i32 %70, i32* %72, align 4, !dbg !27
	%73 = getelementptr i8, i8* %v142, i64 20, !dbg !27
	call void @llvm.memset.p0i8.i64(i8* align 4 %73, i8 0, i64 4, i1 false), !dbg !27
	%v156 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v142, i64 24, i64 0), !dbg !27
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v142)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v157)
	%74 = bitcast i8* %v157 to i64*, !dbg !28
	store i64 30007, i64* %74, align 8, !dbg !28
	%75 = getelementptr i8, i8* %v157, i64 8, !dbg !28
	%76 = bitcast i8* %75 to i64*, !dbg !28
	store i64 12, i64* %76, align 8, !dbg !28
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v162)
	%77 = bitcast i8* %v162 to i64*, !dbg !28
	store i64 33022, i64* %77, align 8, !dbg !28
	%78 = getelementptr i8, i8* %v162, i64 8, !dbg !28
	%79 = bitcast i8* %78 to i64*, !dbg !28
	store i64 u0x200010000000000, i64* %79, align 8, !dbg !28
	%80 = bitcast i8* %v162 to i64*, !dbg !28
	%v167 = load i64, i64* %80, align 8, !dbg !28
	%81 = getelementptr i8, i8* %v157, i64 16, !dbg !28
	%82 = bitcast i8* %81 to i64*, !dbg !28
	store i64 %v167, i64* %82, align 8, !dbg !28
	%83 = getelementptr i8, i8* %v162, i64 8, !dbg !28
	%84 = bitcast i8* %83 to i64*, !dbg !28
	%v169 = load i64, i64* %84, align 8, !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v162)
	%85 = getelementptr i8, i8* %v157, i64 24, !dbg !28
	%86 = bitcast i8* %85 to i64*, !dbg !28
	store i64 %v169, i64* %86, align 8, !dbg !28
	%v174 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v157, i64 32, i64 0), !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v157)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v175)
	%87 = bitcast i8* %v175 to i64*, !dbg !29
	store i64 30007, i64* %87, align 8, !dbg !29
	%88 = getelementptr i8, i8* %v175, i64 8, !dbg !29
	%89 = bitcast i8* %88 to i64*, !dbg !29
	store i64 13, i64* %89, align 8, !dbg !29
	%90 = getelementptr i8, i8* %v175, i64 16, !dbg !29
	%91 = bitcast i8* %90 to i64*, !dbg !29
	store i64 2, i64* %91, align 8, !dbg !29
	%92 = getelementptr i8, i8* %v175, i64 24, !dbg !29
	call void @llvm.memset.p0i8.i64(i8* align 8 %92, i8 0, i64 16, i1 false), !dbg !29
	%93 = getelementptr i8, i8* %v175, i64 24, !dbg !29
	%94 = bitcast i8* %93 to i32*, !dbg !29
	store i32 16777343, i32* %94, align 4, !dbg !29
	%v188 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v175, i64 40, i64 0), !dbg !29
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v175)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v189)
	%95 = bitcast i8* %v189 to i64*, !dbg !30
	store i64 30007, i64* %95, align 8, !dbg !30
	%96 = getelementptr i8, i8* %v189, i64 8, !dbg !30
	%97 = bitcast i8* %96 to i64*, !dbg !30
	store i64 14, i64* %97, align 8, !dbg !30
	%98 = getelementptr i8, i8* %v189, i64 16, !dbg !30
	%99 = bitcast i8* %98 to i64*, !dbg !30
	store i64 10, i64* %99, align 8, !dbg !30
	%100 = getelementptr i8, i8* %v189, i64 24, !dbg !30
	call void @llvm.memset.p0i8.i64(i8* align 8 %100, i8 0, i64 16, i1 false), !dbg !30
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v198)
	%101 = bitcast i8* %v198 to i64*, !dbg !30
	store i64 0, i64* %101, align 8, !dbg !30
	%102 = getelementptr i8, i8* %v198, i64 8, !dbg !30
	%103 = bitcast i8* %102 to i64*, !dbg !30
	store i64 u0x100000000000000, i64* %103, align 8, !dbg !30
	%104 = bitcast i8* %v198 to i64*, !dbg !30
	%v203 = load i64, i64* %104, align 8, !dbg !30
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v197)
	%105 = bitcast i8* %v197 to i64*, !dbg !30
	store i64 %v203, i64* %105, align 8, !dbg !30
	%106 = getelementptr i8, i8* %v198, i64 8, !dbg !30
	%107 = bitcast i8* %106 to i64*, !dbg !30
	%v205 = load i64, i64* %107, align 8, !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v198)
	%108 = getelementptr i8, i8* %v197, i64 8, !dbg !30
	%109 = bitcast i8* %108 to i64*, !dbg !30
	store i64 %v205, i64* %109, align 8, !dbg !30
	%110 = bitcast i8* %v197 to i64*, !dbg !30
	%v207 = load i64, i64* %110, align 8, !dbg !30
	%111 = getelementptr i8, i8* %v189, i64 24, !dbg !30
	%112 = bitcast i8* %111 to i64*, !dbg !30
	store i64 %v207, i64* %112, align 8, !dbg !30
	%113 = getelementptr i8, i8* %v197, i64 8, !dbg !30
	%114 = bitcast i8* %113 to i64*, !dbg !30
	%v209 = load i64, i64* %114, align 8, !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v197)
	%115 = getelementptr i8, i8* %v189, i64 32, !dbg !30
	%116 = bitcast i8* %115 to i64*, !dbg !30
	store i64 %v209, i64* %116, align 8, !dbg !30
	%v214 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v189, i64 40, i64 0), !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v189)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v215)
	%117 = bitcast i8* %v215 to i64*, !dbg !31
	store i64 30007, i64* %117, align 8, !dbg !31
	%118 = getelementptr i8, i8* %v215, i64 8, !dbg !31
	%119 = bitcast i8* %118 to i64*, !dbg !31
	store i64 15, i64* %119, align 8, !dbg !31
	%120 = getelementptr i8, i8* %v215, i64 16, !dbg !31
	%121 = bitcast i8* %120 to i64*, !dbg !31
	store i64 2, i64* %121, align 8, !dbg !31
	%v225 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v215, i64 24, i64 0), !dbg !31
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v215)
	%122 = bitcast i8* %v1 to i64*, !dbg !32
	store i64 8243108416984981601, i64* %122, align 8, !dbg !32
	%123 = getelementptr i8, i8* %v1, i64 8, !dbg !32
	%124 = bitcast i8* %123 to i64*, !dbg !32
	store i64 29113321772053280, i64* %124, align 8, !dbg !32
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v230)
	%125 = bitcast i8* %v230 to i64*, !dbg !33
	store i64 30007, i64* %125, align 8, !dbg !33
	%126 = getelementptr i8, i8* %v230, i64 8, !dbg !33
	%127 = bitcast i8* %126 to i64*, !dbg !33
	store i64 16, i64* %127, align 8, !dbg !33
	%128 = getelementptr i8, i8* %v230, i64 16, !dbg !33
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %128, i8* align 8 %v1, i64 16, i1 false), !dbg !33
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v1)
	%v239 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v230, i64 32, i64 0), !dbg !33
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v230)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v240)
	%129 = bitcast i8* %v240 to i64*, !dbg !34
	store i64 30007, i64* %129, align 8, !dbg !34
	%130 = getelementptr i8, i8* %v240, i64 8, !dbg !34
	%131 = bitcast i8* %130 to i64*, !dbg !34
	store i64 17, i64* %131, align 8, !dbg !34
	%132 = getelementptr i8, i8* %v240, i64 16, !dbg !34
	store i8 -1, i8* %132, align 1, !dbg !34
	%133 = getelementptr i8, i8* %v240, i64 18, !dbg !34
	%134 = bitcast i8* %133 to i16*, !dbg !34
	store i16 2, i16* %134, align 2, !dbg !34
	%135 = getelementptr i8, i8* %v240, i64 20, !dbg !35
	%136 = bitcast i8* %135 to i16*, !dbg !35
	store i16 120, i16* %136, align 2, !dbg !35
	%137 = getelementptr i8, i8* %v240, i64 24, !dbg !34
	%138 = bitcast i8* %137 to i64*, !dbg !34
	store i64 -3, i64* %138, align 8, !dbg !34
	%139 = getelementptr i8, i8* %v240, i64 32, !dbg !37
	%140 = bitcast i8* %139 to i16*, !dbg !37
	store i16 121, i16* %140, align 2, !dbg !37
	%141 = getelementptr i8, i8* %v240, i64 36, !dbg !37
	%142 = bitcast i8* %141 to i32*, !dbg !37
	store i32 4, i32* %142, align 4, !dbg !37
	%v263 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v240, i64 40, i64 0), !dbg !34
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v240)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v268)
	br label %b1, !dbg !34

b1:
	%v265 = phi i64 [ 0, %b0 ], [ %v279, %b2 ]
	%v267 = icmp slt i64 %v265, 2, !dbg !38
	br i1 %v267, label %b2, label %b3, !dbg !38

b2:
	%143 = bitcast i8* %v268 to i64*, !dbg !39
	store i64 30007, i64* %143, align 8, !dbg !39
	%144 = getelementptr i8, i8* %v268, i64 8, !dbg !39
	%145 = bitcast i8* %144 to i64*, !dbg !39
	store i64 18, i64* %145, align 8, !dbg !39
	%146 = getelementptr i8, i8* %v268, i64 16, !dbg !39
	%147 = bitcast i8* %146 to i64*, !dbg !39
	store i64 %v265, i64* %147, align 8, !dbg !39
	%v277 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v268, i64 24, i64 0), !dbg !39
	%v279 = add i64 %v265, 1, !dbg !40
	br label %b1, !dbg !40

b3:
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v268)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v280)
	%148 = bitcast i8* %v280 to i64*, !dbg !41
	store i64 30000, i64* %148, align 8, !dbg !41
	%v286 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v280, i64 8, i64 0), !dbg !41
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v280)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v287)
	%149 = bitcast i8* %v287 to i32*, !dbg !41
	store i32 0, i32* %149, align 4, !dbg !41
	%v291 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v287), !dbg !41
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v287)
	%150 = icmp ne i8* %v291, null
	br i1 %150, label %b4, label %b5, !dbg !41

b4:
	%151 = bitcast i8* %v291 to i64*, !dbg !41
	store i64 1, i64* %151, align 8, !dbg !41
	br label %b5, !dbg !41

b5:
	ret i64 0, !dbg !41
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
!12 = !DILocation(line: 207, scope: !8)
!13 = !DILocation(line: 220, scope: !8)
!14 = !DILocation(line: 232, scope: !8)
!15 = !DILocation(line: 247, scope: !8)
!16 = !DILocation(line: 257, scope: !8)
!17 = !DILocation(line: 264, scope: !8)
!18 = !DILocation(line: 268, scope: !8)
!19 = !DILocation(line: 280, scope: !8)
!20 = !DILocation(line: 289, scope: !8)
!21 = !DILocation(line: 301, scope: !8)
!22 = !DILocation(line: 317, scope: !8)
!23 = !DILocation(line: 337, scope: !8)
!24 = !DILocation(line: 356, scope: !8)
!25 = !DILocation(line: 376, scope: !8)
!26 = !DILocation(line: 395, scope: !8)
!27 = !DILocation(line: 423, scope: !8)
!28 = !DILocation(line: 448, scope: !8)
!29 = !DILocation(line: 475, scope: !8)
!30 = !DILocation(line: 501, scope: !8)
!31 = !DILocation(line: 528, scope: !8)
!32 = !DILocation(line: 554, scope: !8)
!33 = !DILocation(line: 574, scope: !8)
!34 = !DILocation(line: 586, scope: !8)
!35 = !DILocation(line: 614, scope: !8)
!36 = !DILocation(line: 619, scope: !8)
!37 = !DILocation(line: 630, scope: !8)
!38 = !DILocation(line: 666, scope: !8)
!39 = !DILocation(line: 679, scope: !8)
!40 = !DILocation(line: 692, scope: !8)
!41 = !DILocation(line: 702, scope: !8)
