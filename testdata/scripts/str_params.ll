target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_k = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 64, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_n = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_p = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 64, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" !dbg !8 {
b0:
	%v274.slot = alloca [8 x i8], align 8
	%v274 = bitcast [8 x i8]* %v274.slot to i8*
	%v267.slot = alloca [8 x i8], align 8
	%v267 = bitcast [8 x i8]* %v267.slot to i8*
	%v244.slot = alloca [64 x i8], align 8
	%v244 = bitcast [64 x i8]* %v244.slot to i8*
	%v204.slot = alloca [8 x i8], align 8
	%v204 = bitcast [8 x i8]* %v204.slot to i8*
	%v187.slot = alloca [64 x i8], align 8
	%v187 = bitcast [64 x i8]* %v187.slot to i8*
	%v180.slot = alloca [8 x i8], align 8
	%v180 = bitcast [8 x i8]* %v180.slot to i8*
	%v138.slot = alloca [24 x i8], align 8
	%v138 = bitcast [24 x i8]* %v138.slot to i8*
	%v99.slot = alloca [136 x i8], align 8
	%v99 = bitcast [136 x i8]* %v99.slot to i8*
	%v44.slot = alloca [200 x i8], align 8
	%v44 = bitcast [200 x i8]* %v44.slot to i8*
	%v1.slot = alloca [152 x i8], align 8
	%v1 = bitcast [152 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 152, i8* %v1)
	%0 = bitcast i8* %v1 to i64*, !dbg !11
	store i64 0, i64* %0, align 8, !dbg !11
	%1 = getelementptr i8, i8* %v1, i64 8, !dbg !11
	%2 = bitcast i8* %1 to i64*, !dbg !11
	store i64 42, i64* %2, align 8, !dbg !11
	%3 = getelementptr i8, i8* %v1, i64 16, !dbg !13
	%4 = bitcast i8* %3 to i64*, !dbg !13
	store i64 478560413032, i64* %4, align 8, !dbg !13
	%5 = getelementptr i8, i8* %v1, i64 24, !dbg !13
	%6 = bitcast i8* %5 to i64*, !dbg !13
	store i64 0, i64* %6, align 8, !dbg !13
	%7 = getelementptr i8, i8* %v1, i64 32, !dbg !13
	%8 = bitcast i8* %7 to i64*, !dbg !13
	store i64 0, i64* %8, align 8, !dbg !13
	%9 = getelementptr i8, i8* %v1, i64 40, !dbg !13
	%10 = bitcast i8* %9 to i64*, !dbg !13
	store i64 0, i64* %10, align 8, !dbg !13
	%11 = getelementptr i8, i8* %v1, i64 48, !dbg !13
	%12 = bitcast i8* %11 to i64*, !dbg !13
	store i64 0, i64* %12, align 8, !dbg !13
	%13 = getelementptr i8, i8* %v1, i64 56, !dbg !13
	%14 = bitcast i8* %13 to i64*, !dbg !13
	store i64 0, i64* %14, align 8, !dbg !13
	%15 = getelementptr i8, i8* %v1, i64 64, !dbg !13
	%16 = bitcast i8* %15 to i64*, !dbg !13
	store i64 0, i64* %16, align 8, !dbg !13
	%17 = getelementptr i8, i8* %v1, i64 72, !dbg !13
	%18 = bitcast i8* %17 to i64*, !dbg !13
	store i64 0, i64* %18, align 8, !dbg !13
	%19 = getelementptr i8, i8* %v1, i64 80, !dbg !11
	%20 = bitcast i8* %19 to i64*, !dbg !11
	store i64 3, i64* %20, align 8, !dbg !11
	%21 = getelementptr i8, i8* %v1, i64 88, !dbg !15
	%22 = bitcast i8* %21 to i64*, !dbg !15
	store i64 0, i64* %22, align 8, !dbg !15
	%23 = getelementptr i8, i8* %v1, i64 96, !dbg !15
	%24 = bitcast i8* %23 to i64*, !dbg !15
	store i64 0, i64* %24, align 8, !dbg !15
	%25 = getelementptr i8, i8* %v1, i64 104, !dbg !15
	%26 = bitcast i8* %25 to i64*, !dbg !15
	store i64 0, i64* %26, align 8, !dbg !15
	%27 = getelementptr i8, i8* %v1, i64 112, !dbg !15
	%28 = bitcast i8* %27 to i64*, !dbg !15
	store i64 0, i64* %28, align 8, !dbg !15
	%29 = getelementptr i8, i8* %v1, i64 120, !dbg !15
	%30 = bitcast i8* %29 to i64*, !dbg !15
	store i64 0, i64* %30, align 8, !dbg !15
	%31 = getelementptr i8, i8* %v1, i64 128, !dbg !15
	%32 = bitcast i8* %31 to i64*, !dbg !15
	store i64 0, i64* %32, align 8, !dbg !15
	%33 = getelementptr i8, i8* %v1, i64 136, !dbg !15
	%34 = bitcast i8* %33 to i64*, !dbg !15
	store i64 0, i64* %34, align 8, !dbg !15
	%35 = getelementptr i8, i8* %v1, i64 144, !dbg !15
	%36 = bitcast i8* %35 to i64*, !dbg !15
	store i64 0, i64* %36, align 8, !dbg !15
	%v43 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v1, i64 152, i64 0), !dbg !11
	call void @llvm.lifetime.end.p0i8(i64 152, i8* %v1)
	call void @llvm.lifetime.start.p0i8(i64 200, i8* %v44)
	%37 = bitcast i8* %v44 to i64*, !dbg !16
	store i64 1, i64* %37, align 8, !dbg !16
	%38 = getelementptr i8, i8* %v44, i64 8, !dbg !17
	%39 = bitcast i8* %38 to i64*, !dbg !17
	store i64 1869376613, i64* %39, align 8, !dbg !17
	%40 = getelementptr i8, i8* %v44, i64 16, !dbg !17
	%41 = bitcast i8* %40 to i64*, !dbg !17
	store i64 0, i64* %41, align 8, !dbg !17
	%42 = getelementptr i8, i8* %v44, i64 24, !dbg !17
	%43 = bitcast i8* %42 to i64*, !dbg !17
	store i64 0, i64* %43, align 8, !dbg !17
	%44 = getelementptr i8, i8* %v44, i64 32, !dbg !17
	%45 = bitcast i8* %44 to i64*, !dbg !17
	store i64 0, i64* %45, align 8, !dbg !17
	%46 = getelementptr i8, i8* %v44, i64 40, !dbg !17
	%47 = bitcast i8* %46 to i64*, !dbg !17
	store i64 0, i64* %47, align 8, !dbg !17
	%48 = getelementptr i8, i8* %v44, i64 48, !dbg !17
	%49 = bitcast i8* %48 to i64*, !dbg !17
	store i64 0, i64* %49, align 8, !dbg !17
	%50 = getelementptr i8, i8* %v44, i64 56, !dbg !17
	%51 = bitcast i8* %50 to i64*, !dbg !17
	store i64 0, i64* %51, align 8, !dbg !17
	%52 = getelementptr i8, i8* %v44, i64 64, !dbg !17
	%53 = bitcast i8* %52 to i64*, !dbg !17
	store i64 0, i64* %53, align 8, !dbg !17
	%54 = getelementptr i8, i8* %v44, i64 72, !dbg !18
	%55 = bitcast i8* %54 to i64*, !dbg !18
	store i64 7302252, i64* %55, align 8, !dbg !18
	%56 = getelementptr i8, i8* %v44, i64 80, !dbg !18
	%57 = bitcast i8* %56 to i64*, !dbg !18
	store i64 0, i64* %57, align 8, !dbg !18
	%58 = getelementptr i8, i8* %v44, i64 88, !dbg !18
	%59 = bitcast i8* %58 to i64*, !dbg !18
	store i64 0, i64* %59, align 8, !dbg !18
	%60 = getelementptr i8, i8* %v44, i64 96, !dbg !18
	%61 = bitcast i8* %60 to i64*, !dbg !18
	store i64 0, i64* %61, align 8, !dbg !18
	%62 = getelementptr i8, i8* %v44, i64 104, !dbg !18
	%63 = bitcast i8* %62 to i64*, !dbg !18
	store i64 0, i64* %63, align 8, !dbg !18
	%64 = getelementptr i8, i8* %v44, i64 112, !dbg !18
	%65 = bitcast i8* %64 to i64*, !dbg !18
	store i64 0, i64* %65, align 8, !dbg !18
	%66 = getelementptr i8, i8* %v44, i64 120, !dbg !18
	%67 = bitcast i8* %66 to i64*, !dbg !18
	store i64 0, i64* %67, align 8, !dbg !18
	%68 = getelementptr i8, i8* %v44, i64 128, !dbg !18
	%69 = bitcast i8* %68 to i64*, !dbg !18
	store i64 0, i64* %69, align 8, !dbg !18
	%70 = getelementptr i8, i8* %v44, i64 136, !dbg !19
	%71 = bitcast i8* %70 to i64*, !dbg !19
	store i64 111, i64* %71, align 8, !dbg !19
	%72 = getelementptr i8, i8* %v44, i64 144, !dbg !19
	%73 = bitcast i8* %72 to i64*, !dbg !19
	store i64 0, i64* %73, align 8, !dbg !19
	%74 = getelementptr i8, i8* %v44, i64 152, !dbg !19
	%75 = bitcast i8* %74 to i64*, !dbg !19
	store i64 0, i64* %75, align 8, !dbg !19
	%76 = getelementptr i8, i8* %v44, i64 160, !dbg !19
	%77 = bitcast i8* %76 to i64*, !dbg !19
	store i64 0, i64* %77, align 8, !dbg !19
	%78 = getelementptr i8, i8* %v44, i64 168, !dbg !19
	%79 = bitcast i8* %78 to i64*, !dbg !19
	store i64 0, i64* %79, align 8, !dbg !19
	%80 = getelementptr i8, i8* %v44, i64 176, !dbg !19
	%81 = bitcast i8* %80 to i64*, !dbg !19
	store i64 0, i64* %81, align 8, !dbg !19
	%82 = getelementptr i8, i8* %v44, i64 184, !dbg !19
	%83 = bitcast i8* %82 to i64*, !dbg !19
	store i64 0, i64* %83, align 8, !dbg !19
	%84 = getelementptr i8, i8* %v44, i64 192, !dbg !19
	%85 = bitcast i8* %84 to i64*, !dbg !19
	store i64 0, i64* %85, align 8, !dbg !19
	%v98 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v44, i64 200, i64 0), !dbg !16
	call void @llvm.lifetime.end.p0i8(i64 200, i8* %v44)
	call void @llvm.lifetime.start.p0i8(i64 136, i8* %v99)
	%86 = bitcast i8* %v99 to i64*, !dbg !20
	store i64 2, i64* %86, align 8, !dbg !20
	%87 = getelementptr i8, i8* %v99, i64 8, !dbg !21
	%88 = bitcast i8* %87 to i64*, !dbg !21
	store i64 7103848, i64* %88, align 8, !dbg !21
	%89 = getelementptr i8, i8* %v99, i64 16, !dbg !21
	%90 = bitcast i8* %89 to i64*, !dbg !21
	store i64 0, i64* %90, align 8, !dbg !21
	%91 = getelementptr i8, i8* %v99, i64 24, !dbg !21
	%92 = bitcast i8* %91 to i64*, !dbg !21
	store i64 0, i64* %92, align 8, !dbg !21
	%93 = getelementptr i8, i8* %v99, i64 32, !dbg !21
	%94 = bitcast i8* %93 to i64*, !dbg !21
	store i64 0, i64* %94, align 8, !dbg !21
	%95 = getelementptr i8, i8* %v99, i64 40, !dbg !21
	%96 = bitcast i8* %95 to i64*, !dbg !21
	store i64 0, i64* %96, align 8, !dbg !21
	%97 = getelementptr i8, i8* %v99, i64 48, !dbg !21
	%98 = bitcast i8* %97 to i64*, !dbg !21
	store i64 0, i64* %98, align 8, !dbg !21
	%99 = getelementptr i8, i8* %v99, i64 56, !dbg !21
	%100 = bitcast i8* %99 to i64*, !dbg !21
	store i64 0, i64* %100, align 8, !dbg !21
	%101 = getelementptr i8, i8* %v99, i64 64, !dbg !21
	%102 = bitcast i8* %101 to i64*, !dbg !21
	store i64 0, i64* %102, align 8, !dbg !21
	%103 = getelementptr i8, i8* %v99, i64 72, !dbg !22
	%104 = bitcast i8* %103 to i64*, !dbg !22
	store i64 12852, i64* %104, align 8, !dbg !22
	%105 = getelementptr i8, i8* %v99, i64 80, !dbg !22
	%106 = bitcast i8* %105 to i64*, !dbg !22
	store i64 0, i64* %106, align 8, !dbg !22
	%107 = getelementptr i8, i8* %v99, i64 88, !dbg !22
	%108 = bitcast i8* %107 to i64*, !dbg !22
	store i64 0, i64* %108, align 8, !dbg !22
	%109 = getelementptr i8, i8* %v99, i64 96, !dbg !22
	%110 = bitcast i8* %109 to i64*, !dbg !22
	store i64 0, i64* %110, align 8, !dbg !22
	%111 = getelementptr i8, i8* %v99, i64 104, !dbg !22
	%112 = bitcast i8* %111 to i64*, !dbg !22
	store i64 0, i64* %112, align 8, !dbg !22
	%113 = getelementptr i8, i8* %v99, i64 112, !dbg !22
	%114 = bitcast i8* %113 to i64*, !dbg !22
	store i64 0, i64* %114, align 8, !dbg !22
	%115 = getelementptr i8, i8* %v99, i64 120, !dbg !22
	%116 = bitcast i8* %115 to i64*, !dbg !22
	store i64 0, i64* %116, align 8, !dbg !22
	%117 = getelementptr i8, i8* %v99, i64 128, !dbg !22
	%118 = bitcast i8* %117 to i64*, !dbg !22
	store i64 0, i64* %118, align 8, !dbg !22
	%v137 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v99, i64 136, i64 0), !dbg !20
	call void @llvm.lifetime.end.p0i8(i64 136, i8* %v99)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v138)
	%119 = bitcast i8* %v138 to i64*, !dbg !23
	store i64 30007, i64* %119, align 8, !dbg !23
	%120 = getelementptr i8, i8* %v138, i64 8, !dbg !23
	%121 = bitcast i8* %120 to i64*, !dbg !23
	store i64 0, i64* %121, align 8, !dbg !23
	%122 = getelementptr i8, i8* %v138, i64 16, !dbg !23
	%123 = bitcast i8* %122 to i64*, !dbg !23
	store i64 42, i64* %123, align 8, !dbg !23
	%v150 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v138, i64 24, i64 0), !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v138)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v180)
	%124 = bitcast i8* %v180 to i64*, !dbg !24
	store i64 3, i64* %124, align 8, !dbg !24
	%v186 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v180, i64 8, i64 0), !dbg !24
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v180)
	call void @llvm.lifetime.start.p0i8(i64 64, i8* %v187)
	%125 = bitcast i8* %v187 to i64*, !dbg !25
	store i64 478560413032, i64* %125, align 8, !dbg !25
	%126 = getelementptr i8, i8* %v187, i64 8, !dbg !25
	%127 = bitcast i8* %126 to i64*, !dbg !25
	store i64 0, i64* %127, align 8, !dbg !25
	%128 = getelementptr i8, i8* %v187, i64 16, !dbg !25
	%129 = bitcast i8* %128 to i64*, !dbg !25
	store i64 0, i64* %129, align 8, !dbg !25
	%130 = getelementptr i8, i8* %v187, i64 24, !dbg !25
	%131 = bitcast i8* %130 to i64*, !dbg !25
	store i64 0, i64* %131, align 8, !dbg !25
	%132 = getelementptr i8, i8* %v187, i64 32, !dbg !25
	%133 = bitcast i8* %132 to i64*, !dbg !25
	store i64 0, i64* %133, align 8, !dbg !25
	%134 = getelementptr i8, i8* %v187, i64 40, !dbg !25
	%135 = bitcast i8* %134 to i64*, !dbg !25
	store i64 0, i64* %135, align 8, !dbg !25
	%136 = getelementptr i8, i8* %v187, i64 48, !dbg !25
	%137 = bitcast i8* %136 to i64*, !dbg !25
	store i64 0, i64* %137, align 8, !dbg !25
	%138 = getelementptr i8, i8* %v187, i64 56, !dbg !25
	%139 = bitcast i8* %138 to i64*, !dbg !25
	store i64 0, i64* %139, align 8, !dbg !25
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v204)
	%140 = bitcast i8* %v204 to i64*, !dbg !26
	store i64 0, i64* %140, align 8, !dbg !26
	%v209 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_p to i8*), i8* %v204, i8* %v187, i64 0), !dbg !26
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v187)
	%v243 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_n to i8*), i8* %v204, i8* %v204, i64 0), !dbg !27
	call void @llvm.lifetime.start.p0i8(i64 64, i8* %v244)
	%141 = bitcast i8* %v244 to i64*, !dbg !28
	store i64 7233174018435802742, i64* %141, align 8, !dbg !28
	%142 = getelementptr i8, i8* %v244, i64 8, !dbg !28
	%143 = bitcast i8* %142 to i64*, !dbg !28
	store i64 0, i64* %143, align 8, !dbg !28
	%144 = getelementptr i8, i8* %v244, i64 16, !dbg !28
	%145 = bitcast i8* %144 to i64*, !dbg !28
	store i64 0, i64* %145, align 8, !dbg !28
	%146 = getelementptr i8, i8* %v244, i64 24, !dbg !28
	%147 = bitcast i8* %146 to i64*, !dbg !28
	store i64 0, i64* %147, align 8, !dbg !28
	%148 = getelementptr i8, i8* %v244, i64 32, !dbg !28
	%149 = bitcast i8* %148 to i64*, !dbg !28
	store i64 0, i64* %149, align 8, !dbg !28
	%150 = getelementptr i8, i8* %v244, i64 40, !dbg !28
	%151 = bitcast i8* %150 to i64*, !dbg !28
	store i64 0, i64* %151, align 8, !dbg !28
	%152 = getelementptr i8, i8* %v244, i64 48, !dbg !28
	%153 = bitcast i8* %152 to i64*, !dbg !28
	store i64 0, i64* %153, align 8, !dbg !28
	%154 = getelementptr i8, i8* %v244, i64 56, !dbg !28
	%155 = bitcast i8* %154 to i64*, !dbg !28
	store i64 0, i64* %155, align 8, !dbg !28
	%v266 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k to i8*), i8* %v204, i8* %v244, i64 0), !dbg !29
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v244)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v204)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v267)
	%156 = bitcast i8* %v267 to i64*, !dbg !30
	store i64 30000, i64* %156, align 8, !dbg !30
	%v273 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v267, i64 8, i64 0), !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v267)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v274)
	%157 = bitcast i8* %v274 to i32*, !dbg !30
	store i32 0, i32* %157, align 4, !dbg !30
	%v278 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v274), !dbg !30
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v274)
	%158 = icmp ne i8* %v278, null
	br i1 %158, label %b9, label %b10, !dbg !30

b9:
	%159 = bitcast i8* %v278 to i64*, !dbg !30
	store i64 1, i64* %159, align 8, !dbg !30
	br label %b10, !dbg !30

b10:
	ret i64 0, !dbg !30
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

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
!8 = distinct !DISubprogram(name: "BEGIN", scope: !0, file: !0, line: 208, type: !4, scopeLine: 208, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 208, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 208, scope: !8)
!12 = !DILocation(line: 233, scope: !8)
!13 = !DILocation(line: 237, scope: !8)
!14 = !DILocation(line: 246, scope: !8)
!15 = !DILocation(line: 250, scope: !8)
!16 = !DILocation(line: 261, scope: !8)
!17 = !DILocation(line: 282, scope: !8)
!18 = !DILocation(line: 295, scope: !8)
!19 = !DILocation(line: 308, scope: !8)
!20 = !DILocation(line: 323, scope: !8)
!21 = !DILocation(line: 341, scope: !8)
!22 = !DILocation(line: 353, scope: !8)
!23 = !DILocation(line: 364, scope: !8)
!24 = !DILocation(line: 409, scope: !8)
!25 = !DILocation(line: 437, scope: !8)
!26 = !DILocation(line: 432, scope: !8)
!27 = !DILocation(line: 447, scope: !8)
!28 = !DILocation(line: 487, scope: !8)
!29 = !DILocation(line: 482, scope: !8)
!30 = !DILocation(line: 497, scope: !8)
