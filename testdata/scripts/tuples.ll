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
	%v152.slot = alloca [8 x i8], align 8
	%v152 = bitcast [8 x i8]* %v152.slot to i8*
	%v151.slot = alloca [8 x i8], align 8
	%v151 = bitcast [8 x i8]* %v151.slot to i8*
	%v138.slot = alloca [24 x i8], align 8
	%v138 = bitcast [24 x i8]* %v138.slot to i8*
	%v126.slot = alloca [24 x i8], align 8
	%v126 = bitcast [24 x i8]* %v126.slot to i8*
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
	%v37.slot = alloca [48 x i8], align 8
	%v37 = bitcast [48 x i8]* %v37.slot to i8*
	%v16.slot = alloca [8 x i8], align 8
	%v16 = bitcast [8 x i8]* %v16.slot to i8*
	%v11.slot = alloca [16 x i8], align 8
	%v11 = bitcast [16 x i8]* %v11.slot to i8*
	%v5.slot = alloca [8 x i8], align 8
	%v5 = bitcast [8 x i8]* %v5.slot to i8*
	%v1.slot = alloca [24 x i8], align 8
	%v1 = bitcast [24 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v1)
	%0 = getelementptr i8, i8* %v1, i64 11, !dbg !11
	call void @llvm.memset.p0i8.i64(i8* align 1 %0, i8 0, i64 5, i1 false), !dbg !11
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v11)
	%1 = bitcast i8* %v11 to i64*, !dbg !14
	store i64 1, i64* %1, align 8, !dbg !14
	%2 = getelementptr i8, i8* %v11, i64 8, !dbg !15
	%3 = bitcast i8* %2 to i16*, !dbg !15
	store i16 120, i16* %3, align 2, !dbg !15
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v16)
	%4 = bitcast i8* %v16 to i64*, !dbg !16
	store i64 0, i64* %4, align 8, !dbg !16
	%v21 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_t to i8*), i8* %v16, i8* %v11, i64 0), !dbg !16
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v11)
	%5 = bitcast i8* %v1 to i64*, !dbg !17
	store i64 7, i64* %5, align 8, !dbg !17
	%6 = getelementptr i8, i8* %v1, i64 8, !dbg !18
	%7 = bitcast i8* %6 to i16*, !dbg !18
	store i16 28265, i16* %7, align 2, !dbg !18
	%8 = getelementptr i8, i8* %v1, i64 10, !dbg !18
	store i8 0, i8* %8, align 1, !dbg !18
	call void @llvm.lifetime.start.p0i8(i64 48, i8* %v37)
	%9 = bitcast i8* %v37 to i64*, !dbg !21
	store i64 0, i64* %9, align 8, !dbg !21
	%10 = getelementptr i8, i8* %v37, i64 8, !dbg !21
	%11 = bitcast i8* %10 to i64*, !dbg !21
	store i64 1, i64* %11, align 8, !dbg !21
	%12 = getelementptr i8, i8* %v37, i64 16, !dbg !22
	%13 = bitcast i8* %12 to i32*, !dbg !22
	store i32 7305076, i32* %13, align 4, !dbg !22
	%14 = getelementptr i8, i8* %v37, i64 20, !dbg !21
	call void @llvm.memset.p0i8.i64(i8* align 4 %14, i8 0, i64 4, i1 false), !dbg !21
	%15 = getelementptr i8, i8* %v1, i64 8, !dbg !23
	%16 = bitcast i8* %15 to i64*, !dbg !23
	%v48 = load i64, i64* %16, align 8, !dbg !23
	%17 = getelementptr i8, i8* %v37, i64 24, !dbg !21
	%18 = bitcast i8* %17 to i64*, !dbg !21
	store i64 7, i64* %18, align 8, !dbg !21
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v52)
	%19 = getelementptr i8, i8* %v52, i64 8, !dbg !24
	%20 = bitcast i8* %19 to i64*, !dbg !24
	store i64 %v48, i64* %20, align 8, !dbg !24
	%21 = getelementptr i8, i8* %v52, i64 8, !dbg !24
	%22 = bitcast i8* %21 to i16*, !dbg !24
	%23 = load i16, i16* %22, align 2, !dbg !24
	%v57 = zext i16 %23 to i64, !dbg !24
	%24 = trunc i64 %v57 to i16, !dbg !24
	%25 = getelementptr i8, i8* %v37, i64 32, !dbg !24
	%26 = bitcast i8* %25 to i16*, !dbg !24
	store i16 %24, i16* %26, align 2, !dbg !24
	%27 = getelementptr i8, i8* %v52, i64 10, !dbg !24
	%28 = load i8, i8* %27, align 1, !dbg !24
	%v59 = zext i8 %28 to i64, !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v52)
	%29 = trunc i64 %v59 to i8, !dbg !24
	%30 = getelementptr i8, i8* %v37, i64 34, !dbg !24
	store i8 %29, i8* %30, align 1, !dbg !24
	%31 = getelementptr i8, i8* %v37, i64 35, !dbg !21
	call void @llvm.memset.p0i8.i64(i8* align 1 %31, i8 0, i64 5, i1 false), !dbg !21
	%32 = getelementptr i8, i8* %v37, i64 40, !dbg !21
	%33 = bitcast i8* %32 to i64*, !dbg !21
	store i64 -2, i64* %33, align 8, !dbg !21
	%v67 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v37, i64 48, i64 0), !dbg !21
	call void @llvm.lifetime.end.p0i8(i64 48, i8* %v37)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v68)
	%34 = bitcast i8* %v68 to i16*, !dbg !25
	store i16 99, i16* %34, align 2, !dbg !25
	%35 = getelementptr i8, i8* %v68, i64 2, !dbg !25
	%36 = bitcast i8* %35 to i16*, !dbg !25
	store i16 3, i16* %36, align 2, !dbg !25
	%37 = getelementptr i8, i8* %v68, i64 4, !dbg !25
	store i8 -1, i8* %37, align 1, !dbg !25
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v77)
	%38 = bitcast i8* %v77 to i64*, !dbg !28
	store i64 3, i64* %38, align 8, !dbg !28
	%v82 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k to i8*), i8* %v77, i8* %v68, i64 0), !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v77)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v68)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v83)
	%39 = bitcast i8* %v83 to i16*, !dbg !29
	store i16 97, i16* %39, align 2, !dbg !29
	%40 = getelementptr i8, i8* %v83, i64 2, !dbg !29
	%41 = bitcast i8* %40 to i16*, !dbg !29
	store i16 -1, i16* %41, align 2, !dbg !29
	%42 = getelementptr i8, i8* %v83, i64 4, !dbg !29
	store i8 1, i8* %42, align 1, !dbg !29
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v92)
	%43 = bitcast i8* %v92 to i64*, !dbg !31
	store i64 1, i64* %43, align 8, !dbg !31
	%v97 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k to i8*), i8* %v92, i8* %v83, i64 0), !dbg !31
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v83)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v98)
	%44 = bitcast i8* %v98 to i16*, !dbg !32
	store i16 98, i16* %44, align 2, !dbg !32
	%45 = getelementptr i8, i8* %v98, i64 2, !dbg !32
	%46 = bitcast i8* %45 to i16*, !dbg !32
	store i16 2, i16* %46, align 2, !dbg !32
	%47 = getelementptr i8, i8* %v98, i64 4, !dbg !32
	store i8 2, i8* %47, align 1, !dbg !32
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v107)
	%48 = bitcast i8* %v107 to i64*, !dbg !34
	store i64 2, i64* %48, align 8, !dbg !34
	%v112 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k to i8*), i8* %v107, i8* %v98, i64 0), !dbg !34
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v98)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v113)
	%49 = bitcast i8* %v113 to i32*, !dbg !35
	store i32 1819043176, i32* %49, align 4, !dbg !35
	%50 = getelementptr i8, i8* %v113, i64 4, !dbg !35
	%51 = bitcast i8* %50 to i16*, !dbg !35
	store i16 111, i16* %51, align 2, !dbg !35
	%52 = getelementptr i8, i8* %v113, i64 8, !dbg !35
	%53 = bitcast i8* %52 to i64*, !dbg !35
	store i64 0, i64* %53, align 8, !dbg !35
	%v125 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_grow to i8*), i8* %v16, i8* %v113, i64 0), !dbg !36
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v113)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v16)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v126)
	%54 = bitcast i8* %v126 to i32*, !dbg !37
	store i32 6513249, i32* %54, align 4, !dbg !37
	%55 = getelementptr i8, i8* %v126, i64 8, !dbg !37
	%56 = bitcast i8* %55 to i64*, !dbg !37
	store i64 2, i64* %56, align 8, !dbg !37
	%57 = getelementptr i8, i8* %v126, i64 16, !dbg !37
	call void @llvm.memset.p0i8.i64(i8* align 8 %57, i8 0, i64 8, i1 false), !dbg !37
	%v137 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_x to i8*), i8* %v92, i8* %v126, i64 0), !dbg !38
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v126)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v138)
	%58 = bitcast i8* %v138 to i64*, !dbg !39
	store i64 7523094288207667809, i64* %58, align 8, !dbg !39
	%59 = getelementptr i8, i8* %v138, i64 8, !dbg !39
	store i8 0, i8* %59, align 1, !dbg !39
	%60 = getelementptr i8, i8* %v138, i64 16, !dbg !39
	%61 = bitcast i8* %60 to i64*, !dbg !39
	store i64 3, i64* %61, align 8, !dbg !39
	%v150 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_x to i8*), i8* %v107, i8* %v138, i64 0), !dbg !40
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v138)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v107)
	%v157 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k to i8*), i8* %v92), !dbg !41
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v92)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v152)
	%62 = icmp ne i8* %v157, null
	br i1 %62, label %b1, label %b2, !dbg !41

b1:
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %v152, i8* align 8 %v157, i64 6, i1 false), !dbg !41
	br label %b3, !dbg !41

b2:
	%63 = getelementptr i8, i8* %v152, i64 2, !dbg !41
	call void @llvm.memset.p0i8.i64(i8* align 2 %63, i8 0, i64 2, i1 false), !dbg !41
	br label %b3, !dbg !41

b3:
	%64 = getelementptr i8, i8* %v152, i64 2, !dbg !41
	%65 = bitcast i8* %64 to i16*, !dbg !41
	%66 = load i16, i16* %65, align 2, !dbg !41
	%v160 = sext i16 %66 to i64, !dbg !41
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v152)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v151)
	%67 = bitcast i8* %v151 to i64*, !dbg !42
	store i64 %v160, i64* %67, align 8, !dbg !42
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v163)
	%68 = bitcast i8* %v163 to i64*, !dbg !42
	store i64 0, i64* %68, align 8, !dbg !42
	%v168 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_idx to i8*), i8* %v163, i8* %v151, i64 0), !dbg !42
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v163)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v151)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v171)
	%69 = bitcast i8* %v171 to i64*, !dbg !43
	store i64 3, i64* %69, align 8, !dbg !43
	%v175 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k to i8*), i8* %v171), !dbg !43
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v171)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v170)
	%70 = icmp ne i8* %v175, null
	br i1 %70, label %b4, label %b5, !dbg !43

b4:
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %v170, i8* align 8 %v175, i64 6, i1 false), !dbg !43
	br label %b6, !dbg !43

b5:
	call void @llvm.memset.p0i8.i64(i8* align 8 %v170, i8 0, i64 2, i1 false), !dbg !43
	br label %b6, !dbg !43

b6:
	%71 = bitcast i8* %v170 to i16*, !dbg !43
	%72 = load i16, i16* %71, align 2, !dbg !43
	%v178 = zext i16 %72 to i64, !dbg !43
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v170)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v169)
	%73 = trunc i64 %v178 to i16, !dbg !43
	%74 = bitcast i8* %v169 to i16*, !dbg !43
	store i16 %73, i16* %74, align 2, !dbg !43
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v180)
	%75 = bitcast i8* %v180 to i64*, !dbg !44
	store i64 0, i64* %75, align 8, !dbg !44
	%v185 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_str to i8*), i8* %v180, i8* %v169, i64 0), !dbg !44
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v180)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v169)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v186)
	%76 = bitcast i8* %v186 to i64*, !dbg !45
	store i64 30001, i64* %76, align 8, !dbg !45
	%77 = getelementptr i8, i8* %v186, i64 8, !dbg !45
	%78 = bitcast i8* %77 to i32*, !dbg !45
	store i32 4, i32* %78, align 4, !dbg !45
	%79 = getelementptr i8, i8* %v186, i64 12, !dbg !45
	%80 = bitcast i8* %79 to i32*, !dbg !45
	store i32 0, i32* %80, align 4, !dbg !45
	%81 = getelementptr i8, i8* %v186, i64 16, !dbg !45
	%82 = bitcast i8* %81 to i32*, !dbg !45
	store i32 0, i32* %82, align 4, !dbg !45
	%83 = getelementptr i8, i8* %v186, i64 20, !dbg !45
	call void @llvm.memset.p0i8.i64(i8* align 4 %83, i8 0, i64 4, i1 false), !dbg !45
	%v199 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v186, i64 24, i64 0), !dbg !45
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v186)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v200)
	%84 = bitcast i8* %v200 to i64*, !dbg !46
	store i64 2, i64* %84, align 8, !dbg !46
	%v204 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k to i8*), i8* %v200), !dbg !46
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v200)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v5)
	%85 = icmp ne i8* %v204, null
	br i1 %85, label %b7, label %b8, !dbg !46

b7:
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %v5, i8* align 8 %v204, i64 6, i1 false), !dbg !46
	br label %b9, !dbg !46

b8:
	call void @llvm.memset.p0i8.i64(i8* align 8 %v5, i8 0, i64 6, i1 false), !dbg !46
	br label %b9, !dbg !46

b9:
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v207)
	%86 = bitcast i8* %v207 to i64*, !dbg !47
	store i64 30007, i64* %86, align 8, !dbg !47
	%87 = getelementptr i8, i8* %v207, i64 8, !dbg !47
	%88 = bitcast i8* %87 to i64*, !dbg !47
	store i64 0, i64* %88, align 8, !dbg !47
	%89 = getelementptr i8, i8* %v207, i64 16, !dbg !47
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %89, i8* align 8 %v5, i64 6, i1 false), !dbg !47
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v5)
	%90 = getelementptr i8, i8* %v207, i64 22, !dbg !47
	call void @llvm.memset.p0i8.i64(i8* align 2 %90, i8 0, i64 2, i1 false), !dbg !47
	%v217 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v207, i64 24, i64 0), !dbg !47
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v207)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v218)
	%91 = bitcast i8* %v218 to i64*, !dbg !48
	store i64 30007, i64* %91, align 8, !dbg !48
	%92 = getelementptr i8, i8* %v218, i64 8, !dbg !48
	%93 = bitcast i8* %92 to i64*, !dbg !48
	store i64 1, i64* %93, align 8, !dbg !48
	%94 = bitcast i8* %v1 to i64*, !dbg !48
	%v223 = load i64, i64* %94, align 8, !dbg !48
	%95 = getelementptr i8, i8* %v218, i64 16, !dbg !48
	%96 = bitcast i8* %95 to i64*, !dbg !48
	store i64 %v223, i64* %96, align 8, !dbg !48
	%97 = getelementptr i8, i8* %v1, i64 8, !dbg !48
	%98 = bitcast i8* %97 to i64*, !dbg !48
	%v225 = load i64, i64* %98, align 8, !dbg !48
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v1)
	%99 = getelementptr i8, i8* %v218, i64 24, !dbg !48
	%100 = bitcast i8* %99 to i64*, !dbg !48
	store i64 %v225, i64* %100, align 8, !dbg !48
	%v230 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v218, i64 32, i64 0), !dbg !48
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v218)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v231)
	%101 = bitcast i8* %v231 to i64*, !dbg !49
	store i64 30000, i64* %101, align 8, !dbg !49
	%v237 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v231, i64 8, i64 0), !dbg !49
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v231)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v238)
	%102 = bitcast i8* %v238 to i32*, !dbg !49
	store i32 0, i32* %102, align 4, !dbg !49
	%v242 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v238), !dbg !49
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v238)
	%103 = icmp ne i8* %v242, null
	br i1 %103, label %b10, label %b11, !dbg !49

b10:
	%104 = bitcast i8* %v242 to i64*, !dbg !49
	store i64 1, i64* %104, align 8, !dbg !49
	br label %b11, !dbg !49

b11:
	ret i64 0, !dbg !49
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memset.p0i8.i64(i8* %0, i8 %1, i64 %2, i1 %3) argmemonly nounwind

declare void @llvm.memcpy.p0i8.p0i8.i64(i8* %0, i8* %1, i64 %2, i1 %3) argmemonly nounwind

define i64 @END(i8* %ctx) nounwind section "bpftc/END" !dbg !50 {
b0:
	%v8.slot = alloca [8 x i8], align 8
	%v8 = bitcast [8 x i8]* %v8.slot to i8*
	%v1.slot = alloca [16 x i8], align 8
	%v1 = bitcast [16 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v1)
	%0 = bitcast i8* %v1 to i16*, !dbg !53
	store i16 26984, i16* %0, align 2, !dbg !53
	%1 = getelementptr i8, i8* %v1, i64 2, !dbg !53
	store i8 0, i8* %1, align 1, !dbg !53
	%2 = getelementptr i8, i8* %v1, i64 8, !dbg !53
	%3 = bitcast i8* %2 to i64*, !dbg !53
	store i64 1, i64* %3, align 8, !dbg !53
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v8)
	%4 = bitcast i8* %v8 to i64*, !dbg !55
	store i64 0, i64* %4, align 8, !dbg !55
	%v13 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_grow to i8*), i8* %v8, i8* %v1, i64 0), !dbg !55
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v8)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v1)
	ret i64 0, !dbg !55
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
!22 = !DILocation(line: 326, scope: !8)
!23 = !DILocation(line: 332, scope: !8)
!24 = !DILocation(line: 340, scope: !8)
!25 = !DILocation(line: 364, scope: !8)
!26 = !DILocation(line: 370, scope: !8)
!27 = !DILocation(line: 380, scope: !8)
!28 = !DILocation(line: 356, scope: !8)
!29 = !DILocation(line: 402, scope: !8)
!30 = !DILocation(line: 408, scope: !8)
!31 = !DILocation(line: 394, scope: !8)
!32 = !DILocation(line: 439, scope: !8)
!33 = !DILocation(line: 445, scope: !8)
!34 = !DILocation(line: 431, scope: !8)
!35 = !DILocation(line: 475, scope: !8)
!36 = !DILocation(line: 467, scope: !8)
!37 = !DILocation(line: 498, scope: !8)
!38 = !DILocation(line: 490, scope: !8)
!39 = !DILocation(line: 519, scope: !8)
!40 = !DILocation(line: 511, scope: !8)
!41 = !DILocation(line: 544, scope: !8)
!42 = !DILocation(line: 537, scope: !8)
!43 = !DILocation(line: 561, scope: !8)
!44 = !DILocation(line: 554, scope: !8)
!45 = !DILocation(line: 571, scope: !8)
!46 = !DILocation(line: 588, scope: !8)
!47 = !DILocation(line: 596, scope: !8)
!48 = !DILocation(line: 608, scope: !8)
!49 = !DILocation(line: 622, scope: !8)
!50 = distinct !DISubprogram(name: "END", scope: !0, file: !0, line: 648, type: !4, scopeLine: 648, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !52)
!51 = !DILocalVariable(name: "ctx", arg: 1, scope: !50, file: !0, line: 648, type: !3)
!52 = !{!51}
!53 = !DILocation(line: 648, scope: !50)
!54 = !DILocation(line: 655, scope: !50)
!55 = !DILocation(line: 640, scope: !50)
