target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_a = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_av = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_c = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_mn = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_mnk = global { i32, i32, i32, i32, i32 } { i32 5, i32 2, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_mxk = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_mxneg = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_st = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" !dbg !8 {
b0:
	%v336.slot = alloca [8 x i8], align 8
	%v336 = bitcast [8 x i8]* %v336.slot to i8*
	%v329.slot = alloca [8 x i8], align 8
	%v329 = bitcast [8 x i8]* %v329.slot to i8*
	%v319.slot = alloca [16 x i8], align 8
	%v319 = bitcast [16 x i8]* %v319.slot to i8*
	%v313.slot = alloca [16 x i8], align 8
	%v313 = bitcast [16 x i8]* %v313.slot to i8*
	%v300.slot = alloca [8 x i8], align 8
	%v300 = bitcast [8 x i8]* %v300.slot to i8*
	%v285.slot = alloca [24 x i8], align 8
	%v285 = bitcast [24 x i8]* %v285.slot to i8*
	%v271.slot = alloca [24 x i8], align 8
	%v271 = bitcast [24 x i8]* %v271.slot to i8*
	%v265.slot = alloca [16 x i8], align 8
	%v265 = bitcast [16 x i8]* %v265.slot to i8*
	%v252.slot = alloca [8 x i8], align 8
	%v252 = bitcast [8 x i8]* %v252.slot to i8*
	%v245.slot = alloca [16 x i8], align 8
	%v245 = bitcast [16 x i8]* %v245.slot to i8*
	%v232.slot = alloca [8 x i8], align 8
	%v232 = bitcast [8 x i8]* %v232.slot to i8*
	%v225.slot = alloca [16 x i8], align 8
	%v225 = bitcast [16 x i8]* %v225.slot to i8*
	%v205.slot = alloca [8 x i8], align 8
	%v205 = bitcast [8 x i8]* %v205.slot to i8*
	%v198.slot = alloca [16 x i8], align 8
	%v198 = bitcast [16 x i8]* %v198.slot to i8*
	%v178.slot = alloca [8 x i8], align 8
	%v178 = bitcast [8 x i8]* %v178.slot to i8*
	%v171.slot = alloca [16 x i8], align 8
	%v171 = bitcast [16 x i8]* %v171.slot to i8*
	%v155.slot = alloca [8 x i8], align 8
	%v155 = bitcast [8 x i8]* %v155.slot to i8*
	%v148.slot = alloca [16 x i8], align 8
	%v148 = bitcast [16 x i8]* %v148.slot to i8*
	%v132.slot = alloca [8 x i8], align 8
	%v132 = bitcast [8 x i8]* %v132.slot to i8*
	%v109.slot = alloca [8 x i8], align 8
	%v109 = bitcast [8 x i8]* %v109.slot to i8*
	%v102.slot = alloca [16 x i8], align 8
	%v102 = bitcast [16 x i8]* %v102.slot to i8*
	%v82.slot = alloca [8 x i8], align 8
	%v82 = bitcast [8 x i8]* %v82.slot to i8*
	%v75.slot = alloca [16 x i8], align 8
	%v75 = bitcast [16 x i8]* %v75.slot to i8*
	%v62.slot = alloca [8 x i8], align 8
	%v62 = bitcast [8 x i8]* %v62.slot to i8*
	%v55.slot = alloca [16 x i8], align 8
	%v55 = bitcast [16 x i8]* %v55.slot to i8*
	%v42.slot = alloca [8 x i8], align 8
	%v42 = bitcast [8 x i8]* %v42.slot to i8*
	%v35.slot = alloca [16 x i8], align 8
	%v35 = bitcast [16 x i8]* %v35.slot to i8*
	%v22.slot = alloca [8 x i8], align 8
	%v22 = bitcast [8 x i8]* %v22.slot to i8*
	%v15.slot = alloca [16 x i8], align 8
	%v15 = bitcast [16 x i8]* %v15.slot to i8*
	%v2.slot = alloca [8 x i8], align 8
	%v2 = bitcast [8 x i8]* %v2.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v2)
	%0 = bitcast i8* %v2 to i64*, !dbg !12
	store i64 0, i64* %0, align 8, !dbg !12
	%v6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_av to i8*), i8* %v2), !dbg !12
	%1 = icmp ne i8* %v6, null
	br i1 %1, label %b1, label %b2, !dbg !12

b1:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v2)
	%2 = bitcast i8* %v6 to i64*, !dbg !12
	%v7 = load i64, i64* %2, align 8, !dbg !12
	%v8 = add i64 %v7, -4, !dbg !12
	%3 = bitcast i8* %v6 to i64*, !dbg !12
	store i64 %v8, i64* %3, align 8, !dbg !12
	%4 = getelementptr i8, i8* %v6, i64 8, !dbg !12
	%5 = bitcast i8* %4 to i64*, !dbg !12
	%v10 = load i64, i64* %5, align 8, !dbg !12
	%v12 = add i64 %v10, 1, !dbg !12
	%6 = getelementptr i8, i8* %v6, i64 8, !dbg !12
	%7 = bitcast i8* %6 to i64*, !dbg !12
	store i64 %v12, i64* %7, align 8, !dbg !12
	br label %b3, !dbg !12

b2:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v15)
	%8 = bitcast i8* %v15 to i64*, !dbg !12
	store i64 -4, i64* %8, align 8, !dbg !12
	%9 = getelementptr i8, i8* %v15, i64 8, !dbg !12
	%10 = bitcast i8* %9 to i64*, !dbg !12
	store i64 1, i64* %10, align 8, !dbg !12
	%v20 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_av to i8*), i8* %v2, i8* %v15, i64 0), !dbg !12
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v15)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v2)
	br label %b3, !dbg !12

b3:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v22)
	%11 = bitcast i8* %v22 to i64*, !dbg !14
	store i64 0, i64* %11, align 8, !dbg !14
	%v26 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_av to i8*), i8* %v22), !dbg !14
	%12 = icmp ne i8* %v26, null
	br i1 %12, label %b4, label %b5, !dbg !14

b4:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v22)
	%13 = bitcast i8* %v26 to i64*, !dbg !14
	%v27 = load i64, i64* %13, align 8, !dbg !14
	%v28 = add i64 %v27, 1, !dbg !14
	%14 = bitcast i8* %v26 to i64*, !dbg !14
	store i64 %v28, i64* %14, align 8, !dbg !14
	%15 = getelementptr i8, i8* %v26, i64 8, !dbg !14
	%16 = bitcast i8* %15 to i64*, !dbg !14
	%v30 = load i64, i64* %16, align 8, !dbg !14
	%v32 = add i64 %v30, 1, !dbg !14
	%17 = getelementptr i8, i8* %v26, i64 8, !dbg !14
	%18 = bitcast i8* %17 to i64*, !dbg !14
	store i64 %v32, i64* %18, align 8, !dbg !14
	br label %b6, !dbg !14

b5:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v35)
	%19 = bitcast i8* %v35 to i64*, !dbg !14
	store i64 1, i64* %19, align 8, !dbg !14
	%20 = getelementptr i8, i8* %v35, i64 8, !dbg !14
	%21 = bitcast i8* %20 to i64*, !dbg !14
	store i64 1, i64* %21, align 8, !dbg !14
	%v40 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_av to i8*), i8* %v22, i8* %v35, i64 0), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v35)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v22)
	br label %b6, !dbg !14

b6:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v42)
	%22 = bitcast i8* %v42 to i64*, !dbg !15
	store i64 1, i64* %22, align 8, !dbg !15
	%v46 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v42), !dbg !15
	%23 = icmp ne i8* %v46, null
	br i1 %23, label %b7, label %b8, !dbg !15

b7:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v42)
	%24 = bitcast i8* %v46 to i64*, !dbg !15
	%v47 = load i64, i64* %24, align 8, !dbg !15
	%v48 = add i64 %v47, -4, !dbg !15
	%25 = bitcast i8* %v46 to i64*, !dbg !15
	store i64 %v48, i64* %25, align 8, !dbg !15
	%26 = getelementptr i8, i8* %v46, i64 8, !dbg !15
	%27 = bitcast i8* %26 to i64*, !dbg !15
	%v50 = load i64, i64* %27, align 8, !dbg !15
	%v52 = add i64 %v50, 1, !dbg !15
	%28 = getelementptr i8, i8* %v46, i64 8, !dbg !15
	%29 = bitcast i8* %28 to i64*, !dbg !15
	store i64 %v52, i64* %29, align 8, !dbg !15
	br label %b9, !dbg !15

b8:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v55)
	%30 = bitcast i8* %v55 to i64*, !dbg !15
	store i64 -4, i64* %30, align 8, !dbg !15
	%31 = getelementptr i8, i8* %v55, i64 8, !dbg !15
	%32 = bitcast i8* %31 to i64*, !dbg !15
	store i64 1, i64* %32, align 8, !dbg !15
	%v60 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v42, i8* %v55, i64 0), !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v55)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v42)
	br label %b9, !dbg !15

b9:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v62)
	%33 = bitcast i8* %v62 to i64*, !dbg !17
	store i64 2, i64* %33, align 8, !dbg !17
	%v66 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v62), !dbg !17
	%34 = icmp ne i8* %v66, null
	br i1 %34, label %b10, label %b11, !dbg !17

b10:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v62)
	%35 = bitcast i8* %v66 to i64*, !dbg !17
	%v67 = load i64, i64* %35, align 8, !dbg !17
	%v68 = add i64 %v67, 10, !dbg !17
	%36 = bitcast i8* %v66 to i64*, !dbg !17
	store i64 %v68, i64* %36, align 8, !dbg !17
	%37 = getelementptr i8, i8* %v66, i64 8, !dbg !17
	%38 = bitcast i8* %37 to i64*, !dbg !17
	%v70 = load i64, i64* %38, align 8, !dbg !17
	%v72 = add i64 %v70, 1, !dbg !17
	%39 = getelementptr i8, i8* %v66, i64 8, !dbg !17
	%40 = bitcast i8* %39 to i64*, !dbg !17
	store i64 %v72, i64* %40, align 8, !dbg !17
	br label %b12, !dbg !17

b11:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v75)
	%41 = bitcast i8* %v75 to i64*, !dbg !17
	store i64 10, i64* %41, align 8, !dbg !17
	%42 = getelementptr i8, i8* %v75, i64 8, !dbg !17
	%43 = bitcast i8* %42 to i64*, !dbg !17
	store i64 1, i64* %43, align 8, !dbg !17
	%v80 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v62, i8* %v75, i64 0), !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v75)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v62)
	br label %b12, !dbg !17

b12:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v82)
	%44 = bitcast i8* %v82 to i64*, !dbg !19
	store i64 0, i64* %44, align 8, !dbg !19
	%v86 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn to i8*), i8* %v82), !dbg !19
	%45 = icmp ne i8* %v86, null
	br i1 %45, label %b13, label %b20, !dbg !19

b13:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v82)
	%46 = getelementptr i8, i8* %v86, i64 8, !dbg !19
	%47 = bitcast i8* %46 to i64*, !dbg !19
	%v90 = load i64, i64* %47, align 8, !dbg !19
	%48 = icmp ne i64 %v90, 0
	br i1 %48, label %b16, label %b18, !dbg !19

b16:
	%49 = bitcast i8* %v86 to i64*, !dbg !19
	%v92 = load i64, i64* %49, align 8, !dbg !19
	%v93 = sub i64 u0xFFFFFFFF, %v92, !dbg !19
	%v344 = icmp sge i64 u0xFFFFFFFA, %v93, !dbg !19
	br i1 %v344, label %b18, label %b15, !dbg !19

b18:
	%50 = bitcast i8* %v86 to i64*, !dbg !19
	store i64 5, i64* %50, align 8, !dbg !19
	%51 = getelementptr i8, i8* %v86, i64 8, !dbg !19
	%52 = bitcast i8* %51 to i64*, !dbg !19
	store i64 1, i64* %52, align 8, !dbg !19
	br label %b15, !dbg !19

b20:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v102)
	%53 = bitcast i8* %v102 to i64*, !dbg !19
	store i64 5, i64* %53, align 8, !dbg !19
	%54 = getelementptr i8, i8* %v102, i64 8, !dbg !19
	%55 = bitcast i8* %54 to i64*, !dbg !19
	store i64 1, i64* %55, align 8, !dbg !19
	%v107 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn to i8*), i8* %v82, i8* %v102, i64 0), !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v102)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v82)
	br label %b15, !dbg !19

b15:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v109)
	%56 = bitcast i8* %v109 to i64*, !dbg !21
	store i64 0, i64* %56, align 8, !dbg !21
	%v113 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxneg to i8*), i8* %v109), !dbg !21
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v109)
	%57 = icmp ne i8* %v113, null
	br i1 %57, label %b22, label %b24, !dbg !21

b22:
	%58 = getelementptr i8, i8* %v113, i64 8, !dbg !21
	%59 = bitcast i8* %58 to i64*, !dbg !21
	%v115 = load i64, i64* %59, align 8, !dbg !21
	%60 = icmp ne i64 %v115, 0
	br i1 %60, label %b25, label %b24, !dbg !21

b25:
	%61 = bitcast i8* %v113 to i64*, !dbg !21
	%v116 = load i64, i64* %61, align 8, !dbg !21
	%v345 = icmp sge i64 -3, %v116, !dbg !21
	br i1 %v345, label %b27, label %b24, !dbg !21

b27:
	%62 = bitcast i8* %v113 to i64*, !dbg !21
	store i64 -3, i64* %62, align 8, !dbg !21
	%63 = getelementptr i8, i8* %v113, i64 8, !dbg !21
	%64 = bitcast i8* %63 to i64*, !dbg !21
	store i64 1, i64* %64, align 8, !dbg !21
	br label %b24, !dbg !21

b24:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v132)
	%65 = bitcast i8* %v132 to i64*, !dbg !22
	store i64 1, i64* %65, align 8, !dbg !22
	%v136 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxk to i8*), i8* %v132), !dbg !22
	%66 = icmp ne i8* %v136, null
	br i1 %66, label %b31, label %b38, !dbg !22

b31:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v132)
	%67 = getelementptr i8, i8* %v136, i64 8, !dbg !22
	%68 = bitcast i8* %67 to i64*, !dbg !22
	%v138 = load i64, i64* %68, align 8, !dbg !22
	%69 = icmp ne i64 %v138, 0
	br i1 %69, label %b34, label %b36, !dbg !22

b34:
	%70 = bitcast i8* %v136 to i64*, !dbg !22
	%v139 = load i64, i64* %70, align 8, !dbg !22
	%v346 = icmp sge i64 10, %v139, !dbg !22
	br i1 %v346, label %b36, label %b33, !dbg !22

b36:
	%71 = bitcast i8* %v136 to i64*, !dbg !22
	store i64 10, i64* %71, align 8, !dbg !22
	%72 = getelementptr i8, i8* %v136, i64 8, !dbg !22
	%73 = bitcast i8* %72 to i64*, !dbg !22
	store i64 1, i64* %73, align 8, !dbg !22
	br label %b33, !dbg !22

b38:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v148)
	%74 = bitcast i8* %v148 to i64*, !dbg !22
	store i64 10, i64* %74, align 8, !dbg !22
	%75 = getelementptr i8, i8* %v148, i64 8, !dbg !22
	%76 = bitcast i8* %75 to i64*, !dbg !22
	store i64 1, i64* %76, align 8, !dbg !22
	%v153 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxk to i8*), i8* %v132, i8* %v148, i64 0), !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v148)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v132)
	br label %b33, !dbg !22

b33:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v155)
	%77 = bitcast i8* %v155 to i64*, !dbg !24
	store i64 2, i64* %77, align 8, !dbg !24
	%v159 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxk to i8*), i8* %v155), !dbg !24
	%78 = icmp ne i8* %v159, null
	br i1 %78, label %b40, label %b47, !dbg !24

b40:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v155)
	%79 = getelementptr i8, i8* %v159, i64 8, !dbg !24
	%80 = bitcast i8* %79 to i64*, !dbg !24
	%v161 = load i64, i64* %80, align 8, !dbg !24
	%81 = icmp ne i64 %v161, 0
	br i1 %81, label %b43, label %b45, !dbg !24

b43:
	%82 = bitcast i8* %v159 to i64*, !dbg !24
	%v162 = load i64, i64* %82, align 8, !dbg !24
	%v347 = icmp sge i64 30, %v162, !dbg !24
	br i1 %v347, label %b45, label %b42, !dbg !24

b45:
	%83 = bitcast i8* %v159 to i64*, !dbg !24
	store i64 30, i64* %83, align 8, !dbg !24
	%84 = getelementptr i8, i8* %v159, i64 8, !dbg !24
	%85 = bitcast i8* %84 to i64*, !dbg !24
	store i64 1, i64* %85, align 8, !dbg !24
	br label %b42, !dbg !24

b47:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v171)
	%86 = bitcast i8* %v171 to i64*, !dbg !24
	store i64 30, i64* %86, align 8, !dbg !24
	%87 = getelementptr i8, i8* %v171, i64 8, !dbg !24
	%88 = bitcast i8* %87 to i64*, !dbg !24
	store i64 1, i64* %88, align 8, !dbg !24
	%v176 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxk to i8*), i8* %v155, i8* %v171, i64 0), !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v171)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v155)
	br label %b42, !dbg !24

b42:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v178)
	%89 = bitcast i8* %v178 to i16*, !dbg !26
	store i16 97, i16* %89, align 2, !dbg !26
	%v182 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mnk to i8*), i8* %v178), !dbg !26
	%90 = icmp ne i8* %v182, null
	br i1 %90, label %b49, label %b56, !dbg !26

b49:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v178)
	%91 = getelementptr i8, i8* %v182, i64 8, !dbg !26
	%92 = bitcast i8* %91 to i64*, !dbg !26
	%v186 = load i64, i64* %92, align 8, !dbg !26
	%93 = icmp ne i64 %v186, 0
	br i1 %93, label %b52, label %b54, !dbg !26

b52:
	%94 = bitcast i8* %v182 to i64*, !dbg !26
	%v188 = load i64, i64* %94, align 8, !dbg !26
	%v189 = sub i64 u0xFFFFFFFF, %v188, !dbg !26
	%v348 = icmp sge i64 4294966995, %v189, !dbg !26
	br i1 %v348, label %b54, label %b51, !dbg !26

b54:
	%95 = bitcast i8* %v182 to i64*, !dbg !26
	store i64 300, i64* %95, align 8, !dbg !26
	%96 = getelementptr i8, i8* %v182, i64 8, !dbg !26
	%97 = bitcast i8* %96 to i64*, !dbg !26
	store i64 1, i64* %97, align 8, !dbg !26
	br label %b51, !dbg !26

b56:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v198)
	%98 = bitcast i8* %v198 to i64*, !dbg !26
	store i64 300, i64* %98, align 8, !dbg !26
	%99 = getelementptr i8, i8* %v198, i64 8, !dbg !26
	%100 = bitcast i8* %99 to i64*, !dbg !26
	store i64 1, i64* %100, align 8, !dbg !26
	%v203 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mnk to i8*), i8* %v178, i8* %v198, i64 0), !dbg !26
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v198)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v178)
	br label %b51, !dbg !26

b51:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v205)
	%101 = bitcast i8* %v205 to i16*, !dbg !28
	store i16 98, i16* %101, align 2, !dbg !28
	%v209 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mnk to i8*), i8* %v205), !dbg !28
	%102 = icmp ne i8* %v209, null
	br i1 %102, label %b58, label %b65, !dbg !28

b58:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v205)
	%103 = getelementptr i8, i8* %v209, i64 8, !dbg !28
	%104 = bitcast i8* %103 to i64*, !dbg !28
	%v213 = load i64, i64* %104, align 8, !dbg !28
	%105 = icmp ne i64 %v213, 0
	br i1 %105, label %b61, label %b63, !dbg !28

b61:
	%106 = bitcast i8* %v209 to i64*, !dbg !28
	%v215 = load i64, i64* %106, align 8, !dbg !28
	%v216 = sub i64 u0xFFFFFFFF, %v215, !dbg !28
	%v349 = icmp sge i64 4294967395, %v216, !dbg !28
	br i1 %v349, label %b63, label %b60, !dbg !28

b63:
	%107 = bitcast i8* %v209 to i64*, !dbg !28
	store i64 -100, i64* %107, align 8, !dbg !28
	%108 = getelementptr i8, i8* %v209, i64 8, !dbg !28
	%109 = bitcast i8* %108 to i64*, !dbg !28
	store i64 1, i64* %109, align 8, !dbg !28
	br label %b60, !dbg !28

b65:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v225)
	%110 = bitcast i8* %v225 to i64*, !dbg !28
	store i64 -100, i64* %110, align 8, !dbg !28
	%111 = getelementptr i8, i8* %v225, i64 8, !dbg !28
	%112 = bitcast i8* %111 to i64*, !dbg !28
	store i64 1, i64* %112, align 8, !dbg !28
	%v230 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mnk to i8*), i8* %v205, i8* %v225, i64 0), !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v225)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v205)
	br label %b60, !dbg !28

b60:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v232)
	%113 = bitcast i8* %v232 to i64*, !dbg !29
	store i64 1, i64* %113, align 8, !dbg !29
	%v236 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v232), !dbg !29
	%114 = icmp ne i8* %v236, null
	br i1 %114, label %b67, label %b68, !dbg !29

b67:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v232)
	%115 = bitcast i8* %v236 to i64*, !dbg !29
	%v237 = load i64, i64* %115, align 8, !dbg !29
	%v238 = add i64 %v237, 10, !dbg !29
	%116 = bitcast i8* %v236 to i64*, !dbg !29
	store i64 %v238, i64* %116, align 8, !dbg !29
	%117 = getelementptr i8, i8* %v236, i64 8, !dbg !29
	%118 = bitcast i8* %117 to i64*, !dbg !29
	%v240 = load i64, i64* %118, align 8, !dbg !29
	%v242 = add i64 %v240, 1, !dbg !29
	%119 = getelementptr i8, i8* %v236, i64 8, !dbg !29
	%120 = bitcast i8* %119 to i64*, !dbg !29
	store i64 %v242, i64* %120, align 8, !dbg !29
	br label %b69, !dbg !29

b68:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v245)
	%121 = bitcast i8* %v245 to i64*, !dbg !29
	store i64 10, i64* %121, align 8, !dbg !29
	%122 = getelementptr i8, i8* %v245, i64 8, !dbg !29
	%123 = bitcast i8* %122 to i64*, !dbg !29
	store i64 1, i64* %123, align 8, !dbg !29
	%v250 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v232, i8* %v245, i64 0), !dbg !29
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v245)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v232)
	br label %b69, !dbg !29

b69:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v252)
	%124 = bitcast i8* %v252 to i64*, !dbg !31
	store i64 2, i64* %124, align 8, !dbg !31
	%v256 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v252), !dbg !31
	%125 = icmp ne i8* %v256, null
	br i1 %125, label %b70, label %b71, !dbg !31

b70:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v252)
	%126 = bitcast i8* %v256 to i64*, !dbg !31
	%v257 = load i64, i64* %126, align 8, !dbg !31
	%v258 = add i64 %v257, 3, !dbg !31
	%127 = bitcast i8* %v256 to i64*, !dbg !31
	store i64 %v258, i64* %127, align 8, !dbg !31
	%128 = getelementptr i8, i8* %v256, i64 8, !dbg !31
	%129 = bitcast i8* %128 to i64*, !dbg !31
	%v260 = load i64, i64* %129, align 8, !dbg !31
	%v262 = add i64 %v260, 1, !dbg !31
	%130 = getelementptr i8, i8* %v256, i64 8, !dbg !31
	%131 = bitcast i8* %130 to i64*, !dbg !31
	store i64 %v262, i64* %131, align 8, !dbg !31
	br label %b72, !dbg !31

b71:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v265)
	%132 = bitcast i8* %v265 to i64*, !dbg !31
	store i64 3, i64* %132, align 8, !dbg !31
	%133 = getelementptr i8, i8* %v265, i64 8, !dbg !31
	%134 = bitcast i8* %133 to i64*, !dbg !31
	store i64 1, i64* %134, align 8, !dbg !31
	%v270 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v252, i8* %v265, i64 0), !dbg !31
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v265)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v252)
	br label %b72, !dbg !31

b72:
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v271)
	%135 = bitcast i8* %v271 to i64*, !dbg !32
	store i64 30001, i64* %135, align 8, !dbg !32
	%136 = getelementptr i8, i8* %v271, i64 8, !dbg !32
	%137 = bitcast i8* %136 to i32*, !dbg !32
	store i32 0, i32* %137, align 4, !dbg !32
	%138 = getelementptr i8, i8* %v271, i64 12, !dbg !32
	%139 = bitcast i8* %138 to i32*, !dbg !32
	store i32 1, i32* %139, align 4, !dbg !32
	%140 = getelementptr i8, i8* %v271, i64 16, !dbg !32
	%141 = bitcast i8* %140 to i32*, !dbg !32
	store i32 0, i32* %141, align 4, !dbg !32
	%142 = getelementptr i8, i8* %v271, i64 20, !dbg !32
	call void @llvm.memset.p0i8.i64(i8* align 4 %142, i8 0, i64 4, i1 false), !dbg !32
	%v284 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v271, i64 24, i64 0), !dbg !32
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v271)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v285)
	%143 = bitcast i8* %v285 to i64*, !dbg !33
	store i64 30001, i64* %143, align 8, !dbg !33
	%144 = getelementptr i8, i8* %v285, i64 8, !dbg !33
	%145 = bitcast i8* %144 to i32*, !dbg !33
	store i32 7, i32* %145, align 4, !dbg !33
	%146 = getelementptr i8, i8* %v285, i64 12, !dbg !33
	%147 = bitcast i8* %146 to i32*, !dbg !33
	store i32 0, i32* %147, align 4, !dbg !33
	%148 = getelementptr i8, i8* %v285, i64 16, !dbg !33
	%149 = bitcast i8* %148 to i32*, !dbg !33
	store i32 0, i32* %149, align 4, !dbg !33
	%150 = getelementptr i8, i8* %v285, i64 20, !dbg !33
	call void @llvm.memset.p0i8.i64(i8* align 4 %150, i8 0, i64 4, i1 false), !dbg !33
	%v298 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v285, i64 24, i64 0), !dbg !33
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v285)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v300)
	%151 = bitcast i8* %v300 to i64*, !dbg !34
	store i64 1, i64* %151, align 8, !dbg !34
	%v304 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v300), !dbg !34
	%152 = icmp ne i8* %v304, null
	br i1 %152, label %b73, label %b74, !dbg !34

b73:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v300)
	%153 = bitcast i8* %v304 to i64*, !dbg !34
	%v305 = load i64, i64* %153, align 8, !dbg !34
	%v306 = add i64 %v305, 1, !dbg !34
	%154 = bitcast i8* %v304 to i64*, !dbg !34
	store i64 %v306, i64* %154, align 8, !dbg !34
	%155 = getelementptr i8, i8* %v304, i64 8, !dbg !34
	%156 = bitcast i8* %155 to i64*, !dbg !34
	%v308 = load i64, i64* %156, align 8, !dbg !34
	%v310 = add i64 %v308, 1, !dbg !34
	%157 = getelementptr i8, i8* %v304, i64 8, !dbg !34
	%158 = bitcast i8* %157 to i64*, !dbg !34
	store i64 %v310, i64* %158, align 8, !dbg !34
	br label %b75, !dbg !34

b74:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v313)
	%159 = bitcast i8* %v313 to i64*, !dbg !34
	store i64 1, i64* %159, align 8, !dbg !34
	%160 = getelementptr i8, i8* %v313, i64 8, !dbg !34
	%161 = bitcast i8* %160 to i64*, !dbg !34
	store i64 1, i64* %161, align 8, !dbg !34
	%v318 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v300, i8* %v313, i64 0), !dbg !34
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v313)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v300)
	br label %b75, !dbg !34

b75:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v319)
	%162 = bitcast i8* %v319 to i64*, !dbg !35
	store i64 30002, i64* %162, align 8, !dbg !35
	%163 = getelementptr i8, i8* %v319, i64 8, !dbg !35
	%164 = bitcast i8* %163 to i32*, !dbg !35
	store i32 2, i32* %164, align 4, !dbg !35
	%165 = getelementptr i8, i8* %v319, i64 12, !dbg !35
	call void @llvm.memset.p0i8.i64(i8* align 4 %165, i8 0, i64 4, i1 false), !dbg !35
	%v328 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v319, i64 16, i64 0), !dbg !35
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v319)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v329)
	%166 = bitcast i8* %v329 to i64*, !dbg !36
	store i64 30000, i64* %166, align 8, !dbg !36
	%v335 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v329, i64 8, i64 0), !dbg !36
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v329)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v336)
	%167 = bitcast i8* %v336 to i32*, !dbg !36
	store i32 0, i32* %167, align 4, !dbg !36
	%v340 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v336), !dbg !36
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v336)
	%168 = icmp ne i8* %v340, null
	br i1 %168, label %b76, label %b77, !dbg !36

b76:
	%169 = bitcast i8* %v340 to i64*, !dbg !36
	store i64 1, i64* %169, align 8, !dbg !36
	br label %b77, !dbg !36

b77:
	ret i64 0, !dbg !36
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
!8 = distinct !DISubprogram(name: "BEGIN", scope: !0, file: !0, line: 137, type: !4, scopeLine: 137, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 137, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 137, scope: !8)
!12 = !DILocation(line: 131, scope: !8)
!13 = !DILocation(line: 153, scope: !8)
!14 = !DILocation(line: 147, scope: !8)
!15 = !DILocation(line: 162, scope: !8)
!16 = !DILocation(line: 192, scope: !8)
!17 = !DILocation(line: 183, scope: !8)
!18 = !DILocation(line: 210, scope: !8)
!19 = !DILocation(line: 204, scope: !8)
!20 = !DILocation(line: 228, scope: !8)
!21 = !DILocation(line: 219, scope: !8)
!22 = !DILocation(line: 238, scope: !8)
!23 = !DILocation(line: 268, scope: !8)
!24 = !DILocation(line: 258, scope: !8)
!25 = !DILocation(line: 290, scope: !8)
!26 = !DILocation(line: 278, scope: !8)
!27 = !DILocation(line: 313, scope: !8)
!28 = !DILocation(line: 301, scope: !8)
!29 = !DILocation(line: 325, scope: !8)
!30 = !DILocation(line: 351, scope: !8)
!31 = !DILocation(line: 343, scope: !8)
!32 = !DILocation(line: 360, scope: !8)
!33 = !DILocation(line: 375, scope: !8)
!34 = !DILocation(line: 388, scope: !8)
!35 = !DILocation(line: 407, scope: !8)
!36 = !DILocation(line: 419, scope: !8)
