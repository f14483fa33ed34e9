target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_ticks = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @interval(i8* %ctx) nounwind section "bpftc/interval" {
b0:
	%v47.slot = alloca [8 x i8], align 8
	%v47 = bitcast [8 x i8]* %v47.slot to i8*
	%v44.slot = alloca [16 x i8], align 8
	%v44 = bitcast [16 x i8]* %v44.slot to i8*
	%v36.slot = alloca [8 x i8], align 8
	%v36 = bitcast [8 x i8]* %v36.slot to i8*
	%v29.slot = alloca [8 x i8], align 8
	%v29 = bitcast [8 x i8]* %v29.slot to i8*
	%v19.slot = alloca [8 x i8], align 8
	%v19 = bitcast [8 x i8]* %v19.slot to i8*
	%v13.slot = alloca [8 x i8], align 8
	%v13 = bitcast [8 x i8]* %v13.slot to i8*
	%v2.slot = alloca [8 x i8], align 8
	%v2 = bitcast [8 x i8]* %v2.slot to i8*
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v2)
	%0 = bitcast i8* %v2 to i64*
	store i64 0, i64* %0, align 8
	%v7 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v2)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v2)
	%1 = icmp ne i8* %v7, null
	br i1 %1, label %b1, label %b2

b1:
	%2 = bitcast i8* %v7 to i64*
	%v8 = load i64, i64* %2, align 8
	br label %b2

b2:
	%v9 = phi i64 [ 0, %b0 ], [ %v8, %b1 ]
	%v11 = add i64 %v9, 1
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%3 = bitcast i8* %v1 to i64*
	store i64 %v11, i64* %3, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v13)
	%4 = bitcast i8* %v13 to i64*
	store i64 0, i64* %4, align 8
	%v18 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v13, i8* %v1, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v13)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v19)
	%5 = bitcast i8* %v19 to i64*
	store i64 0, i64* %5, align 8
	%v24 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v19)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v19)
	%6 = icmp ne i8* %v24, null
	br i1 %6, label %b3, label %b4

b3:
	%7 = bitcast i8* %v24 to i64*
	%v25 = load i64, i64* %7, align 8
	br label %b4

b4:
	%v26 = phi i64 [ 0, %b2 ], [ %v25, %b3 ]
	%v28 = icmp sge i64 %v26, 3
	br i1 %v28, label %b5, label %b6

b5:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v29)
	%8 = bitcast i8* %v29 to i64*
	store i64 30000, i64* %8, align 8
	%v35 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v29, i64 8, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v29)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v36)
	%9 = bitcast i8* %v36 to i32*
	store i32 0, i32* %9, align 4
	%v40 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v36)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v36)
	%10 = icmp ne i8* %v40, null
	br i1 %10, label %b8, label %b9

b8:
	%11 = bitcast i8* %v40 to i64*
	store i64 1, i64* %11, align 8
	br label %b9

b9:
	ret i64 0

b6:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v44)
	%12 = bitcast i8* %v44 to i64*
	store i64 0, i64* %12, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v47)
	%13 = bitcast i8* %v47 to i64*
	store i64 0, i64* %13, align 8
	%v52 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v47)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v47)
	%14 = icmp ne i8* %v52, null
	br i1 %14, label %b10, label %b11

b10:
	%15 = bitcast i8* %v52 to i64*
	%v53 = load i64, i64* %15, align 8
	br label %b11

b11:
	%v54 = phi i64 [ 0, %b6 ], [ %v53, %b10 ]
	%16 = getelementptr i8, i8* %v44, i64 8
	%17 = bitcast i8* %16 to i64*
	store i64 %v54, i64* %17, align 8
	%v59 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v44, i64 16, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v44)
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

define i64 @END(i8* %ctx) nounwind section "bpftc/END" {
b0:
	%v4.slot = alloca [8 x i8], align 8
	%v4 = bitcast [8 x i8]* %v4.slot to i8*
	%v1.slot = alloca [16 x i8], align 8
	%v1 = bitcast [16 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v1)
	%0 = bitcast i8* %v1 to i64*
	store i64 1, i64* %0, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v4)
	%1 = bitcast i8* %v4 to i64*
	store i64 0, i64* %1, align 8
	%v9 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v4)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v4)
	%2 = icmp ne i8* %v9, null
	br i1 %2, label %b1, label %b2

b1:
	%3 = bitcast i8* %v9 to i64*
	%v10 = load i64, i64* %3, align 8
	br label %b2

b2:
	%v11 = phi i64 [ 0, %b0 ], [ %v10, %b1 ]
	%4 = getelementptr i8, i8* %v1, i64 8
	%5 = bitcast i8* %4 to i64*
	store i64 %v11, i64* %5, align 8
	%v16 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v1, i64 16, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v1)
	ret i64 0
}
