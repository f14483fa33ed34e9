target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT_m = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 64, i32 0 }, section "maps", align 4

define i64 @f(i8* %ctx) nounwind section "bpftc/f" {
b0:
	br label %b1

b1:
	%v1 = phi i64 [ 0, %b0 ], [ %v5, %b2 ]
	%v3 = icmp ult i64 %v1, 10
	br i1 %v3, label %b2, label %b3

b2:
	%v5 = add i64 %v1, 1
	br label %b1

b3:
	ret i64 %v1
}
