target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT_m = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 64, i32 0 }, section "maps", align 4

define i64 @f(i8* %ctx) nounwind section "bpftc/f" {
b0:
	%v0.slot = alloca [16 x i8], align 8
	%v0 = bitcast [16 x i8]* %v0.slot to i8*
	%v1 = call i64 inttoptr (i64 7 to i64 ()*)()
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v0)
	%0 = icmp ne i64 %v1, 0
	br i1 %0, label %b1, label %b2

b1:
	call void @llvm.memset.p0i8.i64(i8* align 8 %v0, i8 0, i64 16, i1 false)
	%v4 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m to i8*), i8* %v0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v0)
	br label %b3

b2:
	%1 = bitcast i8* %v0 to i64*
	store i64 %v1, i64* %1, align 8
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v0)
	br label %b3

b3:
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memset.p0i8.i64(i8* %0, i8 %1, i64 %2, i1 %3) argmemonly nounwind
