target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT__join = global { i32, i32, i32, i32, i32 } { i32 6, i32 4, i32 16400, i32 1, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_execve(i8* %ctx) nounwind section "bpftc/tp_sys_enter_execve" !dbg !8 {
b0:
	%v333.slot = alloca [8 x i8], align 8
	%v333 = bitcast [8 x i8]* %v333.slot to i8*
	%v324.slot = alloca [8 x i8], align 8
	%v324 = bitcast [8 x i8]* %v324.slot to i8*
	%v176.slot = alloca [8 x i8], align 8
	%v176 = bitcast [8 x i8]* %v176.slot to i8*
	%v167.slot = alloca [8 x i8], align 8
	%v167 = bitcast [8 x i8]* %v167.slot to i8*
	%v19.slot = alloca [8 x i8], align 8
	%v19 = bitcast [8 x i8]* %v19.slot to i8*
	%v10.slot = alloca [8 x i8], align 8
	%v10 = bitcast [8 x i8]* %v10.slot to i8*
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
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v10)
	%2 = bitcast i8* %v10 to i32*, !dbg !13
	store i32 0, i32* %2, align 4, !dbg !13
	%v14 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__join to i8*), i8* %v10), !dbg !13
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v10)
	%3 = icmp ne i8* %v14, null
	br i1 %3, label %b3, label %b4, !dbg !13

b3:
	%4 = bitcast i8* %v14 to i64*, !dbg !13
	store i64 30005, i64* %4, align 8, !dbg !13
	%5 = getelementptr i8, i8* %v14, i64 8, !dbg !13
	%6 = bitcast i8* %5 to i64*, !dbg !13
	store i64 0, i64* %6, align 8, !dbg !13
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v19)
	%v21 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v19, i64 8, i64 %v9), !dbg !13
	%v23 = getelementptr i8, i8* %v14, i64 16, !dbg !13
	%7 = bitcast i8* %v19 to i64*, !dbg !13
	%v25 = load i64, i64* %7, align 8, !dbg !13
	%v26 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v23, i64 1024, i64 %v25), !dbg !13
	%v28 = add i64 %v9, 8, !dbg !13
	%v30 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v19, i64 8, i64 %v28), !dbg !13
	%v32 = getelementptr i8, i8* %v14, i64 1040, !dbg !13
	%8 = bitcast i8* %v19 to i64*, !dbg !13
	%v34 = load i64, i64* %8, align 8, !dbg !13
	%v35 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v32, i64 1024, i64 %v34), !dbg !13
	%v37 = add i64 %v9, 16, !dbg !13
	%v39 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v19, i64 8, i64 %v37), !dbg !13
	%v41 = getelementptr i8, i8* %v14, i64 2064, !dbg !13
	%9 = bitcast i8* %v19 to i64*, !dbg !13
	%v43 = load i64, i64* %9, align 8, !dbg !13
	%v44 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v41, i64 1024, i64 %v43), !dbg !13
	%v46 = add i64 %v9, 24, !dbg !13
	%v48 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v19, i64 8, i64 %v46), !dbg !13
	%v50 = getelementptr i8, i8* %v14, i64 3088, !dbg !13
	%10 = bitcast i8* %v19 to i64*, !dbg !13
	%v52 = load i64, i64* %10, align 8, !dbg !13
	%v53 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v50, i64 1024, i64 %v52), !dbg !13
	%v55 = add i64 %v9, 32, !dbg !13
	%v57 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v19, i64 8, i64 %v55), !dbg !13
	%v59 = getelementptr i8, i8* %v14, i64 u0x1010, !dbg !13
	%11 = bitcast i8* %v19 to i64*, !dbg !13
	%v61 = load i64, i64* %11, align 8, !dbg !13
	%v62 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v59, i64 1024, i64 %v61), !dbg !13
	%v64 = add i64 %v9, 40, !dbg !13
	%v66 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v19, i64 8, i64 %v64), !dbg !13
	%v68 = getelementptr i8, i8* %v14, i64 5136, !dbg !13
	%12 = bitcast i8* %v19 to i64*, !dbg !13
	%v70 = load i64, i64* %12, align 8, !dbg !13
	%v71 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v68, i64 1024, i64 %v70), !dbg !13
	%v73 = add i64 %v9, 48, !dbg !13
	%v75 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v19, i64 8, i64 %v73), !dbg !13
	%v77 = getelementptr i8, i8* %v14, i64 6160, !dbg !13
	%13 = bitcast i8* %v19 to i64*, !dbg !13
	%v79 = load i64, i64* %13, align 8, !dbg !13
	%v80 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v77, i64 1024, i64 %v79), !dbg !13
	%v82 = add i64 %v9, 56, !dbg !13
	%v84 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v19, i64 8, i64 %v82), !dbg !13
	%v86 = getelementptr i8, i8* %v14, i64 7184, !dbg !13
	%14 = bitcast i8* %v19 to i64*, !dbg !13
	%v88 = load i64, i64* %14, align 8, !dbg !13
	%v89 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v86, i64 1024, i64 %v88), !dbg !13
	%v91 = add i64 %v9, 64, !dbg !13
	%v93 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v19, i64 8, i64 %v91), !dbg !13
	%v95 = getelementptr i8, i8* %v14, i64 8208, !dbg !13
	%15 = bitcast i8* %v19 to i64*, !dbg !13
	%v97 = load i64, i64* %15, align 8, !dbg !13
	%v98 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v95, i64 1024, i64 %v97), !dbg !13
	%v100 = add i64 %v9, 72, !dbg !13
	%v102 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v19, i64 8, i64 %v100), !dbg !13
	%v104 = getelementptr i8, i8* %v14, i64 9232, !dbg !13
	%16 = bitcast i8* %v19 to i64*, !dbg !13
	%v106 = load i64, i64* %16, align 8, !dbg !13
	%v107 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v104, i64 1024, i64 %v106), !dbg !13
	%v109 = add i64 %v9, 80, !dbg !13
	%v111 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v19, i64 8, i64 %v109), !dbg !13
	%v113 = getelementptr i8, i8* %v14, i64 10256, !dbg !13
	%17 = bitcast i8* %v19 to i64*, !dbg !13
	%v115 = load i64, i64* %17, align 8, !dbg !13
	%v116 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v113, i64 1024, i64 %v115), !dbg !13
	%v118 = add i64 %v9, 88, !dbg !13
	%v120 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v19, i64 8, i64 %v118), !dbg !13
	%v122 = getelementptr i8, i8* %v14, i64 11280, !dbg !13
	%18 = bitcast i8* %v19 to i64*, !dbg !13
	%v124 = load i64, i64* %18, align 8, !dbg !13
	%v125 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v122, i64 1024, i64 %v124), !dbg !13
	%v127 = add i64 %v9, 96, !dbg !13
	%v129 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v19, i64 8, i64 %v127), !dbg !13
	%v131 = getelementptr i8, i8* %v14, i64 12304, !dbg !13
	%19 = bitcast i8* %v19 to i64*, !dbg !13
	%v133 = load i64, i64* %19, align 8, !dbg !13
	%v134 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v131, i64 1024, i64 %v133), !dbg !13
	%v136 = add i64 %v9, 104, !dbg !13
	%v138 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v19, i64 8, i64 %v136), !dbg !13
	%v140 = getelementptr i8, i8* %v14, i64 13328, !dbg !13
	%20 = bitcast i8* %v19 to i64*, !dbg !13
	%v142 = load i64, i64* %20, align 8, !dbg !13
	%v143 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v140, i64 1024, i64 %v142), !dbg !13
	%v145 = add i64 %v9, 112, !dbg !13
	%v147 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v19, i64 8, i64 %v145), !dbg !13
	%v149 = getelementptr i8, i8* %v14, i64 14352, !dbg !13
	%21 = bitcast i8* %v19 to i64*, !dbg !13
	%v151 = load i64, i64* %21, align 8, !dbg !13
	%v152 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v149, i64 1024, i64 %v151), !dbg !13
	%v154 = add i64 %v9, 120, !dbg !13
	%v156 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v19, i64 8, i64 %v154), !dbg !13
	%v158 = getelementptr i8, i8* %v14, i64 15376, !dbg !13
	%22 = bitcast i8* %v19 to i64*, !dbg !13
	%v160 = load i64, i64* %22, align 8, !dbg !13
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v19)
	%v161 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v158, i64 1024, i64 %v160), !dbg !13
	%v165 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v14, i64 16400, i64 0), !dbg !13
	br label %b4, !dbg !13

b4:
	%23 = getelementptr i8, i8* %ctx, i64 24, !dbg !14
	%24 = bitcast i8* %23 to i64*, !dbg !14
	%v166 = load i64, i64* %24, align 8, !dbg !14
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v167)
	%25 = bitcast i8* %v167 to i32*, !dbg !14
	store i32 0, i32* %25, align 4, !dbg !14
	%v171 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__join to i8*), i8* %v167), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v167)
	%26 = icmp ne i8* %v171, null
	br i1 %26, label %b5, label %b6, !dbg !14

b5:
	%27 = bitcast i8* %v171 to i64*, !dbg !14
	store i64 30005, i64* %27, align 8, !dbg !14
	%28 = getelementptr i8, i8* %v171, i64 8, !dbg !14
	%29 = bitcast i8* %28 to i64*, !dbg !14
	store i64 1, i64* %29, align 8, !dbg !14
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v176)
	%v178 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v176, i64 8, i64 %v166), !dbg !14
	%v180 = getelementptr i8, i8* %v171, i64 16, !dbg !14
	%30 = bitcast i8* %v176 to i64*, !dbg !14
	%v182 = load i64, i64* %30, align 8, !dbg !14
	%v183 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v180, i64 1024, i64 %v182), !dbg !14
	%v185 = add i64 %v166, 8, !dbg !14
	%v187 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v176, i64 8, i64 %v185), !dbg !14
	%v189 = getelementptr i8, i8* %v171, i64 1040, !dbg !14
	%31 = bitcast i8* %v176 to i64*, !dbg !14
	%v191 = load i64, i64* %31, align 8, !dbg !14
	%v192 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v189, i64 1024, i64 %v191), !dbg !14
	%v194 = add i64 %v166, 16, !dbg !14
	%v196 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v176, i64 8, i64 %v194), !dbg !14
	%v198 = getelementptr i8, i8* %v171, i64 2064, !dbg !14
	%32 = bitcast i8* %v176 to i64*, !dbg !14
	%v200 = load i64, i64* %32, align 8, !dbg !14
	%v201 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v198, i64 1024, i64 %v200), !dbg !14
	%v203 = add i64 %v166, 24, !dbg !14
	%v205 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v176, i64 8, i64 %v203), !dbg !14
	%v207 = getelementptr i8, i8* %v171, i64 3088, !dbg !14
	%33 = bitcast i8* %v176 to i64*, !dbg !14
	%v209 = load i64, i64* %33, align 8, !dbg !14
	%v210 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v207, i64 1024, i64 %v209), !dbg !14
	%v212 = add i64 %v166, 32, !dbg !14
	%v214 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v176, i64 8, i64 %v212), !dbg !14
	%v216 = getelementptr i8, i8* %v171, i64 u0x1010, !dbg !14
	%34 = bitcast i8* %v176 to i64*, !dbg !14
	%v218 = load i64, i64* %34, align 8, !dbg !14
	%v219 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v216, i64 1024, i64 %v218), !dbg !14
	%v221 = add i64 %v166, 40, !dbg !14
	%v223 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v176, i64 8, i64 %v221), !dbg !14
	%v225 = getelementptr i8, i8* %v171, i64 5136, !dbg !14
	%35 = bitcast i8* %v176 to i64*, !dbg !14
	%v227 = load i64, i64* %35, align 8, !dbg !14
	%v228 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v225, i64 1024, i64 %v227), !dbg !14
	%v230 = add i64 %v166, 48, !dbg !14
	%v232 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v176, i64 8, i64 %v230), !dbg !14
	%v234 = getelementptr i8, i8* %v171, i64 6160, !dbg !14
	%36 = bitcast i8* %v176 to i64*, !dbg !14
	%v236 = load i64, i64* %36, align 8, !dbg !14
	%v237 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v234, i64 1024, i64 %v236), !dbg !14
	%v239 = add i64 %v166, 56, !dbg !14
	%v241 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v176, i64 8, i64 %v239), !dbg !14
	%v243 = getelementptr i8, i8* %v171, i64 7184, !dbg !14
	%37 = bitcast i8* %v176 to i64*, !dbg !14
	%v245 = load i64, i64* %37, align 8, !dbg !14
	%v246 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v243, i64 1024, i64 %v245), !dbg !14
	%v248 = add i64 %v166, 64, !dbg !14
	%v250 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v176, i64 8, i64 %v248), !dbg !14
	%v252 = getelementptr i8, i8* %v171, i64 8208, !dbg !14
	%38 = bitcast i8* %v176 to i64*, !dbg !14
	%v254 = load i64, i64* %38, align 8, !dbg !14
	%v255 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v252, i64 1024, i64 %v254), !dbg !14
	%v257 = add i64 %v166, 72, !dbg !14
	%v259 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v176, i64 8, i64 %v257), !dbg !14
	%v261 = getelementptr i8, i8* %v171, i64 9232, !dbg !14
	%39 = bitcast i8* %v176 to i64*, !dbg !14
	%v263 = load i64, i64* %39, align 8, !dbg !14
	%v264 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v261, i64 1024, i64 %v263), !dbg !14
	%v266 = add i64 %v166, 80, !dbg !14
	%v268 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v176, i64 8, i64 %v266), !dbg !14
	%v270 = getelementptr i8, i8* %v171, i64 10256, !dbg !14
	%40 = bitcast i8* %v176 to i64*, !dbg !14
	%v272 = load i64, i64* %40, align 8, !dbg !14
	%v273 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v270, i64 1024, i64 %v272), !dbg !14
	%v275 = add i64 %v166, 88, !dbg !14
	%v277 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v176, i64 8, i64 %v275), !dbg !14
	%v279 = getelementptr i8, i8* %v171, i64 11280, !dbg !14
	%41 = bitcast i8* %v176 to i64*, !dbg !14
	%v281 = load i64, i64* %41, align 8, !dbg !14
	%v282 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v279, i64 1024, i64 %v281), !dbg !14
	%v284 = add i64 %v166, 96, !dbg !14
	%v286 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v176, i64 8, i64 %v284), !dbg !14
	%v288 = getelementptr i8, i8* %v171, i64 12304, !dbg !14
	%42 = bitcast i8* %v176 to i64*, !dbg !14
	%v290 = load i64, i64* %42, align 8, !dbg !14
	%v291 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v288, i64 1024, i64 %v290), !dbg !14
	%v293 = add i64 %v166, 104, !dbg !14
	%v295 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v176, i64 8, i64 %v293), !dbg !14
	%v297 = getelementptr i8, i8* %v171, i64 13328, !dbg !14
	%43 = bitcast i8* %v176 to i64*, !dbg !14
	%v299 = load i64, i64* %43, align 8, !dbg !14
	%v300 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v297, i64 1024, i64 %v299), !dbg !14
	%v302 = add i64 %v166, 112, !dbg !14
	%v304 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v176, i64 8, i64 %v302), !dbg !14
	%v306 = getelementptr i8, i8* %v171, i64 14352, !dbg !14
	%44 = bitcast i8* %v176 to i64*, !dbg !14
	%v308 = load i64, i64* %44, align 8, !dbg !14
	%v309 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v306, i64 1024, i64 %v308), !dbg !14
	%v311 = add i64 %v166, 120, !dbg !14
	%v313 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v176, i64 8, i64 %v311), !dbg !14
	%v315 = getelementptr i8, i8* %v171, i64 15376, !dbg !14
	%45 = bitcast i8* %v176 to i64*, !dbg !14
	%v317 = load i64, i64* %45, align 8, !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v176)
	%v318 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v315, i64 1024, i64 %v317), !dbg !14
	%v322 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v171, i64 16400, i64 0), !dbg !14
	br label %b6, !dbg !14

b6:
	%46 = getelementptr i8, i8* %ctx, i64 24, !dbg !15
	%47 = bitcast i8* %46 to i64*, !dbg !15
	%v323 = load i64, i64* %47, align 8, !dbg !15
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v324)
	%48 = bitcast i8* %v324 to i32*, !dbg !15
	store i32 0, i32* %48, align 4, !dbg !15
	%v328 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__join to i8*), i8* %v324), !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v324)
	%49 = icmp ne i8* %v328, null
	br i1 %49, label %b7, label %b8, !dbg !15

b7:
	%50 = bitcast i8* %v328 to i64*, !dbg !15
	store i64 30005, i64* %50, align 8, !dbg !15
	%51 = getelementptr i8, i8* %v328, i64 8, !dbg !15
	%52 = bitcast i8* %51 to i64*, !dbg !15
	store i64 2, i64* %52, align 8, !dbg !15
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v333)
	%v335 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v333, i64 8, i64 %v323), !dbg !15
	%v337 = getelementptr i8, i8* %v328, i64 16, !dbg !15
	%53 = bitcast i8* %v333 to i64*, !dbg !15
	%v339 = load i64, i64* %53, align 8, !dbg !15
	%v340 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v337, i64 1024, i64 %v339), !dbg !15
	%v342 = add i64 %v323, 8, !dbg !15
	%v344 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v333, i64 8, i64 %v342), !dbg !15
	%v346 = getelementptr i8, i8* %v328, i64 1040, !dbg !15
	%54 = bitcast i8* %v333 to i64*, !dbg !15
	%v348 = load i64, i64* %54, align 8, !dbg !15
	%v349 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v346, i64 1024, i64 %v348), !dbg !15
	%v351 = add i64 %v323, 16, !dbg !15
	%v353 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v333, i64 8, i64 %v351), !dbg !15
	%v355 = getelementptr i8, i8* %v328, i64 2064, !dbg !15
	%55 = bitcast i8* %v333 to i64*, !dbg !15
	%v357 = load i64, i64* %55, align 8, !dbg !15
	%v358 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v355, i64 1024, i64 %v357), !dbg !15
	%v360 = add i64 %v323, 24, !dbg !15
	%v362 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v333, i64 8, i64 %v360), !dbg !15
	%v364 = getelementptr i8, i8* %v328, i64 3088, !dbg !15
	%56 = bitcast i8* %v333 to i64*, !dbg !15
	%v366 = load i64, i64* %56, align 8, !dbg !15
	%v367 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v364, i64 1024, i64 %v366), !dbg !15
	%v369 = add i64 %v323, 32, !dbg !15
	%v371 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v333, i64 8, i64 %v369), !dbg !15
	%v373 = getelementptr i8, i8* %v328, i64 u0x1010, !dbg !15
	%57 = bitcast i8* %v333 to i64*, !dbg !15
	%v375 = load i64, i64* %57, align 8, !dbg !15
	%v376 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v373, i64 1024, i64 %v375), !dbg !15
	%v378 = add i64 %v323, 40, !dbg !15
	%v380 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v333, i64 8, i64 %v378), !dbg !15
	%v382 = getelementptr i8, i8* %v328, i64 5136, !dbg !15
	%58 = bitcast i8* %v333 to i64*, !dbg !15
	%v384 = load i64, i64* %58, align 8, !dbg !15
	%v385 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v382, i64 1024, i64 %v384), !dbg !15
	%v387 = add i64 %v323, 48, !dbg !15
	%v389 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v333, i64 8, i64 %v387), !dbg !15
	%v391 = getelementptr i8, i8* %v328, i64 6160, !dbg !15
	%59 = bitcast i8* %v333 to i64*, !dbg !15
	%v393 = load i64, i64* %59, align 8, !dbg !15
	%v394 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v391, i64 1024, i64 %v393), !dbg !15
	%v396 = add i64 %v323, 56, !dbg !15
	%v398 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v333, i64 8, i64 %v396), !dbg !15
	%v400 = getelementptr i8, i8* %v328, i64 7184, !dbg !15
	%60 = bitcast i8* %v333 to i64*, !dbg !15
	%v402 = load i64, i64* %60, align 8, !dbg !15
	%v403 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v400, i64 1024, i64 %v402), !dbg !15
	%v405 = add i64 %v323, 64, !dbg !15
	%v407 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v333, i64 8, i64 %v405), !dbg !15
	%v409 = getelementptr i8, i8* %v328, i64 8208, !dbg !15
	%61 = bitcast i8* %v333 to i64*, !dbg !15
	%v411 = load i64, i64* %61, align 8, !dbg !15
	%v412 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v409, i64 1024, i64 %v411), !dbg !15
	%v414 = add i64 %v323, 72, !dbg !15
	%v416 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v333, i64 8, i64 %v414), !dbg !15
	%v418 = getelementptr i8, i8* %v328, i64 9232, !dbg !15
	%62 = bitcast i8* %v333 to i64*, !dbg !15
	%v420 = load i64, i64* %62, align 8, !dbg !15
	%v421 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v418, i64 1024, i64 %v420), !dbg !15
	%v423 = add i64 %v323, 80, !dbg !15
	%v425 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v333, i64 8, i64 %v423), !dbg !15
	%v427 = getelementptr i8, i8* %v328, i64 10256, !dbg !15
	%63 = bitcast i8* %v333 to i64*, !dbg !15
	%v429 = load i64, i64* %63, align 8, !dbg !15
	%v430 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v427, i64 1024, i64 %v429), !dbg !15
	%v432 = add i64 %v323, 88, !dbg !15
	%v434 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v333, i64 8, i64 %v432), !dbg !15
	%v436 = getelementptr i8, i8* %v328, i64 11280, !dbg !15
	%64 = bitcast i8* %v333 to i64*, !dbg !15
	%v438 = load i64, i64* %64, align 8, !dbg !15
	%v439 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v436, i64 1024, i64 %v438), !dbg !15
	%v441 = add i64 %v323, 96, !dbg !15
	%v443 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v333, i64 8, i64 %v441), !dbg !15
	%v445 = getelementptr i8, i8* %v328, i64 12304, !dbg !15
	%65 = bitcast i8* %v333 to i64*, !dbg !15
	%v447 = load i64, i64* %65, align 8, !dbg !15
	%v448 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v445, i64 1024, i64 %v447), !dbg !15
	%v450 = add i64 %v323, 104, !dbg !15
	%v452 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v333, i64 8, i64 %v450), !dbg !15
	%v454 = getelementptr i8, i8* %v328, i64 13328, !dbg !15
	%66 = bitcast i8* %v333 to i64*, !dbg !15
	%v456 = load i64, i64* %66, align 8, !dbg !15
	%v457 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v454, i64 1024, i64 %v456), !dbg !15
	%v459 = add i64 %v323, 112, !dbg !15
	%v461 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v333, i64 8, i64 %v459), !dbg !15
	%v463 = getelementptr i8, i8* %v328, i64 14352, !dbg !15
	%67 = bitcast i8* %v333 to i64*, !dbg !15
	%v465 = load i64, i64* %67, align 8, !dbg !15
	%v466 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v463, i64 1024, i64 %v465), !dbg !15
	%v468 = add i64 %v323, 120, !dbg !15
	%v470 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v333, i64 8, i64 %v468), !dbg !15
	%v472 = getelementptr i8, i8* %v328, i64 15376, !dbg !15
	%68 = bitcast i8* %v333 to i64*, !dbg !15
	%v474 = load i64, i64* %68, align 8, !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v333)
	%v475 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v472, i64 1024, i64 %v474), !dbg !15
	%v479 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v328, i64 16400, i64 0), !dbg !15
	br label %b8, !dbg !15

b8:
	ret i64 0, !dbg !15
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
!8 = distinct !DISubprogram(name: "tp_sys_enter_execve", scope: !0, file: !0, line: 208, type: !4, scopeLine: 208, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 208, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 208, scope: !8)
!12 = !DILocation(line: 216, scope: !8)
!13 = !DILocation(line: 223, scope: !8)
!14 = !DILocation(line: 242, scope: !8)
!15 = !DILocation(line: 266, scope: !8)
