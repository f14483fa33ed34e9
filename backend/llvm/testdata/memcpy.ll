target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT_m = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 64, i32 0 }, section "maps", align 4

define i64 @f(i8* %ctx) nounwind section "bpftc/f" {
b0:
	%v0.slot = alloca [16 x i8], align 8
	%v0 = bitcast [16 x i8]* %v0.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v0)
	%v2 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_m to i8*), i8* %v0)
	%0 = getelementptr i8, i8* %v0, i64 8
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %0, i8* align 8 %v2, i64 8, i1 false)
	call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 8 %v0, i8* align 8 %ctx, i64 5, i1 false)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v0)
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memcpy.p0i8.p0i8.i64(i8* %0, i8* %1, i64 %2, i1 %3) argmemonly nounwind
