target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT_m = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 64, i32 0 }, section "maps", align 4

define i64 @f(i8* %ctx) nounwind section "bpftc/f" {
b0:
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%v2 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m to i8*), i8* %v1)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	%0 = icmp ne i8* %v2, null
	br i1 %0, label %b1, label %b2

b1:
	%1 = getelementptr i8, i8* %v2, i64 8
	%2 = bitcast i8* %1 to i64*
	%v4 = load i64, i64* %2, align 8
	br label %b2

b2:
	%v5 = phi i64 [ 0, %b0 ], [ %v4, %b1 ]
	ret i64 %v5
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind
