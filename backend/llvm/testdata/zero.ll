target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT_m = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 64, i32 0 }, section "maps", align 4

define i64 @f(i8* %ctx) nounwind section "bpftc/f" {
b0:
	%v0.slot = alloca [24 x i8], align 8
	%v0 = bitcast [24 x i8]* %v0.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v0)
	call void @llvm.memset.p0i8.i64(i8* align 8 %v0, i8 0, i64 24, i1 false)
	%0 = getelementptr i8, i8* %v0, i64 4
	call void @llvm.memset.p0i8.i64(i8* align 4 %0, i8 0, i64 6, i1 false)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v0)
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memset.p0i8.i64(i8* %0, i8 %1, i64 %2, i1 %3) argmemonly nounwind
