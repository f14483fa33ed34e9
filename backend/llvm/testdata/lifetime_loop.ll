target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT_m = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 64, i32 0 }, section "maps", align 4

define i64 @f(i8* %ctx) nounwind section "bpftc/f" {
b0:
	%v0.slot = alloca [8 x i8], align 8
	%v0 = bitcast [8 x i8]* %v0.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v0)
	br label %b1

b1:
	%v2 = phi i64 [ 0, %b0 ], [ %v9, %b2 ]
	%v4 = icmp ult i64 %v2, 4
	br i1 %v4, label %b2, label %b3

b2:
	%0 = bitcast i8* %v0 to i64*
	store i64 %v2, i64* %0, align 8
	%v7 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m to i8*), i8* %v0)
	%v9 = add i64 %v2, 1
	br label %b1

b3:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v0)
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind
