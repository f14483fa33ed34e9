target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT_m = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 64, i32 0 }, section "maps", align 4

define i64 @f(i8* %ctx) nounwind section "bpftc/f" {
b0:
	%v0 = call i64 inttoptr (i64 5 to i64 ()*)()
	%v1 = call i64 inttoptr (i64 7 to i64 ()*)()
	%0 = and i64 %v1, 63
	%v2 = shl i64 %v0, %0
	%v4 = lshr i64 %v2, 3
	%v6 = ashr i64 %v4, 6
	%1 = and i64 %v1, 63
	%v7 = ashr i64 %v6, %1
	ret i64 %v7
}
