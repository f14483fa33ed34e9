target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

@AT__events = global { i32, i32, i32, i32, i32 } { i32 27, i32 0, i32 0, i32 u0x100000, i32 0 }, section "maps", align 4
@AT__exit = global { i32, i32, i32, i32, i32 } { i32 2, i32 4, i32 8, i32 1, i32 0 }, section "maps", align 4
@AT_t = global { i32, i32, i32, i32, i32 } { i32 1, i32 8, i32 24, i32 u0x1000, i32 0 }, section "maps", align 4

define i64 @BEGIN(i8* %ctx) nounwind section "bpftc/BEGIN" !dbg !8 {
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
	%0 = bitcast i8* %v1 to i64*, !dbg !11
	store i64 30004, i64* %0, align 8, !dbg !11
	%1 = getelementptr i8, i8* %v1, i64 8, !dbg !11
	%2 = bitcast i8* %1 to i32*, !dbg !11
	store i32 0, i32* %2, align 4, !dbg !11
	%3 = getelementptr i8, i8* %v1, i64 12, !dbg !11
	call void @llvm.memset.p0i8.i64(i8* align 4 %3, i8 0, i64 4, i1 false), !dbg !11
	%v10 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v1, i64 16, i64 0), !dbg !11
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v1)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v11)
	%4 = bitcast i8* %v11 to i64*, !dbg !12
	store i64 30004, i64* %4, align 8, !dbg !12
	%5 = getelementptr i8, i8* %v11, i64 8, !dbg !12
	%6 = bitcast i8* %5 to i32*, !dbg !12
	store i32 1, i32* %6, align 4, !dbg !12
	%7 = getelementptr i8, i8* %v11, i64 12, !dbg !12
	call void @llvm.memset.p0i8.i64(i8* align 4 %7, i8 0, i64 4, i1 false), !dbg !12
	%v20 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v11, i64 16, i64 0), !dbg !12
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v11)
	call void @llvm.lifetime.start.p0i8(i64 40, i8* %v21)
	%8 = bitcast i8* %v21 to i64*, !dbg !13
	store i64 0, i64* %8, align 8, !dbg !13
	%9 = getelementptr i8, i8* %v21, i64 8, !dbg !14
	%10 = bitcast i8* %9 to i64*, !dbg !14
	store i64 0, i64* %10, align 8, !dbg !14
	%v26 = call i64 inttoptr (i64 125 to i64 ()*)(), !dbg !15
	%11 = getelementptr i8, i8* %v21, i64 16, !dbg !14
	%12 = bitcast i8* %11 to i64*, !dbg !14
	store i64 %v26, i64* %12, align 8, !dbg !14
	%13 = getelementptr i8, i8* %v21, i64 24, !dbg !16
	%14 = bitcast i8* %13 to i64*, !dbg !16
	store i64 1, i64* %14, align 8, !dbg !16
	%15 = getelementptr i8, i8* %v21, i64 32, !dbg !16
	%16 = bitcast i8* %15 to i64*, !dbg !16
	store i64 0, i64* %16, align 8, !dbg !16
	%v35 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v21, i64 40, i64 0), !dbg !13
	call void @llvm.lifetime.end.p0i8(i64 40, i8* %v21)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v36)
	%17 = bitcast i8* %v36 to i64*, !dbg !17
	store i64 20000, i64* %17, align 8, !dbg !17
	%v42 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v36, i64 8, i64 0), !dbg !17
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v36)
	call void @llvm.lifetime.start.p0i8(i64 16, i8* %v43)
	%18 = bitcast i8* %v43 to i64*, !dbg !18
	store i64 20001, i64* %18, align 8, !dbg !18
	%19 = getelementptr i8, i8* %v43, i64 8, !dbg !19
	%20 = bitcast i8* %19 to i32*, !dbg !19
	store i32 2037674863, i32* %20, align 4, !dbg !19
	%21 = getelementptr i8, i8* %v43, i64 12, !dbg !19
	%22 = bitcast i8* %21 to i16*, !dbg !19
	store i16 25968, i16* %22, align 2, !dbg !19
	%23 = getelementptr i8, i8* %v43, i64 14, !dbg !19
	store i8 0, i8* %23, align 1, !dbg !19
	%24 = getelementptr i8, i8* %v43, i64 15, !dbg !18
	call void @llvm.memset.p0i8.i64(i8* align 1 %24, i8 0, i64 1, i1 false), !dbg !18
	%v56 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v43, i64 16, i64 0), !dbg !18
	call void @llvm.lifetime.end.p0i8(i64 16, i8* %v43)
	call void @llvm.lifetime.start.p0i8(i64 24, i8* %v57)
	%25 = bitcast i8* %v57 to i64*, !dbg !20
	store i64 1, i64* %25, align 8, !dbg !20
	%26 = getelementptr i8, i8* %v57, i64 8, !dbg !21
	%27 = bitcast i8* %26 to i64*, !dbg !21
	store i64 2, i64* %27, align 8, !dbg !21
	%28 = getelementptr i8, i8* %v57, i64 16, !dbg !21
	%29 = bitcast i8* %28 to i64*, !dbg !21
	store i64 0, i64* %29, align 8, !dbg !21
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v64)
	%30 = bitcast i8* %v64 to i64*, !dbg !22
	store i64 0, i64* %30, align 8, !dbg !22
	%v69 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT_t to i8*), i8* %v64, i8* %v57, i64 0), !dbg !22
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v64)
	call void @llvm.lifetime.end.p0i8(i64 24, i8* %v57)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v70)
	%31 = bitcast i8* %v70 to i64*, !dbg !23
	store i64 30000, i64* %31, align 8, !dbg !23
	%v76 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__events to i8*), i8* %v70, i64 8, i64 0), !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v70)
	call void @llvm.lifetime.start.p0i8(i64 8, i8* %v77)
	%32 = bitcast i8* %v77 to i32*, !dbg !23
	store i32 0, i32* %32, align 4, !dbg !23
	%v81 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i32, i32, i32, i32, i32 }* @AT__exit to i8*), i8* %v77), !dbg !23
	call void @llvm.lifetime.end.p0i8(i64 8, i8* %v77)
	%33 = icmp ne i8* %v81, null
	br i1 %33, label %b1, label %b2, !dbg !23

b1:
	%34 = bitcast i8* %v81 to i64*, !dbg !23
	store i64 1, i64* %34, align 8, !dbg !23
	br label %b2, !dbg !23

b2:
	ret i64 0, !dbg !23
}

declare void @llvm.lifetime.end.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.lifetime.start.p0i8(i64 %0, i8* %1) argmemonly nounwind

declare void @llvm.memset.p0i8.i64(i8* %0, i8 %1, i64 %2, i1 %3) argmemonly nounwind

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
!8 = distinct !DISubprogram(name: "BEGIN", scope: !0, file: !0, line: 78, type: !4, scopeLine: 78, spFlags: DISPFlagDefinition, isOptimized: true, unit: !1, retainedNodes: !10)
!9 = !DILocalVariable(name: "ctx", arg: 1, scope: !8, file: !0, line: 78, type: !3)
!10 = !{!9}
!11 = !DILocation(line: 78, scope: !8)
!12 = !DILocation(line: 95, scope: !8)
!13 = !DILocation(line: 110, scope: !8)
!14 = !DILocation(line: 132, scope: !8)
!15 = !DILocation(line: 148, scope: !8)
!16 = !DILocation(line: 156, scope: !8)
!17 = !DILocation(line: 179, scope: !8)
!18 = !DILocation(line: 212, scope: !8)
!19 = !DILocation(line: 239, scope: !8)
!20 = !DILocation(line: 256, scope: !8)
!21 = !DILocation(line: 260, scope: !8)
!22 = !DILocation(line: 251, scope: !8)
!23 = !DILocation(line: 284, scope: !8)
