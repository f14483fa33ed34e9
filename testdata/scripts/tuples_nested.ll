target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_deep = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 32, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_m1 = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_m2 = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 24, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_n = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 3, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_t = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 24, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" !dbg !8 {
b0:
	%v298.slot = alloca [8 x i8], align 8
	%v298 = bitcast [8 x i8]* %v298.slot to i8*
	%v291.slot = alloca [8 x i8], align 8
	%v291 = bitcast [8 x i8]* %v291.slot to i8*
	%v285.slot = alloca [8 x i8], align 8
	%v285 = bitcast [8 x i8]* %v285.slot to i8*
	%v283.slot = alloca [32 x i8], align 8
	%v283 = bitcast [32 x i8]* %v283.slot to i8*
	%v263.slot = alloca [24 x i8], align 8
	%v263 = bitcast [24 x i8]* %v263.slot to i8*
	%v262.slot = alloca [16 x i8], align 8
	%v262 = bitcast [16 x i8]* %v262.slot to i8*
	%v249.slot = alloca [24 x i8], align 8
	%v249 = bitcast [24 x i8]* %v249.slot to i8*
	%v248.slot = alloca [16 x i8], align 8
	%v248 = bitcast [16 x i8]* %v248.slot to i8*
	%v245.slot = alloca [24 x i8], align 8
	%v245 = bitcast [24 x i8]* %v245.slot to i8*
	%v229.slot = alloca [8 x i8], align 8
	%v229 = bitcast [8 x i8]* %v229.slot to i8*
	%v219.slot = alloca [8 x i8], align 8
	%v219 = bitcast [8 x i8]* %v219.slot to i8*
	%v213.slot = alloca [8 x i8], align 8
	%v213 = bitcast [8 x i8]* %v213.slot to i8*
	%v202.slot = alloca [24 x i8], align 8
	%v202 = bitcast [24 x i8]* %v202.slot to i8*
	%v196.slot = alloca [8 x i8], align 8
	%v196 = bitcast [8 x i8]* %v196.slot to i8*
	%v187.slot = alloca [16 x i8], align 8
	%v187 = bitcast [16 x i8]* %v187.slot to i8*
	%v177.slot = alloca [64 x i8], align 8
	%v177 = bitcast [64 x i8]* %v177.slot to i8*
	%v162.slot = alloca [40 x i8], align 8
	%v162 = bitcast [40 x i8]* %v162.slot to i8*
	%v93.slot = alloca [8 x i8], align 8
	%v93 = bitcast [8 x i8]* %v93.slot to i8*
	%v92.slot = alloca [24 x i8], align 8
	%v92 = bitcast [24 x i8]* %v92.slot to i8*
	%v83.slot = alloca [8 x i8], align 8
	%v83 = bitcast [8 x i8]* %v83.slot to i8*
	%v82.slot = alloca [24 x i8], align 8
	%v82 = bitcast [24 x i8]* %v82.slot to i8*
	%v73.slot = alloca [8 x i8], align 8
	%v73 = bitcast [8 x i8]* %v73.slot to i8*
	%v72.slot = alloca [24 x i8], align 8
	%v72 = bitcast [24 x i8]* %v72.slot to i8*
	%v69.slot = alloca [32 x i8], align 8
	%v69 = bitcast [32 x i8]* %v69.slot to i8*
	%v63.slot = alloca [8 x i8], align 8
	%v63 = bitcast [8 x i8]* %v63.slot to i8*
	%v56.slot = alloca [24 x i8], align 8
	%v56 = bitcast [24 x i8]* %v56.slot to i8*
	%v43.slot = alloca [16 x i8], align 8
	%v43 = bitcast [16 x i8]* %v43.slot to i8*
	%v36.slot = alloca [16 x i8], align 8
	%v36 = bitcast [16 x i8]* %v36.slot to i8*
	%v26.slot = alloca [56 x i8], align 8
	%v26 = bitcast [56 x i8]* %v26.slot to i8*
	%v11.slot = alloca [48 x i8], align 8
	%v11 = bitcast [48 x i8]* %v11.slot to i8*
	%v9.slot = alloca [32 x i8], align 8
	%v9 = bitcast [32 x i8]* %v9.slot to i8*
	%v7.slot = alloca [48 x i8], align 8
	%v7 = bitcast [48 x i8]* %v7.slot to i8*
	%v5.slot = alloca [8 x i8], align 8
	%v5 = bitcast [8 x i8]* %v5.slot to i8*
	%v3.slot = alloca [8 x i8], align 8
	%v3 = bitcast [8 x i8]* %v3.slot to i8*
	%v1.slot = alloca [32 x i8], align 8
	%v1 = bitcast [32 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v1)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v1, i8 0, i64 32, i1 false), !dbg !11
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v3)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v3, i8 0, i64 8, i1 false), !dbg !11
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v5)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v5, i8 0, i64 8, i1 false), !dbg !11
	call void @llvm.lifetime.start.p0i8(i64 48, i8* %v7)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v7, i8 0, i64 48, i1 false), !dbg !11
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v9)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v9, i8 0, i64 32, i1 false), !dbg !11
	call void @llvm.lifetime.start.p0i8(i64 48, i8* %v11)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v11, i8 0, i64 48, i1 false), !dbg !11
	%0 = bitcast i8* %v11 to i64*, !dbg !13
	store i64 0, i64* %0, align 8, !dbg !13
	%1 = getelementptr i8, i8* %v11, i64 8, !dbg !13
	%2 = bitcast i8* %1 to i64*, !dbg !13
	store i64 1, i64* %2, align 8, !dbg !13
	%3 = getelementptr i8, i8* %v11, i64 16, !dbg !15
	%4 = bitcast i8* %3 to i32*, !dbg !15
	store i32 7500915, i32* %4, align 4, !dbg !15
	%5 = getelementptr i8, i8* %v11, i64 24, !dbg !16
	%6 = bitcast i8* %5 to i64*, !dbg !16
	store i64 5, i64* %6, align 8, !dbg !16
	%7 = getelementptr i8, i8* %v11, i64 32, !dbg !16
	store i8 6, i8* %7, align 1, !dbg !16
	%8 = getelementptr i8, i8* %v11, i64 40, !dbg !13
	%9 = bitcast i8* %8 to i64*, !dbg !13
	store i64 99, i64* %9, align 8, !dbg !13
	call void @llvm.lifetime.start.p0i8(i64 56, i8* %v26)
	%10 = bitcast i8* %v26 to i64*, !dbg !18
	store i64 0, i64* %10, align 8, !dbg !18
	%11 = bitcast i8* %v11 to i64*, !dbg !19
	%v29 = load i64, i64* %11, align 8, !dbg !19
	%12 = getelementptr i8, i8* %v26, i64 8, !dbg !18
	%13 = bitcast i8* %12 to i64*, !dbg !18
	store i64 %v29, i64* %13, align 8, !dbg !18
	%14 = getelementptr i8, i8* %v11, i64 8, !dbg !20
	%15 = bitcast i8* %14 to i64*, !dbg !20
	%v31 = load i64, i64* %15, align 8, !dbg !20
	%16 = getelementptr i8, i8* %v26, i64 16, !dbg !18
	%17 = bitcast i8* %16 to i64*, !dbg !18
	store i64 %v31, i64* %17, align 8, !dbg !18
	%18 = getelementptr i8, i8* %v11, i64 16, !dbg !21
	%19 = bitcast i8* %18 to i32*, !dbg !21
	%20 = load i32, i32* %19, align 4, !dbg !21
	%v33 = zext i32 %20 to i64, !dbg !21
	%21 = trunc i64 %v33 to i32, !dbg !21
	%22 = getelementptr i8, i8* %v26, i64 24, !dbg !21
	%23 = bitcast i8* %22 to i32*, !dbg !21
	store i32 %21, i32* %23, align 4, !dbg !21
	%24 = getelementptr i8, i8* %v26, i64 28, !dbg !18
	call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 4, i1 false), !dbg !18
	%25 = getelementptr i8, i8* %v11, i64 24, !dbg !22
	%26 = bitcast i8* %25 to i64*, !dbg !22
	%v37 = load i64, i64* %26, align 8, !dbg !22
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v36)
	%27 = bitcast i8* %v36 to i64*, !dbg !22
	store i64 %v37, i64* %27, align 8, !dbg !22
	%28 = getelementptr i8, i8* %v11, i64 32, !dbg !22
	%29 = bitcast i8* %28 to i64*, !dbg !22
	%v39 = load i64, i64* %29, align 8, !dbg !22
	%30 = getelementptr i8, i8* %v36, i64 8, !dbg !22
	%31 = bitcast i8* %30 to i64*, !dbg !22
	store i64 %v39, i64* %31, align 8, !dbg !22
	%32 = bitcast i8* %v36 to i64*, !dbg !22
	%v41 = load i64, i64* %32, align 8, !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v36)
	%33 = getelementptr i8, i8* %v26, i64 32, !dbg !18
	%34 = bitcast i8* %33 to i64*, !dbg !18
	store i64 %v41, i64* %34, align 8, !dbg !18
	%35 = getelementptr i8, i8* %v11, i64 24, !dbg !23
	%36 = bitcast i8* %35 to i64*, !dbg !23
	%v44 = load i64, i64* %36, align 8, !dbg !23
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v43)
	%37 = bitcast i8* %v43 to i64*, !dbg !23
	store i64 %v44, i64* %37, align 8, !dbg !23
	%38 = getelementptr i8, i8* %v11, i64 32, !dbg !23
	%39 = bitcast i8* %38 to i64*, !dbg !23
	%v46 = load i64, i64* %39, align 8, !dbg !23
	%40 = getelementptr i8, i8* %v43, i64 8, !dbg !23
	%41 = bitcast i8* %40 to i64*, !dbg !23
	store i64 %v46, i64* %41, align 8, !dbg !23
	%42 = getelementptr i8, i8* %v43, i64 8, !dbg !23
	%43 = load i8, i8* %42, align 1, !dbg !23
	%v48 = sext i8 %43 to i64, !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v43)
	%44 = getelementptr i8, i8* %v26, i64 40, !dbg !18
	%45 = bitcast i8* %44 to i64*, !dbg !18
	store i64 %v48, i64* %45, align 8, !dbg !18
	%46 = getelementptr i8, i8* %v11, i64 40, !dbg !24
	%47 = bitcast i8* %46 to i64*, !dbg !24
	%v50 = load i64, i64* %47, align 8, !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 48, i8* %v11)
	%48 = getelementptr i8, i8* %v26, i64 48, !dbg !18
	%49 = bitcast i8* %48 to i64*, !dbg !18
	store i64 %v50, i64* %49, align 8, !dbg !18
	%v55 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v26, i64 56, i64 0), !dbg !18
	call void @llvm.lifetime.end.p0i8(i64 56, i8* %v26)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v56)
	%50 = bitcast i8* %v56 to i64*, !dbg !25
	store i64 0, i64* %50, align 8, !dbg !25
	%51 = getelementptr i8, i8* %v56, i64 8, !dbg !25
	%52 = bitcast i8* %51 to i64*, !dbg !25
	store i64 1, i64* %52, align 8, !dbg !25
	%53 = getelementptr i8, i8* %v56, i64 16, !dbg !26
	%54 = bitcast i8* %53 to i32*, !dbg !26
	store i32 7500915, i32* %54, align 4, !dbg !26
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v63)
	%55 = bitcast i8* %v63 to i64*, !dbg !27
	store i64 0, i64* %55, align 8, !dbg !27
	%v68 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_t to i8*), i8* %v63, i8* %v56, i64 0), !dbg !27
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v63)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v56)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v69)
	%56 = bitcast i8* %v69 to i64*, !dbg !28
	store i64 1, i64* %56, align 8, !dbg !28
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v73)
	%57 = bitcast i8* %v73 to i64*, !dbg !29
	store i64 0, i64* %57, align 8, !dbg !29
	%v77 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_t to i8*), i8* %v73), !dbg !29
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v73)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v72)
	%58 = icmp ne i8* %v77, null
	br i1 %58, label %b1, label %b2, !dbg !29

b1:
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %v72, i8* align 8 %v77, i64 24, i1 false), !dbg !29
	br label %b3, !dbg !29

b2:
	call void @llvm.memset.p0i8.i64(i8* align 8 %v72, i8 0, i64 24, i1 false), !dbg !29
	br label %b3, !dbg !29

b3:
	%59 = bitcast i8* %v72 to i64*, !dbg !29
	%v80 = load i64, i64* %59, align 8, !dbg !29
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v72)
	%60 = getelementptr i8, i8* %v69, i64 8, !dbg !28
	%61 = bitcast i8* %60 to i64*, !dbg !28
	store i64 %v80, i64* %61, align 8, !dbg !28
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v83)
	%62 = bitcast i8* %v83 to i64*, !dbg !30
	store i64 0, i64* %62, align 8, !dbg !30
	%v87 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_t to i8*), i8* %v83), !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v83)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v82)
	%63 = icmp ne i8* %v87, null
	br i1 %63, label %b4, label %b5, !dbg !30

b4:
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %v82, i8* align 8 %v87, i64 24, i1 false), !dbg !30
	br label %b6, !dbg !30

b5:
	call void @llvm.memset.p0i8.i64(i8* align 8 %v82, i8 0, i64 24, i1 false), !dbg !30
	br label %b6, !dbg !30

b6:
	%64 = getelementptr i8, i8* %v82, i64 8, !dbg !30
	%65 = bitcast i8* %64 to i64*, !dbg !30
	%v90 = load i64, i64* %65, align 8, !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v82)
	%66 = getelementptr i8, i8* %v69, i64 16, !dbg !28
	%67 = bitcast i8* %66 to i64*, !dbg !28
	store i64 %v90, i64* %67, align 8, !dbg !28
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v93)
	%68 = bitcast i8* %v93 to i64*, !dbg !31
	store i64 0, i64* %68, align 8, !dbg !31
	%v97 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_t to i8*), i8* %v93), !dbg !31
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v93)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v92)
	%69 = icmp ne i8* %v97, null
	br i1 %69, label %b7, label %b8, !dbg !31

b7:
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %v92, i8* align 8 %v97, i64 24, i1 false), !dbg !31
	br label %b9, !dbg !31

b8:
	call void @llvm.memset.p0i8.i64(i8* align 8 %v92, i8 0, i64 24, i1 false), !dbg !31
	br label %b9, !dbg !31

b9:
	%70 = getelementptr i8, i8* %v92, i64 16, !dbg !31
	%71 = bitcast i8* %70 to i32*, !dbg !31
	%72 = load i32, i32* %71, align 4, !dbg !31
	%v100 = zext i32 %72 to i64, !dbg !31
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v92)
	%73 = trunc i64 %v100 to i32, !dbg !31
	%74 = getelementptr i8, i8* %v69, i64 24, !dbg !31
	%75 = bitcast i8* %74 to i32*, !dbg !31
	store i32 %73, i32* %75, align 4, !dbg !31
	%76 = getelementptr i8, i8* %v69, i64 28, !dbg !28
	call void @llvm.memset.p0i8.i64(i8* align 4 %76, i8 0, i64 4, i1 false), !dbg !28
	%v106 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v69, i64 32, i64 0), !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v69)
	store i8 1, i8* %v1, align 1, !dbg !32
	%77 = getelementptr i8, i8* %v1, i64 8, !dbg !32
	%78 = bitcast i8* %77 to i64*, !dbg !32
	store i64 1, i64* %78, align 8, !dbg !32
	%79 = getelementptr i8, i8* %v1, i64 16, !dbg !32
	store i8 1, i8* %79, align 1, !dbg !32
	%80 = getelementptr i8, i8* %v1, i64 24, !dbg !32
	%81 = bitcast i8* %80 to i64*, !dbg !32
	store i64 1, i64* %81, align 8, !dbg !32
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v1)
	store i8 1, i8* %v3, align 1, !dbg !33
	%82 = getelementptr i8, i8* %v3, i64 2, !dbg !33
	%83 = bitcast i8* %82 to i16*, !dbg !33
	store i16 1, i16* %83, align 2, !dbg !33
	%84 = getelementptr i8, i8* %v3, i64 4, !dbg !33
	%85 = bitcast i8* %84 to i32*, !dbg !33
	store i32 1, i32* %85, align 4, !dbg !33
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v3)
	%86 = bitcast i8* %v5 to i32*, !dbg !34
	store i32 1, i32* %86, align 4, !dbg !34
	%87 = getelementptr i8, i8* %v5, i64 4, !dbg !34
	%88 = bitcast i8* %87 to i16*, !dbg !34
	store i16 1, i16* %88, align 2, !dbg !34
	%89 = getelementptr i8, i8* %v5, i64 6, !dbg !34
	store i8 1, i8* %89, align 1, !dbg !34
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v5)
	store i8 -100, i8* %v7, align 1, !dbg !35
	%90 = getelementptr i8, i8* %v7, i64 1, !dbg !35
	store i8 100, i8* %90, align 1, !dbg !35
	%91 = getelementptr i8, i8* %v7, i64 2, !dbg !37
	%92 = bitcast i8* %91 to i16*, !dbg !37
	store i16 25185, i16* %92, align 2, !dbg !37
	%93 = getelementptr i8, i8* %v7, i64 4, !dbg !37
	%94 = bitcast i8* %93 to i32*, !dbg !37
	store i32 1717920867, i32* %94, align 4, !dbg !37
	%95 = getelementptr i8, i8* %v7, i64 8, !dbg !37
	store i8 0, i8* %95, align 1, !dbg !37
	%96 = getelementptr i8, i8* %v7, i64 16, !dbg !35
	%97 = bitcast i8* %96 to i64*, !dbg !35
	store i64 3, i64* %97, align 8, !dbg !35
	%98 = getelementptr i8, i8* %v7, i64 24, !dbg !35
	%99 = bitcast i8* %98 to i32*, !dbg !35
	store i32 1, i32* %99, align 4, !dbg !35
	%100 = getelementptr i8, i8* %v7, i64 32, !dbg !35
	%101 = bitcast i8* %100 to i64*, !dbg !35
	store i64 -10, i64* %101, align 8, !dbg !35
	%102 = getelementptr i8, i8* %v7, i64 40, !dbg !35
	store i8 10, i8* %102, align 1, !dbg !35
	%103 = getelementptr i8, i8* %v7, i64 42, !dbg !35
	%104 = bitcast i8* %103 to i16*, !dbg !35
	store i16 -555, i16* %104, align 2, !dbg !35
	%105 = getelementptr i8, i8* %v7, i64 44, !dbg !42
	%106 = bitcast i8* %105 to i32*, !dbg !42
	store i32 6513249, i32* %106, align 4, !dbg !42
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v162)
	%107 = bitcast i8* %v162 to i64*, !dbg !43
	store i64 2, i64* %107, align 8, !dbg !43
	%108 = getelementptr i8, i8* %v162, i64 8, !dbg !43
	%109 = bitcast i8* %108 to i64*, !dbg !43
	store i64 32, i64* %109, align 8, !dbg !43
	%110 = getelementptr i8, i8* %v162, i64 16, !dbg !43
	%111 = bitcast i8* %110 to i64*, !dbg !43
	store i64 8, i64* %111, align 8, !dbg !43
	%112 = getelementptr i8, i8* %v162, i64 24, !dbg !43
	%113 = bitcast i8* %112 to i64*, !dbg !43
	store i64 8, i64* %113, align 8, !dbg !43
	%114 = getelementptr i8, i8* %v162, i64 32, !dbg !43
	%115 = bitcast i8* %114 to i64*, !dbg !43
	store i64 48, i64* %115, align 8, !dbg !43
	%v176 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v162, i64 40, i64 0), !dbg !43
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v162)
	call void @llvm.lifetime.start.p0i8(i64 64, i8* %v177)
	%116 = bitcast i8* %v177 to i64*, !dbg !46
	store i64 30007, i64* %116, align 8, !dbg !46
	%117 = getelementptr i8, i8* %v177, i64 8, !dbg !46
	%118 = bitcast i8* %117 to i64*, !dbg !46
	store i64 0, i64* %118, align 8, !dbg !46
	%119 = getelementptr i8, i8* %v177, i64 16, !dbg !46
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %119, i8* align 8 %v7, i64 48, i1 false), !dbg !46
	call void @llvm.lifetime.end.p0i8(i64 48, i8* %v7)
	%v186 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v177, i64 64, i64 0), !dbg !46
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v177)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v187)
	%120 = bitcast i8* %v187 to i32*, !dbg !47
	store i32 -100, i32* %120, align 4, !dbg !47
	%121 = getelementptr i8, i8* %v187, i64 4, !dbg !47
	store i8 10, i8* %121, align 1, !dbg !47
	%122 = getelementptr i8, i8* %v187, i64 8, !dbg !47
	%123 = bitcast i8* %122 to i64*, !dbg !47
	store i64 50, i64* %123, align 8, !dbg !47
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v196)
	%124 = bitcast i8* %v196 to i64*, !dbg !49
	store i64 0, i64* %124, align 8, !dbg !49
	%v201 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m1 to i8*), i8* %v196, i8* %v187, i64 0), !dbg !49
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v196)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v187)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v202)
	%125 = bitcast i8* %v202 to i64*, !dbg !50
	store i64 -100, i64* %125, align 8, !dbg !50
	%126 = getelementptr i8, i8* %v202, i64 8, !dbg !50
	store i8 10, i8* %126, align 1, !dbg !50
	%127 = getelementptr i8, i8* %v202, i64 12, !dbg !50
	%128 = bitcast i8* %127 to i32*, !dbg !50
	store i32 50, i32* %128, align 4, !dbg !50
	%129 = getelementptr i8, i8* %v202, i64 16, !dbg !50
	%130 = bitcast i8* %129 to i64*, !dbg !50
	store i64 100, i64* %130, align 8, !dbg !50
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v213)
	%131 = bitcast i8* %v213 to i64*, !dbg !51
	store i64 0, i64* %131, align 8, !dbg !51
	%v218 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m2 to i8*), i8* %v213, i8* %v202, i64 0), !dbg !51
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v213)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v202)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v219)
	store i8 1, i8* %v219, align 1, !dbg !52
	%132 = getelementptr i8, i8* %v219, i64 1, !dbg !53
	store i8 -20, i8* %132, align 1, !dbg !53
	%133 = getelementptr i8, i8* %v219, i64 2, !dbg !53
	store i8 30, i8* %133, align 1, !dbg !53
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v229)
	%134 = bitcast i8* %v229 to i64*, !dbg !55
	store i64 0, i64* %134, align 8, !dbg !55
	%v234 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_n to i8*), i8* %v229, i8* %v219, i64 0), !dbg !55
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v229)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v219)
	%135 = bitcast i8* %v9 to i64*, !dbg !56
	store i64 1, i64* %135, align 8, !dbg !56
	%136 = getelementptr i8, i8* %v9, i64 8, !dbg !57
	%137 = bitcast i8* %136 to i64*, !dbg !57
	store i64 2, i64* %137, align 8, !dbg !57
	%138 = getelementptr i8, i8* %v9, i64 16, !dbg !58
	%139 = bitcast i8* %138 to i64*, !dbg !58
	store i64 3, i64* %139, align 8, !dbg !58
	%140 = getelementptr i8, i8* %v9, i64 24, !dbg !59
	%141 = bitcast i8* %140 to i32*, !dbg !59
	store i32 1885693284, i32* %141, align 4, !dbg !59
	%142 = getelementptr i8, i8* %v9, i64 28, !dbg !59
	store i8 0, i8* %142, align 1, !dbg !59
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v245)
	%143 = bitcast i8* %v245 to i64*, !dbg !60
	store i64 3, i64* %143, align 8, !dbg !60
	%144 = getelementptr i8, i8* %v9, i64 8, !dbg !61
	%145 = bitcast i8* %144 to i64*, !dbg !61
	%v250 = load i64, i64* %145, align 8, !dbg !61
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v249)
	%146 = bitcast i8* %v249 to i64*, !dbg !61
	store i64 %v250, i64* %146, align 8, !dbg !61
	%147 = getelementptr i8, i8* %v9, i64 16, !dbg !61
	%148 = bitcast i8* %147 to i64*, !dbg !61
	%v252 = load i64, i64* %148, align 8, !dbg !61
	%149 = getelementptr i8, i8* %v249, i64 8, !dbg !61
	%150 = bitcast i8* %149 to i64*, !dbg !61
	store i64 %v252, i64* %150, align 8, !dbg !61
	%151 = getelementptr i8, i8* %v9, i64 24, !dbg !61
	%152 = bitcast i8* %151 to i64*, !dbg !61
	%v254 = load i64, i64* %152, align 8, !dbg !61
	%153 = getelementptr i8, i8* %v249, i64 16, !dbg !61
	%154 = bitcast i8* %153 to i64*, !dbg !61
	store i64 %v254, i64* %154, align 8, !dbg !61
	%155 = getelementptr i8, i8* %v249, i64 8, !dbg !61
	%156 = bitcast i8* %155 to i64*, !dbg !61
	%v256 = load i64, i64* %156, align 8, !dbg !61
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v248)
	%157 = bitcast i8* %v248 to i64*, !dbg !61
	store i64 %v256, i64* %157, align 8, !dbg !61
	%158 = getelementptr i8, i8* %v249, i64 16, !dbg !61
	%159 = bitcast i8* %158 to i64*, !dbg !61
	%v258 = load i64, i64* %159, align 8, !dbg !61
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v249)
	%160 = getelementptr i8, i8* %v248, i64 8, !dbg !61
	%161 = bitcast i8* %160 to i64*, !dbg !61
	store i64 %v258, i64* %161, align 8, !dbg !61
	%162 = bitcast i8* %v248 to i64*, !dbg !61
	%v260 = load i64, i64* %162, align 8, !dbg !61
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v248)
	%163 = getelementptr i8, i8* %v245, i64 8, !dbg !60
	%164 = bitcast i8* %163 to i64*, !dbg !60
	store i64 %v260, i64* %164, align 8, !dbg !60
	%165 = getelementptr i8, i8* %v9, i64 8, !dbg !62
	%166 = bitcast i8* %165 to i64*, !dbg !62
	%v264 = load i64, i64* %166, align 8, !dbg !62
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v263)
	%167 = bitcast i8* %v263 to i64*, !dbg !62
	store i64 %v264, i64* %167, align 8, !dbg !62
	%168 = getelementptr i8, i8* %v9, i64 16, !dbg !62
	%169 = bitcast i8* %168 to i64*, !dbg !62
	%v266 = load i64, i64* %169, align 8, !dbg !62
	%170 = getelementptr i8, i8* %v263, i64 8, !dbg !62
	%171 = bitcast i8* %170 to i64*, !dbg !62
	store i64 %v266, i64* %171, align 8, !dbg !62
	%172 = getelementptr i8, i8* %v9, i64 24, !dbg !62
	%173 = bitcast i8* %172 to i64*, !dbg !62
	%v268 = load i64, i64* %173, align 8, !dbg !62
	%174 = getelementptr i8, i8* %v263, i64 16, !dbg !62
	%175 = bitcast i8* %174 to i64*, !dbg !62
	store i64 %v268, i64* %175, align 8, !dbg !62
	%176 = getelementptr i8, i8* %v263, i64 8, !dbg !62
	%177 = bitcast i8* %176 to i64*, !dbg !62
	%v270 = load i64, i64* %177, align 8, !dbg !62
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v262)
	%178 = bitcast i8* %v262 to i64*, !dbg !62
	store i64 %v270, i64* %178, align 8, !dbg !62
	%179 = getelementptr i8, i8* %v263, i64 16, !dbg !62
	%180 = bitcast i8* %179 to i64*, !dbg !62
	%v272 = load i64, i64* %180, align 8, !dbg !62
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v263)
	%181 = getelementptr i8, i8* %v262, i64 8, !dbg !62
	%182 = bitcast i8* %181 to i64*, !dbg !62
	store i64 %v272, i64* %182, align 8, !dbg !62
	%183 = getelementptr i8, i8* %v262, i64 8, !dbg !62
	%184 = bitcast i8* %183 to i32*, !dbg !62
	%185 = load i32, i32* %184, align 4, !dbg !62
	%v274 = zext i32 %185 to i64, !dbg !62
	%186 = trunc i64 %v274 to i32, !dbg !62
	%187 = getelementptr i8, i8* %v245, i64 16, !dbg !62
	%188 = bitcast i8* %187 to i32*, !dbg !62
	store i32 %186, i32* %188, align 4, !dbg !62
	%189 = getelementptr i8, i8* %v262, i64 12, !dbg !62
	%190 = load i8, i8* %189, align 1, !dbg !62
	%v276 = zext i8 %190 to i64, !dbg !62
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v262)
	%191 = trunc i64 %v276 to i8, !dbg !62
	%192 = getelementptr i8, i8* %v245, i64 20, !dbg !62
	store i8 %191, i8* %192, align 1, !dbg !62
	%193 = getelementptr i8, i8* %v245, i64 21, !dbg !60
	call void @llvm.memset.p0i8.i64(i8* align 1 %193, i8 0, i64 3, i1 false), !dbg !60
	%v282 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v245, i64 24, i64 0), !dbg !60
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v245)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v283)
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %v283, i8* align 8 %v9, i64 32, i1 false), !dbg !63
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v9)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v285)
	%194 = bitcast i8* %v285 to i64*, !dbg !64
	store i64 0, i64* %194, align 8, !dbg !64
	%v290 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_deep to i8*), i8* %v285, i8* %v283, i64 0), !dbg !64
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v285)
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v283)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v291)
	%195 = bitcast i8* %v291 to i64*, !dbg !65
	store i64 30000, i64* %195, align 8, !dbg !65
	%v297 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v291, i64 8, i64 0), !dbg !65
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v291)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v298)
	%196 = bitcast i8* %v298 to i32*, !dbg !65
	store i32 0, i32* %196, align 4, !dbg !65
	%v302 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v298), !dbg !65
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v298)
	%197 = icmp ne i8* %v302, null
	br i1 %197, label %b10, label %b11, !dbg !65

b10:
	%198 = bitcast i8* %v302 to i64*, !dbg !65
	store i64 1, i64* %198, align 8, !dbg !65
	br label %b11, !dbg !65

b11:
	ret i64 0, !dbg !65
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
!12 = !DILocation(line: 130, scope: !8)
!13 = !DILocation(line: 140, scope: !8)
!14 = !DILocation(line: 144, scope: !8)
!15 = !DILocation(line: 147, scope: !8)
!16 = !DILocation(line: 154, scope: !8)
!17 = !DILocation(line: 158, scope: !8)
!18 = !DILocation(line: 174, scope: !8)
!19 = !DILocation(line: 204, scope: !8)
!20 = !DILocation(line: 210, scope: !8)
!21 = !DILocation(line: 216, scope: !8)
!22 = !DILocation(line: 222, scope: !8)
!23 = !DILocation(line: 230, scope: !8)
!24 = !DILocation(line: 238, scope: !8)
!25 = !DILocation(line: 251, scope: !8)
!26 = !DILocation(line: 258, scope: !8)
!27 = !DILocation(line: 246, scope: !8)
!28 = !DILocation(line: 267, scope: !8)
!29 = !DILocation(line: 288, scope: !8)
!30 = !DILocation(line: 294, scope: !8)
!31 = !DILocation(line: 300, scope: !8)
!32 = !DILocation(line: 313, scope: !8)
!33 = !DILocation(line: 359, scope: !8)
!34 = !DILocation(line: 396, scope: !8)
!35 = !DILocation(line: 433, scope: !8)
!36 = !DILocation(line: 446, scope: !8)
!37 = !DILocation(line: 457, scope: !8)
!38 = !DILocation(line: 467, scope: !8)
!39 = !DILocation(line: 480, scope: !8)
!40 = !DILocation(line: 492, scope: !8)
!41 = !DILocation(line: 502, scope: !8)
!42 = !DILocation(line: 515, scope: !8)
!43 = !DILocation(line: 524, scope: !8)
!44 = !DILocation(line: 560, scope: !8)
!45 = !DILocation(line: 584, scope: !8)
!46 = !DILocation(line: 598, scope: !8)
!47 = !DILocation(line: 616, scope: !8)
!48 = !DILocation(line: 640, scope: !8)
!49 = !DILocation(line: 610, scope: !8)
!50 = !DILocation(line: 652, scope: !8)
!51 = !DILocation(line: 646, scope: !8)
!52 = !DILocation(line: 692, scope: !8)
!53 = !DILocation(line: 702, scope: !8)
!54 = !DILocation(line: 714, scope: !8)
!55 = !DILocation(line: 687, scope: !8)
!56 = !DILocation(line: 732, scope: !8)
!57 = !DILocation(line: 736, scope: !8)
!58 = !DILocation(line: 740, scope: !8)
!59 = !DILocation(line: 744, scope: !8)
!60 = !DILocation(line: 756, scope: !8)
!61 = !DILocation(line: 774, scope: !8)
!62 = !DILocation(line: 784, scope: !8)
!63 = !DILocation(line: 804, scope: !8)
!64 = !DILocation(line: 796, scope: !8)
!65 = !DILocation(line: 809, scope: !8)
