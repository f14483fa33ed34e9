target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_fd = global { i32, i32, i32, i32, i32 } { i32 5, i32 16, i32 96, i32 u0x1000, i32 0 }, section "maps", align 4
@AT__zero = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 96, i32 1, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_close(i8* %ctx) nounwind section "bpftc/tp_sys_enter_close" {
b0:
	%v31.slot = alloca [8 x i8], align 8
	%v31 = bitcast [8 x i8]* %v31.slot to i8*
	%v24.slot = alloca [16 x i8], align 8
	%v24 = bitcast [16 x i8]* %v24.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)()
	%v3 = lshr i64 %v1, 32
	%v7 = icmp ne i64 %v3, 4242
	br i1 %v7, label %b1, label %b2

b1:
	ret i64 0

b2:
	%0 = getelementptr i8, i8* %ctx, i64 16
	%1 = bitcast i8* %0 to i64*
	%v9 = load i64, i64* %1, align 8
	%v12 = icmp sge i64 %v9, 0
	br i1 %v12, label %b3, label %b4

b3:
	%v16 = udiv i64 %v9, 10
	%v18 = add i64 %v16, 1
	%v20 = icmp ugt i64 %v18, 11
	br i1 %v20, label %b5, label %b6

b5:
	br label %b6

b6:
	%v22 = phi i64 [ %v18, %b3 ], [ 11, %b5 ]
	br label %b4

b4:
	%v23 = phi i64 [ 0, %b2 ], [ %v22, %b6 ]
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v24)
	%v26 = call i64 inttoptr (i64 16 to i64 (i8*, i64)*)(i8* %v24, i64 16)
	%v28 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_fd to i8*), i8* %v24)
	%v30 = icmp eq i8* %v28, null
	br i1 %v30, label %b7, label %b8

b7:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v31)
	%2 = bitcast i8* %v31 to i32*
	store i32 0, i32* %2, align 4
	%v35 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__zero to i8*), i8* %v31)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v31)
	%v37 = icmp eq i8* %v35, null
	br i1 %v37, label %b9, label %b10

b9:
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v24)
	ret i64 0

b10:
	%v41 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_fd to i8*), i8* %v24, i8* %v35, i64 1)
	%v43 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_fd to i8*), i8* %v24)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v24)
	%v45 = icmp eq i8* %v43, null
	br i1 %v45, label %b11, label %b12

b11:
	ret i64 0

b12:
	br label %b8

b8:
	%v47 = phi i8* [ %v28, %b4 ], [ %v43, %b12 ]
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v24)
	%v49 = icmp ugt i64 %v23, 11
	br i1 %v49, label %b13, label %b14

b13:
	br label %b14

b14:
	%v51 = phi i64 [ %v23, %b8 ], [ 11, %b13 ]
	%v53 = shl i64 %v51, 3
	%3 = call i64 asm "", "=r,0"(i64 %v53)
	%4 = icmp ugt i64 %3, 88
	%5 = select i1 %4, i64 88, i64 %3
	%v54 = getelementptr i8, i8* %v47, i64 %5
	%6 = bitcast i8* %v54 to i64*
	%v55 = load i64, i64* %6, align 8
	%v57 = add i64 %v55, 1
	%7 = bitcast i8* %v54 to i64*
	store i64 %v57, i64* %7, align 8
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind
