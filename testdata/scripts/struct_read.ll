target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_arr = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 12, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_e = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_in = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_k = global { i32, i32, i32, i32, i32 } { i32 1, i32 64, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_ka = global { i32, i32, i32, i32, i32 } { i32 1, i32 12, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_kn = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_kp = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_name = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_p = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_s = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 64, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_t = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 32, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_write(i8* %ctx) nounwind section "bpftc/tp_sys_enter_write" !dbg !8 {
b0:
	%v349.slot = alloca [8 x i8], align 8
	%v349 = bitcast [8 x i8]* %v349.slot to i8*
	%v342.slot = alloca [8 x i8], align 8
	%v342 = bitcast [8 x i8]* %v342.slot to i8*
	%v336.slot = alloca [8 x i8], align 8
	%v336 = bitcast [8 x i8]* %v336.slot to i8*
	%v333.slot = alloca [8 x i8], align 8
	%v333 = bitcast [8 x i8]* %v333.slot to i8*
	%v324.slot = alloca [8 x i8], align 8
	%v324 = bitcast [8 x i8]* %v324.slot to i8*
	%v317.slot = alloca [8 x i8], align 8
	%v317 = bitcast [8 x i8]* %v317.slot to i8*
	%v310.slot = alloca [24 x i8], align 8
	%v310 = bitcast [24 x i8]* %v310.slot to i8*
	%v293.slot = alloca [48 x i8], align 8
	%v293 = bitcast [48 x i8]* %v293.slot to i8*
	%v281.slot = alloca [8 x i8], align 8
	%v281 = bitcast [8 x i8]* %v281.slot to i8*
	%v275.slot = alloca [8 x i8], align 8
	%v275 = bitcast [8 x i8]* %v275.slot to i8*
	%v268.slot = alloca [8 x i8], align 8
	%v268 = bitcast [8 x i8]* %v268.slot to i8*
	%v263.slot = alloca [8 x i8], align 8
	%v263 = bitcast [8 x i8]* %v263.slot to i8*
	%v260.slot = alloca [32 x i8], align 8
	%v260 = bitcast [32 x i8]* %v260.slot to i8*
	%v252.slot = alloca [8 x i8], align 8
	%v252 = bitcast [8 x i8]* %v252.slot to i8*
	%v235.slot = alloca [32 x i8], align 8
	%v235 = bitcast [32 x i8]* %v235.slot to i8*
	%v218.slot = alloca [8 x i8], align 8
	%v218 = bitcast [8 x i8]* %v218.slot to i8*
	%v211.slot = alloca [8 x i8], align 8
	%v211 = bitcast [8 x i8]* %v211.slot to i8*
	%v202.slot = alloca [8 x i8], align 8
	%v202 = bitcast [8 x i8]* %v202.slot to i8*
	%v191.slot = alloca [8 x i8], align 8
	%v191 = bitcast [8 x i8]* %v191.slot to i8*
	%v182.slot = alloca [8 x i8], align 8
	%v182 = bitcast [8 x i8]* %v182.slot to i8*
	%v179.slot = alloca [56 x i8], align 8
	%v179 = bitcast [56 x i8]* %v179.slot to i8*
	%v168.slot = alloca [8 x i8], align 8
	%v168 = bitcast [8 x i8]* %v168.slot to i8*
	%v161.slot = alloca [8 x i8], align 8
	%v161 = bitcast [8 x i8]* %v161.slot to i8*
	%v154.slot = alloca [8 x i8], align 8
	%v154 = bitcast [8 x i8]* %v154.slot to i8*
	%v147.slot = alloca [8 x i8], align 8
	%v147 = bitcast [8 x i8]* %v147.slot to i8*
	%v140.slot = alloca [8 x i8], align 8
	%v140 = bitcast [8 x i8]* %v140.slot to i8*
	%v133.slot = alloca [8 x i8], align 8
	%v133 = bitcast [8 x i8]* %v133.slot to i8*
	%v121.slot = alloca [8 x i8], align 8
	%v121 = bitcast [8 x i8]* %v121.slot to i8*
	%v118.slot = alloca [72 x i8], align 8
	%v118 = bitcast [72 x i8]* %v118.slot to i8*
	%v108.slot = alloca [8 x i8], align 8
	%v108 = bitcast [8 x i8]* %v108.slot to i8*
	%v107.slot = alloca [8 x i8], align 8
	%v107 = bitcast [8 x i8]* %v107.slot to i8*
	%v104.slot = alloca [8 x i8], align 8
	%v104 = bitcast [8 x i8]* %v104.slot to i8*
	%v98.slot = alloca [8 x i8], align 8
	%v98 = bitcast [8 x i8]* %v98.slot to i8*
	%v91.slot = alloca [8 x i8], align 8
	%v91 = bitcast [8 x i8]* %v91.slot to i8*
	%v90.slot = alloca [8 x i8], align 8
	%v90 = bitcast [8 x i8]* %v90.slot to i8*
	%v81.slot = alloca [8 x i8], align 8
	%v81 = bitcast [8 x i8]* %v81.slot to i8*
	%v78.slot = alloca [8 x i8], align 8
	%v78 = bitcast [8 x i8]* %v78.slot to i8*
	%v72.slot = alloca [8 x i8], align 8
	%v72 = bitcast [8 x i8]* %v72.slot to i8*
	%v66.slot = alloca [8 x i8], align 8
	%v66 = bitcast [8 x i8]* %v66.slot to i8*
	%v57.slot = alloca [16 x i8], align 8
	%v57 = bitcast [16 x i8]* %v57.slot to i8*
	%v54.slot = alloca [8 x i8], align 8
	%v54 = bitcast [8 x i8]* %v54.slot to i8*
	%v48.slot = alloca [8 x i8], align 8
	%v48 = bitcast [8 x i8]* %v48.slot to i8*
	%v42.slot = alloca [16 x i8], align 8
	%v42 = bitcast [16 x i8]* %v42.slot to i8*
	%v36.slot = alloca [8 x i8], align 8
	%v36 = bitcast [8 x i8]* %v36.slot to i8*
	%v30.slot = alloca [8 x i8], align 8
	%v30 = bitcast [8 x i8]* %v30.slot to i8*
	%v23.slot = alloca [64 x i8], align 8
	%v23 = bitcast [64 x i8]* %v23.slot to i8*
	%v20.slot = alloca [8 x i8], align 8
	%v20 = bitcast [8 x i8]* %v20.slot to i8*
	%v14.slot = alloca [8 x i8], align 8
	%v14 = bitcast [8 x i8]* %v14.slot to i8*
	%v10.slot = alloca [64 x i8], align 8
	%v10 = bitcast [64 x i8]* %v10.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !11
	%v3 = lshr i64 %v1, 32, !dbg !11
	%v7 = icmp ne i64 %v3, 4242, !dbg !11
	br i1 %v7, label %b1, label %b2, !dbg !11

b1:
	ret i64 0, !dbg !11

b2:
	%0 = getelementptr i8, i8* %ctx, i64 24, !dbg !13
	%1 = bitcast i8* %0 to i64*, !dbg !13
	%v9 = load i64, i64* %1, align 8, !dbg !13
	call void @llvm.lifetime.start.p0i8(i64 64, i8* %v10)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v10, i8 0, i64 64, i1 false), !dbg !14
	%v13 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v10, i64 64, i64 %v9), !dbg !14
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v14)
	%2 = bitcast i8* %v14 to i64*, !dbg !15
	store i64 0, i64* %2, align 8, !dbg !15
	%v19 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_s to i8*), i8* %v14, i8* %v10, i64 0), !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v14)
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v10)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v20)
	%3 = bitcast i8* %v20 to i64*, !dbg !17
	store i64 1, i64* %3, align 8, !dbg !17
	call void @llvm.lifetime.start.p0i8(i64 64, i8* %v23)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v23, i8 0, i64 64, i1 false), !dbg !17
	%v26 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v23, i64 64, i64 %v9), !dbg !17
	%v29 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k to i8*), i8* %v23, i8* %v20, i64 0), !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v23)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v20)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v30)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v30, i8 0, i64 8, i1 false), !dbg !18
	%v33 = add i64 %v9, 12, !dbg !18
	%v35 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v30, i64 8, i64 %v33), !dbg !18
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v36)
	%4 = bitcast i8* %v36 to i64*, !dbg !19
	store i64 0, i64* %4, align 8, !dbg !19
	%v41 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_in to i8*), i8* %v36, i8* %v30, i64 0), !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v36)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v30)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v42)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v42, i8 0, i64 12, i1 false), !dbg !20
	%v45 = add i64 %v9, 20, !dbg !20
	%v47 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v42, i64 12, i64 %v45), !dbg !20
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v48)
	%5 = bitcast i8* %v48 to i64*, !dbg !21
	store i64 0, i64* %5, align 8, !dbg !21
	%v53 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_arr to i8*), i8* %v48, i8* %v42, i64 0), !dbg !21
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v48)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v42)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v54)
	%6 = bitcast i8* %v54 to i64*, !dbg !23
	store i64 2, i64* %6, align 8, !dbg !23
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v57)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v57, i8 0, i64 12, i1 false), !dbg !23
	%v62 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v57, i64 12, i64 %v45), !dbg !23
	%v65 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ka to i8*), i8* %v57, i8* %v54, i64 0), !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v57)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v54)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v66)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v66, i8 0, i64 8, i1 false), !dbg !24
	%v69 = add i64 %v9, 4, !dbg !24
	%v71 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v66, i64 8, i64 %v69), !dbg !24
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v72)
	%7 = bitcast i8* %v72 to i64*, !dbg !25
	store i64 0, i64* %7, align 8, !dbg !25
	%v77 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_name to i8*), i8* %v72, i8* %v66, i64 0), !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v72)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v66)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v78)
	%8 = bitcast i8* %v78 to i64*, !dbg !27
	store i64 3, i64* %8, align 8, !dbg !27
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v81)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v81, i8 0, i64 8, i1 false), !dbg !27
	%v86 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v81, i64 8, i64 %v69), !dbg !27
	%v89 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_kn to i8*), i8* %v81, i8* %v78, i64 0), !dbg !27
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v81)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v78)
	%v93 = add i64 %v9, 48, !dbg !28
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v91)
	%v95 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v91, i64 8, i64 %v93), !dbg !28
	%9 = bitcast i8* %v91 to i64*, !dbg !28
	%v96 = load i64, i64* %9, align 8, !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v91)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v90)
	%10 = bitcast i8* %v90 to i64*, !dbg !28
	store i64 %v96, i64* %10, align 8, !dbg !28
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v98)
	%11 = bitcast i8* %v98 to i64*, !dbg !29
	store i64 0, i64* %11, align 8, !dbg !29
	%v103 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_p to i8*), i8* %v98, i8* %v90, i64 0), !dbg !29
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v98)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v90)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v104)
	%12 = bitcast i8* %v104 to i64*, !dbg !30
	store i64 4, i64* %12, align 8, !dbg !30
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v108)
	%v112 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v108, i64 8, i64 %v93), !dbg !30
	%13 = bitcast i8* %v108 to i64*, !dbg !30
	%v113 = load i64, i64* %13, align 8, !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v108)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v107)
	%14 = bitcast i8* %v107 to i64*, !dbg !30
	store i64 %v113, i64* %14, align 8, !dbg !30
	%v117 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_kp to i8*), i8* %v107, i8* %v104, i64 0), !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v107)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v104)
	call void @llvm.lifetime.start.p0i8(i64 72, i8* %v118)
	%15 = bitcast i8* %v118 to i64*, !dbg !31
	store i64 0, i64* %15, align 8, !dbg !31
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v121)
	%v123 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v121, i64 4, i64 %v9), !dbg !32
	%16 = bitcast i8* %v121 to i32*, !dbg !32
	%17 = load i32, i32* %16, align 4, !dbg !32
	%v124 = sext i32 %17 to i64, !dbg !32
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v121)
	%18 = getelementptr i8, i8* %v118, i64 8, !dbg !31
	%19 = bitcast i8* %18 to i64*, !dbg !31
	store i64 %v124, i64* %19, align 8, !dbg !31
	%20 = getelementptr i8, i8* %v118, i64 16, !dbg !33
	call void @llvm.memset.p0i8.i64(i8* align 8 %20, i8 0, i64 8, i1 false), !dbg !33
	%v130 = getelementptr i8, i8* %v118, i64 16, !dbg !33
	%v132 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v130, i64 8, i64 %v69), !dbg !33
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v133)
	%v137 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v133, i64 4, i64 %v33), !dbg !34
	%21 = bitcast i8* %v133 to i32*, !dbg !34
	%22 = load i32, i32* %21, align 4, !dbg !34
	%v138 = sext i32 %22 to i64, !dbg !34
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v133)
	%23 = getelementptr i8, i8* %v118, i64 24, !dbg !31
	%24 = bitcast i8* %23 to i64*, !dbg !31
	store i64 %v138, i64* %24, align 8, !dbg !31
	%v142 = add i64 %v9, 16, !dbg !35
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v140)
	%v144 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v140, i64 2, i64 %v142), !dbg !35
	%25 = bitcast i8* %v140 to i16*, !dbg !35
	%26 = load i16, i16* %25, align 2, !dbg !35
	%v145 = sext i16 %26 to i64, !dbg !35
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v140)
	%27 = getelementptr i8, i8* %v118, i64 32, !dbg !31
	%28 = bitcast i8* %27 to i64*, !dbg !31
	store i64 %v145, i64* %28, align 8, !dbg !31
	%v149 = add i64 %v9, 24, !dbg !36
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v147)
	%v151 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v147, i64 4, i64 %v149), !dbg !36
	%29 = bitcast i8* %v147 to i32*, !dbg !36
	%30 = load i32, i32* %29, align 4, !dbg !36
	%v152 = sext i32 %30 to i64, !dbg !36
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v147)
	%31 = getelementptr i8, i8* %v118, i64 40, !dbg !31
	%32 = bitcast i8* %31 to i64*, !dbg !31
	store i64 %v152, i64* %32, align 8, !dbg !31
	%v156 = add i64 %v9, 40, !dbg !37
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v154)
	%v158 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v154, i64 1, i64 %v156), !dbg !37
	%33 = load i8, i8* %v154, align 1, !dbg !37
	%v159 = zext i8 %33 to i64, !dbg !37
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v154)
	%34 = getelementptr i8, i8* %v118, i64 48, !dbg !31
	%35 = bitcast i8* %34 to i64*, !dbg !31
	store i64 %v159, i64* %35, align 8, !dbg !31
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v161)
	%v165 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v161, i64 1, i64 %v156), !dbg !38
	%36 = load i8, i8* %v161, align 1, !dbg !38
	%v166 = sext i8 %36 to i64, !dbg !38
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v161)
	%37 = getelementptr i8, i8* %v118, i64 56, !dbg !31
	%38 = bitcast i8* %37 to i64*, !dbg !31
	store i64 %v166, i64* %38, align 8, !dbg !31
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v168)
	%v172 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v168, i64 8, i64 %v93), !dbg !39
	%39 = bitcast i8* %v168 to i64*, !dbg !39
	%v173 = load i64, i64* %39, align 8, !dbg !39
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v168)
	%40 = getelementptr i8, i8* %v118, i64 64, !dbg !39
	%41 = bitcast i8* %40 to i64*, !dbg !39
	store i64 %v173, i64* %41, align 8, !dbg !39
	%v178 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v118, i64 72, i64 0), !dbg !31
	call void @llvm.lifetime.end.p0i8(i64 72, i8* %v118)
	call void @llvm.lifetime.start.p0i8(i64 56, i8* %v179)
	%42 = bitcast i8* %v179 to i64*, !dbg !40
	store i64 1, i64* %42, align 8, !dbg !40
	%v184 = add i64 %v9, 56, !dbg !41
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v182)
	%v186 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v182, i64 1, i64 %v184), !dbg !41
	%43 = load i8, i8* %v182, align 1, !dbg !41
	%v187 = zext i8 %43 to i64, !dbg !41
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v182)
	%v189 = and i64 %v187, 15, !dbg !41
	%44 = getelementptr i8, i8* %v179, i64 8, !dbg !40
	%45 = bitcast i8* %44 to i64*, !dbg !40
	store i64 %v189, i64* %45, align 8, !dbg !40
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v191)
	%v195 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v191, i64 2, i64 %v184), !dbg !42
	%46 = bitcast i8* %v191 to i16*, !dbg !42
	%47 = load i16, i16* %46, align 2, !dbg !42
	%v196 = zext i16 %47 to i64, !dbg !42
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v191)
	%v198 = lshr i64 %v196, 4, !dbg !42
	%v200 = and i64 %v198, 4095, !dbg !42
	%48 = getelementptr i8, i8* %v179, i64 16, !dbg !40
	%49 = bitcast i8* %48 to i64*, !dbg !40
	store i64 %v200, i64* %49, align 8, !dbg !40
	%v204 = add i64 %v9, 58, !dbg !43
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v202)
	%v206 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v202, i64 2, i64 %v204), !dbg !43
	%50 = bitcast i8* %v202 to i16*, !dbg !43
	%51 = load i16, i16* %50, align 2, !dbg !43
	%v207 = zext i16 %51 to i64, !dbg !43
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v202)
	%v209 = and i64 %v207, u0xFFFF, !dbg !43
	%52 = getelementptr i8, i8* %v179, i64 24, !dbg !40
	%53 = bitcast i8* %52 to i64*, !dbg !40
	store i64 %v209, i64* %53, align 8, !dbg !40
	%v213 = add i64 %v9, 32, !dbg !44
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v211)
	%v215 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v211, i64 8, i64 %v213), !dbg !44
	%54 = bitcast i8* %v211 to i64*, !dbg !44
	%v216 = load i64, i64* %54, align 8, !dbg !44
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v211)
	%55 = getelementptr i8, i8* %v179, i64 32, !dbg !40
	%56 = bitcast i8* %55 to i64*, !dbg !40
	store i64 %v216, i64* %56, align 8, !dbg !40
	%v220 = add i64 %v9, 28, !dbg !45
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v218)
	%v222 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v218, i64 4, i64 %v220), !dbg !45
	%57 = bitcast i8* %v218 to i32*, !dbg !45
	%58 = load i32, i32* %57, align 4, !dbg !45
	%v223 = sext i32 %58 to i64, !dbg !45
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v218)
	%v225 = mul i64 %v223, 42, !dbg !45
	%59 = getelementptr i8, i8* %v179, i64 40, !dbg !40
	%60 = bitcast i8* %59 to i64*, !dbg !40
	store i64 %v225, i64* %60, align 8, !dbg !40
	%61 = getelementptr i8, i8* %v179, i64 48, !dbg !40
	%62 = bitcast i8* %61 to i64*, !dbg !40
	store i64 14, i64* %62, align 8, !dbg !40
	%v234 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v179, i64 56, i64 0), !dbg !40
	call void @llvm.lifetime.end.p0i8(i64 56, i8* %v179)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v235)
	%63 = bitcast i8* %v235 to i64*, !dbg !48
	store i64 1, i64* %63, align 8, !dbg !48
	%64 = getelementptr i8, i8* %v235, i64 8, !dbg !49
	call void @llvm.memset.p0i8.i64(i8* align 8 %64, i8 0, i64 8, i1 false), !dbg !49
	%v242 = getelementptr i8, i8* %v235, i64 8, !dbg !49
	%v244 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v242, i64 8, i64 %v33), !dbg !49
	%65 = getelementptr i8, i8* %v235, i64 16, !dbg !50
	call void @llvm.memset.p0i8.i64(i8* align 8 %65, i8 0, i64 12, i1 false), !dbg !50
	%v249 = getelementptr i8, i8* %v235, i64 16, !dbg !50
	%v251 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v249, i64 12, i64 %v45), !dbg !50
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v252)
	%66 = bitcast i8* %v252 to i64*, !dbg !51
	store i64 0, i64* %66, align 8, !dbg !51
	%v257 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_t to i8*), i8* %v252, i8* %v235, i64 0), !dbg !51
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v252)
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v235)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v260)
	%67 = bitcast i8* %v260 to i64*, !dbg !52
	store i64 2, i64* %67, align 8, !dbg !52
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v263)
	%v265 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v263, i64 4, i64 %v33), !dbg !53
	%68 = bitcast i8* %v263 to i32*, !dbg !53
	%69 = load i32, i32* %68, align 4, !dbg !53
	%v266 = sext i32 %69 to i64, !dbg !53
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v263)
	%70 = getelementptr i8, i8* %v260, i64 8, !dbg !52
	%71 = bitcast i8* %70 to i64*, !dbg !52
	store i64 %v266, i64* %71, align 8, !dbg !52
	%v270 = add i64 %v33, 4, !dbg !54
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v268)
	%v272 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v268, i64 2, i64 %v270), !dbg !54
	%72 = bitcast i8* %v268 to i16*, !dbg !54
	%73 = load i16, i16* %72, align 2, !dbg !54
	%v273 = sext i16 %73 to i64, !dbg !54
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v268)
	%74 = getelementptr i8, i8* %v260, i64 16, !dbg !52
	%75 = bitcast i8* %74 to i64*, !dbg !52
	store i64 %v273, i64* %75, align 8, !dbg !52
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v275)
	%v279 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v275, i64 4, i64 %v45), !dbg !55
	%76 = bitcast i8* %v275 to i32*, !dbg !55
	%77 = load i32, i32* %76, align 4, !dbg !55
	%v280 = sext i32 %77 to i64, !dbg !55
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v275)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v281)
	%v285 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v281, i64 4, i64 %v220), !dbg !56
	%78 = bitcast i8* %v281 to i32*, !dbg !56
	%79 = load i32, i32* %78, align 4, !dbg !56
	%v286 = sext i32 %79 to i64, !dbg !56
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v281)
	%v287 = add i64 %v280, %v286, !dbg !55
	%80 = getelementptr i8, i8* %v260, i64 24, !dbg !52
	%81 = bitcast i8* %80 to i64*, !dbg !52
	store i64 %v287, i64* %81, align 8, !dbg !52
	%v292 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v260, i64 32, i64 0), !dbg !52
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v260)
	call void @llvm.lifetime.start.p0i8(i64 48, i8* %v293)
	%82 = bitcast i8* %v293 to i64*, !dbg !57
	store i64 3, i64* %82, align 8, !dbg !57
	%83 = getelementptr i8, i8* %v293, i64 8, !dbg !57
	%84 = bitcast i8* %83 to i64*, !dbg !57
	store i64 64, i64* %84, align 8, !dbg !57
	%85 = getelementptr i8, i8* %v293, i64 16, !dbg !57
	%86 = bitcast i8* %85 to i64*, !dbg !57
	store i64 8, i64* %86, align 8, !dbg !57
	%87 = getelementptr i8, i8* %v293, i64 24, !dbg !57
	%88 = bitcast i8* %87 to i64*, !dbg !57
	store i64 12, i64* %88, align 8, !dbg !57
	%89 = getelementptr i8, i8* %v293, i64 32, !dbg !57
	%90 = bitcast i8* %89 to i64*, !dbg !57
	store i64 64, i64* %90, align 8, !dbg !57
	%91 = getelementptr i8, i8* %v293, i64 40, !dbg !57
	%92 = bitcast i8* %91 to i64*, !dbg !57
	store i64 8, i64* %92, align 8, !dbg !57
	%v309 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v293, i64 48, i64 0), !dbg !57
	call void @llvm.lifetime.end.p0i8(i64 48, i8* %v293)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v310)
	%93 = bitcast i8* %v310 to i64*, !dbg !58
	store i64 4, i64* %93, align 8, !dbg !58
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v317)
	%v319 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v317, i64 2, i64 %v9), !dbg !59
	%94 = bitcast i8* %v317 to i16*, !dbg !59
	%95 = load i16, i16* %94, align 2, !dbg !59
	%v320 = sext i16 %95 to i64, !dbg !59
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v317)
	%96 = getelementptr i8, i8* %v310, i64 8, !dbg !58
	%97 = bitcast i8* %96 to i64*, !dbg !58
	store i64 %v320, i64* %97, align 8, !dbg !58
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v324)
	%v326 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v324, i64 1, i64 %v69), !dbg !60
	%98 = load i8, i8* %v324, align 1, !dbg !60
	%v327 = zext i8 %98 to i64, !dbg !60
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v324)
	%99 = getelementptr i8, i8* %v310, i64 16, !dbg !58
	%100 = bitcast i8* %99 to i64*, !dbg !58
	store i64 %v327, i64* %100, align 8, !dbg !58
	%v332 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v310, i64 24, i64 0), !dbg !58
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v310)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v333)
	%101 = bitcast i8* %v333 to i64*, !dbg !61
	store i64 3, i64* %101, align 8, !dbg !61
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v336)
	%102 = bitcast i8* %v336 to i64*, !dbg !61
	store i64 0, i64* %102, align 8, !dbg !61
	%v341 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_e to i8*), i8* %v336, i8* %v333, i64 0), !dbg !61
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v336)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v333)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v342)
	%103 = bitcast i8* %v342 to i64*, !dbg !62
	store i64 30000, i64* %103, align 8, !dbg !62
	%v348 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v342, i64 8, i64 0), !dbg !62
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v342)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v349)
	%104 = bitcast i8* %v349 to i32*, !dbg !62
	store i32 0, i32* %104, align 4, !dbg !62
	%v353 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v349), !dbg !62
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v349)
	%105 = icmp ne i8* %v353, null
	br i1 %105, label %b3, label %b4, !dbg !62

b3:
	%106 = bitcast i8* %v353 to i64*, !dbg !62
	store i64 1, i64* %106, align 8, !dbg !62
	br label %b4, !dbg !62

b4:
	ret i64 0, !dbg !62
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memset.p0i8.i64(i8* %0, i8 %1, i64 %2, i1 %3) argmemonly nounwind

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
!8 = distinct !DISubprogram(name: "tp_sys_enter_write", scope: !0, file: !0, line: 672, type: !4, scopeLine: 672, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 672, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 672, scope: !8)
!12 = !DILocation(line: 680, scope: !8)
!13 = !DILocation(line: 692, scope: !8)
!14 = !DILocation(line: 721, scope: !8)
!15 = !DILocation(line: 716, scope: !8)
!16 = !DILocation(line: 737, scope: !8)
!17 = !DILocation(line: 727, scope: !8)
!18 = !DILocation(line: 747, scope: !8)
!19 = !DILocation(line: 741, scope: !8)
!20 = !DILocation(line: 766, scope: !8)
!21 = !DILocation(line: 759, scope: !8)
!22 = !DILocation(line: 791, scope: !8)
!23 = !DILocation(line: 776, scope: !8)
!24 = !DILocation(line: 803, scope: !8)
!25 = !DILocation(line: 795, scope: !8)
!26 = !DILocation(line: 830, scope: !8)
!27 = !DILocation(line: 814, scope: !8)
!28 = !DILocation(line: 839, scope: !8)
!29 = !DILocation(line: 834, scope: !8)
!30 = !DILocation(line: 847, scope: !8)
!31 = !DILocation(line: 864, scope: !8)
!32 = !DILocation(line: 900, scope: !8)
!33 = !DILocation(line: 907, scope: !8)
!34 = !DILocation(line: 917, scope: !8)
!35 = !DILocation(line: 930, scope: !8)
!36 = !DILocation(line: 943, scope: !8)
!37 = !DILocation(line: 955, scope: !8)
!38 = !DILocation(line: 962, scope: !8)
!39 = !DILocation(line: 969, scope: !8)
!40 = !DILocation(line: 978, scope: !8)
!41 = !DILocation(line: 1008, scope: !8)
!42 = !DILocation(line: 1016, scope: !8)
!43 = !DILocation(line: 1025, scope: !8)
!44 = !DILocation(line: 1033, scope: !8)
!45 = !DILocation(line: 1042, scope: !8)
!46 = !DILocation(line: 1055, scope: !8)
!47 = !DILocation(line: 1064, scope: !8)
!48 = !DILocation(line: 1083, scope: !8)
!49 = !DILocation(line: 1087, scope: !8)
!50 = !DILocation(line: 1098, scope: !8)
!51 = !DILocation(line: 1078, scope: !8)
!52 = !DILocation(line: 1127, scope: !8)
!53 = !DILocation(line: 1148, scope: !8)
!54 = !DILocation(line: 1155, scope: !8)
!55 = !DILocation(line: 1162, scope: !8)
!56 = !DILocation(line: 1175, scope: !8)
!57 = !DILocation(line: 1189, scope: !8)
!58 = !DILocation(line: 1298, scope: !8)
!59 = !DILocation(line: 1316, scope: !8)
!60 = !DILocation(line: 1336, scope: !8)
!61 = !DILocation(line: 1358, scope: !8)
!62 = !DILocation(line: 1369, scope: !8)
