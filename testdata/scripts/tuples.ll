target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_grow = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_idx = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_k = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 6, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_str = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 2, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_t = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_x = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 24, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" !dbg !8 {
b0:
	%v238.slot = alloca [8 x i8], align 8
	%v238 = bitcast [8 x i8]* %v238.slot to i8*
	%v231.slot = alloca [8 x i8], align 8
	%v231 = bitcast [8 x i8]* %v231.slot to i8*
	%v218.slot = alloca [32 x i8], align 8
	%v218 = bitcast [32 x i8]* %v218.slot to i8*
	%v207.slot = alloca [24 x i8], align 8
	%v207 = bitcast [24 x i8]* %v207.slot to i8*
	%v200.slot = alloca [8 x i8], align 8
	%v200 = bitcast [8 x i8]* %v200.slot to i8*
	%v186.slot = alloca [24 x i8], align 8
	%v186 = bitcast [24 x i8]* %v186.slot to i8*
	%v180.slot = alloca [8 x i8], align 8
	%v180 = bitcast [8 x i8]* %v180.slot to i8*
	%v171.slot = alloca [8 x i8], align 8
	%v171 = bitcast [8 x i8]* %v171.slot to i8*
	%v170.slot = alloca [8 x i8], align 8
	%v170 = bitcast [8 x i8]* %v170.slot to i8*
	%v169.slot = alloca [8 x i8], align 8
	%v169 = bitcast [8 x i8]* %v169.slot to i8*
	%v163.slot = alloca [8 x i8], align 8
	%v163 = bitcast [8 x i8]* %v163.slot to i8*
	%v153.slot = alloca [8 x i8], align 8
	%v153 = bitcast [8 x i8]* %v153.slot to i8*
	%v152.slot = alloca [8 x i8], align 8
	%v152 = bitcast [8 x i8]* %v152.slot to i8*
	%v151.slot = alloca [8 x i8], align 8
	%v151 = bitcast [8 x i8]* %v151.slot to i8*
	%v145.slot = alloca [8 x i8], align 8
	%v145 = bitcast [8 x i8]* %v145.slot to i8*
	%v138.slot = alloca [24 x i8], align 8
	%v138 = bitcast [24 x i8]* %v138.slot to i8*
	%v132.slot = alloca [8 x i8], align 8
	%v132 = bitcast [8 x i8]* %v132.slot to i8*
	%v126.slot = alloca [24 x i8], align 8
	%v126 = bitcast [24 x i8]* %v126.slot to i8*
	%v120.slot = alloca [8 x i8], align 8
	%v120 = bitcast [8 x i8]* %v120.slot to i8*
	%v113.slot = alloca [16 x i8], align 8
	%v113 = bitcast [16 x i8]* %v113.slot to i8*
	%v107.slot = alloca [8 x i8], align 8
	%v107 = bitcast [8 x i8]* %v107.slot to i8*
	%v98.slot = alloca [8 x i8], align 8
	%v98 = bitcast [8 x i8]* %v98.slot to i8*
	%v92.slot = alloca [8 x i8], align 8
	%v92 = bitcast [8 x i8]* %v92.slot to i8*
	%v83.slot = alloca [8 x i8], align 8
	%v83 = bitcast [8 x i8]* %v83.slot to i8*
	%v77.slot = alloca [8 x i8], align 8
	%v77 = bitcast [8 x i8]* %v77.slot to i8*
	%v68.slot = alloca [8 x i8], align 8
	%v68 = bitcast [8 x i8]* %v68.slot to i8*
	%v52.slot = alloca [16 x i8], align 8
	%v52 = bitcast [16 x i8]* %v52.slot to i8*
	%v45.slot = alloca [16 x i8], align 8
	%v45 = bitcast [16 x i8]* %v45.slot to i8*
	%v37.slot = alloca [48 x i8], align 8
	%v37 = bitcast [48 x i8]* %v37.slot to i8*
	%v16.slot = alloca [8 x i8], align 8
	%v16 = bitcast [8 x i8]* %v16.slot to i8*
	%v11.slot = alloca [16 x i8], align 8
	%v11 = bitcast [16 x i8]* %v11.slot to i8*
	%v5.slot = alloca [8 x i8], align 8
	%v5 = bitcast [8 x i8]* %v5.slot to i8*
	%v3.slot = alloca [16 x i8], align 8
	%v3 = bitcast [16 x i8]* %v3.slot to i8*
	%v1.slot = alloca [24 x i8], align 8
	%v1 = bitcast [24 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v1)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v1, i8 0, i64 24, i1 false), !dbg !11
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v3)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v3, i8 0, i64 16, i1 false), !dbg !11
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v5)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v5, i8 0, i64 6, i1 false), !dbg !11
	%0 = bitcast i8* %v3 to i64*, !dbg !12
	store i64 1, i64* %0, align 8, !dbg !12
	%1 = getelementptr i8, i8* %v3, i64 8, !dbg !13
	%2 = bitcast i8* %1 to i32*, !dbg !13
	store i32 7305076, i32* %2, align 4, !dbg !13
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v11)
	%3 = bitcast i8* %v11 to i64*, !dbg !14
	store i64 1, i64* %3, align 8, !dbg !14
	%4 = getelementptr i8, i8* %v11, i64 8, !dbg !15
	%5 = bitcast i8* %4 to i16*, !dbg !15
	store i16 120, i16* %5, align 2, !dbg !15
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v16)
	%6 = bitcast i8* %v16 to i64*, !dbg !16
	store i64 0, i64* %6, align 8, !dbg !16
	%v21 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_t to i8*), i8* %v16, i8* %v11, i64 0), !dbg !16
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v16)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v11)
	%7 = bitcast i8* %v1 to i64*, !dbg !17
	store i64 7, i64* %7, align 8, !dbg !17
	%8 = getelementptr i8, i8* %v1, i64 8, !dbg !18
	%9 = bitcast i8* %8 to i16*, !dbg !18
	store i16 28265, i16* %9, align 2, !dbg !18
	%10 = getelementptr i8, i8* %v1, i64 10, !dbg !18
	store i8 0, i8* %10, align 1, !dbg !18
	%11 = getelementptr i8, i8* %v1, i64 16, !dbg !17
	store i8 -2, i8* %11, align 1, !dbg !17
	%12 = getelementptr i8, i8* %v1, i64 17, !dbg !20
	store i8 111, i8* %12, align 1, !dbg !20
	%13 = getelementptr i8, i8* %v1, i64 18, !dbg !20
	%14 = bitcast i8* %13 to i16*, !dbg !20
	store i16 29813, i16* %14, align 2, !dbg !20
	%15 = getelementptr i8, i8* %v1, i64 20, !dbg !20
	store i8 0, i8* %15, align 1, !dbg !20
	call void @llvm.lifetime.start.p0i8(i64 48, i8* %v37)
	%16 = bitcast i8* %v37 to i64*, !dbg !21
	store i64 0, i64* %16, align 8, !dbg !21
	%17 = bitcast i8* %v3 to i64*, !dbg !22
	%v40 = load i64, i64* %17, align 8, !dbg !22
	%18 = getelementptr i8, i8* %v37, i64 8, !dbg !21
	%19 = bitcast i8* %18 to i64*, !dbg !21
	store i64 %v40, i64* %19, align 8, !dbg !21
	%20 = getelementptr i8, i8* %v3, i64 8, !dbg !23
	%21 = bitcast i8* %20 to i32*, !dbg !23
	%22 = load i32, i32* %21, align 4, !dbg !23
	%v42 = zext i32 %22 to i64, !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v3)
	%23 = trunc i64 %v42 to i32, !dbg !23
	%24 = getelementptr i8, i8* %v37, i64 16, !dbg !23
	%25 = bitcast i8* %24 to i32*, !dbg !23
	store i32 %23, i32* %25, align 4, !dbg !23
	%26 = getelementptr i8, i8* %v37, i64 20, !dbg !21
	call void @llvm.memset.p0i8.i64(i8* align 4 %26, i8 0, i64 4, i1 false), !dbg !21
	%27 = bitcast i8* %v1 to i64*, !dbg !24
	%v46 = load i64, i64* %27, align 8, !dbg !24
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v45)
	%28 = bitcast i8* %v45 to i64*, !dbg !24
	store i64 %v46, i64* %28, align 8, !dbg !24
	%29 = getelementptr i8, i8* %v1, i64 8, !dbg !24
	%30 = bitcast i8* %29 to i64*, !dbg !24
	%v48 = load i64, i64* %30, align 8, !dbg !24
	%31 = getelementptr i8, i8* %v45, i64 8, !dbg !24
	%32 = bitcast i8* %31 to i64*, !dbg !24
	store i64 %v48, i64* %32, align 8, !dbg !24
	%33 = bitcast i8* %v45 to i64*, !dbg !24
	%v50 = load i64, i64* %33, align 8, !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v45)
	%34 = getelementptr i8, i8* %v37, i64 24, !dbg !21
	%35 = bitcast i8* %34 to i64*, !dbg !21
	store i64 %v50, i64* %35, align 8, !dbg !21
	%36 = bitcast i8* %v1 to i64*, !dbg !25
	%v53 = load i64, i64* %36, align 8, !dbg !25
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v52)
	%37 = bitcast i8* %v52 to i64*, !dbg !25
	store i64 %v53, i64* %37, align 8, !dbg !25
	%38 = getelementptr i8, i8* %v1, i64 8, !dbg !25
	%39 = bitcast i8* %38 to i64*, !dbg !25
	%v55 = load i64, i64* %39, align 8, !dbg !25
	%40 = getelementptr i8, i8* %v52, i64 8, !dbg !25
	%41 = bitcast i8* %40 to i64*, !dbg !25
	store i64 %v55, i64* %41, align 8, !dbg !25
	%42 = getelementptr i8, i8* %v52, i64 8, !dbg !25
	%43 = bitcast i8* %42 to i16*, !dbg !25
	%44 = load i16, i16* %43, align 2, !dbg !25
	%v57 = zext i16 %44 to i64, !dbg !25
	%45 = trunc i64 %v57 to i16, !dbg !25
	%46 = getelementptr i8, i8* %v37, i64 32, !dbg !25
	%47 = bitcast i8* %46 to i16*, !dbg !25
	store i16 %45, i16* %47, align 2, !dbg !25
	%48 = getelementptr i8, i8* %v52, i64 10, !dbg !25
	%49 = load i8, i8* %48, align 1, !dbg !25
	%v59 = zext i8 %49 to i64, !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v52)
	%50 = trunc i64 %v59 to i8, !dbg !25
	%51 = getelementptr i8, i8* %v37, i64 34, !dbg !25
	store i8 %50, i8* %51, align 1, !dbg !25
	%52 = getelementptr i8, i8* %v37, i64 35, !dbg !21
	call void @llvm.memset.p0i8.i64(i8* align 1 %52, i8 0, i64 5, i1 false), !dbg !21
	%53 = getelementptr i8, i8* %v1, i64 16, !dbg !26
	%54 = load i8, i8* %53, align 1, !dbg !26
	%v62 = sext i8 %54 to i64, !dbg !26
	%55 = getelementptr i8, i8* %v37, i64 40, !dbg !21
	%56 = bitcast i8* %55 to i64*, !dbg !21
	store i64 %v62, i64* %56, align 8, !dbg !21
	%v67 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v37, i64 48, i64 0), !dbg !21
	call void @llvm.lifetime.end.p0i8(i64 48, i8* %v37)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v68)
	%57 = bitcast i8* %v68 to i16*, !dbg !27
	store i16 99, i16* %57, align 2, !dbg !27
	%58 = getelementptr i8, i8* %v68, i64 2, !dbg !27
	%59 = bitcast i8* %58 to i16*, !dbg !27
	store i16 3, i16* %59, align 2, !dbg !27
	%60 = getelementptr i8, i8* %v68, i64 4, !dbg !27
	store i8 -1, i8* %60, align 1, !dbg !27
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v77)
	%61 = bitcast i8* %v77 to i64*, !dbg !30
	store i64 3, i64* %61, align 8, !dbg !30
	%v82 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k to i8*), i8* %v77, i8* %v68, i64 0), !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v77)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v68)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v83)
	%62 = bitcast i8* %v83 to i16*, !dbg !31
	store i16 97, i16* %62, align 2, !dbg !31
	%63 = getelementptr i8, i8* %v83, i64 2, !dbg !31
	%64 = bitcast i8* %63 to i16*, !dbg !31
	store i16 -1, i16* %64, align 2, !dbg !31
	%65 = getelementptr i8, i8* %v83, i64 4, !dbg !31
	store i8 1, i8* %65, align 1, !dbg !31
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v92)
	%66 = bitcast i8* %v92 to i64*, !dbg !33
	store i64 1, i64* %66, align 8, !dbg !33
	%v97 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k to i8*), i8* %v92, i8* %v83, i64 0), !dbg !33
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v92)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v83)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v98)
	%67 = bitcast i8* %v98 to i16*, !dbg !34
	store i16 98, i16* %67, align 2, !dbg !34
	%68 = getelementptr i8, i8* %v98, i64 2, !dbg !34
	%69 = bitcast i8* %68 to i16*, !dbg !34
	store i16 2, i16* %69, align 2, !dbg !34
	%70 = getelementptr i8, i8* %v98, i64 4, !dbg !34
	store i8 2, i8* %70, align 1, !dbg !34
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v107)
	%71 = bitcast i8* %v107 to i64*, !dbg !36
	store i64 2, i64* %71, align 8, !dbg !36
	%v112 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k to i8*), i8* %v107, i8* %v98, i64 0), !dbg !36
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v107)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v98)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v113)
	%72 = bitcast i8* %v113 to i32*, !dbg !37
	store i32 1819043176, i32* %72, align 4, !dbg !37
	%73 = getelementptr i8, i8* %v113, i64 4, !dbg !37
	%74 = bitcast i8* %73 to i16*, !dbg !37
	store i16 111, i16* %74, align 2, !dbg !37
	%75 = getelementptr i8, i8* %v113, i64 8, !dbg !37
	%76 = bitcast i8* %75 to i64*, !dbg !37
	store i64 0, i64* %76, align 8, !dbg !37
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v120)
	%77 = bitcast i8* %v120 to i64*, !dbg !38
	store i64 0, i64* %77, align 8, !dbg !38
	%v125 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_grow to i8*), i8* %v120, i8* %v113, i64 0), !dbg !38
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v120)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v113)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v126)
	%78 = bitcast i8* %v126 to i32*, !dbg !39
	store i32 6513249, i32* %78, align 4, !dbg !39
	%79 = getelementptr i8, i8* %v126, i64 8, !dbg !39
	%80 = bitcast i8* %79 to i64*, !dbg !39
	store i64 2, i64* %80, align 8, !dbg !39
	%81 = getelementptr i8, i8* %v126, i64 16, !dbg !39
	call void @llvm.memset.p0i8.i64(i8* align 8 %81, i8 0, i64 8, i1 false), !dbg !39
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v132)
	%82 = bitcast i8* %v132 to i64*, !dbg !40
	store i64 1, i64* %82, align 8, !dbg !40
	%v137 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_x to i8*), i8* %v132, i8* %v126, i64 0), !dbg !40
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v132)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v126)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v138)
	%83 = bitcast i8* %v138 to i64*, !dbg !41
	store i64 7523094288207667809, i64* %83, align 8, !dbg !41
	%84 = getelementptr i8, i8* %v138, i64 8, !dbg !41
	store i8 0, i8* %84, align 1, !dbg !41
	%85 = getelementptr i8, i8* %v138, i64 16, !dbg !41
	%86 = bitcast i8* %85 to i64*, !dbg !41
	store i64 3, i64* %86, align 8, !dbg !41
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v145)
	%87 = bitcast i8* %v145 to i64*, !dbg !42
	store i64 2, i64* %87, align 8, !dbg !42
	%v150 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_x to i8*), i8* %v145, i8* %v138, i64 0), !dbg !42
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v145)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v138)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v153)
	%88 = bitcast i8* %v153 to i64*, !dbg !43
	store i64 1, i64* %88, align 8, !dbg !43
	%v157 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k to i8*), i8* %v153), !dbg !43
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v153)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v152)
	%89 = icmp ne i8* %v157, null
	br i1 %89, label %b1, label %b2, !dbg !43

b1:
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %v152, i8* align 8 %v157, i64 6, i1 false), !dbg !43
	br label %b3, !dbg !43

b2:
	call void @llvm.memset.p0i8.i64(i8* align 8 %v152, i8 0, i64 6, i1 false), !dbg !43
	br label %b3, !dbg !43

b3:
	%90 = getelementptr i8, i8* %v152, i64 2, !dbg !43
	%91 = bitcast i8* %90 to i16*, !dbg !43
	%92 = load i16, i16* %91, align 2, !dbg !43
	%v160 = sext i16 %92 to i64, !dbg !43
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v152)
	%93 = trunc i64 %v160 to i16, !dbg !44
	%v161 = sext i16 %93 to i64, !dbg !44
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v151)
	%94 = bitcast i8* %v151 to i64*, !dbg !44
	store i64 %v161, i64* %94, align 8, !dbg !44
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v163)
	%95 = bitcast i8* %v163 to i64*, !dbg !44
	store i64 0, i64* %95, align 8, !dbg !44
	%v168 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_idx to i8*), i8* %v163, i8* %v151, i64 0), !dbg !44
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v163)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v151)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v171)
	%96 = bitcast i8* %v171 to i64*, !dbg !45
	store i64 3, i64* %96, align 8, !dbg !45
	%v175 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k to i8*), i8* %v171), !dbg !45
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v171)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v170)
	%97 = icmp ne i8* %v175, null
	br i1 %97, label %b4, label %b5, !dbg !45

b4:
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %v170, i8* align 8 %v175, i64 6, i1 false), !dbg !45
	br label %b6, !dbg !45

b5:
	call void @llvm.memset.p0i8.i64(i8* align 8 %v170, i8 0, i64 6, i1 false), !dbg !45
	br label %b6, !dbg !45

b6:
	%98 = bitcast i8* %v170 to i16*, !dbg !45
	%99 = load i16, i16* %98, align 2, !dbg !45
	%v178 = zext i16 %99 to i64, !dbg !45
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v170)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v169)
	%100 = trunc i64 %v178 to i16, !dbg !45
	%101 = bitcast i8* %v169 to i16*, !dbg !45
	store i16 %100, i16* %101, align 2, !dbg !45
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v180)
	%102 = bitcast i8* %v180 to i64*, !dbg !46
	store i64 0, i64* %102, align 8, !dbg !46
	%v185 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_str to i8*), i8* %v180, i8* %v169, i64 0), !dbg !46
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v180)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v169)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v186)
	%103 = bitcast i8* %v186 to i64*, !dbg !47
	store i64 30001, i64* %103, align 8, !dbg !47
	%104 = getelementptr i8, i8* %v186, i64 8, !dbg !47
	%105 = bitcast i8* %104 to i32*, !dbg !47
	store i32 4, i32* %105, align 4, !dbg !47
	%106 = getelementptr i8, i8* %v186, i64 12, !dbg !47
	%107 = bitcast i8* %106 to i32*, !dbg !47
	store i32 0, i32* %107, align 4, !dbg !47
	%108 = getelementptr i8, i8* %v186, i64 16, !dbg !47
	%109 = bitcast i8* %108 to i32*, !dbg !47
	store i32 0, i32* %109, align 4, !dbg !47
	%110 = getelementptr i8, i8* %v186, i64 20, !dbg !47
	call void @llvm.memset.p0i8.i64(i8* align 4 %110, i8 0, i64 4, i1 false), !dbg !47
	%v199 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v186, i64 24, i64 0), !dbg !47
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v186)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v200)
	%111 = bitcast i8* %v200 to i64*, !dbg !48
	store i64 2, i64* %111, align 8, !dbg !48
	%v204 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k to i8*), i8* %v200), !dbg !48
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v200)
	%112 = icmp ne i8* %v204, null
	br i1 %112, label %b7, label %b8, !dbg !48

b7:
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %v5, i8* align 8 %v204, i64 6, i1 false), !dbg !48
	br label %b9, !dbg !48

b8:
	call void @llvm.memset.p0i8.i64(i8* align 8 %v5, i8 0, i64 6, i1 false), !dbg !48
	br label %b9, !dbg !48

b9:
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v207)
	%113 = bitcast i8* %v207 to i64*, !dbg !49
	store i64 30007, i64* %113, align 8, !dbg !49
	%114 = getelementptr i8, i8* %v207, i64 8, !dbg !49
	%115 = bitcast i8* %114 to i64*, !dbg !49
	store i64 0, i64* %115, align 8, !dbg !49
	%116 = getelementptr i8, i8* %v207, i64 16, !dbg !49
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %116, i8* align 8 %v5, i64 6, i1 false), !dbg !49
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v5)
	%117 = getelementptr i8, i8* %v207, i64 22, !dbg !49
	call void @llvm.memset.p0i8.i64(i8* align 2 %117, i8 0, i64 2, i1 false), !dbg !49
	%v217 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v207, i64 24, i64 0), !dbg !49
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v207)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v218)
	%118 = bitcast i8* %v218 to i64*, !dbg !50
	store i64 30007, i64* %118, align 8, !dbg !50
	%119 = getelementptr i8, i8* %v218, i64 8, !dbg !50
	%120 = bitcast i8* %119 to i64*, !dbg !50
	store i64 1, i64* %120, align 8, !dbg !50
	%121 = bitcast i8* %v1 to i64*, !dbg !50
	%v223 = load i64, i64* %121, align 8, !dbg !50
	%122 = getelementptr i8, i8* %v218, i64 16, !dbg !50
	%123 = bitcast i8* %122 to i64*, !dbg !50
	store i64 %v223, i64* %123, align 8, !dbg !50
	%124 = getelementptr i8, i8* %v1, i64 8, !dbg !50
	%125 = bitcast i8* %124 to i64*, !dbg !50
	%v225 = load i64, i64* %125, align 8, !dbg !50
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v1)
	%126 = getelementptr i8, i8* %v218, i64 24, !dbg !50
	%127 = bitcast i8* %126 to i64*, !dbg !50
	store i64 %v225, i64* %127, align 8, !dbg !50
	%v230 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v218, i64 32, i64 0), !dbg !50
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v218)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v231)
	%128 = bitcast i8* %v231 to i64*, !dbg !51
	store i64 30000, i64* %128, align 8, !dbg !51
	%v237 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v231, i64 8, i64 0), !dbg !51
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v231)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v238)
	%129 = bitcast i8* %v238 to i32*, !dbg !51
	store i32 0, i32* %129, align 4, !dbg !51
	%v242 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v238), !dbg !51
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v238)
	%130 = icmp ne i8* %v242, null
	br i1 %130, label %b10, label %b11, !dbg !51

b10:
	%131 = bitcast i8* %v242 to i64*, !dbg !51
	store i64 1, i64* %131, align 8, !dbg !51
	br label %b11, !dbg !51

b11:
	ret i64 0, !dbg !51
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memset.p0i8.i64(i8* %0, i8 %1, i64 %2, i1 %3) argmemonly nounwind

declare void @llvm.memcpy.p0i8.p0i8.i64(i8* %0, i8* %1, i64 %2, i1 %3) argmemonly nounwind

define i64 @END(i8* %ctx) nounwind section "bpftc/END" !dbg !52 {
b0:
	%v8.slot = alloca [8 x i8], align 8
	%v8 = bitcast [8 x i8]* %v8.slot to i8*
	%v1.slot = alloca [16 x i8], align 8
	%v1 = bitcast [16 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v1)
	%0 = bitcast i8* %v1 to i16*, !dbg !55
	store i16 26984, i16* %0, align 2, !dbg !55
	%1 = getelementptr i8, i8* %v1, i64 2, !dbg !55
	store i8 0, i8* %1, align 1, !dbg !55
	%2 = getelementptr i8, i8* %v1, i64 8, !dbg !55
	%3 = bitcast i8* %2 to i64*, !dbg !55
	store i64 1, i64* %3, align 8, !dbg !55
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v8)
	%4 = bitcast i8* %v8 to i64*, !dbg !57
	store i64 0, i64* %4, align 8, !dbg !57
	%v13 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_grow to i8*), i8* %v8, i8* %v1, i64 0), !dbg !57
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v8)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v1)
	ret i64 0, !dbg !57
}

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
!12 = !DILocation(line: 228, scope: !8)
!13 = !DILocation(line: 232, scope: !8)
!14 = !DILocation(line: 246, scope: !8)
!15 = !DILocation(line: 250, scope: !8)
!16 = !DILocation(line: 241, scope: !8)
!17 = !DILocation(line: 262, scope: !8)
!18 = !DILocation(line: 267, scope: !8)
!19 = !DILocation(line: 274, scope: !8)
!20 = !DILocation(line: 284, scope: !8)
!21 = !DILocation(line: 293, scope: !8)
!22 = !DILocation(line: 320, scope: !8)
!23 = !DILocation(line: 326, scope: !8)
!24 = !DILocation(line: 332, scope: !8)
!25 = !DILocation(line: 340, scope: !8)
!26 = !DILocation(line: 348, scope: !8)
!27 = !DILocation(line: 364, scope: !8)
!28 = !DILocation(line: 370, scope: !8)
!29 = !DILocation(line: 380, scope: !8)
!30 = !DILocation(line: 356, scope: !8)
!31 = !DILocation(line: 402, scope: !8)
!32 = !DILocation(line: 408, scope: !8)
!33 = !DILocation(line: 394, scope: !8)
!34 = !DILocation(line: 439, scope: !8)
!35 = !DILocation(line: 445, scope: !8)
!36 = !DILocation(line: 431, scope: !8)
!37 = !DILocation(line: 475, scope: !8)
!38 = !DILocation(line: 467, scope: !8)
!39 = !DILocation(line: 498, scope: !8)
!40 = !DILocation(line: 490, scope: !8)
!41 = !DILocation(line: 519, scope: !8)
!42 = !DILocation(line: 511, scope: !8)
!43 = !DILocation(line: 544, scope: !8)
!44 = !DILocation(line: 537, scope: !8)
!45 = !DILocation(line: 561, scope: !8)
!46 = !DILocation(line: 554, scope: !8)
!47 = !DILocation(line: 571, scope: !8)
!48 = !DILocation(line: 588, scope: !8)
!49 = !DILocation(line: 596, scope: !8)
!50 = !DILocation(line: 608, scope: !8)
!51 = !DILocation(line: 622, scope: !8)
!52 = distinct !DISubprogram(name: "END", scope: !0, file: !0, line: 648, type: !4, scopeLine: 648, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !54)
!53 = !DILocalVariable(name: "ctx", arg: 1, scope: !52, file: !0, line: 648, type: !3)
!54 = !{!53}
!55 = !DILocation(line: 648, scope: !52)
!56 = !DILocation(line: 655, scope: !52)
!57 = !DILocation(line: 640, scope: !52)
