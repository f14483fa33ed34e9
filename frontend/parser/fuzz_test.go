package parser

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/source"
)

// FuzzParse checks that Parse never panics, that a program comes without
// syntax errors, that spans stay within the text (one past it at most),
// and that rendering and printing work on whatever it returns.
func FuzzParse(f *testing.F) {
	for _, pattern := range []string{"testdata/*.bt", "testdata/errors/*.bt"} {
		for _, path := range files(f, pattern) {
			b, err := os.ReadFile(path)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		file := &source.File{Name: "fuzz", Text: text}
		prog, diags := Parse(file, &Options{Params: []string{"1", "a"}})
		limit := source.Pos(len(text) + 1)
		for _, d := range diags {
			if d.Start < 0 || d.Start > d.End || d.End > limit {
				t.Errorf("diagnostic span %v out of range (len %d): %s", d.Span, len(text), d.Msg)
			}
		}
		diags.Render(&bytes.Buffer{}, file)
		if prog == nil {
			return
		}
		ast.Inspect(prog, func(n ast.Node) bool {
			for _, s := range []source.Span{n.Span(), n.Loc()} {
				if s.Start < 0 || s.Start > s.End || s.End > limit {
					t.Errorf("%T span %v out of range (len %d)", n, s, len(text))
				}
			}
			return true
		})
		ast.Fprint(&bytes.Buffer{}, prog)
	})
}

var benchScript = `#!/usr/bin/env bpftrace
#include <linux/sched.h>
#define LIMIT 10

BEGIN { printf("Tracing... Hit Ctrl-C to end.\n"); }

tracepoint:syscalls:sys_enter_openat,
tracepoint:syscalls:sys_enter_open
/comm != "bpftrace" && pid > LIMIT/
{
	@filename[tid] = args->filename;
	@start[tid] = nsecs;
}

tracepoint:syscalls:sys_exit_openat /@start[tid]/
{
	$ret = args->ret;
	$fd = $ret >= 0 ? $ret : -1;
	@lat[comm] = hist((nsecs - @start[tid]) / 1000);
	printf("%-6d %-16s %4d %s\n", pid, comm, $fd, str(@filename[tid]));
	delete(@filename[tid]); delete(@start[tid]);
}

END { clear(@filename); clear(@start); }
`

// BenchmarkParse parses a 25-line tool-like script (with a #define, so it
// takes both of bpftrace's passes).
func BenchmarkParse(b *testing.B) {
	f := &source.File{Name: "bench.bt", Text: benchScript}
	b.ReportAllocs()
	b.SetBytes(int64(len(benchScript)))
	for b.Loop() {
		if prog, diags := Parse(f, nil); prog == nil {
			b.Fatal(diags)
		}
	}
}

// BenchmarkParseGolden parses every golden script once per iteration.
func BenchmarkParseGolden(b *testing.B) {
	var fs []*source.File
	for _, path := range files(b, "testdata/*.bt") {
		t, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		fs = append(fs, &source.File{Name: filepath.Base(path), Text: string(t)})
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range fs {
			Parse(f, nil)
		}
	}
}
