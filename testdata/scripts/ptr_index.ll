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
	%v303.slot = alloca [8 x i8], align 8
	%v303 = bitcast [8 x i8]* %v303.slot to i8*
	%v296.slot = alloca [8 x i8], align 8
	%v296 = bitcast [8 x i8]* %v296.slot to i8*
	%v290.slot = alloca [8 x i8], align 8
	%v290 = bitcast [8 x i8]* %v290.slot to i8*
	%v288.slot = alloca [24 x i8], align 8
	%v288 = bitcast [24 x i8]* %v288.slot to i8*
	%v279.slot = alloca [16 x i8], align 8
	%v279 = bitcast [16 x i8]* %v279.slot to i8*
	%v263.slot = alloca [8 x i8], align 8
	%v263 = bitcast [8 x i8]* %v263.slot to i8*
	%v252.slot = alloca [24 x i8], align 8
	%v252 = bitcast [24 x i8]* %v252.slot to i8*
	%v243.slot = alloca [16 x i8], align 8
	%v243 = bitcast [16 x i8]* %v243.slot to i8*
	%v240.slot = alloca [8 x i8], align 8
	%v240 = bitcast [8 x i8]* %v240.slot to i8*
	%v234.slot = alloca [8 x i8], align 8
	%v234 = bitcast [8 x i8]* %v234.slot to i8*
	%v227.slot = alloca [16 x i8], align 8
	%v227 = bitcast [16 x i8]* %v227.slot to i8*
	%v214.slot = alloca [8 x i8], align 8
	%v214 = bitcast [8 x i8]* %v214.slot to i8*
	%v213.slot = alloca [16 x i8], align 8
	%v213 = bitcast [16 x i8]* %v213.slot to i8*
	%v210.slot = alloca [16 x i8], align 8
	%v210 = bitcast [16 x i8]* %v210.slot to i8*
	%v204.slot = alloca [8 x i8], align 8
	%v204 = bitcast [8 x i8]* %v204.slot to i8*
	%v199.slot = alloca [16 x i8], align 8
	%v199 = bitcast [16 x i8]* %v199.slot to i8*
	%v175.slot = alloca [8 x i8], align 8
	%v175 = bitcast [8 x i8]* %v175.slot to i8*
	%v174.slot = alloca [8 x i8], align 8
	%v174 = bitcast [8 x i8]* %v174.slot to i8*
	%v149.slot = alloca [16 x i8], align 8
	%v149 = bitcast [16 x i8]* %v149.slot to i8*
	%v148.slot = alloca [16 x i8], align 8
	%v148 = bitcast [16 x i8]* %v148.slot to i8*
	%v145.slot = alloca [24 x i8], align 8
	%v145 = bitcast [24 x i8]* %v145.slot to i8*
	%v119.slot = alloca [16 x i8], align 8
	%v119 = bitcast [16 x i8]* %v119.slot to i8*
	%v118.slot = alloca [16 x i8], align 8
	%v118 = bitcast [16 x i8]* %v118.slot to i8*
	%v111.slot = alloca [8 x i8], align 8
	%v111 = bitcast [8 x i8]* %v111.slot to i8*
	%v108.slot = alloca [24 x i8], align 8
	%v108 = bitcast [24 x i8]* %v108.slot to i8*
	%v89.slot = alloca [8 x i8], align 8
	%v89 = bitcast [8 x i8]* %v89.slot to i8*
	%v82.slot = alloca [8 x i8], align 8
	%v82 = bitcast [8 x i8]* %v82.slot to i8*
	%v75.slot = alloca [8 x i8], align 8
	%v75 = bitcast [8 x i8]* %v75.slot to i8*
	%v72.slot = alloca [40 x i8], align 8
	%v72 = bitcast [40 x i8]* %v72.slot to i8*
	%v62.slot = alloca [8 x i8], align 8
	%v62 = bitcast [8 x i8]* %v62.slot to i8*
	%v54.slot = alloca [8 x i8], align 8
	%v54 = bitcast [8 x i8]* %v54.slot to i8*
	%v45.slot = alloca [8 x i8], align 8
	%v45 = bitcast [8 x i8]* %v45.slot to i8*
	%v39.slot = alloca [32 x i8], align 8
	%v39 = bitcast [32 x i8]* %v39.slot to i8*
	%v28.slot = alloca [8 x i8], align 8
	%v28 = bitcast [8 x i8]* %v28.slot to i8*
	%v20.slot = alloca [8 x i8], align 8
	%v20 = bitcast [8 x i8]* %v20.slot to i8*
	%v15.slot = alloca [8 x i8], align 8
	%v15 = bitcast [8 x i8]* %v15.slot to i8*
	%v12.slot = alloca [32 x i8], align 8
	%v12 = bitcast [32 x i8]* %v12.slot to i8*
	%v1.slot = alloca [24 x i8], align 8
	%v1 = bitcast [24 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v1)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v1, i8 0, i64 20, i1 false), !dbg !11
	%v3 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !12
	%v5 = lshr i64 %v3, 32, !dbg !12
	%v9 = icmp ne i64 %v5, 4242, !dbg !12
	br i1 %v9, label %b1, label %b2, !dbg !12

b1:
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v1)
	ret i64 0, !dbg !12

b2:
	%0 = getelementptr i8, i8* %ctx, i64 24, !dbg !14
	%1 = bitcast i8* %0 to i64*, !dbg !14
	%v11 = load i64, i64* %1, align 8, !dbg !14
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v12)
	%2 = bitcast i8* %v12 to i64*, !dbg !15
	store i64 0, i64* %2, align 8, !dbg !15
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v15)
	%v17 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v15, i64 4, i64 %v11), !dbg !16
	%3 = bitcast i8* %v15 to i32*, !dbg !16
	%4 = load i32, i32* %3, align 4, !dbg !16
	%v18 = sext i32 %4 to i64, !dbg !16
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v15)
	%5 = getelementptr i8, i8* %v12, i64 8, !dbg !15
	%6 = bitcast i8* %5 to i64*, !dbg !15
	store i64 %v18, i64* %6, align 8, !dbg !15
	%v22 = add i64 %v11, 12, !dbg !17
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v20)
	%v24 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v20, i64 4, i64 %v22), !dbg !17
	%7 = bitcast i8* %v20 to i32*, !dbg !17
	%8 = load i32, i32* %7, align 4, !dbg !17
	%v25 = sext i32 %8 to i64, !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v20)
	%9 = getelementptr i8, i8* %v12, i64 16, !dbg !15
	%10 = bitcast i8* %9 to i64*, !dbg !15
	store i64 %v25, i64* %10, align 8, !dbg !15
	%11 = getelementptr i8, i8* %ctx, i64 24, !dbg !18
	%12 = bitcast i8* %11 to i64*, !dbg !18
	%v27 = load i64, i64* %12, align 8, !dbg !18
	%v30 = add i64 %v27, 8, !dbg !19
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v28)
	%v32 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v28, i64 8, i64 %v30), !dbg !19
	%13 = bitcast i8* %v28 to i64*, !dbg !19
	%v33 = load i64, i64* %13, align 8, !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v28)
	%14 = getelementptr i8, i8* %v12, i64 24, !dbg !15
	%15 = bitcast i8* %14 to i64*, !dbg !15
	store i64 %v33, i64* %15, align 8, !dbg !15
	%v38 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v12, i64 32, i64 0), !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v12)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v39)
	%16 = bitcast i8* %v39 to i64*, !dbg !20
	store i64 1, i64* %16, align 8, !dbg !20
	%17 = getelementptr i8, i8* %ctx, i64 24, !dbg !21
	%18 = bitcast i8* %17 to i64*, !dbg !21
	%v42 = load i64, i64* %18, align 8, !dbg !21
	%v44 = add i64 %v42, 4, !dbg !21
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v45)
	%v47 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v45, i64 2, i64 %v44), !dbg !22
	%19 = bitcast i8* %v45 to i16*, !dbg !22
	%20 = load i16, i16* %19, align 2, !dbg !22
	%v48 = zext i16 %20 to i64, !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v45)
	%21 = getelementptr i8, i8* %v39, i64 8, !dbg !20
	%22 = bitcast i8* %21 to i64*, !dbg !20
	store i64 %v48, i64* %22, align 8, !dbg !20
	%v53 = add i64 %v11, 8, !dbg !23
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v54)
	%v56 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v54, i64 4, i64 %v53), !dbg !23
	%23 = bitcast i8* %v54 to i32*, !dbg !23
	%24 = load i32, i32* %23, align 4, !dbg !23
	%v57 = sext i32 %24 to i64, !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v54)
	%25 = getelementptr i8, i8* %v39, i64 16, !dbg !20
	%26 = bitcast i8* %25 to i64*, !dbg !20
	store i64 %v57, i64* %26, align 8, !dbg !20
	%27 = getelementptr i8, i8* %ctx, i64 24, !dbg !24
	%28 = bitcast i8* %27 to i64*, !dbg !24
	%v59 = load i64, i64* %28, align 8, !dbg !24
	%v61 = add i64 %v59, 48, !dbg !24
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v62)
	%v64 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v62, i64 1, i64 %v61), !dbg !24
	%29 = load i8, i8* %v62, align 1, !dbg !24
	%v65 = sext i8 %29 to i64, !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v62)
	%30 = getelementptr i8, i8* %v39, i64 24, !dbg !20
	%31 = bitcast i8* %30 to i64*, !dbg !20
	store i64 %v65, i64* %31, align 8, !dbg !20
	%v70 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v39, i64 32, i64 0), !dbg !20
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v39)
	%32 = getelementptr i8, i8* %ctx, i64 24, !dbg !26
	%33 = bitcast i8* %32 to i64*, !dbg !26
	%v71 = load i64, i64* %33, align 8, !dbg !26
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v72)
	%34 = bitcast i8* %v72 to i64*, !dbg !27
	store i64 2, i64* %34, align 8, !dbg !27
	%v77 = add i64 %v71, 24, !dbg !28
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v75)
	%v79 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v75, i64 4, i64 %v77), !dbg !28
	%35 = bitcast i8* %v75 to i32*, !dbg !28
	%36 = load i32, i32* %35, align 4, !dbg !28
	%v80 = sext i32 %36 to i64, !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v75)
	%37 = getelementptr i8, i8* %v72, i64 8, !dbg !27
	%38 = bitcast i8* %37 to i64*, !dbg !27
	store i64 %v80, i64* %38, align 8, !dbg !27
	%v84 = add i64 %v71, 20, !dbg !29
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v82)
	%v86 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v82, i64 4, i64 %v84), !dbg !29
	%39 = bitcast i8* %v82 to i32*, !dbg !29
	%40 = load i32, i32* %39, align 4, !dbg !29
	%v87 = sext i32 %40 to i64, !dbg !29
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v82)
	%41 = getelementptr i8, i8* %v72, i64 16, !dbg !27
	%42 = bitcast i8* %41 to i64*, !dbg !27
	store i64 %v87, i64* %42, align 8, !dbg !27
	%v91 = add i64 %v71, 12, !dbg !30
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v89)
	%v93 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v89, i64 4, i64 %v91), !dbg !30
	%43 = bitcast i8* %v89 to i32*, !dbg !30
	%44 = load i32, i32* %43, align 4, !dbg !30
	%v94 = sext i32 %44 to i64, !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v89)
	%45 = getelementptr i8, i8* %v72, i64 24, !dbg !27
	%46 = bitcast i8* %45 to i64*, !dbg !27
	store i64 %v94, i64* %46, align 8, !dbg !27
	%47 = getelementptr i8, i8* %v72, i64 32, !dbg !31
	call void @llvm.memset.p0i8.i64(i8* align 8 %47, i8 0, i64 4, i1 false), !dbg !31
	%v98 = add i64 %v71, 48, !dbg !31
	%v100 = getelementptr i8, i8* %v72, i64 32, !dbg !31
	%v102 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v100, i64 4, i64 %v98), !dbg !31
	%48 = getelementptr i8, i8* %v72, i64 36, !dbg !27
	call void @llvm.memset.p0i8.i64(i8* align 4 %48, i8 0, i64 4, i1 false), !dbg !27
	%v107 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v72, i64 40, i64 0), !dbg !27
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v72)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v108)
	%49 = bitcast i8* %v108 to i64*, !dbg !32
	store i64 3, i64* %49, align 8, !dbg !32
	%v113 = add i64 %v71, 8, !dbg !33
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v111)
	%v115 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v111, i64 4, i64 %v113), !dbg !33
	%50 = bitcast i8* %v111 to i32*, !dbg !33
	%51 = load i32, i32* %50, align 4, !dbg !33
	%v116 = sext i32 %51 to i64, !dbg !33
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v111)
	%52 = getelementptr i8, i8* %v108, i64 8, !dbg !32
	%53 = bitcast i8* %52 to i64*, !dbg !32
	store i64 %v116, i64* %53, align 8, !dbg !32
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v118)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v118, i8 0, i64 16, i1 false), !dbg !34
	%v122 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v118, i64 16, i64 %v71), !dbg !34
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v119)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v119, i8 0, i64 16, i1 false), !dbg !34
	%v125 = add i64 %v71, 32, !dbg !34
	%v127 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v119, i64 16, i64 %v125), !dbg !34
	%54 = bitcast i8* %v118 to i64*, !dbg !34
	%v129 = load i64, i64* %54, align 8, !dbg !34
	%55 = bitcast i8* %v119 to i64*, !dbg !34
	%v130 = load i64, i64* %55, align 8, !dbg !34
	%v132 = icmp ne i64 %v129, %v130, !dbg !34
	br i1 %v132, label %b3, label %b4, !dbg !34

b4:
	%56 = getelementptr i8, i8* %v118, i64 8, !dbg !34
	%57 = bitcast i8* %56 to i64*, !dbg !34
	%v134 = load i64, i64* %57, align 8, !dbg !34
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v118)
	%58 = getelementptr i8, i8* %v119, i64 8, !dbg !34
	%59 = bitcast i8* %58 to i64*, !dbg !34
	%v135 = load i64, i64* %59, align 8, !dbg !34
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v119)
	%v137 = icmp ne i64 %v134, %v135, !dbg !34
	br i1 %v137, label %b3, label %b5, !dbg !34

b5:
	br label %b3, !dbg !34

b3:
	%v139 = phi i64 [ 0, %b2 ], [ 0, %b4 ], [ 1, %b5 ]
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v119)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v118)
	%60 = getelementptr i8, i8* %v108, i64 16, !dbg !32
	%61 = bitcast i8* %60 to i64*, !dbg !32
	store i64 %v139, i64* %61, align 8, !dbg !32
	%v144 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v108, i64 24, i64 0), !dbg !32
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v108)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v145)
	%62 = bitcast i8* %v145 to i64*, !dbg !35
	store i64 4, i64* %62, align 8, !dbg !35
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v148)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v148, i8 0, i64 16, i1 false), !dbg !36
	%v153 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v148, i64 16, i64 %v71), !dbg !36
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v149)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v149, i8 0, i64 16, i1 false), !dbg !36
	%v158 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v149, i64 16, i64 %v125), !dbg !36
	%63 = bitcast i8* %v148 to i64*, !dbg !36
	%v160 = load i64, i64* %63, align 8, !dbg !36
	%64 = bitcast i8* %v149 to i64*, !dbg !36
	%v161 = load i64, i64* %64, align 8, !dbg !36
	%v163 = icmp ne i64 %v160, %v161, !dbg !36
	br i1 %v163, label %b6, label %b7, !dbg !36

b7:
	%65 = getelementptr i8, i8* %v148, i64 8, !dbg !36
	%66 = bitcast i8* %65 to i64*, !dbg !36
	%v165 = load i64, i64* %66, align 8, !dbg !36
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v148)
	%67 = getelementptr i8, i8* %v149, i64 8, !dbg !36
	%68 = bitcast i8* %67 to i64*, !dbg !36
	%v166 = load i64, i64* %68, align 8, !dbg !36
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v149)
	%v168 = icmp ne i64 %v165, %v166, !dbg !36
	br i1 %v168, label %b6, label %b8, !dbg !36

b8:
	br label %b6, !dbg !36

b6:
	%v170 = phi i64 [ 0, %b3 ], [ 0, %b7 ], [ 1, %b8 ]
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v149)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v148)
	%v172 = xor i64 %v170, 1, !dbg !36
	%69 = getelementptr i8, i8* %v145, i64 8, !dbg !35
	%70 = bitcast i8* %69 to i64*, !dbg !35
	store i64 %v172, i64* %70, align 8, !dbg !35
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v174)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v174, i8 0, i64 8, i1 false), !dbg !37
	%v179 = add i64 %v71, 16, !dbg !37
	%v181 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v174, i64 8, i64 %v179), !dbg !37
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v175)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v175, i8 0, i64 8, i1 false), !dbg !37
	%v186 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v175, i64 8, i64 %v77), !dbg !37
	%71 = bitcast i8* %v174 to i64*, !dbg !37
	%v188 = load i64, i64* %71, align 8, !dbg !37
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v174)
	%72 = bitcast i8* %v175 to i64*, !dbg !37
	%v189 = load i64, i64* %72, align 8, !dbg !37
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v175)
	%v191 = icmp ne i64 %v188, %v189, !dbg !37
	br i1 %v191, label %b9, label %b10, !dbg !37

b10:
	br label %b9, !dbg !37

b9:
	%v193 = phi i64 [ 0, %b6 ], [ 1, %b10 ]
	%73 = getelementptr i8, i8* %v145, i64 16, !dbg !35
	%74 = bitcast i8* %73 to i64*, !dbg !35
	store i64 %v193, i64* %74, align 8, !dbg !35
	%v198 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v145, i64 24, i64 0), !dbg !35
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v145)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v199)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v199, i8 0, i64 16, i1 false), !dbg !38
	%v203 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v199, i64 16, i64 %v71), !dbg !38
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v204)
	%75 = bitcast i8* %v204 to i64*, !dbg !39
	store i64 0, i64* %75, align 8, !dbg !39
	%v209 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v204, i8* %v199, i64 0), !dbg !39
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v204)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v199)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v210)
	%76 = bitcast i8* %v210 to i64*, !dbg !40
	store i64 5, i64* %76, align 8, !dbg !40
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v214)
	%77 = bitcast i8* %v214 to i64*, !dbg !41
	store i64 0, i64* %77, align 8, !dbg !41
	%v218 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v214), !dbg !41
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v214)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v213)
	%78 = icmp ne i8* %v218, null
	br i1 %78, label %b11, label %b12, !dbg !41

b11:
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %v213, i8* align 8 %v218, i64 16, i1 false), !dbg !41
	br label %b13, !dbg !41

b12:
	call void @llvm.memset.p0i8.i64(i8* align 8 %v213, i8 0, i64 16, i1 false), !dbg !41
	br label %b13, !dbg !41

b13:
	%79 = getelementptr i8, i8* %v213, i64 4, !dbg !41
	%80 = bitcast i8* %79 to i32*, !dbg !41
	%81 = load i32, i32* %80, align 4, !dbg !41
	%v221 = sext i32 %81 to i64, !dbg !41
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v213)
	%82 = getelementptr i8, i8* %v210, i64 8, !dbg !40
	%83 = bitcast i8* %82 to i64*, !dbg !40
	store i64 %v221, i64* %83, align 8, !dbg !40
	%v226 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v210, i64 16, i64 0), !dbg !40
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v210)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v227)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v227, i8 0, i64 16, i1 false), !dbg !42
	%v233 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v227, i64 16, i64 %v179), !dbg !42
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v234)
	%84 = bitcast i8* %v234 to i64*, !dbg !43
	store i64 0, i64* %84, align 8, !dbg !43
	%v239 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_y to i8*), i8* %v234, i8* %v227, i64 0), !dbg !43
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v234)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v227)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v240)
	%85 = bitcast i8* %v240 to i64*, !dbg !44
	store i64 1, i64* %85, align 8, !dbg !44
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v243)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v243, i8 0, i64 16, i1 false), !dbg !44
	%v248 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v243, i64 16, i64 %v179), !dbg !44
	%v251 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_yk to i8*), i8* %v243, i8* %v240, i64 0), !dbg !44
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v243)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v240)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v252)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v252, i8 0, i64 16, i1 false), !dbg !45
	%v255 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v252, i64 16, i64 %v71), !dbg !45
	%86 = getelementptr i8, i8* %v252, i64 16, !dbg !46
	call void @llvm.memset.p0i8.i64(i8* align 8 %86, i8 0, i64 4, i1 false), !dbg !46
	%v260 = getelementptr i8, i8* %v252, i64 16, !dbg !46
	%v262 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v260, i64 4, i64 %v98), !dbg !46
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v263)
	%87 = bitcast i8* %v263 to i64*, !dbg !47
	store i64 0, i64* %87, align 8, !dbg !47
	%v268 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_t to i8*), i8* %v263, i8* %v252, i64 0), !dbg !47
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v263)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v252)
	store i8 1, i8* %v1, align 1, !dbg !48
	%88 = getelementptr i8, i8* %v1, i64 4, !dbg !49
	call void @llvm.memset.p0i8.i64(i8* align 4 %88, i8 0, i64 16, i1 false), !dbg !49
	%v276 = getelementptr i8, i8* %v1, i64 4, !dbg !49
	%v278 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v276, i64 16, i64 %v179), !dbg !49
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v279)
	%89 = bitcast i8* %v279 to i64*, !dbg !50
	store i64 6, i64* %89, align 8, !dbg !50
	%90 = getelementptr i8, i8* %v279, i64 8, !dbg !50
	%91 = bitcast i8* %90 to i64*, !dbg !50
	store i64 20, i64* %91, align 8, !dbg !50
	%v287 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v279, i64 16, i64 0), !dbg !50
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v279)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v288)
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %v288, i8* align 8 %v1, i64 20, i1 false), !dbg !51
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v1)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v290)
	%92 = bitcast i8* %v290 to i64*, !dbg !52
	store i64 0, i64* %92, align 8, !dbg !52
	%v295 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_t2 to i8*), i8* %v290, i8* %v288, i64 0), !dbg !52
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v290)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v288)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v296)
	%93 = bitcast i8* %v296 to i64*, !dbg !53
	store i64 30000, i64* %93, align 8, !dbg !53
	%v302 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v296, i64 8, i64 0), !dbg !53
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v296)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v303)
	%94 = bitcast i8* %v303 to i32*, !dbg !53
	store i32 0, i32* %94, align 4, !dbg !53
	%v307 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v303), !dbg !53
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v303)
	%95 = icmp ne i8* %v307, null
	br i1 %95, label %b14, label %b15, !dbg !53

b14:
	%96 = bitcast i8* %v307 to i64*, !dbg !53
	store i64 1, i64* %96, align 8, !dbg !53
	br label %b15, !dbg !53

b15:
	ret i64 0, !dbg !53
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
