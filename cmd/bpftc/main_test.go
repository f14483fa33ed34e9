package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runBpftc(t *testing.T, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errb strings.Builder
	status = run(append([]string{"bpftc"}, args...), &out, &errb)
	return out.String(), errb.String(), status
}

func TestCompileAndInspect(t *testing.T) {
	obj := filepath.Join(t.TempDir(), "x.o")
	_, stderr, st := runBpftc(t, "compile", "-e", `BEGIN { @c[comm] = count(); printf("%d %s\n", 1, "a"); exit(); }`, "-o", obj)
	if st != 0 {
		t.Fatalf("compile: %d %s", st, stderr)
	}
	out, stderr, st := runBpftc(t, "inspect", obj)
	if st != 0 {
		t.Fatalf("inspect: %d %s", st, stderr)
	}
	for _, want := range []string{"compiler: bpftc ", "BEGIN", "raw_tp", "AT_c", "@c count[string[16]]", `"%d %s\n" int64@8 string[2]@16`} {
		if !strings.Contains(out, want) {
			t.Errorf("inspect output lacks %q:\n%s", want, out)
		}
	}
	out, _, st = runBpftc(t, "inspect", "--json", obj)
	var in inspection
	if st != 0 || json.Unmarshal([]byte(out), &in) != nil || len(in.Programs) != 1 || in.Programs[0].Insns == 0 {
		t.Errorf("inspect --json: status %d, output:\n%s", st, out)
	}
}

// TestErrorLeavesNoObject checks that a script with errors writes nothing,
// not even over an existing file.
func TestErrorLeavesNoObject(t *testing.T) {
	obj := filepath.Join(t.TempDir(), "x.o")
	os.WriteFile(obj, []byte("old"), 0o644)
	_, stderr, st := runBpftc(t, "compile", "-e", "BEGIN { @x = foo; }", "-o", obj)
	if st != 1 || !strings.Contains(stderr, "ERROR: Unknown identifier: 'foo'") {
		t.Fatalf("status %d, stderr %q", st, stderr)
	}
	if b, _ := os.ReadFile(obj); string(b) != "old" {
		t.Errorf("the existing file was changed")
	}
	entries, _ := os.ReadDir(filepath.Dir(obj))
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestUsage(t *testing.T) {
	_, stderr, st := runBpftc(t, "compile", "-o", "/tmp/x.o")
	if st != 1 || !strings.Contains(stderr, "filename or -e 'program' required") {
		t.Errorf("status %d, stderr %q", st, stderr)
	}
	_, stderr, st = runBpftc(t, "compile", "-o", "/tmp/x.o", "/nonexistent.bt")
	if st != 255 || !strings.Contains(stderr, "failed to open file '/nonexistent.bt': No such file or directory") {
		t.Errorf("status %d, stderr %q", st, stderr)
	}
}
