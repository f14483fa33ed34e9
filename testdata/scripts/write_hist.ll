target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_bytes = global { i32, i32, i32, i32, i32 } { i32 6, i32 4, i32 272, i32 1, i32 0 }, section "maps", align 4
@AT_sizes = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_total = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_write(i8* %ctx) nounwind section "bpftc/tp_sys_enter_write" {
b0:
	%v106.slot = alloca [8 x i8], align 8
	%v106 = bitcast [8 x i8]* %v106.slot to i8*
	%v95.slot = alloca [8 x i8], align 8
	%v95 = bitcast [8 x i8]* %v95.slot to i8*
	%v90.slot = alloca [8 x i8], align 8
	%v90 = bitcast [8 x i8]* %v90.slot to i8*
	%v82.slot = alloca [8 x i8], align 8
	%v82 = bitcast [8 x i8]* %v82.slot to i8*
	%v62.slot = alloca [8 x i8], align 8
	%v62 = bitcast [8 x i8]* %v62.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)()
	%v3 = lshr i64 %v1, 32
	%v7 = icmp ne i64 %v3, 4242
	br i1 %v7, label %b1, label %b2

b1:
	ret i64 0

b2:
	%0 = getelementptr i8, i8* %ctx, i64 32
	%1 = bitcast i8* %0 to i64*
	%v9 = load i64, i64* %1, align 8
	%v12 = icmp sge i64 %v9, 0
	br i1 %v12, label %b3, label %b4

b3:
	%v15 = icmp ne i64 %v9, 0
	br i1 %v15, label %b5, label %b6

b5:
	%v18 = icmp ult i64 %v9, u0x100000000
	br i1 %v18, label %b7, label %b8

b7:
	%v21 = icmp uge i64 %v9, 65536
	br i1 %v21, label %b9, label %b10

b9:
	%v23 = lshr i64 %v9, 16
	br label %b10

b10:
	%v31 = phi i64 [ 2, %b7 ], [ 18, %b9 ]
	%v26 = phi i64 [ %v9, %b7 ], [ %v23, %b9 ]
	%v28 = icmp uge i64 %v26, 256
	br i1 %v28, label %b11, label %b12

b11:
	%v30 = lshr i64 %v26, 8
	%v33 = add i64 %v31, 8
	br label %b12

b12:
	%v39 = phi i64 [ %v31, %b10 ], [ %v33, %b11 ]
	%v34 = phi i64 [ %v26, %b10 ], [ %v30, %b11 ]
	%v36 = icmp uge i64 %v34, 16
	br i1 %v36, label %b13, label %b14

b13:
	%v38 = lshr i64 %v34, 4
	%v41 = add i64 %v39, 4
	br label %b14

b14:
	%v47 = phi i64 [ %v39, %b12 ], [ %v41, %b13 ]
	%v42 = phi i64 [ %v34, %b12 ], [ %v38, %b13 ]
	%v44 = icmp uge i64 %v42, 4
	br i1 %v44, label %b15, label %b16

b15:
	%v46 = lshr i64 %v42, 2
	%v49 = add i64 %v47, 2
	br label %b16

b16:
	%v55 = phi i64 [ %v47, %b14 ], [ %v49, %b15 ]
	%v50 = phi i64 [ %v42, %b14 ], [ %v46, %b15 ]
	%v52 = icmp uge i64 %v50, 2
	br i1 %v52, label %b17, label %b18

b17:
	%v57 = add i64 %v55, 1
	br label %b18

b18:
	%v61 = phi i64 [ %v55, %b16 ], [ %v57, %b17 ]
	br label %b8

b8:
	%v60 = phi i64 [ 33, %b5 ], [ %v61, %b18 ]
	br label %b6

b6:
	%v59 = phi i64 [ 1, %b3 ], [ %v60, %b8 ]
	br label %b4

b4:
	%v58 = phi i64 [ 0, %b2 ], [ %v59, %b6 ]
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v62)
	%2 = bitcast i8* %v62 to i32*
	store i32 0, i32* %2, align 4
	%v66 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_bytes to i8*), i8* %v62)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v62)
	%v68 = icmp eq i8* %v66, null
	br i1 %v68, label %b19, label %b20

b19:
	ret i64 0

b20:
	%v71 = icmp ugt i64 %v58, 33
	br i1 %v71, label %b21, label %b22

b21:
	br label %b22

b22:
	%v73 = phi i64 [ %v58, %b20 ], [ 33, %b21 ]
	%v75 = shl i64 %v73, 3
	%3 = call i64 asm "", "=r,0"(i64 %v75)
	%4 = icmp ugt i64 %3, 264
	%5 = select i1 %4, i64 264, i64 %3
	%v76 = getelementptr i8, i8* %v66, i64 %5
	%6 = bitcast i8* %v76 to i64*
	%v77 = load i64, i64* %6, align 8
	%v79 = add i64 %v77, 1
	%7 = bitcast i8* %v76 to i64*
	store i64 %v79, i64* %7, align 8
	%8 = getelementptr i8, i8* %ctx, i64 32
	%9 = bitcast i8* %8 to i64*
	%v81 = load i64, i64* %9, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v82)
	%10 = bitcast i8* %v82 to i64*
	store i64 0, i64* %10, align 8
	%v86 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_total to i8*), i8* %v82)
	%11 = icmp ne i8* %v86, null
	br i1 %11, label %b23, label %b24

b23:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v82)
	%12 = bitcast i8* %v86 to i64*
	%v87 = load i64, i64* %12, align 8
	%v88 = add i64 %v87, %v81
	%13 = bitcast i8* %v86 to i64*
	store i64 %v88, i64* %13, align 8
	br label %b25

b24:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v90)
	%14 = bitcast i8* %v90 to i64*
	store i64 %v81, i64* %14, align 8
	%v94 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_total to i8*), i8* %v82, i8* %v90, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v90)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v82)
	br label %b25

b25:
	%15 = getelementptr i8, i8* %ctx, i64 32
	%16 = bitcast i8* %15 to i64*
	%v96 = load i64, i64* %16, align 8
	%v98 = udiv i64 %v96, 1000
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v95)
	%17 = bitcast i8* %v95 to i64*
	store i64 %v98, i64* %17, align 8
	%v102 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_sizes to i8*), i8* %v95)
	%18 = icmp ne i8* %v102, null
	br i1 %18, label %b26, label %b27

b26:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v95)
	%19 = bitcast i8* %v102 to i64*
	%v103 = load i64, i64* %19, align 8
	%v104 = add i64 %v103, 1
	%20 = bitcast i8* %v102 to i64*
	store i64 %v104, i64* %20, align 8
	br label %b28

b27:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v106)
	%21 = bitcast i8* %v106 to i64*
	store i64 1, i64* %21, align 8
	%v110 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_sizes to i8*), i8* %v95, i8* %v106, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v106)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v95)
	br label %b28

b28:
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind
