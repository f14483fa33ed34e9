target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_exits = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_getppid = global { i32, i32, i32, i32, i32 } { i32 6, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4

define i64 @rt_sys_enter(i8* %ctx) nounwind section "bpftc/rt_sys_enter" {
b0:
	%v17.slot = alloca [8 x i8], align 8
	%v17 = bitcast [8 x i8]* %v17.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)()
	%v3 = lshr i64 %v1, 32
	%v5.c = icmp eq i64 %v3, 4242
	%v5 = zext i1 %v5.c to i64
	br i1 %v5.c, label %b1, label %b2

b1:
	%0 = getelementptr i8, i8* %ctx, i64 8
	%1 = bitcast i8* %0 to i64*
	%v8 = load i64, i64* %1, align 8
	%v10.c = icmp eq i64 %v8, 110
	%v10 = zext i1 %v10.c to i64
	br label %b2

b2:
	%v13 = phi i64 [ %v5, %b0 ], [ %v10, %b1 ]
	%v15 = icmp eq i64 %v13, 0
	br i1 %v15, label %b3, label %b4

b3:
	ret i64 0

b4:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v17)
	%2 = bitcast i8* %v17 to i32*
	store i32 0, i32* %2, align 4
	%v22 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_getppid to i8*), i8* %v17)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v17)
	%3 = icmp ne i8* %v22, null
	br i1 %3, label %b5, label %b7

b5:
	%4 = bitcast i8* %v22 to i64*
	%v23 = load i64, i64* %4, align 8
	%v24 = add i64 %v23, 1
	%5 = bitcast i8* %v22 to i64*
	store i64 %v24, i64* %5, align 8
	br label %b7

b7:
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

define i64 @rt_sys_exit(i8* %ctx) nounwind section "bpftc/rt_sys_exit" {
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
	%v17 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_exits to i8*), i8* %v12, i8* %v9, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v12)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v9)
	ret i64 0
}
