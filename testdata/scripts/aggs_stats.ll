target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_a = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_av = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_c = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_d = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_mn = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_mn2 = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_mn3 = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_mnk = global { i32, i32, i32, i32, i32 } { i32 5, i32 2, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_mnz = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_mx = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_mxk = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_mxneg = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_st = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_z = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" {
b0:
	%v815.slot = alloca [8 x i8], align 8
	%v815 = bitcast [8 x i8]* %v815.slot to i8*
	%v808.slot = alloca [8 x i8], align 8
	%v808 = bitcast [8 x i8]* %v808.slot to i8*
	%v803.slot = alloca [8 x i8], align 8
	%v803 = bitcast [8 x i8]* %v803.slot to i8*
	%v797.slot = alloca [16 x i8], align 8
	%v797 = bitcast [16 x i8]* %v797.slot to i8*
	%v777.slot = alloca [8 x i8], align 8
	%v777 = bitcast [8 x i8]* %v777.slot to i8*
	%v770.slot = alloca [16 x i8], align 8
	%v770 = bitcast [16 x i8]* %v770.slot to i8*
	%v750.slot = alloca [8 x i8], align 8
	%v750 = bitcast [8 x i8]* %v750.slot to i8*
	%v739.slot = alloca [16 x i8], align 8
	%v739 = bitcast [16 x i8]* %v739.slot to i8*
	%v733.slot = alloca [16 x i8], align 8
	%v733 = bitcast [16 x i8]* %v733.slot to i8*
	%v720.slot = alloca [8 x i8], align 8
	%v720 = bitcast [8 x i8]* %v720.slot to i8*
	%v705.slot = alloca [24 x i8], align 8
	%v705 = bitcast [24 x i8]* %v705.slot to i8*
	%v695.slot = alloca [16 x i8], align 8
	%v695 = bitcast [16 x i8]* %v695.slot to i8*
	%v689.slot = alloca [16 x i8], align 8
	%v689 = bitcast [16 x i8]* %v689.slot to i8*
	%v676.slot = alloca [8 x i8], align 8
	%v676 = bitcast [8 x i8]* %v676.slot to i8*
	%v669.slot = alloca [16 x i8], align 8
	%v669 = bitcast [16 x i8]* %v669.slot to i8*
	%v656.slot = alloca [8 x i8], align 8
	%v656 = bitcast [8 x i8]* %v656.slot to i8*
	%v641.slot = alloca [24 x i8], align 8
	%v641 = bitcast [24 x i8]* %v641.slot to i8*
	%v627.slot = alloca [24 x i8], align 8
	%v627 = bitcast [24 x i8]* %v627.slot to i8*
	%v613.slot = alloca [24 x i8], align 8
	%v613 = bitcast [24 x i8]* %v613.slot to i8*
	%v599.slot = alloca [24 x i8], align 8
	%v599 = bitcast [24 x i8]* %v599.slot to i8*
	%v585.slot = alloca [24 x i8], align 8
	%v585 = bitcast [24 x i8]* %v585.slot to i8*
	%v579.slot = alloca [16 x i8], align 8
	%v579 = bitcast [16 x i8]* %v579.slot to i8*
	%v566.slot = alloca [8 x i8], align 8
	%v566 = bitcast [8 x i8]* %v566.slot to i8*
	%v559.slot = alloca [16 x i8], align 8
	%v559 = bitcast [16 x i8]* %v559.slot to i8*
	%v546.slot = alloca [8 x i8], align 8
	%v546 = bitcast [8 x i8]* %v546.slot to i8*
	%v539.slot = alloca [16 x i8], align 8
	%v539 = bitcast [16 x i8]* %v539.slot to i8*
	%v526.slot = alloca [8 x i8], align 8
	%v526 = bitcast [8 x i8]* %v526.slot to i8*
	%v519.slot = alloca [16 x i8], align 8
	%v519 = bitcast [16 x i8]* %v519.slot to i8*
	%v499.slot = alloca [8 x i8], align 8
	%v499 = bitcast [8 x i8]* %v499.slot to i8*
	%v492.slot = alloca [16 x i8], align 8
	%v492 = bitcast [16 x i8]* %v492.slot to i8*
	%v472.slot = alloca [8 x i8], align 8
	%v472 = bitcast [8 x i8]* %v472.slot to i8*
	%v465.slot = alloca [16 x i8], align 8
	%v465 = bitcast [16 x i8]* %v465.slot to i8*
	%v445.slot = alloca [8 x i8], align 8
	%v445 = bitcast [8 x i8]* %v445.slot to i8*
	%v438.slot = alloca [16 x i8], align 8
	%v438 = bitcast [16 x i8]* %v438.slot to i8*
	%v422.slot = alloca [8 x i8], align 8
	%v422 = bitcast [8 x i8]* %v422.slot to i8*
	%v415.slot = alloca [16 x i8], align 8
	%v415 = bitcast [16 x i8]* %v415.slot to i8*
	%v399.slot = alloca [8 x i8], align 8
	%v399 = bitcast [8 x i8]* %v399.slot to i8*
	%v392.slot = alloca [16 x i8], align 8
	%v392 = bitcast [16 x i8]* %v392.slot to i8*
	%v376.slot = alloca [8 x i8], align 8
	%v376 = bitcast [8 x i8]* %v376.slot to i8*
	%v353.slot = alloca [8 x i8], align 8
	%v353 = bitcast [8 x i8]* %v353.slot to i8*
	%v330.slot = alloca [8 x i8], align 8
	%v330 = bitcast [8 x i8]* %v330.slot to i8*
	%v323.slot = alloca [16 x i8], align 8
	%v323 = bitcast [16 x i8]* %v323.slot to i8*
	%v307.slot = alloca [8 x i8], align 8
	%v307 = bitcast [8 x i8]* %v307.slot to i8*
	%v300.slot = alloca [16 x i8], align 8
	%v300 = bitcast [16 x i8]* %v300.slot to i8*
	%v284.slot = alloca [8 x i8], align 8
	%v284 = bitcast [8 x i8]* %v284.slot to i8*
	%v277.slot = alloca [16 x i8], align 8
	%v277 = bitcast [16 x i8]* %v277.slot to i8*
	%v257.slot = alloca [8 x i8], align 8
	%v257 = bitcast [8 x i8]* %v257.slot to i8*
	%v250.slot = alloca [16 x i8], align 8
	%v250 = bitcast [16 x i8]* %v250.slot to i8*
	%v230.slot = alloca [8 x i8], align 8
	%v230 = bitcast [8 x i8]* %v230.slot to i8*
	%v223.slot = alloca [16 x i8], align 8
	%v223 = bitcast [16 x i8]* %v223.slot to i8*
	%v203.slot = alloca [8 x i8], align 8
	%v203 = bitcast [8 x i8]* %v203.slot to i8*
	%v176.slot = alloca [8 x i8], align 8
	%v176 = bitcast [8 x i8]* %v176.slot to i8*
	%v169.slot = alloca [16 x i8], align 8
	%v169 = bitcast [16 x i8]* %v169.slot to i8*
	%v149.slot = alloca [8 x i8], align 8
	%v149 = bitcast [8 x i8]* %v149.slot to i8*
	%v142.slot = alloca [16 x i8], align 8
	%v142 = bitcast [16 x i8]* %v142.slot to i8*
	%v122.slot = alloca [8 x i8], align 8
	%v122 = bitcast [8 x i8]* %v122.slot to i8*
	%v115.slot = alloca [16 x i8], align 8
	%v115 = bitcast [16 x i8]* %v115.slot to i8*
	%v102.slot = alloca [8 x i8], align 8
	%v102 = bitcast [8 x i8]* %v102.slot to i8*
	%v95.slot = alloca [16 x i8], align 8
	%v95 = bitcast [16 x i8]* %v95.slot to i8*
	%v82.slot = alloca [8 x i8], align 8
	%v82 = bitcast [8 x i8]* %v82.slot to i8*
	%v75.slot = alloca [16 x i8], align 8
	%v75 = bitcast [16 x i8]* %v75.slot to i8*
	%v62.slot = alloca [8 x i8], align 8
	%v62 = bitcast [8 x i8]* %v62.slot to i8*
	%v55.slot = alloca [16 x i8], align 8
	%v55 = bitcast [16 x i8]* %v55.slot to i8*
	%v42.slot = alloca [8 x i8], align 8
	%v42 = bitcast [8 x i8]* %v42.slot to i8*
	%v35.slot = alloca [16 x i8], align 8
	%v35 = bitcast [16 x i8]* %v35.slot to i8*
	%v22.slot = alloca [8 x i8], align 8
	%v22 = bitcast [8 x i8]* %v22.slot to i8*
	%v15.slot = alloca [16 x i8], align 8
	%v15 = bitcast [16 x i8]* %v15.slot to i8*
	%v2.slot = alloca [8 x i8], align 8
	%v2 = bitcast [8 x i8]* %v2.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v2)
	%0 = bitcast i8* %v2 to i64*
	store i64 0, i64* %0, align 8
	%v6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_av to i8*), i8* %v2)
	%1 = icmp ne i8* %v6, null
	br i1 %1, label %b1, label %b2

b1:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v2)
	%2 = bitcast i8* %v6 to i64*
	%v7 = load i64, i64* %2, align 8
	%v8 = add i64 %v7, -4
	%3 = bitcast i8* %v6 to i64*
	store i64 %v8, i64* %3, align 8
	%4 = getelementptr i8, i8* %v6, i64 8
	%5 = bitcast i8* %4 to i64*
	%v10 = load i64, i64* %5, align 8
	%v12 = add i64 %v10, 1
	%6 = getelementptr i8, i8* %v6, i64 8
	%7 = bitcast i8* %6 to i64*
	store i64 %v12, i64* %7, align 8
	br label %b3

b2:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v15)
	%8 = bitcast i8* %v15 to i64*
	store i64 -4, i64* %8, align 8
	%9 = getelementptr i8, i8* %v15, i64 8
	%10 = bitcast i8* %9 to i64*
	store i64 1, i64* %10, align 8
	%v20 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_av to i8*), i8* %v2, i8* %v15, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v15)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v2)
	br label %b3

b3:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v22)
	%11 = bitcast i8* %v22 to i64*
	store i64 0, i64* %11, align 8
	%v26 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_av to i8*), i8* %v22)
	%12 = icmp ne i8* %v26, null
	br i1 %12, label %b4, label %b5

b4:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v22)
	%13 = bitcast i8* %v26 to i64*
	%v27 = load i64, i64* %13, align 8
	%v28 = add i64 %v27, 1
	%14 = bitcast i8* %v26 to i64*
	store i64 %v28, i64* %14, align 8
	%15 = getelementptr i8, i8* %v26, i64 8
	%16 = bitcast i8* %15 to i64*
	%v30 = load i64, i64* %16, align 8
	%v32 = add i64 %v30, 1
	%17 = getelementptr i8, i8* %v26, i64 8
	%18 = bitcast i8* %17 to i64*
	store i64 %v32, i64* %18, align 8
	br label %b6

b5:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v35)
	%19 = bitcast i8* %v35 to i64*
	store i64 1, i64* %19, align 8
	%20 = getelementptr i8, i8* %v35, i64 8
	%21 = bitcast i8* %20 to i64*
	store i64 1, i64* %21, align 8
	%v40 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_av to i8*), i8* %v22, i8* %v35, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v35)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v22)
	br label %b6

b6:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v42)
	%22 = bitcast i8* %v42 to i64*
	store i64 1, i64* %22, align 8
	%v46 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v42)
	%23 = icmp ne i8* %v46, null
	br i1 %23, label %b7, label %b8

b7:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v42)
	%24 = bitcast i8* %v46 to i64*
	%v47 = load i64, i64* %24, align 8
	%v48 = add i64 %v47, -4
	%25 = bitcast i8* %v46 to i64*
	store i64 %v48, i64* %25, align 8
	%26 = getelementptr i8, i8* %v46, i64 8
	%27 = bitcast i8* %26 to i64*
	%v50 = load i64, i64* %27, align 8
	%v52 = add i64 %v50, 1
	%28 = getelementptr i8, i8* %v46, i64 8
	%29 = bitcast i8* %28 to i64*
	store i64 %v52, i64* %29, align 8
	br label %b9

b8:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v55)
	%30 = bitcast i8* %v55 to i64*
	store i64 -4, i64* %30, align 8
	%31 = getelementptr i8, i8* %v55, i64 8
	%32 = bitcast i8* %31 to i64*
	store i64 1, i64* %32, align 8
	%v60 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v42, i8* %v55, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v55)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v42)
	br label %b9

b9:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v62)
	%33 = bitcast i8* %v62 to i64*
	store i64 2, i64* %33, align 8
	%v66 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v62)
	%34 = icmp ne i8* %v66, null
	br i1 %34, label %b10, label %b11

b10:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v62)
	%35 = bitcast i8* %v66 to i64*
	%v67 = load i64, i64* %35, align 8
	%v68 = add i64 %v67, 10
	%36 = bitcast i8* %v66 to i64*
	store i64 %v68, i64* %36, align 8
	%37 = getelementptr i8, i8* %v66, i64 8
	%38 = bitcast i8* %37 to i64*
	%v70 = load i64, i64* %38, align 8
	%v72 = add i64 %v70, 1
	%39 = getelementptr i8, i8* %v66, i64 8
	%40 = bitcast i8* %39 to i64*
	store i64 %v72, i64* %40, align 8
	br label %b12

b11:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v75)
	%41 = bitcast i8* %v75 to i64*
	store i64 10, i64* %41, align 8
	%42 = getelementptr i8, i8* %v75, i64 8
	%43 = bitcast i8* %42 to i64*
	store i64 1, i64* %43, align 8
	%v80 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v62, i8* %v75, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v75)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v62)
	br label %b12

b12:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v82)
	%44 = bitcast i8* %v82 to i64*
	store i64 2, i64* %44, align 8
	%v86 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v82)
	%45 = icmp ne i8* %v86, null
	br i1 %45, label %b13, label %b14

b13:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v82)
	%46 = bitcast i8* %v86 to i64*
	%v87 = load i64, i64* %46, align 8
	%v88 = add i64 %v87, 4
	%47 = bitcast i8* %v86 to i64*
	store i64 %v88, i64* %47, align 8
	%48 = getelementptr i8, i8* %v86, i64 8
	%49 = bitcast i8* %48 to i64*
	%v90 = load i64, i64* %49, align 8
	%v92 = add i64 %v90, 1
	%50 = getelementptr i8, i8* %v86, i64 8
	%51 = bitcast i8* %50 to i64*
	store i64 %v92, i64* %51, align 8
	br label %b15

b14:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v95)
	%52 = bitcast i8* %v95 to i64*
	store i64 4, i64* %52, align 8
	%53 = getelementptr i8, i8* %v95, i64 8
	%54 = bitcast i8* %53 to i64*
	store i64 1, i64* %54, align 8
	%v100 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v82, i8* %v95, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v95)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v82)
	br label %b15

b15:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v102)
	%55 = bitcast i8* %v102 to i64*
	store i64 3, i64* %55, align 8
	%v106 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v102)
	%56 = icmp ne i8* %v106, null
	br i1 %56, label %b16, label %b17

b16:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v102)
	%57 = bitcast i8* %v106 to i64*
	%v107 = load i64, i64* %57, align 8
	%v108 = add i64 %v107, 100
	%58 = bitcast i8* %v106 to i64*
	store i64 %v108, i64* %58, align 8
	%59 = getelementptr i8, i8* %v106, i64 8
	%60 = bitcast i8* %59 to i64*
	%v110 = load i64, i64* %60, align 8
	%v112 = add i64 %v110, 1
	%61 = getelementptr i8, i8* %v106, i64 8
	%62 = bitcast i8* %61 to i64*
	store i64 %v112, i64* %62, align 8
	br label %b18

b17:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v115)
	%63 = bitcast i8* %v115 to i64*
	store i64 100, i64* %63, align 8
	%64 = getelementptr i8, i8* %v115, i64 8
	%65 = bitcast i8* %64 to i64*
	store i64 1, i64* %65, align 8
	%v120 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v102, i8* %v115, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v115)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v102)
	br label %b18

b18:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v122)
	%66 = bitcast i8* %v122 to i64*
	store i64 0, i64* %66, align 8
	%v126 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn to i8*), i8* %v122)
	%67 = icmp ne i8* %v126, null
	br i1 %67, label %b19, label %b26

b19:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v122)
	%68 = getelementptr i8, i8* %v126, i64 8
	%69 = bitcast i8* %68 to i64*
	%v130 = load i64, i64* %69, align 8
	%70 = icmp ne i64 %v130, 0
	br i1 %70, label %b22, label %b23

b22:
	%71 = bitcast i8* %v126 to i64*
	%v132 = load i64, i64* %71, align 8
	%v133 = sub i64 u0xFFFFFFFF, %v132
	br label %b23

b23:
	%v134 = phi i64 [ 0, %b19 ], [ %v133, %b22 ]
	%v135 = icmp sge i64 u0xFFFFFFFA, %v134
	br i1 %v135, label %b24, label %b21

b24:
	%72 = bitcast i8* %v126 to i64*
	store i64 5, i64* %72, align 8
	%73 = getelementptr i8, i8* %v126, i64 8
	%74 = bitcast i8* %73 to i64*
	store i64 1, i64* %74, align 8
	br label %b21

b26:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v142)
	%75 = bitcast i8* %v142 to i64*
	store i64 5, i64* %75, align 8
	%76 = getelementptr i8, i8* %v142, i64 8
	%77 = bitcast i8* %76 to i64*
	store i64 1, i64* %77, align 8
	%v147 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn to i8*), i8* %v122, i8* %v142, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v142)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v122)
	br label %b21

b21:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v149)
	%78 = bitcast i8* %v149 to i64*
	store i64 0, i64* %78, align 8
	%v153 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn to i8*), i8* %v149)
	%79 = icmp ne i8* %v153, null
	br i1 %79, label %b28, label %b35

b28:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v149)
	%80 = getelementptr i8, i8* %v153, i64 8
	%81 = bitcast i8* %80 to i64*
	%v157 = load i64, i64* %81, align 8
	%82 = icmp ne i64 %v157, 0
	br i1 %82, label %b31, label %b32

b31:
	%83 = bitcast i8* %v153 to i64*
	%v159 = load i64, i64* %83, align 8
	%v160 = sub i64 u0xFFFFFFFF, %v159
	br label %b32

b32:
	%v161 = phi i64 [ 0, %b28 ], [ %v160, %b31 ]
	%v162 = icmp sge i64 u0xFFFFFFF8, %v161
	br i1 %v162, label %b33, label %b30

b33:
	%84 = bitcast i8* %v153 to i64*
	store i64 7, i64* %84, align 8
	%85 = getelementptr i8, i8* %v153, i64 8
	%86 = bitcast i8* %85 to i64*
	store i64 1, i64* %86, align 8
	br label %b30

b35:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v169)
	%87 = bitcast i8* %v169 to i64*
	store i64 7, i64* %87, align 8
	%88 = getelementptr i8, i8* %v169, i64 8
	%89 = bitcast i8* %88 to i64*
	store i64 1, i64* %89, align 8
	%v174 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn to i8*), i8* %v149, i8* %v169, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v169)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v149)
	br label %b30

b30:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v176)
	%90 = bitcast i8* %v176 to i64*
	store i64 0, i64* %90, align 8
	%v180 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn2 to i8*), i8* %v176)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v176)
	%91 = icmp ne i8* %v180, null
	br i1 %91, label %b37, label %b39

b37:
	%92 = getelementptr i8, i8* %v180, i64 8
	%93 = bitcast i8* %92 to i64*
	%v184 = load i64, i64* %93, align 8
	%94 = icmp ne i64 %v184, 0
	br i1 %94, label %b40, label %b41

b40:
	%95 = bitcast i8* %v180 to i64*
	%v186 = load i64, i64* %95, align 8
	%v187 = sub i64 u0xFFFFFFFF, %v186
	br label %b41

b41:
	%v188 = phi i64 [ 0, %b37 ], [ %v187, %b40 ]
	%v189 = icmp sge i64 -1, %v188
	br i1 %v189, label %b42, label %b39

b42:
	%96 = bitcast i8* %v180 to i64*
	store i64 u0x100000000, i64* %96, align 8
	%97 = getelementptr i8, i8* %v180, i64 8
	%98 = bitcast i8* %97 to i64*
	store i64 1, i64* %98, align 8
	br label %b39

b39:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v203)
	%99 = bitcast i8* %v203 to i64*
	store i64 0, i64* %99, align 8
	%v207 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn3 to i8*), i8* %v203)
	%100 = icmp ne i8* %v207, null
	br i1 %100, label %b46, label %b53

b46:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v203)
	%101 = getelementptr i8, i8* %v207, i64 8
	%102 = bitcast i8* %101 to i64*
	%v211 = load i64, i64* %102, align 8
	%103 = icmp ne i64 %v211, 0
	br i1 %103, label %b49, label %b50

b49:
	%104 = bitcast i8* %v207 to i64*
	%v213 = load i64, i64* %104, align 8
	%v214 = sub i64 u0xFFFFFFFF, %v213
	br label %b50

b50:
	%v215 = phi i64 [ 0, %b46 ], [ %v214, %b49 ]
	%v216 = icmp sge i64 u0x100000002, %v215
	br i1 %v216, label %b51, label %b48

b51:
	%105 = bitcast i8* %v207 to i64*
	store i64 -3, i64* %105, align 8
	%106 = getelementptr i8, i8* %v207, i64 8
	%107 = bitcast i8* %106 to i64*
	store i64 1, i64* %107, align 8
	br label %b48

b53:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v223)
	%108 = bitcast i8* %v223 to i64*
	store i64 -3, i64* %108, align 8
	%109 = getelementptr i8, i8* %v223, i64 8
	%110 = bitcast i8* %109 to i64*
	store i64 1, i64* %110, align 8
	%v228 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn3 to i8*), i8* %v203, i8* %v223, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v223)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v203)
	br label %b48

b48:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v230)
	%111 = bitcast i8* %v230 to i64*
	store i64 0, i64* %111, align 8
	%v234 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn3 to i8*), i8* %v230)
	%112 = icmp ne i8* %v234, null
	br i1 %112, label %b55, label %b62

b55:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v230)
	%113 = getelementptr i8, i8* %v234, i64 8
	%114 = bitcast i8* %113 to i64*
	%v238 = load i64, i64* %114, align 8
	%115 = icmp ne i64 %v238, 0
	br i1 %115, label %b58, label %b59

b58:
	%116 = bitcast i8* %v234 to i64*
	%v240 = load i64, i64* %116, align 8
	%v241 = sub i64 u0xFFFFFFFF, %v240
	br label %b59

b59:
	%v242 = phi i64 [ 0, %b55 ], [ %v241, %b58 ]
	%v243 = icmp sge i64 u0xFFFFFFFA, %v242
	br i1 %v243, label %b60, label %b57

b60:
	%117 = bitcast i8* %v234 to i64*
	store i64 5, i64* %117, align 8
	%118 = getelementptr i8, i8* %v234, i64 8
	%119 = bitcast i8* %118 to i64*
	store i64 1, i64* %119, align 8
	br label %b57

b62:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v250)
	%120 = bitcast i8* %v250 to i64*
	store i64 5, i64* %120, align 8
	%121 = getelementptr i8, i8* %v250, i64 8
	%122 = bitcast i8* %121 to i64*
	store i64 1, i64* %122, align 8
	%v255 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn3 to i8*), i8* %v230, i8* %v250, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v250)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v230)
	br label %b57

b57:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v257)
	%123 = bitcast i8* %v257 to i64*
	store i64 0, i64* %123, align 8
	%v261 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mnz to i8*), i8* %v257)
	%124 = icmp ne i8* %v261, null
	br i1 %124, label %b64, label %b71

b64:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v257)
	%125 = getelementptr i8, i8* %v261, i64 8
	%126 = bitcast i8* %125 to i64*
	%v265 = load i64, i64* %126, align 8
	%127 = icmp ne i64 %v265, 0
	br i1 %127, label %b67, label %b68

b67:
	%128 = bitcast i8* %v261 to i64*
	%v267 = load i64, i64* %128, align 8
	%v268 = sub i64 u0xFFFFFFFF, %v267
	br label %b68

b68:
	%v269 = phi i64 [ 0, %b64 ], [ %v268, %b67 ]
	%v270 = icmp sge i64 u0xFFFFFFFF, %v269
	br i1 %v270, label %b69, label %b66

b69:
	%129 = bitcast i8* %v261 to i64*
	store i64 0, i64* %129, align 8
	%130 = getelementptr i8, i8* %v261, i64 8
	%131 = bitcast i8* %130 to i64*
	store i64 1, i64* %131, align 8
	br label %b66

b71:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v277)
	%132 = bitcast i8* %v277 to i64*
	store i64 0, i64* %132, align 8
	%133 = getelementptr i8, i8* %v277, i64 8
	%134 = bitcast i8* %133 to i64*
	store i64 1, i64* %134, align 8
	%v282 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mnz to i8*), i8* %v257, i8* %v277, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v277)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v257)
	br label %b66

b66:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v284)
	%135 = bitcast i8* %v284 to i64*
	store i64 0, i64* %135, align 8
	%v288 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mx to i8*), i8* %v284)
	%136 = icmp ne i8* %v288, null
	br i1 %136, label %b73, label %b80

b73:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v284)
	%137 = getelementptr i8, i8* %v288, i64 8
	%138 = bitcast i8* %137 to i64*
	%v290 = load i64, i64* %138, align 8
	%139 = icmp ne i64 %v290, 0
	br i1 %139, label %b76, label %b77

b76:
	%140 = bitcast i8* %v288 to i64*
	%v291 = load i64, i64* %140, align 8
	br label %b77

b77:
	%v292 = phi i64 [ 0, %b73 ], [ %v291, %b76 ]
	%v293 = icmp sge i64 5, %v292
	br i1 %v293, label %b78, label %b75

b78:
	%141 = bitcast i8* %v288 to i64*
	store i64 5, i64* %141, align 8
	%142 = getelementptr i8, i8* %v288, i64 8
	%143 = bitcast i8* %142 to i64*
	store i64 1, i64* %143, align 8
	br label %b75

b80:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v300)
	%144 = bitcast i8* %v300 to i64*
	store i64 5, i64* %144, align 8
	%145 = getelementptr i8, i8* %v300, i64 8
	%146 = bitcast i8* %145 to i64*
	store i64 1, i64* %146, align 8
	%v305 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mx to i8*), i8* %v284, i8* %v300, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v300)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v284)
	br label %b75

b75:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v307)
	%147 = bitcast i8* %v307 to i64*
	store i64 0, i64* %147, align 8
	%v311 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mx to i8*), i8* %v307)
	%148 = icmp ne i8* %v311, null
	br i1 %148, label %b82, label %b89

b82:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v307)
	%149 = getelementptr i8, i8* %v311, i64 8
	%150 = bitcast i8* %149 to i64*
	%v313 = load i64, i64* %150, align 8
	%151 = icmp ne i64 %v313, 0
	br i1 %151, label %b85, label %b86

b85:
	%152 = bitcast i8* %v311 to i64*
	%v314 = load i64, i64* %152, align 8
	br label %b86

b86:
	%v315 = phi i64 [ 0, %b82 ], [ %v314, %b85 ]
	%v316 = icmp sge i64 3, %v315
	br i1 %v316, label %b87, label %b84

b87:
	%153 = bitcast i8* %v311 to i64*
	store i64 3, i64* %153, align 8
	%154 = getelementptr i8, i8* %v311, i64 8
	%155 = bitcast i8* %154 to i64*
	store i64 1, i64* %155, align 8
	br label %b84

b89:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v323)
	%156 = bitcast i8* %v323 to i64*
	store i64 3, i64* %156, align 8
	%157 = getelementptr i8, i8* %v323, i64 8
	%158 = bitcast i8* %157 to i64*
	store i64 1, i64* %158, align 8
	%v328 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mx to i8*), i8* %v307, i8* %v323, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v323)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v307)
	br label %b84

b84:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v330)
	%159 = bitcast i8* %v330 to i64*
	store i64 0, i64* %159, align 8
	%v334 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxneg to i8*), i8* %v330)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v330)
	%160 = icmp ne i8* %v334, null
	br i1 %160, label %b91, label %b93

b91:
	%161 = getelementptr i8, i8* %v334, i64 8
	%162 = bitcast i8* %161 to i64*
	%v336 = load i64, i64* %162, align 8
	%163 = icmp ne i64 %v336, 0
	br i1 %163, label %b94, label %b95

b94:
	%164 = bitcast i8* %v334 to i64*
	%v337 = load i64, i64* %164, align 8
	br label %b95

b95:
	%v338 = phi i64 [ 0, %b91 ], [ %v337, %b94 ]
	%v339 = icmp sge i64 -3, %v338
	br i1 %v339, label %b96, label %b93

b96:
	%165 = bitcast i8* %v334 to i64*
	store i64 -3, i64* %165, align 8
	%166 = getelementptr i8, i8* %v334, i64 8
	%167 = bitcast i8* %166 to i64*
	store i64 1, i64* %167, align 8
	br label %b93

b93:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v353)
	%168 = bitcast i8* %v353 to i64*
	store i64 0, i64* %168, align 8
	%v357 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxneg to i8*), i8* %v353)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v353)
	%169 = icmp ne i8* %v357, null
	br i1 %169, label %b100, label %b102

b100:
	%170 = getelementptr i8, i8* %v357, i64 8
	%171 = bitcast i8* %170 to i64*
	%v359 = load i64, i64* %171, align 8
	%172 = icmp ne i64 %v359, 0
	br i1 %172, label %b103, label %b104

b103:
	%173 = bitcast i8* %v357 to i64*
	%v360 = load i64, i64* %173, align 8
	br label %b104

b104:
	%v361 = phi i64 [ 0, %b100 ], [ %v360, %b103 ]
	%v362 = icmp sge i64 -9, %v361
	br i1 %v362, label %b105, label %b102

b105:
	%174 = bitcast i8* %v357 to i64*
	store i64 -9, i64* %174, align 8
	%175 = getelementptr i8, i8* %v357, i64 8
	%176 = bitcast i8* %175 to i64*
	store i64 1, i64* %176, align 8
	br label %b102

b102:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v376)
	%177 = bitcast i8* %v376 to i64*
	store i64 1, i64* %177, align 8
	%v380 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxk to i8*), i8* %v376)
	%178 = icmp ne i8* %v380, null
	br i1 %178, label %b109, label %b116

b109:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v376)
	%179 = getelementptr i8, i8* %v380, i64 8
	%180 = bitcast i8* %179 to i64*
	%v382 = load i64, i64* %180, align 8
	%181 = icmp ne i64 %v382, 0
	br i1 %181, label %b112, label %b113

b112:
	%182 = bitcast i8* %v380 to i64*
	%v383 = load i64, i64* %182, align 8
	br label %b113

b113:
	%v384 = phi i64 [ 0, %b109 ], [ %v383, %b112 ]
	%v385 = icmp sge i64 10, %v384
	br i1 %v385, label %b114, label %b111

b114:
	%183 = bitcast i8* %v380 to i64*
	store i64 10, i64* %183, align 8
	%184 = getelementptr i8, i8* %v380, i64 8
	%185 = bitcast i8* %184 to i64*
	store i64 1, i64* %185, align 8
	br label %b111

b116:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v392)
	%186 = bitcast i8* %v392 to i64*
	store i64 10, i64* %186, align 8
	%187 = getelementptr i8, i8* %v392, i64 8
	%188 = bitcast i8* %187 to i64*
	store i64 1, i64* %188, align 8
	%v397 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxk to i8*), i8* %v376, i8* %v392, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v392)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v376)
	br label %b111

b111:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v399)
	%189 = bitcast i8* %v399 to i64*
	store i64 2, i64* %189, align 8
	%v403 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxk to i8*), i8* %v399)
	%190 = icmp ne i8* %v403, null
	br i1 %190, label %b118, label %b125

b118:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v399)
	%191 = getelementptr i8, i8* %v403, i64 8
	%192 = bitcast i8* %191 to i64*
	%v405 = load i64, i64* %192, align 8
	%193 = icmp ne i64 %v405, 0
	br i1 %193, label %b121, label %b122

b121:
	%194 = bitcast i8* %v403 to i64*
	%v406 = load i64, i64* %194, align 8
	br label %b122

b122:
	%v407 = phi i64 [ 0, %b118 ], [ %v406, %b121 ]
	%v408 = icmp sge i64 30, %v407
	br i1 %v408, label %b123, label %b120

b123:
	%195 = bitcast i8* %v403 to i64*
	store i64 30, i64* %195, align 8
	%196 = getelementptr i8, i8* %v403, i64 8
	%197 = bitcast i8* %196 to i64*
	store i64 1, i64* %197, align 8
	br label %b120

b125:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v415)
	%198 = bitcast i8* %v415 to i64*
	store i64 30, i64* %198, align 8
	%199 = getelementptr i8, i8* %v415, i64 8
	%200 = bitcast i8* %199 to i64*
	store i64 1, i64* %200, align 8
	%v420 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxk to i8*), i8* %v399, i8* %v415, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v415)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v399)
	br label %b120

b120:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v422)
	%201 = bitcast i8* %v422 to i64*
	store i64 3, i64* %201, align 8
	%v426 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxk to i8*), i8* %v422)
	%202 = icmp ne i8* %v426, null
	br i1 %202, label %b127, label %b134

b127:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v422)
	%203 = getelementptr i8, i8* %v426, i64 8
	%204 = bitcast i8* %203 to i64*
	%v428 = load i64, i64* %204, align 8
	%205 = icmp ne i64 %v428, 0
	br i1 %205, label %b130, label %b131

b130:
	%206 = bitcast i8* %v426 to i64*
	%v429 = load i64, i64* %206, align 8
	br label %b131

b131:
	%v430 = phi i64 [ 0, %b127 ], [ %v429, %b130 ]
	%v431 = icmp sge i64 20, %v430
	br i1 %v431, label %b132, label %b129

b132:
	%207 = bitcast i8* %v426 to i64*
	store i64 20, i64* %207, align 8
	%208 = getelementptr i8, i8* %v426, i64 8
	%209 = bitcast i8* %208 to i64*
	store i64 1, i64* %209, align 8
	br label %b129

b134:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v438)
	%210 = bitcast i8* %v438 to i64*
	store i64 20, i64* %210, align 8
	%211 = getelementptr i8, i8* %v438, i64 8
	%212 = bitcast i8* %211 to i64*
	store i64 1, i64* %212, align 8
	%v443 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxk to i8*), i8* %v422, i8* %v438, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v438)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v422)
	br label %b129

b129:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v445)
	%213 = bitcast i8* %v445 to i16*
	store i16 97, i16* %213, align 2
	%v449 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mnk to i8*), i8* %v445)
	%214 = icmp ne i8* %v449, null
	br i1 %214, label %b136, label %b143

b136:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v445)
	%215 = getelementptr i8, i8* %v449, i64 8
	%216 = bitcast i8* %215 to i64*
	%v453 = load i64, i64* %216, align 8
	%217 = icmp ne i64 %v453, 0
	br i1 %217, label %b139, label %b140

b139:
	%218 = bitcast i8* %v449 to i64*
	%v455 = load i64, i64* %218, align 8
	%v456 = sub i64 u0xFFFFFFFF, %v455
	br label %b140

b140:
	%v457 = phi i64 [ 0, %b136 ], [ %v456, %b139 ]
	%v458 = icmp sge i64 4294966995, %v457
	br i1 %v458, label %b141, label %b138

b141:
	%219 = bitcast i8* %v449 to i64*
	store i64 300, i64* %219, align 8
	%220 = getelementptr i8, i8* %v449, i64 8
	%221 = bitcast i8* %220 to i64*
	store i64 1, i64* %221, align 8
	br label %b138

b143:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v465)
	%222 = bitcast i8* %v465 to i64*
	store i64 300, i64* %222, align 8
	%223 = getelementptr i8, i8* %v465, i64 8
	%224 = bitcast i8* %223 to i64*
	store i64 1, i64* %224, align 8
	%v470 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mnk to i8*), i8* %v445, i8* %v465, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v465)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v445)
	br label %b138

b138:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v472)
	%225 = bitcast i8* %v472 to i16*
	store i16 98, i16* %225, align 2
	%v476 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mnk to i8*), i8* %v472)
	%226 = icmp ne i8* %v476, null
	br i1 %226, label %b145, label %b152

b145:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v472)
	%227 = getelementptr i8, i8* %v476, i64 8
	%228 = bitcast i8* %227 to i64*
	%v480 = load i64, i64* %228, align 8
	%229 = icmp ne i64 %v480, 0
	br i1 %229, label %b148, label %b149

b148:
	%230 = bitcast i8* %v476 to i64*
	%v482 = load i64, i64* %230, align 8
	%v483 = sub i64 u0xFFFFFFFF, %v482
	br label %b149

b149:
	%v484 = phi i64 [ 0, %b145 ], [ %v483, %b148 ]
	%v485 = icmp sge i64 4294967395, %v484
	br i1 %v485, label %b150, label %b147

b150:
	%231 = bitcast i8* %v476 to i64*
	store i64 -100, i64* %231, align 8
	%232 = getelementptr i8, i8* %v476, i64 8
	%233 = bitcast i8* %232 to i64*
	store i64 1, i64* %233, align 8
	br label %b147

b152:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v492)
	%234 = bitcast i8* %v492 to i64*
	store i64 -100, i64* %234, align 8
	%235 = getelementptr i8, i8* %v492, i64 8
	%236 = bitcast i8* %235 to i64*
	store i64 1, i64* %236, align 8
	%v497 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mnk to i8*), i8* %v472, i8* %v492, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v492)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v472)
	br label %b147

b147:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v499)
	%237 = bitcast i8* %v499 to i16*
	store i16 99, i16* %237, align 2
	%v503 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mnk to i8*), i8* %v499)
	%238 = icmp ne i8* %v503, null
	br i1 %238, label %b154, label %b161

b154:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v499)
	%239 = getelementptr i8, i8* %v503, i64 8
	%240 = bitcast i8* %239 to i64*
	%v507 = load i64, i64* %240, align 8
	%241 = icmp ne i64 %v507, 0
	br i1 %241, label %b157, label %b158

b157:
	%242 = bitcast i8* %v503 to i64*
	%v509 = load i64, i64* %242, align 8
	%v510 = sub i64 u0xFFFFFFFF, %v509
	br label %b158

b158:
	%v511 = phi i64 [ 0, %b154 ], [ %v510, %b157 ]
	%v512 = icmp sge i64 u0xFFFFFF37, %v511
	br i1 %v512, label %b159, label %b156

b159:
	%243 = bitcast i8* %v503 to i64*
	store i64 200, i64* %243, align 8
	%244 = getelementptr i8, i8* %v503, i64 8
	%245 = bitcast i8* %244 to i64*
	store i64 1, i64* %245, align 8
	br label %b156

b161:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v519)
	%246 = bitcast i8* %v519 to i64*
	store i64 200, i64* %246, align 8
	%247 = getelementptr i8, i8* %v519, i64 8
	%248 = bitcast i8* %247 to i64*
	store i64 1, i64* %248, align 8
	%v524 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mnk to i8*), i8* %v499, i8* %v519, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v519)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v499)
	br label %b156

b156:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v526)
	%249 = bitcast i8* %v526 to i64*
	store i64 1, i64* %249, align 8
	%v530 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v526)
	%250 = icmp ne i8* %v530, null
	br i1 %250, label %b163, label %b164

b163:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v526)
	%251 = bitcast i8* %v530 to i64*
	%v531 = load i64, i64* %251, align 8
	%v532 = add i64 %v531, 10
	%252 = bitcast i8* %v530 to i64*
	store i64 %v532, i64* %252, align 8
	%253 = getelementptr i8, i8* %v530, i64 8
	%254 = bitcast i8* %253 to i64*
	%v534 = load i64, i64* %254, align 8
	%v536 = add i64 %v534, 1
	%255 = getelementptr i8, i8* %v530, i64 8
	%256 = bitcast i8* %255 to i64*
	store i64 %v536, i64* %256, align 8
	br label %b165

b164:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v539)
	%257 = bitcast i8* %v539 to i64*
	store i64 10, i64* %257, align 8
	%258 = getelementptr i8, i8* %v539, i64 8
	%259 = bitcast i8* %258 to i64*
	store i64 1, i64* %259, align 8
	%v544 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v526, i8* %v539, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v539)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v526)
	br label %b165

b165:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v546)
	%260 = bitcast i8* %v546 to i64*
	store i64 2, i64* %260, align 8
	%v550 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v546)
	%261 = icmp ne i8* %v550, null
	br i1 %261, label %b166, label %b167

b166:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v546)
	%262 = bitcast i8* %v550 to i64*
	%v551 = load i64, i64* %262, align 8
	%v552 = add i64 %v551, 3
	%263 = bitcast i8* %v550 to i64*
	store i64 %v552, i64* %263, align 8
	%264 = getelementptr i8, i8* %v550, i64 8
	%265 = bitcast i8* %264 to i64*
	%v554 = load i64, i64* %265, align 8
	%v556 = add i64 %v554, 1
	%266 = getelementptr i8, i8* %v550, i64 8
	%267 = bitcast i8* %266 to i64*
	store i64 %v556, i64* %267, align 8
	br label %b168

b167:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v559)
	%268 = bitcast i8* %v559 to i64*
	store i64 3, i64* %268, align 8
	%269 = getelementptr i8, i8* %v559, i64 8
	%270 = bitcast i8* %269 to i64*
	store i64 1, i64* %270, align 8
	%v564 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v546, i8* %v559, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v559)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v546)
	br label %b168

b168:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v566)
	%271 = bitcast i8* %v566 to i64*
	store i64 3, i64* %271, align 8
	%v570 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v566)
	%272 = icmp ne i8* %v570, null
	br i1 %272, label %b169, label %b170

b169:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v566)
	%273 = bitcast i8* %v570 to i64*
	%v571 = load i64, i64* %273, align 8
	%v572 = add i64 %v571, -50
	%274 = bitcast i8* %v570 to i64*
	store i64 %v572, i64* %274, align 8
	%275 = getelementptr i8, i8* %v570, i64 8
	%276 = bitcast i8* %275 to i64*
	%v574 = load i64, i64* %276, align 8
	%v576 = add i64 %v574, 1
	%277 = getelementptr i8, i8* %v570, i64 8
	%278 = bitcast i8* %277 to i64*
	store i64 %v576, i64* %278, align 8
	br label %b171

b170:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v579)
	%279 = bitcast i8* %v579 to i64*
	store i64 -50, i64* %279, align 8
	%280 = getelementptr i8, i8* %v579, i64 8
	%281 = bitcast i8* %280 to i64*
	store i64 1, i64* %281, align 8
	%v584 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v566, i8* %v579, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v579)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v566)
	br label %b171

b171:
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v585)
	%282 = bitcast i8* %v585 to i64*
	store i64 30001, i64* %282, align 8
	%283 = getelementptr i8, i8* %v585, i64 8
	%284 = bitcast i8* %283 to i32*
	store i32 12, i32* %284, align 4
	%285 = getelementptr i8, i8* %v585, i64 12
	%286 = bitcast i8* %285 to i32*
	store i32 1, i32* %286, align 4
	%287 = getelementptr i8, i8* %v585, i64 16
	%288 = bitcast i8* %287 to i32*
	store i32 0, i32* %288, align 4
	%289 = getelementptr i8, i8* %v585, i64 20
	call void @llvm.memset.p0i8.i64(i8* align 4 %289, i8 0, i64 4, i1 false)
	%v598 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v585, i64 24, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v585)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v599)
	%290 = bitcast i8* %v599 to i64*
	store i64 30001, i64* %290, align 8
	%291 = getelementptr i8, i8* %v599, i64 8
	%292 = bitcast i8* %291 to i32*
	store i32 0, i32* %292, align 4
	%293 = getelementptr i8, i8* %v599, i64 12
	%294 = bitcast i8* %293 to i32*
	store i32 2, i32* %294, align 4
	%295 = getelementptr i8, i8* %v599, i64 16
	%296 = bitcast i8* %295 to i32*
	store i32 0, i32* %296, align 4
	%297 = getelementptr i8, i8* %v599, i64 20
	call void @llvm.memset.p0i8.i64(i8* align 4 %297, i8 0, i64 4, i1 false)
	%v612 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v599, i64 24, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v599)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v613)
	%298 = bitcast i8* %v613 to i64*
	store i64 30001, i64* %298, align 8
	%299 = getelementptr i8, i8* %v613, i64 8
	%300 = bitcast i8* %299 to i32*
	store i32 0, i32* %300, align 4
	%301 = getelementptr i8, i8* %v613, i64 12
	%302 = bitcast i8* %301 to i32*
	store i32 0, i32* %302, align 4
	%303 = getelementptr i8, i8* %v613, i64 16
	%304 = bitcast i8* %303 to i32*
	store i32 2, i32* %304, align 4
	%305 = getelementptr i8, i8* %v613, i64 20
	call void @llvm.memset.p0i8.i64(i8* align 4 %305, i8 0, i64 4, i1 false)
	%v626 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v613, i64 24, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v613)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v627)
	%306 = bitcast i8* %v627 to i64*
	store i64 30001, i64* %306, align 8
	%307 = getelementptr i8, i8* %v627, i64 8
	%308 = bitcast i8* %307 to i32*
	store i32 10, i32* %308, align 4
	%309 = getelementptr i8, i8* %v627, i64 12
	%310 = bitcast i8* %309 to i32*
	store i32 2, i32* %310, align 4
	%311 = getelementptr i8, i8* %v627, i64 16
	%312 = bitcast i8* %311 to i32*
	store i32 10, i32* %312, align 4
	%313 = getelementptr i8, i8* %v627, i64 20
	call void @llvm.memset.p0i8.i64(i8* align 4 %313, i8 0, i64 4, i1 false)
	%v640 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v627, i64 24, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v627)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v641)
	%314 = bitcast i8* %v641 to i64*
	store i64 30001, i64* %314, align 8
	%315 = getelementptr i8, i8* %v641, i64 8
	%316 = bitcast i8* %315 to i32*
	store i32 7, i32* %316, align 4
	%317 = getelementptr i8, i8* %v641, i64 12
	%318 = bitcast i8* %317 to i32*
	store i32 0, i32* %318, align 4
	%319 = getelementptr i8, i8* %v641, i64 16
	%320 = bitcast i8* %319 to i32*
	store i32 100, i32* %320, align 4
	%321 = getelementptr i8, i8* %v641, i64 20
	call void @llvm.memset.p0i8.i64(i8* align 4 %321, i8 0, i64 4, i1 false)
	%v654 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v641, i64 24, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v641)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v656)
	%322 = bitcast i8* %v656 to i64*
	store i64 1, i64* %322, align 8
	%v660 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_z to i8*), i8* %v656)
	%323 = icmp ne i8* %v660, null
	br i1 %323, label %b172, label %b173

b172:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v656)
	%324 = bitcast i8* %v660 to i64*
	%v661 = load i64, i64* %324, align 8
	%v662 = add i64 %v661, 7
	%325 = bitcast i8* %v660 to i64*
	store i64 %v662, i64* %325, align 8
	%326 = getelementptr i8, i8* %v660, i64 8
	%327 = bitcast i8* %326 to i64*
	%v664 = load i64, i64* %327, align 8
	%v666 = add i64 %v664, 1
	%328 = getelementptr i8, i8* %v660, i64 8
	%329 = bitcast i8* %328 to i64*
	store i64 %v666, i64* %329, align 8
	br label %b174

b173:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v669)
	%330 = bitcast i8* %v669 to i64*
	store i64 7, i64* %330, align 8
	%331 = getelementptr i8, i8* %v669, i64 8
	%332 = bitcast i8* %331 to i64*
	store i64 1, i64* %332, align 8
	%v674 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_z to i8*), i8* %v656, i8* %v669, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v669)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v656)
	br label %b174

b174:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v676)
	%333 = bitcast i8* %v676 to i64*
	store i64 2, i64* %333, align 8
	%v680 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_z to i8*), i8* %v676)
	%334 = icmp ne i8* %v680, null
	br i1 %334, label %b175, label %b176

b175:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v676)
	%335 = bitcast i8* %v680 to i64*
	%v681 = load i64, i64* %335, align 8
	%v682 = add i64 %v681, 9
	%336 = bitcast i8* %v680 to i64*
	store i64 %v682, i64* %336, align 8
	%337 = getelementptr i8, i8* %v680, i64 8
	%338 = bitcast i8* %337 to i64*
	%v684 = load i64, i64* %338, align 8
	%v686 = add i64 %v684, 1
	%339 = getelementptr i8, i8* %v680, i64 8
	%340 = bitcast i8* %339 to i64*
	store i64 %v686, i64* %340, align 8
	br label %b177

b176:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v689)
	%341 = bitcast i8* %v689 to i64*
	store i64 9, i64* %341, align 8
	%342 = getelementptr i8, i8* %v689, i64 8
	%343 = bitcast i8* %342 to i64*
	store i64 1, i64* %343, align 8
	%v694 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_z to i8*), i8* %v676, i8* %v689, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v689)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v676)
	br label %b177

b177:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v695)
	%344 = bitcast i8* %v695 to i64*
	store i64 30003, i64* %344, align 8
	%345 = getelementptr i8, i8* %v695, i64 8
	%346 = bitcast i8* %345 to i32*
	store i32 13, i32* %346, align 4
	%347 = getelementptr i8, i8* %v695, i64 12
	call void @llvm.memset.p0i8.i64(i8* align 4 %347, i8 0, i64 4, i1 false)
	%v704 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v695, i64 16, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v695)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v705)
	%348 = bitcast i8* %v705 to i64*
	store i64 30001, i64* %348, align 8
	%349 = getelementptr i8, i8* %v705, i64 8
	%350 = bitcast i8* %349 to i32*
	store i32 13, i32* %350, align 4
	%351 = getelementptr i8, i8* %v705, i64 12
	%352 = bitcast i8* %351 to i32*
	store i32 0, i32* %352, align 4
	%353 = getelementptr i8, i8* %v705, i64 16
	%354 = bitcast i8* %353 to i32*
	store i32 0, i32* %354, align 4
	%355 = getelementptr i8, i8* %v705, i64 20
	call void @llvm.memset.p0i8.i64(i8* align 4 %355, i8 0, i64 4, i1 false)
	%v718 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v705, i64 24, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v705)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v720)
	%356 = bitcast i8* %v720 to i64*
	store i64 1, i64* %356, align 8
	%v724 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v720)
	%357 = icmp ne i8* %v724, null
	br i1 %357, label %b178, label %b179

b178:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v720)
	%358 = bitcast i8* %v724 to i64*
	%v725 = load i64, i64* %358, align 8
	%v726 = add i64 %v725, 1
	%359 = bitcast i8* %v724 to i64*
	store i64 %v726, i64* %359, align 8
	%360 = getelementptr i8, i8* %v724, i64 8
	%361 = bitcast i8* %360 to i64*
	%v728 = load i64, i64* %361, align 8
	%v730 = add i64 %v728, 1
	%362 = getelementptr i8, i8* %v724, i64 8
	%363 = bitcast i8* %362 to i64*
	store i64 %v730, i64* %363, align 8
	br label %b180

b179:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v733)
	%364 = bitcast i8* %v733 to i64*
	store i64 1, i64* %364, align 8
	%365 = getelementptr i8, i8* %v733, i64 8
	%366 = bitcast i8* %365 to i64*
	store i64 1, i64* %366, align 8
	%v738 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v720, i8* %v733, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v733)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v720)
	br label %b180

b180:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v739)
	%367 = bitcast i8* %v739 to i64*
	store i64 30002, i64* %367, align 8
	%368 = getelementptr i8, i8* %v739, i64 8
	%369 = bitcast i8* %368 to i32*
	store i32 2, i32* %369, align 4
	%370 = getelementptr i8, i8* %v739, i64 12
	call void @llvm.memset.p0i8.i64(i8* align 4 %370, i8 0, i64 4, i1 false)
	%v748 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v739, i64 16, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v739)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v750)
	%371 = bitcast i8* %v750 to i64*
	store i64 1, i64* %371, align 8
	%v754 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_d to i8*), i8* %v750)
	%372 = icmp ne i8* %v754, null
	br i1 %372, label %b181, label %b188

b181:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v750)
	%373 = getelementptr i8, i8* %v754, i64 8
	%374 = bitcast i8* %373 to i64*
	%v758 = load i64, i64* %374, align 8
	%375 = icmp ne i64 %v758, 0
	br i1 %375, label %b184, label %b185

b184:
	%376 = bitcast i8* %v754 to i64*
	%v760 = load i64, i64* %376, align 8
	%v761 = sub i64 u0xFFFFFFFF, %v760
	br label %b185

b185:
	%v762 = phi i64 [ 0, %b181 ], [ %v761, %b184 ]
	%v763 = icmp sge i64 u0xFFFFFFFE, %v762
	br i1 %v763, label %b186, label %b183

b186:
	%377 = bitcast i8* %v754 to i64*
	store i64 1, i64* %377, align 8
	%378 = getelementptr i8, i8* %v754, i64 8
	%379 = bitcast i8* %378 to i64*
	store i64 1, i64* %379, align 8
	br label %b183

b188:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v770)
	%380 = bitcast i8* %v770 to i64*
	store i64 1, i64* %380, align 8
	%381 = getelementptr i8, i8* %v770, i64 8
	%382 = bitcast i8* %381 to i64*
	store i64 1, i64* %382, align 8
	%v775 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_d to i8*), i8* %v750, i8* %v770, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v770)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v750)
	br label %b183

b183:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v777)
	%383 = bitcast i8* %v777 to i64*
	store i64 2, i64* %383, align 8
	%v781 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_d to i8*), i8* %v777)
	%384 = icmp ne i8* %v781, null
	br i1 %384, label %b190, label %b197

b190:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v777)
	%385 = getelementptr i8, i8* %v781, i64 8
	%386 = bitcast i8* %385 to i64*
	%v785 = load i64, i64* %386, align 8
	%387 = icmp ne i64 %v785, 0
	br i1 %387, label %b193, label %b194

b193:
	%388 = bitcast i8* %v781 to i64*
	%v787 = load i64, i64* %388, align 8
	%v788 = sub i64 u0xFFFFFFFF, %v787
	br label %b194

b194:
	%v789 = phi i64 [ 0, %b190 ], [ %v788, %b193 ]
	%v790 = icmp sge i64 u0xFFFFFFFD, %v789
	br i1 %v790, label %b195, label %b192

b195:
	%389 = bitcast i8* %v781 to i64*
	store i64 2, i64* %389, align 8
	%390 = getelementptr i8, i8* %v781, i64 8
	%391 = bitcast i8* %390 to i64*
	store i64 1, i64* %391, align 8
	br label %b192

b197:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v797)
	%392 = bitcast i8* %v797 to i64*
	store i64 2, i64* %392, align 8
	%393 = getelementptr i8, i8* %v797, i64 8
	%394 = bitcast i8* %393 to i64*
	store i64 1, i64* %394, align 8
	%v802 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_d to i8*), i8* %v777, i8* %v797, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v797)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v777)
	br label %b192

b192:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v803)
	%395 = bitcast i8* %v803 to i64*
	store i64 1, i64* %395, align 8
	%v807 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_d to i8*), i8* %v803)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v803)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v808)
	%396 = bitcast i8* %v808 to i64*
	store i64 30000, i64* %396, align 8
	%v814 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v808, i64 8, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v808)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v815)
	%397 = bitcast i8* %v815 to i32*
	store i32 0, i32* %397, align 4
	%v819 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v815)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v815)
	%398 = icmp ne i8* %v819, null
	br i1 %398, label %b199, label %b200

b199:
	%399 = bitcast i8* %v819 to i64*
	store i64 1, i64* %399, align 8
	br label %b200

b200:
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memset.p0i8.i64(i8* %0, i8 %1, i64 %2, i1 %3) argmemonly nounwind

define i64 @END(i8* %ctx) nounwind section "bpftc/END" {
b0:
	%v42.slot = alloca [16 x i8], align 8
	%v42 = bitcast [16 x i8]* %v42.slot to i8*
	%v29.slot = alloca [8 x i8], align 8
	%v29 = bitcast [8 x i8]* %v29.slot to i8*
	%v22.slot = alloca [16 x i8], align 8
	%v22 = bitcast [16 x i8]* %v22.slot to i8*
	%v2.slot = alloca [8 x i8], align 8
	%v2 = bitcast [8 x i8]* %v2.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v2)
	%0 = bitcast i8* %v2 to i64*
	store i64 0, i64* %0, align 8
	%v6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn to i8*), i8* %v2)
	%1 = icmp ne i8* %v6, null
	br i1 %1, label %b1, label %b2

b1:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v2)
	%2 = getelementptr i8, i8* %v6, i64 8
	%3 = bitcast i8* %2 to i64*
	%v10 = load i64, i64* %3, align 8
	%4 = icmp ne i64 %v10, 0
	br i1 %4, label %b4, label %b5

b4:
	%5 = bitcast i8* %v6 to i64*
	%v12 = load i64, i64* %5, align 8
	%v13 = sub i64 u0xFFFFFFFF, %v12
	br label %b5

b5:
	%v14 = phi i64 [ 0, %b1 ], [ %v13, %b4 ]
	%v15 = icmp sge i64 u0xFFFFFFFD, %v14
	br i1 %v15, label %b6, label %b3

b6:
	%6 = bitcast i8* %v6 to i64*
	store i64 2, i64* %6, align 8
	%7 = getelementptr i8, i8* %v6, i64 8
	%8 = bitcast i8* %7 to i64*
	store i64 1, i64* %8, align 8
	br label %b3

b2:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v22)
	%9 = bitcast i8* %v22 to i64*
	store i64 2, i64* %9, align 8
	%10 = getelementptr i8, i8* %v22, i64 8
	%11 = bitcast i8* %10 to i64*
	store i64 1, i64* %11, align 8
	%v27 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn to i8*), i8* %v2, i8* %v22, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v22)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v2)
	br label %b3

b3:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v29)
	%12 = bitcast i8* %v29 to i64*
	store i64 4, i64* %12, align 8
	%v33 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v29)
	%13 = icmp ne i8* %v33, null
	br i1 %13, label %b10, label %b11

b10:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v29)
	%14 = bitcast i8* %v33 to i64*
	%v34 = load i64, i64* %14, align 8
	%v35 = add i64 %v34, -1000
	%15 = bitcast i8* %v33 to i64*
	store i64 %v35, i64* %15, align 8
	%16 = getelementptr i8, i8* %v33, i64 8
	%17 = bitcast i8* %16 to i64*
	%v37 = load i64, i64* %17, align 8
	%v39 = add i64 %v37, 1
	%18 = getelementptr i8, i8* %v33, i64 8
	%19 = bitcast i8* %18 to i64*
	store i64 %v39, i64* %19, align 8
	br label %b12

b11:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v42)
	%20 = bitcast i8* %v42 to i64*
	store i64 -1000, i64* %20, align 8
	%21 = getelementptr i8, i8* %v42, i64 8
	%22 = bitcast i8* %21 to i64*
	store i64 1, i64* %22, align 8
	%v47 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v29, i8* %v42, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v42)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v29)
	br label %b12

b12:
	ret i64 0
}
