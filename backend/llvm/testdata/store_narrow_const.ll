target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT_m = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 64, i32 0 }, section "maps", align 4

define i64 @f(i8* %ctx) nounwind section "bpftc/f" {
b0:
	%v0.slot = alloca [8 x i8], align 8
	%v0 = bitcast [8 x i8]* %v0.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v0)
	%0 = bitcast i8* %v0 to i16*
	store i16 9029, i16* %0, align 2
	%1 = getelementptr i8, i8* %v0, i64 2
	store i8 -1, i8* %1, align 1
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v0)
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind
