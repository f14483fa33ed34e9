target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_t = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 24, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" {
b0:
	%v77.slot = alloca [8 x i8], align 8
	%v77 = bitcast [8 x i8]* %v77.slot to i8*
	%v70.slot = alloca [8 x i8], align 8
	%v70 = bitcast [8 x i8]* %v70.slot to i8*
	%v64.slot = alloca [8 x i8], align 8
	%v64 = bitcast [8 x i8]* %v64.slot to i8*
	%v57.slot = alloca [24 x i8], align 8
	%v57 = bitcast [24 x i8]* %v57.slot to i8*
	%v43.slot = alloca [16 x i8], align 8
	%v43 = bitcast [16 x i8]* %v43.slot to i8*
	%v36.slot = alloca [8 x i8], align 8
	%v36 = bitcast [8 x i8]* %v36.slot to i8*
	%v21.slot = alloca [40 x i8], align 8
	%v21 = bitcast [40 x i8]* %v21.slot to i8*
	%v11.slot = alloca [16 x i8], align 8
	%v11 = bitcast [16 x i8]* %v11.slot to i8*
	%v1.slot = alloca [16 x i8], align 8
	%v1 = bitcast [16 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v1)
	%0 = bitcast i8* %v1 to i64*
	store i64 30004, i64* %0, align 8
	%1 = getelementptr i8, i8* %v1, i64 8
	%2 = bitcast i8* %1 to i32*
	store i32 0, i32* %2, align 4
	%3 = getelementptr i8, i8* %v1, i64 12
	call void @llvm.memset.p0i8.i64(i8* align 4 %3, i8 0, i64 4, i1 false)
	%v10 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v1, i64 16, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v1)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v11)
	%4 = bitcast i8* %v11 to i64*
	store i64 30004, i64* %4, align 8
	%5 = getelementptr i8, i8* %v11, i64 8
	%6 = bitcast i8* %5 to i32*
	store i32 1, i32* %6, align 4
	%7 = getelementptr i8, i8* %v11, i64 12
	call void @llvm.memset.p0i8.i64(i8* align 4 %7, i8 0, i64 4, i1 false)
	%v20 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v11, i64 16, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v11)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v21)
	%8 = bitcast i8* %v21 to i64*
	store i64 0, i64* %8, align 8
	%9 = getelementptr i8, i8* %v21, i64 8
	%10 = bitcast i8* %9 to i64*
	store i64 0, i64* %10, align 8
	%v26 = call i64 inttoptr (i64 125 to i64 ()*)()
	%11 = getelementptr i8, i8* %v21, i64 16
	%12 = bitcast i8* %11 to i64*
	store i64 %v26, i64* %12, align 8
	%13 = getelementptr i8, i8* %v21, i64 24
	%14 = bitcast i8* %13 to i64*
	store i64 1, i64* %14, align 8
	%15 = getelementptr i8, i8* %v21, i64 32
	%16 = bitcast i8* %15 to i64*
	store i64 0, i64* %16, align 8
	%v35 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v21, i64 40, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v21)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v36)
	%17 = bitcast i8* %v36 to i64*
	store i64 20000, i64* %17, align 8
	%v42 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v36, i64 8, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v36)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v43)
	%18 = bitcast i8* %v43 to i64*
	store i64 20001, i64* %18, align 8
	%19 = getelementptr i8, i8* %v43, i64 8
	%20 = bitcast i8* %19 to i32*
	store i32 2037674863, i32* %20, align 4
	%21 = getelementptr i8, i8* %v43, i64 12
	%22 = bitcast i8* %21 to i16*
	store i16 25968, i16* %22, align 2
	%23 = getelementptr i8, i8* %v43, i64 14
	store i8 0, i8* %23, align 1
	%24 = getelementptr i8, i8* %v43, i64 15
	call void @llvm.memset.p0i8.i64(i8* align 1 %24, i8 0, i64 1, i1 false)
	%v56 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v43, i64 16, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v43)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v57)
	%25 = bitcast i8* %v57 to i64*
	store i64 1, i64* %25, align 8
	%26 = getelementptr i8, i8* %v57, i64 8
	%27 = bitcast i8* %26 to i64*
	store i64 2, i64* %27, align 8
	%28 = getelementptr i8, i8* %v57, i64 16
	%29 = bitcast i8* %28 to i64*
	store i64 0, i64* %29, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v64)
	%30 = bitcast i8* %v64 to i64*
	store i64 0, i64* %30, align 8
	%v69 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_t to i8*), i8* %v64, i8* %v57, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v64)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v57)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v70)
	%31 = bitcast i8* %v70 to i64*
	store i64 30000, i64* %31, align 8
	%v76 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v70, i64 8, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v70)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v77)
	%32 = bitcast i8* %v77 to i32*
	store i32 0, i32* %32, align 4
	%v81 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v77)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v77)
	%33 = icmp ne i8* %v81, null
	br i1 %33, label %b1, label %b2

b1:
	%34 = bitcast i8* %v81 to i64*
	store i64 1, i64* %34, align 8
	br label %b2

b2:
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memset.p0i8.i64(i8* %0, i8 %1, i64 %2, i1 %3) argmemonly nounwind
