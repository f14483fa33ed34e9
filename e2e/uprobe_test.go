package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bpftc/bpftc/loader/symtab"
)

// uprobeTarget is where the uprobe tests build testdata/uprobe/target.c. The
// path is fixed because the scripts and the recorded outputs name it.
const uprobeTarget = "/tmp/bpftc-e2e-uprobe/target"

// buildUprobeTarget compiles the traced program with gcc, atomically
// replacing any earlier build (another test run may be tracing it).
func buildUprobeTarget(t *testing.T) {
	t.Helper()
	gcc, err := exec.LookPath("gcc")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("gcc is not installed")
		}
		t.Skip("gcc is not installed")
	}
	dir := filepath.Dir(uprobeTarget)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	tmp, err := os.CreateTemp(dir, "target-*")
	if err != nil {
		t.Fatal(err)
	}
	tmp.Close()
	defer os.Remove(tmp.Name())
	out, err := exec.Command(gcc, "-O0", "-fcf-protection=none", "-fno-omit-frame-pointer",
		"-o", tmp.Name(), "../testdata/uprobe/target.c").CombinedOutput()
	if err != nil {
		t.Fatalf("gcc: %v\n%s", err, out)
	}
	if err := os.Rename(tmp.Name(), uprobeTarget); err != nil {
		t.Fatal(err)
	}
	// offset.bt relies on the frame-pointer prologue at add3+0 and add3+1.
	f, err := symtab.Open(uprobeTarget)
	if err != nil {
		t.Fatal(err)
	}
	sym, ok := f.Lookup("add3")
	off, ok2 := f.FileOffset(sym.Value)
	if !ok || !ok2 {
		t.Fatal("target has no add3")
	}
	b, err := os.ReadFile(uprobeTarget)
	if err != nil {
		t.Fatal(err)
	}
	if prologue := []byte{0x55, 0x48, 0x89, 0xe5}; !bytes.Equal(b[off:off+4], prologue) {
		t.Fatalf("add3 starts with % x, not push %%rbp; mov %%rsp,%%rbp", b[off:off+4])
	}
}

// uprobeParams replaces ADDR:f in a script's parameters by the address of
// f in the target.
func uprobeParams(t *testing.T, params []string) []string {
	f, err := symtab.Open(uprobeTarget)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(params))
	for i, p := range params {
		out[i] = p
		if name, ok := strings.CutPrefix(p, "ADDR:"); ok {
			sym, ok := f.Lookup(name)
			if !ok {
				t.Fatalf("target has no %s", name)
			}
			out[i] = fmt.Sprintf("0x%x", sym.Value)
		}
	}
	return out
}

// TestUprobes traces the C program of testdata/uprobe with every script
// there, like TestScripts: bpfrun's output, for both backends, must equal
// bpftrace 0.17's and the recorded .out file.
func TestUprobes(t *testing.T) {
	requireKernel(t)
	buildUprobeTarget(t)
	for _, s := range loadScriptsIn(t, "../testdata/uprobe") {
		s.params = uprobeParams(t, s.params)
		t.Run(s.name, func(t *testing.T) { checkScript(t, s) })
	}
}
