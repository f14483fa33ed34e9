target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT__join = global { i32, i32, i32, i32, i32 } { i32 6, i32 4, i32 16400, i32 1, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_execve(i8* %ctx) nounwind section "bpftc/tp_sys_enter_execve" !dbg !8 {
b0:
	%v331.slot = alloca [8 x i8], align 8
	%v331 = bitcast [8 x i8]* %v331.slot to i8*
	%v322.slot = alloca [8 x i8], align 8
	%v322 = bitcast [8 x i8]* %v322.slot to i8*
	%v174.slot = alloca [8 x i8], align 8
	%v174 = bitcast [8 x i8]* %v174.slot to i8*
	%v165.slot = alloca [8 x i8], align 8
	%v165 = bitcast [8 x i8]* %v165.slot to i8*
	%v17.slot = alloca [8 x i8], align 8
	%v17 = bitcast [8 x i8]* %v17.slot to i8*
	%v8.slot = alloca [8 x i8], align 8
	%v8 = bitcast [8 x i8]* %v8.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !11
	%v3 = lshr i64 %v1, 32, !dbg !11
	%v5 = icmp eq i64 %v3, 4242, !dbg !11
	br i1 %v5, label %b1, label %b2, !dbg !11

b1:
	%0 = getelementptr i8, i8* %ctx, i64 24, !dbg !13
	%1 = bitcast i8* %0 to i64*, !dbg !13
	%v7 = load i64, i64* %1, align 8, !dbg !13
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v8)
	%2 = bitcast i8* %v8 to i32*, !dbg !13
	store i32 0, i32* %2, align 4, !dbg !13
	%v12 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__join to i8*), i8* %v8), !dbg !13
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v8)
	%3 = icmp ne i8* %v12, null
	br i1 %3, label %b3, label %b4, !dbg !13

b3:
	%4 = bitcast i8* %v12 to i64*, !dbg !13
	store i64 30005, i64* %4, align 8, !dbg !13
	%5 = getelementptr i8, i8* %v12, i64 8, !dbg !13
	%6 = bitcast i8* %5 to i64*, !dbg !13
	store i64 0, i64* %6, align 8, !dbg !13
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v17)
	%v19 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v17, i64 8, i64 %v7), !dbg !13
	%v21 = getelementptr i8, i8* %v12, i64 16, !dbg !13
	%7 = bitcast i8* %v17 to i64*, !dbg !13
	%v23 = load i64, i64* %7, align 8, !dbg !13
	%v24 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v21, i64 1024, i64 %v23), !dbg !13
	%v26 = add i64 %v7, 8, !dbg !13
	%v28 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v17, i64 8, i64 %v26), !dbg !13
	%v30 = getelementptr i8, i8* %v12, i64 1040, !dbg !13
	%8 = bitcast i8* %v17 to i64*, !dbg !13
	%v32 = load i64, i64* %8, align 8, !dbg !13
	%v33 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v30, i64 1024, i64 %v32), !dbg !13
	%v35 = add i64 %v7, 16, !dbg !13
	%v37 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v17, i64 8, i64 %v35), !dbg !13
	%v39 = getelementptr i8, i8* %v12, i64 2064, !dbg !13
	%9 = bitcast i8* %v17 to i64*, !dbg !13
	%v41 = load i64, i64* %9, align 8, !dbg !13
	%v42 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v39, i64 1024, i64 %v41), !dbg !13
	%v44 = add i64 %v7, 24, !dbg !13
	%v46 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v17, i64 8, i64 %v44), !dbg !13
	%v48 = getelementptr i8, i8* %v12, i64 3088, !dbg !13
	%10 = bitcast i8* %v17 to i64*, !dbg !13
	%v50 = load i64, i64* %10, align 8, !dbg !13
	%v51 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v48, i64 1024, i64 %v50), !dbg !13
	%v53 = add i64 %v7, 32, !dbg !13
	%v55 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v17, i64 8, i64 %v53), !dbg !13
	%v57 = getelementptr i8, i8* %v12, i64 u0x1010, !dbg !13
	%11 = bitcast i8* %v17 to i64*, !dbg !13
	%v59 = load i64, i64* %11, align 8, !dbg !13
	%v60 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v57, i64 1024, i64 %v59), !dbg !13
	%v62 = add i64 %v7, 40, !dbg !13
	%v64 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v17, i64 8, i64 %v62), !dbg !13
	%v66 = getelementptr i8, i8* %v12, i64 5136, !dbg !13
	%12 = bitcast i8* %v17 to i64*, !dbg !13
	%v68 = load i64, i64* %12, align 8, !dbg !13
	%v69 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v66, i64 1024, i64 %v68), !dbg !13
	%v71 = add i64 %v7, 48, !dbg !13
	%v73 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v17, i64 8, i64 %v71), !dbg !13
	%v75 = getelementptr i8, i8* %v12, i64 6160, !dbg !13
	%13 = bitcast i8* %v17 to i64*, !dbg !13
	%v77 = load i64, i64* %13, align 8, !dbg !13
	%v78 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v75, i64 1024, i64 %v77), !dbg !13
	%v80 = add i64 %v7, 56, !dbg !13
	%v82 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v17, i64 8, i64 %v80), !dbg !13
	%v84 = getelementptr i8, i8* %v12, i64 7184, !dbg !13
	%14 = bitcast i8* %v17 to i64*, !dbg !13
	%v86 = load i64, i64* %14, align 8, !dbg !13
	%v87 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v84, i64 1024, i64 %v86), !dbg !13
	%v89 = add i64 %v7, 64, !dbg !13
	%v91 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v17, i64 8, i64 %v89), !dbg !13
	%v93 = getelementptr i8, i8* %v12, i64 8208, !dbg !13
	%15 = bitcast i8* %v17 to i64*, !dbg !13
	%v95 = load i64, i64* %15, align 8, !dbg !13
	%v96 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v93, i64 1024, i64 %v95), !dbg !13
	%v98 = add i64 %v7, 72, !dbg !13
	%v100 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v17, i64 8, i64 %v98), !dbg !13
	%v102 = getelementptr i8, i8* %v12, i64 9232, !dbg !13
	%16 = bitcast i8* %v17 to i64*, !dbg !13
	%v104 = load i64, i64* %16, align 8, !dbg !13
	%v105 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v102, i64 1024, i64 %v104), !dbg !13
	%v107 = add i64 %v7, 80, !dbg !13
	%v109 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v17, i64 8, i64 %v107), !dbg !13
	%v111 = getelementptr i8, i8* %v12, i64 10256, !dbg !13
	%17 = bitcast i8* %v17 to i64*, !dbg !13
	%v113 = load i64, i64* %17, align 8, !dbg !13
	%v114 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v111, i64 1024, i64 %v113), !dbg !13
	%v116 = add i64 %v7, 88, !dbg !13
	%v118 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v17, i64 8, i64 %v116), !dbg !13
	%v120 = getelementptr i8, i8* %v12, i64 11280, !dbg !13
	%18 = bitcast i8* %v17 to i64*, !dbg !13
	%v122 = load i64, i64* %18, align 8, !dbg !13
	%v123 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v120, i64 1024, i64 %v122), !dbg !13
	%v125 = add i64 %v7, 96, !dbg !13
	%v127 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v17, i64 8, i64 %v125), !dbg !13
	%v129 = getelementptr i8, i8* %v12, i64 12304, !dbg !13
	%19 = bitcast i8* %v17 to i64*, !dbg !13
	%v131 = load i64, i64* %19, align 8, !dbg !13
	%v132 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v129, i64 1024, i64 %v131), !dbg !13
	%v134 = add i64 %v7, 104, !dbg !13
	%v136 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v17, i64 8, i64 %v134), !dbg !13
	%v138 = getelementptr i8, i8* %v12, i64 13328, !dbg !13
	%20 = bitcast i8* %v17 to i64*, !dbg !13
	%v140 = load i64, i64* %20, align 8, !dbg !13
	%v141 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v138, i64 1024, i64 %v140), !dbg !13
	%v143 = add i64 %v7, 112, !dbg !13
	%v145 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v17, i64 8, i64 %v143), !dbg !13
	%v147 = getelementptr i8, i8* %v12, i64 14352, !dbg !13
	%21 = bitcast i8* %v17 to i64*, !dbg !13
	%v149 = load i64, i64* %21, align 8, !dbg !13
	%v150 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v147, i64 1024, i64 %v149), !dbg !13
	%v152 = add i64 %v7, 120, !dbg !13
	%v154 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v17, i64 8, i64 %v152), !dbg !13
	%v156 = getelementptr i8, i8* %v12, i64 15376, !dbg !13
	%22 = bitcast i8* %v17 to i64*, !dbg !13
	%v158 = load i64, i64* %22, align 8, !dbg !13
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v17)
	%v159 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v156, i64 1024, i64 %v158), !dbg !13
	%v163 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v12, i64 16400, i64 0), !dbg !13
	br label %b4, !dbg !13

b4:
	%23 = getelementptr i8, i8* %ctx, i64 24, !dbg !14
	%24 = bitcast i8* %23 to i64*, !dbg !14
	%v164 = load i64, i64* %24, align 8, !dbg !14
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v165)
	%25 = bitcast i8* %v165 to i32*, !dbg !14
	store i32 0, i32* %25, align 4, !dbg !14
	%v169 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__join to i8*), i8* %v165), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v165)
	%26 = icmp ne i8* %v169, null
	br i1 %26, label %b5, label %b6, !dbg !14

b5:
	%27 = bitcast i8* %v169 to i64*, !dbg !14
	store i64 30005, i64* %27, align 8, !dbg !14
	%28 = getelementptr i8, i8* %v169, i64 8, !dbg !14
	%29 = bitcast i8* %28 to i64*, !dbg !14
	store i64 1, i64* %29, align 8, !dbg !14
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v174)
	%v176 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v174, i64 8, i64 %v164), !dbg !14
	%v178 = getelementptr i8, i8* %v169, i64 16, !dbg !14
	%30 = bitcast i8* %v174 to i64*, !dbg !14
	%v180 = load i64, i64* %30, align 8, !dbg !14
	%v181 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v178, i64 1024, i64 %v180), !dbg !14
	%v183 = add i64 %v164, 8, !dbg !14
	%v185 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v174, i64 8, i64 %v183), !dbg !14
	%v187 = getelementptr i8, i8* %v169, i64 1040, !dbg !14
	%31 = bitcast i8* %v174 to i64*, !dbg !14
	%v189 = load i64, i64* %31, align 8, !dbg !14
	%v190 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v187, i64 1024, i64 %v189), !dbg !14
	%v192 = add i64 %v164, 16, !dbg !14
	%v194 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v174, i64 8, i64 %v192), !dbg !14
	%v196 = getelementptr i8, i8* %v169, i64 2064, !dbg !14
	%32 = bitcast i8* %v174 to i64*, !dbg !14
	%v198 = load i64, i64* %32, align 8, !dbg !14
	%v199 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v196, i64 1024, i64 %v198), !dbg !14
	%v201 = add i64 %v164, 24, !dbg !14
	%v203 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v174, i64 8, i64 %v201), !dbg !14
	%v205 = getelementptr i8, i8* %v169, i64 3088, !dbg !14
	%33 = bitcast i8* %v174 to i64*, !dbg !14
	%v207 = load i64, i64* %33, align 8, !dbg !14
	%v208 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v205, i64 1024, i64 %v207), !dbg !14
	%v210 = add i64 %v164, 32, !dbg !14
	%v212 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v174, i64 8, i64 %v210), !dbg !14
	%v214 = getelementptr i8, i8* %v169, i64 u0x1010, !dbg !14
	%34 = bitcast i8* %v174 to i64*, !dbg !14
	%v216 = load i64, i64* %34, align 8, !dbg !14
	%v217 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v214, i64 1024, i64 %v216), !dbg !14
	%v219 = add i64 %v164, 40, !dbg !14
	%v221 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v174, i64 8, i64 %v219), !dbg !14
	%v223 = getelementptr i8, i8* %v169, i64 5136, !dbg !14
	%35 = bitcast i8* %v174 to i64*, !dbg !14
	%v225 = load i64, i64* %35, align 8, !dbg !14
	%v226 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v223, i64 1024, i64 %v225), !dbg !14
	%v228 = add i64 %v164, 48, !dbg !14
	%v230 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v174, i64 8, i64 %v228), !dbg !14
	%v232 = getelementptr i8, i8* %v169, i64 6160, !dbg !14
	%36 = bitcast i8* %v174 to i64*, !dbg !14
	%v234 = load i64, i64* %36, align 8, !dbg !14
	%v235 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v232, i64 1024, i64 %v234), !dbg !14
	%v237 = add i64 %v164, 56, !dbg !14
	%v239 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v174, i64 8, i64 %v237), !dbg !14
	%v241 = getelementptr i8, i8* %v169, i64 7184, !dbg !14
	%37 = bitcast i8* %v174 to i64*, !dbg !14
	%v243 = load i64, i64* %37, align 8, !dbg !14
	%v244 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v241, i64 1024, i64 %v243), !dbg !14
	%v246 = add i64 %v164, 64, !dbg !14
	%v248 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v174, i64 8, i64 %v246), !dbg !14
	%v250 = getelementptr i8, i8* %v169, i64 8208, !dbg !14
	%38 = bitcast i8* %v174 to i64*, !dbg !14
	%v252 = load i64, i64* %38, align 8, !dbg !14
	%v253 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v250, i64 1024, i64 %v252), !dbg !14
	%v255 = add i64 %v164, 72, !dbg !14
	%v257 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v174, i64 8, i64 %v255), !dbg !14
	%v259 = getelementptr i8, i8* %v169, i64 9232, !dbg !14
	%39 = bitcast i8* %v174 to i64*, !dbg !14
	%v261 = load i64, i64* %39, align 8, !dbg !14
	%v262 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v259, i64 1024, i64 %v261), !dbg !14
	%v264 = add i64 %v164, 80, !dbg !14
	%v266 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v174, i64 8, i64 %v264), !dbg !14
	%v268 = getelementptr i8, i8* %v169, i64 10256, !dbg !14
	%40 = bitcast i8* %v174 to i64*, !dbg !14
	%v270 = load i64, i64* %40, align 8, !dbg !14
	%v271 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v268, i64 1024, i64 %v270), !dbg !14
	%v273 = add i64 %v164, 88, !dbg !14
	%v275 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v174, i64 8, i64 %v273), !dbg !14
	%v277 = getelementptr i8, i8* %v169, i64 11280, !dbg !14
	%41 = bitcast i8* %v174 to i64*, !dbg !14
	%v279 = load i64, i64* %41, align 8, !dbg !14
	%v280 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v277, i64 1024, i64 %v279), !dbg !14
	%v282 = add i64 %v164, 96, !dbg !14
	%v284 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v174, i64 8, i64 %v282), !dbg !14
	%v286 = getelementptr i8, i8* %v169, i64 12304, !dbg !14
	%42 = bitcast i8* %v174 to i64*, !dbg !14
	%v288 = load i64, i64* %42, align 8, !dbg !14
	%v289 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v286, i64 1024, i64 %v288), !dbg !14
	%v291 = add i64 %v164, 104, !dbg !14
	%v293 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v174, i64 8, i64 %v291), !dbg !14
	%v295 = getelementptr i8, i8* %v169, i64 13328, !dbg !14
	%43 = bitcast i8* %v174 to i64*, !dbg !14
	%v297 = load i64, i64* %43, align 8, !dbg !14
	%v298 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v295, i64 1024, i64 %v297), !dbg !14
	%v300 = add i64 %v164, 112, !dbg !14
	%v302 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v174, i64 8, i64 %v300), !dbg !14
	%v304 = getelementptr i8, i8* %v169, i64 14352, !dbg !14
	%44 = bitcast i8* %v174 to i64*, !dbg !14
	%v306 = load i64, i64* %44, align 8, !dbg !14
	%v307 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v304, i64 1024, i64 %v306), !dbg !14
	%v309 = add i64 %v164, 120, !dbg !14
	%v311 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v174, i64 8, i64 %v309), !dbg !14
	%v313 = getelementptr i8, i8* %v169, i64 15376, !dbg !14
	%45 = bitcast i8* %v174 to i64*, !dbg !14
	%v315 = load i64, i64* %45, align 8, !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v174)
	%v316 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v313, i64 1024, i64 %v315), !dbg !14
	%v320 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v169, i64 16400, i64 0), !dbg !14
	br label %b6, !dbg !14

b6:
	%46 = getelementptr i8, i8* %ctx, i64 24, !dbg !15
	%47 = bitcast i8* %46 to i64*, !dbg !15
	%v321 = load i64, i64* %47, align 8, !dbg !15
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v322)
	%48 = bitcast i8* %v322 to i32*, !dbg !15
	store i32 0, i32* %48, align 4, !dbg !15
	%v326 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__join to i8*), i8* %v322), !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v322)
	%49 = icmp ne i8* %v326, null
	br i1 %49, label %b7, label %b2, !dbg !15

b7:
	%50 = bitcast i8* %v326 to i64*, !dbg !15
	store i64 30005, i64* %50, align 8, !dbg !15
	%51 = getelementptr i8, i8* %v326, i64 8, !dbg !15
	%52 = bitcast i8* %51 to i64*, !dbg !15
	store i64 2, i64* %52, align 8, !dbg !15
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v331)
	%v333 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v331, i64 8, i64 %v321), !dbg !15
	%v335 = getelementptr i8, i8* %v326, i64 16, !dbg !15
	%53 = bitcast i8* %v331 to i64*, !dbg !15
	%v337 = load i64, i64* %53, align 8, !dbg !15
	%v338 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v335, i64 1024, i64 %v337), !dbg !15
	%v340 = add i64 %v321, 8, !dbg !15
	%v342 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v331, i64 8, i64 %v340), !dbg !15
	%v344 = getelementptr i8, i8* %v326, i64 1040, !dbg !15
	%54 = bitcast i8* %v331 to i64*, !dbg !15
	%v346 = load i64, i64* %54, align 8, !dbg !15
	%v347 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v344, i64 1024, i64 %v346), !dbg !15
	%v349 = add i64 %v321, 16, !dbg !15
	%v351 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v331, i64 8, i64 %v349), !dbg !15
	%v353 = getelementptr i8, i8* %v326, i64 2064, !dbg !15
	%55 = bitcast i8* %v331 to i64*, !dbg !15
	%v355 = load i64, i64* %55, align 8, !dbg !15
	%v356 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v353, i64 1024, i64 %v355), !dbg !15
	%v358 = add i64 %v321, 24, !dbg !15
	%v360 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v331, i64 8, i64 %v358), !dbg !15
	%v362 = getelementptr i8, i8* %v326, i64 3088, !dbg !15
	%56 = bitcast i8* %v331 to i64*, !dbg !15
	%v364 = load i64, i64* %56, align 8, !dbg !15
	%v365 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v362, i64 1024, i64 %v364), !dbg !15
	%v367 = add i64 %v321, 32, !dbg !15
	%v369 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v331, i64 8, i64 %v367), !dbg !15
	%v371 = getelementptr i8, i8* %v326, i64 u0x1010, !dbg !15
	%57 = bitcast i8* %v331 to i64*, !dbg !15
	%v373 = load i64, i64* %57, align 8, !dbg !15
	%v374 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v371, i64 1024, i64 %v373), !dbg !15
	%v376 = add i64 %v321, 40, !dbg !15
	%v378 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v331, i64 8, i64 %v376), !dbg !15
	%v380 = getelementptr i8, i8* %v326, i64 5136, !dbg !15
	%58 = bitcast i8* %v331 to i64*, !dbg !15
	%v382 = load i64, i64* %58, align 8, !dbg !15
	%v383 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v380, i64 1024, i64 %v382), !dbg !15
	%v385 = add i64 %v321, 48, !dbg !15
	%v387 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v331, i64 8, i64 %v385), !dbg !15
	%v389 = getelementptr i8, i8* %v326, i64 6160, !dbg !15
	%59 = bitcast i8* %v331 to i64*, !dbg !15
	%v391 = load i64, i64* %59, align 8, !dbg !15
	%v392 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v389, i64 1024, i64 %v391), !dbg !15
	%v394 = add i64 %v321, 56, !dbg !15
	%v396 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v331, i64 8, i64 %v394), !dbg !15
	%v398 = getelementptr i8, i8* %v326, i64 7184, !dbg !15
	%60 = bitcast i8* %v331 to i64*, !dbg !15
	%v400 = load i64, i64* %60, align 8, !dbg !15
	%v401 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v398, i64 1024, i64 %v400), !dbg !15
	%v403 = add i64 %v321, 64, !dbg !15
	%v405 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v331, i64 8, i64 %v403), !dbg !15
	%v407 = getelementptr i8, i8* %v326, i64 8208, !dbg !15
	%61 = bitcast i8* %v331 to i64*, !dbg !15
	%v409 = load i64, i64* %61, align 8, !dbg !15
	%v410 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v407, i64 1024, i64 %v409), !dbg !15
	%v412 = add i64 %v321, 72, !dbg !15
	%v414 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v331, i64 8, i64 %v412), !dbg !15
	%v416 = getelementptr i8, i8* %v326, i64 9232, !dbg !15
	%62 = bitcast i8* %v331 to i64*, !dbg !15
	%v418 = load i64, i64* %62, align 8, !dbg !15
	%v419 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v416, i64 1024, i64 %v418), !dbg !15
	%v421 = add i64 %v321, 80, !dbg !15
	%v423 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v331, i64 8, i64 %v421), !dbg !15
	%v425 = getelementptr i8, i8* %v326, i64 10256, !dbg !15
	%63 = bitcast i8* %v331 to i64*, !dbg !15
	%v427 = load i64, i64* %63, align 8, !dbg !15
	%v428 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v425, i64 1024, i64 %v427), !dbg !15
	%v430 = add i64 %v321, 88, !dbg !15
	%v432 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v331, i64 8, i64 %v430), !dbg !15
	%v434 = getelementptr i8, i8* %v326, i64 11280, !dbg !15
	%64 = bitcast i8* %v331 to i64*, !dbg !15
	%v436 = load i64, i64* %64, align 8, !dbg !15
	%v437 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v434, i64 1024, i64 %v436), !dbg !15
	%v439 = add i64 %v321, 96, !dbg !15
	%v441 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v331, i64 8, i64 %v439), !dbg !15
	%v443 = getelementptr i8, i8* %v326, i64 12304, !dbg !15
	%65 = bitcast i8* %v331 to i64*, !dbg !15
	%v445 = load i64, i64* %65, align 8, !dbg !15
	%v446 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v443, i64 1024, i64 %v445), !dbg !15
	%v448 = add i64 %v321, 104, !dbg !15
	%v450 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v331, i64 8, i64 %v448), !dbg !15
	%v452 = getelementptr i8, i8* %v326, i64 13328, !dbg !15
	%66 = bitcast i8* %v331 to i64*, !dbg !15
	%v454 = load i64, i64* %66, align 8, !dbg !15
	%v455 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v452, i64 1024, i64 %v454), !dbg !15
	%v457 = add i64 %v321, 112, !dbg !15
	%v459 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v331, i64 8, i64 %v457), !dbg !15
	%v461 = getelementptr i8, i8* %v326, i64 14352, !dbg !15
	%67 = bitcast i8* %v331 to i64*, !dbg !15
	%v463 = load i64, i64* %67, align 8, !dbg !15
	%v464 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v461, i64 1024, i64 %v463), !dbg !15
	%v466 = add i64 %v321, 120, !dbg !15
	%v468 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v331, i64 8, i64 %v466), !dbg !15
	%v470 = getelementptr i8, i8* %v326, i64 15376, !dbg !15
	%68 = bitcast i8* %v331 to i64*, !dbg !15
	%v472 = load i64, i64* %68, align 8, !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v331)
	%v473 = call i64 inttoptr (i64 114 to i64 (i8*, i64, i64)*)(i8* %v470, i64 1024, i64 %v472), !dbg !15
	%v477 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v326, i64 16400, i64 0), !dbg !15
	br label %b2, !dbg !15

b2:
	ret i64 0, !dbg !11
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
!8 = distinct !DISubprogram(name: "tp_sys_enter_execve", scope: !0, file: !0, line: 127, type: !4, scopeLine: 127, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 127, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 127, scope: !8)
!12 = !DILocation(line: 135, scope: !8)
!13 = !DILocation(line: 142, scope: !8)
!14 = !DILocation(line: 161, scope: !8)
!15 = !DILocation(line: 185, scope: !8)
