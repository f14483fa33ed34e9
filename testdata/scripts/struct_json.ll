target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_arr = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 12, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_k = global { i32, i32, i32, i32, i32 } { i32 1, i32 56, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_ka = global { i32, i32, i32, i32, i32 } { i32 1, i32 16, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_kp = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_p = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_s = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 56, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_t = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 40, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_write(i8* %ctx) nounwind section "bpftc/tp_sys_enter_write" {
b0:
	%v168.slot = alloca [8 x i8], align 8
	%v168 = bitcast [8 x i8]* %v168.slot to i8*
	%v161.slot = alloca [8 x i8], align 8
	%v161 = bitcast [8 x i8]* %v161.slot to i8*
	%v145.slot = alloca [24 x i8], align 8
	%v145 = bitcast [24 x i8]* %v145.slot to i8*
	%v128.slot = alloca [32 x i8], align 8
	%v128 = bitcast [32 x i8]* %v128.slot to i8*
	%v114.slot = alloca [72 x i8], align 8
	%v114 = bitcast [72 x i8]* %v114.slot to i8*
	%v108.slot = alloca [8 x i8], align 8
	%v108 = bitcast [8 x i8]* %v108.slot to i8*
	%v84.slot = alloca [40 x i8], align 8
	%v84 = bitcast [40 x i8]* %v84.slot to i8*
	%v74.slot = alloca [8 x i8], align 8
	%v74 = bitcast [8 x i8]* %v74.slot to i8*
	%v73.slot = alloca [8 x i8], align 8
	%v73 = bitcast [8 x i8]* %v73.slot to i8*
	%v70.slot = alloca [8 x i8], align 8
	%v70 = bitcast [8 x i8]* %v70.slot to i8*
	%v64.slot = alloca [8 x i8], align 8
	%v64 = bitcast [8 x i8]* %v64.slot to i8*
	%v57.slot = alloca [8 x i8], align 8
	%v57 = bitcast [8 x i8]* %v57.slot to i8*
	%v56.slot = alloca [8 x i8], align 8
	%v56 = bitcast [8 x i8]* %v56.slot to i8*
	%v45.slot = alloca [16 x i8], align 8
	%v45 = bitcast [16 x i8]* %v45.slot to i8*
	%v42.slot = alloca [8 x i8], align 8
	%v42 = bitcast [8 x i8]* %v42.slot to i8*
	%v36.slot = alloca [8 x i8], align 8
	%v36 = bitcast [8 x i8]* %v36.slot to i8*
	%v30.slot = alloca [16 x i8], align 8
	%v30 = bitcast [16 x i8]* %v30.slot to i8*
	%v23.slot = alloca [56 x i8], align 8
	%v23 = bitcast [56 x i8]* %v23.slot to i8*
	%v20.slot = alloca [8 x i8], align 8
	%v20 = bitcast [8 x i8]* %v20.slot to i8*
	%v14.slot = alloca [8 x i8], align 8
	%v14 = bitcast [8 x i8]* %v14.slot to i8*
	%v10.slot = alloca [56 x i8], align 8
	%v10 = bitcast [56 x i8]* %v10.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)()
	%v3 = lshr i64 %v1, 32
	%v7 = icmp ne i64 %v3, 4242
	br i1 %v7, label %b1, label %b2

b1:
	ret i64 0

b2:
	%0 = getelementptr i8, i8* %ctx, i64 24
	%1 = bitcast i8* %0 to i64*
	%v9 = load i64, i64* %1, align 8
	call void @llvm.lifetime.start.p0i8(i64 56, i8* %v10)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v10, i8 0, i64 56, i1 false)
	%v13 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v10, i64 56, i64 %v9)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v14)
	%2 = bitcast i8* %v14 to i64*
	store i64 0, i64* %2, align 8
	%v19 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_s to i8*), i8* %v14, i8* %v10, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v14)
	call void @llvm.lifetime.end.p0i8(i64 56, i8* %v10)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v20)
	%3 = bitcast i8* %v20 to i64*
	store i64 1, i64* %3, align 8
	call void @llvm.lifetime.start.p0i8(i64 56, i8* %v23)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v23, i8 0, i64 56, i1 false)
	%v26 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v23, i64 56, i64 %v9)
	%v29 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k to i8*), i8* %v23, i8* %v20, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 56, i8* %v23)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v20)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v30)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v30, i8 0, i64 12, i1 false)
	%v33 = add i64 %v9, 20
	%v35 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v30, i64 12, i64 %v33)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v36)
	%4 = bitcast i8* %v36 to i64*
	store i64 0, i64* %4, align 8
	%v41 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_arr to i8*), i8* %v36, i8* %v30, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v36)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v30)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v42)
	%5 = bitcast i8* %v42 to i64*
	store i64 2, i64* %5, align 8
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v45)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v45, i8 0, i64 12, i1 false)
	%v50 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v45, i64 12, i64 %v33)
	%6 = getelementptr i8, i8* %v45, i64 12
	%7 = bitcast i8* %6 to i32*
	store i32 7305076, i32* %7, align 4
	%v55 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ka to i8*), i8* %v45, i8* %v42, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v45)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v42)
	%v59 = add i64 %v9, 48
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v57)
	%v61 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v57, i64 8, i64 %v59)
	%8 = bitcast i8* %v57 to i64*
	%v62 = load i64, i64* %8, align 8
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v57)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v56)
	%9 = bitcast i8* %v56 to i64*
	store i64 %v62, i64* %9, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v64)
	%10 = bitcast i8* %v64 to i64*
	store i64 0, i64* %10, align 8
	%v69 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_p to i8*), i8* %v64, i8* %v56, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v64)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v56)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v70)
	%11 = bitcast i8* %v70 to i64*
	store i64 4, i64* %11, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v74)
	%v78 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v74, i64 8, i64 %v59)
	%12 = bitcast i8* %v74 to i64*
	%v79 = load i64, i64* %12, align 8
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v74)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v73)
	%13 = bitcast i8* %v73 to i64*
	store i64 %v79, i64* %13, align 8
	%v83 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_kp to i8*), i8* %v73, i8* %v70, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v73)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v70)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v84)
	%14 = bitcast i8* %v84 to i64*
	store i64 1, i64* %14, align 8
	%15 = getelementptr i8, i8* %v84, i64 8
	call void @llvm.memset.p0i8.i64(i8* align 8 %15, i8 0, i64 8, i1 false)
	%v89 = add i64 %v9, 12
	%v91 = getelementptr i8, i8* %v84, i64 8
	%v93 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v91, i64 8, i64 %v89)
	%16 = getelementptr i8, i8* %v84, i64 16
	call void @llvm.memset.p0i8.i64(i8* align 8 %16, i8 0, i64 12, i1 false)
	%v98 = getelementptr i8, i8* %v84, i64 16
	%v100 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v98, i64 12, i64 %v33)
	%17 = getelementptr i8, i8* %v84, i64 28
	call void @llvm.memset.p0i8.i64(i8* align 4 %17, i8 0, i64 8, i1 false)
	%v103 = add i64 %v9, 4
	%v105 = getelementptr i8, i8* %v84, i64 28
	%v107 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v105, i64 8, i64 %v103)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v108)
	%18 = bitcast i8* %v108 to i64*
	store i64 0, i64* %18, align 8
	%v113 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_t to i8*), i8* %v108, i8* %v84, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v108)
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v84)
	call void @llvm.lifetime.start.p0i8(i64 72, i8* %v114)
	%19 = bitcast i8* %v114 to i64*
	store i64 30007, i64* %19, align 8
	%20 = getelementptr i8, i8* %v114, i64 8
	%21 = bitcast i8* %20 to i64*
	store i64 0, i64* %21, align 8
	%22 = getelementptr i8, i8* %v114, i64 16
	call void @llvm.memset.p0i8.i64(i8* align 8 %22, i8 0, i64 56, i1 false)
	%v121 = getelementptr i8, i8* %v114, i64 16
	%v123 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v121, i64 56, i64 %v9)
	%v127 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v114, i64 72, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 72, i8* %v114)
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v128)
	%23 = bitcast i8* %v128 to i64*
	store i64 30007, i64* %23, align 8
	%24 = getelementptr i8, i8* %v128, i64 8
	%25 = bitcast i8* %24 to i64*
	store i64 1, i64* %25, align 8
	%26 = getelementptr i8, i8* %v128, i64 16
	call void @llvm.memset.p0i8.i64(i8* align 8 %26, i8 0, i64 12, i1 false)
	%v137 = getelementptr i8, i8* %v128, i64 16
	%v139 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v137, i64 12, i64 %v33)
	%27 = getelementptr i8, i8* %v128, i64 28
	call void @llvm.memset.p0i8.i64(i8* align 4 %27, i8 0, i64 4, i1 false)
	%v144 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v128, i64 32, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v128)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v145)
	%28 = bitcast i8* %v145 to i64*
	store i64 30007, i64* %28, align 8
	%29 = getelementptr i8, i8* %v145, i64 8
	%30 = bitcast i8* %29 to i64*
	store i64 2, i64* %30, align 8
	%31 = getelementptr i8, i8* %v145, i64 16
	call void @llvm.memset.p0i8.i64(i8* align 8 %31, i8 0, i64 8, i1 false)
	%v154 = getelementptr i8, i8* %v145, i64 16
	%v156 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v154, i64 8, i64 %v89)
	%v160 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v145, i64 24, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v145)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v161)
	%32 = bitcast i8* %v161 to i64*
	store i64 30000, i64* %32, align 8
	%v167 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v161, i64 8, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v161)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v168)
	%33 = bitcast i8* %v168 to i32*
	store i32 0, i32* %33, align 4
	%v172 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v168)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v168)
	%34 = icmp ne i8* %v172, null
	br i1 %34, label %b3, label %b4

b3:
	%35 = bitcast i8* %v172 to i64*
	store i64 1, i64* %35, align 8
	br label %b4

b4:
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memset.p0i8.i64(i8* %0, i8 %1, i64 %2, i1 %3) argmemonly nounwind
