package loader

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/cilium/ebpf/asm"

	"github.com/bpftc/bpftc/elfwriter"
	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/output"
)

// TestVerifierDiagnostic loads a program the verifier rejects (it reads r9,
// which nothing wrote) whose line info places the read on line 3 of a
// script, and checks the diagnostic: the script line and column, the
// verifier's message, and its last lines.
func TestVerifierDiagnostic(t *testing.T) {
	requireKernel(t)
	o := newTestObject()
	o.program("tp", "tracepoint/syscalls/sys_enter_getppid", asm.Instructions{
		asm.Mov.Imm(asm.R0, 0),
		asm.LoadMapPtr(asm.R1, 0).WithReference(abi.ExitMap),
		asm.Mov.Reg(asm.R0, asm.R9),
		asm.Return(),
	}, getppid)
	o.obj.Programs[0].Lines = []elfwriter.Line{
		{Insn: 0, File: "bad.bt", Text: "tracepoint:syscalls:sys_enter_getppid {", Line: 2, Col: 1},
		{Insn: 2, File: "bad.bt", Text: "\t@x = foo(bar, 1);", Line: 3, Col: 2},
	}
	var buf bytes.Buffer
	err := o.open(t).Run(context.Background(), &RunOptions{Output: output.NewText(&buf, &buf)})
	var ve *VerifierError
	if !errors.As(err, &ve) {
		t.Fatalf("error %v, want a VerifierError", err)
	}
	// Slot 3: the ld_imm64 takes two.
	if ve.Insn != 3 || ve.Source == nil || ve.Source.Line != 3 || ve.Source.Col != 2 {
		t.Fatalf("instruction %d, source %+v", ve.Insn, ve.Source)
	}
	want := "bad.bt:3:2-18: ERROR: the kernel verifier rejected this program: R9 !read_ok\n" +
		"    @x = foo(bar, 1);\n" +
		"    ~~~~~~~~~~~~~~~~\n" +
		"program tp (tracepoint:syscalls:sys_enter_getppid), instruction 3; the verifier's last lines (-v shows them all):\n"
	d := ve.Diagnostic()
	if !strings.HasPrefix(d, want) || !strings.HasSuffix(d, "\tR9 !read_ok\n") {
		t.Errorf("diagnostic:\n%s\nwant it to start with:\n%s", d, want)
	}
	ve.FullLog = true
	if full := ve.Diagnostic(); !strings.Contains(full, "the verifier's log:\n") || len(full) < len(d) {
		t.Errorf("full diagnostic:\n%s", full)
	}
}

// TestExprEnd checks how far the "~" marker reaches.
func TestExprEnd(t *testing.T) {
	for _, tc := range []struct {
		line string
		col  int
		want int
	}{
		{"\t@x = foo(bar, 1);", 2, 18},
		{"\t@x = foo(bar, 1);", 7, 18},     // the call
		{"\t@x = foo(bar, 1);", 11, 14},    // bar: up to the comma
		{"\t@x = foo(bar, 1);", 16, 17},    // 1: up to the closing bracket
		{`printf("a;b)", x); // c`, 1, 18}, // strings and comments
		{"if ($i % 2 == 0) {", 1, 17},      // up to the block
		{"kprobe:f /pid == 1/", 1, 20},     // to the end of the line
		{"}", 1, 2},                        // nothing: one column
		{"é = ü + 1;  ", 5, 10},            // columns count characters
		{"x = a[1] + b;", 5, 13},           // brackets
	} {
		if got := exprEnd(tc.line, tc.col); got != tc.want {
			t.Errorf("exprEnd(%q, %d) = %d, want %d", tc.line, tc.col, got, tc.want)
		}
	}
}
