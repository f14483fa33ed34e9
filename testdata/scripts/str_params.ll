target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_k = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 64, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_n = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 8, i32 u0x1000, i32 0 }, section "maps", align 4
@AT_p = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 64, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" {
b0:
	%v274.slot = alloca [8 x i8], align 8
	%v274 = bitcast [8 x i8]* %v274.slot to i8*
	%v267.slot = alloca [8 x i8], align 8
	%v267 = bitcast [8 x i8]* %v267.slot to i8*
	%v261.slot = alloca [8 x i8], align 8
	%v261 = bitcast [8 x i8]* %v261.slot to i8*
	%v244.slot = alloca [64 x i8], align 8
	%v244 = bitcast [64 x i8]* %v244.slot to i8*
	%v238.slot = alloca [8 x i8], align 8
	%v238 = bitcast [8 x i8]* %v238.slot to i8*
	%v211.slot = alloca [64 x i8], align 8
	%v211 = bitcast [64 x i8]* %v211.slot to i8*
	%v210.slot = alloca [8 x i8], align 8
	%v210 = bitcast [8 x i8]* %v210.slot to i8*
	%v204.slot = alloca [8 x i8], align 8
	%v204 = bitcast [8 x i8]* %v204.slot to i8*
	%v187.slot = alloca [64 x i8], align 8
	%v187 = bitcast [64 x i8]* %v187.slot to i8*
	%v180.slot = alloca [8 x i8], align 8
	%v180 = bitcast [8 x i8]* %v180.slot to i8*
	%v151.slot = alloca [64 x i8], align 8
	%v151 = bitcast [64 x i8]* %v151.slot to i8*
	%v138.slot = alloca [24 x i8], align 8
	%v138 = bitcast [24 x i8]* %v138.slot to i8*
	%v99.slot = alloca [136 x i8], align 8
	%v99 = bitcast [136 x i8]* %v99.slot to i8*
	%v44.slot = alloca [200 x i8], align 8
	%v44 = bitcast [200 x i8]* %v44.slot to i8*
	%v1.slot = alloca [152 x i8], align 8
	%v1 = bitcast [152 x i8]* %v1.slot to i8*
	call void @llvm.lifetime.start.p0i8(i64 152, i8* %v1)
	%0 = bitcast i8* %v1 to i64*
	store i64 0, i64* %0, align 8
	%1 = getelementptr i8, i8* %v1, i64 8
	%2 = bitcast i8* %1 to i64*
	store i64 42, i64* %2, align 8
	%3 = getelementptr i8, i8* %v1, i64 16
	%4 = bitcast i8* %3 to i64*
	store i64 478560413032, i64* %4, align 8
	%5 = getelementptr i8, i8* %v1, i64 24
	%6 = bitcast i8* %5 to i64*
	store i64 0, i64* %6, align 8
	%7 = getelementptr i8, i8* %v1, i64 32
	%8 = bitcast i8* %7 to i64*
	store i64 0, i64* %8, align 8
	%9 = getelementptr i8, i8* %v1, i64 40
	%10 = bitcast i8* %9 to i64*
	store i64 0, i64* %10, align 8
	%11 = getelementptr i8, i8* %v1, i64 48
	%12 = bitcast i8* %11 to i64*
	store i64 0, i64* %12, align 8
	%13 = getelementptr i8, i8* %v1, i64 56
	%14 = bitcast i8* %13 to i64*
	store i64 0, i64* %14, align 8
	%15 = getelementptr i8, i8* %v1, i64 64
	%16 = bitcast i8* %15 to i64*
	store i64 0, i64* %16, align 8
	%17 = getelementptr i8, i8* %v1, i64 72
	%18 = bitcast i8* %17 to i64*
	store i64 0, i64* %18, align 8
	%19 = getelementptr i8, i8* %v1, i64 80
	%20 = bitcast i8* %19 to i64*
	store i64 3, i64* %20, align 8
	%21 = getelementptr i8, i8* %v1, i64 88
	%22 = bitcast i8* %21 to i64*
	store i64 0, i64* %22, align 8
	%23 = getelementptr i8, i8* %v1, i64 96
	%24 = bitcast i8* %23 to i64*
	store i64 0, i64* %24, align 8
	%25 = getelementptr i8, i8* %v1, i64 104
	%26 = bitcast i8* %25 to i64*
	store i64 0, i64* %26, align 8
	%27 = getelementptr i8, i8* %v1, i64 112
	%28 = bitcast i8* %27 to i64*
	store i64 0, i64* %28, align 8
	%29 = getelementptr i8, i8* %v1, i64 120
	%30 = bitcast i8* %29 to i64*
	store i64 0, i64* %30, align 8
	%31 = getelementptr i8, i8* %v1, i64 128
	%32 = bitcast i8* %31 to i64*
	store i64 0, i64* %32, align 8
	%33 = getelementptr i8, i8* %v1, i64 136
	%34 = bitcast i8* %33 to i64*
	store i64 0, i64* %34, align 8
	%35 = getelementptr i8, i8* %v1, i64 144
	%36 = bitcast i8* %35 to i64*
	store i64 0, i64* %36, align 8
	%v43 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v1, i64 152, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 152, i8* %v1)
	call void @llvm.lifetime.start.p0i8(i64 200, i8* %v44)
	%37 = bitcast i8* %v44 to i64*
	store i64 1, i64* %37, align 8
	%38 = getelementptr i8, i8* %v44, i64 8
	%39 = bitcast i8* %38 to i64*
	store i64 1869376613, i64* %39, align 8
	%40 = getelementptr i8, i8* %v44, i64 16
	%41 = bitcast i8* %40 to i64*
	store i64 0, i64* %41, align 8
	%42 = getelementptr i8, i8* %v44, i64 24
	%43 = bitcast i8* %42 to i64*
	store i64 0, i64* %43, align 8
	%44 = getelementptr i8, i8* %v44, i64 32
	%45 = bitcast i8* %44 to i64*
	store i64 0, i64* %45, align 8
	%46 = getelementptr i8, i8* %v44, i64 40
	%47 = bitcast i8* %46 to i64*
	store i64 0, i64* %47, align 8
	%48 = getelementptr i8, i8* %v44, i64 48
	%49 = bitcast i8* %48 to i64*
	store i64 0, i64* %49, align 8
	%50 = getelementptr i8, i8* %v44, i64 56
	%51 = bitcast i8* %50 to i64*
	store i64 0, i64* %51, align 8
	%52 = getelementptr i8, i8* %v44, i64 64
	%53 = bitcast i8* %52 to i64*
	store i64 0, i64* %53, align 8
	%54 = getelementptr i8, i8* %v44, i64 72
	%55 = bitcast i8* %54 to i64*
	store i64 7302252, i64* %55, align 8
	%56 = getelementptr i8, i8* %v44, i64 80
	%57 = bitcast i8* %56 to i64*
	store i64 0, i64* %57, align 8
	%58 = getelementptr i8, i8* %v44, i64 88
	%59 = bitcast i8* %58 to i64*
	store i64 0, i64* %59, align 8
	%60 = getelementptr i8, i8* %v44, i64 96
	%61 = bitcast i8* %60 to i64*
	store i64 0, i64* %61, align 8
	%62 = getelementptr i8, i8* %v44, i64 104
	%63 = bitcast i8* %62 to i64*
	store i64 0, i64* %63, align 8
	%64 = getelementptr i8, i8* %v44, i64 112
	%65 = bitcast i8* %64 to i64*
	store i64 0, i64* %65, align 8
	%66 = getelementptr i8, i8* %v44, i64 120
	%67 = bitcast i8* %66 to i64*
	store i64 0, i64* %67, align 8
	%68 = getelementptr i8, i8* %v44, i64 128
	%69 = bitcast i8* %68 to i64*
	store i64 0, i64* %69, align 8
	%70 = getelementptr i8, i8* %v44, i64 136
	%71 = bitcast i8* %70 to i64*
	store i64 111, i64* %71, align 8
	%72 = getelementptr i8, i8* %v44, i64 144
	%73 = bitcast i8* %72 to i64*
	store i64 0, i64* %73, align 8
	%74 = getelementptr i8, i8* %v44, i64 152
	%75 = bitcast i8* %74 to i64*
	store i64 0, i64* %75, align 8
	%76 = getelementptr i8, i8* %v44, i64 160
	%77 = bitcast i8* %76 to i64*
	store i64 0, i64* %77, align 8
	%78 = getelementptr i8, i8* %v44, i64 168
	%79 = bitcast i8* %78 to i64*
	store i64 0, i64* %79, align 8
	%80 = getelementptr i8, i8* %v44, i64 176
	%81 = bitcast i8* %80 to i64*
	store i64 0, i64* %81, align 8
	%82 = getelementptr i8, i8* %v44, i64 184
	%83 = bitcast i8* %82 to i64*
	store i64 0, i64* %83, align 8
	%84 = getelementptr i8, i8* %v44, i64 192
	%85 = bitcast i8* %84 to i64*
	store i64 0, i64* %85, align 8
	%v98 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v44, i64 200, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 200, i8* %v44)
	call void @llvm.lifetime.start.p0i8(i64 136, i8* %v99)
	%86 = bitcast i8* %v99 to i64*
	store i64 2, i64* %86, align 8
	%87 = getelementptr i8, i8* %v99, i64 8
	%88 = bitcast i8* %87 to i64*
	store i64 7103848, i64* %88, align 8
	%89 = getelementptr i8, i8* %v99, i64 16
	%90 = bitcast i8* %89 to i64*
	store i64 0, i64* %90, align 8
	%91 = getelementptr i8, i8* %v99, i64 24
	%92 = bitcast i8* %91 to i64*
	store i64 0, i64* %92, align 8
	%93 = getelementptr i8, i8* %v99, i64 32
	%94 = bitcast i8* %93 to i64*
	store i64 0, i64* %94, align 8
	%95 = getelementptr i8, i8* %v99, i64 40
	%96 = bitcast i8* %95 to i64*
	store i64 0, i64* %96, align 8
	%97 = getelementptr i8, i8* %v99, i64 48
	%98 = bitcast i8* %97 to i64*
	store i64 0, i64* %98, align 8
	%99 = getelementptr i8, i8* %v99, i64 56
	%100 = bitcast i8* %99 to i64*
	store i64 0, i64* %100, align 8
	%101 = getelementptr i8, i8* %v99, i64 64
	%102 = bitcast i8* %101 to i64*
	store i64 0, i64* %102, align 8
	%103 = getelementptr i8, i8* %v99, i64 72
	%104 = bitcast i8* %103 to i64*
	store i64 12852, i64* %104, align 8
	%105 = getelementptr i8, i8* %v99, i64 80
	%106 = bitcast i8* %105 to i64*
	store i64 0, i64* %106, align 8
	%107 = getelementptr i8, i8* %v99, i64 88
	%108 = bitcast i8* %107 to i64*
	store i64 0, i64* %108, align 8
	%109 = getelementptr i8, i8* %v99, i64 96
	%110 = bitcast i8* %109 to i64*
	store i64 0, i64* %110, align 8
	%111 = getelementptr i8, i8* %v99, i64 104
	%112 = bitcast i8* %111 to i64*
	store i64 0, i64* %112, align 8
	%113 = getelementptr i8, i8* %v99, i64 112
	%114 = bitcast i8* %113 to i64*
	store i64 0, i64* %114, align 8
	%115 = getelementptr i8, i8* %v99, i64 120
	%116 = bitcast i8* %115 to i64*
	store i64 0, i64* %116, align 8
	%117 = getelementptr i8, i8* %v99, i64 128
	%118 = bitcast i8* %117 to i64*
	store i64 0, i64* %118, align 8
	%v137 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v99, i64 136, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 136, i8* %v99)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v138)
	%119 = bitcast i8* %v138 to i64*
	store i64 30007, i64* %119, align 8
	%120 = getelementptr i8, i8* %v138, i64 8
	%121 = bitcast i8* %120 to i64*
	store i64 0, i64* %121, align 8
	%122 = getelementptr i8, i8* %v138, i64 16
	%123 = bitcast i8* %122 to i64*
	store i64 42, i64* %123, align 8
	%v150 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v138, i64 24, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v138)
	call void @llvm.lifetime.start.p0i8(i64 64, i8* %v151)
	%124 = bitcast i8* %v151 to i64*
	store i64 478560413032, i64* %124, align 8
	%125 = getelementptr i8, i8* %v151, i64 8
	%126 = bitcast i8* %125 to i64*
	store i64 0, i64* %126, align 8
	%127 = getelementptr i8, i8* %v151, i64 16
	%128 = bitcast i8* %127 to i64*
	store i64 0, i64* %128, align 8
	%129 = getelementptr i8, i8* %v151, i64 24
	%130 = bitcast i8* %129 to i64*
	store i64 0, i64* %130, align 8
	%131 = getelementptr i8, i8* %v151, i64 32
	%132 = bitcast i8* %131 to i64*
	store i64 0, i64* %132, align 8
	%133 = getelementptr i8, i8* %v151, i64 40
	%134 = bitcast i8* %133 to i64*
	store i64 0, i64* %134, align 8
	%135 = getelementptr i8, i8* %v151, i64 48
	%136 = bitcast i8* %135 to i64*
	store i64 0, i64* %136, align 8
	%137 = getelementptr i8, i8* %v151, i64 56
	%138 = bitcast i8* %137 to i64*
	store i64 0, i64* %138, align 8
	%139 = bitcast i8* %v151 to i32*
	%140 = load i32, i32* %139, align 4
	%v169 = zext i32 %140 to i64
	%v172 = icmp ne i64 %v169, 1819043176
	br i1 %v172, label %b1, label %b2

b2:
	%141 = getelementptr i8, i8* %v151, i64 4
	%142 = bitcast i8* %141 to i16*
	%143 = load i16, i16* %142, align 2
	%v174 = zext i16 %143 to i64
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v151)
	%v177 = icmp ne i64 %v174, 111
	br i1 %v177, label %b1, label %b3

b3:
	br label %b1

b1:
	%v179 = phi i64 [ 0, %b0 ], [ 0, %b2 ], [ 1, %b3 ]
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v151)
	%144 = icmp ne i64 %v179, 0
	br i1 %144, label %b4, label %b5

b4:
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v180)
	%145 = bitcast i8* %v180 to i64*
	store i64 3, i64* %145, align 8
	%v186 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v180, i64 8, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v180)
	br label %b5

b5:
	call void @llvm.lifetime.start.p0i8(i64 64, i8* %v187)
	%146 = bitcast i8* %v187 to i64*
	store i64 478560413032, i64* %146, align 8
	%147 = getelementptr i8, i8* %v187, i64 8
	%148 = bitcast i8* %147 to i64*
	store i64 0, i64* %148, align 8
	%149 = getelementptr i8, i8* %v187, i64 16
	%150 = bitcast i8* %149 to i64*
	store i64 0, i64* %150, align 8
	%151 = getelementptr i8, i8* %v187, i64 24
	%152 = bitcast i8* %151 to i64*
	store i64 0, i64* %152, align 8
	%153 = getelementptr i8, i8* %v187, i64 32
	%154 = bitcast i8* %153 to i64*
	store i64 0, i64* %154, align 8
	%155 = getelementptr i8, i8* %v187, i64 40
	%156 = bitcast i8* %155 to i64*
	store i64 0, i64* %156, align 8
	%157 = getelementptr i8, i8* %v187, i64 48
	%158 = bitcast i8* %157 to i64*
	store i64 0, i64* %158, align 8
	%159 = getelementptr i8, i8* %v187, i64 56
	%160 = bitcast i8* %159 to i64*
	store i64 0, i64* %160, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v204)
	%161 = bitcast i8* %v204 to i64*
	store i64 0, i64* %161, align 8
	%v209 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_p to i8*), i8* %v204, i8* %v187, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v204)
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v187)
	call void @llvm.lifetime.start.p0i8(i64 64, i8* %v211)
	%162 = bitcast i8* %v211 to i64*
	store i64 478560413032, i64* %162, align 8
	%163 = getelementptr i8, i8* %v211, i64 8
	%164 = bitcast i8* %163 to i64*
	store i64 0, i64* %164, align 8
	%165 = getelementptr i8, i8* %v211, i64 16
	%166 = bitcast i8* %165 to i64*
	store i64 0, i64* %166, align 8
	%167 = getelementptr i8, i8* %v211, i64 24
	%168 = bitcast i8* %167 to i64*
	store i64 0, i64* %168, align 8
	%169 = getelementptr i8, i8* %v211, i64 32
	%170 = bitcast i8* %169 to i64*
	store i64 0, i64* %170, align 8
	%171 = getelementptr i8, i8* %v211, i64 40
	%172 = bitcast i8* %171 to i64*
	store i64 0, i64* %172, align 8
	%173 = getelementptr i8, i8* %v211, i64 48
	%174 = bitcast i8* %173 to i64*
	store i64 0, i64* %174, align 8
	%175 = getelementptr i8, i8* %v211, i64 56
	%176 = bitcast i8* %175 to i64*
	store i64 0, i64* %176, align 8
	%177 = bitcast i8* %v211 to i16*
	%178 = load i16, i16* %177, align 2
	%v229 = zext i16 %178 to i64
	%v231 = icmp ne i64 %v229, 25960
	br i1 %v231, label %b6, label %b7

b7:
	%179 = getelementptr i8, i8* %v211, i64 2
	%180 = load i8, i8* %179, align 1
	%v232 = zext i8 %180 to i64
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v211)
	%v234 = icmp ne i64 %v232, 108
	br i1 %v234, label %b6, label %b8

b8:
	br label %b6

b6:
	%v236 = phi i64 [ 1, %b5 ], [ 1, %b7 ], [ 0, %b8 ]
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v211)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v210)
	%181 = bitcast i8* %v210 to i64*
	store i64 %v236, i64* %181, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v238)
	%182 = bitcast i8* %v238 to i64*
	store i64 0, i64* %182, align 8
	%v243 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_n to i8*), i8* %v238, i8* %v210, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v238)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v210)
	call void @llvm.lifetime.start.p0i8(i64 64, i8* %v244)
	%183 = bitcast i8* %v244 to i64*
	store i64 7233174018435802742, i64* %183, align 8
	%184 = getelementptr i8, i8* %v244, i64 8
	%185 = bitcast i8* %184 to i64*
	store i64 0, i64* %185, align 8
	%186 = getelementptr i8, i8* %v244, i64 16
	%187 = bitcast i8* %186 to i64*
	store i64 0, i64* %187, align 8
	%188 = getelementptr i8, i8* %v244, i64 24
	%189 = bitcast i8* %188 to i64*
	store i64 0, i64* %189, align 8
	%190 = getelementptr i8, i8* %v244, i64 32
	%191 = bitcast i8* %190 to i64*
	store i64 0, i64* %191, align 8
	%192 = getelementptr i8, i8* %v244, i64 40
	%193 = bitcast i8* %192 to i64*
	store i64 0, i64* %193, align 8
	%194 = getelementptr i8, i8* %v244, i64 48
	%195 = bitcast i8* %194 to i64*
	store i64 0, i64* %195, align 8
	%196 = getelementptr i8, i8* %v244, i64 56
	%197 = bitcast i8* %196 to i64*
	store i64 0, i64* %197, align 8
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v261)
	%198 = bitcast i8* %v261 to i64*
	store i64 0, i64* %198, align 8
	%v266 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_k to i8*), i8* %v261, i8* %v244, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v261)
	call void @llvm.lifetime.end.p0i8(i64 64, i8* %v244)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v267)
	%199 = bitcast i8* %v267 to i64*
	store i64 30000, i64* %199, align 8
	%v273 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v267, i64 8, i64 0)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v267)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v274)
	%200 = bitcast i8* %v274 to i32*
	store i32 0, i32* %200, align 4
	%v278 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v274)
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v274)
	%201 = icmp ne i8* %v278, null
	br i1 %201, label %b9, label %b10

b9:
	%202 = bitcast i8* %v278 to i64*
	store i64 1, i64* %202, align 8
	br label %b10

b10:
	ret i64 0
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind
