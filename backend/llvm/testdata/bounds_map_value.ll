target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT_m = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 64, i32 0 }, section "maps", align 4

define i64 @f(i8* %ctx) nounwind section "bpftc/f" {
b0:
	%v0.slot = alloca [8 x i8], align 8
	%v0 = bitcast [8 x i8]* %v0.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v0)
	%0 = bitcast i8* %v0 to i64*
	store i64 0, i64* %0, align 8
	%v4 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m to i8*), i8* %v0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v0)
	%1 = icmp ne i8* %v4, null
	br i1 %1, label %b1, label %b2

b1:
	%v5 = call i64 inttoptr (i64 7 to i64 ()*)()
	%v7 = urem i64 %v5, 2
	%v9 = shl i64 %v7, 3
	%2 = call i64 asm "", "=r,0"(i64 %v9)
	%3 = icmp ugt i64 %2, 8
	%4 = select i1 %3, i64 8, i64 %2
	%v10 = getelementptr i8, i8* %v4, i64 %4
	%5 = bitcast i8* %v10 to i64*
	%v11 = load i64, i64* %5, align 8
	%v13 = add i64 %v11, 1
	%6 = bitcast i8* %v10 to i64*
	store i64 %v13, i64* %6, align 8
	ret i64 0

b2:
	ret i64 1
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind
