target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_nonnull = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_ns = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_r = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_rmtp = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_same = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_clock_nanosleep(i8* %ctx) nounwind section "bpftc/tp_sys_enter_clock_nanosleep" {
b0:
	%v123.slot = alloca [8 x i8], align 8
	%v123 = bitcast [8 x i8]* %v123.slot to i8*
	%v116.slot = alloca [8 x i8], align 8
	%v116 = bitcast [8 x i8]* %v116.slot to i8*
	%v111.slot = alloca [8 x i8], align 8
	%v111 = bitcast [8 x i8]* %v111.slot to i8*
	%v96.slot = alloca [8 x i8], align 8
	%v96 = bitcast [8 x i8]* %v96.slot to i8*
	%v95.slot = alloca [8 x i8], align 8
	%v95 = bitcast [8 x i8]* %v95.slot to i8*
	%v81.slot = alloca [32 x i8], align 8
	%v81 = bitcast [32 x i8]* %v81.slot to i8*
	%v74.slot = alloca [8 x i8], align 8
	%v74 = bitcast [8 x i8]* %v74.slot to i8*
	%v71.slot = alloca [8 x i8], align 8
	%v71 = bitcast [8 x i8]* %v71.slot to i8*
	%v65.slot = alloca [8 x i8], align 8
	%v65 = bitcast [8 x i8]* %v65.slot to i8*
	%v56.slot = alloca [8 x i8], align 8
	%v56 = bitcast [8 x i8]* %v56.slot to i8*
	%v50.slot = alloca [8 x i8], align 8
	%v50 = bitcast [8 x i8]* %v50.slot to i8*
	%v43.slot = alloca [8 x i8], align 8
	%v43 = bitcast [8 x i8]* %v43.slot to i8*
	%v37.slot = alloca [8 x i8], align 8
	%v37 = bitcast [8 x i8]* %v37.slot to i8*
	%v32.slot = alloca [16 x i8], align 8
	%v32 = bitcast [16 x i8]* %v32.slot to i8*
	%v19.slot = alloca [8 x i8], align 8
	%v19 = bitcast [8 x i8]* %v19.slot to i8*
	%v13.slot = alloca [8 x i8], align 8
	%v13 = bitcast [8 x i8]* %v13.slot to i8*
	%v9.slot = alloca [32 x i8], align 8
	%v9 = bitcast [32 x i8]* %v9.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)()
	%v3 = lshr i64 %v1, 32
	%v7 = icmp ne i64 %v3, 4242
	br i1 %v7, label %b1, label %b2

b1:
	ret i64 0

b2:
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v9)
	%0 = bitcast i8* %v9 to i64*
	store i64 0, i64* %0, align 8
	%1 = getelementptr i8, i8* %ctx, i64 32
	%2 = bitcast i8* %1 to i64*
	%v12 = load i64, i64* %2, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v13)
	%v15 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v13, i64 8, i64 %v12)
	%3 = bitcast i8* %v13 to i64*
	%v16 = load i64, i64* %3, align 8
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v13)
	%4 = getelementptr i8, i8* %v9, i64 8
	%5 = bitcast i8* %4 to i64*
	store i64 %v16, i64* %5, align 8
	%6 = getelementptr i8, i8* %ctx, i64 32
	%7 = bitcast i8* %6 to i64*
	%v18 = load i64, i64* %7, align 8
	%v21 = add i64 %v18, 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v19)
	%v23 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v19, i64 8, i64 %v21)
	%8 = bitcast i8* %v19 to i64*
	%v24 = load i64, i64* %8, align 8
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v19)
	%9 = getelementptr i8, i8* %v9, i64 16
	%10 = bitcast i8* %9 to i64*
	store i64 %v24, i64* %10, align 8
	%11 = getelementptr i8, i8* %ctx, i64 16
	%12 = bitcast i8* %11 to i64*
	%v26 = load i64, i64* %12, align 8
	%13 = getelementptr i8, i8* %v9, i64 24
	%14 = bitcast i8* %13 to i64*
	store i64 %v26, i64* %14, align 8
	%v31 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v9, i64 32, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v9)
	%15 = getelementptr i8, i8* %ctx, i64 32
	%16 = bitcast i8* %15 to i64*
	%v33 = load i64, i64* %16, align 8
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v32)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v32, i8 0, i64 16, i1 false)
	%v36 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v32, i64 16, i64 %v33)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v37)
	%17 = bitcast i8* %v37 to i64*
	store i64 0, i64* %17, align 8
	%v42 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_r to i8*), i8* %v37, i8* %v32, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v37)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v32)
	%18 = getelementptr i8, i8* %ctx, i64 32
	%19 = bitcast i8* %18 to i64*
	%v44 = load i64, i64* %19, align 8
	%v46.c = icmp ne i64 %v44, 0
	%v46 = zext i1 %v46.c to i64
	%20 = trunc i64 %v46 to i1
	%v47 = sext i1 %20 to i64
	%21 = trunc i64 %v47 to i1
	%v48 = sext i1 %21 to i64
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v43)
	%22 = bitcast i8* %v43 to i64*
	store i64 %v48, i64* %22, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v50)
	%23 = bitcast i8* %v50 to i64*
	store i64 0, i64* %23, align 8
	%v55 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_nonnull to i8*), i8* %v50, i8* %v43, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v50)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v43)
	%24 = getelementptr i8, i8* %ctx, i64 32
	%25 = bitcast i8* %24 to i64*
	%v57 = load i64, i64* %25, align 8
	%26 = getelementptr i8, i8* %ctx, i64 32
	%27 = bitcast i8* %26 to i64*
	%v58 = load i64, i64* %27, align 8
	%v59.c = icmp eq i64 %v57, %v58
	%v59 = zext i1 %v59.c to i64
	%v61 = and i64 %v59, 1
	%v63 = and i64 %v61, 1
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v56)
	%28 = bitcast i8* %v56 to i64*
	store i64 %v63, i64* %28, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v65)
	%29 = bitcast i8* %v65 to i64*
	store i64 0, i64* %29, align 8
	%v70 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_same to i8*), i8* %v65, i8* %v56, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v65)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v56)
	%30 = getelementptr i8, i8* %ctx, i64 40
	%31 = bitcast i8* %30 to i64*
	%v72 = load i64, i64* %31, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v71)
	%32 = bitcast i8* %v71 to i64*
	store i64 %v72, i64* %32, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v74)
	%33 = bitcast i8* %v74 to i64*
	store i64 0, i64* %33, align 8
	%v79 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_rmtp to i8*), i8* %v74, i8* %v71, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v74)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v71)
	%34 = getelementptr i8, i8* %ctx, i64 32
	%35 = bitcast i8* %34 to i64*
	%v80 = load i64, i64* %35, align 8
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v81)
	%36 = bitcast i8* %v81 to i64*
	store i64 30007, i64* %36, align 8
	%37 = getelementptr i8, i8* %v81, i64 8
	%38 = bitcast i8* %37 to i64*
	store i64 0, i64* %38, align 8
	%39 = getelementptr i8, i8* %v81, i64 16
	call void @llvm.memset.p0i8.i64(i8* align 8 %39, i8 0, i64 16, i1 false)
	%v88 = getelementptr i8, i8* %v81, i64 16
	%v90 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v88, i64 16, i64 %v80)
	%v94 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v81, i64 32, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v81)
	%v98 = add i64 %v80, 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v96)
	%v100 = call i64 inttoptr (i64 112 to i64 (i8*, i64, i64)*)(i8* %v96, i64 8, i64 %v98)
	%40 = bitcast i8* %v96 to i64*
	%v101 = load i64, i64* %40, align 8
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v96)
	%v103 = udiv i64 %v101, 1000
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v95)
	%41 = bitcast i8* %v95 to i64*
	store i64 %v103, i64* %41, align 8
	%v107 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ns to i8*), i8* %v95)
	%42 = icmp ne i8* %v107, null
	br i1 %42, label %b3, label %b4

b3:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v95)
	%43 = bitcast i8* %v107 to i64*
	%v108 = load i64, i64* %43, align 8
	%v109 = add i64 %v108, 1
	%44 = bitcast i8* %v107 to i64*
	store i64 %v109, i64* %44, align 8
	br label %b5

b4:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v111)
	%45 = bitcast i8* %v111 to i64*
	store i64 1, i64* %45, align 8
	%v115 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ns to i8*), i8* %v95, i8* %v111, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v111)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v95)
	br label %b5

b5:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v116)
	%46 = bitcast i8* %v116 to i64*
	store i64 30000, i64* %46, align 8
	%v122 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v116, i64 8, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v116)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v123)
	%47 = bitcast i8* %v123 to i32*
	store i32 0, i32* %47, align 4
	%v127 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v123)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v123)
	%48 = icmp ne i8* %v127, null
	br i1 %48, label %b6, label %b7

b6:
	%49 = bitcast i8* %v127 to i64*
	store i64 1, i64* %49, align 8
	br label %b7

b7:
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memset.p0i8.i64(i8* %0, i8 %1, i64 %2, i1 %3) argmemonly nounwind
