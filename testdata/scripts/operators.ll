target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_c = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_d = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" !dbg !8 {
b0:
	%v509.slot = alloca [8 x i8], align 8
	%v509 = bitcast [8 x i8]* %v509.slot to i8*
	%v502.slot = alloca [8 x i8], align 8
	%v502 = bitcast [8 x i8]* %v502.slot to i8*
	%v497.slot = alloca [8 x i8], align 8
	%v497 = bitcast [8 x i8]* %v497.slot to i8*
	%v489.slot = alloca [8 x i8], align 8
	%v489 = bitcast [8 x i8]* %v489.slot to i8*
	%v481.slot = alloca [8 x i8], align 8
	%v481 = bitcast [8 x i8]* %v481.slot to i8*
	%v475.slot = alloca [8 x i8], align 8
	%v475 = bitcast [8 x i8]* %v475.slot to i8*
	%v472.slot = alloca [8 x i8], align 8
	%v472 = bitcast [8 x i8]* %v472.slot to i8*
	%v466.slot = alloca [8 x i8], align 8
	%v466 = bitcast [8 x i8]* %v466.slot to i8*
	%v458.slot = alloca [8 x i8], align 8
	%v458 = bitcast [8 x i8]* %v458.slot to i8*
	%v451.slot = alloca [8 x i8], align 8
	%v451 = bitcast [8 x i8]* %v451.slot to i8*
	%v443.slot = alloca [8 x i8], align 8
	%v443 = bitcast [8 x i8]* %v443.slot to i8*
	%v436.slot = alloca [8 x i8], align 8
	%v436 = bitcast [8 x i8]* %v436.slot to i8*
	%v428.slot = alloca [8 x i8], align 8
	%v428 = bitcast [8 x i8]* %v428.slot to i8*
	%v421.slot = alloca [8 x i8], align 8
	%v421 = bitcast [8 x i8]* %v421.slot to i8*
	%v413.slot = alloca [8 x i8], align 8
	%v413 = bitcast [8 x i8]* %v413.slot to i8*
	%v406.slot = alloca [8 x i8], align 8
	%v406 = bitcast [8 x i8]* %v406.slot to i8*
	%v398.slot = alloca [8 x i8], align 8
	%v398 = bitcast [8 x i8]* %v398.slot to i8*
	%v391.slot = alloca [8 x i8], align 8
	%v391 = bitcast [8 x i8]* %v391.slot to i8*
	%v388.slot = alloca [8 x i8], align 8
	%v388 = bitcast [8 x i8]* %v388.slot to i8*
	%v378.slot = alloca [24 x i8], align 8
	%v378 = bitcast [24 x i8]* %v378.slot to i8*
	%v352.slot = alloca [8 x i8], align 8
	%v352 = bitcast [8 x i8]* %v352.slot to i8*
	%v345.slot = alloca [8 x i8], align 8
	%v345 = bitcast [8 x i8]* %v345.slot to i8*
	%v331.slot = alloca [152 x i8], align 8
	%v331 = bitcast [152 x i8]* %v331.slot to i8*
	%v290.slot = alloca [24 x i8], align 8
	%v290 = bitcast [24 x i8]* %v290.slot to i8*
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
	call void @llvm.lifetime.start.p0i8(i64 64, i8* %v1)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v1, i8 0, i64 64, i1 false), !dbg !11
	call void @llvm.lifetime.start.p0i8(i64 64, i8* %v3)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v3, i8 0, i64 64, i1 false), !dbg !11
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v5)
	%0 = bitcast i8* %v5 to i64*, !dbg !12
	store i64 30007, i64* %0, align 8, !dbg !12
	%1 = getelementptr i8, i8* %v5, i64 8, !dbg !12
	%2 = bitcast i8* %1 to i64*, !dbg !12
	store i64 0, i64* %2, align 8, !dbg !12
	%3 = getelementptr i8, i8* %v5, i64 16, !dbg !12
	%4 = bitcast i8* %3 to i64*, !dbg !12
	store i64 7, i64* %4, align 8, !dbg !12
	%v19 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v5, i64 24, i64 0), !dbg !12
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v5)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v20)
	%5 = bitcast i8* %v20 to i64*, !dbg !15
	store i64 30007, i64* %5, align 8, !dbg !15
	%6 = getelementptr i8, i8* %v20, i64 8, !dbg !15
	%7 = bitcast i8* %6 to i64*, !dbg !15
	store i64 1, i64* %7, align 8, !dbg !15
	%8 = getelementptr i8, i8* %v20, i64 16, !dbg !15
	%9 = bitcast i8* %8 to i64*, !dbg !15
	store i64 8, i64* %9, align 8, !dbg !15
	%v36 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v20, i64 24, i64 0), !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v20)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v37)
	%10 = bitcast i8* %v37 to i64*, !dbg !16
	store i64 30007, i64* %10, align 8, !dbg !16
	%11 = getelementptr i8, i8* %v37, i64 8, !dbg !16
	%12 = bitcast i8* %11 to i64*, !dbg !16
	store i64 2, i64* %12, align 8, !dbg !16
	%13 = getelementptr i8, i8* %v37, i64 16, !dbg !16
	%14 = bitcast i8* %13 to i64*, !dbg !16
	store i64 17, i64* %14, align 8, !dbg !16
	%v55 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v37, i64 24, i64 0), !dbg !16
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v37)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v56)
	%15 = bitcast i8* %v56 to i64*, !dbg !17
	store i64 30007, i64* %15, align 8, !dbg !17
	%16 = getelementptr i8, i8* %v56, i64 8, !dbg !17
	%17 = bitcast i8* %16 to i64*, !dbg !17
	store i64 3, i64* %17, align 8, !dbg !17
	%18 = getelementptr i8, i8* %v56, i64 16, !dbg !17
	%19 = bitcast i8* %18 to i64*, !dbg !17
	store i64 4, i64* %19, align 8, !dbg !17
	%v72 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v56, i64 24, i64 0), !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v56)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v73)
	%20 = bitcast i8* %v73 to i64*, !dbg !18
	store i64 0, i64* %20, align 8, !dbg !18
	%21 = getelementptr i8, i8* %v73, i64 8, !dbg !18
	%22 = bitcast i8* %21 to i64*, !dbg !18
	store i64 4, i64* %22, align 8, !dbg !18
	%23 = getelementptr i8, i8* %v73, i64 16, !dbg !18
	%24 = bitcast i8* %23 to i64*, !dbg !18
	store i64 2, i64* %24, align 8, !dbg !18
	%25 = getelementptr i8, i8* %v73, i64 24, !dbg !18
	%26 = bitcast i8* %25 to i64*, !dbg !18
	store i64 8, i64* %26, align 8, !dbg !18
	%27 = getelementptr i8, i8* %v73, i64 32, !dbg !18
	%28 = bitcast i8* %27 to i64*, !dbg !18
	store i64 4, i64* %28, align 8, !dbg !18
	%v103 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v73, i64 40, i64 0), !dbg !18
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v73)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v104)
	%29 = bitcast i8* %v104 to i64*, !dbg !21
	store i64 1, i64* %29, align 8, !dbg !21
	%30 = getelementptr i8, i8* %v104, i64 8, !dbg !21
	%31 = bitcast i8* %30 to i64*, !dbg !21
	store i64 0, i64* %31, align 8, !dbg !21
	%32 = getelementptr i8, i8* %v104, i64 16, !dbg !21
	%33 = bitcast i8* %32 to i64*, !dbg !21
	store i64 3, i64* %33, align 8, !dbg !21
	%34 = getelementptr i8, i8* %v104, i64 24, !dbg !21
	%35 = bitcast i8* %34 to i64*, !dbg !21
	store i64 1, i64* %35, align 8, !dbg !21
	%36 = getelementptr i8, i8* %v104, i64 32, !dbg !21
	%37 = bitcast i8* %36 to i64*, !dbg !21
	store i64 -1, i64* %37, align 8, !dbg !21
	%v137 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v104, i64 40, i64 0), !dbg !21
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v104)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v138)
	%38 = bitcast i8* %v138 to i64*, !dbg !23
	store i64 2, i64* %38, align 8, !dbg !23
	%39 = getelementptr i8, i8* %v138, i64 8, !dbg !23
	%40 = bitcast i8* %39 to i64*, !dbg !23
	store i64 u0x7FFFFFFFFFFFFFFC, i64* %40, align 8, !dbg !23
	%41 = getelementptr i8, i8* %v138, i64 16, !dbg !23
	%42 = bitcast i8* %41 to i64*, !dbg !23
	store i64 0, i64* %42, align 8, !dbg !23
	%43 = getelementptr i8, i8* %v138, i64 24, !dbg !23
	%44 = bitcast i8* %43 to i64*, !dbg !23
	store i64 u0x7FFFFFFFFFFFFFFC, i64* %44, align 8, !dbg !23
	%v156 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v138, i64 32, i64 0), !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v138)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v157)
	%45 = bitcast i8* %v157 to i64*, !dbg !25
	store i64 3, i64* %45, align 8, !dbg !25
	%46 = getelementptr i8, i8* %v157, i64 8, !dbg !25
	%47 = bitcast i8* %46 to i64*, !dbg !25
	store i64 3, i64* %47, align 8, !dbg !25
	%48 = getelementptr i8, i8* %v157, i64 16, !dbg !25
	%49 = bitcast i8* %48 to i64*, !dbg !25
	store i64 1, i64* %49, align 8, !dbg !25
	%50 = getelementptr i8, i8* %v157, i64 24, !dbg !25
	%51 = bitcast i8* %50 to i64*, !dbg !25
	store i64 u0x7FFFFFFFFFFFFFFF, i64* %51, align 8, !dbg !25
	%52 = getelementptr i8, i8* %v157, i64 32, !dbg !25
	%53 = bitcast i8* %52 to i64*, !dbg !25
	store i64 1, i64* %53, align 8, !dbg !25
	%v181 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v157, i64 40, i64 0), !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v157)
	call void @llvm.lifetime.start.p0i8(i64 56, i8* %v182)
	%54 = bitcast i8* %v182 to i64*, !dbg !27
	store i64 4, i64* %54, align 8, !dbg !27
	%55 = getelementptr i8, i8* %v182, i64 8, !dbg !27
	%56 = bitcast i8* %55 to i64*, !dbg !27
	store i64 1, i64* %56, align 8, !dbg !27
	%57 = getelementptr i8, i8* %v182, i64 16, !dbg !27
	%58 = bitcast i8* %57 to i64*, !dbg !27
	store i64 1, i64* %58, align 8, !dbg !27
	%59 = getelementptr i8, i8* %v182, i64 24, !dbg !27
	%60 = bitcast i8* %59 to i64*, !dbg !27
	store i64 0, i64* %60, align 8, !dbg !27
	%61 = getelementptr i8, i8* %v182, i64 32, !dbg !27
	%62 = bitcast i8* %61 to i64*, !dbg !27
	store i64 0, i64* %62, align 8, !dbg !27
	%63 = getelementptr i8, i8* %v182, i64 40, !dbg !27
	%64 = bitcast i8* %63 to i64*, !dbg !27
	store i64 1, i64* %64, align 8, !dbg !27
	%65 = getelementptr i8, i8* %v182, i64 48, !dbg !27
	%66 = bitcast i8* %65 to i64*, !dbg !27
	store i64 0, i64* %66, align 8, !dbg !27
	%v212 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v182, i64 56, i64 0), !dbg !27
	call void @llvm.lifetime.end.p0i8(i64 56, i8* %v182)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v213)
	%67 = bitcast i8* %v213 to i64*, !dbg !28
	store i64 5, i64* %67, align 8, !dbg !28
	%68 = getelementptr i8, i8* %v213, i64 8, !dbg !28
	%69 = bitcast i8* %68 to i64*, !dbg !28
	store i64 1, i64* %69, align 8, !dbg !28
	%70 = getelementptr i8, i8* %v213, i64 16, !dbg !28
	%71 = bitcast i8* %70 to i64*, !dbg !28
	store i64 0, i64* %71, align 8, !dbg !28
	%72 = getelementptr i8, i8* %v213, i64 24, !dbg !28
	%73 = bitcast i8* %72 to i64*, !dbg !28
	store i64 1, i64* %73, align 8, !dbg !28
	%74 = getelementptr i8, i8* %v213, i64 32, !dbg !28
	%75 = bitcast i8* %74 to i64*, !dbg !28
	store i64 0, i64* %75, align 8, !dbg !28
	%v246 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v213, i64 40, i64 0), !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v213)
	br label %b6, !dbg !28

b6:
	%v258 = phi i64 [ 0, %b0 ]
	%v260.c = icmp ne i64 %v258, 0, !dbg !29
	%v260 = zext i1 %v260.c to i64, !dbg !29
	%v262 = icmp eq i64 %v260, 0, !dbg !29
	br i1 %v262, label %b7, label %b8, !dbg !29

b7:
	br label %b8, !dbg !29

b8:
	%v268 = phi i64 [ %v260, %b6 ], [ 1, %b7 ]
	br label %b10, !dbg !29

b10:
	%v284 = phi i64 [ 0, %b8 ]
	br label %b14, !dbg !29

b14:
	%v299 = phi i64 [ %v284, %b10 ]
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v290)
	%76 = bitcast i8* %v290 to i64*, !dbg !30
	store i64 6, i64* %76, align 8, !dbg !30
	%77 = getelementptr i8, i8* %v290, i64 8, !dbg !30
	%78 = bitcast i8* %77 to i64*, !dbg !30
	store i64 %v268, i64* %78, align 8, !dbg !30
	%79 = getelementptr i8, i8* %v290, i64 16, !dbg !30
	%80 = bitcast i8* %79 to i64*, !dbg !30
	store i64 %v299, i64* %80, align 8, !dbg !30
	%v304 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v290, i64 24, i64 0), !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v290)
	%81 = bitcast i8* %v1 to i32*, !dbg !31
	store i32 7562617, i32* %81, align 4, !dbg !31
	%82 = getelementptr i8, i8* %v1, i64 4, !dbg !31
	call void @llvm.memset.p0i8.i64(i8* align 4 %82, i8 0, i64 60, i1 false), !dbg !31
	br label %b22, !dbg !31

b22:
	%v319 = phi i64 [ -1, %b14 ]
	%v320 = call i64 inttoptr (i64 125 to i64 ()*)(), !dbg !32
	%v322 = icmp ugt i64 %v320, 0, !dbg !32
	br i1 %v322, label %b23, label %b24, !dbg !32

b23:
	%83 = bitcast i8* %v3 to i32*, !dbg !33
	store i32 7565168, i32* %83, align 4, !dbg !33
	%84 = getelementptr i8, i8* %v3, i64 4, !dbg !33
	call void @llvm.memset.p0i8.i64(i8* align 4 %84, i8 0, i64 60, i1 false), !dbg !33
	br label %b25, !dbg !33

b24:
	%85 = bitcast i8* %v3 to i32*, !dbg !34
	store i32 1869768058, i32* %85, align 4, !dbg !34
	%86 = getelementptr i8, i8* %v3, i64 4, !dbg !34
	store i8 0, i8* %86, align 1, !dbg !34
	%87 = getelementptr i8, i8* %v3, i64 5, !dbg !34
	call void @llvm.memset.p0i8.i64(i8* align 1 %87, i8 0, i64 59, i1 false), !dbg !34
	br label %b25, !dbg !34

b25:
	call void @llvm.lifetime.start.p0i8(i64 152, i8* %v331)
	%88 = bitcast i8* %v331 to i64*, !dbg !35
	store i64 7, i64* %88, align 8, !dbg !35
	%89 = getelementptr i8, i8* %v331, i64 8, !dbg !36
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %89, i8* align 8 %v1, i64 64, i1 false), !dbg !36
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v1)
	%90 = getelementptr i8, i8* %v331, i64 72, !dbg !35
	%91 = bitcast i8* %90 to i64*, !dbg !35
	store i64 %v319, i64* %91, align 8, !dbg !35
	%92 = getelementptr i8, i8* %v331, i64 80, !dbg !37
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %92, i8* align 8 %v3, i64 64, i1 false), !dbg !37
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v3)
	%93 = getelementptr i8, i8* %v331, i64 144, !dbg !35
	%94 = bitcast i8* %93 to i64*, !dbg !35
	store i64 64, i64* %94, align 8, !dbg !35
	%v343 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v331, i64 152, i64 0), !dbg !35
	call void @llvm.lifetime.end.p0i8(i64 152, i8* %v331)
	%v344 = call i64 inttoptr (i64 125 to i64 ()*)(), !dbg !39
	%95 = icmp ne i64 %v344, 0
	br i1 %95, label %b26, label %b27, !dbg !39

b26:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v345)
	%96 = bitcast i8* %v345 to i64*, !dbg !39
	store i64 8, i64* %96, align 8, !dbg !39
	%v351 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v345, i64 8, i64 0), !dbg !39
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v345)
	br label %b28, !dbg !39

b27:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v352)
	%97 = bitcast i8* %v352 to i64*, !dbg !39
	store i64 9, i64* %97, align 8, !dbg !39
	%v358 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v352, i64 8, i64 0), !dbg !39
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v352)
	br label %b28, !dbg !39

b28:
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v378)
	%98 = bitcast i8* %v378 to i64*, !dbg !41
	store i64 30007, i64* %98, align 8, !dbg !41
	%99 = getelementptr i8, i8* %v378, i64 8, !dbg !41
	%100 = bitcast i8* %99 to i64*, !dbg !41
	store i64 4, i64* %100, align 8, !dbg !41
	%101 = getelementptr i8, i8* %v378, i64 16, !dbg !41
	%102 = bitcast i8* %101 to i64*, !dbg !41
	store i64 242, i64* %102, align 8, !dbg !41
	%v387 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v378, i64 24, i64 0), !dbg !41
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v378)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v388)
	%103 = bitcast i8* %v388 to i64*, !dbg !42
	store i64 5, i64* %103, align 8, !dbg !42
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v391)
	%104 = bitcast i8* %v391 to i64*, !dbg !42
	store i64 0, i64* %104, align 8, !dbg !42
	%v396 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v391, i8* %v388, i64 0), !dbg !42
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v391)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v388)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v398)
	%105 = bitcast i8* %v398 to i64*, !dbg !43
	store i64 0, i64* %105, align 8, !dbg !43
	%v403 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v398), !dbg !43
	%106 = icmp ne i8* %v403, null
	br i1 %106, label %b29, label %b30, !dbg !43

b29:
	%107 = bitcast i8* %v403 to i64*, !dbg !43
	%v404 = load i64, i64* %107, align 8, !dbg !43
	br label %b30, !dbg !43

b30:
	%v405 = phi i64 [ 0, %b28 ], [ %v404, %b29 ]
	%v407 = mul i64 %v405, 3, !dbg !43
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v406)
	%108 = bitcast i8* %v406 to i64*, !dbg !43
	store i64 %v407, i64* %108, align 8, !dbg !43
	%v411 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v398, i8* %v406, i64 0), !dbg !43
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v406)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v398)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v413)
	%109 = bitcast i8* %v413 to i64*, !dbg !44
	store i64 0, i64* %109, align 8, !dbg !44
	%v418 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v413), !dbg !44
	%110 = icmp ne i8* %v418, null
	br i1 %110, label %b31, label %b32, !dbg !44

b31:
	%111 = bitcast i8* %v418 to i64*, !dbg !44
	%v419 = load i64, i64* %111, align 8, !dbg !44
	br label %b32, !dbg !44

b32:
	%v420 = phi i64 [ 0, %b30 ], [ %v419, %b31 ]
	%v422 = sub i64 %v420, 1, !dbg !44
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v421)
	%112 = bitcast i8* %v421 to i64*, !dbg !44
	store i64 %v422, i64* %112, align 8, !dbg !44
	%v426 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v413, i8* %v421, i64 0), !dbg !44
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v421)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v413)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v428)
	%113 = bitcast i8* %v428 to i64*, !dbg !45
	store i64 0, i64* %113, align 8, !dbg !45
	%v433 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v428), !dbg !45
	%114 = icmp ne i8* %v433, null
	br i1 %114, label %b33, label %b34, !dbg !45

b33:
	%115 = bitcast i8* %v433 to i64*, !dbg !45
	%v434 = load i64, i64* %115, align 8, !dbg !45
	br label %b34, !dbg !45

b34:
	%v435 = phi i64 [ 0, %b32 ], [ %v434, %b33 ]
	%v437 = udiv i64 %v435, 2, !dbg !45
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v436)
	%116 = bitcast i8* %v436 to i64*, !dbg !45
	store i64 %v437, i64* %116, align 8, !dbg !45
	%v441 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v428, i8* %v436, i64 0), !dbg !45
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v436)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v428)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v443)
	%117 = bitcast i8* %v443 to i64*, !dbg !46
	store i64 0, i64* %117, align 8, !dbg !46
	%v448 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v443), !dbg !46
	%118 = icmp ne i8* %v448, null
	br i1 %118, label %b35, label %b36, !dbg !46

b35:
	%119 = bitcast i8* %v448 to i64*, !dbg !46
	%v449 = load i64, i64* %119, align 8, !dbg !46
	br label %b36, !dbg !46

b36:
	%v450 = phi i64 [ 0, %b34 ], [ %v449, %b35 ]
	%v452 = shl i64 %v450, 2, !dbg !46
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v451)
	%120 = bitcast i8* %v451 to i64*, !dbg !46
	store i64 %v452, i64* %120, align 8, !dbg !46
	%v456 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v443, i8* %v451, i64 0), !dbg !46
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v451)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v443)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v458)
	%121 = bitcast i8* %v458 to i64*, !dbg !47
	store i64 0, i64* %121, align 8, !dbg !47
	%v463 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v458), !dbg !47
	%122 = icmp ne i8* %v463, null
	br i1 %122, label %b37, label %b38, !dbg !47

b37:
	%123 = bitcast i8* %v463 to i64*, !dbg !47
	%v464 = load i64, i64* %123, align 8, !dbg !47
	br label %b38, !dbg !47

b38:
	%v465 = phi i64 [ 0, %b36 ], [ %v464, %b37 ]
	%v467 = or i64 %v465, 1, !dbg !47
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v466)
	%124 = bitcast i8* %v466 to i64*, !dbg !47
	store i64 %v467, i64* %124, align 8, !dbg !47
	%v471 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v458, i8* %v466, i64 0), !dbg !47
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v466)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v458)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v472)
	%125 = bitcast i8* %v472 to i64*, !dbg !49
	store i64 -11, i64* %125, align 8, !dbg !49
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v475)
	%126 = bitcast i8* %v475 to i64*, !dbg !49
	store i64 0, i64* %126, align 8, !dbg !49
	%v480 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_d to i8*), i8* %v475, i8* %v472, i64 0), !dbg !49
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v475)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v472)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v481)
	%127 = bitcast i8* %v481 to i64*, !dbg !50
	store i64 0, i64* %127, align 8, !dbg !50
	%v486 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_d to i8*), i8* %v481), !dbg !50
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v481)
	%128 = icmp ne i8* %v486, null
	br i1 %128, label %b39, label %b40, !dbg !50

b39:
	%129 = bitcast i8* %v486 to i64*, !dbg !50
	%v487 = load i64, i64* %129, align 8, !dbg !50
	br label %b40, !dbg !50

b40:
	%v488 = phi i64 [ 0, %b38 ], [ %v487, %b39 ]
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v489)
	%130 = bitcast i8* %v489 to i64*, !dbg !51
	store i64 0, i64* %130, align 8, !dbg !51
	%v493 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_d to i8*), i8* %v489), !dbg !51
	%131 = icmp ne i8* %v493, null
	br i1 %131, label %b41, label %b42, !dbg !51

b41:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v489)
	%132 = bitcast i8* %v493 to i64*, !dbg !51
	%v494 = load i64, i64* %132, align 8, !dbg !51
	%v495 = add i64 %v494, %v488, !dbg !51
	%133 = bitcast i8* %v493 to i64*, !dbg !51
	store i64 %v495, i64* %133, align 8, !dbg !51
	br label %b43, !dbg !51

b42:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v497)
	%134 = bitcast i8* %v497 to i64*, !dbg !51
	store i64 %v488, i64* %134, align 8, !dbg !51
	%v501 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_d to i8*), i8* %v489, i8* %v497, i64 0), !dbg !51
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v497)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v489)
	br label %b43, !dbg !51

b43:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v502)
	%135 = bitcast i8* %v502 to i64*, !dbg !52
	store i64 30000, i64* %135, align 8, !dbg !52
	%v508 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v502, i64 8, i64 0), !dbg !52
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v502)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v509)
	%136 = bitcast i8* %v509 to i32*, !dbg !52
	store i32 0, i32* %136, align 4, !dbg !52
	%v513 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v509), !dbg !52
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v509)
	%137 = icmp ne i8* %v513, null
	br i1 %137, label %b44, label %b45, !dbg !52

b44:
	%138 = bitcast i8* %v513 to i64*, !dbg !52
	store i64 1, i64* %138, align 8, !dbg !52
	br label %b45, !dbg !52

b45:
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
!8 = distinct !DISubprogram(name: "BEGIN", scope: !0, file: !0, line: 1, type: !4, scopeLine: 1, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 1, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 1, scope: !8)
!12 = !DILocation(line: 211, scope: !8)
!13 = !DILocation(line: 221, scope: !8)
!14 = !DILocation(line: 225, scope: !8)
!15 = !DILocation(line: 230, scope: !8)
!16 = !DILocation(line: 253, scope: !8)
!17 = !DILocation(line: 281, scope: !8)
!18 = !DILocation(line: 304, scope: !8)
!19 = !DILocation(line: 328, scope: !8)
!20 = !DILocation(line: 362, scope: !8)
!21 = !DILocation(line: 378, scope: !8)
!22 = !DILocation(line: 446, scope: !8)
!23 = !DILocation(line: 452, scope: !8)
!24 = !DILocation(line: 473, scope: !8)
!25 = !DILocation(line: 500, scope: !8)
!26 = !DILocation(line: 540, scope: !8)
!27 = !DILocation(line: 573, scope: !8)
!28 = !DILocation(line: 651, scope: !8)
!29 = !DILocation(line: 731, scope: !8)
!30 = !DILocation(line: 818, scope: !8)
!31 = !DILocation(line: 855, scope: !8)
!32 = !DILocation(line: 899, scope: !8)
!33 = !DILocation(line: 911, scope: !8)
!34 = !DILocation(line: 919, scope: !8)
!35 = !DILocation(line: 928, scope: !8)
!36 = !DILocation(line: 952, scope: !8)
!37 = !DILocation(line: 960, scope: !8)
!38 = !DILocation(line: 964, scope: !8)
!39 = !DILocation(line: 978, scope: !8)
!40 = !DILocation(line: 1116, scope: !8)
!41 = !DILocation(line: 1129, scope: !8)
!42 = !DILocation(line: 1141, scope: !8)
!43 = !DILocation(line: 1149, scope: !8)
!44 = !DILocation(line: 1158, scope: !8)
!45 = !DILocation(line: 1167, scope: !8)
!46 = !DILocation(line: 1176, scope: !8)
!47 = !DILocation(line: 1186, scope: !8)
!48 = !DILocation(line: 1201, scope: !8)
!49 = !DILocation(line: 1196, scope: !8)
!50 = !DILocation(line: 1212, scope: !8)
!51 = !DILocation(line: 1206, scope: !8)
!52 = !DILocation(line: 1217, scope: !8)
