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
	%v347.slot = alloca [8 x i8], align 8
	%v347 = bitcast [8 x i8]* %v347.slot to i8*
	%v340.slot = alloca [8 x i8], align 8
	%v340 = bitcast [8 x i8]* %v340.slot to i8*
	%v322.slot = alloca [8 x i8], align 8
	%v322 = bitcast [8 x i8]* %v322.slot to i8*
	%v315.slot = alloca [8 x i8], align 8
	%v315 = bitcast [8 x i8]* %v315.slot to i8*
	%v308.slot = alloca [24 x i8], align 8
	%v308 = bitcast [24 x i8]* %v308.slot to i8*
	%v291.slot = alloca [48 x i8], align 8
	%v291 = bitcast [48 x i8]* %v291.slot to i8*
	%v279.slot = alloca [8 x i8], align 8
	%v279 = bitcast [8 x i8]* %v279.slot to i8*
	%v273.slot = alloca [8 x i8], align 8
	%v273 = bitcast [8 x i8]* %v273.slot to i8*
	%v266.slot = alloca [8 x i8], align 8
	%v266 = bitcast [8 x i8]* %v266.slot to i8*
	%v261.slot = alloca [8 x i8], align 8
	%v261 = bitcast [8 x i8]* %v261.slot to i8*
	%v258.slot = alloca [32 x i8], align 8
	%v258 = bitcast [32 x i8]* %v258.slot to i8*
	%v233.slot = alloca [32 x i8], align 8
	%v233 = bitcast [32 x i8]* %v233.slot to i8*
	%v216.slot = alloca [8 x i8], align 8
	%v216 = bitcast [8 x i8]* %v216.slot to i8*
	%v209.slot = alloca [8 x i8], align 8
	%v209 = bitcast [8 x i8]* %v209.slot to i8*
	%v200.slot = alloca [8 x i8], align 8
	%v200 = bitcast [8 x i8]* %v200.slot to i8*
	%v189.slot = alloca [8 x i8], align 8
	%v189 = bitcast [8 x i8]* %v189.slot to i8*
	%v180.slot = alloca [8 x i8], align 8
	%v180 = bitcast [8 x i8]* %v180.slot to i8*
	%v177.slot = alloca [56 x i8], align 8
	%v177 = bitcast [56 x i8]* %v177.slot to i8*
	%v166.slot = alloca [8 x i8], align 8
	%v166 = bitcast [8 x i8]* %v166.slot to i8*
	%v159.slot = alloca [8 x i8], align 8
	%v159 = bitcast [8 x i8]* %v159.slot to i8*
	%v152.slot = alloca [8 x i8], align 8
	%v152 = bitcast [8 x i8]* %v152.slot to i8*
	%v145.slot = alloca [8 x i8], align 8
	%v145 = bitcast [8 x i8]* %v145.slot to i8*
	%v138.slot = alloca [8 x i8], align 8
	%v138 = bitcast [8 x i8]* %v138.slot to i8*
	%v131.slot = alloca [8 x i8], align 8
	%v131 = bitcast [8 x i8]* %v131.slot to i8*
	%v119.slot = alloca [8 x i8], align 8
	%v119 = bitcast [8 x i8]* %v119.slot to i8*
	%v116.slot = alloca [72 x i8], align 8
	%v116 = bitcast [72 x i8]* %v116.slot to i8*
	%v106.slot = alloca [8 x i8], align 8
	%v106 = bitcast [8 x i8]* %v106.slot to i8*
	%v105.slot = alloca [8 x i8], align 8
	%v105 = bitcast [8 x i8]* %v105.slot to i8*
	%v102.slot = alloca [8 x i8], align 8
	%v102 = bitcast [8 x i8]* %v102.slot to i8*
	%v89.slot = alloca [8 x i8], align 8
	%v89 = bitcast [8 x i8]* %v89.slot to i8*
	%v88.slot = alloca [8 x i8], align 8
	%v88 = bitcast [8 x i8]* %v88.slot to i8*
	%v79.slot = alloca [8 x i8], align 8
	%v79 = bitcast [8 x i8]* %v79.slot to i8*
	%v76.slot = alloca [8 x i8], align 8
	%v76 = bitcast [8 x i8]* %v76.slot to i8*
	%v64.slot = alloca [8 x i8], align 8
	%v64 = bitcast [8 x i8]* %v64.slot to i8*
	%v55.slot = alloca [16 x i8], align 8
	%v55 = bitcast [16 x i8]* %v55.slot to i8*
	%v52.slot = alloca [8 x i8], align 8
	%v52 = bitcast [8 x i8]* %v52.slot to i8*
	%v40.slot = alloca [16 x i8], align 8
	%v40 = bitcast [16 x i8]* %v40.slot to i8*
	%v28.slot = alloca [8 x i8], align 8
	%v28 = bitcast [8 x i8]* %v28.slot to i8*
	%v21.slot = alloca [64 x i8], align 8
	%v21 = bitcast [64 x i8]* %v21.slot to i8*
	%v18.slot = alloca [8 x i8], align 8
	%v18 = bitcast [8 x i8]* %v18.slot to i8*
	%v12.slot = alloca [8 x i8], align 8
	%v12 = bitcast [8 x i8]* %v12.slot to i8*
	%v8.slot = alloca [64 x i8], align 8
	%v8 = bitcast [64 x i8]* %v8.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !11
	%v3 = lshr i64 %v1, 32, !dbg !11
	%v5 = icmp eq i64 %v3, 4242, !dbg !11
	br i1 %v5, label %b1, label %b2, !dbg !11

b1:
	%0 = getelementptr i8, i8* %ctx, i64 24, !dbg !13
	%1 = bitcast i8* %0 to i64*, !dbg !13
	%v7 = load i64, i64* %1, align 8, !dbg !13
	call void @llvm.lifetime.start.p0i8(i64 64, i8* %v8)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v8, i8 0, i64 64, i1 false), !dbg !14
	%v11 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v8, i64 64, i64 %v7), !dbg !14
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v12)
	%2 = bitcast i8* %v12 to i64*, !dbg !15
	store i64 0, i64* %2, align 8, !dbg !15
	%v17 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_s to i8*), i8* %v12, i8* %v8, i64 0), !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v8)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v18)
	%3 = bitcast i8* %v18 to i64*, !dbg !17
	store i64 1, i64* %3, align 8, !dbg !17
	call void @llvm.lifetime.start.p0i8(i64 64, i8* %v21)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v21, i8 0, i64 64, i1 false), !dbg !17
	%v24 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v21, i64 64, i64 %v7), !dbg !17
	%v27 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k to i8*), i8* %v21, i8* %v18, i64 0), !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v21)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v18)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v28)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v28, i8 0, i64 8, i1 false), !dbg !18
	%v31 = add i64 %v7, 12, !dbg !18
	%v33 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v28, i64 8, i64 %v31), !dbg !18
	%v39 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_in to i8*), i8* %v12, i8* %v28, i64 0), !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v28)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v40)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v40, i8 0, i64 12, i1 false), !dbg !20
	%v43 = add i64 %v7, 20, !dbg !20
	%v45 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v40, i64 12, i64 %v43), !dbg !20
	%v51 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_arr to i8*), i8* %v12, i8* %v40, i64 0), !dbg !21
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v40)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v52)
	%4 = bitcast i8* %v52 to i64*, !dbg !23
	store i64 2, i64* %4, align 8, !dbg !23
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v55)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v55, i8 0, i64 12, i1 false), !dbg !23
	%v60 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v55, i64 12, i64 %v43), !dbg !23
	%v63 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ka to i8*), i8* %v55, i8* %v52, i64 0), !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v55)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v52)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v64)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v64, i8 0, i64 8, i1 false), !dbg !24
	%v67 = add i64 %v7, 4, !dbg !24
	%v69 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v64, i64 8, i64 %v67), !dbg !24
	%v75 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_name to i8*), i8* %v12, i8* %v64, i64 0), !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v64)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v76)
	%5 = bitcast i8* %v76 to i64*, !dbg !27
	store i64 3, i64* %5, align 8, !dbg !27
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v79)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v79, i8 0, i64 8, i1 false), !dbg !27
	%v84 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v79, i64 8, i64 %v67), !dbg !27
	%v87 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_kn to i8*), i8* %v79, i8* %v76, i64 0), !dbg !27
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v79)
	%v91 = add i64 %v7, 48, !dbg !28
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v89)
	%v93 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v89, i64 8, i64 %v91), !dbg !28
	%6 = bitcast i8* %v89 to i64*, !dbg !28
	%v94 = load i64, i64* %6, align 8, !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v89)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v88)
	%7 = bitcast i8* %v88 to i64*, !dbg !28
	store i64 %v94, i64* %7, align 8, !dbg !28
	%v101 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_p to i8*), i8* %v12, i8* %v88, i64 0), !dbg !29
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v88)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v102)
	%8 = bitcast i8* %v102 to i64*, !dbg !30
	store i64 4, i64* %8, align 8, !dbg !30
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v106)
	%v110 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v106, i64 8, i64 %v91), !dbg !30
	%9 = bitcast i8* %v106 to i64*, !dbg !30
	%v111 = load i64, i64* %9, align 8, !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v106)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v105)
	%10 = bitcast i8* %v105 to i64*, !dbg !30
	store i64 %v111, i64* %10, align 8, !dbg !30
	%v115 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_kp to i8*), i8* %v105, i8* %v102, i64 0), !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v105)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v102)
	call void @llvm.lifetime.start.p0i8(i64 72, i8* %v116)
	%11 = bitcast i8* %v116 to i64*, !dbg !31
	store i64 0, i64* %11, align 8, !dbg !31
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v119)
	%v121 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v119, i64 4, i64 %v7), !dbg !32
	%12 = bitcast i8* %v119 to i32*, !dbg !32
	%13 = load i32, i32* %12, align 4, !dbg !32
	%v122 = sext i32 %13 to i64, !dbg !32
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v119)
	%14 = getelementptr i8, i8* %v116, i64 8, !dbg !31
	%15 = bitcast i8* %14 to i64*, !dbg !31
	store i64 %v122, i64* %15, align 8, !dbg !31
	%16 = getelementptr i8, i8* %v116, i64 16, !dbg !33
	call void @llvm.memset.p0i8.i64(i8* align 8 %16, i8 0, i64 8, i1 false), !dbg !33
	%v128 = getelementptr i8, i8* %v116, i64 16, !dbg !33
	%v130 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v128, i64 8, i64 %v67), !dbg !33
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v131)
	%v135 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v131, i64 4, i64 %v31), !dbg !34
	%17 = bitcast i8* %v131 to i32*, !dbg !34
	%18 = load i32, i32* %17, align 4, !dbg !34
	%v136 = sext i32 %18 to i64, !dbg !34
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v131)
	%19 = getelementptr i8, i8* %v116, i64 24, !dbg !31
	%20 = bitcast i8* %19 to i64*, !dbg !31
	store i64 %v136, i64* %20, align 8, !dbg !31
	%v140 = add i64 %v7, 16, !dbg !35
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v138)
	%v142 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v138, i64 2, i64 %v140), !dbg !35
	%21 = bitcast i8* %v138 to i16*, !dbg !35
	%22 = load i16, i16* %21, align 2, !dbg !35
	%v143 = sext i16 %22 to i64, !dbg !35
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v138)
	%23 = getelementptr i8, i8* %v116, i64 32, !dbg !31
	%24 = bitcast i8* %23 to i64*, !dbg !31
	store i64 %v143, i64* %24, align 8, !dbg !31
	%v147 = add i64 %v7, 24, !dbg !36
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v145)
	%v149 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v145, i64 4, i64 %v147), !dbg !36
	%25 = bitcast i8* %v145 to i32*, !dbg !36
	%26 = load i32, i32* %25, align 4, !dbg !36
	%v150 = sext i32 %26 to i64, !dbg !36
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v145)
	%27 = getelementptr i8, i8* %v116, i64 40, !dbg !31
	%28 = bitcast i8* %27 to i64*, !dbg !31
	store i64 %v150, i64* %28, align 8, !dbg !31
	%v154 = add i64 %v7, 40, !dbg !37
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v152)
	%v156 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v152, i64 1, i64 %v154), !dbg !37
	%29 = load i8, i8* %v152, align 1, !dbg !37
	%v157 = zext i8 %29 to i64, !dbg !37
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v152)
	%30 = getelementptr i8, i8* %v116, i64 48, !dbg !31
	%31 = bitcast i8* %30 to i64*, !dbg !31
	store i64 %v157, i64* %31, align 8, !dbg !31
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v159)
	%v163 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v159, i64 1, i64 %v154), !dbg !38
	%32 = load i8, i8* %v159, align 1, !dbg !38
	%v164 = sext i8 %32 to i64, !dbg !38
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v159)
	%33 = getelementptr i8, i8* %v116, i64 56, !dbg !31
	%34 = bitcast i8* %33 to i64*, !dbg !31
	store i64 %v164, i64* %34, align 8, !dbg !31
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v166)
	%v170 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v166, i64 8, i64 %v91), !dbg !39
	%35 = bitcast i8* %v166 to i64*, !dbg !39
	%v171 = load i64, i64* %35, align 8, !dbg !39
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v166)
	%36 = getelementptr i8, i8* %v116, i64 64, !dbg !39
	%37 = bitcast i8* %36 to i64*, !dbg !39
	store i64 %v171, i64* %37, align 8, !dbg !39
	%v176 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v116, i64 72, i64 0), !dbg !31
	call void @llvm.lifetime.end.p0i8(i64 72, i8* %v116)
	call void @llvm.lifetime.start.p0i8(i64 56, i8* %v177)
	%38 = bitcast i8* %v177 to i64*, !dbg !40
	store i64 1, i64* %38, align 8, !dbg !40
	%v182 = add i64 %v7, 56, !dbg !41
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v180)
	%v184 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v180, i64 1, i64 %v182), !dbg !41
	%39 = load i8, i8* %v180, align 1, !dbg !41
	%v185 = zext i8 %39 to i64, !dbg !41
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v180)
	%v187 = and i64 %v185, 15, !dbg !41
	%40 = getelementptr i8, i8* %v177, i64 8, !dbg !40
	%41 = bitcast i8* %40 to i64*, !dbg !40
	store i64 %v187, i64* %41, align 8, !dbg !40
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v189)
	%v193 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v189, i64 2, i64 %v182), !dbg !42
	%42 = bitcast i8* %v189 to i16*, !dbg !42
	%43 = load i16, i16* %42, align 2, !dbg !42
	%v194 = zext i16 %43 to i64, !dbg !42
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v189)
	%v196 = lshr i64 %v194, 4, !dbg !42
	%v198 = and i64 %v196, 4095, !dbg !42
	%44 = getelementptr i8, i8* %v177, i64 16, !dbg !40
	%45 = bitcast i8* %44 to i64*, !dbg !40
	store i64 %v198, i64* %45, align 8, !dbg !40
	%v202 = add i64 %v7, 58, !dbg !43
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v200)
	%v204 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v200, i64 2, i64 %v202), !dbg !43
	%46 = bitcast i8* %v200 to i16*, !dbg !43
	%47 = load i16, i16* %46, align 2, !dbg !43
	%v205 = zext i16 %47 to i64, !dbg !43
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v200)
	%v207 = and i64 %v205, u0xFFFF, !dbg !43
	%48 = getelementptr i8, i8* %v177, i64 24, !dbg !40
	%49 = bitcast i8* %48 to i64*, !dbg !40
	store i64 %v207, i64* %49, align 8, !dbg !40
	%v211 = add i64 %v7, 32, !dbg !44
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v209)
	%v213 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v209, i64 8, i64 %v211), !dbg !44
	%50 = bitcast i8* %v209 to i64*, !dbg !44
	%v214 = load i64, i64* %50, align 8, !dbg !44
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v209)
	%51 = getelementptr i8, i8* %v177, i64 32, !dbg !40
	%52 = bitcast i8* %51 to i64*, !dbg !40
	store i64 %v214, i64* %52, align 8, !dbg !40
	%v218 = add i64 %v7, 28, !dbg !45
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v216)
	%v220 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v216, i64 4, i64 %v218), !dbg !45
	%53 = bitcast i8* %v216 to i32*, !dbg !45
	%54 = load i32, i32* %53, align 4, !dbg !45
	%v221 = sext i32 %54 to i64, !dbg !45
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v216)
	%v223 = mul i64 %v221, 42, !dbg !45
	%55 = getelementptr i8, i8* %v177, i64 40, !dbg !40
	%56 = bitcast i8* %55 to i64*, !dbg !40
	store i64 %v223, i64* %56, align 8, !dbg !40
	%57 = getelementptr i8, i8* %v177, i64 48, !dbg !40
	%58 = bitcast i8* %57 to i64*, !dbg !40
	store i64 14, i64* %58, align 8, !dbg !40
	%v232 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v177, i64 56, i64 0), !dbg !40
	call void @llvm.lifetime.end.p0i8(i64 56, i8* %v177)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v233)
	%59 = bitcast i8* %v233 to i64*, !dbg !48
	store i64 1, i64* %59, align 8, !dbg !48
	%60 = getelementptr i8, i8* %v233, i64 8, !dbg !49
	call void @llvm.memset.p0i8.i64(i8* align 8 %60, i8 0, i64 8, i1 false), !dbg !49
	%v240 = getelementptr i8, i8* %v233, i64 8, !dbg !49
	%v242 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v240, i64 8, i64 %v31), !dbg !49
	%61 = getelementptr i8, i8* %v233, i64 16, !dbg !50
	call void @llvm.memset.p0i8.i64(i8* align 8 %61, i8 0, i64 12, i1 false), !dbg !50
	%v247 = getelementptr i8, i8* %v233, i64 16, !dbg !50
	%v249 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v247, i64 12, i64 %v43), !dbg !50
	%v255 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_t to i8*), i8* %v12, i8* %v233, i64 0), !dbg !51
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v233)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v258)
	%62 = bitcast i8* %v258 to i64*, !dbg !52
	store i64 2, i64* %62, align 8, !dbg !52
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v261)
	%v263 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v261, i64 4, i64 %v31), !dbg !53
	%63 = bitcast i8* %v261 to i32*, !dbg !53
	%64 = load i32, i32* %63, align 4, !dbg !53
	%v264 = sext i32 %64 to i64, !dbg !53
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v261)
	%65 = getelementptr i8, i8* %v258, i64 8, !dbg !52
	%66 = bitcast i8* %65 to i64*, !dbg !52
	store i64 %v264, i64* %66, align 8, !dbg !52
	%v268 = add i64 %v31, 4, !dbg !54
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v266)
	%v270 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v266, i64 2, i64 %v268), !dbg !54
	%67 = bitcast i8* %v266 to i16*, !dbg !54
	%68 = load i16, i16* %67, align 2, !dbg !54
	%v271 = sext i16 %68 to i64, !dbg !54
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v266)
	%69 = getelementptr i8, i8* %v258, i64 16, !dbg !52
	%70 = bitcast i8* %69 to i64*, !dbg !52
	store i64 %v271, i64* %70, align 8, !dbg !52
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v273)
	%v277 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v273, i64 4, i64 %v43), !dbg !55
	%71 = bitcast i8* %v273 to i32*, !dbg !55
	%72 = load i32, i32* %71, align 4, !dbg !55
	%v278 = sext i32 %72 to i64, !dbg !55
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v273)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v279)
	%v283 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v279, i64 4, i64 %v218), !dbg !56
	%73 = bitcast i8* %v279 to i32*, !dbg !56
	%74 = load i32, i32* %73, align 4, !dbg !56
	%v284 = sext i32 %74 to i64, !dbg !56
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v279)
	%v285 = add i64 %v278, %v284, !dbg !55
	%75 = getelementptr i8, i8* %v258, i64 24, !dbg !52
	%76 = bitcast i8* %75 to i64*, !dbg !52
	store i64 %v285, i64* %76, align 8, !dbg !52
	%v290 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v258, i64 32, i64 0), !dbg !52
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v258)
	call void @llvm.lifetime.start.p0i8(i64 48, i8* %v291)
	%77 = bitcast i8* %v291 to i64*, !dbg !57
	store i64 3, i64* %77, align 8, !dbg !57
	%78 = getelementptr i8, i8* %v291, i64 8, !dbg !57
	%79 = bitcast i8* %78 to i64*, !dbg !57
	store i64 64, i64* %79, align 8, !dbg !57
	%80 = getelementptr i8, i8* %v291, i64 16, !dbg !57
	%81 = bitcast i8* %80 to i64*, !dbg !57
	store i64 8, i64* %81, align 8, !dbg !57
	%82 = getelementptr i8, i8* %v291, i64 24, !dbg !57
	%83 = bitcast i8* %82 to i64*, !dbg !57
	store i64 12, i64* %83, align 8, !dbg !57
	%84 = getelementptr i8, i8* %v291, i64 32, !dbg !57
	%85 = bitcast i8* %84 to i64*, !dbg !57
	store i64 64, i64* %85, align 8, !dbg !57
	%86 = getelementptr i8, i8* %v291, i64 40, !dbg !57
	%87 = bitcast i8* %86 to i64*, !dbg !57
	store i64 8, i64* %87, align 8, !dbg !57
	%v307 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v291, i64 48, i64 0), !dbg !57
	call void @llvm.lifetime.end.p0i8(i64 48, i8* %v291)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v308)
	%88 = bitcast i8* %v308 to i64*, !dbg !58
	store i64 4, i64* %88, align 8, !dbg !58
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v315)
	%v317 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v315, i64 2, i64 %v7), !dbg !59
	%89 = bitcast i8* %v315 to i16*, !dbg !59
	%90 = load i16, i16* %89, align 2, !dbg !59
	%v318 = sext i16 %90 to i64, !dbg !59
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v315)
	%91 = getelementptr i8, i8* %v308, i64 8, !dbg !58
	%92 = bitcast i8* %91 to i64*, !dbg !58
	store i64 %v318, i64* %92, align 8, !dbg !58
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v322)
	%v324 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v322, i64 1, i64 %v67), !dbg !60
	%93 = load i8, i8* %v322, align 1, !dbg !60
	%v325 = zext i8 %93 to i64, !dbg !60
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v322)
	%94 = getelementptr i8, i8* %v308, i64 16, !dbg !58
	%95 = bitcast i8* %94 to i64*, !dbg !58
	store i64 %v325, i64* %95, align 8, !dbg !58
	%v330 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v308, i64 24, i64 0), !dbg !58
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v308)
	%v339 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_e to i8*), i8* %v12, i8* %v76, i64 0), !dbg !61
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v76)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v12)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v340)
	%96 = bitcast i8* %v340 to i64*, !dbg !62
	store i64 30000, i64* %96, align 8, !dbg !62
	%v346 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v340, i64 8, i64 0), !dbg !62
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v340)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v347)
	%97 = bitcast i8* %v347 to i32*, !dbg !62
	store i32 0, i32* %97, align 4, !dbg !62
	%v351 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v347), !dbg !62
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v347)
	%98 = icmp ne i8* %v351, null
	br i1 %98, label %b3, label %b2, !dbg !62

b3:
	%99 = bitcast i8* %v351 to i64*, !dbg !62
	store i64 1, i64* %99, align 8, !dbg !62
	br label %b2, !dbg !62

b2:
	ret i64 0, !dbg !11
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
