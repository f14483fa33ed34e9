target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT_m = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 64, i32 0 }, section "maps", align 4

define i64 @f(i8* %ctx) nounwind section "bpftc/f" {
b0:
	%v0 = call i64 inttoptr (i64 5 to i64 ()*)()
	%0 = trunc i64 %v0 to i32
	%v1 = zext i32 %0 to i64
	%1 = trunc i64 %v1 to i8
	%v2 = sext i8 %1 to i64
	%2 = trunc i64 %v2 to i12
	%v4 = sext i12 %2 to i64
	ret i64 %v4
}
