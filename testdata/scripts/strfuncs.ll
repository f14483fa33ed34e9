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
	%v645.slot = alloca [24 x i8], align 8
	%v645 = bitcast [24 x i8]* %v645.slot to i8*
	%v598.slot = alloca [24 x i8], align 8
	%v598 = bitcast [24 x i8]* %v598.slot to i8*
	%v567.slot = alloca [16 x i8], align 8
	%v567 = bitcast [16 x i8]* %v567.slot to i8*
	%v558.slot = alloca [16 x i8], align 8
	%v558 = bitcast [16 x i8]* %v558.slot to i8*
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
	%v361.slot = alloca [104 x i8], align 8
	%v361 = bitcast [104 x i8]* %v361.slot to i8*
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
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v7)
	%0 = bitcast i8* %v7 to i64*, !dbg !11
	store i64 0, i64* %0, align 8, !dbg !11
	%1 = getelementptr i8, i8* %v7, i64 8, !dbg !11
	%2 = bitcast i8* %1 to i64*, !dbg !11
	store i64 1, i64* %2, align 8, !dbg !11
	%3 = getelementptr i8, i8* %v7, i64 16, !dbg !11
	%4 = bitcast i8* %3 to i64*, !dbg !11
	store i64 0, i64* %4, align 8, !dbg !11
	%5 = getelementptr i8, i8* %v7, i64 24, !dbg !11
	%6 = bitcast i8* %5 to i64*, !dbg !11
	store i64 1, i64* %6, align 8, !dbg !11
	%v19 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v7, i64 32, i64 0), !dbg !11
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v7)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v32)
	%7 = bitcast i8* %v32 to i64*, !dbg !13
	store i64 1, i64* %7, align 8, !dbg !13
	%8 = getelementptr i8, i8* %v32, i64 8, !dbg !13
	%9 = bitcast i8* %8 to i64*, !dbg !13
	store i64 0, i64* %9, align 8, !dbg !13
	%10 = getelementptr i8, i8* %v32, i64 16, !dbg !13
	%11 = bitcast i8* %10 to i64*, !dbg !13
	store i64 1, i64* %11, align 8, !dbg !13
	%12 = getelementptr i8, i8* %v32, i64 24, !dbg !13
	%13 = bitcast i8* %12 to i64*, !dbg !13
	store i64 0, i64* %13, align 8, !dbg !13
	%14 = getelementptr i8, i8* %v32, i64 32, !dbg !13
	%15 = bitcast i8* %14 to i64*, !dbg !13
	store i64 0, i64* %15, align 8, !dbg !13
	%v71 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v32, i64 40, i64 0), !dbg !13
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v32)
	call void @llvm.lifetime.start.p0i8(i64 48, i8* %v72)
	%16 = bitcast i8* %v72 to i64*, !dbg !14
	store i64 2, i64* %16, align 8, !dbg !14
	%17 = getelementptr i8, i8* %v72, i64 8, !dbg !14
	%18 = bitcast i8* %17 to i64*, !dbg !14
	store i64 -8613303245920329199, i64* %18, align 8, !dbg !14
	%19 = getelementptr i8, i8* %v72, i64 16, !dbg !14
	%20 = bitcast i8* %19 to i64*, !dbg !14
	store i64 2018915346, i64* %20, align 8, !dbg !14
	%21 = getelementptr i8, i8* %v72, i64 24, !dbg !14
	%22 = bitcast i8* %21 to i64*, !dbg !14
	store i64 13330, i64* %22, align 8, !dbg !14
	%23 = getelementptr i8, i8* %v72, i64 32, !dbg !14
	%24 = bitcast i8* %23 to i64*, !dbg !14
	store i64 18, i64* %24, align 8, !dbg !14
	%25 = getelementptr i8, i8* %v72, i64 40, !dbg !14
	%26 = bitcast i8* %25 to i64*, !dbg !14
	store i64 4660, i64* %26, align 8, !dbg !14
	%v290 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v72, i64 48, i64 0), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 48, i8* %v72)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v291)
	%27 = bitcast i8* %v291 to i64*, !dbg !18
	store i64 30007, i64* %27, align 8, !dbg !18
	%28 = getelementptr i8, i8* %v291, i64 8, !dbg !18
	%29 = bitcast i8* %28 to i64*, !dbg !18
	store i64 0, i64* %29, align 8, !dbg !18
	%30 = getelementptr i8, i8* %v291, i64 16, !dbg !18
	%31 = bitcast i8* %30 to i64*, !dbg !18
	store i64 2018915346, i64* %31, align 8, !dbg !18
	%v327 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v291, i64 24, i64 0), !dbg !18
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v291)
	call void @llvm.lifetime.start.p0i8(i64 104, i8* %v328)
	%32 = bitcast i8* %v328 to i64*, !dbg !19
	store i64 3, i64* %32, align 8, !dbg !19
	%33 = getelementptr i8, i8* %v328, i64 8, !dbg !20
	%34 = bitcast i8* %33 to i64*, !dbg !20
	store i64 2, i64* %34, align 8, !dbg !20
	%35 = getelementptr i8, i8* %v328, i64 20, !dbg !20
	call void @llvm.memset.p0i8.i64(i8* align 4 %35, i8 0, i64 12, i1 false), !dbg !20
	%36 = getelementptr i8, i8* %v328, i64 16, !dbg !20
	%37 = bitcast i8* %36 to i32*, !dbg !20
	store i32 1, i32* %37, align 4, !dbg !20
	%38 = getelementptr i8, i8* %v328, i64 32, !dbg !21
	%39 = bitcast i8* %38 to i64*, !dbg !21
	store i64 2, i64* %39, align 8, !dbg !21
	%40 = getelementptr i8, i8* %v328, i64 44, !dbg !21
	call void @llvm.memset.p0i8.i64(i8* align 4 %40, i8 0, i64 12, i1 false), !dbg !21
	%41 = getelementptr i8, i8* %v328, i64 40, !dbg !21
	%42 = bitcast i8* %41 to i32*, !dbg !21
	store i32 16777343, i32* %42, align 4, !dbg !21
	%43 = getelementptr i8, i8* %v328, i64 56, !dbg !22
	%44 = bitcast i8* %43 to i64*, !dbg !22
	store i64 2, i64* %44, align 8, !dbg !22
	%45 = getelementptr i8, i8* %v328, i64 68, !dbg !22
	call void @llvm.memset.p0i8.i64(i8* align 4 %45, i8 0, i64 12, i1 false), !dbg !22
	%46 = getelementptr i8, i8* %v328, i64 64, !dbg !22
	%47 = bitcast i8* %46 to i32*, !dbg !22
	store i32 -65536, i32* %47, align 4, !dbg !22
	%48 = getelementptr i8, i8* %v328, i64 80, !dbg !23
	%49 = bitcast i8* %48 to i64*, !dbg !23
	store i64 2, i64* %49, align 8, !dbg !23
	%50 = getelementptr i8, i8* %v328, i64 92, !dbg !23
	call void @llvm.memset.p0i8.i64(i8* align 4 %50, i8 0, i64 12, i1 false), !dbg !23
	%51 = getelementptr i8, i8* %v328, i64 88, !dbg !23
	%52 = bitcast i8* %51 to i32*, !dbg !23
	store i32 16777343, i32* %52, align 4, !dbg !23
	%v360 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v328, i64 104, i64 0), !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 104, i8* %v328)
	call void @llvm.lifetime.start.p0i8(i64 104, i8* %v361)
	%53 = bitcast i8* %v361 to i64*, !dbg !24
	store i64 4, i64* %53, align 8, !dbg !24
	%54 = getelementptr i8, i8* %v361, i64 8, !dbg !25
	%55 = bitcast i8* %54 to i64*, !dbg !25
	store i64 10, i64* %55, align 8, !dbg !25
	%56 = getelementptr i8, i8* %v361, i64 16, !dbg !25
	%57 = bitcast i8* %56 to i64*, !dbg !25
	store i64 0, i64* %57, align 8, !dbg !25
	%58 = getelementptr i8, i8* %v361, i64 24, !dbg !25
	%59 = bitcast i8* %58 to i64*, !dbg !25
	store i64 u0x100000000000000, i64* %59, align 8, !dbg !25
	%60 = getelementptr i8, i8* %v361, i64 32, !dbg !26
	%61 = bitcast i8* %60 to i64*, !dbg !26
	store i64 10, i64* %61, align 8, !dbg !26
	%62 = getelementptr i8, i8* %v361, i64 40, !dbg !26
	%63 = bitcast i8* %62 to i64*, !dbg !26
	store i64 33022, i64* %63, align 8, !dbg !26
	%64 = getelementptr i8, i8* %v361, i64 48, !dbg !26
	%65 = bitcast i8* %64 to i64*, !dbg !26
	store i64 u0x200000000000100, i64* %65, align 8, !dbg !26
	%66 = getelementptr i8, i8* %v361, i64 56, !dbg !28
	%67 = bitcast i8* %66 to i64*, !dbg !28
	store i64 10, i64* %67, align 8, !dbg !28
	%68 = getelementptr i8, i8* %v361, i64 64, !dbg !28
	%69 = bitcast i8* %68 to i64*, !dbg !28
	store i64 0, i64* %69, align 8, !dbg !28
	%70 = getelementptr i8, i8* %v361, i64 72, !dbg !28
	%71 = bitcast i8* %70 to i64*, !dbg !28
	store i64 u0xFFFF0000, i64* %71, align 8, !dbg !28
	%72 = getelementptr i8, i8* %v361, i64 80, !dbg !29
	%73 = bitcast i8* %72 to i64*, !dbg !29
	store i64 10, i64* %73, align 8, !dbg !29
	%74 = getelementptr i8, i8* %v361, i64 88, !dbg !29
	%75 = bitcast i8* %74 to i64*, !dbg !29
	store i64 u0x200000000000100, i64* %75, align 8, !dbg !29
	%76 = getelementptr i8, i8* %v361, i64 96, !dbg !29
	%77 = bitcast i8* %76 to i64*, !dbg !29
	store i64 u0x300000000000000, i64* %77, align 8, !dbg !29
	%v435 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v361, i64 104, i64 0), !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 104, i8* %v361)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v436)
	%78 = bitcast i8* %v436 to i64*, !dbg !30
	store i64 5, i64* %78, align 8, !dbg !30
	%79 = getelementptr i8, i8* %v436, i64 8, !dbg !31
	%80 = bitcast i8* %79 to i64*, !dbg !31
	store i64 0, i64* %80, align 8, !dbg !31
	%81 = getelementptr i8, i8* %v436, i64 16, !dbg !32
	%82 = bitcast i8* %81 to i64*, !dbg !32
	store i64 2, i64* %82, align 8, !dbg !32
	%83 = getelementptr i8, i8* %v436, i64 24, !dbg !33
	%84 = bitcast i8* %83 to i64*, !dbg !33
	store i64 133, i64* %84, align 8, !dbg !33
	%85 = getelementptr i8, i8* %v436, i64 32, !dbg !34
	%86 = bitcast i8* %85 to i64*, !dbg !34
	store i64 -1, i64* %86, align 8, !dbg !34
	%v450 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v436, i64 40, i64 0), !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v436)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v451)
	%87 = bitcast i8* %v451 to i64*, !dbg !35
	store i64 2, i64* %87, align 8, !dbg !35
	%88 = getelementptr i8, i8* %v451, i64 12, !dbg !35
	call void @llvm.memset.p0i8.i64(i8* align 4 %88, i8 0, i64 12, i1 false), !dbg !35
	%89 = getelementptr i8, i8* %v451, i64 8, !dbg !35
	%90 = bitcast i8* %89 to i32*, !dbg !35
	store i32 16777343, i32* %90, align 4, !dbg !35
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v457)
	%91 = bitcast i8* %v457 to i64*, !dbg !36
	store i64 1, i64* %91, align 8, !dbg !36
	%v462 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ip to i8*), i8* %v457, i8* %v451, i64 0), !dbg !36
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v451)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v463)
	%92 = bitcast i8* %v463 to i64*, !dbg !37
	store i64 2, i64* %92, align 8, !dbg !37
	%93 = getelementptr i8, i8* %v463, i64 12, !dbg !37
	call void @llvm.memset.p0i8.i64(i8* align 4 %93, i8 0, i64 12, i1 false), !dbg !37
	%94 = getelementptr i8, i8* %v463, i64 8, !dbg !37
	%95 = bitcast i8* %94 to i32*, !dbg !37
	store i32 33554559, i32* %95, align 4, !dbg !37
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v469)
	%96 = bitcast i8* %v469 to i64*, !dbg !38
	store i64 2, i64* %96, align 8, !dbg !38
	%v474 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ip to i8*), i8* %v469, i8* %v463, i64 0), !dbg !38
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v469)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v463)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v475)
	%97 = bitcast i8* %v475 to i64*, !dbg !39
	store i64 13, i64* %97, align 8, !dbg !39
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v478)
	%98 = bitcast i8* %v478 to i64*, !dbg !40
	store i64 0, i64* %98, align 8, !dbg !40
	%v483 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_err to i8*), i8* %v478, i8* %v475, i64 0), !dbg !40
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v475)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v484)
	%99 = bitcast i8* %v484 to i64*, !dbg !41
	store i64 6, i64* %99, align 8, !dbg !41
	%100 = getelementptr i8, i8* %v484, i64 8, !dbg !42
	store i8 6, i8* %100, align 1, !dbg !42
	%101 = getelementptr i8, i8* %v484, i64 9, !dbg !42
	store i8 72, i8* %101, align 1, !dbg !42
	%102 = getelementptr i8, i8* %v484, i64 10, !dbg !42
	store i8 101, i8* %102, align 1, !dbg !42
	%103 = getelementptr i8, i8* %v484, i64 11, !dbg !42
	store i8 108, i8* %103, align 1, !dbg !42
	%104 = getelementptr i8, i8* %v484, i64 12, !dbg !42
	store i8 108, i8* %104, align 1, !dbg !42
	%105 = getelementptr i8, i8* %v484, i64 13, !dbg !42
	store i8 111, i8* %105, align 1, !dbg !42
	%106 = getelementptr i8, i8* %v484, i64 14, !dbg !42
	store i8 0, i8* %106, align 1, !dbg !42
	%107 = getelementptr i8, i8* %v484, i64 15, !dbg !43
	store i8 6, i8* %107, align 1, !dbg !43
	%108 = getelementptr i8, i8* %v484, i64 16, !dbg !43
	%109 = bitcast i8* %108 to i32*, !dbg !43
	store i32 1819043144, i32* %109, align 4, !dbg !43
	%110 = getelementptr i8, i8* %v484, i64 20, !dbg !43
	%111 = bitcast i8* %110 to i16*, !dbg !43
	store i16 111, i16* %111, align 2, !dbg !43
	%112 = getelementptr i8, i8* %v484, i64 22, !dbg !44
	store i8 5, i8* %112, align 1, !dbg !44
	%113 = getelementptr i8, i8* %v484, i64 23, !dbg !44
	store i8 97, i8* %113, align 1, !dbg !44
	%114 = getelementptr i8, i8* %v484, i64 24, !dbg !44
	store i8 9, i8* %114, align 1, !dbg !44
	%115 = getelementptr i8, i8* %v484, i64 25, !dbg !44
	store i8 98, i8* %115, align 1, !dbg !44
	%116 = getelementptr i8, i8* %v484, i64 26, !dbg !44
	store i8 -1, i8* %116, align 1, !dbg !44
	%117 = getelementptr i8, i8* %v484, i64 27, !dbg !44
	store i8 126, i8* %117, align 1, !dbg !44
	%118 = getelementptr i8, i8* %v484, i64 28, !dbg !41
	call void @llvm.memset.p0i8.i64(i8* align 4 %118, i8 0, i64 4, i1 false), !dbg !41
	%v545 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v484, i64 32, i64 0), !dbg !41
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v484)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v5)
	store i8 2, i8* %v5, align 1, !dbg !45
	%119 = getelementptr i8, i8* %v5, i64 1, !dbg !45
	store i8 104, i8* %119, align 1, !dbg !45
	%120 = getelementptr i8, i8* %v5, i64 2, !dbg !45
	store i8 105, i8* %120, align 1, !dbg !45
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v558)
	%121 = bitcast i8* %v558 to i64*, !dbg !46
	store i64 7, i64* %121, align 8, !dbg !46
	%122 = getelementptr i8, i8* %v558, i64 8, !dbg !47
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %122, i8* align 8 %v5, i64 3, i1 false), !dbg !47
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v5)
	%123 = getelementptr i8, i8* %v558, i64 11, !dbg !46
	call void @llvm.memset.p0i8.i64(i8* align 1 %123, i8 0, i64 5, i1 false), !dbg !46
	%v566 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v558, i64 16, i64 0), !dbg !46
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v558)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v567)
	store i8 8, i8* %v567, align 1, !dbg !48
	%124 = getelementptr i8, i8* %v567, i64 1, !dbg !48
	store i8 111, i8* %124, align 1, !dbg !48
	%125 = getelementptr i8, i8* %v567, i64 2, !dbg !48
	store i8 107, i8* %125, align 1, !dbg !48
	%126 = getelementptr i8, i8* %v567, i64 3, !dbg !48
	store i8 95, i8* %126, align 1, !dbg !48
	%127 = getelementptr i8, i8* %v567, i64 4, !dbg !48
	store i8 118, i8* %127, align 1, !dbg !48
	%128 = getelementptr i8, i8* %v567, i64 5, !dbg !48
	store i8 97, i8* %128, align 1, !dbg !48
	%129 = getelementptr i8, i8* %v567, i64 6, !dbg !48
	store i8 108, i8* %129, align 1, !dbg !48
	%130 = getelementptr i8, i8* %v567, i64 7, !dbg !48
	store i8 117, i8* %130, align 1, !dbg !48
	%131 = getelementptr i8, i8* %v567, i64 8, !dbg !48
	store i8 101, i8* %131, align 1, !dbg !48
	%v597 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_bv to i8*), i8* %v478, i8* %v567, i64 0), !dbg !49
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v567)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v478)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v598)
	%132 = getelementptr i8, i8* %v598, i64 8, !dbg !50
	call void @llvm.memset.p0i8.i64(i8* align 8 %132, i8 0, i64 1, i1 false), !dbg !50
	store i8 8, i8* %v598, align 1, !dbg !50
	%133 = getelementptr i8, i8* %v598, i64 1, !dbg !50
	store i8 111, i8* %133, align 1, !dbg !50
	%134 = getelementptr i8, i8* %v598, i64 2, !dbg !50
	store i8 107, i8* %134, align 1, !dbg !50
	%135 = getelementptr i8, i8* %v598, i64 3, !dbg !50
	store i8 95, i8* %135, align 1, !dbg !50
	%136 = getelementptr i8, i8* %v598, i64 4, !dbg !50
	store i8 107, i8* %136, align 1, !dbg !50
	%137 = getelementptr i8, i8* %v598, i64 5, !dbg !50
	store i8 101, i8* %137, align 1, !dbg !50
	%138 = getelementptr i8, i8* %v598, i64 6, !dbg !50
	store i8 121, i8* %138, align 1, !dbg !50
	%139 = getelementptr i8, i8* %v598, i64 7, !dbg !50
	store i8 0, i8* %139, align 1, !dbg !50
	%140 = getelementptr i8, i8* %v598, i64 9, !dbg !50
	store i8 1, i8* %140, align 1, !dbg !50
	%141 = getelementptr i8, i8* %v598, i64 10, !dbg !50
	%142 = bitcast i8* %141 to i16*, !dbg !50
	store i16 0, i16* %142, align 2, !dbg !50
	%143 = getelementptr i8, i8* %v598, i64 12, !dbg !50
	%144 = bitcast i8* %143 to i32*, !dbg !50
	store i32 0, i32* %144, align 4, !dbg !50
	%145 = getelementptr i8, i8* %v598, i64 16, !dbg !50
	store i8 0, i8* %145, align 1, !dbg !50
	%v636 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_bk to i8*), i8* %v598), !dbg !50
	%146 = icmp ne i8* %v636, null
	br i1 %146, label %b11, label %b12, !dbg !50

b11:
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v598)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v457)
	%147 = bitcast i8* %v636 to i64*, !dbg !50
	%v637 = load i64, i64* %147, align 8, !dbg !50
	%v638 = add i64 %v637, 1, !dbg !50
	%148 = bitcast i8* %v636 to i64*, !dbg !50
	store i64 %v638, i64* %148, align 8, !dbg !50
	br label %b13, !dbg !50

b12:
	%v644 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_bk to i8*), i8* %v598, i8* %v457, i64 0), !dbg !50
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v598)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v457)
	br label %b13, !dbg !50

b13:
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v645)
	%149 = bitcast i8* %v645 to i64*, !dbg !51
	store i64 30007, i64* %149, align 8, !dbg !51
	%150 = getelementptr i8, i8* %v645, i64 8, !dbg !51
	%151 = bitcast i8* %150 to i64*, !dbg !51
	store i64 1, i64* %151, align 8, !dbg !51
	%152 = getelementptr i8, i8* %v645, i64 16, !dbg !51
	store i8 2, i8* %152, align 1, !dbg !51
	%153 = getelementptr i8, i8* %v645, i64 17, !dbg !51
	store i8 120, i8* %153, align 1, !dbg !51
	%154 = getelementptr i8, i8* %v645, i64 18, !dbg !51
	store i8 121, i8* %154, align 1, !dbg !51
	%155 = getelementptr i8, i8* %v645, i64 19, !dbg !51
	call void @llvm.memset.p0i8.i64(i8* align 1 %155, i8 0, i64 5, i1 false), !dbg !51
	%v666 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v645, i64 24, i64 0), !dbg !51
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v645)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v667)
	%156 = bitcast i8* %v667 to i64*, !dbg !52
	store i64 30000, i64* %156, align 8, !dbg !52
	%v673 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v667, i64 8, i64 0), !dbg !52
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v667)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v674)
	%157 = bitcast i8* %v674 to i32*, !dbg !52
	store i32 0, i32* %157, align 4, !dbg !52
	%v678 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v674), !dbg !52
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v674)
	%158 = icmp ne i8* %v678, null
	br i1 %158, label %b14, label %b15, !dbg !52

b14:
	%159 = bitcast i8* %v678 to i64*, !dbg !52
	store i64 1, i64* %159, align 8, !dbg !52
	br label %b15, !dbg !52

b15:
	ret i64 0, !dbg !52
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
!8 = distinct !DISubprogram(name: "BEGIN", scope: !0, file: !0, line: 162, type: !4, scopeLine: 162, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 162, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 162, scope: !8)
!12 = !DILocation(line: 189, scope: !8)
!13 = !DILocation(line: 308, scope: !8)
!14 = !DILocation(line: 422, scope: !8)
!15 = !DILocation(line: 450, scope: !8)
!16 = !DILocation(line: 477, scope: !8)
!17 = !DILocation(line: 503, scope: !8)
!18 = !DILocation(line: 568, scope: !8)
!19 = !DILocation(line: 603, scope: !8)
!20 = !DILocation(line: 634, scope: !8)
!21 = !DILocation(line: 643, scope: !8)
!22 = !DILocation(line: 661, scope: !8)
!23 = !DILocation(line: 679, scope: !8)
!24 = !DILocation(line: 709, scope: !8)
!25 = !DILocation(line: 733, scope: !8)
!26 = !DILocation(line: 752, scope: !8)
!27 = !DILocation(line: 761, scope: !8)
!28 = !DILocation(line: 785, scope: !8)
!29 = !DILocation(line: 811, scope: !8)
!30 = !DILocation(line: 844, scope: !8)
!31 = !DILocation(line: 876, scope: !8)
!32 = !DILocation(line: 889, scope: !8)
!33 = !DILocation(line: 902, scope: !8)
!34 = !DILocation(line: 917, scope: !8)
!35 = !DILocation(line: 942, scope: !8)
!36 = !DILocation(line: 933, scope: !8)
!37 = !DILocation(line: 970, scope: !8)
!38 = !DILocation(line: 961, scope: !8)
!39 = !DILocation(line: 996, scope: !8)
!40 = !DILocation(line: 989, scope: !8)
!41 = !DILocation(line: 1011, scope: !8)
!42 = !DILocation(line: 1035, scope: !8)
!43 = !DILocation(line: 1054, scope: !8)
!44 = !DILocation(line: 1073, scope: !8)
!45 = !DILocation(line: 1102, scope: !8)
!46 = !DILocation(line: 1117, scope: !8)
!47 = !DILocation(line: 1134, scope: !8)
!48 = !DILocation(line: 1147, scope: !8)
!49 = !DILocation(line: 1141, scope: !8)
!50 = !DILocation(line: 1168, scope: !8)
!51 = !DILocation(line: 1205, scope: !8)
!52 = !DILocation(line: 1227, scope: !8)
