target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_c = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_d = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" {
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
	call void @llvm.memset.p0i8.i64(i8* align 8 %v1, i8 0, i64 64, i1 false)
	call void @llvm.lifetime.start.p0i8(i64 64, i8* %v3)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v3, i8 0, i64 64, i1 false)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v5)
	%0 = bitcast i8* %v5 to i64*
	store i64 30007, i64* %0, align 8
	%1 = getelementptr i8, i8* %v5, i64 8
	%2 = bitcast i8* %1 to i64*
	store i64 0, i64* %2, align 8
	%3 = getelementptr i8, i8* %v5, i64 16
	%4 = bitcast i8* %3 to i64*
	store i64 7, i64* %4, align 8
	%v19 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v5, i64 24, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v5)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v20)
	%5 = bitcast i8* %v20 to i64*
	store i64 30007, i64* %5, align 8
	%6 = getelementptr i8, i8* %v20, i64 8
	%7 = bitcast i8* %6 to i64*
	store i64 1, i64* %7, align 8
	%8 = getelementptr i8, i8* %v20, i64 16
	%9 = bitcast i8* %8 to i64*
	store i64 8, i64* %9, align 8
	%v36 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v20, i64 24, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v20)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v37)
	%10 = bitcast i8* %v37 to i64*
	store i64 30007, i64* %10, align 8
	%11 = getelementptr i8, i8* %v37, i64 8
	%12 = bitcast i8* %11 to i64*
	store i64 2, i64* %12, align 8
	%13 = getelementptr i8, i8* %v37, i64 16
	%14 = bitcast i8* %13 to i64*
	store i64 17, i64* %14, align 8
	%v55 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v37, i64 24, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v37)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v56)
	%15 = bitcast i8* %v56 to i64*
	store i64 30007, i64* %15, align 8
	%16 = getelementptr i8, i8* %v56, i64 8
	%17 = bitcast i8* %16 to i64*
	store i64 3, i64* %17, align 8
	%18 = getelementptr i8, i8* %v56, i64 16
	%19 = bitcast i8* %18 to i64*
	store i64 4, i64* %19, align 8
	%v72 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v56, i64 24, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v56)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v73)
	%20 = bitcast i8* %v73 to i64*
	store i64 0, i64* %20, align 8
	%21 = getelementptr i8, i8* %v73, i64 8
	%22 = bitcast i8* %21 to i64*
	store i64 4, i64* %22, align 8
	%23 = getelementptr i8, i8* %v73, i64 16
	%24 = bitcast i8* %23 to i64*
	store i64 2, i64* %24, align 8
	%25 = getelementptr i8, i8* %v73, i64 24
	%26 = bitcast i8* %25 to i64*
	store i64 8, i64* %26, align 8
	%27 = getelementptr i8, i8* %v73, i64 32
	%28 = bitcast i8* %27 to i64*
	store i64 4, i64* %28, align 8
	%v103 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v73, i64 40, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v73)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v104)
	%29 = bitcast i8* %v104 to i64*
	store i64 1, i64* %29, align 8
	%30 = getelementptr i8, i8* %v104, i64 8
	%31 = bitcast i8* %30 to i64*
	store i64 0, i64* %31, align 8
	%32 = getelementptr i8, i8* %v104, i64 16
	%33 = bitcast i8* %32 to i64*
	store i64 3, i64* %33, align 8
	%34 = getelementptr i8, i8* %v104, i64 24
	%35 = bitcast i8* %34 to i64*
	store i64 1, i64* %35, align 8
	%36 = getelementptr i8, i8* %v104, i64 32
	%37 = bitcast i8* %36 to i64*
	store i64 -1, i64* %37, align 8
	%v137 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v104, i64 40, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v104)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v138)
	%38 = bitcast i8* %v138 to i64*
	store i64 2, i64* %38, align 8
	%39 = getelementptr i8, i8* %v138, i64 8
	%40 = bitcast i8* %39 to i64*
	store i64 u0x7FFFFFFFFFFFFFFC, i64* %40, align 8
	%41 = getelementptr i8, i8* %v138, i64 16
	%42 = bitcast i8* %41 to i64*
	store i64 0, i64* %42, align 8
	%43 = getelementptr i8, i8* %v138, i64 24
	%44 = bitcast i8* %43 to i64*
	store i64 u0x7FFFFFFFFFFFFFFC, i64* %44, align 8
	%v156 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v138, i64 32, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v138)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v157)
	%45 = bitcast i8* %v157 to i64*
	store i64 3, i64* %45, align 8
	%46 = getelementptr i8, i8* %v157, i64 8
	%47 = bitcast i8* %46 to i64*
	store i64 3, i64* %47, align 8
	%48 = getelementptr i8, i8* %v157, i64 16
	%49 = bitcast i8* %48 to i64*
	store i64 1, i64* %49, align 8
	%50 = getelementptr i8, i8* %v157, i64 24
	%51 = bitcast i8* %50 to i64*
	store i64 u0x7FFFFFFFFFFFFFFF, i64* %51, align 8
	%52 = getelementptr i8, i8* %v157, i64 32
	%53 = bitcast i8* %52 to i64*
	store i64 1, i64* %53, align 8
	%v181 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v157, i64 40, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v157)
	call void @llvm.lifetime.start.p0i8(i64 56, i8* %v182)
	%54 = bitcast i8* %v182 to i64*
	store i64 4, i64* %54, align 8
	%55 = getelementptr i8, i8* %v182, i64 8
	%56 = bitcast i8* %55 to i64*
	store i64 1, i64* %56, align 8
	%57 = getelementptr i8, i8* %v182, i64 16
	%58 = bitcast i8* %57 to i64*
	store i64 1, i64* %58, align 8
	%59 = getelementptr i8, i8* %v182, i64 24
	%60 = bitcast i8* %59 to i64*
	store i64 0, i64* %60, align 8
	%61 = getelementptr i8, i8* %v182, i64 32
	%62 = bitcast i8* %61 to i64*
	store i64 0, i64* %62, align 8
	%63 = getelementptr i8, i8* %v182, i64 40
	%64 = bitcast i8* %63 to i64*
	store i64 1, i64* %64, align 8
	%65 = getelementptr i8, i8* %v182, i64 48
	%66 = bitcast i8* %65 to i64*
	store i64 0, i64* %66, align 8
	%v212 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v182, i64 56, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 56, i8* %v182)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v213)
	%67 = bitcast i8* %v213 to i64*
	store i64 5, i64* %67, align 8
	%68 = getelementptr i8, i8* %v213, i64 8
	%69 = bitcast i8* %68 to i64*
	store i64 1, i64* %69, align 8
	%70 = getelementptr i8, i8* %v213, i64 16
	%71 = bitcast i8* %70 to i64*
	store i64 0, i64* %71, align 8
	%72 = getelementptr i8, i8* %v213, i64 24
	%73 = bitcast i8* %72 to i64*
	store i64 1, i64* %73, align 8
	%74 = getelementptr i8, i8* %v213, i64 32
	%75 = bitcast i8* %74 to i64*
	store i64 0, i64* %75, align 8
	%v246 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v213, i64 40, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v213)
	br label %b6

b6:
	%v258 = phi i64 [ 0, %b0 ]
	%v260.c = icmp ne i64 %v258, 0
	%v260 = zext i1 %v260.c to i64
	%v262 = icmp eq i64 %v260, 0
	br i1 %v262, label %b7, label %b8

b7:
	br label %b8

b8:
	%v268 = phi i64 [ %v260, %b6 ], [ 1, %b7 ]
	br label %b10

b10:
	%v284 = phi i64 [ 0, %b8 ]
	br label %b14

b14:
	%v299 = phi i64 [ %v284, %b10 ]
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v290)
	%76 = bitcast i8* %v290 to i64*
	store i64 6, i64* %76, align 8
	%77 = getelementptr i8, i8* %v290, i64 8
	%78 = bitcast i8* %77 to i64*
	store i64 %v268, i64* %78, align 8
	%79 = getelementptr i8, i8* %v290, i64 16
	%80 = bitcast i8* %79 to i64*
	store i64 %v299, i64* %80, align 8
	%v304 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v290, i64 24, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v290)
	%81 = bitcast i8* %v1 to i32*
	store i32 7562617, i32* %81, align 4
	%82 = getelementptr i8, i8* %v1, i64 4
	call void @llvm.memset.p0i8.i64(i8* align 4 %82, i8 0, i64 60, i1 false)
	br label %b22

b22:
	%v319 = phi i64 [ -1, %b14 ]
	%v320 = call i64 inttoptr (i64 125 to i64 ()*)()
	%v322 = icmp ugt i64 %v320, 0
	br i1 %v322, label %b23, label %b24

b23:
	%83 = bitcast i8* %v3 to i32*
	store i32 7565168, i32* %83, align 4
	%84 = getelementptr i8, i8* %v3, i64 4
	call void @llvm.memset.p0i8.i64(i8* align 4 %84, i8 0, i64 60, i1 false)
	br label %b25

b24:
	%85 = bitcast i8* %v3 to i32*
	store i32 1869768058, i32* %85, align 4
	%86 = getelementptr i8, i8* %v3, i64 4
	store i8 0, i8* %86, align 1
	%87 = getelementptr i8, i8* %v3, i64 5
	call void @llvm.memset.p0i8.i64(i8* align 1 %87, i8 0, i64 59, i1 false)
	br label %b25

b25:
	call void @llvm.lifetime.start.p0i8(i64 152, i8* %v331)
	%88 = bitcast i8* %v331 to i64*
	store i64 7, i64* %88, align 8
	%89 = getelementptr i8, i8* %v331, i64 8
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %89, i8* align 8 %v1, i64 64, i1 false)
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v1)
	%90 = getelementptr i8, i8* %v331, i64 72
	%91 = bitcast i8* %90 to i64*
	store i64 %v319, i64* %91, align 8
	%92 = getelementptr i8, i8* %v331, i64 80
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %92, i8* align 8 %v3, i64 64, i1 false)
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v3)
	%93 = getelementptr i8, i8* %v331, i64 144
	%94 = bitcast i8* %93 to i64*
	store i64 64, i64* %94, align 8
	%v343 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v331, i64 152, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 152, i8* %v331)
	%v344 = call i64 inttoptr (i64 125 to i64 ()*)()
	%95 = icmp ne i64 %v344, 0
	br i1 %95, label %b26, label %b27

b26:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v345)
	%96 = bitcast i8* %v345 to i64*
	store i64 8, i64* %96, align 8
	%v351 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v345, i64 8, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v345)
	br label %b28

b27:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v352)
	%97 = bitcast i8* %v352 to i64*
	store i64 9, i64* %97, align 8
	%v358 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v352, i64 8, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v352)
	br label %b28

b28:
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v378)
	%98 = bitcast i8* %v378 to i64*
	store i64 30007, i64* %98, align 8
	%99 = getelementptr i8, i8* %v378, i64 8
	%100 = bitcast i8* %99 to i64*
	store i64 4, i64* %100, align 8
	%101 = getelementptr i8, i8* %v378, i64 16
	%102 = bitcast i8* %101 to i64*
	store i64 242, i64* %102, align 8
	%v387 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v378, i64 24, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v378)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v388)
	%103 = bitcast i8* %v388 to i64*
	store i64 5, i64* %103, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v391)
	%104 = bitcast i8* %v391 to i64*
	store i64 0, i64* %104, align 8
	%v396 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v391, i8* %v388, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v391)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v388)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v398)
	%105 = bitcast i8* %v398 to i64*
	store i64 0, i64* %105, align 8
	%v403 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v398)
	%106 = icmp ne i8* %v403, null
	br i1 %106, label %b29, label %b30

b29:
	%107 = bitcast i8* %v403 to i64*
	%v404 = load i64, i64* %107, align 8
	br label %b30

b30:
	%v405 = phi i64 [ 0, %b28 ], [ %v404, %b29 ]
	%v407 = mul i64 %v405, 3
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v406)
	%108 = bitcast i8* %v406 to i64*
	store i64 %v407, i64* %108, align 8
	%v411 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v398, i8* %v406, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v406)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v398)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v413)
	%109 = bitcast i8* %v413 to i64*
	store i64 0, i64* %109, align 8
	%v418 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v413)
	%110 = icmp ne i8* %v418, null
	br i1 %110, label %b31, label %b32

b31:
	%111 = bitcast i8* %v418 to i64*
	%v419 = load i64, i64* %111, align 8
	br label %b32

b32:
	%v420 = phi i64 [ 0, %b30 ], [ %v419, %b31 ]
	%v422 = sub i64 %v420, 1
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v421)
	%112 = bitcast i8* %v421 to i64*
	store i64 %v422, i64* %112, align 8
	%v426 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v413, i8* %v421, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v421)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v413)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v428)
	%113 = bitcast i8* %v428 to i64*
	store i64 0, i64* %113, align 8
	%v433 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v428)
	%114 = icmp ne i8* %v433, null
	br i1 %114, label %b33, label %b34

b33:
	%115 = bitcast i8* %v433 to i64*
	%v434 = load i64, i64* %115, align 8
	br label %b34

b34:
	%v435 = phi i64 [ 0, %b32 ], [ %v434, %b33 ]
	%v437 = udiv i64 %v435, 2
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v436)
	%116 = bitcast i8* %v436 to i64*
	store i64 %v437, i64* %116, align 8
	%v441 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v428, i8* %v436, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v436)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v428)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v443)
	%117 = bitcast i8* %v443 to i64*
	store i64 0, i64* %117, align 8
	%v448 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v443)
	%118 = icmp ne i8* %v448, null
	br i1 %118, label %b35, label %b36

b35:
	%119 = bitcast i8* %v448 to i64*
	%v449 = load i64, i64* %119, align 8
	br label %b36

b36:
	%v450 = phi i64 [ 0, %b34 ], [ %v449, %b35 ]
	%v452 = shl i64 %v450, 2
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v451)
	%120 = bitcast i8* %v451 to i64*
	store i64 %v452, i64* %120, align 8
	%v456 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v443, i8* %v451, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v451)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v443)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v458)
	%121 = bitcast i8* %v458 to i64*
	store i64 0, i64* %121, align 8
	%v463 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v458)
	%122 = icmp ne i8* %v463, null
	br i1 %122, label %b37, label %b38

b37:
	%123 = bitcast i8* %v463 to i64*
	%v464 = load i64, i64* %123, align 8
	br label %b38

b38:
	%v465 = phi i64 [ 0, %b36 ], [ %v464, %b37 ]
	%v467 = or i64 %v465, 1
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v466)
	%124 = bitcast i8* %v466 to i64*
	store i64 %v467, i64* %124, align 8
	%v471 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v458, i8* %v466, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v466)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v458)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v472)
	%125 = bitcast i8* %v472 to i64*
	store i64 -11, i64* %125, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v475)
	%126 = bitcast i8* %v475 to i64*
	store i64 0, i64* %126, align 8
	%v480 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_d to i8*), i8* %v475, i8* %v472, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v475)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v472)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v481)
	%127 = bitcast i8* %v481 to i64*
	store i64 0, i64* %127, align 8
	%v486 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_d to i8*), i8* %v481)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v481)
	%128 = icmp ne i8* %v486, null
	br i1 %128, label %b39, label %b40

b39:
	%129 = bitcast i8* %v486 to i64*
	%v487 = load i64, i64* %129, align 8
	br label %b40

b40:
	%v488 = phi i64 [ 0, %b38 ], [ %v487, %b39 ]
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v489)
	%130 = bitcast i8* %v489 to i64*
	store i64 0, i64* %130, align 8
	%v493 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_d to i8*), i8* %v489)
	%131 = icmp ne i8* %v493, null
	br i1 %131, label %b41, label %b42

b41:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v489)
	%132 = bitcast i8* %v493 to i64*
	%v494 = load i64, i64* %132, align 8
	%v495 = add i64 %v494, %v488
	%133 = bitcast i8* %v493 to i64*
	store i64 %v495, i64* %133, align 8
	br label %b43

b42:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v497)
	%134 = bitcast i8* %v497 to i64*
	store i64 %v488, i64* %134, align 8
	%v501 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_d to i8*), i8* %v489, i8* %v497, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v497)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v489)
	br label %b43

b43:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v502)
	%135 = bitcast i8* %v502 to i64*
	store i64 30000, i64* %135, align 8
	%v508 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v502, i64 8, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v502)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v509)
	%136 = bitcast i8* %v509 to i32*
	store i32 0, i32* %136, align 4
	%v513 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v509)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v509)
	%137 = icmp ne i8* %v513, null
	br i1 %137, label %b44, label %b45

b44:
	%138 = bitcast i8* %v513 to i64*
	store i64 1, i64* %138, align 8
	br label %b45

b45:
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memset.p0i8.i64(i8* %0, i8 %1, i64 %2, i1 %3) argmemonly nounwind

declare void @llvm.memcpy.p0i8.p0i8.i64(i8* %0, i8* %1, i64 %2, i1 %3) argmemonly nounwind
