target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_hz = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_ms = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_sp_set = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_us = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @profile(i8* %ctx) nounwind section "bpftc/profile" {
b0:
	%v4.slot = alloca [8 x i8], align 8
	%v4 = bitcast [8 x i8]* %v4.slot to i8*
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%0 = bitcast i8* %v1 to i64*
	store i64 1, i64* %0, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v4)
	%1 = bitcast i8* %v4 to i64*
	store i64 0, i64* %1, align 8
	%v9 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_hz to i8*), i8* %v4, i8* %v1, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v4)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

define i64 @profile_2(i8* %ctx) nounwind section "bpftc/profile_2" {
b0:
	%v4.slot = alloca [8 x i8], align 8
	%v4 = bitcast [8 x i8]* %v4.slot to i8*
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%0 = bitcast i8* %v1 to i64*
	store i64 1, i64* %0, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v4)
	%1 = bitcast i8* %v4 to i64*
	store i64 0, i64* %1, align 8
	%v9 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ms to i8*), i8* %v4, i8* %v1, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v4)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	ret i64 0
}

define i64 @profile_3(i8* %ctx) nounwind section "bpftc/profile_3" {
b0:
	%v4.slot = alloca [8 x i8], align 8
	%v4 = bitcast [8 x i8]* %v4.slot to i8*
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%0 = bitcast i8* %v1 to i64*
	store i64 1, i64* %0, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v4)
	%1 = bitcast i8* %v4 to i64*
	store i64 0, i64* %1, align 8
	%v9 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_us to i8*), i8* %v4, i8* %v1, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v4)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	ret i64 0
}

define i64 @profile_4(i8* %ctx) nounwind section "bpftc/profile_4" {
b0:
	%v6.slot = alloca [8 x i8], align 8
	%v6 = bitcast [8 x i8]* %v6.slot to i8*
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	%0 = getelementptr i8, i8* %ctx, i64 152
	%1 = bitcast i8* %0 to i64*
	%v2 = load i64, i64* %1, align 8
	%v4.c = icmp ne i64 %v2, 0
	%v4 = zext i1 %v4.c to i64
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%2 = bitcast i8* %v1 to i64*
	store i64 %v4, i64* %2, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v6)
	%3 = bitcast i8* %v6 to i64*
	store i64 0, i64* %3, align 8
	%v11 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_sp_set to i8*), i8* %v6, i8* %v1, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v6)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	ret i64 0
}
