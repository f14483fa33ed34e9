target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" {
b0:
	%v41.slot = alloca [8 x i8], align 8
	%v41 = bitcast [8 x i8]* %v41.slot to i8*
	%v34.slot = alloca [8 x i8], align 8
	%v34 = bitcast [8 x i8]* %v34.slot to i8*
	%v26.slot = alloca [16 x i8], align 8
	%v26 = bitcast [16 x i8]* %v26.slot to i8*
	%v2.slot = alloca [32 x i8], align 8
	%v2 = bitcast [32 x i8]* %v2.slot to i8*
	%v1 = call i64 inttoptr (i64 125 to i64 ()*)()
	call void @llvm.lifetime.start.p0i8(i64 32, i8* %v2)
	%0 = bitcast i8* %v2 to i64*
	store i64 0, i64* %0, align 8
	%v6.c = icmp ult i64 %v1, u0x7FFFFFFFFFFF
	%v6 = zext i1 %v6.c to i64
	%1 = getelementptr i8, i8* %v2, i64 8
	%2 = bitcast i8* %1 to i64*
	store i64 %v6, i64* %2, align 8
	%v9.c = icmp ugt i64 %v1, u0x7FFFFFFFFFFF
	%v9 = zext i1 %v9.c to i64
	%3 = getelementptr i8, i8* %v2, i64 16
	%4 = bitcast i8* %3 to i64*
	store i64 %v9, i64* %4, align 8
	%v12.c = icmp ult i64 5, %v1
	%v12 = zext i1 %v12.c to i64
	%5 = getelementptr i8, i8* %v2, i64 24
	%6 = bitcast i8* %5 to i64*
	store i64 %v12, i64* %6, align 8
	%v17 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v2, i64 32, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 32, i8* %v2)
	%v19 = icmp ult i64 %v1, u0x100000000
	br i1 %v19, label %b1, label %b2

b1:
	br label %b3

b2:
	br label %b3

b3:
	%v22 = phi i64 [ 1, %b1 ], [ 2, %b2 ]
	%v25 = icmp ne i64 %v1, 20015998343868
	br i1 %v25, label %b4, label %b5

b4:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v26)
	%7 = bitcast i8* %v26 to i64*
	store i64 1, i64* %7, align 8
	%8 = getelementptr i8, i8* %v26, i64 8
	%9 = bitcast i8* %8 to i64*
	store i64 %v22, i64* %9, align 8
	%v33 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v26, i64 16, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v26)
	br label %b5

b5:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v34)
	%10 = bitcast i8* %v34 to i64*
	store i64 30000, i64* %10, align 8
	%v40 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v34, i64 8, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v34)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v41)
	%11 = bitcast i8* %v41 to i32*
	store i32 0, i32* %11, align 4
	%v45 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v41)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v41)
	%12 = icmp ne i8* %v45, null
	br i1 %12, label %b6, label %b7

b6:
	%13 = bitcast i8* %v45 to i64*
	store i64 1, i64* %13, align 8
	br label %b7

b7:
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind
