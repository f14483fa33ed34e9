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
	%v283.slot = alloca [32 x i8], align 8
	%v283 = bitcast [32 x i8]* %v283.slot to i8*
	%v262.slot = alloca [16 x i8], align 8
	%v262 = bitcast [16 x i8]* %v262.slot to i8*
	%v245.slot = alloca [24 x i8], align 8
	%v245 = bitcast [24 x i8]* %v245.slot to i8*
	%v219.slot = alloca [8 x i8], align 8
	%v219 = bitcast [8 x i8]* %v219.slot to i8*
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
	%v72.slot = alloca [24 x i8], align 8
	%v72 = bitcast [24 x i8]* %v72.slot to i8*
	%v69.slot = alloca [32 x i8], align 8
	%v69 = bitcast [32 x i8]* %v69.slot to i8*
	%v56.slot = alloca [24 x i8], align 8
	%v56 = bitcast [24 x i8]* %v56.slot to i8*
	%v43.slot = alloca [16 x i8], align 8
	%v43 = bitcast [16 x i8]* %v43.slot to i8*
	%v26.slot = alloca [56 x i8], align 8
	%v26 = bitcast [56 x i8]* %v26.slot to i8*
	%v11.slot = alloca [48 x i8], align 8
	%v11 = bitcast [48 x i8]* %v11.slot to i8*
	%v9.slot = alloca [32 x i8], align 8
	%v9 = bitcast [32 x i8]* %v9.slot to i8*
	%v7.slot = alloca [48 x i8], align 8
	%v7 = bitcast [48 x i8]* %v7.slot to i8*
	%v3.slot = alloca [8 x i8], align 8
	%v3 = bitcast [8 x i8]* %v3.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v3)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v3, i8 0, i64 8, i1 false), !dbg !11
	call void @llvm.lifetime.start.p0i8(i64 48, i8* %v7)
	%0 = getelementptr i8, i8* %v7, i64 9, !dbg !11
	call void @llvm.memset.p0i8.i64(i8* align 1 %0, i8 0, i64 33, i1 false), !dbg !11
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v9)
	%1 = getelementptr i8, i8* %v9, i64 29, !dbg !11
	call void @llvm.memset.p0i8.i64(i8* align 1 %1, i8 0, i64 3, i1 false), !dbg !11
	call void @llvm.lifetime.start.p0i8(i64 48, i8* %v11)
	%2 = getelementptr i8, i8* %v11, i64 33, !dbg !11
	call void @llvm.memset.p0i8.i64(i8* align 1 %2, i8 0, i64 7, i1 false), !dbg !11
	%3 = getelementptr i8, i8* %v11, i64 32, !dbg !16
	store i8 6, i8* %3, align 1, !dbg !16
	call void @llvm.lifetime.start.p0i8(i64 56, i8* %v26)
	%4 = bitcast i8* %v26 to i64*, !dbg !18
	store i64 0, i64* %4, align 8, !dbg !18
	%5 = getelementptr i8, i8* %v26, i64 8, !dbg !18
	%6 = bitcast i8* %5 to i64*, !dbg !18
	store i64 0, i64* %6, align 8, !dbg !18
	%7 = getelementptr i8, i8* %v26, i64 16, !dbg !18
	%8 = bitcast i8* %7 to i64*, !dbg !18
	store i64 1, i64* %8, align 8, !dbg !18
	%9 = getelementptr i8, i8* %v26, i64 24, !dbg !19
	%10 = bitcast i8* %9 to i32*, !dbg !19
	store i32 7500915, i32* %10, align 4, !dbg !19
	%11 = getelementptr i8, i8* %v26, i64 28, !dbg !18
	call void @llvm.memset.p0i8.i64(i8* align 4 %11, i8 0, i64 4, i1 false), !dbg !18
	%12 = getelementptr i8, i8* %v11, i64 32, !dbg !20
	%13 = bitcast i8* %12 to i64*, !dbg !20
	%v39 = load i64, i64* %13, align 8, !dbg !20
	call void @llvm.lifetime.end.p0i8(i64 48, i8* %v11)
	%14 = getelementptr i8, i8* %v26, i64 32, !dbg !18
	%15 = bitcast i8* %14 to i64*, !dbg !18
	store i64 5, i64* %15, align 8, !dbg !18
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v43)
	%16 = getelementptr i8, i8* %v43, i64 8, !dbg !21
	%17 = bitcast i8* %16 to i64*, !dbg !21
	store i64 %v39, i64* %17, align 8, !dbg !21
	%18 = getelementptr i8, i8* %v43, i64 8, !dbg !21
	%19 = load i8, i8* %18, align 1, !dbg !21
	%v48 = sext i8 %19 to i64, !dbg !21
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v43)
	%20 = getelementptr i8, i8* %v26, i64 40, !dbg !18
	%21 = bitcast i8* %20 to i64*, !dbg !18
	store i64 %v48, i64* %21, align 8, !dbg !18
	%22 = getelementptr i8, i8* %v26, i64 48, !dbg !18
	%23 = bitcast i8* %22 to i64*, !dbg !18
	store i64 99, i64* %23, align 8, !dbg !18
	%v55 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v26, i64 56, i64 0), !dbg !18
	call void @llvm.lifetime.end.p0i8(i64 56, i8* %v26)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v56)
	%24 = bitcast i8* %v56 to i64*, !dbg !22
	store i64 0, i64* %24, align 8, !dbg !22
	%25 = getelementptr i8, i8* %v56, i64 8, !dbg !22
	%26 = bitcast i8* %25 to i64*, !dbg !22
	store i64 1, i64* %26, align 8, !dbg !22
	%27 = getelementptr i8, i8* %v56, i64 16, !dbg !23
	%28 = bitcast i8* %27 to i32*, !dbg !23
	store i32 7500915, i32* %28, align 4, !dbg !23
	%v68 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_t to i8*), i8* %v3, i8* %v56, i64 0), !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v56)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v69)
	%29 = bitcast i8* %v69 to i64*, !dbg !25
	store i64 1, i64* %29, align 8, !dbg !25
	%v77 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_t to i8*), i8* %v3), !dbg !26
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v3)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v72)
	%30 = icmp ne i8* %v77, null
	br i1 %30, label %b1, label %b2, !dbg !26

b1:
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %v72, i8* align 8 %v77, i64 24, i1 false), !dbg !26
	br label %b3, !dbg !26

b2:
	call void @llvm.memset.p0i8.i64(i8* align 8 %v72, i8 0, i64 8, i1 false), !dbg !26
	br label %b3, !dbg !26

b3:
	%31 = bitcast i8* %v72 to i64*, !dbg !26
	%v80 = load i64, i64* %31, align 8, !dbg !26
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v72)
	%32 = getelementptr i8, i8* %v69, i64 8, !dbg !25
	%33 = bitcast i8* %32 to i64*, !dbg !25
	store i64 %v80, i64* %33, align 8, !dbg !25
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v83)
	%34 = bitcast i8* %v83 to i64*, !dbg !27
	store i64 0, i64* %34, align 8, !dbg !27
	%v87 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_t to i8*), i8* %v83), !dbg !27
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v83)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v82)
	%35 = icmp ne i8* %v87, null
	br i1 %35, label %b4, label %b5, !dbg !27

b4:
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %v82, i8* align 8 %v87, i64 24, i1 false), !dbg !27
	br label %b6, !dbg !27

b5:
	%36 = getelementptr i8, i8* %v82, i64 8, !dbg !27
	call void @llvm.memset.p0i8.i64(i8* align 8 %36, i8 0, i64 8, i1 false), !dbg !27
	br label %b6, !dbg !27

b6:
	%37 = getelementptr i8, i8* %v82, i64 8, !dbg !27
	%38 = bitcast i8* %37 to i64*, !dbg !27
	%v90 = load i64, i64* %38, align 8, !dbg !27
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v82)
	%39 = getelementptr i8, i8* %v69, i64 16, !dbg !25
	%40 = bitcast i8* %39 to i64*, !dbg !25
	store i64 %v90, i64* %40, align 8, !dbg !25
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v93)
	%41 = bitcast i8* %v93 to i64*, !dbg !28
	store i64 0, i64* %41, align 8, !dbg !28
	%v97 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_t to i8*), i8* %v93), !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v93)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v92)
	%42 = icmp ne i8* %v97, null
	br i1 %42, label %b7, label %b8, !dbg !28

b7:
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %v92, i8* align 8 %v97, i64 24, i1 false), !dbg !28
	br label %b9, !dbg !28

b8:
	%43 = getelementptr i8, i8* %v92, i64 16, !dbg !28
	call void @llvm.memset.p0i8.i64(i8* align 8 %43, i8 0, i64 4, i1 false), !dbg !28
	br label %b9, !dbg !28

b9:
	%44 = getelementptr i8, i8* %v92, i64 16, !dbg !28
	%45 = bitcast i8* %44 to i32*, !dbg !28
	%46 = load i32, i32* %45, align 4, !dbg !28
	%v100 = zext i32 %46 to i64, !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v92)
	%47 = trunc i64 %v100 to i32, !dbg !28
	%48 = getelementptr i8, i8* %v69, i64 24, !dbg !28
	%49 = bitcast i8* %48 to i32*, !dbg !28
	store i32 %47, i32* %49, align 4, !dbg !28
	%50 = getelementptr i8, i8* %v69, i64 28, !dbg !25
	call void @llvm.memset.p0i8.i64(i8* align 4 %50, i8 0, i64 4, i1 false), !dbg !25
	%v106 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v69, i64 32, i64 0), !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v69)
	store i8 -100, i8* %v7, align 1, !dbg !29
	%51 = getelementptr i8, i8* %v7, i64 1, !dbg !29
	store i8 100, i8* %51, align 1, !dbg !29
	%52 = getelementptr i8, i8* %v7, i64 2, !dbg !31
	%53 = bitcast i8* %52 to i16*, !dbg !31
	store i16 25185, i16* %53, align 2, !dbg !31
	%54 = getelementptr i8, i8* %v7, i64 4, !dbg !31
	%55 = bitcast i8* %54 to i32*, !dbg !31
	store i32 1717920867, i32* %55, align 4, !dbg !31
	%56 = getelementptr i8, i8* %v7, i64 8, !dbg !31
	store i8 0, i8* %56, align 1, !dbg !31
	%57 = getelementptr i8, i8* %v7, i64 16, !dbg !29
	%58 = bitcast i8* %57 to i64*, !dbg !29
	store i64 3, i64* %58, align 8, !dbg !29
	%59 = getelementptr i8, i8* %v7, i64 24, !dbg !29
	%60 = bitcast i8* %59 to i32*, !dbg !29
	store i32 1, i32* %60, align 4, !dbg !29
	%61 = getelementptr i8, i8* %v7, i64 32, !dbg !29
	%62 = bitcast i8* %61 to i64*, !dbg !29
	store i64 -10, i64* %62, align 8, !dbg !29
	%63 = getelementptr i8, i8* %v7, i64 40, !dbg !29
	store i8 10, i8* %63, align 1, !dbg !29
	%64 = getelementptr i8, i8* %v7, i64 42, !dbg !29
	%65 = bitcast i8* %64 to i16*, !dbg !29
	store i16 -555, i16* %65, align 2, !dbg !29
	%66 = getelementptr i8, i8* %v7, i64 44, !dbg !36
	%67 = bitcast i8* %66 to i32*, !dbg !36
	store i32 6513249, i32* %67, align 4, !dbg !36
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v162)
	%68 = bitcast i8* %v162 to i64*, !dbg !37
	store i64 2, i64* %68, align 8, !dbg !37
	%69 = getelementptr i8, i8* %v162, i64 8, !dbg !37
	%70 = bitcast i8* %69 to i64*, !dbg !37
	store i64 32, i64* %70, align 8, !dbg !37
	%71 = getelementptr i8, i8* %v162, i64 16, !dbg !37
	%72 = bitcast i8* %71 to i64*, !dbg !37
	store i64 8, i64* %72, align 8, !dbg !37
	%73 = getelementptr i8, i8* %v162, i64 24, !dbg !37
	%74 = bitcast i8* %73 to i64*, !dbg !37
	store i64 8, i64* %74, align 8, !dbg !37
	%75 = getelementptr i8, i8* %v162, i64 32, !dbg !37
	%76 = bitcast i8* %75 to i64*, !dbg !37
	store i64 48, i64* %76, align 8, !dbg !37
	%v176 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v162, i64 40, i64 0), !dbg !37
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v162)
	call void @llvm.lifetime.start.p0i8(i64 64, i8* %v177)
	%77 = bitcast i8* %v177 to i64*, !dbg !40
	store i64 30007, i64* %77, align 8, !dbg !40
	%78 = getelementptr i8, i8* %v177, i64 8, !dbg !40
	%79 = bitcast i8* %78 to i64*, !dbg !40
	store i64 0, i64* %79, align 8, !dbg !40
	%80 = getelementptr i8, i8* %v177, i64 16, !dbg !40
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %80, i8* align 8 %v7, i64 48, i1 false), !dbg !40
	call void @llvm.lifetime.end.p0i8(i64 48, i8* %v7)
	%v186 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v177, i64 64, i64 0), !dbg !40
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v177)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v187)
	%81 = bitcast i8* %v187 to i32*, !dbg !41
	store i32 -100, i32* %81, align 4, !dbg !41
	%82 = getelementptr i8, i8* %v187, i64 4, !dbg !41
	store i8 10, i8* %82, align 1, !dbg !41
	%83 = getelementptr i8, i8* %v187, i64 8, !dbg !41
	%84 = bitcast i8* %83 to i64*, !dbg !41
	store i64 50, i64* %84, align 8, !dbg !41
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v196)
	%85 = bitcast i8* %v196 to i64*, !dbg !43
	store i64 0, i64* %85, align 8, !dbg !43
	%v201 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m1 to i8*), i8* %v196, i8* %v187, i64 0), !dbg !43
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v187)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v202)
	%86 = bitcast i8* %v202 to i64*, !dbg !44
	store i64 -100, i64* %86, align 8, !dbg !44
	%87 = getelementptr i8, i8* %v202, i64 8, !dbg !44
	store i8 10, i8* %87, align 1, !dbg !44
	%88 = getelementptr i8, i8* %v202, i64 12, !dbg !44
	%89 = bitcast i8* %88 to i32*, !dbg !44
	store i32 50, i32* %89, align 4, !dbg !44
	%90 = getelementptr i8, i8* %v202, i64 16, !dbg !44
	%91 = bitcast i8* %90 to i64*, !dbg !44
	store i64 100, i64* %91, align 8, !dbg !44
	%v218 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m2 to i8*), i8* %v196, i8* %v202, i64 0), !dbg !45
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v202)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v219)
	store i8 1, i8* %v219, align 1, !dbg !46
	%92 = getelementptr i8, i8* %v219, i64 1, !dbg !47
	store i8 -20, i8* %92, align 1, !dbg !47
	%93 = getelementptr i8, i8* %v219, i64 2, !dbg !47
	store i8 30, i8* %93, align 1, !dbg !47
	%v234 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_n to i8*), i8* %v196, i8* %v219, i64 0), !dbg !49
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v219)
	%94 = bitcast i8* %v9 to i64*, !dbg !50
	store i64 1, i64* %94, align 8, !dbg !50
	%95 = getelementptr i8, i8* %v9, i64 8, !dbg !51
	%96 = bitcast i8* %95 to i64*, !dbg !51
	store i64 2, i64* %96, align 8, !dbg !51
	%97 = getelementptr i8, i8* %v9, i64 16, !dbg !52
	%98 = bitcast i8* %97 to i64*, !dbg !52
	store i64 3, i64* %98, align 8, !dbg !52
	%99 = getelementptr i8, i8* %v9, i64 24, !dbg !53
	%100 = bitcast i8* %99 to i32*, !dbg !53
	store i32 1885693284, i32* %100, align 4, !dbg !53
	%101 = getelementptr i8, i8* %v9, i64 28, !dbg !53
	store i8 0, i8* %101, align 1, !dbg !53
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v245)
	%102 = bitcast i8* %v245 to i64*, !dbg !54
	store i64 3, i64* %102, align 8, !dbg !54
	%103 = getelementptr i8, i8* %v9, i64 24, !dbg !55
	%104 = bitcast i8* %103 to i64*, !dbg !55
	%v254 = load i64, i64* %104, align 8, !dbg !55
	%105 = getelementptr i8, i8* %v245, i64 8, !dbg !54
	%106 = bitcast i8* %105 to i64*, !dbg !54
	store i64 3, i64* %106, align 8, !dbg !54
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v262)
	%107 = getelementptr i8, i8* %v262, i64 8, !dbg !56
	%108 = bitcast i8* %107 to i64*, !dbg !56
	store i64 %v254, i64* %108, align 8, !dbg !56
	%109 = getelementptr i8, i8* %v262, i64 8, !dbg !56
	%110 = bitcast i8* %109 to i32*, !dbg !56
	%111 = load i32, i32* %110, align 4, !dbg !56
	%v274 = zext i32 %111 to i64, !dbg !56
	%112 = trunc i64 %v274 to i32, !dbg !56
	%113 = getelementptr i8, i8* %v245, i64 16, !dbg !56
	%114 = bitcast i8* %113 to i32*, !dbg !56
	store i32 %112, i32* %114, align 4, !dbg !56
	%115 = getelementptr i8, i8* %v262, i64 12, !dbg !56
	%116 = load i8, i8* %115, align 1, !dbg !56
	%v276 = zext i8 %116 to i64, !dbg !56
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v262)
	%117 = trunc i64 %v276 to i8, !dbg !56
	%118 = getelementptr i8, i8* %v245, i64 20, !dbg !56
	store i8 %117, i8* %118, align 1, !dbg !56
	%119 = getelementptr i8, i8* %v245, i64 21, !dbg !54
	call void @llvm.memset.p0i8.i64(i8* align 1 %119, i8 0, i64 3, i1 false), !dbg !54
	%v282 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v245, i64 24, i64 0), !dbg !54
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v245)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v283)
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %v283, i8* align 8 %v9, i64 32, i1 false), !dbg !57
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v9)
	%v290 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_deep to i8*), i8* %v196, i8* %v283, i64 0), !dbg !58
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v283)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v196)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v291)
	%120 = bitcast i8* %v291 to i64*, !dbg !59
	store i64 30000, i64* %120, align 8, !dbg !59
	%v297 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v291, i64 8, i64 0), !dbg !59
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v291)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v298)
	%121 = bitcast i8* %v298 to i32*, !dbg !59
	store i32 0, i32* %121, align 4, !dbg !59
	%v302 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v298), !dbg !59
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v298)
	%122 = icmp ne i8* %v302, null
	br i1 %122, label %b10, label %b11, !dbg !59

b10:
	%123 = bitcast i8* %v302 to i64*, !dbg !59
	store i64 1, i64* %123, align 8, !dbg !59
	br label %b11, !dbg !59

b11:
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
!12 = !DILocation(line: 130, scope: !8)
!13 = !DILocation(line: 140, scope: !8)
!14 = !DILocation(line: 144, scope: !8)
!15 = !DILocation(line: 147, scope: !8)
!16 = !DILocation(line: 154, scope: !8)
!17 = !DILocation(line: 158, scope: !8)
!18 = !DILocation(line: 174, scope: !8)
!19 = !DILocation(line: 216, scope: !8)
!20 = !DILocation(line: 222, scope: !8)
!21 = !DILocation(line: 230, scope: !8)
!22 = !DILocation(line: 251, scope: !8)
!23 = !DILocation(line: 258, scope: !8)
!24 = !DILocation(line: 246, scope: !8)
!25 = !DILocation(line: 267, scope: !8)
!26 = !DILocation(line: 288, scope: !8)
!27 = !DILocation(line: 294, scope: !8)
!28 = !DILocation(line: 300, scope: !8)
!29 = !DILocation(line: 433, scope: !8)
!30 = !DILocation(line: 446, scope: !8)
!31 = !DILocation(line: 457, scope: !8)
!32 = !DILocation(line: 467, scope: !8)
!33 = !DILocation(line: 480, scope: !8)
!34 = !DILocation(line: 492, scope: !8)
!35 = !DILocation(line: 502, scope: !8)
!36 = !DILocation(line: 515, scope: !8)
!37 = !DILocation(line: 524, scope: !8)
!38 = !DILocation(line: 560, scope: !8)
!39 = !DILocation(line: 584, scope: !8)
!40 = !DILocation(line: 598, scope: !8)
!41 = !DILocation(line: 616, scope: !8)
!42 = !DILocation(line: 640, scope: !8)
!43 = !DILocation(line: 610, scope: !8)
!44 = !DILocation(line: 652, scope: !8)
!45 = !DILocation(line: 646, scope: !8)
!46 = !DILocation(line: 692, scope: !8)
!47 = !DILocation(line: 702, scope: !8)
!48 = !DILocation(line: 714, scope: !8)
!49 = !DILocation(line: 687, scope: !8)
!50 = !DILocation(line: 732, scope: !8)
!51 = !DILocation(line: 736, scope: !8)
!52 = !DILocation(line: 740, scope: !8)
!53 = !DILocation(line: 744, scope: !8)
!54 = !DILocation(line: 756, scope: !8)
!55 = !DILocation(line: 774, scope: !8)
!56 = !DILocation(line: 784, scope: !8)
!57 = !DILocation(line: 804, scope: !8)
!58 = !DILocation(line: 796, scope: !8)
!59 = !DILocation(line: 809, scope: !8)
