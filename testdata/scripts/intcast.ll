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

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" {
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
	call void @llvm.memset.p0i8.i64(i8* align 8 %v1, i8 0, i64 24, i1 false)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v3)
	%0 = bitcast i8* %v3 to i64*
	store i64 0, i64* %0, align 8
	%1 = getelementptr i8, i8* %v3, i64 8
	%2 = bitcast i8* %1 to i64*
	store i64 255, i64* %2, align 8
	%3 = getelementptr i8, i8* %v3, i64 16
	%4 = bitcast i8* %3 to i64*
	store i64 -1, i64* %4, align 8
	%5 = getelementptr i8, i8* %v3, i64 24
	%6 = bitcast i8* %5 to i64*
	store i64 -1, i64* %6, align 8
	%7 = getelementptr i8, i8* %v3, i64 32
	%8 = bitcast i8* %7 to i64*
	store i64 u0xFFFFFFFF, i64* %8, align 8
	%v21 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v3, i64 40, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v3)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v22)
	%9 = bitcast i8* %v22 to i64*
	store i64 1, i64* %9, align 8
	%10 = getelementptr i8, i8* %v22, i64 8
	%11 = bitcast i8* %10 to i64*
	store i64 246, i64* %11, align 8
	%12 = getelementptr i8, i8* %v22, i64 16
	%13 = bitcast i8* %12 to i64*
	store i64 15, i64* %13, align 8
	%14 = getelementptr i8, i8* %v22, i64 24
	%15 = bitcast i8* %14 to i64*
	store i64 -56, i64* %15, align 8
	%16 = getelementptr i8, i8* %v22, i64 32
	%17 = bitcast i8* %16 to i64*
	store i64 -1, i64* %17, align 8
	%v39 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v22, i64 40, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v22)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v40)
	%18 = bitcast i8* %v40 to i64*
	store i64 2, i64* %18, align 8
	%19 = getelementptr i8, i8* %v40, i64 8
	%20 = bitcast i8* %19 to i64*
	store i64 -1, i64* %20, align 8
	%21 = getelementptr i8, i8* %v40, i64 16
	%22 = bitcast i8* %21 to i64*
	store i64 255, i64* %22, align 8
	%23 = getelementptr i8, i8* %v40, i64 24
	%24 = bitcast i8* %23 to i64*
	store i64 -1, i64* %24, align 8
	%25 = getelementptr i8, i8* %v40, i64 32
	%26 = bitcast i8* %25 to i64*
	store i64 255, i64* %26, align 8
	%v62 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v40, i64 40, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v40)
	call void @llvm.lifetime.start.p0i8(i64 56, i8* %v63)
	%27 = bitcast i8* %v63 to i64*
	store i64 3, i64* %27, align 8
	%28 = getelementptr i8, i8* %v63, i64 8
	%29 = bitcast i8* %28 to i64*
	store i64 -10, i64* %29, align 8
	%30 = getelementptr i8, i8* %v63, i64 16
	%31 = bitcast i8* %30 to i64*
	store i64 -5555, i64* %31, align 8
	%32 = getelementptr i8, i8* %v63, i64 24
	%33 = bitcast i8* %32 to i64*
	store i64 -123, i64* %33, align 8
	%34 = getelementptr i8, i8* %v63, i64 32
	%35 = bitcast i8* %34 to i64*
	store i64 100, i64* %35, align 8
	%36 = getelementptr i8, i8* %v63, i64 40
	%37 = bitcast i8* %36 to i64*
	store i64 255, i64* %37, align 8
	%38 = getelementptr i8, i8* %v63, i64 48
	%39 = bitcast i8* %38 to i64*
	store i64 0, i64* %39, align 8
	%v90 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v63, i64 56, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 56, i8* %v63)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v91)
	%40 = bitcast i8* %v91 to i64*
	store i64 4, i64* %40, align 8
	%41 = getelementptr i8, i8* %v91, i64 8
	%42 = bitcast i8* %41 to i64*
	store i64 251, i64* %42, align 8
	%43 = getelementptr i8, i8* %v91, i64 16
	%44 = bitcast i8* %43 to i64*
	store i64 255, i64* %44, align 8
	%45 = getelementptr i8, i8* %v91, i64 24
	%46 = bitcast i8* %45 to i64*
	store i64 u0xFFFF, i64* %46, align 8
	%v115 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v91, i64 32, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v91)
	call void @llvm.lifetime.start.p0i8(i64 72, i8* %v116)
	%47 = bitcast i8* %v116 to i64*
	store i64 5, i64* %47, align 8
	%48 = getelementptr i8, i8* %v116, i64 8
	%49 = bitcast i8* %48 to i64*
	store i64 1, i64* %49, align 8
	%50 = getelementptr i8, i8* %v116, i64 16
	%51 = bitcast i8* %50 to i64*
	store i64 1, i64* %51, align 8
	%52 = getelementptr i8, i8* %v116, i64 24
	%53 = bitcast i8* %52 to i64*
	store i64 2, i64* %53, align 8
	%54 = getelementptr i8, i8* %v116, i64 32
	%55 = bitcast i8* %54 to i64*
	store i64 2, i64* %55, align 8
	%56 = getelementptr i8, i8* %v116, i64 40
	%57 = bitcast i8* %56 to i64*
	store i64 4, i64* %57, align 8
	%58 = getelementptr i8, i8* %v116, i64 48
	%59 = bitcast i8* %58 to i64*
	store i64 4, i64* %59, align 8
	%60 = getelementptr i8, i8* %v116, i64 56
	%61 = bitcast i8* %60 to i64*
	store i64 8, i64* %61, align 8
	%62 = getelementptr i8, i8* %v116, i64 64
	%63 = bitcast i8* %62 to i64*
	store i64 8, i64* %63, align 8
	%v138 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v116, i64 72, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 72, i8* %v116)
	call void @llvm.lifetime.start.p0i8(i64 72, i8* %v186)
	%64 = bitcast i8* %v186 to i64*
	store i64 6, i64* %64, align 8
	%65 = getelementptr i8, i8* %v186, i64 8
	%66 = bitcast i8* %65 to i64*
	store i64 8, i64* %66, align 8
	%67 = getelementptr i8, i8* %v186, i64 16
	%68 = bitcast i8* %67 to i64*
	store i64 -1, i64* %68, align 8
	%69 = getelementptr i8, i8* %v186, i64 24
	%70 = bitcast i8* %69 to i64*
	store i64 -1, i64* %70, align 8
	%71 = getelementptr i8, i8* %v186, i64 32
	%72 = bitcast i8* %71 to i64*
	store i64 -256, i64* %72, align 8
	%73 = getelementptr i8, i8* %v186, i64 40
	%74 = bitcast i8* %73 to i64*
	store i64 4863, i64* %74, align 8
	%75 = getelementptr i8, i8* %v186, i64 48
	%76 = bitcast i8* %75 to i64*
	store i64 251, i64* %76, align 8
	%77 = getelementptr i8, i8* %v186, i64 56
	%78 = bitcast i8* %77 to i64*
	store i64 5, i64* %78, align 8
	%79 = getelementptr i8, i8* %v186, i64 64
	%80 = bitcast i8* %79 to i64*
	store i64 14, i64* %80, align 8
	%v200 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v186, i64 72, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 72, i8* %v186)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v201)
	%81 = bitcast i8* %v201 to i64*
	store i64 7, i64* %81, align 8
	%82 = getelementptr i8, i8* %v201, i64 8
	%83 = bitcast i8* %82 to i64*
	store i64 1, i64* %83, align 8
	%84 = getelementptr i8, i8* %v201, i64 16
	%85 = bitcast i8* %84 to i64*
	store i64 1, i64* %85, align 8
	%86 = getelementptr i8, i8* %v201, i64 24
	%87 = bitcast i8* %86 to i64*
	store i64 8, i64* %87, align 8
	%88 = getelementptr i8, i8* %v201, i64 32
	%89 = bitcast i8* %88 to i64*
	store i64 2, i64* %89, align 8
	%v215 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v201, i64 40, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v201)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v220)
	%90 = bitcast i8* %v220 to i64*
	store i64 8, i64* %90, align 8
	%91 = getelementptr i8, i8* %v220, i64 8
	%92 = bitcast i8* %91 to i64*
	store i64 u0xFFFFFFFF, i64* %92, align 8
	%93 = getelementptr i8, i8* %v220, i64 16
	%94 = bitcast i8* %93 to i64*
	store i64 u0xFFFFFFFF, i64* %94, align 8
	%v228 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v220, i64 24, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v220)
	store i8 -1, i8* %v1, align 1
	%95 = getelementptr i8, i8* %v1, i64 2
	%96 = bitcast i8* %95 to i16*
	store i16 -1, i16* %96, align 2
	%97 = getelementptr i8, i8* %v1, i64 8
	%98 = bitcast i8* %97 to i64*
	store i64 251, i64* %98, align 8
	%99 = getelementptr i8, i8* %v1, i64 16
	%100 = bitcast i8* %99 to i32*
	store i32 -7, i32* %100, align 4
	call void @llvm.lifetime.start.p0i8(i64 48, i8* %v244)
	%101 = bitcast i8* %v244 to i64*
	store i64 9, i64* %101, align 8
	%102 = load i8, i8* %v1, align 1
	%v247 = sext i8 %102 to i64
	%103 = getelementptr i8, i8* %v244, i64 8
	%104 = bitcast i8* %103 to i64*
	store i64 %v247, i64* %104, align 8
	%105 = getelementptr i8, i8* %v1, i64 2
	%106 = bitcast i8* %105 to i16*
	%107 = load i16, i16* %106, align 2
	%v249 = zext i16 %107 to i64
	%108 = getelementptr i8, i8* %v244, i64 16
	%109 = bitcast i8* %108 to i64*
	store i64 %v249, i64* %109, align 8
	%110 = getelementptr i8, i8* %v1, i64 8
	%111 = bitcast i8* %110 to i64*
	%v251 = load i64, i64* %111, align 8
	%112 = getelementptr i8, i8* %v244, i64 24
	%113 = bitcast i8* %112 to i64*
	store i64 %v251, i64* %113, align 8
	%114 = getelementptr i8, i8* %v1, i64 16
	%115 = bitcast i8* %114 to i32*
	%116 = load i32, i32* %115, align 4
	%v253 = sext i32 %116 to i64
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v1)
	%117 = getelementptr i8, i8* %v244, i64 32
	%118 = bitcast i8* %117 to i64*
	store i64 %v253, i64* %118, align 8
	%119 = getelementptr i8, i8* %v244, i64 40
	%120 = bitcast i8* %119 to i64*
	store i64 24, i64* %120, align 8
	%v260 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v244, i64 48, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 48, i8* %v244)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v261)
	%121 = bitcast i8* %v261 to i64*
	store i64 -5, i64* %121, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v266)
	%122 = bitcast i8* %v266 to i64*
	store i64 0, i64* %122, align 8
	%v271 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m1 to i8*), i8* %v266, i8* %v261, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v266)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v261)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v272)
	%123 = bitcast i8* %v272 to i64*
	store i64 255, i64* %123, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v277)
	%124 = bitcast i8* %v277 to i64*
	store i64 0, i64* %124, align 8
	%v282 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m2 to i8*), i8* %v277, i8* %v272, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v277)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v272)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v283)
	%125 = bitcast i8* %v283 to i64*
	store i64 -1, i64* %125, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v286)
	%126 = bitcast i8* %v286 to i64*
	store i64 0, i64* %126, align 8
	%v291 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m2 to i8*), i8* %v286, i8* %v283, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v286)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v283)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v292)
	%127 = bitcast i8* %v292 to i64*
	store i64 4660, i64* %127, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v295)
	%128 = bitcast i8* %v295 to i64*
	store i64 0, i64* %128, align 8
	%v300 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m3 to i8*), i8* %v295, i8* %v292, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v295)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v292)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v301)
	%129 = bitcast i8* %v301 to i64*
	store i64 -1, i64* %129, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v306)
	%130 = bitcast i8* %v306 to i64*
	store i64 0, i64* %130, align 8
	%v311 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m3 to i8*), i8* %v306, i8* %v301, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v306)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v301)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v312)
	%131 = bitcast i8* %v312 to i64*
	store i64 255, i64* %131, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v317)
	%132 = bitcast i8* %v317 to i64*
	store i64 0, i64* %132, align 8
	%v322 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m4 to i8*), i8* %v317, i8* %v312, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v317)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v312)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v323)
	%133 = bitcast i8* %v323 to i64*
	store i64 255, i64* %133, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v328)
	%134 = bitcast i8* %v328 to i64*
	store i64 0, i64* %134, align 8
	%v333 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m4 to i8*), i8* %v328, i8* %v323, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v328)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v323)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v334)
	%135 = bitcast i8* %v334 to i64*
	store i64 -5, i64* %135, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v341)
	%136 = bitcast i8* %v341 to i64*
	store i64 0, i64* %136, align 8
	%v346 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m5 to i8*), i8* %v341, i8* %v334, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v341)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v334)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v347)
	%137 = bitcast i8* %v347 to i64*
	store i64 u0xFFFFFFFF, i64* %137, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v352)
	%138 = bitcast i8* %v352 to i64*
	store i64 0, i64* %138, align 8
	%v357 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m6 to i8*), i8* %v352, i8* %v347, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v352)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v347)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v358)
	%139 = bitcast i8* %v358 to i64*
	store i64 -1, i64* %139, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v363)
	%140 = bitcast i8* %v363 to i64*
	store i64 0, i64* %140, align 8
	%v368 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m7 to i8*), i8* %v363, i8* %v358, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v363)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v358)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v369)
	%141 = bitcast i8* %v369 to i64*
	store i64 1, i64* %141, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v372)
	%142 = bitcast i8* %v372 to i64*
	store i64 -1, i64* %142, align 8
	%v378 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k to i8*), i8* %v372, i8* %v369, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v372)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v369)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v379)
	%143 = bitcast i8* %v379 to i64*
	store i64 2, i64* %143, align 8
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v382)
	%144 = bitcast i8* %v382 to i64*
	store i64 255, i64* %144, align 8
	%145 = getelementptr i8, i8* %v382, i64 8
	%146 = bitcast i8* %145 to i64*
	store i64 -2, i64* %146, align 8
	%v391 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k2 to i8*), i8* %v382, i8* %v379, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v382)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v379)
	br label %b3

b3:
	%v397 = phi i64 [ 255, %b0 ]
	br label %b6

b6:
	%v403 = phi i64 [ -1, %b3 ]
	br label %b9

b9:
	%v411 = phi i64 [ 255, %b6 ]
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v412)
	%147 = bitcast i8* %v412 to i64*
	store i64 10, i64* %147, align 8
	%148 = getelementptr i8, i8* %v412, i64 8
	%149 = bitcast i8* %148 to i64*
	store i64 %v397, i64* %149, align 8
	%150 = getelementptr i8, i8* %v412, i64 16
	%151 = bitcast i8* %150 to i64*
	store i64 %v403, i64* %151, align 8
	%152 = getelementptr i8, i8* %v412, i64 24
	%153 = bitcast i8* %152 to i64*
	store i64 %v411, i64* %153, align 8
	%v424 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v412, i64 32, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v412)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v425)
	%154 = bitcast i8* %v425 to i64*
	store i64 11, i64* %154, align 8
	%155 = getelementptr i8, i8* %v425, i64 8
	%156 = bitcast i8* %155 to i64*
	store i64 1, i64* %156, align 8
	%157 = getelementptr i8, i8* %v425, i64 16
	%158 = bitcast i8* %157 to i64*
	store i64 1, i64* %158, align 8
	%v441 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v425, i64 24, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v425)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v442)
	%159 = bitcast i8* %v442 to i64*
	store i64 30000, i64* %159, align 8
	%v448 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v442, i64 8, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v442)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v449)
	%160 = bitcast i8* %v449 to i32*
	store i32 0, i32* %160, align 4
	%v453 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v449)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v449)
	%161 = icmp ne i8* %v453, null
	br i1 %161, label %b10, label %b11

b10:
	%162 = bitcast i8* %v453 to i64*
	store i64 1, i64* %162, align 8
	br label %b11

b11:
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memset.p0i8.i64(i8* %0, i8 %1, i64 %2, i1 %3) argmemonly nounwind
