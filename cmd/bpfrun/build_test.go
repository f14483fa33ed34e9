package main

import (
	"debug/elf"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// moduleRoot is the directory of go.mod, two levels up from this package.
func moduleRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("module root: %v", err)
	}
	return root
}

// TestNoCompilerDeps keeps bpfrun small: it must link no compiler package.
func TestNoCompilerDeps(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", "./cmd/bpfrun")
	cmd.Dir = moduleRoot(t)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderrOf(err))
	}
	banned := []string{"frontend", "ir", "backend", "elfwriter"}
	for _, pkg := range strings.Fields(string(out)) {
		for _, b := range banned {
			p := "github.com/bpftc/bpftc/" + b
			if pkg == p || strings.HasPrefix(pkg, p+"/") {
				t.Errorf("bpfrun depends on compiler package %s", pkg)
			}
		}
	}
}

// TestStatic builds bpfrun with CGO_ENABLED=0 and checks that it has no
// program interpreter, so it runs in a busybox initramfs (kernel.md).
func TestStatic(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a binary")
	}
	bin := filepath.Join(t.TempDir(), "bpfrun")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/bpfrun")
	cmd.Dir = moduleRoot(t)
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	f, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP || p.Type == elf.PT_DYNAMIC {
			t.Errorf("bpfrun is dynamically linked: it has a %v segment", p.Type)
		}
	}
}

// stderrOf returns the stderr captured in an *exec.ExitError.
func stderrOf(err error) string {
	if ee, ok := err.(*exec.ExitError); ok {
		return string(ee.Stderr)
	}
	return ""
}
