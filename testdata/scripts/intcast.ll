target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_k = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_k2 = global { i32, i32, i32, i32, i32 } { i32 1, i32 16, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_m1 = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_m2 = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_m3 = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_m4 = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_m5 = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_m6 = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_m7 = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" !dbg !8 {
b0:
	%v449.slot = alloca [8 x i8], align 8
	%v449 = bitcast [8 x i8]* %v449.slot to i8*
	%v442.slot = alloca [8 x i8], align 8
	%v442 = bitcast [8 x i8]* %v442.slot to i8*
	%v425.slot = alloca [24 x i8], align 8
	%v425 = bitcast [24 x i8]* %v425.slot to i8*
	%v412.slot = alloca [32 x i8], align 8
	%v412 = bitcast [32 x i8]* %v412.slot to i8*
	%v382.slot = alloca [16 x i8], align 8
	%v382 = bitcast [16 x i8]* %v382.slot to i8*
	%v379.slot = alloca [8 x i8], align 8
	%v379 = bitcast [8 x i8]* %v379.slot to i8*
	%v372.slot = alloca [8 x i8], align 8
	%v372 = bitcast [8 x i8]* %v372.slot to i8*
	%v369.slot = alloca [8 x i8], align 8
	%v369 = bitcast [8 x i8]* %v369.slot to i8*
	%v363.slot = alloca [8 x i8], align 8
	%v363 = bitcast [8 x i8]* %v363.slot to i8*
	%v358.slot = alloca [8 x i8], align 8
	%v358 = bitcast [8 x i8]* %v358.slot to i8*
	%v352.slot = alloca [8 x i8], align 8
	%v352 = bitcast [8 x i8]* %v352.slot to i8*
	%v347.slot = alloca [8 x i8], align 8
	%v347 = bitcast [8 x i8]* %v347.slot to i8*
	%v341.slot = alloca [8 x i8], align 8
	%v341 = bitcast [8 x i8]* %v341.slot to i8*
	%v334.slot = alloca [8 x i8], align 8
	%v334 = bitcast [8 x i8]* %v334.slot to i8*
	%v328.slot = alloca [8 x i8], align 8
	%v328 = bitcast [8 x i8]* %v328.slot to i8*
	%v323.slot = alloca [8 x i8], align 8
	%v323 = bitcast [8 x i8]* %v323.slot to i8*
	%v317.slot = alloca [8 x i8], align 8
	%v317 = bitcast [8 x i8]* %v317.slot to i8*
	%v312.slot = alloca [8 x i8], align 8
	%v312 = bitcast [8 x i8]* %v312.slot to i8*
	%v306.slot = alloca [8 x i8], align 8
	%v306 = bitcast [8 x i8]* %v306.slot to i8*
	%v301.slot = alloca [8 x i8], align 8
	%v301 = bitcast [8 x i8]* %v301.slot to i8*
	%v295.slot = alloca [8 x i8], align 8
	%v295 = bitcast [8 x i8]* %v295.slot to i8*
	%v292.slot = alloca [8 x i8], align 8
	%v292 = bitcast [8 x i8]* %v292.slot to i8*
	%v286.slot = alloca [8 x i8], align 8
	%v286 = bitcast [8 x i8]* %v286.slot to i8*
	%v283.slot = alloca [8 x i8], align 8
	%v283 = bitcast [8 x i8]* %v283.slot to i8*
	%v277.slot = alloca [8 x i8], align 8
	%v277 = bitcast [8 x i8]* %v277.slot to i8*
	%v272.slot = alloca [8 x i8], align 8
	%v272 = bitcast [8 x i8]* %v272.slot to i8*
	%v266.slot = alloca [8 x i8], align 8
	%v266 = bitcast [8 x i8]* %v266.slot to i8*
	%v261.slot = alloca [8 x i8], align 8
	%v261 = bitcast [8 x i8]* %v261.slot to i8*
	%v244.slot = alloca [48 x i8], align 8
	%v244 = bitcast [48 x i8]* %v244.slot to i8*
	%v220.slot = alloca [24 x i8], align 8
	%v220 = bitcast [24 x i8]* %v220.slot to i8*
	%v201.slot = alloca [40 x i8], align 8
	%v201 = bitcast [40 x i8]* %v201.slot to i8*
	%v186.slot = alloca [72 x i8], align 8
	%v186 = bitcast [72 x i8]* %v186.slot to i8*
	%v116.slot = alloca [72 x i8], align 8
	%v116 = bitcast [72 x i8]* %v116.slot to i8*
	%v91.slot = alloca [32 x i8], align 8
	%v91 = bitcast [32 x i8]* %v91.slot to i8*
	%v63.slot = alloca [56 x i8], align 8
	%v63 = bitcast [56 x i8]* %v63.slot to i8*
	%v40.slot = alloca [40 x i8], align 8
	%v40 = bitcast [40 x i8]* %v40.slot to i8*
	%v22.slot = alloca [40 x i8], align 8
	%v22 = bitcast [40 x i8]* %v22.slot to i8*
	%v3.slot = alloca [40 x i8], align 8
	%v3 = bitcast [40 x i8]* %v3.slot to i8*
	%v1.slot = alloca [24 x i8], align 8
	%v1 = bitcast [24 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v1)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v1, i8 0, i64 24, i1 false), !dbg !11
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v3)
	%0 = bitcast i8* %v3 to i64*, !dbg !12
	store i64 0, i64* %0, align 8, !dbg !12
	%1 = getelementptr i8, i8* %v3, i64 8, !dbg !12
	%2 = bitcast i8* %1 to i64*, !dbg !12
	store i64 255, i64* %2, align 8, !dbg !12
	%3 = getelementptr i8, i8* %v3, i64 16, !dbg !12
	%4 = bitcast i8* %3 to i64*, !dbg !12
	store i64 -1, i64* %4, align 8, !dbg !12
	%5 = getelementptr i8, i8* %v3, i64 24, !dbg !12
	%6 = bitcast i8* %5 to i64*, !dbg !12
	store i64 -1, i64* %6, align 8, !dbg !12
	%7 = getelementptr i8, i8* %v3, i64 32, !dbg !12
	%8 = bitcast i8* %7 to i64*, !dbg !12
	store i64 u0xFFFFFFFF, i64* %8, align 8, !dbg !12
	%v21 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v3, i64 40, i64 0), !dbg !12
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v3)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v22)
	%9 = bitcast i8* %v22 to i64*, !dbg !16
	store i64 1, i64* %9, align 8, !dbg !16
	%10 = getelementptr i8, i8* %v22, i64 8, !dbg !16
	%11 = bitcast i8* %10 to i64*, !dbg !16
	store i64 246, i64* %11, align 8, !dbg !16
	%12 = getelementptr i8, i8* %v22, i64 16, !dbg !16
	%13 = bitcast i8* %12 to i64*, !dbg !16
	store i64 15, i64* %13, align 8, !dbg !16
	%14 = getelementptr i8, i8* %v22, i64 24, !dbg !16
	%15 = bitcast i8* %14 to i64*, !dbg !16
	store i64 -56, i64* %15, align 8, !dbg !16
	%16 = getelementptr i8, i8* %v22, i64 32, !dbg !16
	%17 = bitcast i8* %16 to i64*, !dbg !16
	store i64 -1, i64* %17, align 8, !dbg !16
	%v39 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v22, i64 40, i64 0), !dbg !16
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v22)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v40)
	%18 = bitcast i8* %v40 to i64*, !dbg !20
	store i64 2, i64* %18, align 8, !dbg !20
	%19 = getelementptr i8, i8* %v40, i64 8, !dbg !20
	%20 = bitcast i8* %19 to i64*, !dbg !20
	store i64 -1, i64* %20, align 8, !dbg !20
	%21 = getelementptr i8, i8* %v40, i64 16, !dbg !20
	%22 = bitcast i8* %21 to i64*, !dbg !20
	store i64 255, i64* %22, align 8, !dbg !20
	%23 = getelementptr i8, i8* %v40, i64 24, !dbg !20
	%24 = bitcast i8* %23 to i64*, !dbg !20
	store i64 -1, i64* %24, align 8, !dbg !20
	%25 = getelementptr i8, i8* %v40, i64 32, !dbg !20
	%26 = bitcast i8* %25 to i64*, !dbg !20
	store i64 255, i64* %26, align 8, !dbg !20
	%v62 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v40, i64 40, i64 0), !dbg !20
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v40)
	call void @llvm.lifetime.start.p0i8(i64 56, i8* %v63)
	%27 = bitcast i8* %v63 to i64*, !dbg !21
	store i64 3, i64* %27, align 8, !dbg !21
	%28 = getelementptr i8, i8* %v63, i64 8, !dbg !21
	%29 = bitcast i8* %28 to i64*, !dbg !21
	store i64 -10, i64* %29, align 8, !dbg !21
	%30 = getelementptr i8, i8* %v63, i64 16, !dbg !21
	%31 = bitcast i8* %30 to i64*, !dbg !21
	store i64 -5555, i64* %31, align 8, !dbg !21
	%32 = getelementptr i8, i8* %v63, i64 24, !dbg !21
	%33 = bitcast i8* %32 to i64*, !dbg !21
	store i64 -123, i64* %33, align 8, !dbg !21
	%34 = getelementptr i8, i8* %v63, i64 32, !dbg !21
	%35 = bitcast i8* %34 to i64*, !dbg !21
	store i64 100, i64* %35, align 8, !dbg !21
	%36 = getelementptr i8, i8* %v63, i64 40, !dbg !21
	%37 = bitcast i8* %36 to i64*, !dbg !21
	store i64 255, i64* %37, align 8, !dbg !21
	%38 = getelementptr i8, i8* %v63, i64 48, !dbg !21
	%39 = bitcast i8* %38 to i64*, !dbg !21
	store i64 0, i64* %39, align 8, !dbg !21
	%v90 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v63, i64 56, i64 0), !dbg !21
	call void @llvm.lifetime.end.p0i8(i64 56, i8* %v63)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v91)
	%40 = bitcast i8* %v91 to i64*, !dbg !25
	store i64 4, i64* %40, align 8, !dbg !25
	%41 = getelementptr i8, i8* %v91, i64 8, !dbg !25
	%42 = bitcast i8* %41 to i64*, !dbg !25
	store i64 251, i64* %42, align 8, !dbg !25
	%43 = getelementptr i8, i8* %v91, i64 16, !dbg !25
	%44 = bitcast i8* %43 to i64*, !dbg !25
	store i64 255, i64* %44, align 8, !dbg !25
	%45 = getelementptr i8, i8* %v91, i64 24, !dbg !25
	%46 = bitcast i8* %45 to i64*, !dbg !25
	store i64 u0xFFFF, i64* %46, align 8, !dbg !25
	%v115 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v91, i64 32, i64 0), !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v91)
	call void @llvm.lifetime.start.p0i8(i64 72, i8* %v116)
	%47 = bitcast i8* %v116 to i64*, !dbg !27
	store i64 5, i64* %47, align 8, !dbg !27
	%48 = getelementptr i8, i8* %v116, i64 8, !dbg !27
	%49 = bitcast i8* %48 to i64*, !dbg !27
	store i64 1, i64* %49, align 8, !dbg !27
	%50 = getelementptr i8, i8* %v116, i64 16, !dbg !27
	%51 = bitcast i8* %50 to i64*, !dbg !27
	store i64 1, i64* %51, align 8, !dbg !27
	%52 = getelementptr i8, i8* %v116, i64 24, !dbg !27
	%53 = bitcast i8* %52 to i64*, !dbg !27
	store i64 2, i64* %53, align 8, !dbg !27
	%54 = getelementptr i8, i8* %v116, i64 32, !dbg !27
	%55 = bitcast i8* %54 to i64*, !dbg !27
	store i64 2, i64* %55, align 8, !dbg !27
	%56 = getelementptr i8, i8* %v116, i64 40, !dbg !27
	%57 = bitcast i8* %56 to i64*, !dbg !27
	store i64 4, i64* %57, align 8, !dbg !27
	%58 = getelementptr i8, i8* %v116, i64 48, !dbg !27
	%59 = bitcast i8* %58 to i64*, !dbg !27
	store i64 4, i64* %59, align 8, !dbg !27
	%60 = getelementptr i8, i8* %v116, i64 56, !dbg !27
	%61 = bitcast i8* %60 to i64*, !dbg !27
	store i64 8, i64* %61, align 8, !dbg !27
	%62 = getelementptr i8, i8* %v116, i64 64, !dbg !27
	%63 = bitcast i8* %62 to i64*, !dbg !27
	store i64 8, i64* %63, align 8, !dbg !27
	%v138 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v116, i64 72, i64 0), !dbg !27
	call void @llvm.lifetime.end.p0i8(i64 72, i8* %v116)
	call void @llvm.lifetime.start.p0i8(i64 72, i8* %v186)
	%64 = bitcast i8* %v186 to i64*, !dbg !35
	store i64 6, i64* %64, align 8, !dbg !35
	%65 = getelementptr i8, i8* %v186, i64 8, !dbg !35
	%66 = bitcast i8* %65 to i64*, !dbg !35
	store i64 8, i64* %66, align 8, !dbg !35
	%67 = getelementptr i8, i8* %v186, i64 16, !dbg !35
	%68 = bitcast i8* %67 to i64*, !dbg !35
	store i64 -1, i64* %68, align 8, !dbg !35
	%69 = getelementptr i8, i8* %v186, i64 24, !dbg !35
	%70 = bitcast i8* %69 to i64*, !dbg !35
	store i64 -1, i64* %70, align 8, !dbg !35
	%71 = getelementptr i8, i8* %v186, i64 32, !dbg !35
	%72 = bitcast i8* %71 to i64*, !dbg !35
	store i64 -256, i64* %72, align 8, !dbg !35
	%73 = getelementptr i8, i8* %v186, i64 40, !dbg !35
	%74 = bitcast i8* %73 to i64*, !dbg !35
	store i64 4863, i64* %74, align 8, !dbg !35
	%75 = getelementptr i8, i8* %v186, i64 48, !dbg !35
	%76 = bitcast i8* %75 to i64*, !dbg !35
	store i64 251, i64* %76, align 8, !dbg !35
	%77 = getelementptr i8, i8* %v186, i64 56, !dbg !35
	%78 = bitcast i8* %77 to i64*, !dbg !35
	store i64 5, i64* %78, align 8, !dbg !35
	%79 = getelementptr i8, i8* %v186, i64 64, !dbg !35
	%80 = bitcast i8* %79 to i64*, !dbg !35
	store i64 14, i64* %80, align 8, !dbg !35
	%v200 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v186, i64 72, i64 0), !dbg !35
	call void @llvm.lifetime.end.p0i8(i64 72, i8* %v186)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v201)
	%81 = bitcast i8* %v201 to i64*, !dbg !36
	store i64 7, i64* %81, align 8, !dbg !36
	%82 = getelementptr i8, i8* %v201, i64 8, !dbg !36
	%83 = bitcast i8* %82 to i64*, !dbg !36
	store i64 1, i64* %83, align 8, !dbg !36
	%84 = getelementptr i8, i8* %v201, i64 16, !dbg !36
	%85 = bitcast i8* %84 to i64*, !dbg !36
	store i64 1, i64* %85, align 8, !dbg !36
	%86 = getelementptr i8, i8* %v201, i64 24, !dbg !36
	%87 = bitcast i8* %86 to i64*, !dbg !36
	store i64 8, i64* %87, align 8, !dbg !36
	%88 = getelementptr i8, i8* %v201, i64 32, !dbg !36
	%89 = bitcast i8* %88 to i64*, !dbg !36
	store i64 2, i64* %89, align 8, !dbg !36
	%v215 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v201, i64 40, i64 0), !dbg !36
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v201)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v220)
	%90 = bitcast i8* %v220 to i64*, !dbg !37
	store i64 8, i64* %90, align 8, !dbg !37
	%91 = getelementptr i8, i8* %v220, i64 8, !dbg !37
	%92 = bitcast i8* %91 to i64*, !dbg !37
	store i64 u0xFFFFFFFF, i64* %92, align 8, !dbg !37
	%93 = getelementptr i8, i8* %v220, i64 16, !dbg !37
	%94 = bitcast i8* %93 to i64*, !dbg !37
	store i64 u0xFFFFFFFF, i64* %94, align 8, !dbg !37
	%v228 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v220, i64 24, i64 0), !dbg !37
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v220)
	store i8 -1, i8* %v1, align 1, !dbg !38
	%95 = getelementptr i8, i8* %v1, i64 2, !dbg !38
	%96 = bitcast i8* %95 to i16*, !dbg !38
	store i16 -1, i16* %96, align 2, !dbg !38
	%97 = getelementptr i8, i8* %v1, i64 8, !dbg !38
	%98 = bitcast i8* %97 to i64*, !dbg !38
	store i64 251, i64* %98, align 8, !dbg !38
	%99 = getelementptr i8, i8* %v1, i64 16, !dbg !38
	%100 = bitcast i8* %99 to i32*, !dbg !38
	store i32 -7, i32* %100, align 4, !dbg !38
	call void @llvm.lifetime.start.p0i8(i64 48, i8* %v244)
	%101 = bitcast i8* %v244 to i64*, !dbg !40
	store i64 9, i64* %101, align 8, !dbg !40
	%102 = load i8, i8* %v1, align 1, !dbg !41
	%v247 = sext i8 %102 to i64, !dbg !41
	%103 = getelementptr i8, i8* %v244, i64 8, !dbg !40
	%104 = bitcast i8* %103 to i64*, !dbg !40
	store i64 %v247, i64* %104, align 8, !dbg !40
	%105 = getelementptr i8, i8* %v1, i64 2, !dbg !42
	%106 = bitcast i8* %105 to i16*, !dbg !42
	%107 = load i16, i16* %106, align 2, !dbg !42
	%v249 = zext i16 %107 to i64, !dbg !42
	%108 = getelementptr i8, i8* %v244, i64 16, !dbg !40
	%109 = bitcast i8* %108 to i64*, !dbg !40
	store i64 %v249, i64* %109, align 8, !dbg !40
	%110 = getelementptr i8, i8* %v1, i64 8, !dbg !43
	%111 = bitcast i8* %110 to i64*, !dbg !43
	%v251 = load i64, i64* %111, align 8, !dbg !43
	%112 = getelementptr i8, i8* %v244, i64 24, !dbg !40
	%113 = bitcast i8* %112 to i64*, !dbg !40
	store i64 %v251, i64* %113, align 8, !dbg !40
	%114 = getelementptr i8, i8* %v1, i64 16, !dbg !44
	%115 = bitcast i8* %114 to i32*, !dbg !44
	%116 = load i32, i32* %115, align 4, !dbg !44
	%v253 = sext i32 %116 to i64, !dbg !44
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v1)
	%117 = getelementptr i8, i8* %v244, i64 32, !dbg !40
	%118 = bitcast i8* %117 to i64*, !dbg !40
	store i64 %v253, i64* %118, align 8, !dbg !40
	%119 = getelementptr i8, i8* %v244, i64 40, !dbg !40
	%120 = bitcast i8* %119 to i64*, !dbg !40
	store i64 24, i64* %120, align 8, !dbg !40
	%v260 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v244, i64 48, i64 0), !dbg !40
	call void @llvm.lifetime.end.p0i8(i64 48, i8* %v244)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v261)
	%121 = bitcast i8* %v261 to i64*, !dbg !45
	store i64 -5, i64* %121, align 8, !dbg !45
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v266)
	%122 = bitcast i8* %v266 to i64*, !dbg !45
	store i64 0, i64* %122, align 8, !dbg !45
	%v271 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m1 to i8*), i8* %v266, i8* %v261, i64 0), !dbg !45
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v266)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v261)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v272)
	%123 = bitcast i8* %v272 to i64*, !dbg !46
	store i64 255, i64* %123, align 8, !dbg !46
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v277)
	%124 = bitcast i8* %v277 to i64*, !dbg !46
	store i64 0, i64* %124, align 8, !dbg !46
	%v282 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m2 to i8*), i8* %v277, i8* %v272, i64 0), !dbg !46
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v277)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v272)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v283)
	%125 = bitcast i8* %v283 to i64*, !dbg !47
	store i64 -1, i64* %125, align 8, !dbg !47
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v286)
	%126 = bitcast i8* %v286 to i64*, !dbg !47
	store i64 0, i64* %126, align 8, !dbg !47
	%v291 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m2 to i8*), i8* %v286, i8* %v283, i64 0), !dbg !47
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v286)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v283)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v292)
	%127 = bitcast i8* %v292 to i64*, !dbg !48
	store i64 4660, i64* %127, align 8, !dbg !48
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v295)
	%128 = bitcast i8* %v295 to i64*, !dbg !48
	store i64 0, i64* %128, align 8, !dbg !48
	%v300 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m3 to i8*), i8* %v295, i8* %v292, i64 0), !dbg !48
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v295)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v292)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v301)
	%129 = bitcast i8* %v301 to i64*, !dbg !49
	store i64 -1, i64* %129, align 8, !dbg !49
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v306)
	%130 = bitcast i8* %v306 to i64*, !dbg !49
	store i64 0, i64* %130, align 8, !dbg !49
	%v311 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m3 to i8*), i8* %v306, i8* %v301, i64 0), !dbg !49
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v306)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v301)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v312)
	%131 = bitcast i8* %v312 to i64*, !dbg !50
	store i64 255, i64* %131, align 8, !dbg !50
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v317)
	%132 = bitcast i8* %v317 to i64*, !dbg !50
	store i64 0, i64* %132, align 8, !dbg !50
	%v322 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m4 to i8*), i8* %v317, i8* %v312, i64 0), !dbg !50
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v317)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v312)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v323)
	%133 = bitcast i8* %v323 to i64*, !dbg !51
	store i64 255, i64* %133, align 8, !dbg !51
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v328)
	%134 = bitcast i8* %v328 to i64*, !dbg !51
	store i64 0, i64* %134, align 8, !dbg !51
	%v333 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m4 to i8*), i8* %v328, i8* %v323, i64 0), !dbg !51
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v328)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v323)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v334)
	%135 = bitcast i8* %v334 to i64*, !dbg !52
	store i64 -5, i64* %135, align 8, !dbg !52
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v341)
	%136 = bitcast i8* %v341 to i64*, !dbg !52
	store i64 0, i64* %136, align 8, !dbg !52
	%v346 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m5 to i8*), i8* %v341, i8* %v334, i64 0), !dbg !52
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v341)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v334)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v347)
	%137 = bitcast i8* %v347 to i64*, !dbg !53
	store i64 u0xFFFFFFFF, i64* %137, align 8, !dbg !53
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v352)
	%138 = bitcast i8* %v352 to i64*, !dbg !53
	store i64 0, i64* %138, align 8, !dbg !53
	%v357 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m6 to i8*), i8* %v352, i8* %v347, i64 0), !dbg !53
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v352)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v347)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v358)
	%139 = bitcast i8* %v358 to i64*, !dbg !54
	store i64 -1, i64* %139, align 8, !dbg !54
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v363)
	%140 = bitcast i8* %v363 to i64*, !dbg !54
	store i64 0, i64* %140, align 8, !dbg !54
	%v368 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m7 to i8*), i8* %v363, i8* %v358, i64 0), !dbg !54
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v363)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v358)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v369)
	%141 = bitcast i8* %v369 to i64*, !dbg !55
	store i64 1, i64* %141, align 8, !dbg !55
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v372)
	%142 = bitcast i8* %v372 to i64*, !dbg !55
	store i64 -1, i64* %142, align 8, !dbg !55
	%v378 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k to i8*), i8* %v372, i8* %v369, i64 0), !dbg !55
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v372)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v369)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v379)
	%143 = bitcast i8* %v379 to i64*, !dbg !56
	store i64 2, i64* %143, align 8, !dbg !56
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v382)
	%144 = bitcast i8* %v382 to i64*, !dbg !56
	store i64 255, i64* %144, align 8, !dbg !56
	%145 = getelementptr i8, i8* %v382, i64 8, !dbg !56
	%146 = bitcast i8* %145 to i64*, !dbg !56
	store i64 -2, i64* %146, align 8, !dbg !56
	%v391 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k2 to i8*), i8* %v382, i8* %v379, i64 0), !dbg !56
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v382)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v379)
	br label %b3, !dbg !56

b3:
	%v397 = phi i64 [ 255, %b0 ]
	br label %b6, !dbg !56

b6:
	%v403 = phi i64 [ -1, %b3 ]
	br label %b9, !dbg !56

b9:
	%v411 = phi i64 [ 255, %b6 ]
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v412)
	%147 = bitcast i8* %v412 to i64*, !dbg !58
	store i64 10, i64* %147, align 8, !dbg !58
	%148 = getelementptr i8, i8* %v412, i64 8, !dbg !58
	%149 = bitcast i8* %148 to i64*, !dbg !58
	store i64 %v397, i64* %149, align 8, !dbg !58
	%150 = getelementptr i8, i8* %v412, i64 16, !dbg !58
	%151 = bitcast i8* %150 to i64*, !dbg !58
	store i64 %v403, i64* %151, align 8, !dbg !58
	%152 = getelementptr i8, i8* %v412, i64 24, !dbg !58
	%153 = bitcast i8* %152 to i64*, !dbg !58
	store i64 %v411, i64* %153, align 8, !dbg !58
	%v424 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v412, i64 32, i64 0), !dbg !58
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v412)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v425)
	%154 = bitcast i8* %v425 to i64*, !dbg !59
	store i64 11, i64* %154, align 8, !dbg !59
	%155 = getelementptr i8, i8* %v425, i64 8, !dbg !59
	%156 = bitcast i8* %155 to i64*, !dbg !59
	store i64 1, i64* %156, align 8, !dbg !59
	%157 = getelementptr i8, i8* %v425, i64 16, !dbg !59
	%158 = bitcast i8* %157 to i64*, !dbg !59
	store i64 1, i64* %158, align 8, !dbg !59
	%v441 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v425, i64 24, i64 0), !dbg !59
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v425)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v442)
	%159 = bitcast i8* %v442 to i64*, !dbg !60
	store i64 30000, i64* %159, align 8, !dbg !60
	%v448 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v442, i64 8, i64 0), !dbg !60
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v442)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v449)
	%160 = bitcast i8* %v449 to i32*, !dbg !60
	store i32 0, i32* %160, align 4, !dbg !60
	%v453 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v449), !dbg !60
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v449)
	%161 = icmp ne i8* %v453, null
	br i1 %161, label %b10, label %b11, !dbg !60

b10:
	%162 = bitcast i8* %v453 to i64*, !dbg !60
	store i64 1, i64* %162, align 8, !dbg !60
	br label %b11, !dbg !60

b11:
	ret i64 0, !dbg !60
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
!8 = distinct !DISubprogram(name: "BEGIN", scope: !0, file: !0, line: 1, type: !4, scopeLine: 1, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 1, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 1, scope: !8)
!12 = !DILocation(line: 155, scope: !8)
!13 = !DILocation(line: 179, scope: !8)
!14 = !DILocation(line: 190, scope: !8)
!15 = !DILocation(line: 224, scope: !8)
!16 = !DILocation(line: 238, scope: !8)
!17 = !DILocation(line: 262, scope: !8)
!18 = !DILocation(line: 274, scope: !8)
!19 = !DILocation(line: 290, scope: !8)
!20 = !DILocation(line: 315, scope: !8)
!21 = !DILocation(line: 415, scope: !8)
!22 = !DILocation(line: 456, scope: !8)
!23 = !DILocation(line: 463, scope: !8)
!24 = !DILocation(line: 476, scope: !8)
!25 = !DILocation(line: 505, scope: !8)
!26 = !DILocation(line: 526, scope: !8)
!27 = !DILocation(line: 560, scope: !8)
!28 = !DILocation(line: 687, scope: !8)
!29 = !DILocation(line: 750, scope: !8)
!30 = !DILocation(line: 810, scope: !8)
!31 = !DILocation(line: 831, scope: !8)
!32 = !DILocation(line: 839, scope: !8)
!33 = !DILocation(line: 891, scope: !8)
!34 = !DILocation(line: 919, scope: !8)
!35 = !DILocation(line: 937, scope: !8)
!36 = !DILocation(line: 1007, scope: !8)
!37 = !DILocation(line: 1111, scope: !8)
!38 = !DILocation(line: 1144, scope: !8)
!39 = !DILocation(line: 1180, scope: !8)
!40 = !DILocation(line: 1193, scope: !8)
!41 = !DILocation(line: 1220, scope: !8)
!42 = !DILocation(line: 1226, scope: !8)
!43 = !DILocation(line: 1232, scope: !8)
!44 = !DILocation(line: 1238, scope: !8)
!45 = !DILocation(line: 1258, scope: !8)
!46 = !DILocation(line: 1274, scope: !8)
!47 = !DILocation(line: 1292, scope: !8)
!48 = !DILocation(line: 1302, scope: !8)
!49 = !DILocation(line: 1316, scope: !8)
!50 = !DILocation(line: 1333, scope: !8)
!51 = !DILocation(line: 1351, scope: !8)
!52 = !DILocation(line: 1367, scope: !8)
!53 = !DILocation(line: 1383, scope: !8)
!54 = !DILocation(line: 1401, scope: !8)
!55 = !DILocation(line: 1419, scope: !8)
!56 = !DILocation(line: 1438, scope: !8)
!57 = !DILocation(line: 1454, scope: !8)
!58 = !DILocation(line: 1554, scope: !8)
!59 = !DILocation(line: 1592, scope: !8)
!60 = !DILocation(line: 1641, scope: !8)
