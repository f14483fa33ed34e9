target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_c = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_d = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" !dbg !8 {
b0:
	%v495.slot = alloca [8 x i8], align 8
	%v495 = bitcast [8 x i8]* %v495.slot to i8*
	%v488.slot = alloca [8 x i8], align 8
	%v488 = bitcast [8 x i8]* %v488.slot to i8*
	%v483.slot = alloca [8 x i8], align 8
	%v483 = bitcast [8 x i8]* %v483.slot to i8*
	%v475.slot = alloca [8 x i8], align 8
	%v475 = bitcast [8 x i8]* %v475.slot to i8*
	%v461.slot = alloca [8 x i8], align 8
	%v461 = bitcast [8 x i8]* %v461.slot to i8*
	%v458.slot = alloca [8 x i8], align 8
	%v458 = bitcast [8 x i8]* %v458.slot to i8*
	%v452.slot = alloca [8 x i8], align 8
	%v452 = bitcast [8 x i8]* %v452.slot to i8*
	%v444.slot = alloca [8 x i8], align 8
	%v444 = bitcast [8 x i8]* %v444.slot to i8*
	%v437.slot = alloca [8 x i8], align 8
	%v437 = bitcast [8 x i8]* %v437.slot to i8*
	%v429.slot = alloca [8 x i8], align 8
	%v429 = bitcast [8 x i8]* %v429.slot to i8*
	%v422.slot = alloca [8 x i8], align 8
	%v422 = bitcast [8 x i8]* %v422.slot to i8*
	%v414.slot = alloca [8 x i8], align 8
	%v414 = bitcast [8 x i8]* %v414.slot to i8*
	%v407.slot = alloca [8 x i8], align 8
	%v407 = bitcast [8 x i8]* %v407.slot to i8*
	%v399.slot = alloca [8 x i8], align 8
	%v399 = bitcast [8 x i8]* %v399.slot to i8*
	%v392.slot = alloca [8 x i8], align 8
	%v392 = bitcast [8 x i8]* %v392.slot to i8*
	%v384.slot = alloca [8 x i8], align 8
	%v384 = bitcast [8 x i8]* %v384.slot to i8*
	%v377.slot = alloca [8 x i8], align 8
	%v377 = bitcast [8 x i8]* %v377.slot to i8*
	%v374.slot = alloca [8 x i8], align 8
	%v374 = bitcast [8 x i8]* %v374.slot to i8*
	%v364.slot = alloca [24 x i8], align 8
	%v364 = bitcast [24 x i8]* %v364.slot to i8*
	%v338.slot = alloca [8 x i8], align 8
	%v338 = bitcast [8 x i8]* %v338.slot to i8*
	%v331.slot = alloca [8 x i8], align 8
	%v331 = bitcast [8 x i8]* %v331.slot to i8*
	%v317.slot = alloca [152 x i8], align 8
	%v317 = bitcast [152 x i8]* %v317.slot to i8*
	%v278.slot = alloca [24 x i8], align 8
	%v278 = bitcast [24 x i8]* %v278.slot to i8*
	%v213.slot = alloca [40 x i8], align 8
	%v213 = bitcast [40 x i8]* %v213.slot to i8*
	%v182.slot = alloca [56 x i8], align 8
	%v182 = bitcast [56 x i8]* %v182.slot to i8*
	%v157.slot = alloca [40 x i8], align 8
	%v157 = bitcast [40 x i8]* %v157.slot to i8*
	%v138.slot = alloca [32 x i8], align 8
	%v138 = bitcast [32 x i8]* %v138.slot to i8*
	%v104.slot = alloca [40 x i8], align 8
	%v104 = bitcast [40 x i8]* %v104.slot to i8*
	%v73.slot = alloca [40 x i8], align 8
	%v73 = bitcast [40 x i8]* %v73.slot to i8*
	%v56.slot = alloca [24 x i8], align 8
	%v56 = bitcast [24 x i8]* %v56.slot to i8*
	%v37.slot = alloca [24 x i8], align 8
	%v37 = bitcast [24 x i8]* %v37.slot to i8*
	%v20.slot = alloca [24 x i8], align 8
	%v20 = bitcast [24 x i8]* %v20.slot to i8*
	%v5.slot = alloca [24 x i8], align 8
	%v5 = bitcast [24 x i8]* %v5.slot to i8*
	%v3.slot = alloca [64 x i8], align 8
	%v3 = bitcast [64 x i8]* %v3.slot to i8*
	%v1.slot = alloca [64 x i8], align 8
	%v1 = bitcast [64 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v5)
	%0 = bitcast i8* %v5 to i64*, !dbg !11
	store i64 30007, i64* %0, align 8, !dbg !11
	%1 = getelementptr i8, i8* %v5, i64 8, !dbg !11
	%2 = bitcast i8* %1 to i64*, !dbg !11
	store i64 0, i64* %2, align 8, !dbg !11
	%3 = getelementptr i8, i8* %v5, i64 16, !dbg !11
	%4 = bitcast i8* %3 to i64*, !dbg !11
	store i64 7, i64* %4, align 8, !dbg !11
	%v19 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v5, i64 24, i64 0), !dbg !11
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v5)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v20)
	%5 = bitcast i8* %v20 to i64*, !dbg !14
	store i64 30007, i64* %5, align 8, !dbg !14
	%6 = getelementptr i8, i8* %v20, i64 8, !dbg !14
	%7 = bitcast i8* %6 to i64*, !dbg !14
	store i64 1, i64* %7, align 8, !dbg !14
	%8 = getelementptr i8, i8* %v20, i64 16, !dbg !14
	%9 = bitcast i8* %8 to i64*, !dbg !14
	store i64 8, i64* %9, align 8, !dbg !14
	%v36 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v20, i64 24, i64 0), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v20)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v37)
	%10 = bitcast i8* %v37 to i64*, !dbg !15
	store i64 30007, i64* %10, align 8, !dbg !15
	%11 = getelementptr i8, i8* %v37, i64 8, !dbg !15
	%12 = bitcast i8* %11 to i64*, !dbg !15
	store i64 2, i64* %12, align 8, !dbg !15
	%13 = getelementptr i8, i8* %v37, i64 16, !dbg !15
	%14 = bitcast i8* %13 to i64*, !dbg !15
	store i64 17, i64* %14, align 8, !dbg !15
	%v55 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v37, i64 24, i64 0), !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v37)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v56)
	%15 = bitcast i8* %v56 to i64*, !dbg !16
	store i64 30007, i64* %15, align 8, !dbg !16
	%16 = getelementptr i8, i8* %v56, i64 8, !dbg !16
	%17 = bitcast i8* %16 to i64*, !dbg !16
	store i64 3, i64* %17, align 8, !dbg !16
	%18 = getelementptr i8, i8* %v56, i64 16, !dbg !16
	%19 = bitcast i8* %18 to i64*, !dbg !16
	store i64 4, i64* %19, align 8, !dbg !16
	%v72 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v56, i64 24, i64 0), !dbg !16
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v56)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v73)
	%20 = bitcast i8* %v73 to i64*, !dbg !17
	store i64 0, i64* %20, align 8, !dbg !17
	%21 = getelementptr i8, i8* %v73, i64 8, !dbg !17
	%22 = bitcast i8* %21 to i64*, !dbg !17
	store i64 4, i64* %22, align 8, !dbg !17
	%23 = getelementptr i8, i8* %v73, i64 16, !dbg !17
	%24 = bitcast i8* %23 to i64*, !dbg !17
	store i64 2, i64* %24, align 8, !dbg !17
	%25 = getelementptr i8, i8* %v73, i64 24, !dbg !17
	%26 = bitcast i8* %25 to i64*, !dbg !17
	store i64 8, i64* %26, align 8, !dbg !17
	%27 = getelementptr i8, i8* %v73, i64 32, !dbg !17
	%28 = bitcast i8* %27 to i64*, !dbg !17
	store i64 4, i64* %28, align 8, !dbg !17
	%v103 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v73, i64 40, i64 0), !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v73)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v104)
	%29 = bitcast i8* %v104 to i64*, !dbg !20
	store i64 1, i64* %29, align 8, !dbg !20
	%30 = getelementptr i8, i8* %v104, i64 8, !dbg !20
	%31 = bitcast i8* %30 to i64*, !dbg !20
	store i64 0, i64* %31, align 8, !dbg !20
	%32 = getelementptr i8, i8* %v104, i64 16, !dbg !20
	%33 = bitcast i8* %32 to i64*, !dbg !20
	store i64 3, i64* %33, align 8, !dbg !20
	%34 = getelementptr i8, i8* %v104, i64 24, !dbg !20
	%35 = bitcast i8* %34 to i64*, !dbg !20
	store i64 1, i64* %35, align 8, !dbg !20
	%36 = getelementptr i8, i8* %v104, i64 32, !dbg !20
	%37 = bitcast i8* %36 to i64*, !dbg !20
	store i64 -1, i64* %37, align 8, !dbg !20
	%v137 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v104, i64 40, i64 0), !dbg !20
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v104)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v138)
	%38 = bitcast i8* %v138 to i64*, !dbg !22
	store i64 2, i64* %38, align 8, !dbg !22
	%39 = getelementptr i8, i8* %v138, i64 8, !dbg !22
	%40 = bitcast i8* %39 to i64*, !dbg !22
	store i64 u0x7FFFFFFFFFFFFFFC, i64* %40, align 8, !dbg !22
	%41 = getelementptr i8, i8* %v138, i64 16, !dbg !22
	%42 = bitcast i8* %41 to i64*, !dbg !22
	store i64 0, i64* %42, align 8, !dbg !22
	%43 = getelementptr i8, i8* %v138, i64 24, !dbg !22
	%44 = bitcast i8* %43 to i64*, !dbg !22
	store i64 u0x7FFFFFFFFFFFFFFC, i64* %44, align 8, !dbg !22
	%v156 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v138, i64 32, i64 0), !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v138)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v157)
	%45 = bitcast i8* %v157 to i64*, !dbg !24
	store i64 3, i64* %45, align 8, !dbg !24
	%46 = getelementptr i8, i8* %v157, i64 8, !dbg !24
	%47 = bitcast i8* %46 to i64*, !dbg !24
	store i64 3, i64* %47, align 8, !dbg !24
	%48 = getelementptr i8, i8* %v157, i64 16, !dbg !24
	%49 = bitcast i8* %48 to i64*, !dbg !24
	store i64 1, i64* %49, align 8, !dbg !24
	%50 = getelementptr i8, i8* %v157, i64 24, !dbg !24
	%51 = bitcast i8* %50 to i64*, !dbg !24
	store i64 u0x7FFFFFFFFFFFFFFF, i64* %51, align 8, !dbg !24
	%52 = getelementptr i8, i8* %v157, i64 32, !dbg !24
	%53 = bitcast i8* %52 to i64*, !dbg !24
	store i64 1, i64* %53, align 8, !dbg !24
	%v181 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v157, i64 40, i64 0), !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v157)
	call void @llvm.lifetime.start.p0i8(i64 56, i8* %v182)
	%54 = bitcast i8* %v182 to i64*, !dbg !26
	store i64 4, i64* %54, align 8, !dbg !26
	%55 = getelementptr i8, i8* %v182, i64 8, !dbg !26
	%56 = bitcast i8* %55 to i64*, !dbg !26
	store i64 1, i64* %56, align 8, !dbg !26
	%57 = getelementptr i8, i8* %v182, i64 16, !dbg !26
	%58 = bitcast i8* %57 to i64*, !dbg !26
	store i64 1, i64* %58, align 8, !dbg !26
	%59 = getelementptr i8, i8* %v182, i64 24, !dbg !26
	%60 = bitcast i8* %59 to i64*, !dbg !26
	store i64 0, i64* %60, align 8, !dbg !26
	%61 = getelementptr i8, i8* %v182, i64 32, !dbg !26
	%62 = bitcast i8* %61 to i64*, !dbg !26
	store i64 0, i64* %62, align 8, !dbg !26
	%63 = getelementptr i8, i8* %v182, i64 40, !dbg !26
	%64 = bitcast i8* %63 to i64*, !dbg !26
	store i64 1, i64* %64, align 8, !dbg !26
	%65 = getelementptr i8, i8* %v182, i64 48, !dbg !26
	%66 = bitcast i8* %65 to i64*, !dbg !26
	store i64 0, i64* %66, align 8, !dbg !26
	%v212 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v182, i64 56, i64 0), !dbg !26
	call void @llvm.lifetime.end.p0i8(i64 56, i8* %v182)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v213)
	%67 = bitcast i8* %v213 to i64*, !dbg !27
	store i64 5, i64* %67, align 8, !dbg !27
	%68 = getelementptr i8, i8* %v213, i64 8, !dbg !27
	%69 = bitcast i8* %68 to i64*, !dbg !27
	store i64 1, i64* %69, align 8, !dbg !27
	%70 = getelementptr i8, i8* %v213, i64 16, !dbg !27
	%71 = bitcast i8* %70 to i64*, !dbg !27
	store i64 0, i64* %71, align 8, !dbg !27
	%72 = getelementptr i8, i8* %v213, i64 24, !dbg !27
	%73 = bitcast i8* %72 to i64*, !dbg !27
	store i64 1, i64* %73, align 8, !dbg !27
	%74 = getelementptr i8, i8* %v213, i64 32, !dbg !27
	%75 = bitcast i8* %74 to i64*, !dbg !27
	store i64 0, i64* %75, align 8, !dbg !27
	%v246 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v213, i64 40, i64 0), !dbg !27
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v213)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v278)
	%76 = bitcast i8* %v278 to i64*, !dbg !28
	store i64 6, i64* %76, align 8, !dbg !28
	%77 = getelementptr i8, i8* %v278, i64 8, !dbg !28
	%78 = bitcast i8* %77 to i64*, !dbg !28
	store i64 1, i64* %78, align 8, !dbg !28
	%79 = getelementptr i8, i8* %v278, i64 16, !dbg !28
	%80 = bitcast i8* %79 to i64*, !dbg !28
	store i64 0, i64* %80, align 8, !dbg !28
	%v290 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v278, i64 24, i64 0), !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v278)
	call void @llvm.lifetime.start.p0i8(i64 64, i8* %v1)
	%81 = bitcast i8* %v1 to i32*, !dbg !29
	store i32 7562617, i32* %81, align 4, !dbg !29
	%82 = getelementptr i8, i8* %v1, i64 4, !dbg !29
	call void @llvm.memset.p0i8.i64(i8* align 4 %82, i8 0, i64 60, i1 false), !dbg !29
	%v306 = call i64 inttoptr (i64 125 to i64 ()*)(), !dbg !30
	%v308 = icmp ugt i64 %v306, 0, !dbg !30
	call void @llvm.lifetime.start.p0i8(i64 64, i8* %v3)
	br i1 %v308, label %b21, label %b22, !dbg !30

b21:
	%83 = bitcast i8* %v3 to i32*, !dbg !31
	store i32 7565168, i32* %83, align 4, !dbg !31
	%84 = getelementptr i8, i8* %v3, i64 4, !dbg !31
	call void @llvm.memset.p0i8.i64(i8* align 4 %84, i8 0, i64 60, i1 false), !dbg !31
	br label %b23, !dbg !31

b22:
	%85 = bitcast i8* %v3 to i32*, !dbg !32
	store i32 1869768058, i32* %85, align 4, !dbg !32
	%86 = getelementptr i8, i8* %v3, i64 4, !dbg !32
	store i8 0, i8* %86, align 1, !dbg !32
	%87 = getelementptr i8, i8* %v3, i64 5, !dbg !32
	call void @llvm.memset.p0i8.i64(i8* align 1 %87, i8 0, i64 59, i1 false), !dbg !32
	br label %b23, !dbg !32

b23:
	call void @llvm.lifetime.start.p0i8(i64 152, i8* %v317)
	%88 = bitcast i8* %v317 to i64*, !dbg !33
	store i64 7, i64* %88, align 8, !dbg !33
	%89 = getelementptr i8, i8* %v317, i64 8, !dbg !34
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %89, i8* align 8 %v1, i64 64, i1 false), !dbg !34
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v1)
	%90 = getelementptr i8, i8* %v317, i64 72, !dbg !33
	%91 = bitcast i8* %90 to i64*, !dbg !33
	store i64 -1, i64* %91, align 8, !dbg !33
	%92 = getelementptr i8, i8* %v317, i64 80, !dbg !35
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %92, i8* align 8 %v3, i64 64, i1 false), !dbg !35
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v3)
	%93 = getelementptr i8, i8* %v317, i64 144, !dbg !33
	%94 = bitcast i8* %93 to i64*, !dbg !33
	store i64 64, i64* %94, align 8, !dbg !33
	%v329 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v317, i64 152, i64 0), !dbg !33
	call void @llvm.lifetime.end.p0i8(i64 152, i8* %v317)
	%v330 = call i64 inttoptr (i64 125 to i64 ()*)(), !dbg !37
	%95 = icmp ne i64 %v330, 0
	br i1 %95, label %b24, label %b25, !dbg !37

b24:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v331)
	%96 = bitcast i8* %v331 to i64*, !dbg !37
	store i64 8, i64* %96, align 8, !dbg !37
	%v337 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v331, i64 8, i64 0), !dbg !37
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v331)
	br label %b26, !dbg !37

b25:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v338)
	%97 = bitcast i8* %v338 to i64*, !dbg !37
	store i64 9, i64* %97, align 8, !dbg !37
	%v344 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v338, i64 8, i64 0), !dbg !37
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v338)
	br label %b26, !dbg !37

b26:
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v364)
	%98 = bitcast i8* %v364 to i64*, !dbg !39
	store i64 30007, i64* %98, align 8, !dbg !39
	%99 = getelementptr i8, i8* %v364, i64 8, !dbg !39
	%100 = bitcast i8* %99 to i64*, !dbg !39
	store i64 4, i64* %100, align 8, !dbg !39
	%101 = getelementptr i8, i8* %v364, i64 16, !dbg !39
	%102 = bitcast i8* %101 to i64*, !dbg !39
	store i64 242, i64* %102, align 8, !dbg !39
	%v373 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v364, i64 24, i64 0), !dbg !39
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v364)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v374)
	%103 = bitcast i8* %v374 to i64*, !dbg !40
	store i64 5, i64* %103, align 8, !dbg !40
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v377)
	%104 = bitcast i8* %v377 to i64*, !dbg !40
	store i64 0, i64* %104, align 8, !dbg !40
	%v382 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v377, i8* %v374, i64 0), !dbg !40
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v374)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v384)
	%105 = bitcast i8* %v384 to i64*, !dbg !41
	store i64 0, i64* %105, align 8, !dbg !41
	%v389 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v377), !dbg !41
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v377)
	%106 = icmp ne i8* %v389, null
	br i1 %106, label %b27, label %b28, !dbg !41

b27:
	%107 = bitcast i8* %v389 to i64*, !dbg !41
	%v390 = load i64, i64* %107, align 8, !dbg !41
	br label %b28, !dbg !41

b28:
	%v391 = phi i64 [ 0, %b26 ], [ %v390, %b27 ]
	%v393 = mul i64 %v391, 3, !dbg !41
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v392)
	%108 = bitcast i8* %v392 to i64*, !dbg !41
	store i64 %v393, i64* %108, align 8, !dbg !41
	%v397 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v384, i8* %v392, i64 0), !dbg !41
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v392)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v384)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v399)
	%109 = bitcast i8* %v399 to i64*, !dbg !42
	store i64 0, i64* %109, align 8, !dbg !42
	%v404 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v399), !dbg !42
	%110 = icmp ne i8* %v404, null
	br i1 %110, label %b29, label %b30, !dbg !42

b29:
	%111 = bitcast i8* %v404 to i64*, !dbg !42
	%v405 = load i64, i64* %111, align 8, !dbg !42
	br label %b30, !dbg !42

b30:
	%v406 = phi i64 [ 0, %b28 ], [ %v405, %b29 ]
	%v408 = sub i64 %v406, 1, !dbg !42
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v407)
	%112 = bitcast i8* %v407 to i64*, !dbg !42
	store i64 %v408, i64* %112, align 8, !dbg !42
	%v412 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v399, i8* %v407, i64 0), !dbg !42
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v407)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v399)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v414)
	%113 = bitcast i8* %v414 to i64*, !dbg !43
	store i64 0, i64* %113, align 8, !dbg !43
	%v419 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v414), !dbg !43
	%114 = icmp ne i8* %v419, null
	br i1 %114, label %b31, label %b32, !dbg !43

b31:
	%115 = bitcast i8* %v419 to i64*, !dbg !43
	%v420 = load i64, i64* %115, align 8, !dbg !43
	br label %b32, !dbg !43

b32:
	%v421 = phi i64 [ 0, %b30 ], [ %v420, %b31 ]
	%v423 = udiv i64 %v421, 2, !dbg !43
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v422)
	%116 = bitcast i8* %v422 to i64*, !dbg !43
	store i64 %v423, i64* %116, align 8, !dbg !43
	%v427 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v414, i8* %v422, i64 0), !dbg !43
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v422)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v414)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v429)
	%117 = bitcast i8* %v429 to i64*, !dbg !44
	store i64 0, i64* %117, align 8, !dbg !44
	%v434 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v429), !dbg !44
	%118 = icmp ne i8* %v434, null
	br i1 %118, label %b33, label %b34, !dbg !44

b33:
	%119 = bitcast i8* %v434 to i64*, !dbg !44
	%v435 = load i64, i64* %119, align 8, !dbg !44
	br label %b34, !dbg !44

b34:
	%v436 = phi i64 [ 0, %b32 ], [ %v435, %b33 ]
	%v438 = shl i64 %v436, 2, !dbg !44
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v437)
	%120 = bitcast i8* %v437 to i64*, !dbg !44
	store i64 %v438, i64* %120, align 8, !dbg !44
	%v442 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v429, i8* %v437, i64 0), !dbg !44
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v437)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v429)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v444)
	%121 = bitcast i8* %v444 to i64*, !dbg !45
	store i64 0, i64* %121, align 8, !dbg !45
	%v449 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v444), !dbg !45
	%122 = icmp ne i8* %v449, null
	br i1 %122, label %b35, label %b36, !dbg !45

b35:
	%123 = bitcast i8* %v449 to i64*, !dbg !45
	%v450 = load i64, i64* %123, align 8, !dbg !45
	br label %b36, !dbg !45

b36:
	%v451 = phi i64 [ 0, %b34 ], [ %v450, %b35 ]
	%v453 = or i64 %v451, 1, !dbg !45
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v452)
	%124 = bitcast i8* %v452 to i64*, !dbg !45
	store i64 %v453, i64* %124, align 8, !dbg !45
	%v457 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v444, i8* %v452, i64 0), !dbg !45
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v452)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v444)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v458)
	%125 = bitcast i8* %v458 to i64*, !dbg !47
	store i64 -11, i64* %125, align 8, !dbg !47
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v461)
	%126 = bitcast i8* %v461 to i64*, !dbg !47
	store i64 0, i64* %126, align 8, !dbg !47
	%v466 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_d to i8*), i8* %v461, i8* %v458, i64 0), !dbg !47
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v458)
	%v472 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_d to i8*), i8* %v461), !dbg !48
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v461)
	%127 = icmp ne i8* %v472, null
	br i1 %127, label %b37, label %b38, !dbg !48

b37:
	%128 = bitcast i8* %v472 to i64*, !dbg !48
	%v473 = load i64, i64* %128, align 8, !dbg !48
	br label %b38, !dbg !48

b38:
	%v474 = phi i64 [ 0, %b36 ], [ %v473, %b37 ]
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v475)
	%129 = bitcast i8* %v475 to i64*, !dbg !49
	store i64 0, i64* %129, align 8, !dbg !49
	%v479 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_d to i8*), i8* %v475), !dbg !49
	%130 = icmp ne i8* %v479, null
	br i1 %130, label %b39, label %b40, !dbg !49

b39:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v475)
	%131 = bitcast i8* %v479 to i64*, !dbg !49
	%v480 = load i64, i64* %131, align 8, !dbg !49
	%v481 = add i64 %v480, %v474, !dbg !49
	%132 = bitcast i8* %v479 to i64*, !dbg !49
	store i64 %v481, i64* %132, align 8, !dbg !49
	br label %b41, !dbg !49

b40:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v483)
	%133 = bitcast i8* %v483 to i64*, !dbg !49
	store i64 %v474, i64* %133, align 8, !dbg !49
	%v487 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_d to i8*), i8* %v475, i8* %v483, i64 0), !dbg !49
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v483)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v475)
	br label %b41, !dbg !49

b41:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v488)
	%134 = bitcast i8* %v488 to i64*, !dbg !50
	store i64 30000, i64* %134, align 8, !dbg !50
	%v494 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v488, i64 8, i64 0), !dbg !50
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v488)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v495)
	%135 = bitcast i8* %v495 to i32*, !dbg !50
	store i32 0, i32* %135, align 4, !dbg !50
	%v499 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v495), !dbg !50
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v495)
	%136 = icmp ne i8* %v499, null
	br i1 %136, label %b42, label %b43, !dbg !50

b42:
	%137 = bitcast i8* %v499 to i64*, !dbg !50
	store i64 1, i64* %137, align 8, !dbg !50
	br label %b43, !dbg !50

b43:
	ret i64 0, !dbg !50
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
!8 = distinct !DISubprogram(name: "BEGIN", scope: !0, file: !0, line: 211, type: !4, scopeLine: 211, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 211, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 211, scope: !8)
!12 = !DILocation(line: 221, scope: !8)
!13 = !DILocation(line: 225, scope: !8)
!14 = !DILocation(line: 230, scope: !8)
!15 = !DILocation(line: 253, scope: !8)
!16 = !DILocation(line: 281, scope: !8)
!17 = !DILocation(line: 304, scope: !8)
!18 = !DILocation(line: 328, scope: !8)
!19 = !DILocation(line: 362, scope: !8)
!20 = !DILocation(line: 378, scope: !8)
!21 = !DILocation(line: 446, scope: !8)
!22 = !DILocation(line: 452, scope: !8)
!23 = !DILocation(line: 473, scope: !8)
!24 = !DILocation(line: 500, scope: !8)
!25 = !DILocation(line: 540, scope: !8)
!26 = !DILocation(line: 573, scope: !8)
!27 = !DILocation(line: 651, scope: !8)
!28 = !DILocation(line: 818, scope: !8)
!29 = !DILocation(line: 855, scope: !8)
!30 = !DILocation(line: 899, scope: !8)
!31 = !DILocation(line: 911, scope: !8)
!32 = !DILocation(line: 919, scope: !8)
!33 = !DILocation(line: 928, scope: !8)
!34 = !DILocation(line: 952, scope: !8)
!35 = !DILocation(line: 960, scope: !8)
!36 = !DILocation(line: 964, scope: !8)
!37 = !DILocation(line: 978, scope: !8)
!38 = !DILocation(line: 1116, scope: !8)
!39 = !DILocation(line: 1129, scope: !8)
!40 = !DILocation(line: 1141, scope: !8)
!41 = !DILocation(line: 1149, scope: !8)
!42 = !DILocation(line: 1158, scope: !8)
!43 = !DILocation(line: 1167, scope: !8)
!44 = !DILocation(line: 1176, scope: !8)
!45 = !DILocation(line: 1186, scope: !8)
!46 = !DILocation(line: 1201, scope: !8)
!47 = !DILocation(line: 1196, scope: !8)
!48 = !DILocation(line: 1212, scope: !8)
!49 = !DILocation(line: 1206, scope: !8)
!50 = !DILocation(line: 1217, scope: !8)
