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

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" !dbg !8 {
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
	%0 = bitcast i8* %v2 to i64*, !dbg !12
	store i64 0, i64* %0, align 8, !dbg !12
	%v6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_av to i8*), i8* %v2), !dbg !12
	%1 = icmp ne i8* %v6, null
	br i1 %1, label %b1, label %b2, !dbg !12

b1:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v2)
	%2 = bitcast i8* %v6 to i64*, !dbg !12
	%v7 = load i64, i64* %2, align 8, !dbg !12
	%v8 = add i64 %v7, -4, !dbg !12
	%3 = bitcast i8* %v6 to i64*, !dbg !12
	store i64 %v8, i64* %3, align 8, !dbg !12
	%4 = getelementptr i8, i8* %v6, i64 8, !dbg !12
	%5 = bitcast i8* %4 to i64*, !dbg !12
	%v10 = load i64, i64* %5, align 8, !dbg !12
	%v12 = add i64 %v10, 1, !dbg !12
	%6 = getelementptr i8, i8* %v6, i64 8, !dbg !12
	%7 = bitcast i8* %6 to i64*, !dbg !12
	store i64 %v12, i64* %7, align 8, !dbg !12
	br label %b3, !dbg !12

b2:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v15)
	%8 = bitcast i8* %v15 to i64*, !dbg !12
	store i64 -4, i64* %8, align 8, !dbg !12
	%9 = getelementptr i8, i8* %v15, i64 8, !dbg !12
	%10 = bitcast i8* %9 to i64*, !dbg !12
	store i64 1, i64* %10, align 8, !dbg !12
	%v20 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_av to i8*), i8* %v2, i8* %v15, i64 0), !dbg !12
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v15)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v2)
	br label %b3, !dbg !12

b3:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v22)
	%11 = bitcast i8* %v22 to i64*, !dbg !14
	store i64 0, i64* %11, align 8, !dbg !14
	%v26 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_av to i8*), i8* %v22), !dbg !14
	%12 = icmp ne i8* %v26, null
	br i1 %12, label %b4, label %b5, !dbg !14

b4:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v22)
	%13 = bitcast i8* %v26 to i64*, !dbg !14
	%v27 = load i64, i64* %13, align 8, !dbg !14
	%v28 = add i64 %v27, 1, !dbg !14
	%14 = bitcast i8* %v26 to i64*, !dbg !14
	store i64 %v28, i64* %14, align 8, !dbg !14
	%15 = getelementptr i8, i8* %v26, i64 8, !dbg !14
	%16 = bitcast i8* %15 to i64*, !dbg !14
	%v30 = load i64, i64* %16, align 8, !dbg !14
	%v32 = add i64 %v30, 1, !dbg !14
	%17 = getelementptr i8, i8* %v26, i64 8, !dbg !14
	%18 = bitcast i8* %17 to i64*, !dbg !14
	store i64 %v32, i64* %18, align 8, !dbg !14
	br label %b6, !dbg !14

b5:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v35)
	%19 = bitcast i8* %v35 to i64*, !dbg !14
	store i64 1, i64* %19, align 8, !dbg !14
	%20 = getelementptr i8, i8* %v35, i64 8, !dbg !14
	%21 = bitcast i8* %20 to i64*, !dbg !14
	store i64 1, i64* %21, align 8, !dbg !14
	%v40 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_av to i8*), i8* %v22, i8* %v35, i64 0), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v35)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v22)
	br label %b6, !dbg !14

b6:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v42)
	%22 = bitcast i8* %v42 to i64*, !dbg !15
	store i64 1, i64* %22, align 8, !dbg !15
	%v46 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v42), !dbg !15
	%23 = icmp ne i8* %v46, null
	br i1 %23, label %b7, label %b8, !dbg !15

b7:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v42)
	%24 = bitcast i8* %v46 to i64*, !dbg !15
	%v47 = load i64, i64* %24, align 8, !dbg !15
	%v48 = add i64 %v47, -4, !dbg !15
	%25 = bitcast i8* %v46 to i64*, !dbg !15
	store i64 %v48, i64* %25, align 8, !dbg !15
	%26 = getelementptr i8, i8* %v46, i64 8, !dbg !15
	%27 = bitcast i8* %26 to i64*, !dbg !15
	%v50 = load i64, i64* %27, align 8, !dbg !15
	%v52 = add i64 %v50, 1, !dbg !15
	%28 = getelementptr i8, i8* %v46, i64 8, !dbg !15
	%29 = bitcast i8* %28 to i64*, !dbg !15
	store i64 %v52, i64* %29, align 8, !dbg !15
	br label %b9, !dbg !15

b8:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v55)
	%30 = bitcast i8* %v55 to i64*, !dbg !15
	store i64 -4, i64* %30, align 8, !dbg !15
	%31 = getelementptr i8, i8* %v55, i64 8, !dbg !15
	%32 = bitcast i8* %31 to i64*, !dbg !15
	store i64 1, i64* %32, align 8, !dbg !15
	%v60 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v42, i8* %v55, i64 0), !dbg !15
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v55)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v42)
	br label %b9, !dbg !15

b9:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v62)
	%33 = bitcast i8* %v62 to i64*, !dbg !17
	store i64 2, i64* %33, align 8, !dbg !17
	%v66 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v62), !dbg !17
	%34 = icmp ne i8* %v66, null
	br i1 %34, label %b10, label %b11, !dbg !17

b10:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v62)
	%35 = bitcast i8* %v66 to i64*, !dbg !17
	%v67 = load i64, i64* %35, align 8, !dbg !17
	%v68 = add i64 %v67, 10, !dbg !17
	%36 = bitcast i8* %v66 to i64*, !dbg !17
	store i64 %v68, i64* %36, align 8, !dbg !17
	%37 = getelementptr i8, i8* %v66, i64 8, !dbg !17
	%38 = bitcast i8* %37 to i64*, !dbg !17
	%v70 = load i64, i64* %38, align 8, !dbg !17
	%v72 = add i64 %v70, 1, !dbg !17
	%39 = getelementptr i8, i8* %v66, i64 8, !dbg !17
	%40 = bitcast i8* %39 to i64*, !dbg !17
	store i64 %v72, i64* %40, align 8, !dbg !17
	br label %b12, !dbg !17

b11:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v75)
	%41 = bitcast i8* %v75 to i64*, !dbg !17
	store i64 10, i64* %41, align 8, !dbg !17
	%42 = getelementptr i8, i8* %v75, i64 8, !dbg !17
	%43 = bitcast i8* %42 to i64*, !dbg !17
	store i64 1, i64* %43, align 8, !dbg !17
	%v80 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v62, i8* %v75, i64 0), !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v75)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v62)
	br label %b12, !dbg !17

b12:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v82)
	%44 = bitcast i8* %v82 to i64*, !dbg !19
	store i64 2, i64* %44, align 8, !dbg !19
	%v86 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v82), !dbg !19
	%45 = icmp ne i8* %v86, null
	br i1 %45, label %b13, label %b14, !dbg !19

b13:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v82)
	%46 = bitcast i8* %v86 to i64*, !dbg !19
	%v87 = load i64, i64* %46, align 8, !dbg !19
	%v88 = add i64 %v87, 4, !dbg !19
	%47 = bitcast i8* %v86 to i64*, !dbg !19
	store i64 %v88, i64* %47, align 8, !dbg !19
	%48 = getelementptr i8, i8* %v86, i64 8, !dbg !19
	%49 = bitcast i8* %48 to i64*, !dbg !19
	%v90 = load i64, i64* %49, align 8, !dbg !19
	%v92 = add i64 %v90, 1, !dbg !19
	%50 = getelementptr i8, i8* %v86, i64 8, !dbg !19
	%51 = bitcast i8* %50 to i64*, !dbg !19
	store i64 %v92, i64* %51, align 8, !dbg !19
	br label %b15, !dbg !19

b14:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v95)
	%52 = bitcast i8* %v95 to i64*, !dbg !19
	store i64 4, i64* %52, align 8, !dbg !19
	%53 = getelementptr i8, i8* %v95, i64 8, !dbg !19
	%54 = bitcast i8* %53 to i64*, !dbg !19
	store i64 1, i64* %54, align 8, !dbg !19
	%v100 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v82, i8* %v95, i64 0), !dbg !19
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v95)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v82)
	br label %b15, !dbg !19

b15:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v102)
	%55 = bitcast i8* %v102 to i64*, !dbg !21
	store i64 3, i64* %55, align 8, !dbg !21
	%v106 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v102), !dbg !21
	%56 = icmp ne i8* %v106, null
	br i1 %56, label %b16, label %b17, !dbg !21

b16:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v102)
	%57 = bitcast i8* %v106 to i64*, !dbg !21
	%v107 = load i64, i64* %57, align 8, !dbg !21
	%v108 = add i64 %v107, 100, !dbg !21
	%58 = bitcast i8* %v106 to i64*, !dbg !21
	store i64 %v108, i64* %58, align 8, !dbg !21
	%59 = getelementptr i8, i8* %v106, i64 8, !dbg !21
	%60 = bitcast i8* %59 to i64*, !dbg !21
	%v110 = load i64, i64* %60, align 8, !dbg !21
	%v112 = add i64 %v110, 1, !dbg !21
	%61 = getelementptr i8, i8* %v106, i64 8, !dbg !21
	%62 = bitcast i8* %61 to i64*, !dbg !21
	store i64 %v112, i64* %62, align 8, !dbg !21
	br label %b18, !dbg !21

b17:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v115)
	%63 = bitcast i8* %v115 to i64*, !dbg !21
	store i64 100, i64* %63, align 8, !dbg !21
	%64 = getelementptr i8, i8* %v115, i64 8, !dbg !21
	%65 = bitcast i8* %64 to i64*, !dbg !21
	store i64 1, i64* %65, align 8, !dbg !21
	%v120 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v102, i8* %v115, i64 0), !dbg !21
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v115)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v102)
	br label %b18, !dbg !21

b18:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v122)
	%66 = bitcast i8* %v122 to i64*, !dbg !23
	store i64 0, i64* %66, align 8, !dbg !23
	%v126 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn to i8*), i8* %v122), !dbg !23
	%67 = icmp ne i8* %v126, null
	br i1 %67, label %b19, label %b26, !dbg !23

b19:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v122)
	%68 = getelementptr i8, i8* %v126, i64 8, !dbg !23
	%69 = bitcast i8* %68 to i64*, !dbg !23
	%v130 = load i64, i64* %69, align 8, !dbg !23
	%70 = icmp ne i64 %v130, 0
	br i1 %70, label %b22, label %b24, !dbg !23

b22:
	%71 = bitcast i8* %v126 to i64*, !dbg !23
	%v132 = load i64, i64* %71, align 8, !dbg !23
	%v133 = sub i64 u0xFFFFFFFF, %v132, !dbg !23
	%v823 = icmp sge i64 u0xFFFFFFFA, %v133, !dbg !23
	br i1 %v823, label %b24, label %b21, !dbg !23

b24:
	%72 = bitcast i8* %v126 to i64*, !dbg !23
	store i64 5, i64* %72, align 8, !dbg !23
	%73 = getelementptr i8, i8* %v126, i64 8, !dbg !23
	%74 = bitcast i8* %73 to i64*, !dbg !23
	store i64 1, i64* %74, align 8, !dbg !23
	br label %b21, !dbg !23

b26:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v142)
	%75 = bitcast i8* %v142 to i64*, !dbg !23
	store i64 5, i64* %75, align 8, !dbg !23
	%76 = getelementptr i8, i8* %v142, i64 8, !dbg !23
	%77 = bitcast i8* %76 to i64*, !dbg !23
	store i64 1, i64* %77, align 8, !dbg !23
	%v147 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn to i8*), i8* %v122, i8* %v142, i64 0), !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v142)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v122)
	br label %b21, !dbg !23

b21:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v149)
	%78 = bitcast i8* %v149 to i64*, !dbg !25
	store i64 0, i64* %78, align 8, !dbg !25
	%v153 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn to i8*), i8* %v149), !dbg !25
	%79 = icmp ne i8* %v153, null
	br i1 %79, label %b28, label %b35, !dbg !25

b28:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v149)
	%80 = getelementptr i8, i8* %v153, i64 8, !dbg !25
	%81 = bitcast i8* %80 to i64*, !dbg !25
	%v157 = load i64, i64* %81, align 8, !dbg !25
	%82 = icmp ne i64 %v157, 0
	br i1 %82, label %b31, label %b33, !dbg !25

b31:
	%83 = bitcast i8* %v153 to i64*, !dbg !25
	%v159 = load i64, i64* %83, align 8, !dbg !25
	%v160 = sub i64 u0xFFFFFFFF, %v159, !dbg !25
	%v824 = icmp sge i64 u0xFFFFFFF8, %v160, !dbg !25
	br i1 %v824, label %b33, label %b30, !dbg !25

b33:
	%84 = bitcast i8* %v153 to i64*, !dbg !25
	store i64 7, i64* %84, align 8, !dbg !25
	%85 = getelementptr i8, i8* %v153, i64 8, !dbg !25
	%86 = bitcast i8* %85 to i64*, !dbg !25
	store i64 1, i64* %86, align 8, !dbg !25
	br label %b30, !dbg !25

b35:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v169)
	%87 = bitcast i8* %v169 to i64*, !dbg !25
	store i64 7, i64* %87, align 8, !dbg !25
	%88 = getelementptr i8, i8* %v169, i64 8, !dbg !25
	%89 = bitcast i8* %88 to i64*, !dbg !25
	store i64 1, i64* %89, align 8, !dbg !25
	%v174 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn to i8*), i8* %v149, i8* %v169, i64 0), !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v169)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v149)
	br label %b30, !dbg !25

b30:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v176)
	%90 = bitcast i8* %v176 to i64*, !dbg !27
	store i64 0, i64* %90, align 8, !dbg !27
	%v180 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn2 to i8*), i8* %v176), !dbg !27
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v176)
	%91 = icmp ne i8* %v180, null
	br i1 %91, label %b37, label %b39, !dbg !27

b37:
	%92 = getelementptr i8, i8* %v180, i64 8, !dbg !27
	%93 = bitcast i8* %92 to i64*, !dbg !27
	%v184 = load i64, i64* %93, align 8, !dbg !27
	%94 = icmp ne i64 %v184, 0
	br i1 %94, label %b40, label %b39, !dbg !27

b40:
	%95 = bitcast i8* %v180 to i64*, !dbg !27
	%v186 = load i64, i64* %95, align 8, !dbg !27
	%v187 = sub i64 u0xFFFFFFFF, %v186, !dbg !27
	%v825 = icmp sge i64 -1, %v187, !dbg !27
	br i1 %v825, label %b42, label %b39, !dbg !27

b42:
	%96 = bitcast i8* %v180 to i64*, !dbg !27
	store i64 u0x100000000, i64* %96, align 8, !dbg !27
	%97 = getelementptr i8, i8* %v180, i64 8, !dbg !27
	%98 = bitcast i8* %97 to i64*, !dbg !27
	store i64 1, i64* %98, align 8, !dbg !27
	br label %b39, !dbg !27

b39:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v203)
	%99 = bitcast i8* %v203 to i64*, !dbg !29
	store i64 0, i64* %99, align 8, !dbg !29
	%v207 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn3 to i8*), i8* %v203), !dbg !29
	%100 = icmp ne i8* %v207, null
	br i1 %100, label %b46, label %b53, !dbg !29

b46:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v203)
	%101 = getelementptr i8, i8* %v207, i64 8, !dbg !29
	%102 = bitcast i8* %101 to i64*, !dbg !29
	%v211 = load i64, i64* %102, align 8, !dbg !29
	%103 = icmp ne i64 %v211, 0
	br i1 %103, label %b49, label %b51, !dbg !29

b49:
	%104 = bitcast i8* %v207 to i64*, !dbg !29
	%v213 = load i64, i64* %104, align 8, !dbg !29
	%v214 = sub i64 u0xFFFFFFFF, %v213, !dbg !29
	%v826 = icmp sge i64 u0x100000002, %v214, !dbg !29
	br i1 %v826, label %b51, label %b48, !dbg !29

b51:
	%105 = bitcast i8* %v207 to i64*, !dbg !29
	store i64 -3, i64* %105, align 8, !dbg !29
	%106 = getelementptr i8, i8* %v207, i64 8, !dbg !29
	%107 = bitcast i8* %106 to i64*, !dbg !29
	store i64 1, i64* %107, align 8, !dbg !29
	br label %b48, !dbg !29

b53:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v223)
	%108 = bitcast i8* %v223 to i64*, !dbg !29
	store i64 -3, i64* %108, align 8, !dbg !29
	%109 = getelementptr i8, i8* %v223, i64 8, !dbg !29
	%110 = bitcast i8* %109 to i64*, !dbg !29
	store i64 1, i64* %110, align 8, !dbg !29
	%v228 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn3 to i8*), i8* %v203, i8* %v223, i64 0), !dbg !29
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v223)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v203)
	br label %b48, !dbg !29

b48:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v230)
	%111 = bitcast i8* %v230 to i64*, !dbg !30
	store i64 0, i64* %111, align 8, !dbg !30
	%v234 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn3 to i8*), i8* %v230), !dbg !30
	%112 = icmp ne i8* %v234, null
	br i1 %112, label %b55, label %b62, !dbg !30

b55:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v230)
	%113 = getelementptr i8, i8* %v234, i64 8, !dbg !30
	%114 = bitcast i8* %113 to i64*, !dbg !30
	%v238 = load i64, i64* %114, align 8, !dbg !30
	%115 = icmp ne i64 %v238, 0
	br i1 %115, label %b58, label %b60, !dbg !30

b58:
	%116 = bitcast i8* %v234 to i64*, !dbg !30
	%v240 = load i64, i64* %116, align 8, !dbg !30
	%v241 = sub i64 u0xFFFFFFFF, %v240, !dbg !30
	%v827 = icmp sge i64 u0xFFFFFFFA, %v241, !dbg !30
	br i1 %v827, label %b60, label %b57, !dbg !30

b60:
	%117 = bitcast i8* %v234 to i64*, !dbg !30
	store i64 5, i64* %117, align 8, !dbg !30
	%118 = getelementptr i8, i8* %v234, i64 8, !dbg !30
	%119 = bitcast i8* %118 to i64*, !dbg !30
	store i64 1, i64* %119, align 8, !dbg !30
	br label %b57, !dbg !30

b62:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v250)
	%120 = bitcast i8* %v250 to i64*, !dbg !30
	store i64 5, i64* %120, align 8, !dbg !30
	%121 = getelementptr i8, i8* %v250, i64 8, !dbg !30
	%122 = bitcast i8* %121 to i64*, !dbg !30
	store i64 1, i64* %122, align 8, !dbg !30
	%v255 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn3 to i8*), i8* %v230, i8* %v250, i64 0), !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v250)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v230)
	br label %b57, !dbg !30

b57:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v257)
	%123 = bitcast i8* %v257 to i64*, !dbg !31
	store i64 0, i64* %123, align 8, !dbg !31
	%v261 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mnz to i8*), i8* %v257), !dbg !31
	%124 = icmp ne i8* %v261, null
	br i1 %124, label %b64, label %b71, !dbg !31

b64:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v257)
	%125 = getelementptr i8, i8* %v261, i64 8, !dbg !31
	%126 = bitcast i8* %125 to i64*, !dbg !31
	%v265 = load i64, i64* %126, align 8, !dbg !31
	%127 = icmp ne i64 %v265, 0
	br i1 %127, label %b67, label %b69, !dbg !31

b67:
	%128 = bitcast i8* %v261 to i64*, !dbg !31
	%v267 = load i64, i64* %128, align 8, !dbg !31
	%v268 = sub i64 u0xFFFFFFFF, %v267, !dbg !31
	%v828 = icmp sge i64 u0xFFFFFFFF, %v268, !dbg !31
	br i1 %v828, label %b69, label %b66, !dbg !31

b69:
	%129 = bitcast i8* %v261 to i64*, !dbg !31
	store i64 0, i64* %129, align 8, !dbg !31
	%130 = getelementptr i8, i8* %v261, i64 8, !dbg !31
	%131 = bitcast i8* %130 to i64*, !dbg !31
	store i64 1, i64* %131, align 8, !dbg !31
	br label %b66, !dbg !31

b71:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v277)
	%132 = bitcast i8* %v277 to i64*, !dbg !31
	store i64 0, i64* %132, align 8, !dbg !31
	%133 = getelementptr i8, i8* %v277, i64 8, !dbg !31
	%134 = bitcast i8* %133 to i64*, !dbg !31
	store i64 1, i64* %134, align 8, !dbg !31
	%v282 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mnz to i8*), i8* %v257, i8* %v277, i64 0), !dbg !31
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v277)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v257)
	br label %b66, !dbg !31

b66:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v284)
	%135 = bitcast i8* %v284 to i64*, !dbg !32
	store i64 0, i64* %135, align 8, !dbg !32
	%v288 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mx to i8*), i8* %v284), !dbg !32
	%136 = icmp ne i8* %v288, null
	br i1 %136, label %b73, label %b80, !dbg !32

b73:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v284)
	%137 = getelementptr i8, i8* %v288, i64 8, !dbg !32
	%138 = bitcast i8* %137 to i64*, !dbg !32
	%v290 = load i64, i64* %138, align 8, !dbg !32
	%139 = icmp ne i64 %v290, 0
	br i1 %139, label %b76, label %b78, !dbg !32

b76:
	%140 = bitcast i8* %v288 to i64*, !dbg !32
	%v291 = load i64, i64* %140, align 8, !dbg !32
	%v829 = icmp sge i64 5, %v291, !dbg !32
	br i1 %v829, label %b78, label %b75, !dbg !32

b78:
	%141 = bitcast i8* %v288 to i64*, !dbg !32
	store i64 5, i64* %141, align 8, !dbg !32
	%142 = getelementptr i8, i8* %v288, i64 8, !dbg !32
	%143 = bitcast i8* %142 to i64*, !dbg !32
	store i64 1, i64* %143, align 8, !dbg !32
	br label %b75, !dbg !32

b80:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v300)
	%144 = bitcast i8* %v300 to i64*, !dbg !32
	store i64 5, i64* %144, align 8, !dbg !32
	%145 = getelementptr i8, i8* %v300, i64 8, !dbg !32
	%146 = bitcast i8* %145 to i64*, !dbg !32
	store i64 1, i64* %146, align 8, !dbg !32
	%v305 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mx to i8*), i8* %v284, i8* %v300, i64 0), !dbg !32
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v300)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v284)
	br label %b75, !dbg !32

b75:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v307)
	%147 = bitcast i8* %v307 to i64*, !dbg !33
	store i64 0, i64* %147, align 8, !dbg !33
	%v311 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mx to i8*), i8* %v307), !dbg !33
	%148 = icmp ne i8* %v311, null
	br i1 %148, label %b82, label %b89, !dbg !33

b82:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v307)
	%149 = getelementptr i8, i8* %v311, i64 8, !dbg !33
	%150 = bitcast i8* %149 to i64*, !dbg !33
	%v313 = load i64, i64* %150, align 8, !dbg !33
	%151 = icmp ne i64 %v313, 0
	br i1 %151, label %b85, label %b87, !dbg !33

b85:
	%152 = bitcast i8* %v311 to i64*, !dbg !33
	%v314 = load i64, i64* %152, align 8, !dbg !33
	%v830 = icmp sge i64 3, %v314, !dbg !33
	br i1 %v830, label %b87, label %b84, !dbg !33

b87:
	%153 = bitcast i8* %v311 to i64*, !dbg !33
	store i64 3, i64* %153, align 8, !dbg !33
	%154 = getelementptr i8, i8* %v311, i64 8, !dbg !33
	%155 = bitcast i8* %154 to i64*, !dbg !33
	store i64 1, i64* %155, align 8, !dbg !33
	br label %b84, !dbg !33

b89:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v323)
	%156 = bitcast i8* %v323 to i64*, !dbg !33
	store i64 3, i64* %156, align 8, !dbg !33
	%157 = getelementptr i8, i8* %v323, i64 8, !dbg !33
	%158 = bitcast i8* %157 to i64*, !dbg !33
	store i64 1, i64* %158, align 8, !dbg !33
	%v328 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mx to i8*), i8* %v307, i8* %v323, i64 0), !dbg !33
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v323)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v307)
	br label %b84, !dbg !33

b84:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v330)
	%159 = bitcast i8* %v330 to i64*, !dbg !34
	store i64 0, i64* %159, align 8, !dbg !34
	%v334 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxneg to i8*), i8* %v330), !dbg !34
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v330)
	%160 = icmp ne i8* %v334, null
	br i1 %160, label %b91, label %b93, !dbg !34

b91:
	%161 = getelementptr i8, i8* %v334, i64 8, !dbg !34
	%162 = bitcast i8* %161 to i64*, !dbg !34
	%v336 = load i64, i64* %162, align 8, !dbg !34
	%163 = icmp ne i64 %v336, 0
	br i1 %163, label %b94, label %b93, !dbg !34

b94:
	%164 = bitcast i8* %v334 to i64*, !dbg !34
	%v337 = load i64, i64* %164, align 8, !dbg !34
	%v831 = icmp sge i64 -3, %v337, !dbg !34
	br i1 %v831, label %b96, label %b93, !dbg !34

b96:
	%165 = bitcast i8* %v334 to i64*, !dbg !34
	store i64 -3, i64* %165, align 8, !dbg !34
	%166 = getelementptr i8, i8* %v334, i64 8, !dbg !34
	%167 = bitcast i8* %166 to i64*, !dbg !34
	store i64 1, i64* %167, align 8, !dbg !34
	br label %b93, !dbg !34

b93:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v353)
	%168 = bitcast i8* %v353 to i64*, !dbg !36
	store i64 0, i64* %168, align 8, !dbg !36
	%v357 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxneg to i8*), i8* %v353), !dbg !36
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v353)
	%169 = icmp ne i8* %v357, null
	br i1 %169, label %b100, label %b102, !dbg !36

b100:
	%170 = getelementptr i8, i8* %v357, i64 8, !dbg !36
	%171 = bitcast i8* %170 to i64*, !dbg !36
	%v359 = load i64, i64* %171, align 8, !dbg !36
	%172 = icmp ne i64 %v359, 0
	br i1 %172, label %b103, label %b102, !dbg !36

b103:
	%173 = bitcast i8* %v357 to i64*, !dbg !36
	%v360 = load i64, i64* %173, align 8, !dbg !36
	%v832 = icmp sge i64 -9, %v360, !dbg !36
	br i1 %v832, label %b105, label %b102, !dbg !36

b105:
	%174 = bitcast i8* %v357 to i64*, !dbg !36
	store i64 -9, i64* %174, align 8, !dbg !36
	%175 = getelementptr i8, i8* %v357, i64 8, !dbg !36
	%176 = bitcast i8* %175 to i64*, !dbg !36
	store i64 1, i64* %176, align 8, !dbg !36
	br label %b102, !dbg !36

b102:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v376)
	%177 = bitcast i8* %v376 to i64*, !dbg !37
	store i64 1, i64* %177, align 8, !dbg !37
	%v380 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxk to i8*), i8* %v376), !dbg !37
	%178 = icmp ne i8* %v380, null
	br i1 %178, label %b109, label %b116, !dbg !37

b109:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v376)
	%179 = getelementptr i8, i8* %v380, i64 8, !dbg !37
	%180 = bitcast i8* %179 to i64*, !dbg !37
	%v382 = load i64, i64* %180, align 8, !dbg !37
	%181 = icmp ne i64 %v382, 0
	br i1 %181, label %b112, label %b114, !dbg !37

b112:
	%182 = bitcast i8* %v380 to i64*, !dbg !37
	%v383 = load i64, i64* %182, align 8, !dbg !37
	%v833 = icmp sge i64 10, %v383, !dbg !37
	br i1 %v833, label %b114, label %b111, !dbg !37

b114:
	%183 = bitcast i8* %v380 to i64*, !dbg !37
	store i64 10, i64* %183, align 8, !dbg !37
	%184 = getelementptr i8, i8* %v380, i64 8, !dbg !37
	%185 = bitcast i8* %184 to i64*, !dbg !37
	store i64 1, i64* %185, align 8, !dbg !37
	br label %b111, !dbg !37

b116:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v392)
	%186 = bitcast i8* %v392 to i64*, !dbg !37
	store i64 10, i64* %186, align 8, !dbg !37
	%187 = getelementptr i8, i8* %v392, i64 8, !dbg !37
	%188 = bitcast i8* %187 to i64*, !dbg !37
	store i64 1, i64* %188, align 8, !dbg !37
	%v397 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxk to i8*), i8* %v376, i8* %v392, i64 0), !dbg !37
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v392)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v376)
	br label %b111, !dbg !37

b111:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v399)
	%189 = bitcast i8* %v399 to i64*, !dbg !39
	store i64 2, i64* %189, align 8, !dbg !39
	%v403 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxk to i8*), i8* %v399), !dbg !39
	%190 = icmp ne i8* %v403, null
	br i1 %190, label %b118, label %b125, !dbg !39

b118:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v399)
	%191 = getelementptr i8, i8* %v403, i64 8, !dbg !39
	%192 = bitcast i8* %191 to i64*, !dbg !39
	%v405 = load i64, i64* %192, align 8, !dbg !39
	%193 = icmp ne i64 %v405, 0
	br i1 %193, label %b121, label %b123, !dbg !39

b121:
	%194 = bitcast i8* %v403 to i64*, !dbg !39
	%v406 = load i64, i64* %194, align 8, !dbg !39
	%v834 = icmp sge i64 30, %v406, !dbg !39
	br i1 %v834, label %b123, label %b120, !dbg !39

b123:
	%195 = bitcast i8* %v403 to i64*, !dbg !39
	store i64 30, i64* %195, align 8, !dbg !39
	%196 = getelementptr i8, i8* %v403, i64 8, !dbg !39
	%197 = bitcast i8* %196 to i64*, !dbg !39
	store i64 1, i64* %197, align 8, !dbg !39
	br label %b120, !dbg !39

b125:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v415)
	%198 = bitcast i8* %v415 to i64*, !dbg !39
	store i64 30, i64* %198, align 8, !dbg !39
	%199 = getelementptr i8, i8* %v415, i64 8, !dbg !39
	%200 = bitcast i8* %199 to i64*, !dbg !39
	store i64 1, i64* %200, align 8, !dbg !39
	%v420 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxk to i8*), i8* %v399, i8* %v415, i64 0), !dbg !39
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v415)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v399)
	br label %b120, !dbg !39

b120:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v422)
	%201 = bitcast i8* %v422 to i64*, !dbg !41
	store i64 3, i64* %201, align 8, !dbg !41
	%v426 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxk to i8*), i8* %v422), !dbg !41
	%202 = icmp ne i8* %v426, null
	br i1 %202, label %b127, label %b134, !dbg !41

b127:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v422)
	%203 = getelementptr i8, i8* %v426, i64 8, !dbg !41
	%204 = bitcast i8* %203 to i64*, !dbg !41
	%v428 = load i64, i64* %204, align 8, !dbg !41
	%205 = icmp ne i64 %v428, 0
	br i1 %205, label %b130, label %b132, !dbg !41

b130:
	%206 = bitcast i8* %v426 to i64*, !dbg !41
	%v429 = load i64, i64* %206, align 8, !dbg !41
	%v835 = icmp sge i64 20, %v429, !dbg !41
	br i1 %v835, label %b132, label %b129, !dbg !41

b132:
	%207 = bitcast i8* %v426 to i64*, !dbg !41
	store i64 20, i64* %207, align 8, !dbg !41
	%208 = getelementptr i8, i8* %v426, i64 8, !dbg !41
	%209 = bitcast i8* %208 to i64*, !dbg !41
	store i64 1, i64* %209, align 8, !dbg !41
	br label %b129, !dbg !41

b134:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v438)
	%210 = bitcast i8* %v438 to i64*, !dbg !41
	store i64 20, i64* %210, align 8, !dbg !41
	%211 = getelementptr i8, i8* %v438, i64 8, !dbg !41
	%212 = bitcast i8* %211 to i64*, !dbg !41
	store i64 1, i64* %212, align 8, !dbg !41
	%v443 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mxk to i8*), i8* %v422, i8* %v438, i64 0), !dbg !41
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v438)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v422)
	br label %b129, !dbg !41

b129:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v445)
	%213 = bitcast i8* %v445 to i16*, !dbg !43
	store i16 97, i16* %213, align 2, !dbg !43
	%v449 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mnk to i8*), i8* %v445), !dbg !43
	%214 = icmp ne i8* %v449, null
	br i1 %214, label %b136, label %b143, !dbg !43

b136:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v445)
	%215 = getelementptr i8, i8* %v449, i64 8, !dbg !43
	%216 = bitcast i8* %215 to i64*, !dbg !43
	%v453 = load i64, i64* %216, align 8, !dbg !43
	%217 = icmp ne i64 %v453, 0
	br i1 %217, label %b139, label %b141, !dbg !43

b139:
	%218 = bitcast i8* %v449 to i64*, !dbg !43
	%v455 = load i64, i64* %218, align 8, !dbg !43
	%v456 = sub i64 u0xFFFFFFFF, %v455, !dbg !43
	%v836 = icmp sge i64 4294966995, %v456, !dbg !43
	br i1 %v836, label %b141, label %b138, !dbg !43

b141:
	%219 = bitcast i8* %v449 to i64*, !dbg !43
	store i64 300, i64* %219, align 8, !dbg !43
	%220 = getelementptr i8, i8* %v449, i64 8, !dbg !43
	%221 = bitcast i8* %220 to i64*, !dbg !43
	store i64 1, i64* %221, align 8, !dbg !43
	br label %b138, !dbg !43

b143:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v465)
	%222 = bitcast i8* %v465 to i64*, !dbg !43
	store i64 300, i64* %222, align 8, !dbg !43
	%223 = getelementptr i8, i8* %v465, i64 8, !dbg !43
	%224 = bitcast i8* %223 to i64*, !dbg !43
	store i64 1, i64* %224, align 8, !dbg !43
	%v470 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mnk to i8*), i8* %v445, i8* %v465, i64 0), !dbg !43
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v465)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v445)
	br label %b138, !dbg !43

b138:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v472)
	%225 = bitcast i8* %v472 to i16*, !dbg !45
	store i16 98, i16* %225, align 2, !dbg !45
	%v476 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mnk to i8*), i8* %v472), !dbg !45
	%226 = icmp ne i8* %v476, null
	br i1 %226, label %b145, label %b152, !dbg !45

b145:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v472)
	%227 = getelementptr i8, i8* %v476, i64 8, !dbg !45
	%228 = bitcast i8* %227 to i64*, !dbg !45
	%v480 = load i64, i64* %228, align 8, !dbg !45
	%229 = icmp ne i64 %v480, 0
	br i1 %229, label %b148, label %b150, !dbg !45

b148:
	%230 = bitcast i8* %v476 to i64*, !dbg !45
	%v482 = load i64, i64* %230, align 8, !dbg !45
	%v483 = sub i64 u0xFFFFFFFF, %v482, !dbg !45
	%v837 = icmp sge i64 4294967395, %v483, !dbg !45
	br i1 %v837, label %b150, label %b147, !dbg !45

b150:
	%231 = bitcast i8* %v476 to i64*, !dbg !45
	store i64 -100, i64* %231, align 8, !dbg !45
	%232 = getelementptr i8, i8* %v476, i64 8, !dbg !45
	%233 = bitcast i8* %232 to i64*, !dbg !45
	store i64 1, i64* %233, align 8, !dbg !45
	br label %b147, !dbg !45

b152:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v492)
	%234 = bitcast i8* %v492 to i64*, !dbg !45
	store i64 -100, i64* %234, align 8, !dbg !45
	%235 = getelementptr i8, i8* %v492, i64 8, !dbg !45
	%236 = bitcast i8* %235 to i64*, !dbg !45
	store i64 1, i64* %236, align 8, !dbg !45
	%v497 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mnk to i8*), i8* %v472, i8* %v492, i64 0), !dbg !45
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v492)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v472)
	br label %b147, !dbg !45

b147:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v499)
	%237 = bitcast i8* %v499 to i16*, !dbg !47
	store i16 99, i16* %237, align 2, !dbg !47
	%v503 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mnk to i8*), i8* %v499), !dbg !47
	%238 = icmp ne i8* %v503, null
	br i1 %238, label %b154, label %b161, !dbg !47

b154:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v499)
	%239 = getelementptr i8, i8* %v503, i64 8, !dbg !47
	%240 = bitcast i8* %239 to i64*, !dbg !47
	%v507 = load i64, i64* %240, align 8, !dbg !47
	%241 = icmp ne i64 %v507, 0
	br i1 %241, label %b157, label %b159, !dbg !47

b157:
	%242 = bitcast i8* %v503 to i64*, !dbg !47
	%v509 = load i64, i64* %242, align 8, !dbg !47
	%v510 = sub i64 u0xFFFFFFFF, %v509, !dbg !47
	%v838 = icmp sge i64 u0xFFFFFF37, %v510, !dbg !47
	br i1 %v838, label %b159, label %b156, !dbg !47

b159:
	%243 = bitcast i8* %v503 to i64*, !dbg !47
	store i64 200, i64* %243, align 8, !dbg !47
	%244 = getelementptr i8, i8* %v503, i64 8, !dbg !47
	%245 = bitcast i8* %244 to i64*, !dbg !47
	store i64 1, i64* %245, align 8, !dbg !47
	br label %b156, !dbg !47

b161:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v519)
	%246 = bitcast i8* %v519 to i64*, !dbg !47
	store i64 200, i64* %246, align 8, !dbg !47
	%247 = getelementptr i8, i8* %v519, i64 8, !dbg !47
	%248 = bitcast i8* %247 to i64*, !dbg !47
	store i64 1, i64* %248, align 8, !dbg !47
	%v524 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mnk to i8*), i8* %v499, i8* %v519, i64 0), !dbg !47
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v519)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v499)
	br label %b156, !dbg !47

b156:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v526)
	%249 = bitcast i8* %v526 to i64*, !dbg !48
	store i64 1, i64* %249, align 8, !dbg !48
	%v530 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v526), !dbg !48
	%250 = icmp ne i8* %v530, null
	br i1 %250, label %b163, label %b164, !dbg !48

b163:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v526)
	%251 = bitcast i8* %v530 to i64*, !dbg !48
	%v531 = load i64, i64* %251, align 8, !dbg !48
	%v532 = add i64 %v531, 10, !dbg !48
	%252 = bitcast i8* %v530 to i64*, !dbg !48
	store i64 %v532, i64* %252, align 8, !dbg !48
	%253 = getelementptr i8, i8* %v530, i64 8, !dbg !48
	%254 = bitcast i8* %253 to i64*, !dbg !48
	%v534 = load i64, i64* %254, align 8, !dbg !48
	%v536 = add i64 %v534, 1, !dbg !48
	%255 = getelementptr i8, i8* %v530, i64 8, !dbg !48
	%256 = bitcast i8* %255 to i64*, !dbg !48
	store i64 %v536, i64* %256, align 8, !dbg !48
	br label %b165, !dbg !48

b164:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v539)
	%257 = bitcast i8* %v539 to i64*, !dbg !48
	store i64 10, i64* %257, align 8, !dbg !48
	%258 = getelementptr i8, i8* %v539, i64 8, !dbg !48
	%259 = bitcast i8* %258 to i64*, !dbg !48
	store i64 1, i64* %259, align 8, !dbg !48
	%v544 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v526, i8* %v539, i64 0), !dbg !48
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v539)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v526)
	br label %b165, !dbg !48

b165:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v546)
	%260 = bitcast i8* %v546 to i64*, !dbg !49
	store i64 2, i64* %260, align 8, !dbg !49
	%v550 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v546), !dbg !49
	%261 = icmp ne i8* %v550, null
	br i1 %261, label %b166, label %b167, !dbg !49

b166:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v546)
	%262 = bitcast i8* %v550 to i64*, !dbg !49
	%v551 = load i64, i64* %262, align 8, !dbg !49
	%v552 = add i64 %v551, 3, !dbg !49
	%263 = bitcast i8* %v550 to i64*, !dbg !49
	store i64 %v552, i64* %263, align 8, !dbg !49
	%264 = getelementptr i8, i8* %v550, i64 8, !dbg !49
	%265 = bitcast i8* %264 to i64*, !dbg !49
	%v554 = load i64, i64* %265, align 8, !dbg !49
	%v556 = add i64 %v554, 1, !dbg !49
	%266 = getelementptr i8, i8* %v550, i64 8, !dbg !49
	%267 = bitcast i8* %266 to i64*, !dbg !49
	store i64 %v556, i64* %267, align 8, !dbg !49
	br label %b168, !dbg !49

b167:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v559)
	%268 = bitcast i8* %v559 to i64*, !dbg !49
	store i64 3, i64* %268, align 8, !dbg !49
	%269 = getelementptr i8, i8* %v559, i64 8, !dbg !49
	%270 = bitcast i8* %269 to i64*, !dbg !49
	store i64 1, i64* %270, align 8, !dbg !49
	%v564 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v546, i8* %v559, i64 0), !dbg !49
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v559)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v546)
	br label %b168, !dbg !49

b168:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v566)
	%271 = bitcast i8* %v566 to i64*, !dbg !51
	store i64 3, i64* %271, align 8, !dbg !51
	%v570 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v566), !dbg !51
	%272 = icmp ne i8* %v570, null
	br i1 %272, label %b169, label %b170, !dbg !51

b169:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v566)
	%273 = bitcast i8* %v570 to i64*, !dbg !51
	%v571 = load i64, i64* %273, align 8, !dbg !51
	%v572 = add i64 %v571, -50, !dbg !51
	%274 = bitcast i8* %v570 to i64*, !dbg !51
	store i64 %v572, i64* %274, align 8, !dbg !51
	%275 = getelementptr i8, i8* %v570, i64 8, !dbg !51
	%276 = bitcast i8* %275 to i64*, !dbg !51
	%v574 = load i64, i64* %276, align 8, !dbg !51
	%v576 = add i64 %v574, 1, !dbg !51
	%277 = getelementptr i8, i8* %v570, i64 8, !dbg !51
	%278 = bitcast i8* %277 to i64*, !dbg !51
	store i64 %v576, i64* %278, align 8, !dbg !51
	br label %b171, !dbg !51

b170:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v579)
	%279 = bitcast i8* %v579 to i64*, !dbg !51
	store i64 -50, i64* %279, align 8, !dbg !51
	%280 = getelementptr i8, i8* %v579, i64 8, !dbg !51
	%281 = bitcast i8* %280 to i64*, !dbg !51
	store i64 1, i64* %281, align 8, !dbg !51
	%v584 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_a to i8*), i8* %v566, i8* %v579, i64 0), !dbg !51
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v579)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v566)
	br label %b171, !dbg !51

b171:
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v585)
	%282 = bitcast i8* %v585 to i64*, !dbg !52
	store i64 30001, i64* %282, align 8, !dbg !52
	%283 = getelementptr i8, i8* %v585, i64 8, !dbg !52
	%284 = bitcast i8* %283 to i32*, !dbg !52
	store i32 12, i32* %284, align 4, !dbg !52
	%285 = getelementptr i8, i8* %v585, i64 12, !dbg !52
	%286 = bitcast i8* %285 to i32*, !dbg !52
	store i32 1, i32* %286, align 4, !dbg !52
	%287 = getelementptr i8, i8* %v585, i64 16, !dbg !52
	%288 = bitcast i8* %287 to i32*, !dbg !52
	store i32 0, i32* %288, align 4, !dbg !52
	%289 = getelementptr i8, i8* %v585, i64 20, !dbg !52
	call void @llvm.memset.p0i8.i64(i8* align 4 %289, i8 0, i64 4, i1 false), !dbg !52
	%v598 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v585, i64 24, i64 0), !dbg !52
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v585)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v599)
	%290 = bitcast i8* %v599 to i64*, !dbg !53
	store i64 30001, i64* %290, align 8, !dbg !53
	%291 = getelementptr i8, i8* %v599, i64 8, !dbg !53
	%292 = bitcast i8* %291 to i32*, !dbg !53
	store i32 0, i32* %292, align 4, !dbg !53
	%293 = getelementptr i8, i8* %v599, i64 12, !dbg !53
	%294 = bitcast i8* %293 to i32*, !dbg !53
	store i32 2, i32* %294, align 4, !dbg !53
	%295 = getelementptr i8, i8* %v599, i64 16, !dbg !53
	%296 = bitcast i8* %295 to i32*, !dbg !53
	store i32 0, i32* %296, align 4, !dbg !53
	%297 = getelementptr i8, i8* %v599, i64 20, !dbg !53
	call void @llvm.memset.p0i8.i64(i8* align 4 %297, i8 0, i64 4, i1 false), !dbg !53
	%v612 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v599, i64 24, i64 0), !dbg !53
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v599)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v613)
	%298 = bitcast i8* %v613 to i64*, !dbg !54
	store i64 30001, i64* %298, align 8, !dbg !54
	%299 = getelementptr i8, i8* %v613, i64 8, !dbg !54
	%300 = bitcast i8* %299 to i32*, !dbg !54
	store i32 0, i32* %300, align 4, !dbg !54
	%301 = getelementptr i8, i8* %v613, i64 12, !dbg !54
	%302 = bitcast i8* %301 to i32*, !dbg !54
	store i32 0, i32* %302, align 4, !dbg !54
	%303 = getelementptr i8, i8* %v613, i64 16, !dbg !54
	%304 = bitcast i8* %303 to i32*, !dbg !54
	store i32 2, i32* %304, align 4, !dbg !54
	%305 = getelementptr i8, i8* %v613, i64 20, !dbg !54
	call void @llvm.memset.p0i8.i64(i8* align 4 %305, i8 0, i64 4, i1 false), !dbg !54
	%v626 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v613, i64 24, i64 0), !dbg !54
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v613)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v627)
	%306 = bitcast i8* %v627 to i64*, !dbg !55
	store i64 30001, i64* %306, align 8, !dbg !55
	%307 = getelementptr i8, i8* %v627, i64 8, !dbg !55
	%308 = bitcast i8* %307 to i32*, !dbg !55
	store i32 10, i32* %308, align 4, !dbg !55
	%309 = getelementptr i8, i8* %v627, i64 12, !dbg !55
	%310 = bitcast i8* %309 to i32*, !dbg !55
	store i32 2, i32* %310, align 4, !dbg !55
	%311 = getelementptr i8, i8* %v627, i64 16, !dbg !55
	%312 = bitcast i8* %311 to i32*, !dbg !55
	store i32 10, i32* %312, align 4, !dbg !55
	%313 = getelementptr i8, i8* %v627, i64 20, !dbg !55
	call void @llvm.memset.p0i8.i64(i8* align 4 %313, i8 0, i64 4, i1 false), !dbg !55
	%v640 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v627, i64 24, i64 0), !dbg !55
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v627)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v641)
	%314 = bitcast i8* %v641 to i64*, !dbg !56
	store i64 30001, i64* %314, align 8, !dbg !56
	%315 = getelementptr i8, i8* %v641, i64 8, !dbg !56
	%316 = bitcast i8* %315 to i32*, !dbg !56
	store i32 7, i32* %316, align 4, !dbg !56
	%317 = getelementptr i8, i8* %v641, i64 12, !dbg !56
	%318 = bitcast i8* %317 to i32*, !dbg !56
	store i32 0, i32* %318, align 4, !dbg !56
	%319 = getelementptr i8, i8* %v641, i64 16, !dbg !56
	%320 = bitcast i8* %319 to i32*, !dbg !56
	store i32 100, i32* %320, align 4, !dbg !56
	%321 = getelementptr i8, i8* %v641, i64 20, !dbg !56
	call void @llvm.memset.p0i8.i64(i8* align 4 %321, i8 0, i64 4, i1 false), !dbg !56
	%v654 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v641, i64 24, i64 0), !dbg !56
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v641)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v656)
	%322 = bitcast i8* %v656 to i64*, !dbg !57
	store i64 1, i64* %322, align 8, !dbg !57
	%v660 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_z to i8*), i8* %v656), !dbg !57
	%323 = icmp ne i8* %v660, null
	br i1 %323, label %b172, label %b173, !dbg !57

b172:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v656)
	%324 = bitcast i8* %v660 to i64*, !dbg !57
	%v661 = load i64, i64* %324, align 8, !dbg !57
	%v662 = add i64 %v661, 7, !dbg !57
	%325 = bitcast i8* %v660 to i64*, !dbg !57
	store i64 %v662, i64* %325, align 8, !dbg !57
	%326 = getelementptr i8, i8* %v660, i64 8, !dbg !57
	%327 = bitcast i8* %326 to i64*, !dbg !57
	%v664 = load i64, i64* %327, align 8, !dbg !57
	%v666 = add i64 %v664, 1, !dbg !57
	%328 = getelementptr i8, i8* %v660, i64 8, !dbg !57
	%329 = bitcast i8* %328 to i64*, !dbg !57
	store i64 %v666, i64* %329, align 8, !dbg !57
	br label %b174, !dbg !57

b173:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v669)
	%330 = bitcast i8* %v669 to i64*, !dbg !57
	store i64 7, i64* %330, align 8, !dbg !57
	%331 = getelementptr i8, i8* %v669, i64 8, !dbg !57
	%332 = bitcast i8* %331 to i64*, !dbg !57
	store i64 1, i64* %332, align 8, !dbg !57
	%v674 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_z to i8*), i8* %v656, i8* %v669, i64 0), !dbg !57
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v669)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v656)
	br label %b174, !dbg !57

b174:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v676)
	%333 = bitcast i8* %v676 to i64*, !dbg !59
	store i64 2, i64* %333, align 8, !dbg !59
	%v680 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_z to i8*), i8* %v676), !dbg !59
	%334 = icmp ne i8* %v680, null
	br i1 %334, label %b175, label %b176, !dbg !59

b175:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v676)
	%335 = bitcast i8* %v680 to i64*, !dbg !59
	%v681 = load i64, i64* %335, align 8, !dbg !59
	%v682 = add i64 %v681, 9, !dbg !59
	%336 = bitcast i8* %v680 to i64*, !dbg !59
	store i64 %v682, i64* %336, align 8, !dbg !59
	%337 = getelementptr i8, i8* %v680, i64 8, !dbg !59
	%338 = bitcast i8* %337 to i64*, !dbg !59
	%v684 = load i64, i64* %338, align 8, !dbg !59
	%v686 = add i64 %v684, 1, !dbg !59
	%339 = getelementptr i8, i8* %v680, i64 8, !dbg !59
	%340 = bitcast i8* %339 to i64*, !dbg !59
	store i64 %v686, i64* %340, align 8, !dbg !59
	br label %b177, !dbg !59

b176:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v689)
	%341 = bitcast i8* %v689 to i64*, !dbg !59
	store i64 9, i64* %341, align 8, !dbg !59
	%342 = getelementptr i8, i8* %v689, i64 8, !dbg !59
	%343 = bitcast i8* %342 to i64*, !dbg !59
	store i64 1, i64* %343, align 8, !dbg !59
	%v694 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_z to i8*), i8* %v676, i8* %v689, i64 0), !dbg !59
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v689)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v676)
	br label %b177, !dbg !59

b177:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v695)
	%344 = bitcast i8* %v695 to i64*, !dbg !60
	store i64 30003, i64* %344, align 8, !dbg !60
	%345 = getelementptr i8, i8* %v695, i64 8, !dbg !60
	%346 = bitcast i8* %345 to i32*, !dbg !60
	store i32 13, i32* %346, align 4, !dbg !60
	%347 = getelementptr i8, i8* %v695, i64 12, !dbg !60
	call void @llvm.memset.p0i8.i64(i8* align 4 %347, i8 0, i64 4, i1 false), !dbg !60
	%v704 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v695, i64 16, i64 0), !dbg !60
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v695)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v705)
	%348 = bitcast i8* %v705 to i64*, !dbg !61
	store i64 30001, i64* %348, align 8, !dbg !61
	%349 = getelementptr i8, i8* %v705, i64 8, !dbg !61
	%350 = bitcast i8* %349 to i32*, !dbg !61
	store i32 13, i32* %350, align 4, !dbg !61
	%351 = getelementptr i8, i8* %v705, i64 12, !dbg !61
	%352 = bitcast i8* %351 to i32*, !dbg !61
	store i32 0, i32* %352, align 4, !dbg !61
	%353 = getelementptr i8, i8* %v705, i64 16, !dbg !61
	%354 = bitcast i8* %353 to i32*, !dbg !61
	store i32 0, i32* %354, align 4, !dbg !61
	%355 = getelementptr i8, i8* %v705, i64 20, !dbg !61
	call void @llvm.memset.p0i8.i64(i8* align 4 %355, i8 0, i64 4, i1 false), !dbg !61
	%v718 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v705, i64 24, i64 0), !dbg !61
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v705)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v720)
	%356 = bitcast i8* %v720 to i64*, !dbg !62
	store i64 1, i64* %356, align 8, !dbg !62
	%v724 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v720), !dbg !62
	%357 = icmp ne i8* %v724, null
	br i1 %357, label %b178, label %b179, !dbg !62

b178:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v720)
	%358 = bitcast i8* %v724 to i64*, !dbg !62
	%v725 = load i64, i64* %358, align 8, !dbg !62
	%v726 = add i64 %v725, 1, !dbg !62
	%359 = bitcast i8* %v724 to i64*, !dbg !62
	store i64 %v726, i64* %359, align 8, !dbg !62
	%360 = getelementptr i8, i8* %v724, i64 8, !dbg !62
	%361 = bitcast i8* %360 to i64*, !dbg !62
	%v728 = load i64, i64* %361, align 8, !dbg !62
	%v730 = add i64 %v728, 1, !dbg !62
	%362 = getelementptr i8, i8* %v724, i64 8, !dbg !62
	%363 = bitcast i8* %362 to i64*, !dbg !62
	store i64 %v730, i64* %363, align 8, !dbg !62
	br label %b180, !dbg !62

b179:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v733)
	%364 = bitcast i8* %v733 to i64*, !dbg !62
	store i64 1, i64* %364, align 8, !dbg !62
	%365 = getelementptr i8, i8* %v733, i64 8, !dbg !62
	%366 = bitcast i8* %365 to i64*, !dbg !62
	store i64 1, i64* %366, align 8, !dbg !62
	%v738 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_c to i8*), i8* %v720, i8* %v733, i64 0), !dbg !62
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v733)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v720)
	br label %b180, !dbg !62

b180:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v739)
	%367 = bitcast i8* %v739 to i64*, !dbg !63
	store i64 30002, i64* %367, align 8, !dbg !63
	%368 = getelementptr i8, i8* %v739, i64 8, !dbg !63
	%369 = bitcast i8* %368 to i32*, !dbg !63
	store i32 2, i32* %369, align 4, !dbg !63
	%370 = getelementptr i8, i8* %v739, i64 12, !dbg !63
	call void @llvm.memset.p0i8.i64(i8* align 4 %370, i8 0, i64 4, i1 false), !dbg !63
	%v748 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v739, i64 16, i64 0), !dbg !63
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v739)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v750)
	%371 = bitcast i8* %v750 to i64*, !dbg !64
	store i64 1, i64* %371, align 8, !dbg !64
	%v754 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_d to i8*), i8* %v750), !dbg !64
	%372 = icmp ne i8* %v754, null
	br i1 %372, label %b181, label %b188, !dbg !64

b181:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v750)
	%373 = getelementptr i8, i8* %v754, i64 8, !dbg !64
	%374 = bitcast i8* %373 to i64*, !dbg !64
	%v758 = load i64, i64* %374, align 8, !dbg !64
	%375 = icmp ne i64 %v758, 0
	br i1 %375, label %b184, label %b186, !dbg !64

b184:
	%376 = bitcast i8* %v754 to i64*, !dbg !64
	%v760 = load i64, i64* %376, align 8, !dbg !64
	%v761 = sub i64 u0xFFFFFFFF, %v760, !dbg !64
	%v839 = icmp sge i64 u0xFFFFFFFE, %v761, !dbg !64
	br i1 %v839, label %b186, label %b183, !dbg !64

b186:
	%377 = bitcast i8* %v754 to i64*, !dbg !64
	store i64 1, i64* %377, align 8, !dbg !64
	%378 = getelementptr i8, i8* %v754, i64 8, !dbg !64
	%379 = bitcast i8* %378 to i64*, !dbg !64
	store i64 1, i64* %379, align 8, !dbg !64
	br label %b183, !dbg !64

b188:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v770)
	%380 = bitcast i8* %v770 to i64*, !dbg !64
	store i64 1, i64* %380, align 8, !dbg !64
	%381 = getelementptr i8, i8* %v770, i64 8, !dbg !64
	%382 = bitcast i8* %381 to i64*, !dbg !64
	store i64 1, i64* %382, align 8, !dbg !64
	%v775 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_d to i8*), i8* %v750, i8* %v770, i64 0), !dbg !64
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v770)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v750)
	br label %b183, !dbg !64

b183:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v777)
	%383 = bitcast i8* %v777 to i64*, !dbg !65
	store i64 2, i64* %383, align 8, !dbg !65
	%v781 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_d to i8*), i8* %v777), !dbg !65
	%384 = icmp ne i8* %v781, null
	br i1 %384, label %b190, label %b197, !dbg !65

b190:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v777)
	%385 = getelementptr i8, i8* %v781, i64 8, !dbg !65
	%386 = bitcast i8* %385 to i64*, !dbg !65
	%v785 = load i64, i64* %386, align 8, !dbg !65
	%387 = icmp ne i64 %v785, 0
	br i1 %387, label %b193, label %b195, !dbg !65

b193:
	%388 = bitcast i8* %v781 to i64*, !dbg !65
	%v787 = load i64, i64* %388, align 8, !dbg !65
	%v788 = sub i64 u0xFFFFFFFF, %v787, !dbg !65
	%v840 = icmp sge i64 u0xFFFFFFFD, %v788, !dbg !65
	br i1 %v840, label %b195, label %b192, !dbg !65

b195:
	%389 = bitcast i8* %v781 to i64*, !dbg !65
	store i64 2, i64* %389, align 8, !dbg !65
	%390 = getelementptr i8, i8* %v781, i64 8, !dbg !65
	%391 = bitcast i8* %390 to i64*, !dbg !65
	store i64 1, i64* %391, align 8, !dbg !65
	br label %b192, !dbg !65

b197:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v797)
	%392 = bitcast i8* %v797 to i64*, !dbg !65
	store i64 2, i64* %392, align 8, !dbg !65
	%393 = getelementptr i8, i8* %v797, i64 8, !dbg !65
	%394 = bitcast i8* %393 to i64*, !dbg !65
	store i64 1, i64* %394, align 8, !dbg !65
	%v802 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_d to i8*), i8* %v777, i8* %v797, i64 0), !dbg !65
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v797)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v777)
	br label %b192, !dbg !65

b192:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v803)
	%395 = bitcast i8* %v803 to i64*, !dbg !66
	store i64 1, i64* %395, align 8, !dbg !66
	%v807 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_d to i8*), i8* %v803), !dbg !66
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v803)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v808)
	%396 = bitcast i8* %v808 to i64*, !dbg !67
	store i64 30000, i64* %396, align 8, !dbg !67
	%v814 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v808, i64 8, i64 0), !dbg !67
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v808)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v815)
	%397 = bitcast i8* %v815 to i32*, !dbg !67
	store i32 0, i32* %397, align 4, !dbg !67
	%v819 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v815), !dbg !67
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v815)
	%398 = icmp ne i8* %v819, null
	br i1 %398, label %b199, label %b200, !dbg !67

b199:
	%399 = bitcast i8* %v819 to i64*, !dbg !67
	store i64 1, i64* %399, align 8, !dbg !67
	br label %b200, !dbg !67

b200:
	ret i64 0, !dbg !67
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memset.p0i8.i64(i8* %0, i8 %1, i64 %2, i1 %3) argmemonly nounwind

define i64 @END(i8* %ctx) nounwind section "bpftc/END" !dbg !68 {
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
	%0 = bitcast i8* %v2 to i64*, !dbg !72
	store i64 0, i64* %0, align 8, !dbg !72
	%v6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn to i8*), i8* %v2), !dbg !72
	%1 = icmp ne i8* %v6, null
	br i1 %1, label %b1, label %b2, !dbg !72

b1:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v2)
	%2 = getelementptr i8, i8* %v6, i64 8, !dbg !72
	%3 = bitcast i8* %2 to i64*, !dbg !72
	%v10 = load i64, i64* %3, align 8, !dbg !72
	%4 = icmp ne i64 %v10, 0
	br i1 %4, label %b4, label %b6, !dbg !72

b4:
	%5 = bitcast i8* %v6 to i64*, !dbg !72
	%v12 = load i64, i64* %5, align 8, !dbg !72
	%v13 = sub i64 u0xFFFFFFFF, %v12, !dbg !72
	%v49 = icmp sge i64 u0xFFFFFFFD, %v13, !dbg !72
	br i1 %v49, label %b6, label %b3, !dbg !72

b6:
	%6 = bitcast i8* %v6 to i64*, !dbg !72
	store i64 2, i64* %6, align 8, !dbg !72
	%7 = getelementptr i8, i8* %v6, i64 8, !dbg !72
	%8 = bitcast i8* %7 to i64*, !dbg !72
	store i64 1, i64* %8, align 8, !dbg !72
	br label %b3, !dbg !72

b2:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v22)
	%9 = bitcast i8* %v22 to i64*, !dbg !72
	store i64 2, i64* %9, align 8, !dbg !72
	%10 = getelementptr i8, i8* %v22, i64 8, !dbg !72
	%11 = bitcast i8* %10 to i64*, !dbg !72
	store i64 1, i64* %11, align 8, !dbg !72
	%v27 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mn to i8*), i8* %v2, i8* %v22, i64 0), !dbg !72
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v22)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v2)
	br label %b3, !dbg !72

b3:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v29)
	%12 = bitcast i8* %v29 to i64*, !dbg !74
	store i64 4, i64* %12, align 8, !dbg !74
	%v33 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v29), !dbg !74
	%13 = icmp ne i8* %v33, null
	br i1 %13, label %b10, label %b11, !dbg !74

b10:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v29)
	%14 = bitcast i8* %v33 to i64*, !dbg !74
	%v34 = load i64, i64* %14, align 8, !dbg !74
	%v35 = add i64 %v34, -1000, !dbg !74
	%15 = bitcast i8* %v33 to i64*, !dbg !74
	store i64 %v35, i64* %15, align 8, !dbg !74
	%16 = getelementptr i8, i8* %v33, i64 8, !dbg !74
	%17 = bitcast i8* %16 to i64*, !dbg !74
	%v37 = load i64, i64* %17, align 8, !dbg !74
	%v39 = add i64 %v37, 1, !dbg !74
	%18 = getelementptr i8, i8* %v33, i64 8, !dbg !74
	%19 = bitcast i8* %18 to i64*, !dbg !74
	store i64 %v39, i64* %19, align 8, !dbg !74
	br label %b12, !dbg !74

b11:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v42)
	%20 = bitcast i8* %v42 to i64*, !dbg !74
	store i64 -1000, i64* %20, align 8, !dbg !74
	%21 = getelementptr i8, i8* %v42, i64 8, !dbg !74
	%22 = bitcast i8* %21 to i64*, !dbg !74
	store i64 1, i64* %22, align 8, !dbg !74
	%v47 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_st to i8*), i8* %v29, i8* %v42, i64 0), !dbg !74
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v42)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v29)
	br label %b12, !dbg !74

b12:
	ret i64 0, !dbg !74
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
!8 = distinct !DISubprogram(name: "BEGIN", scope: !0, file: !0, line: 322, type: !4, scopeLine: 322, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 322, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 322, scope: !8)
!12 = !DILocation(line: 316, scope: !8)
!13 = !DILocation(line: 338, scope: !8)
!14 = !DILocation(line: 332, scope: !8)
!15 = !DILocation(line: 347, scope: !8)
!16 = !DILocation(line: 377, scope: !8)
!17 = !DILocation(line: 368, scope: !8)
!18 = !DILocation(line: 398, scope: !8)
!19 = !DILocation(line: 389, scope: !8)
!20 = !DILocation(line: 418, scope: !8)
!21 = !DILocation(line: 409, scope: !8)
!22 = !DILocation(line: 437, scope: !8)
!23 = !DILocation(line: 431, scope: !8)
!24 = !DILocation(line: 452, scope: !8)
!25 = !DILocation(line: 446, scope: !8)
!26 = !DILocation(line: 468, scope: !8)
!27 = !DILocation(line: 461, scope: !8)
!28 = !DILocation(line: 494, scope: !8)
!29 = !DILocation(line: 487, scope: !8)
!30 = !DILocation(line: 504, scope: !8)
!31 = !DILocation(line: 520, scope: !8)
!32 = !DILocation(line: 536, scope: !8)
!33 = !DILocation(line: 551, scope: !8)
!34 = !DILocation(line: 566, scope: !8)
!35 = !DILocation(line: 594, scope: !8)
!36 = !DILocation(line: 585, scope: !8)
!37 = !DILocation(line: 604, scope: !8)
!38 = !DILocation(line: 634, scope: !8)
!39 = !DILocation(line: 624, scope: !8)
!40 = !DILocation(line: 654, scope: !8)
!41 = !DILocation(line: 644, scope: !8)
!42 = !DILocation(line: 676, scope: !8)
!43 = !DILocation(line: 664, scope: !8)
!44 = !DILocation(line: 699, scope: !8)
!45 = !DILocation(line: 687, scope: !8)
!46 = !DILocation(line: 723, scope: !8)
!47 = !DILocation(line: 711, scope: !8)
!48 = !DILocation(line: 734, scope: !8)
!49 = !DILocation(line: 752, scope: !8)
!50 = !DILocation(line: 777, scope: !8)
!51 = !DILocation(line: 769, scope: !8)
!52 = !DILocation(line: 788, scope: !8)
!53 = !DILocation(line: 804, scope: !8)
!54 = !DILocation(line: 819, scope: !8)
!55 = !DILocation(line: 837, scope: !8)
!56 = !DILocation(line: 858, scope: !8)
!57 = !DILocation(line: 880, scope: !8)
!58 = !DILocation(line: 905, scope: !8)
!59 = !DILocation(line: 897, scope: !8)
!60 = !DILocation(line: 914, scope: !8)
!61 = !DILocation(line: 925, scope: !8)
!62 = !DILocation(line: 937, scope: !8)
!63 = !DILocation(line: 956, scope: !8)
!64 = !DILocation(line: 968, scope: !8)
!65 = !DILocation(line: 985, scope: !8)
!66 = !DILocation(line: 1002, scope: !8)
!67 = !DILocation(line: 1018, scope: !8)
!68 = distinct !DISubprogram(name: "END", scope: !0, file: !0, line: 1042, type: !4, scopeLine: 1042, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !70)
!69 = !DILocalVariable(name: "ctx", arg: 1, scope: !68, file: !0, line: 1042, type: !3)
!70 = !{!69}
!71 = !DILocation(line: 1042, scope: !68)
!72 = !DILocation(line: 1036, scope: !68)
!73 = !DILocation(line: 1060, scope: !68)
!74 = !DILocation(line: 1051, scope: !68)
