target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_cpu = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_cs = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_faults = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_minor = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_task = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @software_page_faults(i8* %ctx) nounwind section "bpftc/software_page_faults" {
b0:
	%v12.slot = alloca [8 x i8], align 8
	%v12 = bitcast [8 x i8]* %v12.slot to i8*
	%v9.slot = alloca [8 x i8], align 8
	%v9 = bitcast [8 x i8]* %v9.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)()
	%v3 = lshr i64 %v1, 32
	%v7 = icmp ne i64 %v3, 4242
	br i1 %v7, label %b1, label %b2

b1:
	ret i64 0

b2:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v9)
	%0 = bitcast i8* %v9 to i64*
	store i64 1, i64* %0, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v12)
	%1 = bitcast i8* %v12 to i64*
	store i64 0, i64* %1, align 8
	%v17 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_faults to i8*), i8* %v12, i8* %v9, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v12)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v9)
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

define i64 @software_minor_faults(i8* %ctx) nounwind section "bpftc/software_minor_faults" {
b0:
	%v12.slot = alloca [8 x i8], align 8
	%v12 = bitcast [8 x i8]* %v12.slot to i8*
	%v9.slot = alloca [8 x i8], align 8
	%v9 = bitcast [8 x i8]* %v9.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)()
	%v3 = lshr i64 %v1, 32
	%v7 = icmp ne i64 %v3, 4242
	br i1 %v7, label %b1, label %b2

b1:
	ret i64 0

b2:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v9)
	%0 = bitcast i8* %v9 to i64*
	store i64 1, i64* %0, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v12)
	%1 = bitcast i8* %v12 to i64*
	store i64 0, i64* %1, align 8
	%v17 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_minor to i8*), i8* %v12, i8* %v9, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v12)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v9)
	ret i64 0
}

define i64 @software_context_switches(i8* %ctx) nounwind section "bpftc/software_context_switches" {
b0:
	%v12.slot = alloca [8 x i8], align 8
	%v12 = bitcast [8 x i8]* %v12.slot to i8*
	%v9.slot = alloca [8 x i8], align 8
	%v9 = bitcast [8 x i8]* %v9.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)()
	%v3 = lshr i64 %v1, 32
	%v7 = icmp ne i64 %v3, 4242
	br i1 %v7, label %b1, label %b2

b1:
	ret i64 0

b2:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v9)
	%0 = bitcast i8* %v9 to i64*
	store i64 1, i64* %0, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v12)
	%1 = bitcast i8* %v12 to i64*
	store i64 0, i64* %1, align 8
	%v17 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_cs to i8*), i8* %v12, i8* %v9, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v12)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v9)
	ret i64 0
}

define i64 @software_cpu_clock(i8* %ctx) nounwind section "bpftc/software_cpu_clock" {
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
	%v9 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_cpu to i8*), i8* %v4, i8* %v1, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v4)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	ret i64 0
}

define i64 @software_task_clock(i8* %ctx) nounwind section "bpftc/software_task_clock" {
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
	%v9 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_task to i8*), i8* %v4, i8* %v1, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v4)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	ret i64 0
}
