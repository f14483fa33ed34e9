target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT_m = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 64, i32 0 }, section "maps", align 4

define i64 @f(i8* %ctx) nounwind section "bpftc/f" {
b0:
	%v0 = call i64 inttoptr (i64 5 to i64 ()*)()
	%v1 = call i64 inttoptr (i64 7 to i64 ()*)()
	%v2.c = icmp ult i64 %v0, %v1
	%v2 = zext i1 %v2.c to i64
	%v4.c = icmp sge i64 %v0, -1
	%v4 = zext i1 %v4.c to i64
	%v5 = add i64 %v2, %v4
	ret i64 %v5
}
