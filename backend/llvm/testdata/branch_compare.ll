target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT_m = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 64, i32 0 }, section "maps", align 4

define i64 @f(i8* %ctx) nounwind section "bpftc/f" {
b0:
	%v0 = call i64 inttoptr (i64 5 to i64 ()*)()
	%v2 = icmp sle i64 %v0, 9
	br i1 %v2, label %b1, label %b2

b1:
	ret i64 1

b2:
	ret i64 0
}
