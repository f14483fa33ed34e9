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
	%v369.slot = alloca [8 x i8], align 8
	%v369 = bitcast [8 x i8]* %v369.slot to i8*
	%v347.slot = alloca [8 x i8], align 8
	%v347 = bitcast [8 x i8]* %v347.slot to i8*
	%v292.slot = alloca [8 x i8], align 8
	%v292 = bitcast [8 x i8]* %v292.slot to i8*
	%v283.slot = alloca [8 x i8], align 8
	%v283 = bitcast [8 x i8]* %v283.slot to i8*
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
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v3)
	%0 = bitcast i8* %v3 to i64*, !dbg !11
	store i64 0, i64* %0, align 8, !dbg !11
	%1 = getelementptr i8, i8* %v3, i64 8, !dbg !11
	%2 = bitcast i8* %1 to i64*, !dbg !11
	store i64 255, i64* %2, align 8, !dbg !11
	%3 = getelementptr i8, i8* %v3, i64 16, !dbg !11
	%4 = bitcast i8* %3 to i64*, !dbg !11
	store i64 -1, i64* %4, align 8, !dbg !11
	%5 = getelementptr i8, i8* %v3, i64 24, !dbg !11
	%6 = bitcast i8* %5 to i64*, !dbg !11
	store i64 -1, i64* %6, align 8, !dbg !11
	%7 = getelementptr i8, i8* %v3, i64 32, !dbg !11
	%8 = bitcast i8* %7 to i64*, !dbg !11
	store i64 u0xFFFFFFFF, i64* %8, align 8, !dbg !11
	%v21 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v3, i64 40, i64 0), !dbg !11
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v3)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v22)
	%9 = bitcast i8* %v22 to i64*, !dbg !15
	store i64 1, i64* %9, align 8, !dbg !15
	%10 = getelementptr i8, i8* %v22, i64 8, !dbg !15
	%11 = bitcast i8* %10 to i64*, !dbg !15
	store i64 246, i64* %11, align 8, !dbg !15
	%12 = getelementptr i8, i8* %v22, i64 16, !dbg !15
	%13 = bitcast i8* %12 to i64*, !dbg !15
	store i64 15, i64* %13, align 8, !dbg !15
	%14 = getelementptr i8, i8* %v22, i64 24, !dbg !15
	%15 = bitcast i8* %14 to i64*, !dbg !15
	store i64 -56, i64* %15, align 8, !dbg !15
	%16 = getelementptr i8, i8* %v22, i64 32, !dbg !15
	%17 = bitcast i8* %16 to i64*, !dbg !15
	store i64 -1, i64* %17, align 8, !dbg !15
	%v39 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v22, i64 40, i64 0), !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v22)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v40)
	%18 = bitcast i8* %v40 to i64*, !dbg !19
	store i64 2, i64* %18, align 8, !dbg !19
	%19 = getelementptr i8, i8* %v40, i64 8, !dbg !19
	%20 = bitcast i8* %19 to i64*, !dbg !19
	store i64 -1, i64* %20, align 8, !dbg !19
	%21 = getelementptr i8, i8* %v40, i64 16, !dbg !19
	%22 = bitcast i8* %21 to i64*, !dbg !19
	store i64 255, i64* %22, align 8, !dbg !19
	%23 = getelementptr i8, i8* %v40, i64 24, !dbg !19
	%24 = bitcast i8* %23 to i64*, !dbg !19
	store i64 -1, i64* %24, align 8, !dbg !19
	%25 = getelementptr i8, i8* %v40, i64 32, !dbg !19
	%26 = bitcast i8* %25 to i64*, !dbg !19
	store i64 255, i64* %26, align 8, !dbg !19
	%v62 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v40, i64 40, i64 0), !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v40)
	call void @llvm.lifetime.start.p0i8(i64 56, i8* %v63)
	%27 = bitcast i8* %v63 to i64*, !dbg !20
	store i64 3, i64* %27, align 8, !dbg !20
	%28 = getelementptr i8, i8* %v63, i64 8, !dbg !20
	%29 = bitcast i8* %28 to i64*, !dbg !20
	store i64 -10, i64* %29, align 8, !dbg !20
	%30 = getelementptr i8, i8* %v63, i64 16, !dbg !20
	%31 = bitcast i8* %30 to i64*, !dbg !20
	store i64 -5555, i64* %31, align 8, !dbg !20
	%32 = getelementptr i8, i8* %v63, i64 24, !dbg !20
	%33 = bitcast i8* %32 to i64*, !dbg !20
	store i64 -123, i64* %33, align 8, !dbg !20
	%34 = getelementptr i8, i8* %v63, i64 32, !dbg !20
	%35 = bitcast i8* %34 to i64*, !dbg !20
	store i64 100, i64* %35, align 8, !dbg !20
	%36 = getelementptr i8, i8* %v63, i64 40, !dbg !20
	%37 = bitcast i8* %36 to i64*, !dbg !20
	store i64 255, i64* %37, align 8, !dbg !20
	%38 = getelementptr i8, i8* %v63, i64 48, !dbg !20
	%39 = bitcast i8* %38 to i64*, !dbg !20
	store i64 0, i64* %39, align 8, !dbg !20
	%v90 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v63, i64 56, i64 0), !dbg !20
	call void @llvm.lifetime.end.p0i8(i64 56, i8* %v63)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v91)
	%40 = bitcast i8* %v91 to i64*, !dbg !24
	store i64 4, i64* %40, align 8, !dbg !24
	%41 = getelementptr i8, i8* %v91, i64 8, !dbg !24
	%42 = bitcast i8* %41 to i64*, !dbg !24
	store i64 251, i64* %42, align 8, !dbg !24
	%43 = getelementptr i8, i8* %v91, i64 16, !dbg !24
	%44 = bitcast i8* %43 to i64*, !dbg !24
	store i64 255, i64* %44, align 8, !dbg !24
	%45 = getelementptr i8, i8* %v91, i64 24, !dbg !24
	%46 = bitcast i8* %45 to i64*, !dbg !24
	store i64 u0xFFFF, i64* %46, align 8, !dbg !24
	%v115 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v91, i64 32, i64 0), !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v91)
	call void @llvm.lifetime.start.p0i8(i64 72, i8* %v116)
	%47 = bitcast i8* %v116 to i64*, !dbg !26
	store i64 5, i64* %47, align 8, !dbg !26
	%48 = getelementptr i8, i8* %v116, i64 8, !dbg !26
	%49 = bitcast i8* %48 to i64*, !dbg !26
	store i64 1, i64* %49, align 8, !dbg !26
	%50 = getelementptr i8, i8* %v116, i64 16, !dbg !26
	%51 = bitcast i8* %50 to i64*, !dbg !26
	store i64 1, i64* %51, align 8, !dbg !26
	%52 = getelementptr i8, i8* %v116, i64 24, !dbg !26
	%53 = bitcast i8* %52 to i64*, !dbg !26
	store i64 2, i64* %53, align 8, !dbg !26
	%54 = getelementptr i8, i8* %v116, i64 32, !dbg !26
	%55 = bitcast i8* %54 to i64*, !dbg !26
	store i64 2, i64* %55, align 8, !dbg !26
	%56 = getelementptr i8, i8* %v116, i64 40, !dbg !26
	%57 = bitcast i8* %56 to i64*, !dbg !26
	store i64 4, i64* %57, align 8, !dbg !26
	%58 = getelementptr i8, i8* %v116, i64 48, !dbg !26
	%59 = bitcast i8* %58 to i64*, !dbg !26
	store i64 4, i64* %59, align 8, !dbg !26
	%60 = getelementptr i8, i8* %v116, i64 56, !dbg !26
	%61 = bitcast i8* %60 to i64*, !dbg !26
	store i64 8, i64* %61, align 8, !dbg !26
	%62 = getelementptr i8, i8* %v116, i64 64, !dbg !26
	%63 = bitcast i8* %62 to i64*, !dbg !26
	store i64 8, i64* %63, align 8, !dbg !26
	%v138 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v116, i64 72, i64 0), !dbg !26
	call void @llvm.lifetime.end.p0i8(i64 72, i8* %v116)
	call void @llvm.lifetime.start.p0i8(i64 72, i8* %v186)
	%64 = bitcast i8* %v186 to i64*, !dbg !34
	store i64 6, i64* %64, align 8, !dbg !34
	%65 = getelementptr i8, i8* %v186, i64 8, !dbg !34
	%66 = bitcast i8* %65 to i64*, !dbg !34
	store i64 8, i64* %66, align 8, !dbg !34
	%67 = getelementptr i8, i8* %v186, i64 16, !dbg !34
	%68 = bitcast i8* %67 to i64*, !dbg !34
	store i64 -1, i64* %68, align 8, !dbg !34
	%69 = getelementptr i8, i8* %v186, i64 24, !dbg !34
	%70 = bitcast i8* %69 to i64*, !dbg !34
	store i64 -1, i64* %70, align 8, !dbg !34
	%71 = getelementptr i8, i8* %v186, i64 32, !dbg !34
	%72 = bitcast i8* %71 to i64*, !dbg !34
	store i64 -256, i64* %72, align 8, !dbg !34
	%73 = getelementptr i8, i8* %v186, i64 40, !dbg !34
	%74 = bitcast i8* %73 to i64*, !dbg !34
	store i64 4863, i64* %74, align 8, !dbg !34
	%75 = getelementptr i8, i8* %v186, i64 48, !dbg !34
	%76 = bitcast i8* %75 to i64*, !dbg !34
	store i64 251, i64* %76, align 8, !dbg !34
	%77 = getelementptr i8, i8* %v186, i64 56, !dbg !34
	%78 = bitcast i8* %77 to i64*, !dbg !34
	store i64 5, i64* %78, align 8, !dbg !34
	%79 = getelementptr i8, i8* %v186, i64 64, !dbg !34
	%80 = bitcast i8* %79 to i64*, !dbg !34
	store i64 14, i64* %80, align 8, !dbg !34
	%v200 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v186, i64 72, i64 0), !dbg !34
	call void @llvm.lifetime.end.p0i8(i64 72, i8* %v186)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v201)
	%81 = bitcast i8* %v201 to i64*, !dbg !35
	store i64 7, i64* %81, align 8, !dbg !35
	%82 = getelementptr i8, i8* %v201, i64 8, !dbg !35
	%83 = bitcast i8* %82 to i64*, !dbg !35
	store i64 1, i64* %83, align 8, !dbg !35
	%84 = getelementptr i8, i8* %v201, i64 16, !dbg !35
	%85 = bitcast i8* %84 to i64*, !dbg !35
	store i64 1, i64* %85, align 8, !dbg !35
	%86 = getelementptr i8, i8* %v201, i64 24, !dbg !35
	%87 = bitcast i8* %86 to i64*, !dbg !35
	store i64 8, i64* %87, align 8, !dbg !35
	%88 = getelementptr i8, i8* %v201, i64 32, !dbg !35
	%89 = bitcast i8* %88 to i64*, !dbg !35
	store i64 2, i64* %89, align 8, !dbg !35
	%v215 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v201, i64 40, i64 0), !dbg !35
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v201)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v220)
	%90 = bitcast i8* %v220 to i64*, !dbg !36
	store i64 8, i64* %90, align 8, !dbg !36
	%91 = getelementptr i8, i8* %v220, i64 8, !dbg !36
	%92 = bitcast i8* %91 to i64*, !dbg !36
	store i64 u0xFFFFFFFF, i64* %92, align 8, !dbg !36
	%93 = getelementptr i8, i8* %v220, i64 16, !dbg !36
	%94 = bitcast i8* %93 to i64*, !dbg !36
	store i64 u0xFFFFFFFF, i64* %94, align 8, !dbg !36
	%v228 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v220, i64 24, i64 0), !dbg !36
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v220)
	call void @llvm.lifetime.start.p0i8(i64 48, i8* %v244)
	%95 = bitcast i8* %v244 to i64*, !dbg !38
	store i64 9, i64* %95, align 8, !dbg !38
	%96 = getelementptr i8, i8* %v244, i64 8, !dbg !38
	%97 = bitcast i8* %96 to i64*, !dbg !38
	store i64 -1, i64* %97, align 8, !dbg !38
	%98 = getelementptr i8, i8* %v244, i64 16, !dbg !38
	%99 = bitcast i8* %98 to i64*, !dbg !38
	store i64 u0xFFFF, i64* %99, align 8, !dbg !38
	%100 = getelementptr i8, i8* %v244, i64 24, !dbg !38
	%101 = bitcast i8* %100 to i64*, !dbg !38
	store i64 251, i64* %101, align 8, !dbg !38
	%102 = getelementptr i8, i8* %v244, i64 32, !dbg !38
	%103 = bitcast i8* %102 to i64*, !dbg !38
	store i64 -7, i64* %103, align 8, !dbg !38
	%104 = getelementptr i8, i8* %v244, i64 40, !dbg !38
	%105 = bitcast i8* %104 to i64*, !dbg !38
	store i64 24, i64* %105, align 8, !dbg !38
	%v260 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v244, i64 48, i64 0), !dbg !38
	call void @llvm.lifetime.end.p0i8(i64 48, i8* %v244)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v261)
	%106 = bitcast i8* %v261 to i64*, !dbg !39
	store i64 -5, i64* %106, align 8, !dbg !39
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v266)
	%107 = bitcast i8* %v266 to i64*, !dbg !39
	store i64 0, i64* %107, align 8, !dbg !39
	%v271 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m1 to i8*), i8* %v266, i8* %v261, i64 0), !dbg !39
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v272)
	%108 = bitcast i8* %v272 to i64*, !dbg !40
	store i64 255, i64* %108, align 8, !dbg !40
	%v282 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m2 to i8*), i8* %v266, i8* %v272, i64 0), !dbg !40
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v283)
	%109 = bitcast i8* %v283 to i64*, !dbg !41
	store i64 -1, i64* %109, align 8, !dbg !41
	%v291 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m2 to i8*), i8* %v266, i8* %v283, i64 0), !dbg !41
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v292)
	%110 = bitcast i8* %v292 to i64*, !dbg !42
	store i64 4660, i64* %110, align 8, !dbg !42
	%v300 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m3 to i8*), i8* %v266, i8* %v292, i64 0), !dbg !42
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v292)
	%v311 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m3 to i8*), i8* %v266, i8* %v283, i64 0), !dbg !43
	%v322 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m4 to i8*), i8* %v266, i8* %v272, i64 0), !dbg !44
	%v333 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m4 to i8*), i8* %v266, i8* %v272, i64 0), !dbg !45
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v272)
	%v346 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m5 to i8*), i8* %v266, i8* %v261, i64 0), !dbg !46
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v261)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v347)
	%111 = bitcast i8* %v347 to i64*, !dbg !47
	store i64 u0xFFFFFFFF, i64* %111, align 8, !dbg !47
	%v357 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m6 to i8*), i8* %v266, i8* %v347, i64 0), !dbg !47
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v347)
	%v368 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m7 to i8*), i8* %v266, i8* %v283, i64 0), !dbg !48
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v266)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v369)
	%112 = bitcast i8* %v369 to i64*, !dbg !49
	store i64 1, i64* %112, align 8, !dbg !49
	%v378 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k to i8*), i8* %v283, i8* %v369, i64 0), !dbg !49
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v369)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v283)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v379)
	%113 = bitcast i8* %v379 to i64*, !dbg !50
	store i64 2, i64* %113, align 8, !dbg !50
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v382)
	%114 = bitcast i8* %v382 to i64*, !dbg !50
	store i64 255, i64* %114, align 8, !dbg !50
	%115 = getelementptr i8, i8* %v382, i64 8, !dbg !50
	%116 = bitcast i8* %115 to i64*, !dbg !50
	store i64 -2, i64* %116, align 8, !dbg !50
	%v391 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k2 to i8*), i8* %v382, i8* %v379, i64 0), !dbg !50
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v382)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v379)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v412)
	%117 = bitcast i8* %v412 to i64*, !dbg !52
	store i64 10, i64* %117, align 8, !dbg !52
	%118 = getelementptr i8, i8* %v412, i64 8, !dbg !52
	%119 = bitcast i8* %118 to i64*, !dbg !52
	store i64 255, i64* %119, align 8, !dbg !52
	%120 = getelementptr i8, i8* %v412, i64 16, !dbg !52
	%121 = bitcast i8* %120 to i64*, !dbg !52
	store i64 -1, i64* %121, align 8, !dbg !52
	%122 = getelementptr i8, i8* %v412, i64 24, !dbg !52
	%123 = bitcast i8* %122 to i64*, !dbg !52
	store i64 255, i64* %123, align 8, !dbg !52
	%v424 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v412, i64 32, i64 0), !dbg !52
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v412)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v425)
	%124 = bitcast i8* %v425 to i64*, !dbg !53
	store i64 11, i64* %124, align 8, !dbg !53
	%125 = getelementptr i8, i8* %v425, i64 8, !dbg !53
	%126 = bitcast i8* %125 to i64*, !dbg !53
	store i64 1, i64* %126, align 8, !dbg !53
	%127 = getelementptr i8, i8* %v425, i64 16, !dbg !53
	%128 = bitcast i8* %127 to i64*, !dbg !53
	store i64 1, i64* %128, align 8, !dbg !53
	%v441 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v425, i64 24, i64 0), !dbg !53
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v425)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v442)
	%129 = bitcast i8* %v442 to i64*, !dbg !54
	store i64 30000, i64* %129, align 8, !dbg !54
	%v448 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v442, i64 8, i64 0), !dbg !54
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v442)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v449)
	%130 = bitcast i8* %v449 to i32*, !dbg !54
	store i32 0, i32* %130, align 4, !dbg !54
	%v453 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v449), !dbg !54
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v449)
	%131 = icmp ne i8* %v453, null
	br i1 %131, label %b10, label %b11, !dbg !54

b10:
	%132 = bitcast i8* %v453 to i64*, !dbg !54
	store i64 1, i64* %132, align 8, !dbg !54
	br label %b11, !dbg !54

b11:
	ret i64 0, !dbg !54
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

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
!8 = distinct !DISubprogram(name: "BEGIN", scope: !0, file: !0, line: 155, type: !4, scopeLine: 155, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 155, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 155, scope: !8)
!12 = !DILocation(line: 179, scope: !8)
!13 = !DILocation(line: 190, scope: !8)
!14 = !DILocation(line: 224, scope: !8)
!15 = !DILocation(line: 238, scope: !8)
!16 = !DILocation(line: 262, scope: !8)
!17 = !DILocation(line: 274, scope: !8)
!18 = !DILocation(line: 290, scope: !8)
!19 = !DILocation(line: 315, scope: !8)
!20 = !DILocation(line: 415, scope: !8)
!21 = !DILocation(line: 456, scope: !8)
!22 = !DILocation(line: 463, scope: !8)
!23 = !DILocation(line: 476, scope: !8)
!24 = !DILocation(line: 505, scope: !8)
!25 = !DILocation(line: 526, scope: !8)
!26 = !DILocation(line: 560, scope: !8)
!27 = !DILocation(line: 687, scope: !8)
!28 = !DILocation(line: 750, scope: !8)
!29 = !DILocation(line: 810, scope: !8)
!30 = !DILocation(line: 831, scope: !8)
!31 = !DILocation(line: 839, scope: !8)
!32 = !DILocation(line: 891, scope: !8)
!33 = !DILocation(line: 919, scope: !8)
!34 = !DILocation(line: 937, scope: !8)
!35 = !DILocation(line: 1007, scope: !8)
!36 = !DILocation(line: 1111, scope: !8)
!37 = !DILocation(line: 1180, scope: !8)
!38 = !DILocation(line: 1193, scope: !8)
!39 = !DILocation(line: 1258, scope: !8)
!40 = !DILocation(line: 1274, scope: !8)
!41 = !DILocation(line: 1292, scope: !8)
!42 = !DILocation(line: 1302, scope: !8)
!43 = !DILocation(line: 1316, scope: !8)
!44 = !DILocation(line: 1333, scope: !8)
!45 = !DILocation(line: 1351, scope: !8)
!46 = !DILocation(line: 1367, scope: !8)
!47 = !DILocation(line: 1383, scope: !8)
!48 = !DILocation(line: 1401, scope: !8)
!49 = !DILocation(line: 1419, scope: !8)
!50 = !DILocation(line: 1438, scope: !8)
!51 = !DILocation(line: 1454, scope: !8)
!52 = !DILocation(line: 1554, scope: !8)
!53 = !DILocation(line: 1592, scope: !8)
!54 = !DILocation(line: 1641, scope: !8)
