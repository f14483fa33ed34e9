target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_runs = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_ticks = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" {
b0:
	%v18.slot = alloca [8 x i8], align 8
	%v18 = bitcast [8 x i8]* %v18.slot to i8*
	%v15.slot = alloca [16 x i8], align 8
	%v15 = bitcast [16 x i8]* %v15.slot to i8*
	%v10.slot = alloca [8 x i8], align 8
	%v10 = bitcast [8 x i8]* %v10.slot to i8*
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%0 = bitcast i8* %v1 to i64*
	store i64 0, i64* %0, align 8
	%v6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_runs to i8*), i8* %v1)
	%1 = icmp ne i8* %v6, null
	br i1 %1, label %b1, label %b2

b1:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	%2 = bitcast i8* %v6 to i64*
	%v7 = load i64, i64* %2, align 8
	%v8 = add i64 %v7, 1
	%3 = bitcast i8* %v6 to i64*
	store i64 %v8, i64* %3, align 8
	br label %b3

b2:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v10)
	%4 = bitcast i8* %v10 to i64*
	store i64 1, i64* %4, align 8
	%v14 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_runs to i8*), i8* %v1, i8* %v10, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v10)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	br label %b3

b3:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v15)
	%5 = bitcast i8* %v15 to i64*
	store i64 0, i64* %5, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v18)
	%6 = bitcast i8* %v18 to i64*
	store i64 0, i64* %6, align 8
	%v23 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_runs to i8*), i8* %v18)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v18)
	%7 = icmp ne i8* %v23, null
	br i1 %7, label %b4, label %b5

b4:
	%8 = bitcast i8* %v23 to i64*
	%v24 = load i64, i64* %8, align 8
	br label %b5

b5:
	%v25 = phi i64 [ 0, %b3 ], [ %v24, %b4 ]
	%9 = getelementptr i8, i8* %v15, i64 8
	%10 = bitcast i8* %9 to i64*
	store i64 %v25, i64* %10, align 8
	%v30 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v15, i64 16, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v15)
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

define i64 @END(i8* %ctx) nounwind section "bpftc/END" {
b0:
	%v18.slot = alloca [8 x i8], align 8
	%v18 = bitcast [8 x i8]* %v18.slot to i8*
	%v15.slot = alloca [16 x i8], align 8
	%v15 = bitcast [16 x i8]* %v15.slot to i8*
	%v10.slot = alloca [8 x i8], align 8
	%v10 = bitcast [8 x i8]* %v10.slot to i8*
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%0 = bitcast i8* %v1 to i64*
	store i64 0, i64* %0, align 8
	%v6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_runs to i8*), i8* %v1)
	%1 = icmp ne i8* %v6, null
	br i1 %1, label %b1, label %b2

b1:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	%2 = bitcast i8* %v6 to i64*
	%v7 = load i64, i64* %2, align 8
	%v8 = add i64 %v7, 1
	%3 = bitcast i8* %v6 to i64*
	store i64 %v8, i64* %3, align 8
	br label %b3

b2:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v10)
	%4 = bitcast i8* %v10 to i64*
	store i64 1, i64* %4, align 8
	%v14 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_runs to i8*), i8* %v1, i8* %v10, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v10)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	br label %b3

b3:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v15)
	%5 = bitcast i8* %v15 to i64*
	store i64 1, i64* %5, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v18)
	%6 = bitcast i8* %v18 to i64*
	store i64 0, i64* %6, align 8
	%v23 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_runs to i8*), i8* %v18)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v18)
	%7 = icmp ne i8* %v23, null
	br i1 %7, label %b4, label %b5

b4:
	%8 = bitcast i8* %v23 to i64*
	%v24 = load i64, i64* %8, align 8
	br label %b5

b5:
	%v25 = phi i64 [ 0, %b3 ], [ %v24, %b4 ]
	%9 = getelementptr i8, i8* %v15, i64 8
	%10 = bitcast i8* %9 to i64*
	store i64 %v25, i64* %10, align 8
	%v30 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v15, i64 16, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v15)
	ret i64 0
}

define i64 @interval(i8* %ctx) nounwind section "bpftc/interval" {
b0:
	%v55.slot = alloca [8 x i8], align 8
	%v55 = bitcast [8 x i8]* %v55.slot to i8*
	%v48.slot = alloca [8 x i8], align 8
	%v48 = bitcast [8 x i8]* %v48.slot to i8*
	%v38.slot = alloca [8 x i8], align 8
	%v38 = bitcast [8 x i8]* %v38.slot to i8*
	%v33.slot = alloca [8 x i8], align 8
	%v33 = bitcast [8 x i8]* %v33.slot to i8*
	%v24.slot = alloca [8 x i8], align 8
	%v24 = bitcast [8 x i8]* %v24.slot to i8*
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%0 = bitcast i8* %v1 to i64*
	store i64 0, i64* %0, align 8
	%v6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_runs to i8*), i8* %v1)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	%1 = icmp ne i8* %v6, null
	br i1 %1, label %b1, label %b2

b1:
	%2 = bitcast i8* %v6 to i64*
	%v7 = load i64, i64* %2, align 8
	br label %b2

b2:
	%v8 = phi i64 [ 0, %b0 ], [ %v7, %b1 ]
	%v10.c = icmp eq i64 %v8, 1
	%v10 = zext i1 %v10.c to i64
	br i1 %v10.c, label %b3, label %b4

b3:
	%v13 = call i64 inttoptr (i64 14 to i64 ()*)()
	%v15 = lshr i64 %v13, 32
	%v17.c = icmp eq i64 %v15, 0
	%v17 = zext i1 %v17.c to i64
	br label %b4

b4:
	%v20 = phi i64 [ %v10, %b2 ], [ %v17, %b3 ]
	%v22 = icmp eq i64 %v20, 0
	br i1 %v22, label %b5, label %b6

b5:
	ret i64 0

b6:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v24)
	%3 = bitcast i8* %v24 to i64*
	store i64 0, i64* %3, align 8
	%v29 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v24)
	%4 = icmp ne i8* %v29, null
	br i1 %4, label %b7, label %b8

b7:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v24)
	%5 = bitcast i8* %v29 to i64*
	%v30 = load i64, i64* %5, align 8
	%v31 = add i64 %v30, 1
	%6 = bitcast i8* %v29 to i64*
	store i64 %v31, i64* %6, align 8
	br label %b9

b8:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v33)
	%7 = bitcast i8* %v33 to i64*
	store i64 1, i64* %7, align 8
	%v37 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v24, i8* %v33, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v33)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v24)
	br label %b9

b9:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v38)
	%8 = bitcast i8* %v38 to i64*
	store i64 0, i64* %8, align 8
	%v43 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v38)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v38)
	%9 = icmp ne i8* %v43, null
	br i1 %9, label %b10, label %b11

b10:
	%10 = bitcast i8* %v43 to i64*
	%v44 = load i64, i64* %10, align 8
	br label %b11

b11:
	%v45 = phi i64 [ 0, %b9 ], [ %v44, %b10 ]
	%v47 = icmp eq i64 %v45, 2
	br i1 %v47, label %b12, label %b13

b12:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v48)
	%11 = bitcast i8* %v48 to i64*
	store i64 30000, i64* %11, align 8
	%v54 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v48, i64 8, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v48)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v55)
	%12 = bitcast i8* %v55 to i32*
	store i32 0, i32* %12, align 4
	%v59 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v55)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v55)
	%13 = icmp ne i8* %v59, null
	br i1 %13, label %b14, label %b15

b14:
	%14 = bitcast i8* %v59 to i64*
	store i64 1, i64* %14, align 8
	br label %b15

b15:
	ret i64 0

b13:
	ret i64 0
}

define i64 @tp_sys_enter_getppid(i8* %ctx) nounwind section "bpftc/tp_sys_enter_getppid" {
b0:
	%v55.slot = alloca [8 x i8], align 8
	%v55 = bitcast [8 x i8]* %v55.slot to i8*
	%v48.slot = alloca [8 x i8], align 8
	%v48 = bitcast [8 x i8]* %v48.slot to i8*
	%v38.slot = alloca [8 x i8], align 8
	%v38 = bitcast [8 x i8]* %v38.slot to i8*
	%v33.slot = alloca [8 x i8], align 8
	%v33 = bitcast [8 x i8]* %v33.slot to i8*
	%v24.slot = alloca [8 x i8], align 8
	%v24 = bitcast [8 x i8]* %v24.slot to i8*
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%0 = bitcast i8* %v1 to i64*
	store i64 0, i64* %0, align 8
	%v6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_runs to i8*), i8* %v1)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	%1 = icmp ne i8* %v6, null
	br i1 %1, label %b1, label %b2

b1:
	%2 = bitcast i8* %v6 to i64*
	%v7 = load i64, i64* %2, align 8
	br label %b2

b2:
	%v8 = phi i64 [ 0, %b0 ], [ %v7, %b1 ]
	%v10.c = icmp eq i64 %v8, 1
	%v10 = zext i1 %v10.c to i64
	br i1 %v10.c, label %b3, label %b4

b3:
	%v13 = call i64 inttoptr (i64 14 to i64 ()*)()
	%v15 = lshr i64 %v13, 32
	%v17.c = icmp eq i64 %v15, 0
	%v17 = zext i1 %v17.c to i64
	br label %b4

b4:
	%v20 = phi i64 [ %v10, %b2 ], [ %v17, %b3 ]
	%v22 = icmp eq i64 %v20, 0
	br i1 %v22, label %b5, label %b6

b5:
	ret i64 0

b6:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v24)
	%3 = bitcast i8* %v24 to i64*
	store i64 0, i64* %3, align 8
	%v29 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v24)
	%4 = icmp ne i8* %v29, null
	br i1 %4, label %b7, label %b8

b7:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v24)
	%5 = bitcast i8* %v29 to i64*
	%v30 = load i64, i64* %5, align 8
	%v31 = add i64 %v30, 1
	%6 = bitcast i8* %v29 to i64*
	store i64 %v31, i64* %6, align 8
	br label %b9

b8:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v33)
	%7 = bitcast i8* %v33 to i64*
	store i64 1, i64* %7, align 8
	%v37 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v24, i8* %v33, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v33)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v24)
	br label %b9

b9:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v38)
	%8 = bitcast i8* %v38 to i64*
	store i64 0, i64* %8, align 8
	%v43 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v38)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v38)
	%9 = icmp ne i8* %v43, null
	br i1 %9, label %b10, label %b11

b10:
	%10 = bitcast i8* %v43 to i64*
	%v44 = load i64, i64* %10, align 8
	br label %b11

b11:
	%v45 = phi i64 [ 0, %b9 ], [ %v44, %b10 ]
	%v47 = icmp eq i64 %v45, 2
	br i1 %v47, label %b12, label %b13

b12:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v48)
	%11 = bitcast i8* %v48 to i64*
	store i64 30000, i64* %11, align 8
	%v54 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v48, i64 8, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v48)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v55)
	%12 = bitcast i8* %v55 to i32*
	store i32 0, i32* %12, align 4
	%v59 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v55)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v55)
	%13 = icmp ne i8* %v59, null
	br i1 %13, label %b14, label %b15

b14:
	%14 = bitcast i8* %v59 to i64*
	store i64 1, i64* %14, align 8
	br label %b15

b15:
	ret i64 0

b13:
	ret i64 0
}
