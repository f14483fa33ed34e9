target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT_m = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 64, i32 0 }, section "maps", align 4

define i64 @f(i8* %ctx) nounwind section "bpftc/f" {
b0:
	%v1 = call i64 inttoptr (i64 7 to i64 ()*)()
	%v2 = getelementptr i8, i8* %ctx, i64 %v1
	%v4 = getelementptr i8, i8* %v2, i64 -8
	%0 = sub i64 0, %v1
	%v5 = getelementptr i8, i8* %v4, i64 %0
	%1 = bitcast i8* %v5 to i64*
	%v6 = load i64, i64* %1, align 8
	ret i64 %v6
}
