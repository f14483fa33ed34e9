target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT_m = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 16, i32 64, i32 0 }, section "maps", align 4

define i64 @f(i8* %ctx) nounwind section "bpftc/f" {
b0:
	%v0 = call i64 inttoptr (i64 5 to i64 ()*)()
	%v1 = call i64 inttoptr (i64 7 to i64 ()*)()
	%v2 = add i64 %v0, %v1
	%v3 = sub i64 %v2, %v1
	%v5 = mul i64 %v3, 3
	%v6 = and i64 %v5, %v1
	%v8 = or i64 %v6, 16
	%v9 = xor i64 %v8, %v0
	ret i64 %v9
}
