target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT_m = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 64, i32 0 }, section "maps", align 4

define i64 @f(i8* %ctx) nounwind section "bpftc/f" {
entry:
	%v0.slot = alloca [8 x i8], align 8
	%v0 = bitcast [8 x i8]* %v0.slot to i8*
	br label %b0

b0:
	%v1 = call i64 inttoptr (i64 7 to i64 ()*)()
	%0 = icmp ne i64 %v1, 0
	br i1 %0, label %b1, label %b2

b1:
	%1 = bitcast i8* %v0 to i64*
	store i64 %v1, i64* %1, align 8
	br label %b0

b2:
	ret i64 %v1
}
