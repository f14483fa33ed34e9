target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_runs = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_ticks = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" !dbg !8 {
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
	%0 = bitcast i8* %v1 to i64*, !dbg !11
	store i64 0, i64* %0, align 8, !dbg !11
	%v6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_runs to i8*), i8* %v1), !dbg !11
	%1 = icmp ne i8* %v6, null
	br i1 %1, label %b1, label %b2, !dbg !11

b1:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	%2 = bitcast i8* %v6 to i64*, !dbg !11
	%v7 = load i64, i64* %2, align 8, !dbg !11
	%v8 = add i64 %v7, 1, !dbg !11
	%3 = bitcast i8* %v6 to i64*, !dbg !11
	store i64 %v8, i64* %3, align 8, !dbg !11
	br label %b3, !dbg !11

b2:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v10)
	%4 = bitcast i8* %v10 to i64*, !dbg !11
	store i64 1, i64* %4, align 8, !dbg !11
	%v14 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_runs to i8*), i8* %v1, i8* %v10, i64 0), !dbg !11
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v10)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	br label %b3, !dbg !11

b3:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v15)
	%5 = bitcast i8* %v15 to i64*, !dbg !12
	store i64 0, i64* %5, align 8, !dbg !12
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v18)
	%6 = bitcast i8* %v18 to i64*, !dbg !13
	store i64 0, i64* %6, align 8, !dbg !13
	%v23 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_runs to i8*), i8* %v18), !dbg !13
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v18)
	%7 = icmp ne i8* %v23, null
	br i1 %7, label %b4, label %b5, !dbg !13

b4:
	%8 = bitcast i8* %v23 to i64*, !dbg !13
	%v24 = load i64, i64* %8, align 8, !dbg !13
	br label %b5, !dbg !13

b5:
	%v25 = phi i64 [ 0, %b3 ], [ %v24, %b4 ]
	%9 = getelementptr i8, i8* %v15, i64 8, !dbg !12
	%10 = bitcast i8* %9 to i64*, !dbg !12
	store i64 %v25, i64* %10, align 8, !dbg !12
	%v30 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v15, i64 16, i64 0), !dbg !12
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v15)
	ret i64 0, !dbg !12
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

define i64 @END(i8* %ctx) nounwind section "bpftc/END" !dbg !14 {
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
	%0 = bitcast i8* %v1 to i64*, !dbg !17
	store i64 0, i64* %0, align 8, !dbg !17
	%v6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_runs to i8*), i8* %v1), !dbg !17
	%1 = icmp ne i8* %v6, null
	br i1 %1, label %b1, label %b2, !dbg !17

b1:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	%2 = bitcast i8* %v6 to i64*, !dbg !17
	%v7 = load i64, i64* %2, align 8, !dbg !17
	%v8 = add i64 %v7, 1, !dbg !17
	%3 = bitcast i8* %v6 to i64*, !dbg !17
	store i64 %v8, i64* %3, align 8, !dbg !17
	br label %b3, !dbg !17

b2:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v10)
	%4 = bitcast i8* %v10 to i64*, !dbg !17
	store i64 1, i64* %4, align 8, !dbg !17
	%v14 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_runs to i8*), i8* %v1, i8* %v10, i64 0), !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v10)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	br label %b3, !dbg !17

b3:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v15)
	%5 = bitcast i8* %v15 to i64*, !dbg !18
	store i64 1, i64* %5, align 8, !dbg !18
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v18)
	%6 = bitcast i8* %v18 to i64*, !dbg !19
	store i64 0, i64* %6, align 8, !dbg !19
	%v23 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_runs to i8*), i8* %v18), !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v18)
	%7 = icmp ne i8* %v23, null
	br i1 %7, label %b4, label %b5, !dbg !19

b4:
	%8 = bitcast i8* %v23 to i64*, !dbg !19
	%v24 = load i64, i64* %8, align 8, !dbg !19
	br label %b5, !dbg !19

b5:
	%v25 = phi i64 [ 0, %b3 ], [ %v24, %b4 ]
	%9 = getelementptr i8, i8* %v15, i64 8, !dbg !18
	%10 = bitcast i8* %9 to i64*, !dbg !18
	store i64 %v25, i64* %10, align 8, !dbg !18
	%v30 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v15, i64 16, i64 0), !dbg !18
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v15)
	ret i64 0, !dbg !18
}

define i64 @interval(i8* %ctx) nounwind section "bpftc/interval" !dbg !20 {
b0:
	%v60.slot = alloca [8 x i8], align 8
	%v60 = bitcast [8 x i8]* %v60.slot to i8*
	%v53.slot = alloca [8 x i8], align 8
	%v53 = bitcast [8 x i8]* %v53.slot to i8*
	%v43.slot = alloca [8 x i8], align 8
	%v43 = bitcast [8 x i8]* %v43.slot to i8*
	%v38.slot = alloca [8 x i8], align 8
	%v38 = bitcast [8 x i8]* %v38.slot to i8*
	%v29.slot = alloca [8 x i8], align 8
	%v29 = bitcast [8 x i8]* %v29.slot to i8*
	%v13.slot = alloca [8 x i8], align 8
	%v13 = bitcast [8 x i8]* %v13.slot to i8*
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%0 = bitcast i8* %v1 to i64*, !dbg !23
	store i64 0, i64* %0, align 8, !dbg !23
	%v6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_runs to i8*), i8* %v1), !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	%1 = icmp ne i8* %v6, null
	br i1 %1, label %b1, label %b2, !dbg !23

b1:
	%2 = bitcast i8* %v6 to i64*, !dbg !23
	%v7 = load i64, i64* %2, align 8, !dbg !23
	br label %b2, !dbg !23

b2:
	%v8 = phi i64 [ 0, %b0 ], [ %v7, %b1 ]
	%v10.c = icmp eq i64 %v8, 1, !dbg !23
	%v10 = zext i1 %v10.c to i64, !dbg !23
	br i1 %v10.c, label %b3, label %b4, !dbg !23

b3:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v13)
	%3 = bitcast i8* %v13 to i64*, !dbg !25
	store i64 0, i64* %3, align 8, !dbg !25
	%v18 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v13), !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v13)
	%4 = icmp ne i8* %v18, null
	br i1 %4, label %b5, label %b6, !dbg !25

b5:
	%5 = bitcast i8* %v18 to i64*, !dbg !25
	%v19 = load i64, i64* %5, align 8, !dbg !25
	br label %b6, !dbg !25

b6:
	%v20 = phi i64 [ 0, %b3 ], [ %v19, %b5 ]
	%v22.c = icmp slt i64 %v20, 2, !dbg !25
	%v22 = zext i1 %v22.c to i64, !dbg !25
	br label %b4, !dbg !25

b4:
	%v25 = phi i64 [ %v10, %b2 ], [ %v22, %b6 ]
	%v27 = icmp eq i64 %v25, 0, !dbg !23
	br i1 %v27, label %b7, label %b8, !dbg !23

b7:
	ret i64 0, !dbg !23

b8:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v29)
	%6 = bitcast i8* %v29 to i64*, !dbg !27
	store i64 0, i64* %6, align 8, !dbg !27
	%v34 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v29), !dbg !27
	%7 = icmp ne i8* %v34, null
	br i1 %7, label %b9, label %b10, !dbg !27

b9:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v29)
	%8 = bitcast i8* %v34 to i64*, !dbg !27
	%v35 = load i64, i64* %8, align 8, !dbg !27
	%v36 = add i64 %v35, 1, !dbg !27
	%9 = bitcast i8* %v34 to i64*, !dbg !27
	store i64 %v36, i64* %9, align 8, !dbg !27
	br label %b11, !dbg !27

b10:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v38)
	%10 = bitcast i8* %v38 to i64*, !dbg !27
	store i64 1, i64* %10, align 8, !dbg !27
	%v42 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v29, i8* %v38, i64 0), !dbg !27
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v38)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v29)
	br label %b11, !dbg !27

b11:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v43)
	%11 = bitcast i8* %v43 to i64*, !dbg !28
	store i64 0, i64* %11, align 8, !dbg !28
	%v48 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v43), !dbg !28
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v43)
	%12 = icmp ne i8* %v48, null
	br i1 %12, label %b12, label %b13, !dbg !28

b12:
	%13 = bitcast i8* %v48 to i64*, !dbg !28
	%v49 = load i64, i64* %13, align 8, !dbg !28
	br label %b13, !dbg !28

b13:
	%v50 = phi i64 [ 0, %b11 ], [ %v49, %b12 ]
	%v52 = icmp eq i64 %v50, 2, !dbg !28
	br i1 %v52, label %b14, label %b15, !dbg !28

b14:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v53)
	%14 = bitcast i8* %v53 to i64*, !dbg !30
	store i64 30000, i64* %14, align 8, !dbg !30
	%v59 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v53, i64 8, i64 0), !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v53)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v60)
	%15 = bitcast i8* %v60 to i32*, !dbg !30
	store i32 0, i32* %15, align 4, !dbg !30
	%v64 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v60), !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v60)
	%16 = icmp ne i8* %v64, null
	br i1 %16, label %b16, label %b17, !dbg !30

b16:
	%17 = bitcast i8* %v64 to i64*, !dbg !30
	store i64 1, i64* %17, align 8, !dbg !30
	br label %b17, !dbg !30

b17:
	ret i64 0, !dbg !30

b15:
	ret i64 0, !dbg !30
}

define i64 @tp_sys_enter_getppid(i8* %ctx) nounwind section "bpftc/tp_sys_enter_getppid" !dbg !31 {
b0:
	%v60.slot = alloca [8 x i8], align 8
	%v60 = bitcast [8 x i8]* %v60.slot to i8*
	%v53.slot = alloca [8 x i8], align 8
	%v53 = bitcast [8 x i8]* %v53.slot to i8*
	%v43.slot = alloca [8 x i8], align 8
	%v43 = bitcast [8 x i8]* %v43.slot to i8*
	%v38.slot = alloca [8 x i8], align 8
	%v38 = bitcast [8 x i8]* %v38.slot to i8*
	%v29.slot = alloca [8 x i8], align 8
	%v29 = bitcast [8 x i8]* %v29.slot to i8*
	%v13.slot = alloca [8 x i8], align 8
	%v13 = bitcast [8 x i8]* %v13.slot to i8*
	%v1.slot = alloca [8 x i8], align 8
	%v1 = bitcast [8 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v1)
	%0 = bitcast i8* %v1 to i64*, !dbg !34
	store i64 0, i64* %0, align 8, !dbg !34
	%v6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_runs to i8*), i8* %v1), !dbg !34
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v1)
	%1 = icmp ne i8* %v6, null
	br i1 %1, label %b1, label %b2, !dbg !34

b1:
	%2 = bitcast i8* %v6 to i64*, !dbg !34
	%v7 = load i64, i64* %2, align 8, !dbg !34
	br label %b2, !dbg !34

b2:
	%v8 = phi i64 [ 0, %b0 ], [ %v7, %b1 ]
	%v10.c = icmp eq i64 %v8, 1, !dbg !34
	%v10 = zext i1 %v10.c to i64, !dbg !34
	br i1 %v10.c, label %b3, label %b4, !dbg !34

b3:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v13)
	%3 = bitcast i8* %v13 to i64*, !dbg !36
	store i64 0, i64* %3, align 8, !dbg !36
	%v18 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v13), !dbg !36
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v13)
	%4 = icmp ne i8* %v18, null
	br i1 %4, label %b5, label %b6, !dbg !36

b5:
	%5 = bitcast i8* %v18 to i64*, !dbg !36
	%v19 = load i64, i64* %5, align 8, !dbg !36
	br label %b6, !dbg !36

b6:
	%v20 = phi i64 [ 0, %b3 ], [ %v19, %b5 ]
	%v22.c = icmp slt i64 %v20, 2, !dbg !36
	%v22 = zext i1 %v22.c to i64, !dbg !36
	br label %b4, !dbg !36

b4:
	%v25 = phi i64 [ %v10, %b2 ], [ %v22, %b6 ]
	%v27 = icmp eq i64 %v25, 0, !dbg !34
	br i1 %v27, label %b7, label %b8, !dbg !34

b7:
	ret i64 0, !dbg !34

b8:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v29)
	%6 = bitcast i8* %v29 to i64*, !dbg !38
	store i64 0, i64* %6, align 8, !dbg !38
	%v34 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v29), !dbg !38
	%7 = icmp ne i8* %v34, null
	br i1 %7, label %b9, label %b10, !dbg !38

b9:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v29)
	%8 = bitcast i8* %v34 to i64*, !dbg !38
	%v35 = load i64, i64* %8, align 8, !dbg !38
	%v36 = add i64 %v35, 1, !dbg !38
	%9 = bitcast i8* %v34 to i64*, !dbg !38
	store i64 %v36, i64* %9, align 8, !dbg !38
	br label %b11, !dbg !38

b10:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v38)
	%10 = bitcast i8* %v38 to i64*, !dbg !38
	store i64 1, i64* %10, align 8, !dbg !38
	%v42 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v29, i8* %v38, i64 0), !dbg !38
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v38)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v29)
	br label %b11, !dbg !38

b11:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v43)
	%11 = bitcast i8* %v43 to i64*, !dbg !39
	store i64 0, i64* %11, align 8, !dbg !39
	%v48 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_ticks to i8*), i8* %v43), !dbg !39
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v43)
	%12 = icmp ne i8* %v48, null
	br i1 %12, label %b12, label %b13, !dbg !39

b12:
	%13 = bitcast i8* %v48 to i64*, !dbg !39
	%v49 = load i64, i64* %13, align 8, !dbg !39
	br label %b13, !dbg !39

b13:
	%v50 = phi i64 [ 0, %b11 ], [ %v49, %b12 ]
	%v52 = icmp eq i64 %v50, 2, !dbg !39
	br i1 %v52, label %b14, label %b15, !dbg !39

b14:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v53)
	%14 = bitcast i8* %v53 to i64*, !dbg !41
	store i64 30000, i64* %14, align 8, !dbg !41
	%v59 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v53, i64 8, i64 0), !dbg !41
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v53)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v60)
	%15 = bitcast i8* %v60 to i32*, !dbg !41
	store i32 0, i32* %15, align 4, !dbg !41
	%v64 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v60), !dbg !41
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v60)
	%16 = icmp ne i8* %v64, null
	br i1 %16, label %b16, label %b17, !dbg !41

b16:
	%17 = bitcast i8* %v64 to i64*, !dbg !41
	store i64 1, i64* %17, align 8, !dbg !41
	br label %b17, !dbg !41

b17:
	ret i64 0, !dbg !41

b15:
	ret i64 0, !dbg !41
}

!llvm.dbg.cu = !{!1}
!llvm.module.flags = !{!6, !7}

!0 = !DIFile(filename: "bpftc", directory: "")
!1 = distinct !DICompileUnit(language: DW_LANG_C99, file: !0, producer: "bpftc", isOptimized: true, emissionKind: FullDebug)
!2 = !DIBasicType(tag: DW_TAG_base_type, name: "long", size: 64, encoding: DW_ATE_signed)
!3 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!4 = !DISubroutineType(types: !5)
!5 = !{!2, !3}
!6 = !{i32 7, !"Dwarf Version", i32 4}
!7 = !{i32 2, !"Debug Info Version", i32 3}
!8 = distinct !DISubprogram(name: "BEGIN", scope: !0, file: !0, line: 80, type: !4, scopeLine: 80, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 80, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 80, scope: !8)
!12 = !DILocation(line: 90, scope: !8)
!13 = !DILocation(line: 113, scope: !8)
!14 = distinct !DISubprogram(name: "END", scope: !0, file: !0, line: 80, type: !4, scopeLine: 80, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !16)
!15 = !DILocalVariable(name: "ctx", arg: 1, scope: !14, file: !0, line: 80, type: !3)
!16 = !{!15}
!17 = !DILocation(line: 80, scope: !14)
!18 = !DILocation(line: 90, scope: !14)
!19 = !DILocation(line: 113, scope: !14)
!20 = distinct !DISubprogram(name: "interval", scope: !0, file: !0, line: 178, type: !4, scopeLine: 178, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !22)
!21 = !DILocalVariable(name: "ctx", arg: 1, scope: !20, file: !0, line: 178, type: !3)
!22 = !{!21}
!23 = !DILocation(line: 178, scope: !20)
!24 = !DILocation(line: 188, scope: !20)
!25 = !DILocation(line: 193, scope: !20)
!26 = !DILocation(line: 202, scope: !20)
!27 = !DILocation(line: 208, scope: !20)
!28 = !DILocation(line: 222, scope: !20)
!29 = !DILocation(line: 233, scope: !20)
!30 = !DILocation(line: 240, scope: !20)
!31 = distinct !DISubprogram(name: "tp_sys_enter_getppid", scope: !0, file: !0, line: 178, type: !4, scopeLine: 178, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !33)
!32 = !DILocalVariable(name: "ctx", arg: 1, scope: !31, file: !0, line: 178, type: !3)
!33 = !{!32}
!34 = !DILocation(line: 178, scope: !31)
!35 = !DILocation(line: 188, scope: !31)
!36 = !DILocation(line: 193, scope: !31)
!37 = !DILocation(line: 202, scope: !31)
!38 = !DILocation(line: 208, scope: !31)
!39 = !DILocation(line: 222, scope: !31)
!40 = !DILocation(line: 233, scope: !31)
!41 = !DILocation(line: 240, scope: !31)
