target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_key = global { i32, i32, i32, i32, i32 } { i32 1, i32 16, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_load = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_w2 = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_weight = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_getppid(i8* %ctx) nounwind section "bpftc/tp_sys_enter_getppid" {
b0:
	%v215.slot = alloca [8 x i8], align 8
	%v215 = bitcast [8 x i8]* %v215.slot to i8*
	%v208.slot = alloca [8 x i8], align 8
	%v208 = bitcast [8 x i8]* %v208.slot to i8*
	%v202.slot = alloca [8 x i8], align 8
	%v202 = bitcast [8 x i8]* %v202.slot to i8*
	%v194.slot = alloca [8 x i8], align 8
	%v194 = bitcast [8 x i8]* %v194.slot to i8*
	%v193.slot = alloca [8 x i8], align 8
	%v193 = bitcast [8 x i8]* %v193.slot to i8*
	%v184.slot = alloca [8 x i8], align 8
	%v184 = bitcast [8 x i8]* %v184.slot to i8*
	%v177.slot = alloca [8 x i8], align 8
	%v177 = bitcast [8 x i8]* %v177.slot to i8*
	%v175.slot = alloca [8 x i8], align 8
	%v175 = bitcast [8 x i8]* %v175.slot to i8*
	%v160.slot = alloca [32 x i8], align 8
	%v160 = bitcast [32 x i8]* %v160.slot to i8*
	%v143.slot = alloca [32 x i8], align 8
	%v143 = bitcast [32 x i8]* %v143.slot to i8*
	%v133.slot = alloca [16 x i8], align 8
	%v133 = bitcast [16 x i8]* %v133.slot to i8*
	%v130.slot = alloca [8 x i8], align 8
	%v130 = bitcast [8 x i8]* %v130.slot to i8*
	%v124.slot = alloca [8 x i8], align 8
	%v124 = bitcast [8 x i8]* %v124.slot to i8*
	%v117.slot = alloca [16 x i8], align 8
	%v117 = bitcast [16 x i8]* %v117.slot to i8*
	%v101.slot = alloca [8 x i8], align 8
	%v101 = bitcast [8 x i8]* %v101.slot to i8*
	%v94.slot = alloca [8 x i8], align 8
	%v94 = bitcast [8 x i8]* %v94.slot to i8*
	%v81.slot = alloca [8 x i8], align 8
	%v81 = bitcast [8 x i8]* %v81.slot to i8*
	%v72.slot = alloca [8 x i8], align 8
	%v72 = bitcast [8 x i8]* %v72.slot to i8*
	%v66.slot = alloca [8 x i8], align 8
	%v66 = bitcast [8 x i8]* %v66.slot to i8*
	%v62.slot = alloca [32 x i8], align 8
	%v62 = bitcast [32 x i8]* %v62.slot to i8*
	%v42.slot = alloca [16 x i8], align 8
	%v42 = bitcast [16 x i8]* %v42.slot to i8*
	%v35.slot = alloca [16 x i8], align 8
	%v35 = bitcast [16 x i8]* %v35.slot to i8*
	%v24.slot = alloca [8 x i8], align 8
	%v24 = bitcast [8 x i8]* %v24.slot to i8*
	%v13.slot = alloca [8 x i8], align 8
	%v13 = bitcast [8 x i8]* %v13.slot to i8*
	%v10.slot = alloca [32 x i8], align 8
	%v10 = bitcast [32 x i8]* %v10.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)()
	%v3 = lshr i64 %v1, 32
	%v7 = icmp ne i64 %v3, 4242
	br i1 %v7, label %b1, label %b2

b1:
	ret i64 0

b2:
	%v9 = call i64 inttoptr (i64 35 to i64 ()*)()
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v10)
	%0 = bitcast i8* %v10 to i64*
	store i64 0, i64* %0, align 8
	%v15 = add i64 %v9, 1264
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v13)
	%v17 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v13, i64 4, i64 %v15)
	%1 = bitcast i8* %v13 to i32*
	%2 = load i32, i32* %1, align 4
	%v18 = sext i32 %2 to i64
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v13)
	%v19 = call i64 inttoptr (i64 14 to i64 ()*)()
	%3 = trunc i64 %v19 to i32
	%v20 = zext i32 %3 to i64
	%v21.c = icmp eq i64 %v18, %v20
	%v21 = zext i1 %v21.c to i64
	%4 = getelementptr i8, i8* %v10, i64 8
	%5 = bitcast i8* %4 to i64*
	store i64 %v21, i64* %5, align 8
	%v23 = call i64 inttoptr (i64 35 to i64 ()*)()
	%v26 = add i64 %v23, 1268
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v24)
	%v28 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v24, i64 4, i64 %v26)
	%6 = bitcast i8* %v24 to i32*
	%7 = load i32, i32* %6, align 4
	%v29 = sext i32 %7 to i64
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v24)
	%v30 = call i64 inttoptr (i64 14 to i64 ()*)()
	%v32 = lshr i64 %v30, 32
	%v33.c = icmp eq i64 %v29, %v32
	%v33 = zext i1 %v33.c to i64
	%8 = getelementptr i8, i8* %v10, i64 16
	%9 = bitcast i8* %8 to i64*
	store i64 %v33, i64* %9, align 8
	%v36 = call i64 inttoptr (i64 35 to i64 ()*)()
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v35)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v35, i8 0, i64 16, i1 false)
	%v39 = add i64 %v36, 1752
	%v41 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v35, i64 16, i64 %v39)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v42)
	%v44 = call i64 inttoptr (i64 16 to i64 (i8*, i64)*)(i8* %v42, i64 16)
	%10 = bitcast i8* %v35 to i64*
	%v46 = load i64, i64* %10, align 8
	%11 = bitcast i8* %v42 to i64*
	%v47 = load i64, i64* %11, align 8
	%v49 = icmp ne i64 %v46, %v47
	br i1 %v49, label %b3, label %b4

b4:
	%12 = getelementptr i8, i8* %v35, i64 8
	%13 = bitcast i8* %12 to i64*
	%v51 = load i64, i64* %13, align 8
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v35)
	%14 = getelementptr i8, i8* %v42, i64 8
	%15 = bitcast i8* %14 to i64*
	%v52 = load i64, i64* %15, align 8
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v42)
	%v54 = icmp ne i64 %v51, %v52
	br i1 %v54, label %b3, label %b5

b5:
	br label %b3

b3:
	%v56 = phi i64 [ 0, %b2 ], [ 0, %b4 ], [ 1, %b5 ]
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v42)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v35)
	%16 = getelementptr i8, i8* %v10, i64 24
	%17 = bitcast i8* %16 to i64*
	store i64 %v56, i64* %17, align 8
	%v61 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v10, i64 32, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v10)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v62)
	%18 = bitcast i8* %v62 to i64*
	store i64 1, i64* %18, align 8
	%v68 = add i64 %v9, 1280
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v66)
	%v70 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v66, i64 8, i64 %v68)
	%19 = bitcast i8* %v66 to i64*
	%v71 = load i64, i64* %19, align 8
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v66)
	%v74 = add i64 %v71, 1268
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v72)
	%v76 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v72, i64 4, i64 %v74)
	%20 = bitcast i8* %v72 to i32*
	%21 = load i32, i32* %20, align 4
	%v77 = sext i32 %21 to i64
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v72)
	%v79.c = icmp sgt i64 %v77, 0
	%v79 = zext i1 %v79.c to i64
	%22 = getelementptr i8, i8* %v62, i64 8
	%23 = bitcast i8* %22 to i64*
	store i64 %v79, i64* %23, align 8
	%v83 = add i64 %v9, 1136
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v81)
	%v85 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v81, i64 8, i64 %v83)
	%24 = bitcast i8* %v81 to i64*
	%v86 = load i64, i64* %24, align 8
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v81)
	%v88.c = icmp ne i64 %v86, 0
	%v88 = zext i1 %v88.c to i64
	%25 = trunc i64 %v88 to i1
	%v89 = sext i1 %25 to i64
	%v91 = and i64 %v89, 1
	%26 = getelementptr i8, i8* %v62, i64 16
	%27 = bitcast i8* %26 to i64*
	store i64 %v91, i64* %27, align 8
	%v93 = call i64 inttoptr (i64 35 to i64 ()*)()
	%v96 = add i64 %v93, 1288
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v94)
	%v98 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v94, i64 8, i64 %v96)
	%28 = bitcast i8* %v94 to i64*
	%v99 = load i64, i64* %28, align 8
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v94)
	%v100 = call i64 inttoptr (i64 35 to i64 ()*)()
	%v103 = add i64 %v100, 1280
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v101)
	%v105 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v101, i64 8, i64 %v103)
	%29 = bitcast i8* %v101 to i64*
	%v106 = load i64, i64* %29, align 8
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v101)
	%v107.c = icmp eq i64 %v99, %v106
	%v107 = zext i1 %v107.c to i64
	%v109 = and i64 %v107, 1
	%v111 = and i64 %v109, 1
	%30 = getelementptr i8, i8* %v62, i64 24
	%31 = bitcast i8* %30 to i64*
	store i64 %v111, i64* %31, align 8
	%v116 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v62, i64 32, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v62)
	%v118 = call i64 inttoptr (i64 35 to i64 ()*)()
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v117)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v117, i8 0, i64 16, i1 false)
	%v121 = add i64 %v118, 128
	%v123 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v117, i64 16, i64 %v121)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v124)
	%32 = bitcast i8* %v124 to i64*
	store i64 0, i64* %32, align 8
	%v129 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_load to i8*), i8* %v124, i8* %v117, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v124)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v117)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v130)
	%33 = bitcast i8* %v130 to i64*
	store i64 1, i64* %33, align 8
	%v134 = call i64 inttoptr (i64 35 to i64 ()*)()
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v133)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v133, i8 0, i64 16, i1 false)
	%v137 = add i64 %v134, 128
	%v139 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v133, i64 16, i64 %v137)
	%v142 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_key to i8*), i8* %v133, i8* %v130, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v133)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v130)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v143)
	%34 = bitcast i8* %v143 to i64*
	store i64 30007, i64* %34, align 8
	%35 = getelementptr i8, i8* %v143, i64 8
	%36 = bitcast i8* %35 to i64*
	store i64 0, i64* %36, align 8
	%v148 = call i64 inttoptr (i64 35 to i64 ()*)()
	%37 = getelementptr i8, i8* %v143, i64 16
	call void @llvm.memset.p0i8.i64(i8* align 8 %37, i8 0, i64 16, i1 false)
	%v151 = add i64 %v148, 128
	%v153 = getelementptr i8, i8* %v143, i64 16
	%v155 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v153, i64 16, i64 %v151)
	%v159 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v143, i64 32, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v143)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v160)
	%38 = bitcast i8* %v160 to i64*
	store i64 2, i64* %38, align 8
	%39 = getelementptr i8, i8* %v160, i64 8
	%40 = bitcast i8* %39 to i64*
	store i64 1, i64* %40, align 8
	%41 = getelementptr i8, i8* %v160, i64 16
	%42 = bitcast i8* %41 to i64*
	store i64 16, i64* %42, align 8
	%43 = getelementptr i8, i8* %v160, i64 24
	%44 = bitcast i8* %43 to i64*
	store i64 2, i64* %44, align 8
	%v174 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v160, i64 32, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v160)
	%v176 = call i64 inttoptr (i64 35 to i64 ()*)()
	%v179 = add i64 %v176, 128
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v177)
	%v181 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v177, i64 8, i64 %v179)
	%45 = bitcast i8* %v177 to i64*
	%v182 = load i64, i64* %45, align 8
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v177)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v175)
	%46 = bitcast i8* %v175 to i64*
	store i64 %v182, i64* %46, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v184)
	%47 = bitcast i8* %v184 to i64*
	store i64 0, i64* %47, align 8
	%v189 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_weight to i8*), i8* %v184, i8* %v175, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v184)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v175)
	%v190 = call i64 inttoptr (i64 35 to i64 ()*)()
	%v192 = add i64 %v190, 128
	%v196 = add i64 %v192, 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v194)
	%v198 = call i64 inttoptr (i64 113 to i64 (i8*, i64, i64)*)(i8* %v194, i64 4, i64 %v196)
	%48 = bitcast i8* %v194 to i32*
	%49 = load i32, i32* %48, align 4
	%v199 = zext i32 %49 to i64
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v194)
	%50 = trunc i64 %v199 to i32
	%v200 = zext i32 %50 to i64
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v193)
	%51 = bitcast i8* %v193 to i64*
	store i64 %v200, i64* %51, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v202)
	%52 = bitcast i8* %v202 to i64*
	store i64 0, i64* %52, align 8
	%v207 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_w2 to i8*), i8* %v202, i8* %v193, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v202)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v193)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v208)
	%53 = bitcast i8* %v208 to i64*
	store i64 30000, i64* %53, align 8
	%v214 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v208, i64 8, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v208)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v215)
	%54 = bitcast i8* %v215 to i32*
	store i32 0, i32* %54, align 4
	%v219 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v215)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v215)
	%55 = icmp ne i8* %v219, null
	br i1 %55, label %b6, label %b7

b6:
	%56 = bitcast i8* %v219 to i64*
	store i64 1, i64* %56, align 8
	br label %b7

b7:
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memset.p0i8.i64(i8* %0, i8 %1, i64 %2, i1 %3) argmemonly nounwind
