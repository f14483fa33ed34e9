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

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" {
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
	%0 = bitcast i8* %v2 to i64*
	store i64 0, i64* %0, align 8
	%v6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_av to i8*), i8* %v2)
	%1 = icmp ne i8* %v6, null
	br i1 %1, label %b1, label %b2

b1:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v2)
	%2 = bitcast i8* %v6 to i64*
	%v7 = load i64, i64* %2, align 8
	%v8 = add i64 %v7, -4
	%3 = bitcast i8* %v6 to i64*
	store i64 %v8, i64* %3, align 8
	%4 = getelementptr i8, i8* %v6, i64 8
	%5 = bitcast i8* %4 to i64*
	%v10 = load i64, i64* %5, align 8
	%v12 = add i64 %v10, 1
	%6 = getelementptr i8, i8* %v6, i64 8
	%7 = bitcast i8* %6 to i64*
	store i64 %v12, i64* %7, align 8
	br label %b3

b2:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v15)
	%8 = bitcast i8* %v15 to i64*
	store i64 -4, i64* %8, align 8
	%9 = getelementptr i8, i8* %v15, i64 8
	%10 = bitcast i8* %9 to i64*
	store i64 1, i64* %10, align 8
	%v20 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_av to i8*), i8* %v2, i8* %v15, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v15)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v2)
	br label %b3

b3:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v22)
	%11 = bitcast i8* %v22 to i64*
	store i64 0, i64* %11, align 8
	%v26 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_av to i8*), i8* %v22)
	%12 = icmp ne i8* %v26, null
	br i1 %12, label %b4, label %b5

b4:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v22)
	%13 = bitcast i8* %v26 to i64*
	%v27 = load i64, i64* %13, align 8
	%v28 = add i64 %v27, 1
	%14 = bitcast i8* %v26 to i64*
	store i64 %v28, i64* %14, align 8
	%15 = getelementptr i8, i8* %v26, i64 8
	%16 = bitcast i8* %15 to i64*
	%v30 = load i64, i64* %16, align 8
	%v32 = add i64 %v30, 1
	%17 = getelementptr i8, i8* %v26, i64 8
	%18 = bitcast i8* %17 to i64*
	store i64 %v32, i64* %18, align 8
	br label %b6

b5:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v35)
	%19 = bitcast i8* %v35 to i64*
	store i64 1, i64* %19, align 8
	%20 = getelementptr i8, i8* %v35, i64 8
	%21 = bitcast i8* %20 to i64*
	store i64 1, i64* %21, align 8
	%v40 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_av to i8*), i8* %v22, i8* %v35, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v35)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v22)
	br label %b6

b6:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v42)
	%22 = bitcast i8* %v42 to i64*
	store i64 1, i64* %22, align 8
	%v46 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v42)
	%23 = icmp ne i8* %v46, null
	br i1 %23, label %b7, label %b8

b7:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v42)
	%24 = bitcast i8* %v46 to i64*
	%v47 = load i64, i64* %24, align 8
	%v48 = add i64 %v47, -4
	%25 = bitcast i8* %v46 to i64*
	store i64 %v48, i64* %25, align 8
	%26 = getelementptr i8, i8* %v46, i64 8
	%27 = bitcast i8* %26 to i64*
	%v50 = load i64, i64* %27, align 8
	%v52 = add i64 %v50, 1
	%28 = getelementptr i8, i8* %v46, i64 8
	%29 = bitcast i8* %28 to i64*
	store i64 %v52, i64* %29, align 8
	br label %b9

b8:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v55)
	%30 = bitcast i8* %v55 to i64*
	store i64 -4, i64* %30, align 8
	%31 = getelementptr i8, i8* %v55, i64 8
	%32 = bitcast i8* %31 to i64*
	store i64 1, i64* %32, align 8
	%v60 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v42, i8* %v55, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v55)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v42)
	br label %b9

b9:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v62)
	%33 = bitcast i8* %v62 to i64*
	store i64 2, i64* %33, align 8
	%v66 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v62)
	%34 = icmp ne i8* %v66, null
	br i1 %34, label %b10, label %b11

b10:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v62)
	%35 = bitcast i8* %v66 to i64*
	%v67 = load i64, i64* %35, align 8
	%v68 = add i64 %v67, 10
	%36 = bitcast i8* %v66 to i64*
	store i64 %v68, i64* %36, align 8
	%37 = getelementptr i8, i8* %v66, i64 8
	%38 = bitcast i8* %37 to i64*
	%v70 = load i64, i64* %38, align 8
	%v72 = add i64 %v70, 1
	%39 = getelementptr i8, i8* %v66, i64 8
	%40 = bitcast i8* %39 to i64*
	store i64 %v72, i64* %40, align 8
	br label %b12

b11:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v75)
	%41 = bitcast i8* %v75 to i64*
	store i64 10, i64* %41, align 8
	%42 = getelementptr i8, i8* %v75, i64 8
	%43 = bitcast i8* %42 to i64*
	store i64 1, i64* %43, align 8
	%v80 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v62, i8* %v75, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v75)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v62)
	br label %b12

b12:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v82)
	%44 = bitcast i8* %v82 to i64*
	store i64 0, i64* %44, align 8
	%v86 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn to i8*), i8* %v82)
	%45 = icmp ne i8* %v86, null
	br i1 %45, label %b13, label %b20

b13:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v82)
	%46 = getelementptr i8, i8* %v86, i64 8
	%47 = bitcast i8* %46 to i64*
	%v90 = load i64, i64* %47, align 8
	%48 = icmp ne i64 %v90, 0
	br i1 %48, label %b16, label %b17

b16:
	%49 = bitcast i8* %v86 to i64*
	%v92 = load i64, i64* %49, align 8
	%v93 = sub i64 u0xFFFFFFFF, %v92
	br label %b17

b17:
	%v94 = phi i64 [ 0, %b13 ], [ %v93, %b16 ]
	%v95 = icmp sge i64 u0xFFFFFFFA, %v94
	br i1 %v95, label %b18, label %b15

b18:
	%50 = bitcast i8* %v86 to i64*
	store i64 5, i64* %50, align 8
	%51 = getelementptr i8, i8* %v86, i64 8
	%52 = bitcast i8* %51 to i64*
	store i64 1, i64* %52, align 8
	br label %b15

b20:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v102)
	%53 = bitcast i8* %v102 to i64*
	store i64 5, i64* %53, align 8
	%54 = getelementptr i8, i8* %v102, i64 8
	%55 = bitcast i8* %54 to i64*
	store i64 1, i64* %55, align 8
	%v107 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn to i8*), i8* %v82, i8* %v102, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v102)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v82)
	br label %b15

b15:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v109)
	%56 = bitcast i8* %v109 to i64*
	store i64 0, i64* %56, align 8
	%v113 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxneg to i8*), i8* %v109)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v109)
	%57 = icmp ne i8* %v113, null
	br i1 %57, label %b22, label %b24

b22:
	%58 = getelementptr i8, i8* %v113, i64 8
	%59 = bitcast i8* %58 to i64*
	%v115 = load i64, i64* %59, align 8
	%60 = icmp ne i64 %v115, 0
	br i1 %60, label %b25, label %b26

b25:
	%61 = bitcast i8* %v113 to i64*
	%v116 = load i64, i64* %61, align 8
	br label %b26

b26:
	%v117 = phi i64 [ 0, %b22 ], [ %v116, %b25 ]
	%v118 = icmp sge i64 -3, %v117
	br i1 %v118, label %b27, label %b24

b27:
	%62 = bitcast i8* %v113 to i64*
	store i64 -3, i64* %62, align 8
	%63 = getelementptr i8, i8* %v113, i64 8
	%64 = bitcast i8* %63 to i64*
	store i64 1, i64* %64, align 8
	br label %b24

b24:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v132)
	%65 = bitcast i8* %v132 to i64*
	store i64 1, i64* %65, align 8
	%v136 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxk to i8*), i8* %v132)
	%66 = icmp ne i8* %v136, null
	br i1 %66, label %b31, label %b38

b31:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v132)
	%67 = getelementptr i8, i8* %v136, i64 8
	%68 = bitcast i8* %67 to i64*
	%v138 = load i64, i64* %68, align 8
	%69 = icmp ne i64 %v138, 0
	br i1 %69, label %b34, label %b35

b34:
	%70 = bitcast i8* %v136 to i64*
	%v139 = load i64, i64* %70, align 8
	br label %b35

b35:
	%v140 = phi i64 [ 0, %b31 ], [ %v139, %b34 ]
	%v141 = icmp sge i64 10, %v140
	br i1 %v141, label %b36, label %b33

b36:
	%71 = bitcast i8* %v136 to i64*
	store i64 10, i64* %71, align 8
	%72 = getelementptr i8, i8* %v136, i64 8
	%73 = bitcast i8* %72 to i64*
	store i64 1, i64* %73, align 8
	br label %b33

b38:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v148)
	%74 = bitcast i8* %v148 to i64*
	store i64 10, i64* %74, align 8
	%75 = getelementptr i8, i8* %v148, i64 8
	%76 = bitcast i8* %75 to i64*
	store i64 1, i64* %76, align 8
	%v153 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxk to i8*), i8* %v132, i8* %v148, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v148)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v132)
	br label %b33

b33:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v155)
	%77 = bitcast i8* %v155 to i64*
	store i64 2, i64* %77, align 8
	%v159 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxk to i8*), i8* %v155)
	%78 = icmp ne i8* %v159, null
	br i1 %78, label %b40, label %b47

b40:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v155)
	%79 = getelementptr i8, i8* %v159, i64 8
	%80 = bitcast i8* %79 to i64*
	%v161 = load i64, i64* %80, align 8
	%81 = icmp ne i64 %v161, 0
	br i1 %81, label %b43, label %b44

b43:
	%82 = bitcast i8* %v159 to i64*
	%v162 = load i64, i64* %82, align 8
	br label %b44

b44:
	%v163 = phi i64 [ 0, %b40 ], [ %v162, %b43 ]
	%v164 = icmp sge i64 30, %v163
	br i1 %v164, label %b45, label %b42

b45:
	%83 = bitcast i8* %v159 to i64*
	store i64 30, i64* %83, align 8
	%84 = getelementptr i8, i8* %v159, i64 8
	%85 = bitcast i8* %84 to i64*
	store i64 1, i64* %85, align 8
	br label %b42

b47:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v171)
	%86 = bitcast i8* %v171 to i64*
	store i64 30, i64* %86, align 8
	%87 = getelementptr i8, i8* %v171, i64 8
	%88 = bitcast i8* %87 to i64*
	store i64 1, i64* %88, align 8
	%v176 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxk to i8*), i8* %v155, i8* %v171, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v171)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v155)
	br label %b42

b42:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v178)
	%89 = bitcast i8* %v178 to i16*
	store i16 97, i16* %89, align 2
	%v182 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mnk to i8*), i8* %v178)
	%90 = icmp ne i8* %v182, null
	br i1 %90, label %b49, label %b56

b49:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v178)
	%91 = getelementptr i8, i8* %v182, i64 8
	%92 = bitcast i8* %91 to i64*
	%v186 = load i64, i64* %92, align 8
	%93 = icmp ne i64 %v186, 0
	br i1 %93, label %b52, label %b53

b52:
	%94 = bitcast i8* %v182 to i64*
	%v188 = load i64, i64* %94, align 8
	%v189 = sub i64 u0xFFFFFFFF, %v188
	br label %b53

b53:
	%v190 = phi i64 [ 0, %b49 ], [ %v189, %b52 ]
	%v191 = icmp sge i64 4294966995, %v190
	br i1 %v191, label %b54, label %b51

b54:
	%95 = bitcast i8* %v182 to i64*
	store i64 300, i64* %95, align 8
	%96 = getelementptr i8, i8* %v182, i64 8
	%97 = bitcast i8* %96 to i64*
	store i64 1, i64* %97, align 8
	br label %b51

b56:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v198)
	%98 = bitcast i8* %v198 to i64*
	store i64 300, i64* %98, align 8
	%99 = getelementptr i8, i8* %v198, i64 8
	%100 = bitcast i8* %99 to i64*
	store i64 1, i64* %100, align 8
	%v203 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mnk to i8*), i8* %v178, i8* %v198, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v198)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v178)
	br label %b51

b51:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v205)
	%101 = bitcast i8* %v205 to i16*
	store i16 98, i16* %101, align 2
	%v209 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mnk to i8*), i8* %v205)
	%102 = icmp ne i8* %v209, null
	br i1 %102, label %b58, label %b65

b58:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v205)
	%103 = getelementptr i8, i8* %v209, i64 8
	%104 = bitcast i8* %103 to i64*
	%v213 = load i64, i64* %104, align 8
	%105 = icmp ne i64 %v213, 0
	br i1 %105, label %b61, label %b62

b61:
	%106 = bitcast i8* %v209 to i64*
	%v215 = load i64, i64* %106, align 8
	%v216 = sub i64 u0xFFFFFFFF, %v215
	br label %b62

b62:
	%v217 = phi i64 [ 0, %b58 ], [ %v216, %b61 ]
	%v218 = icmp sge i64 4294967395, %v217
	br i1 %v218, label %b63, label %b60

b63:
	%107 = bitcast i8* %v209 to i64*
	store i64 -100, i64* %107, align 8
	%108 = getelementptr i8, i8* %v209, i64 8
	%109 = bitcast i8* %108 to i64*
	store i64 1, i64* %109, align 8
	br label %b60

b65:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v225)
	%110 = bitcast i8* %v225 to i64*
	store i64 -100, i64* %110, align 8
	%111 = getelementptr i8, i8* %v225, i64 8
	%112 = bitcast i8* %111 to i64*
	store i64 1, i64* %112, align 8
	%v230 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mnk to i8*), i8* %v205, i8* %v225, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v225)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v205)
	br label %b60

b60:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v232)
	%113 = bitcast i8* %v232 to i64*
	store i64 1, i64* %113, align 8
	%v236 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v232)
	%114 = icmp ne i8* %v236, null
	br i1 %114, label %b67, label %b68

b67:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v232)
	%115 = bitcast i8* %v236 to i64*
	%v237 = load i64, i64* %115, align 8
	%v238 = add i64 %v237, 10
	%116 = bitcast i8* %v236 to i64*
	store i64 %v238, i64* %116, align 8
	%117 = getelementptr i8, i8* %v236, i64 8
	%118 = bitcast i8* %117 to i64*
	%v240 = load i64, i64* %118, align 8
	%v242 = add i64 %v240, 1
	%119 = getelementptr i8, i8* %v236, i64 8
	%120 = bitcast i8* %119 to i64*
	store i64 %v242, i64* %120, align 8
	br label %b69

b68:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v245)
	%121 = bitcast i8* %v245 to i64*
	store i64 10, i64* %121, align 8
	%122 = getelementptr i8, i8* %v245, i64 8
	%123 = bitcast i8* %122 to i64*
	store i64 1, i64* %123, align 8
	%v250 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v232, i8* %v245, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v245)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v232)
	br label %b69

b69:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v252)
	%124 = bitcast i8* %v252 to i64*
	store i64 2, i64* %124, align 8
	%v256 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v252)
	%125 = icmp ne i8* %v256, null
	br i1 %125, label %b70, label %b71

b70:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v252)
	%126 = bitcast i8* %v256 to i64*
	%v257 = load i64, i64* %126, align 8
	%v258 = add i64 %v257, 3
	%127 = bitcast i8* %v256 to i64*
	store i64 %v258, i64* %127, align 8
	%128 = getelementptr i8, i8* %v256, i64 8
	%129 = bitcast i8* %128 to i64*
	%v260 = load i64, i64* %129, align 8
	%v262 = add i64 %v260, 1
	%130 = getelementptr i8, i8* %v256, i64 8
	%131 = bitcast i8* %130 to i64*
	store i64 %v262, i64* %131, align 8
	br label %b72

b71:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v265)
	%132 = bitcast i8* %v265 to i64*
	store i64 3, i64* %132, align 8
	%133 = getelementptr i8, i8* %v265, i64 8
	%134 = bitcast i8* %133 to i64*
	store i64 1, i64* %134, align 8
	%v270 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v252, i8* %v265, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v265)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v252)
	br label %b72

b72:
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v271)
	%135 = bitcast i8* %v271 to i64*
	store i64 30001, i64* %135, align 8
	%136 = getelementptr i8, i8* %v271, i64 8
	%137 = bitcast i8* %136 to i32*
	store i32 0, i32* %137, align 4
	%138 = getelementptr i8, i8* %v271, i64 12
	%139 = bitcast i8* %138 to i32*
	store i32 1, i32* %139, align 4
	%140 = getelementptr i8, i8* %v271, i64 16
	%141 = bitcast i8* %140 to i32*
	store i32 0, i32* %141, align 4
	%142 = getelementptr i8, i8* %v271, i64 20
	call void @llvm.memset.p0i8.i64(i8* align 4 %142, i8 0, i64 4, i1 false)
	%v284 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v271, i64 24, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v271)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v285)
	%143 = bitcast i8* %v285 to i64*
	store i64 30001, i64* %143, align 8
	%144 = getelementptr i8, i8* %v285, i64 8
	%145 = bitcast i8* %144 to i32*
	store i32 7, i32* %145, align 4
	%146 = getelementptr i8, i8* %v285, i64 12
	%147 = bitcast i8* %146 to i32*
	store i32 0, i32* %147, align 4
	%148 = getelementptr i8, i8* %v285, i64 16
	%149 = bitcast i8* %148 to i32*
	store i32 0, i32* %149, align 4
	%150 = getelementptr i8, i8* %v285, i64 20
	call void @llvm.memset.p0i8.i64(i8* align 4 %150, i8 0, i64 4, i1 false)
	%v298 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v285, i64 24, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v285)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v300)
	%151 = bitcast i8* %v300 to i64*
	store i64 1, i64* %151, align 8
	%v304 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v300)
	%152 = icmp ne i8* %v304, null
	br i1 %152, label %b73, label %b74

b73:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v300)
	%153 = bitcast i8* %v304 to i64*
	%v305 = load i64, i64* %153, align 8
	%v306 = add i64 %v305, 1
	%154 = bitcast i8* %v304 to i64*
	store i64 %v306, i64* %154, align 8
	%155 = getelementptr i8, i8* %v304, i64 8
	%156 = bitcast i8* %155 to i64*
	%v308 = load i64, i64* %156, align 8
	%v310 = add i64 %v308, 1
	%157 = getelementptr i8, i8* %v304, i64 8
	%158 = bitcast i8* %157 to i64*
	store i64 %v310, i64* %158, align 8
	br label %b75

b74:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v313)
	%159 = bitcast i8* %v313 to i64*
	store i64 1, i64* %159, align 8
	%160 = getelementptr i8, i8* %v313, i64 8
	%161 = bitcast i8* %160 to i64*
	store i64 1, i64* %161, align 8
	%v318 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v300, i8* %v313, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v313)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v300)
	br label %b75

b75:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v319)
	%162 = bitcast i8* %v319 to i64*
	store i64 30002, i64* %162, align 8
	%163 = getelementptr i8, i8* %v319, i64 8
	%164 = bitcast i8* %163 to i32*
	store i32 2, i32* %164, align 4
	%165 = getelementptr i8, i8* %v319, i64 12
	call void @llvm.memset.p0i8.i64(i8* align 4 %165, i8 0, i64 4, i1 false)
	%v328 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v319, i64 16, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v319)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v329)
	%166 = bitcast i8* %v329 to i64*
	store i64 30000, i64* %166, align 8
	%v335 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v329, i64 8, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v329)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v336)
	%167 = bitcast i8* %v336 to i32*
	store i32 0, i32* %167, align 4
	%v340 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v336)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v336)
	%168 = icmp ne i8* %v340, null
	br i1 %168, label %b76, label %b77

b76:
	%169 = bitcast i8* %v340 to i64*
	store i64 1, i64* %169, align 8
	br label %b77

b77:
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memset.p0i8.i64(i8* %0, i8 %1, i64 %2, i1 %3) argmemonly nounwind
