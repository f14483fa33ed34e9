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
	%v4.c = icmp eq i8* %v2, null
	%v4 = zext i1 %v4.c to i64
	%v6.c = icmp ne i8* %v2, %ctx
	%v6 = zext i1 %v6.c to i64
	%0 = ptrtoint i8* %v2 to i64
	%v8.c = icmp ugt i64 %0, 5
	%v8 = zext i1 %v8.c to i64
	%v9 = add i64 %v4, %v6
	%v10 = add i64 %v9, %v8
	ret i64 %v10
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind
