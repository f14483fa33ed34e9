target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_bytes = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 272, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_sizes = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_total = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT__zero = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 272, i32 1, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_write(i8* %ctx) nounwind section "bpftc/tp_sys_enter_write" {
b0:
	%v122.slot = alloca [8 x i8], align 8
	%v122 = bitcast [8 x i8]* %v122.slot to i8*
	%v111.slot = alloca [8 x i8], align 8
	%v111 = bitcast [8 x i8]* %v111.slot to i8*
	%v106.slot = alloca [8 x i8], align 8
	%v106 = bitcast [8 x i8]* %v106.slot to i8*
	%v98.slot = alloca [8 x i8], align 8
	%v98 = bitcast [8 x i8]* %v98.slot to i8*
	%v69.slot = alloca [8 x i8], align 8
	%v69 = bitcast [8 x i8]* %v69.slot to i8*
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
	%2 = bitcast i8* %v62 to i64*
	store i64 0, i64* %2, align 8
	%v66 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_bytes to i8*), i8* %v62)
	%v68 = icmp eq i8* %v66, null
	br i1 %v68, label %b19, label %b20

b19:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v69)
	%3 = bitcast i8* %v69 to i32*
	store i32 0, i32* %3, align 4
	%v73 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__zero to i8*), i8* %v69)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v69)
	%v75 = icmp eq i8* %v73, null
	br i1 %v75, label %b21, label %b22

b21:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v62)
	ret i64 0

b22:
	%v79 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_bytes to i8*), i8* %v62, i8* %v73, i64 1)
	%v81 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_bytes to i8*), i8* %v62)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v62)
	%v83 = icmp eq i8* %v81, null
	br i1 %v83, label %b23, label %b24

b23:
	ret i64 0

b24:
	br label %b20

b20:
	%v85 = phi i8* [ %v66, %b4 ], [ %v81, %b24 ]
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v62)
	%v87 = icmp ugt i64 %v58, 33
	br i1 %v87, label %b25, label %b26

b25:
	br label %b26

b26:
	%v89 = phi i64 [ %v58, %b20 ], [ 33, %b25 ]
	%v91 = shl i64 %v89, 3
	%4 = call i64 asm "", "=r,0"(i64 %v91)
	%5 = icmp ugt i64 %4, 264
	%6 = select i1 %5, i64 264, i64 %4
	%v92 = getelementptr i8, i8* %v85, i64 %6
	%7 = bitcast i8* %v92 to i64*
	%v93 = load i64, i64* %7, align 8
	%v95 = add i64 %v93, 1
	%8 = bitcast i8* %v92 to i64*
	store i64 %v95, i64* %8, align 8
	%9 = getelementptr i8, i8* %ctx, i64 32
	%10 = bitcast i8* %9 to i64*
	%v97 = load i64, i64* %10, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v98)
	%11 = bitcast i8* %v98 to i64*
	store i64 0, i64* %11, align 8
	%v102 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_total to i8*), i8* %v98)
	%12 = icmp ne i8* %v102, null
	br i1 %12, label %b27, label %b28

b27:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v98)
	%13 = bitcast i8* %v102 to i64*
	%v103 = load i64, i64* %13, align 8
	%v104 = add i64 %v103, %v97
	%14 = bitcast i8* %v102 to i64*
	store i64 %v104, i64* %14, align 8
	br label %b29

b28:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v106)
	%15 = bitcast i8* %v106 to i64*
	store i64 %v97, i64* %15, align 8
	%v110 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_total to i8*), i8* %v98, i8* %v106, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v106)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v98)
	br label %b29

b29:
	%16 = getelementptr i8, i8* %ctx, i64 32
	%17 = bitcast i8* %16 to i64*
	%v112 = load i64, i64* %17, align 8
	%v114 = udiv i64 %v112, 1000
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v111)
	%18 = bitcast i8* %v111 to i64*
	store i64 %v114, i64* %18, align 8
	%v118 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_sizes to i8*), i8* %v111)
	%19 = icmp ne i8* %v118, null
	br i1 %19, label %b30, label %b31

b30:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v111)
	%20 = bitcast i8* %v118 to i64*
	%v119 = load i64, i64* %20, align 8
	%v120 = add i64 %v119, 1
	%21 = bitcast i8* %v118 to i64*
	store i64 %v120, i64* %21, align 8
	br label %b32

b31:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v122)
	%22 = bitcast i8* %v122 to i64*
	store i64 1, i64* %22, align 8
	%v126 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_sizes to i8*), i8* %v111, i8* %v122, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v122)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v111)
	br label %b32

b32:
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind
