target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_ = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_first = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_last = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" {
b0:
	%v15.slot = alloca [8 x i8], align 8
	%v15 = bitcast [8 x i8]* %v15.slot to i8*
	%v12.slot = alloca [8 x i8], align 8
	%v12 = bitcast [8 x i8]* %v12.slot to i8*
	%v1.slot = alloca [24 x i8], align 8
	%v1 = bitcast [24 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v1)
	%0 = bitcast i8* %v1 to i64*
	store i64 30007, i64* %0, align 8
	%1 = getelementptr i8, i8* %v1, i64 8
	%2 = bitcast i8* %1 to i64*
	store i64 0, i64* %2, align 8
	%3 = getelementptr i8, i8* %v1, i64 16
	%4 = bitcast i8* %3 to i64*
	store i64 0, i64* %4, align 8
	%v11 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v1, i64 24, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v1)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v12)
	%5 = bitcast i8* %v12 to i64*
	store i64 0, i64* %5, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v15)
	%6 = bitcast i8* %v15 to i64*
	store i64 0, i64* %6, align 8
	%v20 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_first to i8*), i8* %v15, i8* %v12, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v15)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v12)
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

define i64 @tp_sys_enter_getppid(i8* %ctx) nounwind section "bpftc/tp_sys_enter_getppid" {
b0:
	%v26.slot = alloca [8 x i8], align 8
	%v26 = bitcast [8 x i8]* %v26.slot to i8*
	%v23.slot = alloca [8 x i8], align 8
	%v23 = bitcast [8 x i8]* %v23.slot to i8*
	%v18.slot = alloca [8 x i8], align 8
	%v18 = bitcast [8 x i8]* %v18.slot to i8*
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
	%v14 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ to i8*), i8* %v9)
	%1 = icmp ne i8* %v14, null
	br i1 %1, label %b3, label %b4

b3:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v9)
	%2 = bitcast i8* %v14 to i64*
	%v15 = load i64, i64* %2, align 8
	%v16 = add i64 %v15, 1
	%3 = bitcast i8* %v14 to i64*
	store i64 %v16, i64* %3, align 8
	br label %b5

b4:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v18)
	%4 = bitcast i8* %v18 to i64*
	store i64 1, i64* %4, align 8
	%v22 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ to i8*), i8* %v9, i8* %v18, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v18)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v9)
	br label %b5

b5:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v23)
	%5 = bitcast i8* %v23 to i64*
	store i64 1, i64* %5, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v26)
	%6 = bitcast i8* %v26 to i64*
	store i64 0, i64* %6, align 8
	%v31 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_last to i8*), i8* %v26, i8* %v23, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v26)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v23)
	ret i64 0
}

define i64 @tp_sys_enter_getpgid(i8* %ctx) nounwind section "bpftc/tp_sys_enter_getpgid" {
b0:
	%v26.slot = alloca [8 x i8], align 8
	%v26 = bitcast [8 x i8]* %v26.slot to i8*
	%v23.slot = alloca [8 x i8], align 8
	%v23 = bitcast [8 x i8]* %v23.slot to i8*
	%v18.slot = alloca [8 x i8], align 8
	%v18 = bitcast [8 x i8]* %v18.slot to i8*
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
	store i64 2, i64* %0, align 8
	%v14 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ to i8*), i8* %v9)
	%1 = icmp ne i8* %v14, null
	br i1 %1, label %b3, label %b4

b3:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v9)
	%2 = bitcast i8* %v14 to i64*
	%v15 = load i64, i64* %2, align 8
	%v16 = add i64 %v15, 1
	%3 = bitcast i8* %v14 to i64*
	store i64 %v16, i64* %3, align 8
	br label %b5

b4:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v18)
	%4 = bitcast i8* %v18 to i64*
	store i64 1, i64* %4, align 8
	%v22 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ to i8*), i8* %v9, i8* %v18, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v18)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v9)
	br label %b5

b5:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v23)
	%5 = bitcast i8* %v23 to i64*
	store i64 2, i64* %5, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v26)
	%6 = bitcast i8* %v26 to i64*
	store i64 0, i64* %6, align 8
	%v31 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_last to i8*), i8* %v26, i8* %v23, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v26)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v23)
	ret i64 0
}

define i64 @END(i8* %ctx) nounwind section "bpftc/END" {
b0:
	%v1.slot = alloca [16 x i8], align 8
	%v1 = bitcast [16 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v1)
	%0 = bitcast i8* %v1 to i64*
	store i64 0, i64* %0, align 8
	%1 = getelementptr i8, i8* %v1, i64 8
	%2 = bitcast i8* %1 to i64*
	store i64 3, i64* %2, align 8
	%v9 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v1, i64 16, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v1)
	ret i64 0
}
