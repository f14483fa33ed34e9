target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_a = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_t = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 20, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_t2 = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 20, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_y = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_yk = global { i32, i32, i32, i32, i32 } { i32 1, i32 16, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_write(i8* %ctx) nounwind section "bpftc/tp_sys_enter_write" !dbg !8 {
b0:
	%v301.slot = alloca [8 x i8], align 8
	%v301 = bitcast [8 x i8]* %v301.slot to i8*
	%v294.slot = alloca [8 x i8], align 8
	%v294 = bitcast [8 x i8]* %v294.slot to i8*
	%v286.slot = alloca [24 x i8], align 8
	%v286 = bitcast [24 x i8]* %v286.slot to i8*
	%v277.slot = alloca [16 x i8], align 8
	%v277 = bitcast [16 x i8]* %v277.slot to i8*
	%v250.slot = alloca [24 x i8], align 8
	%v250 = bitcast [24 x i8]* %v250.slot to i8*
	%v241.slot = alloca [16 x i8], align 8
	%v241 = bitcast [16 x i8]* %v241.slot to i8*
	%v238.slot = alloca [8 x i8], align 8
	%v238 = bitcast [8 x i8]* %v238.slot to i8*
	%v232.slot = alloca [8 x i8], align 8
	%v232 = bitcast [8 x i8]* %v232.slot to i8*
	%v225.slot = alloca [16 x i8], align 8
	%v225 = bitcast [16 x i8]* %v225.slot to i8*
	%v211.slot = alloca [16 x i8], align 8
	%v211 = bitcast [16 x i8]* %v211.slot to i8*
	%v208.slot = alloca [16 x i8], align 8
	%v208 = bitcast [16 x i8]* %v208.slot to i8*
	%v202.slot = alloca [8 x i8], align 8
	%v202 = bitcast [8 x i8]* %v202.slot to i8*
	%v197.slot = alloca [16 x i8], align 8
	%v197 = bitcast [16 x i8]* %v197.slot to i8*
	%v173.slot = alloca [8 x i8], align 8
	%v173 = bitcast [8 x i8]* %v173.slot to i8*
	%v172.slot = alloca [8 x i8], align 8
	%v172 = bitcast [8 x i8]* %v172.slot to i8*
	%v147.slot = alloca [16 x i8], align 8
	%v147 = bitcast [16 x i8]* %v147.slot to i8*
	%v146.slot = alloca [16 x i8], align 8
	%v146 = bitcast [16 x i8]* %v146.slot to i8*
	%v143.slot = alloca [24 x i8], align 8
	%v143 = bitcast [24 x i8]* %v143.slot to i8*
	%v117.slot = alloca [16 x i8], align 8
	%v117 = bitcast [16 x i8]* %v117.slot to i8*
	%v116.slot = alloca [16 x i8], align 8
	%v116 = bitcast [16 x i8]* %v116.slot to i8*
	%v109.slot = alloca [8 x i8], align 8
	%v109 = bitcast [8 x i8]* %v109.slot to i8*
	%v106.slot = alloca [24 x i8], align 8
	%v106 = bitcast [24 x i8]* %v106.slot to i8*
	%v87.slot = alloca [8 x i8], align 8
	%v87 = bitcast [8 x i8]* %v87.slot to i8*
	%v80.slot = alloca [8 x i8], align 8
	%v80 = bitcast [8 x i8]* %v80.slot to i8*
	%v73.slot = alloca [8 x i8], align 8
	%v73 = bitcast [8 x i8]* %v73.slot to i8*
	%v70.slot = alloca [40 x i8], align 8
	%v70 = bitcast [40 x i8]* %v70.slot to i8*
	%v60.slot = alloca [8 x i8], align 8
	%v60 = bitcast [8 x i8]* %v60.slot to i8*
	%v52.slot = alloca [8 x i8], align 8
	%v52 = bitcast [8 x i8]* %v52.slot to i8*
	%v43.slot = alloca [8 x i8], align 8
	%v43 = bitcast [8 x i8]* %v43.slot to i8*
	%v37.slot = alloca [32 x i8], align 8
	%v37 = bitcast [32 x i8]* %v37.slot to i8*
	%v26.slot = alloca [8 x i8], align 8
	%v26 = bitcast [8 x i8]* %v26.slot to i8*
	%v18.slot = alloca [8 x i8], align 8
	%v18 = bitcast [8 x i8]* %v18.slot to i8*
	%v13.slot = alloca [8 x i8], align 8
	%v13 = bitcast [8 x i8]* %v13.slot to i8*
	%v10.slot = alloca [32 x i8], align 8
	%v10 = bitcast [32 x i8]* %v10.slot to i8*
	%v1.slot = alloca [24 x i8], align 8
	%v1 = bitcast [24 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v1)
	%0 = getelementptr i8, i8* %v1, i64 1, !dbg !11
	call void @llvm.memset.p0i8.i64(i8* align 1 %0, i8 0, i64 3, i1 false), !dbg !11
	%v3 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !12
	%v5 = lshr i64 %v3, 32, !dbg !12
	%v7 = icmp eq i64 %v5, 4242, !dbg !12
	br i1 %v7, label %b1, label %b2, !dbg !12

b1:
	%1 = getelementptr i8, i8* %ctx, i64 24, !dbg !14
	%2 = bitcast i8* %1 to i64*, !dbg !14
	%v9 = load i64, i64* %2, align 8, !dbg !14
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v10)
	%3 = bitcast i8* %v10 to i64*, !dbg !15
	store i64 0, i64* %3, align 8, !dbg !15
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v13)
	%v15 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v13, i64 4, i64 %v9), !dbg !16
	%4 = bitcast i8* %v13 to i32*, !dbg !16
	%5 = load i32, i32* %4, align 4, !dbg !16
	%v16 = sext i32 %5 to i64, !dbg !16
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v13)
	%6 = getelementptr i8, i8* %v10, i64 8, !dbg !15
	%7 = bitcast i8* %6 to i64*, !dbg !15
	store i64 %v16, i64* %7, align 8, !dbg !15
	%v20 = add i64 %v9, 12, !dbg !17
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v18)
	%v22 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v18, i64 4, i64 %v20), !dbg !17
	%8 = bitcast i8* %v18 to i32*, !dbg !17
	%9 = load i32, i32* %8, align 4, !dbg !17
	%v23 = sext i32 %9 to i64, !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v18)
	%10 = getelementptr i8, i8* %v10, i64 16, !dbg !15
	%11 = bitcast i8* %10 to i64*, !dbg !15
	store i64 %v23, i64* %11, align 8, !dbg !15
	%12 = getelementptr i8, i8* %ctx, i64 24, !dbg !18
	%13 = bitcast i8* %12 to i64*, !dbg !18
	%v25 = load i64, i64* %13, align 8, !dbg !18
	%v28 = add i64 %v25, 8, !dbg !19
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v26)
	%v30 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v26, i64 8, i64 %v28), !dbg !19
	%14 = bitcast i8* %v26 to i64*, !dbg !19
	%v31 = load i64, i64* %14, align 8, !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v26)
	%15 = getelementptr i8, i8* %v10, i64 24, !dbg !15
	%16 = bitcast i8* %15 to i64*, !dbg !15
	store i64 %v31, i64* %16, align 8, !dbg !15
	%v36 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v10, i64 32, i64 0), !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v10)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v37)
	%17 = bitcast i8* %v37 to i64*, !dbg !20
	store i64 1, i64* %17, align 8, !dbg !20
	%18 = getelementptr i8, i8* %ctx, i64 24, !dbg !21
	%19 = bitcast i8* %18 to i64*, !dbg !21
	%v40 = load i64, i64* %19, align 8, !dbg !21
	%v42 = add i64 %v40, 4, !dbg !21
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v43)
	%v45 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v43, i64 2, i64 %v42), !dbg !22
	%20 = bitcast i8* %v43 to i16*, !dbg !22
	%21 = load i16, i16* %20, align 2, !dbg !22
	%v46 = zext i16 %21 to i64, !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v43)
	%22 = getelementptr i8, i8* %v37, i64 8, !dbg !20
	%23 = bitcast i8* %22 to i64*, !dbg !20
	store i64 %v46, i64* %23, align 8, !dbg !20
	%v51 = add i64 %v9, 8, !dbg !23
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v52)
	%v54 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v52, i64 4, i64 %v51), !dbg !23
	%24 = bitcast i8* %v52 to i32*, !dbg !23
	%25 = load i32, i32* %24, align 4, !dbg !23
	%v55 = sext i32 %25 to i64, !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v52)
	%26 = getelementptr i8, i8* %v37, i64 16, !dbg !20
	%27 = bitcast i8* %26 to i64*, !dbg !20
	store i64 %v55, i64* %27, align 8, !dbg !20
	%28 = getelementptr i8, i8* %ctx, i64 24, !dbg !24
	%29 = bitcast i8* %28 to i64*, !dbg !24
	%v57 = load i64, i64* %29, align 8, !dbg !24
	%v59 = add i64 %v57, 48, !dbg !24
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v60)
	%v62 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v60, i64 1, i64 %v59), !dbg !24
	%30 = load i8, i8* %v60, align 1, !dbg !24
	%v63 = sext i8 %30 to i64, !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v60)
	%31 = getelementptr i8, i8* %v37, i64 24, !dbg !20
	%32 = bitcast i8* %31 to i64*, !dbg !20
	store i64 %v63, i64* %32, align 8, !dbg !20
	%v68 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v37, i64 32, i64 0), !dbg !20
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v37)
	%33 = getelementptr i8, i8* %ctx, i64 24, !dbg !26
	%34 = bitcast i8* %33 to i64*, !dbg !26
	%v69 = load i64, i64* %34, align 8, !dbg !26
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v70)
	%35 = bitcast i8* %v70 to i64*, !dbg !27
	store i64 2, i64* %35, align 8, !dbg !27
	%v75 = add i64 %v69, 24, !dbg !28
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v73)
	%v77 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v73, i64 4, i64 %v75), !dbg !28
	%36 = bitcast i8* %v73 to i32*, !dbg !28
	%37 = load i32, i32* %36, align 4, !dbg !28
	%v78 = sext i32 %37 to i64, !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v73)
	%38 = getelementptr i8, i8* %v70, i64 8, !dbg !27
	%39 = bitcast i8* %38 to i64*, !dbg !27
	store i64 %v78, i64* %39, align 8, !dbg !27
	%v82 = add i64 %v69, 20, !dbg !29
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v80)
	%v84 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v80, i64 4, i64 %v82), !dbg !29
	%40 = bitcast i8* %v80 to i32*, !dbg !29
	%41 = load i32, i32* %40, align 4, !dbg !29
	%v85 = sext i32 %41 to i64, !dbg !29
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v80)
	%42 = getelementptr i8, i8* %v70, i64 16, !dbg !27
	%43 = bitcast i8* %42 to i64*, !dbg !27
	store i64 %v85, i64* %43, align 8, !dbg !27
	%v89 = add i64 %v69, 12, !dbg !30
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v87)
	%v91 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v87, i64 4, i64 %v89), !dbg !30
	%44 = bitcast i8* %v87 to i32*, !dbg !30
	%45 = load i32, i32* %44, align 4, !dbg !30
	%v92 = sext i32 %45 to i64, !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v87)
	%46 = getelementptr i8, i8* %v70, i64 24, !dbg !27
	%47 = bitcast i8* %46 to i64*, !dbg !27
	store i64 %v92, i64* %47, align 8, !dbg !27
	%48 = getelementptr i8, i8* %v70, i64 32, !dbg !31
	call void @llvm.memset.p0i8.i64(i8* align 8 %48, i8 0, i64 4, i1 false), !dbg !31
	%v96 = add i64 %v69, 48, !dbg !31
	%v98 = getelementptr i8, i8* %v70, i64 32, !dbg !31
	%v100 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v98, i64 4, i64 %v96), !dbg !31
	%49 = getelementptr i8, i8* %v70, i64 36, !dbg !27
	call void @llvm.memset.p0i8.i64(i8* align 4 %49, i8 0, i64 4, i1 false), !dbg !27
	%v105 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v70, i64 40, i64 0), !dbg !27
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v70)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v106)
	%50 = bitcast i8* %v106 to i64*, !dbg !32
	store i64 3, i64* %50, align 8, !dbg !32
	%v111 = add i64 %v69, 8, !dbg !33
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v109)
	%v113 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v109, i64 4, i64 %v111), !dbg !33
	%51 = bitcast i8* %v109 to i32*, !dbg !33
	%52 = load i32, i32* %51, align 4, !dbg !33
	%v114 = sext i32 %52 to i64, !dbg !33
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v109)
	%53 = getelementptr i8, i8* %v106, i64 8, !dbg !32
	%54 = bitcast i8* %53 to i64*, !dbg !32
	store i64 %v114, i64* %54, align 8, !dbg !32
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v116)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v116, i8 0, i64 16, i1 false), !dbg !34
	%v120 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v116, i64 16, i64 %v69), !dbg !34
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v117)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v117, i8 0, i64 16, i1 false), !dbg !34
	%v123 = add i64 %v69, 32, !dbg !34
	%v125 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v117, i64 16, i64 %v123), !dbg !34
	%55 = bitcast i8* %v116 to i64*, !dbg !34
	%v127 = load i64, i64* %55, align 8, !dbg !34
	%56 = bitcast i8* %v117 to i64*, !dbg !34
	%v128 = load i64, i64* %56, align 8, !dbg !34
	%v130 = icmp ne i64 %v127, %v128, !dbg !34
	br i1 %v130, label %b3, label %b4, !dbg !34

b4:
	%57 = getelementptr i8, i8* %v116, i64 8, !dbg !34
	%58 = bitcast i8* %57 to i64*, !dbg !34
	%v132 = load i64, i64* %58, align 8, !dbg !34
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v116)
	%59 = getelementptr i8, i8* %v117, i64 8, !dbg !34
	%60 = bitcast i8* %59 to i64*, !dbg !34
	%v133 = load i64, i64* %60, align 8, !dbg !34
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v117)
	%v135 = icmp ne i64 %v132, %v133, !dbg !34
	br i1 %v135, label %b3, label %b5, !dbg !34

b5:
	br label %b3, !dbg !34

b3:
	%v137 = phi i64 [ 0, %b1 ], [ 0, %b4 ], [ 1, %b5 ]
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v117)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v116)
	%61 = getelementptr i8, i8* %v106, i64 16, !dbg !32
	%62 = bitcast i8* %61 to i64*, !dbg !32
	store i64 %v137, i64* %62, align 8, !dbg !32
	%v142 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v106, i64 24, i64 0), !dbg !32
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v106)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v143)
	%63 = bitcast i8* %v143 to i64*, !dbg !35
	store i64 4, i64* %63, align 8, !dbg !35
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v146)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v146, i8 0, i64 16, i1 false), !dbg !36
	%v151 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v146, i64 16, i64 %v69), !dbg !36
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v147)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v147, i8 0, i64 16, i1 false), !dbg !36
	%v156 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v147, i64 16, i64 %v123), !dbg !36
	%64 = bitcast i8* %v146 to i64*, !dbg !36
	%v158 = load i64, i64* %64, align 8, !dbg !36
	%65 = bitcast i8* %v147 to i64*, !dbg !36
	%v159 = load i64, i64* %65, align 8, !dbg !36
	%v161 = icmp ne i64 %v158, %v159, !dbg !36
	br i1 %v161, label %b6, label %b7, !dbg !36

b7:
	%66 = getelementptr i8, i8* %v146, i64 8, !dbg !36
	%67 = bitcast i8* %66 to i64*, !dbg !36
	%v163 = load i64, i64* %67, align 8, !dbg !36
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v146)
	%68 = getelementptr i8, i8* %v147, i64 8, !dbg !36
	%69 = bitcast i8* %68 to i64*, !dbg !36
	%v164 = load i64, i64* %69, align 8, !dbg !36
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v147)
	%v166 = icmp ne i64 %v163, %v164, !dbg !36
	br i1 %v166, label %b6, label %b8, !dbg !36

b8:
	br label %b6, !dbg !36

b6:
	%v168 = phi i64 [ 0, %b3 ], [ 0, %b7 ], [ 1, %b8 ]
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v147)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v146)
	%v170 = xor i64 %v168, 1, !dbg !36
	%70 = getelementptr i8, i8* %v143, i64 8, !dbg !35
	%71 = bitcast i8* %70 to i64*, !dbg !35
	store i64 %v170, i64* %71, align 8, !dbg !35
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v172)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v172, i8 0, i64 8, i1 false), !dbg !37
	%v177 = add i64 %v69, 16, !dbg !37
	%v179 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v172, i64 8, i64 %v177), !dbg !37
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v173)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v173, i8 0, i64 8, i1 false), !dbg !37
	%v184 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v173, i64 8, i64 %v75), !dbg !37
	%72 = bitcast i8* %v172 to i64*, !dbg !37
	%v186 = load i64, i64* %72, align 8, !dbg !37
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v172)
	%73 = bitcast i8* %v173 to i64*, !dbg !37
	%v187 = load i64, i64* %73, align 8, !dbg !37
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v173)
	%v189 = icmp ne i64 %v186, %v187, !dbg !37
	br i1 %v189, label %b9, label %b10, !dbg !37

b10:
	br label %b9, !dbg !37

b9:
	%v191 = phi i64 [ 0, %b6 ], [ 1, %b10 ]
	%74 = getelementptr i8, i8* %v143, i64 16, !dbg !35
	%75 = bitcast i8* %74 to i64*, !dbg !35
	store i64 %v191, i64* %75, align 8, !dbg !35
	%v196 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v143, i64 24, i64 0), !dbg !35
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v143)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v197)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v197, i8 0, i64 16, i1 false), !dbg !38
	%v201 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v197, i64 16, i64 %v69), !dbg !38
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v202)
	%76 = bitcast i8* %v202 to i64*, !dbg !39
	store i64 0, i64* %76, align 8, !dbg !39
	%v207 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v202, i8* %v197, i64 0), !dbg !39
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v197)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v208)
	%77 = bitcast i8* %v208 to i64*, !dbg !40
	store i64 5, i64* %77, align 8, !dbg !40
	%v216 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v202), !dbg !41
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v202)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v211)
	%78 = icmp ne i8* %v216, null
	br i1 %78, label %b11, label %b12, !dbg !41

b11:
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %v211, i8* align 8 %v216, i64 16, i1 false), !dbg !41
	br label %b13, !dbg !41

b12:
	%79 = getelementptr i8, i8* %v211, i64 4, !dbg !41
	call void @llvm.memset.p0i8.i64(i8* align 4 %79, i8 0, i64 4, i1 false), !dbg !41
	br label %b13, !dbg !41

b13:
	%80 = getelementptr i8, i8* %v211, i64 4, !dbg !41
	%81 = bitcast i8* %80 to i32*, !dbg !41
	%82 = load i32, i32* %81, align 4, !dbg !41
	%v219 = sext i32 %82 to i64, !dbg !41
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v211)
	%83 = getelementptr i8, i8* %v208, i64 8, !dbg !40
	%84 = bitcast i8* %83 to i64*, !dbg !40
	store i64 %v219, i64* %84, align 8, !dbg !40
	%v224 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v208, i64 16, i64 0), !dbg !40
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v208)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v225)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v225, i8 0, i64 16, i1 false), !dbg !42
	%v231 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v225, i64 16, i64 %v177), !dbg !42
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v232)
	%85 = bitcast i8* %v232 to i64*, !dbg !43
	store i64 0, i64* %85, align 8, !dbg !43
	%v237 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_y to i8*), i8* %v232, i8* %v225, i64 0), !dbg !43
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v225)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v238)
	%86 = bitcast i8* %v238 to i64*, !dbg !44
	store i64 1, i64* %86, align 8, !dbg !44
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v241)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v241, i8 0, i64 16, i1 false), !dbg !44
	%v246 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v241, i64 16, i64 %v177), !dbg !44
	%v249 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_yk to i8*), i8* %v241, i8* %v238, i64 0), !dbg !44
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v241)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v238)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v250)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v250, i8 0, i64 16, i1 false), !dbg !45
	%v253 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v250, i64 16, i64 %v69), !dbg !45
	%87 = getelementptr i8, i8* %v250, i64 16, !dbg !46
	call void @llvm.memset.p0i8.i64(i8* align 8 %87, i8 0, i64 4, i1 false), !dbg !46
	%v258 = getelementptr i8, i8* %v250, i64 16, !dbg !46
	%v260 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v258, i64 4, i64 %v96), !dbg !46
	%v266 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_t to i8*), i8* %v232, i8* %v250, i64 0), !dbg !47
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v250)
	store i8 1, i8* %v1, align 1, !dbg !48
	%88 = getelementptr i8, i8* %v1, i64 4, !dbg !49
	call void @llvm.memset.p0i8.i64(i8* align 4 %88, i8 0, i64 16, i1 false), !dbg !49
	%v274 = getelementptr i8, i8* %v1, i64 4, !dbg !49
	%v276 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v274, i64 16, i64 %v177), !dbg !49
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v277)
	%89 = bitcast i8* %v277 to i64*, !dbg !50
	store i64 6, i64* %89, align 8, !dbg !50
	%90 = getelementptr i8, i8* %v277, i64 8, !dbg !50
	%91 = bitcast i8* %90 to i64*, !dbg !50
	store i64 20, i64* %91, align 8, !dbg !50
	%v285 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v277, i64 16, i64 0), !dbg !50
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v277)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v286)
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %v286, i8* align 8 %v1, i64 20, i1 false), !dbg !51
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v1)
	%v293 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_t2 to i8*), i8* %v232, i8* %v286, i64 0), !dbg !52
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v286)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v232)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v294)
	%92 = bitcast i8* %v294 to i64*, !dbg !53
	store i64 30000, i64* %92, align 8, !dbg !53
	%v300 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v294, i64 8, i64 0), !dbg !53
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v294)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v301)
	%93 = bitcast i8* %v301 to i32*, !dbg !53
	store i32 0, i32* %93, align 4, !dbg !53
	%v305 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v301), !dbg !53
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v301)
	%94 = icmp ne i8* %v305, null
	br i1 %94, label %b14, label %b2, !dbg !53

b14:
	%95 = bitcast i8* %v305 to i64*, !dbg !53
	store i64 1, i64* %95, align 8, !dbg !53
	br label %b2, !dbg !53

b2:
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v1)
	ret i64 0, !dbg !12
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
!8 = distinct !DISubprogram(name: "tp_sys_enter_write", scope: !0, file: !0, line: 416, type: !4, scopeLine: 416, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 416, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 416, scope: !8)
!12 = !DILocation(line: 453, scope: !8)
!13 = !DILocation(line: 461, scope: !8)
!14 = !DILocation(line: 480, scope: !8)
!15 = !DILocation(line: 494, scope: !8)
!16 = !DILocation(line: 515, scope: !8)
!17 = !DILocation(line: 522, scope: !8)
!18 = !DILocation(line: 537, scope: !8)
!19 = !DILocation(line: 529, scope: !8)
!20 = !DILocation(line: 556, scope: !8)
!21 = !DILocation(line: 586, scope: !8)
!22 = !DILocation(line: 577, scope: !8)
!23 = !DILocation(line: 605, scope: !8)
!24 = !DILocation(line: 616, scope: !8)
!25 = !DILocation(line: 630, scope: !8)
!26 = !DILocation(line: 642, scope: !8)
!27 = !DILocation(line: 666, scope: !8)
!28 = !DILocation(line: 690, scope: !8)
!29 = !DILocation(line: 703, scope: !8)
!30 = !DILocation(line: 716, scope: !8)
!31 = !DILocation(line: 726, scope: !8)
!32 = !DILocation(line: 750, scope: !8)
!33 = !DILocation(line: 768, scope: !8)
!34 = !DILocation(line: 775, scope: !8)
!35 = !DILocation(line: 793, scope: !8)
!36 = !DILocation(line: 811, scope: !8)
!37 = !DILocation(line: 827, scope: !8)
!38 = !DILocation(line: 859, scope: !8)
!39 = !DILocation(line: 851, scope: !8)
!40 = !DILocation(line: 867, scope: !8)
!41 = !DILocation(line: 882, scope: !8)
!42 = !DILocation(line: 899, scope: !8)
!43 = !DILocation(line: 894, scope: !8)
!44 = !DILocation(line: 907, scope: !8)
!45 = !DILocation(line: 929, scope: !8)
!46 = !DILocation(line: 937, scope: !8)
!47 = !DILocation(line: 924, scope: !8)
!48 = !DILocation(line: 953, scope: !8)
!49 = !DILocation(line: 963, scope: !8)
!50 = !DILocation(line: 972, scope: !8)
!51 = !DILocation(line: 1007, scope: !8)
!52 = !DILocation(line: 1001, scope: !8)
!53 = !DILocation(line: 1012, scope: !8)
