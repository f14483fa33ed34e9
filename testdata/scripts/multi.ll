target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_both = global { i32, i32, i32, i32, i32 } { i32 6, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_by = global { i32, i32, i32, i32, i32 } { i32 5, i32 24, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_gone = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_n = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_same = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_total = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_getppid(i8* %ctx) nounwind section "bpftc/tp_sys_enter_getppid" {
b0:
	%v121.slot = alloca [8 x i8], align 8
	%v121 = bitcast [8 x i8]* %v121.slot to i8*
	%v115.slot = alloca [8 x i8], align 8
	%v115 = bitcast [8 x i8]* %v115.slot to i8*
	%v112.slot = alloca [8 x i8], align 8
	%v112 = bitcast [8 x i8]* %v112.slot to i8*
	%v106.slot = alloca [8 x i8], align 8
	%v106 = bitcast [8 x i8]* %v106.slot to i8*
	%v103.slot = alloca [8 x i8], align 8
	%v103 = bitcast [8 x i8]* %v103.slot to i8*
	%v83.slot = alloca [16 x i8], align 8
	%v83 = bitcast [16 x i8]* %v83.slot to i8*
	%v66.slot = alloca [16 x i8], align 8
	%v66 = bitcast [16 x i8]* %v66.slot to i8*
	%v59.slot = alloca [8 x i8], align 8
	%v59 = bitcast [8 x i8]* %v59.slot to i8*
	%v50.slot = alloca [8 x i8], align 8
	%v50 = bitcast [8 x i8]* %v50.slot to i8*
	%v45.slot = alloca [8 x i8], align 8
	%v45 = bitcast [8 x i8]* %v45.slot to i8*
	%v37.slot = alloca [8 x i8], align 8
	%v37 = bitcast [8 x i8]* %v37.slot to i8*
	%v31.slot = alloca [8 x i8], align 8
	%v31 = bitcast [8 x i8]* %v31.slot to i8*
	%v20.slot = alloca [24 x i8], align 8
	%v20 = bitcast [24 x i8]* %v20.slot to i8*
	%v11.slot = alloca [8 x i8], align 8
	%v11 = bitcast [8 x i8]* %v11.slot to i8*
	%v1.slot = alloca [16 x i8], align 8
	%v1 = bitcast [16 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v1)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v1, i8 0, i64 16, i1 false)
	%v3 = call i64 inttoptr (i64 14 to i64 ()*)()
	%v5 = lshr i64 %v3, 32
	%v9 = icmp ne i64 %v5, 4242
	br i1 %v9, label %b1, label %b2

b1:
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v1)
	ret i64 0

b2:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v11)
	%0 = bitcast i8* %v11 to i32*
	store i32 0, i32* %0, align 4
	%v16 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_both to i8*), i8* %v11)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v11)
	%1 = icmp ne i8* %v16, null
	br i1 %1, label %b3, label %b5

b3:
	%2 = bitcast i8* %v16 to i64*
	%v17 = load i64, i64* %2, align 8
	%v18 = add i64 %v17, 1
	%3 = bitcast i8* %v16 to i64*
	store i64 %v18, i64* %3, align 8
	br label %b5

b5:
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v20)
	%v22 = call i64 inttoptr (i64 16 to i64 (i8*, i64)*)(i8* %v20, i64 16)
	%4 = getelementptr i8, i8* %v20, i64 16
	%5 = bitcast i8* %4 to i64*
	store i64 7, i64* %5, align 8
	%v27 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_by to i8*), i8* %v20)
	%6 = icmp ne i8* %v27, null
	br i1 %6, label %b6, label %b7

b6:
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v20)
	%7 = bitcast i8* %v27 to i64*
	%v28 = load i64, i64* %7, align 8
	%v29 = add i64 %v28, 1
	%8 = bitcast i8* %v27 to i64*
	store i64 %v29, i64* %8, align 8
	br label %b8

b7:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v31)
	%9 = bitcast i8* %v31 to i64*
	store i64 1, i64* %9, align 8
	%v35 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_by to i8*), i8* %v20, i8* %v31, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v31)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v20)
	br label %b8

b8:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v37)
	%10 = bitcast i8* %v37 to i64*
	store i64 0, i64* %10, align 8
	%v41 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_total to i8*), i8* %v37)
	%11 = icmp ne i8* %v41, null
	br i1 %11, label %b9, label %b10

b9:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v37)
	%12 = bitcast i8* %v41 to i64*
	%v42 = load i64, i64* %12, align 8
	%v43 = add i64 %v42, 2
	%13 = bitcast i8* %v41 to i64*
	store i64 %v43, i64* %13, align 8
	br label %b11

b10:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v45)
	%14 = bitcast i8* %v45 to i64*
	store i64 2, i64* %14, align 8
	%v49 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_total to i8*), i8* %v37, i8* %v45, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v45)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v37)
	br label %b11

b11:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v50)
	%15 = bitcast i8* %v50 to i64*
	store i64 0, i64* %15, align 8
	%v55 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_n to i8*), i8* %v50)
	%16 = icmp ne i8* %v55, null
	br i1 %16, label %b12, label %b13

b12:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v50)
	%17 = bitcast i8* %v55 to i64*
	%v56 = load i64, i64* %17, align 8
	%v57 = add i64 %v56, 1
	%18 = bitcast i8* %v55 to i64*
	store i64 %v57, i64* %18, align 8
	br label %b14

b13:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v59)
	%19 = bitcast i8* %v59 to i64*
	store i64 1, i64* %19, align 8
	%v63 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_n to i8*), i8* %v50, i8* %v59, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v59)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v50)
	br label %b14

b14:
	%v65 = call i64 inttoptr (i64 16 to i64 (i8*, i64)*)(i8* %v1, i64 16)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v66)
	%v68 = call i64 inttoptr (i64 16 to i64 (i8*, i64)*)(i8* %v66, i64 16)
	%20 = bitcast i8* %v1 to i64*
	%v70 = load i64, i64* %20, align 8
	%21 = bitcast i8* %v66 to i64*
	%v71 = load i64, i64* %21, align 8
	%v73 = icmp ne i64 %v70, %v71
	br i1 %v73, label %b15, label %b16

b16:
	%22 = getelementptr i8, i8* %v1, i64 8
	%23 = bitcast i8* %22 to i64*
	%v75 = load i64, i64* %23, align 8
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v1)
	%24 = getelementptr i8, i8* %v66, i64 8
	%25 = bitcast i8* %24 to i64*
	%v76 = load i64, i64* %25, align 8
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v66)
	%v78 = icmp ne i64 %v75, %v76
	br i1 %v78, label %b15, label %b17

b17:
	br label %b15

b15:
	%v80 = phi i64 [ 0, %b14 ], [ 0, %b16 ], [ 1, %b17 ]
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v66)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v1)
	%v82.c = icmp ne i64 %v80, 0
	%v82 = zext i1 %v82.c to i64
	br i1 %v82.c, label %b18, label %b19

b18:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v83)
	%v85 = call i64 inttoptr (i64 16 to i64 (i8*, i64)*)(i8* %v83, i64 16)
	%26 = bitcast i8* %v83 to i32*
	%27 = load i32, i32* %26, align 4
	%v87 = zext i32 %27 to i64
	%v90 = icmp ne i64 %v87, 1701867374
	br i1 %v90, label %b20, label %b21

b21:
	%28 = getelementptr i8, i8* %v83, i64 4
	%29 = load i8, i8* %28, align 1
	%v92 = zext i8 %29 to i64
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v83)
	%v95 = icmp ne i64 %v92, 0
	br i1 %v95, label %b20, label %b22

b22:
	br label %b20

b20:
	%v97 = phi i64 [ 0, %b18 ], [ 0, %b21 ], [ 1, %b22 ]
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v83)
	%v99 = xor i64 %v97, 1
	%v101.c = icmp ne i64 %v99, 0
	%v101 = zext i1 %v101.c to i64
	br label %b19

b19:
	%v102 = phi i64 [ %v82, %b15 ], [ %v101, %b20 ]
	%30 = icmp ne i64 %v102, 0
	br i1 %30, label %b23, label %b24

b23:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v103)
	%31 = bitcast i8* %v103 to i64*
	store i64 1, i64* %31, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v106)
	%32 = bitcast i8* %v106 to i64*
	store i64 0, i64* %32, align 8
	%v111 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_same to i8*), i8* %v106, i8* %v103, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v106)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v103)
	br label %b24

b24:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v112)
	%33 = bitcast i8* %v112 to i64*
	store i64 1, i64* %33, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v115)
	%34 = bitcast i8* %v115 to i64*
	store i64 1, i64* %34, align 8
	%v120 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_gone to i8*), i8* %v115, i8* %v112, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v115)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v112)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v121)
	%35 = bitcast i8* %v121 to i64*
	store i64 1, i64* %35, align 8
	%v125 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_gone to i8*), i8* %v121)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v121)
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memset.p0i8.i64(i8* %0, i8 %1, i64 %2, i1 %3) argmemonly nounwind

define i64 @END(i8* %ctx) nounwind section "bpftc/END" {
b0:
	%v13.slot = alloca [8 x i8], align 8
	%v13 = bitcast [8 x i8]* %v13.slot to i8*
	%v4.slot = alloca [8 x i8], align 8
	%v4 = bitcast [8 x i8]* %v4.slot to i8*
	%v1.slot = alloca [24 x i8], align 8
	%v1 = bitcast [24 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v1)
	%0 = bitcast i8* %v1 to i64*
	store i64 0, i64* %0, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v4)
	%1 = bitcast i8* %v4 to i64*
	store i64 0, i64* %1, align 8
	%v9 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_n to i8*), i8* %v4)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v4)
	%2 = icmp ne i8* %v9, null
	br i1 %2, label %b1, label %b2

b1:
	%3 = bitcast i8* %v9 to i64*
	%v10 = load i64, i64* %3, align 8
	br label %b2

b2:
	%v11 = phi i64 [ 0, %b0 ], [ %v10, %b1 ]
	%4 = getelementptr i8, i8* %v1, i64 8
	%5 = bitcast i8* %4 to i64*
	store i64 %v11, i64* %5, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v13)
	%6 = bitcast i8* %v13 to i64*
	store i64 0, i64* %6, align 8
	%v18 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_total to i8*), i8* %v13)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v13)
	%7 = icmp ne i8* %v18, null
	br i1 %7, label %b3, label %b4

b3:
	%8 = bitcast i8* %v18 to i64*
	%v19 = load i64, i64* %8, align 8
	br label %b4

b4:
	%v20 = phi i64 [ 0, %b2 ], [ %v19, %b3 ]
	%9 = getelementptr i8, i8* %v1, i64 16
	%10 = bitcast i8* %9 to i64*
	store i64 %v20, i64* %10, align 8
	%v25 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v1, i64 24, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v1)
	ret i64 0
}
