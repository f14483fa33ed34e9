target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT_m = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 64, i32 0 }, section "maps", align 4

define i64 @f(i8* %ctx) nounwind section "bpftc/f" {
b0:
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	%v5.slot = alloca [8 x i8], align 8
	%v5 = bitcast [8 x i8]* %v5.slot to i8*
	%v9.slot = alloca [8 x i8], align 8
	%v9 = bitcast [8 x i8]* %v9.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%0 = bitcast i8* %v1 to i64*
	store i64 0, i64* %0, align 8
	%v4 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m to i8*), i8* %v1)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v5)
	%1 = bitcast i8* %v5 to i64*
	store i64 1, i64* %1, align 8
	%v8 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m to i8*), i8* %v5)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v5)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v9)
	%2 = bitcast i8* %v9 to i64*
	store i64 2, i64* %2, align 8
	%v12 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m to i8*), i8* %v9)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v9)
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind
