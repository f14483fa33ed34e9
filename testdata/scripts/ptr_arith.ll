target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_dec = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_key = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_key2 = global { i32, i32, i32, i32, i32 } { i32 1, i32 16, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_m = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_neg = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_s = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_u16 = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_u32 = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_u64 = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_u8 = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" !dbg !8 {
b0:
	%v347.slot = alloca [8 x i8], align 8
	%v347 = bitcast [8 x i8]* %v347.slot to i8*
	%v340.slot = alloca [8 x i8], align 8
	%v340 = bitcast [8 x i8]* %v340.slot to i8*
	%v331.slot = alloca [8 x i8], align 8
	%v331 = bitcast [8 x i8]* %v331.slot to i8*
	%v323.slot = alloca [16 x i8], align 8
	%v323 = bitcast [16 x i8]* %v323.slot to i8*
	%v320.slot = alloca [8 x i8], align 8
	%v320 = bitcast [8 x i8]* %v320.slot to i8*
	%v314.slot = alloca [8 x i8], align 8
	%v314 = bitcast [8 x i8]* %v314.slot to i8*
	%v311.slot = alloca [8 x i8], align 8
	%v311 = bitcast [8 x i8]* %v311.slot to i8*
	%v305.slot = alloca [8 x i8], align 8
	%v305 = bitcast [8 x i8]* %v305.slot to i8*
	%v302.slot = alloca [8 x i8], align 8
	%v302 = bitcast [8 x i8]* %v302.slot to i8*
	%v296.slot = alloca [8 x i8], align 8
	%v296 = bitcast [8 x i8]* %v296.slot to i8*
	%v288.slot = alloca [8 x i8], align 8
	%v288 = bitcast [8 x i8]* %v288.slot to i8*
	%v269.slot = alloca [8 x i8], align 8
	%v269 = bitcast [8 x i8]* %v269.slot to i8*
	%v263.slot = alloca [8 x i8], align 8
	%v263 = bitcast [8 x i8]* %v263.slot to i8*
	%v260.slot = alloca [8 x i8], align 8
	%v260 = bitcast [8 x i8]* %v260.slot to i8*
	%v255.slot = alloca [8 x i8], align 8
	%v255 = bitcast [8 x i8]* %v255.slot to i8*
	%v240.slot = alloca [8 x i8], align 8
	%v240 = bitcast [8 x i8]* %v240.slot to i8*
	%v237.slot = alloca [8 x i8], align 8
	%v237 = bitcast [8 x i8]* %v237.slot to i8*
	%v231.slot = alloca [8 x i8], align 8
	%v231 = bitcast [8 x i8]* %v231.slot to i8*
	%v223.slot = alloca [8 x i8], align 8
	%v223 = bitcast [8 x i8]* %v223.slot to i8*
	%v214.slot = alloca [8 x i8], align 8
	%v214 = bitcast [8 x i8]* %v214.slot to i8*
	%v211.slot = alloca [8 x i8], align 8
	%v211 = bitcast [8 x i8]* %v211.slot to i8*
	%v206.slot = alloca [8 x i8], align 8
	%v206 = bitcast [8 x i8]* %v206.slot to i8*
	%v191.slot = alloca [8 x i8], align 8
	%v191 = bitcast [8 x i8]* %v191.slot to i8*
	%v188.slot = alloca [8 x i8], align 8
	%v188 = bitcast [8 x i8]* %v188.slot to i8*
	%v183.slot = alloca [8 x i8], align 8
	%v183 = bitcast [8 x i8]* %v183.slot to i8*
	%v168.slot = alloca [8 x i8], align 8
	%v168 = bitcast [8 x i8]* %v168.slot to i8*
	%v165.slot = alloca [8 x i8], align 8
	%v165 = bitcast [8 x i8]* %v165.slot to i8*
	%v157.slot = alloca [16 x i8], align 8
	%v157 = bitcast [16 x i8]* %v157.slot to i8*
	%v145.slot = alloca [16 x i8], align 8
	%v145 = bitcast [16 x i8]* %v145.slot to i8*
	%v111.slot = alloca [32 x i8], align 8
	%v111 = bitcast [32 x i8]* %v111.slot to i8*
	%v90.slot = alloca [40 x i8], align 8
	%v90 = bitcast [40 x i8]* %v90.slot to i8*
	%v72.slot = alloca [24 x i8], align 8
	%v72 = bitcast [24 x i8]* %v72.slot to i8*
	%v56.slot = alloca [32 x i8], align 8
	%v56 = bitcast [32 x i8]* %v56.slot to i8*
	%v30.slot = alloca [40 x i8], align 8
	%v30 = bitcast [40 x i8]* %v30.slot to i8*
	%v5.slot = alloca [40 x i8], align 8
	%v5 = bitcast [40 x i8]* %v5.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v5)
	%0 = bitcast i8* %v5 to i64*, !dbg !12
	store i64 0, i64* %0, align 8, !dbg !12
	%1 = getelementptr i8, i8* %v5, i64 8, !dbg !14
	%2 = bitcast i8* %1 to i64*, !dbg !14
	store i64 33, i64* %2, align 8, !dbg !14
	%3 = getelementptr i8, i8* %v5, i64 16, !dbg !15
	%4 = bitcast i8* %3 to i64*, !dbg !15
	store i64 34, i64* %4, align 8, !dbg !15
	%5 = getelementptr i8, i8* %v5, i64 24, !dbg !16
	%6 = bitcast i8* %5 to i64*, !dbg !16
	store i64 36, i64* %6, align 8, !dbg !16
	%7 = getelementptr i8, i8* %v5, i64 32, !dbg !17
	%8 = bitcast i8* %7 to i64*, !dbg !17
	store i64 40, i64* %8, align 8, !dbg !17
	%v29 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v5, i64 40, i64 0), !dbg !12
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v5)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v30)
	%9 = bitcast i8* %v30 to i64*, !dbg !18
	store i64 1, i64* %9, align 8, !dbg !18
	%10 = getelementptr i8, i8* %v30, i64 8, !dbg !19
	%11 = bitcast i8* %10 to i64*, !dbg !19
	store i64 31, i64* %11, align 8, !dbg !19
	%12 = getelementptr i8, i8* %v30, i64 16, !dbg !20
	%13 = bitcast i8* %12 to i64*, !dbg !20
	store i64 28, i64* %13, align 8, !dbg !20
	%14 = getelementptr i8, i8* %v30, i64 24, !dbg !21
	%15 = bitcast i8* %14 to i64*, !dbg !21
	store i64 20, i64* %15, align 8, !dbg !21
	%16 = getelementptr i8, i8* %v30, i64 32, !dbg !22
	%17 = bitcast i8* %16 to i64*, !dbg !22
	store i64 48, i64* %17, align 8, !dbg !22
	%v54 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v30, i64 40, i64 0), !dbg !18
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v30)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v56)
	%18 = bitcast i8* %v56 to i64*, !dbg !24
	store i64 2, i64* %18, align 8, !dbg !24
	%19 = getelementptr i8, i8* %v56, i64 8, !dbg !25
	%20 = bitcast i8* %19 to i64*, !dbg !25
	store i64 1024, i64* %20, align 8, !dbg !25
	%21 = getelementptr i8, i8* %v56, i64 16, !dbg !24
	%22 = bitcast i8* %21 to i64*, !dbg !24
	store i64 36, i64* %22, align 8, !dbg !24
	%23 = getelementptr i8, i8* %v56, i64 24, !dbg !27
	%24 = bitcast i8* %23 to i64*, !dbg !27
	store i64 844, i64* %24, align 8, !dbg !27
	%v70 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v56, i64 32, i64 0), !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v56)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v72)
	%25 = bitcast i8* %v72 to i64*, !dbg !28
	store i64 3, i64* %25, align 8, !dbg !28
	%26 = getelementptr i8, i8* %v72, i64 8, !dbg !29
	%27 = bitcast i8* %26 to i64*, !dbg !29
	store i64 72, i64* %27, align 8, !dbg !29
	%28 = getelementptr i8, i8* %v72, i64 16, !dbg !30
	%29 = bitcast i8* %28 to i64*, !dbg !30
	store i64 16, i64* %29, align 8, !dbg !30
	%v89 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v72, i64 24, i64 0), !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v72)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v90)
	%30 = bitcast i8* %v90 to i64*, !dbg !31
	store i64 4, i64* %30, align 8, !dbg !31
	%31 = getelementptr i8, i8* %v90, i64 8, !dbg !32
	%32 = bitcast i8* %31 to i64*, !dbg !32
	store i64 32, i64* %32, align 8, !dbg !32
	%33 = getelementptr i8, i8* %v90, i64 16, !dbg !33
	%34 = bitcast i8* %33 to i64*, !dbg !33
	store i64 48, i64* %34, align 8, !dbg !33
	%35 = getelementptr i8, i8* %v90, i64 24, !dbg !34
	%36 = bitcast i8* %35 to i64*, !dbg !34
	store i64 32, i64* %36, align 8, !dbg !34
	%37 = getelementptr i8, i8* %v90, i64 32, !dbg !31
	%38 = bitcast i8* %37 to i64*, !dbg !31
	store i64 1, i64* %38, align 8, !dbg !31
	%v110 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v90, i64 40, i64 0), !dbg !31
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v90)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v111)
	%39 = bitcast i8* %v111 to i64*, !dbg !35
	store i64 5, i64* %39, align 8, !dbg !35
	%40 = getelementptr i8, i8* %v111, i64 8, !dbg !35
	%41 = bitcast i8* %40 to i64*, !dbg !35
	store i64 1, i64* %41, align 8, !dbg !35
	%42 = getelementptr i8, i8* %v111, i64 16, !dbg !35
	%43 = bitcast i8* %42 to i64*, !dbg !35
	store i64 1, i64* %43, align 8, !dbg !35
	%44 = getelementptr i8, i8* %v111, i64 24, !dbg !35
	%45 = bitcast i8* %44 to i64*, !dbg !35
	store i64 1, i64* %45, align 8, !dbg !35
	%v136 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v111, i64 32, i64 0), !dbg !35
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v111)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v145)
	%46 = bitcast i8* %v145 to i64*, !dbg !37
	store i64 6, i64* %46, align 8, !dbg !37
	%47 = getelementptr i8, i8* %v145, i64 8, !dbg !38
	%48 = bitcast i8* %47 to i64*, !dbg !38
	store i64 40, i64* %48, align 8, !dbg !38
	%v152 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v145, i64 16, i64 0), !dbg !37
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v145)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v157)
	%49 = bitcast i8* %v157 to i64*, !dbg !40
	store i64 7, i64* %49, align 8, !dbg !40
	%50 = getelementptr i8, i8* %v157, i64 8, !dbg !41
	%51 = bitcast i8* %50 to i64*, !dbg !41
	store i64 26, i64* %51, align 8, !dbg !41
	%v164 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v157, i64 16, i64 0), !dbg !40
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v157)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v165)
	%52 = bitcast i8* %v165 to i64*, !dbg !42
	store i64 32, i64* %52, align 8, !dbg !42
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v168)
	%53 = bitcast i8* %v168 to i64*, !dbg !43
	store i64 0, i64* %53, align 8, !dbg !43
	%v173 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_u8 to i8*), i8* %v168, i8* %v165, i64 0), !dbg !43
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v165)
	%v179 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_u8 to i8*), i8* %v168), !dbg !44
	%54 = icmp ne i8* %v179, null
	br i1 %54, label %b1, label %b2, !dbg !44

b1:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v168)
	%55 = bitcast i8* %v179 to i64*, !dbg !44
	%v180 = load i64, i64* %55, align 8, !dbg !44
	%v181 = add i64 %v180, 1, !dbg !44
	%56 = bitcast i8* %v179 to i64*, !dbg !44
	store i64 %v181, i64* %56, align 8, !dbg !44
	br label %b3, !dbg !44

b2:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v183)
	%57 = bitcast i8* %v183 to i64*, !dbg !44
	store i64 1, i64* %57, align 8, !dbg !44
	%v187 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_u8 to i8*), i8* %v168, i8* %v183, i64 0), !dbg !44
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v183)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v168)
	br label %b3, !dbg !44

b3:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v188)
	%58 = bitcast i8* %v188 to i64*, !dbg !45
	store i64 32, i64* %58, align 8, !dbg !45
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v191)
	%59 = bitcast i8* %v191 to i64*, !dbg !46
	store i64 0, i64* %59, align 8, !dbg !46
	%v196 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_u16 to i8*), i8* %v191, i8* %v188, i64 0), !dbg !46
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v188)
	%v202 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_u16 to i8*), i8* %v191), !dbg !47
	%60 = icmp ne i8* %v202, null
	br i1 %60, label %b4, label %b5, !dbg !47

b4:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v191)
	%61 = bitcast i8* %v202 to i64*, !dbg !47
	%v203 = load i64, i64* %61, align 8, !dbg !47
	%v204 = add i64 %v203, 2, !dbg !47
	%62 = bitcast i8* %v202 to i64*, !dbg !47
	store i64 %v204, i64* %62, align 8, !dbg !47
	br label %b6, !dbg !47

b5:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v206)
	%63 = bitcast i8* %v206 to i64*, !dbg !47
	store i64 2, i64* %63, align 8, !dbg !47
	%v210 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_u16 to i8*), i8* %v191, i8* %v206, i64 0), !dbg !47
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v206)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v191)
	br label %b6, !dbg !47

b6:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v211)
	%64 = bitcast i8* %v211 to i64*, !dbg !48
	store i64 32, i64* %64, align 8, !dbg !48
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v214)
	%65 = bitcast i8* %v214 to i64*, !dbg !49
	store i64 0, i64* %65, align 8, !dbg !49
	%v219 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_u32 to i8*), i8* %v214, i8* %v211, i64 0), !dbg !49
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v211)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v223)
	%66 = bitcast i8* %v223 to i64*, !dbg !50
	store i64 0, i64* %66, align 8, !dbg !50
	%v228 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_u32 to i8*), i8* %v214), !dbg !50
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v214)
	%67 = icmp ne i8* %v228, null
	br i1 %67, label %b7, label %b8, !dbg !50

b7:
	%68 = bitcast i8* %v228 to i64*, !dbg !50
	%v229 = load i64, i64* %68, align 8, !dbg !50
	br label %b8, !dbg !50

b8:
	%v230 = phi i64 [ 0, %b6 ], [ %v229, %b7 ]
	%v232 = sub i64 %v230, 24, !dbg !50
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v231)
	%69 = bitcast i8* %v231 to i64*, !dbg !50
	store i64 %v232, i64* %69, align 8, !dbg !50
	%v236 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_u32 to i8*), i8* %v223, i8* %v231, i64 0), !dbg !50
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v231)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v223)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v237)
	%70 = bitcast i8* %v237 to i64*, !dbg !51
	store i64 32, i64* %70, align 8, !dbg !51
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v240)
	%71 = bitcast i8* %v240 to i64*, !dbg !52
	store i64 0, i64* %71, align 8, !dbg !52
	%v245 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_u64 to i8*), i8* %v240, i8* %v237, i64 0), !dbg !52
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v237)
	%v251 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_u64 to i8*), i8* %v240), !dbg !53
	%72 = icmp ne i8* %v251, null
	br i1 %72, label %b9, label %b10, !dbg !53

b9:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v240)
	%73 = bitcast i8* %v251 to i64*, !dbg !53
	%v252 = load i64, i64* %73, align 8, !dbg !53
	%v253 = add i64 %v252, -8, !dbg !53
	%74 = bitcast i8* %v251 to i64*, !dbg !53
	store i64 %v253, i64* %74, align 8, !dbg !53
	br label %b11, !dbg !53

b10:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v255)
	%75 = bitcast i8* %v255 to i64*, !dbg !53
	store i64 -8, i64* %75, align 8, !dbg !53
	%v259 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_u64 to i8*), i8* %v240, i8* %v255, i64 0), !dbg !53
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v255)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v240)
	br label %b11, !dbg !53

b11:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v260)
	%76 = bitcast i8* %v260 to i64*, !dbg !54
	store i64 4, i64* %76, align 8, !dbg !54
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v263)
	%77 = bitcast i8* %v263 to i64*, !dbg !54
	store i64 0, i64* %77, align 8, !dbg !54
	%v268 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_dec to i8*), i8* %v263, i8* %v260, i64 0), !dbg !54
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v260)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v269)
	%78 = bitcast i8* %v269 to i64*, !dbg !55
	store i64 32, i64* %78, align 8, !dbg !55
	%v277 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m to i8*), i8* %v263, i8* %v269, i64 0), !dbg !56
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v269)
	%v283 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_dec to i8*), i8* %v263), !dbg !57
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v263)
	%79 = icmp ne i8* %v283, null
	br i1 %79, label %b12, label %b13, !dbg !57

b12:
	%80 = bitcast i8* %v283 to i64*, !dbg !57
	%v284 = load i64, i64* %80, align 8, !dbg !57
	br label %b13, !dbg !57

b13:
	%v285 = phi i64 [ 0, %b11 ], [ %v284, %b12 ]
	%v287 = shl i64 %v285, 2, !dbg !58
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v288)
	%81 = bitcast i8* %v288 to i64*, !dbg !58
	store i64 0, i64* %81, align 8, !dbg !58
	%v293 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m to i8*), i8* %v288), !dbg !58
	%82 = icmp ne i8* %v293, null
	br i1 %82, label %b14, label %b15, !dbg !58

b14:
	%83 = bitcast i8* %v293 to i64*, !dbg !58
	%v294 = load i64, i64* %83, align 8, !dbg !58
	br label %b15, !dbg !58

b15:
	%v295 = phi i64 [ 0, %b13 ], [ %v294, %b14 ]
	%v297 = sub i64 %v295, %v287, !dbg !58
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v296)
	%84 = bitcast i8* %v296 to i64*, !dbg !58
	store i64 %v297, i64* %84, align 8, !dbg !58
	%v301 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m to i8*), i8* %v288, i8* %v296, i64 0), !dbg !58
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v296)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v288)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v302)
	%85 = bitcast i8* %v302 to i64*, !dbg !59
	store i64 -1, i64* %85, align 8, !dbg !59
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v305)
	%86 = bitcast i8* %v305 to i64*, !dbg !60
	store i64 0, i64* %86, align 8, !dbg !60
	%v310 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_neg to i8*), i8* %v305, i8* %v302, i64 0), !dbg !60
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v302)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v311)
	%87 = bitcast i8* %v311 to i64*, !dbg !62
	store i64 -3, i64* %87, align 8, !dbg !62
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v314)
	%88 = bitcast i8* %v314 to i64*, !dbg !64
	store i64 -2, i64* %88, align 8, !dbg !64
	%v319 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_key to i8*), i8* %v314, i8* %v311, i64 0), !dbg !64
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v314)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v311)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v320)
	%89 = bitcast i8* %v320 to i64*, !dbg !65
	store i64 7, i64* %89, align 8, !dbg !65
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v323)
	%90 = bitcast i8* %v323 to i64*, !dbg !66
	store i64 16, i64* %90, align 8, !dbg !66
	%91 = getelementptr i8, i8* %v323, i64 8, !dbg !66
	%92 = bitcast i8* %91 to i64*, !dbg !66
	store i64 5, i64* %92, align 8, !dbg !66
	%v330 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_key2 to i8*), i8* %v323, i8* %v320, i64 0), !dbg !66
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v323)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v320)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v331)
	%93 = bitcast i8* %v331 to i64*, !dbg !67
	store i64 -131391334099336, i64* %93, align 8, !dbg !67
	%v339 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_s to i8*), i8* %v305, i8* %v331, i64 0), !dbg !68
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v331)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v305)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v340)
	%94 = bitcast i8* %v340 to i64*, !dbg !69
	store i64 30000, i64* %94, align 8, !dbg !69
	%v346 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v340, i64 8, i64 0), !dbg !69
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v340)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v347)
	%95 = bitcast i8* %v347 to i32*, !dbg !69
	store i32 0, i32* %95, align 4, !dbg !69
	%v351 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v347), !dbg !69
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v347)
	%96 = icmp ne i8* %v351, null
	br i1 %96, label %b16, label %b17, !dbg !69

b16:
	%97 = bitcast i8* %v351 to i64*, !dbg !69
	store i64 1, i64* %97, align 8, !dbg !69
	br label %b17, !dbg !69

b17:
	ret i64 0, !dbg !69
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
!8 = distinct !DISubprogram(name: "BEGIN", scope: !0, file: !0, line: 201, type: !4, scopeLine: 201, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 201, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 201, scope: !8)
!12 = !DILocation(line: 270, scope: !8)
!13 = !DILocation(line: 300, scope: !8)
!14 = !DILocation(line: 294, scope: !8)
!15 = !DILocation(line: 303, scope: !8)
!16 = !DILocation(line: 313, scope: !8)
!17 = !DILocation(line: 323, scope: !8)
!18 = !DILocation(line: 335, scope: !8)
!19 = !DILocation(line: 359, scope: !8)
!20 = !DILocation(line: 368, scope: !8)
!21 = !DILocation(line: 378, scope: !8)
!22 = !DILocation(line: 388, scope: !8)
!23 = !DILocation(line: 405, scope: !8)
!24 = !DILocation(line: 424, scope: !8)
!25 = !DILocation(line: 456, scope: !8)
!26 = !DILocation(line: 484, scope: !8)
!27 = !DILocation(line: 479, scope: !8)
!28 = !DILocation(line: 512, scope: !8)
!29 = !DILocation(line: 530, scope: !8)
!30 = !DILocation(line: 539, scope: !8)
!31 = !DILocation(line: 558, scope: !8)
!32 = !DILocation(line: 582, scope: !8)
!33 = !DILocation(line: 588, scope: !8)
!34 = !DILocation(line: 598, scope: !8)
!35 = !DILocation(line: 626, scope: !8)
!36 = !DILocation(line: 668, scope: !8)
!37 = !DILocation(line: 721, scope: !8)
!38 = !DILocation(line: 736, scope: !8)
!39 = !DILocation(line: 755, scope: !8)
!40 = !DILocation(line: 765, scope: !8)
!41 = !DILocation(line: 780, scope: !8)
!42 = !DILocation(line: 792, scope: !8)
!43 = !DILocation(line: 786, scope: !8)
!44 = !DILocation(line: 804, scope: !8)
!45 = !DILocation(line: 822, scope: !8)
!46 = !DILocation(line: 815, scope: !8)
!47 = !DILocation(line: 835, scope: !8)
!48 = !DILocation(line: 851, scope: !8)
!49 = !DILocation(line: 844, scope: !8)
!50 = !DILocation(line: 864, scope: !8)
!51 = !DILocation(line: 883, scope: !8)
!52 = !DILocation(line: 876, scope: !8)
!53 = !DILocation(line: 896, scope: !8)
!54 = !DILocation(line: 905, scope: !8)
!55 = !DILocation(line: 920, scope: !8)
!56 = !DILocation(line: 915, scope: !8)
!57 = !DILocation(line: 939, scope: !8)
!58 = !DILocation(line: 933, scope: !8)
!59 = !DILocation(line: 953, scope: !8)
!60 = !DILocation(line: 946, scope: !8)
!61 = !DILocation(line: 994, scope: !8)
!62 = !DILocation(line: 986, scope: !8)
!63 = !DILocation(line: 978, scope: !8)
!64 = !DILocation(line: 966, scope: !8)
!65 = !DILocation(line: 1027, scope: !8)
!66 = !DILocation(line: 1001, scope: !8)
!67 = !DILocation(line: 1046, scope: !8)
!68 = !DILocation(line: 1041, scope: !8)
!69 = !DILocation(line: 1079, scope: !8)
