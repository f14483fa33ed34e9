target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_avg = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_by = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_calls = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_max = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_maxs = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_min = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_mins = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_stats = global { i32, i32, i32, i32, i32 } { i32 5, i32 8, i32 16, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @tp_sys_enter_write(i8* %ctx) nounwind section "bpftc/tp_sys_enter_write" !dbg !8 {
b0:
	%v167.slot = alloca [16 x i8], align 8
	%v167 = bitcast [16 x i8]* %v167.slot to i8*
	%v149.slot = alloca [8 x i8], align 8
	%v149 = bitcast [8 x i8]* %v149.slot to i8*
	%v142.slot = alloca [16 x i8], align 8
	%v142 = bitcast [16 x i8]* %v142.slot to i8*
	%v120.slot = alloca [8 x i8], align 8
	%v120 = bitcast [8 x i8]* %v120.slot to i8*
	%v113.slot = alloca [16 x i8], align 8
	%v113 = bitcast [16 x i8]* %v113.slot to i8*
	%v98.slot = alloca [8 x i8], align 8
	%v98 = bitcast [8 x i8]* %v98.slot to i8*
	%v91.slot = alloca [16 x i8], align 8
	%v91 = bitcast [16 x i8]* %v91.slot to i8*
	%v75.slot = alloca [8 x i8], align 8
	%v75 = bitcast [8 x i8]* %v75.slot to i8*
	%v68.slot = alloca [16 x i8], align 8
	%v68 = bitcast [16 x i8]* %v68.slot to i8*
	%v48.slot = alloca [8 x i8], align 8
	%v48 = bitcast [8 x i8]* %v48.slot to i8*
	%v41.slot = alloca [16 x i8], align 8
	%v41 = bitcast [16 x i8]* %v41.slot to i8*
	%v28.slot = alloca [8 x i8], align 8
	%v28 = bitcast [8 x i8]* %v28.slot to i8*
	%v21.slot = alloca [16 x i8], align 8
	%v21 = bitcast [16 x i8]* %v21.slot to i8*
	%v8.slot = alloca [8 x i8], align 8
	%v8 = bitcast [8 x i8]* %v8.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !11
	%v3 = lshr i64 %v1, 32, !dbg !11
	%v5 = icmp eq i64 %v3, 4242, !dbg !11
	br i1 %v5, label %b1, label %b2, !dbg !11

b1:
	%0 = getelementptr i8, i8* %ctx, i64 32, !dbg !13
	%1 = bitcast i8* %0 to i64*, !dbg !13
	%v7 = load i64, i64* %1, align 8, !dbg !13
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v8)
	%2 = bitcast i8* %v8 to i64*, !dbg !14
	store i64 0, i64* %2, align 8, !dbg !14
	%v12 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_avg to i8*), i8* %v8), !dbg !14
	%3 = icmp ne i8* %v12, null
	br i1 %3, label %b3, label %b4, !dbg !14

b3:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v8)
	%4 = bitcast i8* %v12 to i64*, !dbg !14
	%v13 = load i64, i64* %4, align 8, !dbg !14
	%v14 = add i64 %v13, %v7, !dbg !14
	%5 = bitcast i8* %v12 to i64*, !dbg !14
	store i64 %v14, i64* %5, align 8, !dbg !14
	%6 = getelementptr i8, i8* %v12, i64 8, !dbg !14
	%7 = bitcast i8* %6 to i64*, !dbg !14
	%v16 = load i64, i64* %7, align 8, !dbg !14
	%v18 = add i64 %v16, 1, !dbg !14
	%8 = getelementptr i8, i8* %v12, i64 8, !dbg !14
	%9 = bitcast i8* %8 to i64*, !dbg !14
	store i64 %v18, i64* %9, align 8, !dbg !14
	br label %b5, !dbg !14

b4:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v21)
	%10 = bitcast i8* %v21 to i64*, !dbg !14
	store i64 %v7, i64* %10, align 8, !dbg !14
	%11 = getelementptr i8, i8* %v21, i64 8, !dbg !14
	%12 = bitcast i8* %11 to i64*, !dbg !14
	store i64 1, i64* %12, align 8, !dbg !14
	%v26 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_avg to i8*), i8* %v8, i8* %v21, i64 0), !dbg !14
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v21)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v8)
	br label %b5, !dbg !14

b5:
	%13 = getelementptr i8, i8* %ctx, i64 32, !dbg !15
	%14 = bitcast i8* %13 to i64*, !dbg !15
	%v27 = load i64, i64* %14, align 8, !dbg !15
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v28)
	%15 = bitcast i8* %v28 to i64*, !dbg !16
	store i64 0, i64* %15, align 8, !dbg !16
	%v32 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_stats to i8*), i8* %v28), !dbg !16
	%16 = icmp ne i8* %v32, null
	br i1 %16, label %b6, label %b7, !dbg !16

b6:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v28)
	%17 = bitcast i8* %v32 to i64*, !dbg !16
	%v33 = load i64, i64* %17, align 8, !dbg !16
	%v34 = add i64 %v33, %v27, !dbg !16
	%18 = bitcast i8* %v32 to i64*, !dbg !16
	store i64 %v34, i64* %18, align 8, !dbg !16
	%19 = getelementptr i8, i8* %v32, i64 8, !dbg !16
	%20 = bitcast i8* %19 to i64*, !dbg !16
	%v36 = load i64, i64* %20, align 8, !dbg !16
	%v38 = add i64 %v36, 1, !dbg !16
	%21 = getelementptr i8, i8* %v32, i64 8, !dbg !16
	%22 = bitcast i8* %21 to i64*, !dbg !16
	store i64 %v38, i64* %22, align 8, !dbg !16
	br label %b8, !dbg !16

b7:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v41)
	%23 = bitcast i8* %v41 to i64*, !dbg !16
	store i64 %v27, i64* %23, align 8, !dbg !16
	%24 = getelementptr i8, i8* %v41, i64 8, !dbg !16
	%25 = bitcast i8* %24 to i64*, !dbg !16
	store i64 1, i64* %25, align 8, !dbg !16
	%v46 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_stats to i8*), i8* %v28, i8* %v41, i64 0), !dbg !16
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v41)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v28)
	br label %b8, !dbg !16

b8:
	%26 = getelementptr i8, i8* %ctx, i64 32, !dbg !17
	%27 = bitcast i8* %26 to i64*, !dbg !17
	%v47 = load i64, i64* %27, align 8, !dbg !17
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v48)
	%28 = bitcast i8* %v48 to i64*, !dbg !18
	store i64 0, i64* %28, align 8, !dbg !18
	%v52 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_min to i8*), i8* %v48), !dbg !18
	%v54 = sub i64 u0xFFFFFFFF, %v47, !dbg !18
	%29 = icmp ne i8* %v52, null
	br i1 %29, label %b9, label %b10, !dbg !18

b9:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v48)
	%30 = getelementptr i8, i8* %v52, i64 8, !dbg !18
	%31 = bitcast i8* %30 to i64*, !dbg !18
	%v56 = load i64, i64* %31, align 8, !dbg !18
	%32 = icmp ne i64 %v56, 0
	br i1 %32, label %b12, label %b13, !dbg !18

b12:
	%33 = bitcast i8* %v52 to i64*, !dbg !18
	%v58 = load i64, i64* %33, align 8, !dbg !18
	%v59 = sub i64 u0xFFFFFFFF, %v58, !dbg !18
	%v174 = icmp sge i64 %v54, %v59, !dbg !18
	br i1 %v174, label %b14, label %b11, !dbg !18

b13:
	%v61 = icmp sge i64 %v54, 0, !dbg !18
	br i1 %v61, label %b14, label %b11, !dbg !18

b14:
	%34 = bitcast i8* %v52 to i64*, !dbg !18
	store i64 %v47, i64* %34, align 8, !dbg !18
	%35 = getelementptr i8, i8* %v52, i64 8, !dbg !18
	%36 = bitcast i8* %35 to i64*, !dbg !18
	store i64 1, i64* %36, align 8, !dbg !18
	br label %b11, !dbg !18

b10:
	%v66 = icmp sge i64 %v54, 0, !dbg !18
	br i1 %v66, label %b16, label %b11, !dbg !18

b16:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v68)
	%37 = bitcast i8* %v68 to i64*, !dbg !18
	store i64 %v47, i64* %37, align 8, !dbg !18
	%38 = getelementptr i8, i8* %v68, i64 8, !dbg !18
	%39 = bitcast i8* %38 to i64*, !dbg !18
	store i64 1, i64* %39, align 8, !dbg !18
	%v73 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_min to i8*), i8* %v48, i8* %v68, i64 0), !dbg !18
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v68)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v48)
	br label %b11, !dbg !18

b11:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v48)
	%40 = getelementptr i8, i8* %ctx, i64 32, !dbg !19
	%41 = bitcast i8* %40 to i64*, !dbg !19
	%v74 = load i64, i64* %41, align 8, !dbg !19
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v75)
	%42 = bitcast i8* %v75 to i64*, !dbg !20
	store i64 0, i64* %42, align 8, !dbg !20
	%v79 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_max to i8*), i8* %v75), !dbg !20
	%43 = icmp ne i8* %v79, null
	br i1 %43, label %b18, label %b19, !dbg !20

b18:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v75)
	%44 = getelementptr i8, i8* %v79, i64 8, !dbg !20
	%45 = bitcast i8* %44 to i64*, !dbg !20
	%v81 = load i64, i64* %45, align 8, !dbg !20
	%46 = icmp ne i64 %v81, 0
	br i1 %46, label %b21, label %b22, !dbg !20

b21:
	%47 = bitcast i8* %v79 to i64*, !dbg !20
	%v82 = load i64, i64* %47, align 8, !dbg !20
	%v175 = icmp sge i64 %v74, %v82, !dbg !20
	br i1 %v175, label %b23, label %b20, !dbg !20

b22:
	%v84 = icmp sge i64 %v74, 0, !dbg !20
	br i1 %v84, label %b23, label %b20, !dbg !20

b23:
	%48 = bitcast i8* %v79 to i64*, !dbg !20
	store i64 %v74, i64* %48, align 8, !dbg !20
	%49 = getelementptr i8, i8* %v79, i64 8, !dbg !20
	%50 = bitcast i8* %49 to i64*, !dbg !20
	store i64 1, i64* %50, align 8, !dbg !20
	br label %b20, !dbg !20

b19:
	%v89 = icmp sge i64 %v74, 0, !dbg !20
	br i1 %v89, label %b25, label %b20, !dbg !20

b25:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v91)
	%51 = bitcast i8* %v91 to i64*, !dbg !20
	store i64 %v74, i64* %51, align 8, !dbg !20
	%52 = getelementptr i8, i8* %v91, i64 8, !dbg !20
	%53 = bitcast i8* %52 to i64*, !dbg !20
	store i64 1, i64* %53, align 8, !dbg !20
	%v96 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_max to i8*), i8* %v75, i8* %v91, i64 0), !dbg !20
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v91)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v75)
	br label %b20, !dbg !20

b20:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v75)
	%54 = getelementptr i8, i8* %ctx, i64 32, !dbg !21
	%55 = bitcast i8* %54 to i64*, !dbg !21
	%v97 = load i64, i64* %55, align 8, !dbg !21
	%56 = getelementptr i8, i8* %ctx, i64 32, !dbg !22
	%57 = bitcast i8* %56 to i64*, !dbg !22
	%v99 = load i64, i64* %57, align 8, !dbg !22
	%v101.c = icmp uge i64 %v99, 100, !dbg !22
	%v101 = zext i1 %v101.c to i64, !dbg !22
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v98)
	%58 = bitcast i8* %v98 to i64*, !dbg !22
	store i64 %v101, i64* %58, align 8, !dbg !22
	%v104 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_by to i8*), i8* %v98), !dbg !22
	%59 = icmp ne i8* %v104, null
	br i1 %59, label %b27, label %b28, !dbg !22

b27:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v98)
	%60 = bitcast i8* %v104 to i64*, !dbg !22
	%v105 = load i64, i64* %60, align 8, !dbg !22
	%v106 = add i64 %v105, %v97, !dbg !22
	%61 = bitcast i8* %v104 to i64*, !dbg !22
	store i64 %v106, i64* %61, align 8, !dbg !22
	%62 = getelementptr i8, i8* %v104, i64 8, !dbg !22
	%63 = bitcast i8* %62 to i64*, !dbg !22
	%v108 = load i64, i64* %63, align 8, !dbg !22
	%v110 = add i64 %v108, 1, !dbg !22
	%64 = getelementptr i8, i8* %v104, i64 8, !dbg !22
	%65 = bitcast i8* %64 to i64*, !dbg !22
	store i64 %v110, i64* %65, align 8, !dbg !22
	br label %b29, !dbg !22

b28:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v113)
	%66 = bitcast i8* %v113 to i64*, !dbg !22
	store i64 %v97, i64* %66, align 8, !dbg !22
	%67 = getelementptr i8, i8* %v113, i64 8, !dbg !22
	%68 = bitcast i8* %67 to i64*, !dbg !22
	store i64 1, i64* %68, align 8, !dbg !22
	%v118 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_by to i8*), i8* %v98, i8* %v113, i64 0), !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v113)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v98)
	br label %b29, !dbg !22

b29:
	%69 = getelementptr i8, i8* %ctx, i64 32, !dbg !24
	%70 = bitcast i8* %69 to i64*, !dbg !24
	%v119 = load i64, i64* %70, align 8, !dbg !24
	%71 = getelementptr i8, i8* %ctx, i64 32, !dbg !25
	%72 = bitcast i8* %71 to i64*, !dbg !25
	%v121 = load i64, i64* %72, align 8, !dbg !25
	%v123.c = icmp uge i64 %v121, 100, !dbg !25
	%v123 = zext i1 %v123.c to i64, !dbg !25
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v120)
	%73 = bitcast i8* %v120 to i64*, !dbg !25
	store i64 %v123, i64* %73, align 8, !dbg !25
	%v126 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mins to i8*), i8* %v120), !dbg !25
	%v128 = sub i64 u0xFFFFFFFF, %v119, !dbg !25
	%74 = icmp ne i8* %v126, null
	br i1 %74, label %b30, label %b31, !dbg !25

b30:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v120)
	%75 = getelementptr i8, i8* %v126, i64 8, !dbg !25
	%76 = bitcast i8* %75 to i64*, !dbg !25
	%v130 = load i64, i64* %76, align 8, !dbg !25
	%77 = icmp ne i64 %v130, 0
	br i1 %77, label %b33, label %b34, !dbg !25

b33:
	%78 = bitcast i8* %v126 to i64*, !dbg !25
	%v132 = load i64, i64* %78, align 8, !dbg !25
	%v133 = sub i64 u0xFFFFFFFF, %v132, !dbg !25
	%v176 = icmp sge i64 %v128, %v133, !dbg !25
	br i1 %v176, label %b35, label %b32, !dbg !25

b34:
	%v135 = icmp sge i64 %v128, 0, !dbg !25
	br i1 %v135, label %b35, label %b32, !dbg !25

b35:
	%79 = bitcast i8* %v126 to i64*, !dbg !25
	store i64 %v119, i64* %79, align 8, !dbg !25
	%80 = getelementptr i8, i8* %v126, i64 8, !dbg !25
	%81 = bitcast i8* %80 to i64*, !dbg !25
	store i64 1, i64* %81, align 8, !dbg !25
	br label %b32, !dbg !25

b31:
	%v140 = icmp sge i64 %v128, 0, !dbg !25
	br i1 %v140, label %b37, label %b32, !dbg !25

b37:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v142)
	%82 = bitcast i8* %v142 to i64*, !dbg !25
	store i64 %v119, i64* %82, align 8, !dbg !25
	%83 = getelementptr i8, i8* %v142, i64 8, !dbg !25
	%84 = bitcast i8* %83 to i64*, !dbg !25
	store i64 1, i64* %84, align 8, !dbg !25
	%v147 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_mins to i8*), i8* %v120, i8* %v142, i64 0), !dbg !25
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v142)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v120)
	br label %b32, !dbg !25

b32:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v120)
	%85 = getelementptr i8, i8* %ctx, i64 32, !dbg !26
	%86 = bitcast i8* %85 to i64*, !dbg !26
	%v148 = load i64, i64* %86, align 8, !dbg !26
	%87 = getelementptr i8, i8* %ctx, i64 32, !dbg !27
	%88 = bitcast i8* %87 to i64*, !dbg !27
	%v150 = load i64, i64* %88, align 8, !dbg !27
	%v152.c = icmp uge i64 %v150, 100, !dbg !27
	%v152 = zext i1 %v152.c to i64, !dbg !27
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v149)
	%89 = bitcast i8* %v149 to i64*, !dbg !27
	store i64 %v152, i64* %89, align 8, !dbg !27
	%v155 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_maxs to i8*), i8* %v149), !dbg !27
	%90 = icmp ne i8* %v155, null
	br i1 %90, label %b39, label %b40, !dbg !27

b39:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v149)
	%91 = getelementptr i8, i8* %v155, i64 8, !dbg !27
	%92 = bitcast i8* %91 to i64*, !dbg !27
	%v157 = load i64, i64* %92, align 8, !dbg !27
	%93 = icmp ne i64 %v157, 0
	br i1 %93, label %b42, label %b43, !dbg !27

b42:
	%94 = bitcast i8* %v155 to i64*, !dbg !27
	%v158 = load i64, i64* %94, align 8, !dbg !27
	%v177 = icmp sge i64 %v148, %v158, !dbg !27
	br i1 %v177, label %b44, label %b2, !dbg !27

b43:
	%v160 = icmp sge i64 %v148, 0, !dbg !27
	br i1 %v160, label %b44, label %b2, !dbg !27

b44:
	%95 = bitcast i8* %v155 to i64*, !dbg !27
	store i64 %v148, i64* %95, align 8, !dbg !27
	%96 = getelementptr i8, i8* %v155, i64 8, !dbg !27
	%97 = bitcast i8* %96 to i64*, !dbg !27
	store i64 1, i64* %97, align 8, !dbg !27
	br label %b2, !dbg !27

b40:
	%v165 = icmp sge i64 %v148, 0, !dbg !27
	br i1 %v165, label %b46, label %b2, !dbg !27

b46:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v167)
	%98 = bitcast i8* %v167 to i64*, !dbg !27
	store i64 %v148, i64* %98, align 8, !dbg !27
	%99 = getelementptr i8, i8* %v167, i64 8, !dbg !27
	%100 = bitcast i8* %99 to i64*, !dbg !27
	store i64 1, i64* %100, align 8, !dbg !27
	%v172 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_maxs to i8*), i8* %v149, i8* %v167, i64 0), !dbg !27
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v167)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v149)
	br label %b2, !dbg !27

b2:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v149)
	ret i64 0, !dbg !11
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

define i64 @tp_sys_enter_getppid(i8* %ctx) nounwind section "bpftc/tp_sys_enter_getppid" !dbg !28 {
b0:
	%v21.slot = alloca [16 x i8], align 8
	%v21 = bitcast [16 x i8]* %v21.slot to i8*
	%v8.slot = alloca [8 x i8], align 8
	%v8 = bitcast [8 x i8]* %v8.slot to i8*
	%v1 = call i64 inttoptr (i64 14 to i64 ()*)(), !dbg !31
	%v3 = lshr i64 %v1, 32, !dbg !31
	%v5 = icmp eq i64 %v3, 4242, !dbg !31
	br i1 %v5, label %b1, label %b2, !dbg !31

b1:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v8)
	%0 = bitcast i8* %v8 to i64*, !dbg !34
	store i64 0, i64* %0, align 8, !dbg !34
	%v12 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_calls to i8*), i8* %v8), !dbg !34
	%1 = icmp ne i8* %v12, null
	br i1 %1, label %b3, label %b4, !dbg !34

b3:
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v8)
	%2 = bitcast i8* %v12 to i64*, !dbg !34
	%v13 = load i64, i64* %2, align 8, !dbg !34
	%v14 = add i64 %v13, 1, !dbg !34
	%3 = bitcast i8* %v12 to i64*, !dbg !34
	store i64 %v14, i64* %3, align 8, !dbg !34
	%4 = getelementptr i8, i8* %v12, i64 8, !dbg !34
	%5 = bitcast i8* %4 to i64*, !dbg !34
	%v16 = load i64, i64* %5, align 8, !dbg !34
	%v18 = add i64 %v16, 1, !dbg !34
	%6 = getelementptr i8, i8* %v12, i64 8, !dbg !34
	%7 = bitcast i8* %6 to i64*, !dbg !34
	store i64 %v18, i64* %7, align 8, !dbg !34
	br label %b2, !dbg !34

b4:
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v21)
	%8 = bitcast i8* %v21 to i64*, !dbg !34
	store i64 1, i64* %8, align 8, !dbg !34
	%9 = getelementptr i8, i8* %v21, i64 8, !dbg !34
	%10 = bitcast i8* %9 to i64*, !dbg !34
	store i64 1, i64* %10, align 8, !dbg !34
	%v26 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_calls to i8*), i8* %v8, i8* %v21, i64 0), !dbg !34
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v21)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v8)
	br label %b2, !dbg !34

b2:
	ret i64 0, !dbg !31
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
!8 = distinct !DISubprogram(name: "tp_sys_enter_write", scope: !0, file: !0, line: 230, type: !4, scopeLine: 230, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 230, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 230, scope: !8)
!12 = !DILocation(line: 238, scope: !8)
!13 = !DILocation(line: 252, scope: !8)
!14 = !DILocation(line: 245, scope: !8)
!15 = !DILocation(line: 280, scope: !8)
!16 = !DILocation(line: 271, scope: !8)
!17 = !DILocation(line: 308, scope: !8)
!18 = !DILocation(line: 301, scope: !8)
!19 = !DILocation(line: 334, scope: !8)
!20 = !DILocation(line: 327, scope: !8)
!21 = !DILocation(line: 379, scope: !8)
!22 = !DILocation(line: 353, scope: !8)
!23 = !DILocation(line: 372, scope: !8)
!24 = !DILocation(line: 428, scope: !8)
!25 = !DILocation(line: 400, scope: !8)
!26 = !DILocation(line: 475, scope: !8)
!27 = !DILocation(line: 447, scope: !8)
!28 = distinct !DISubprogram(name: "tp_sys_enter_getppid", scope: !0, file: !0, line: 534, type: !4, scopeLine: 534, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !30)
!29 = !DILocalVariable(name: "ctx", arg: 1, scope: !28, file: !0, line: 534, type: !3)
!30 = !{!29}
!31 = !DILocation(line: 534, scope: !28)
!32 = !DILocation(line: 542, scope: !28)
!33 = !DILocation(line: 558, scope: !28)
!34 = !DILocation(line: 549, scope: !28)
