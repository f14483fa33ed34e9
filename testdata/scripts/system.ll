target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" {
b0:
	%v22.slot = alloca [8 x i8], align 8
	%v22 = bitcast [8 x i8]* %v22.slot to i8*
	%v15.slot = alloca [8 x i8], align 8
	%v15 = bitcast [8 x i8]* %v15.slot to i8*
	%v1.slot = alloca [24 x i8], align 8
	%v1 = bitcast [24 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v1)
	%0 = bitcast i8* %v1 to i64*
	store i64 10000, i64* %0, align 8
	%1 = getelementptr i8, i8* %v1, i64 8
	%2 = bitcast i8* %1 to i64*
	store i64 42, i64* %2, align 8
	%3 = getelementptr i8, i8* %v1, i64 16
	%4 = bitcast i8* %3 to i16*
	store i16 26984, i16* %4, align 2
	%5 = getelementptr i8, i8* %v1, i64 18
	store i8 0, i8* %5, align 1
	%6 = getelementptr i8, i8* %v1, i64 19
	call void @llvm.memset.p0i8.i64(i8* align 1 %6, i8 0, i64 5, i1 false)
	%v14 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v1, i64 24, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v1)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v15)
	%7 = bitcast i8* %v15 to i64*
	store i64 30000, i64* %7, align 8
	%v21 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v15, i64 8, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v15)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v22)
	%8 = bitcast i8* %v22 to i32*
	store i32 0, i32* %8, align 4
	%v26 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v22)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v22)
	%9 = icmp ne i8* %v26, null
	br i1 %9, label %b1, label %b2

b1:
	%10 = bitcast i8* %v26 to i64*
	store i64 1, i64* %10, align 8
	br label %b2

b2:
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memset.p0i8.i64(i8* %0, i8 %1, i64 %2, i1 %3) argmemonly nounwind
