package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestVmlinuxOffset compares bpftc run with bpftrace on kprobes at an
// offset into a function when BPFTRACE_VMLINUX names a kernel image that
// has it (ENV-11): past the function's end, and inside it (which the
// bpftrace 0.17 here, built without a disassembler, refuses too). The
// image is a small object file whose function bpftc_fake_fn is 40 bytes
// or so long and not at address 0.
func TestVmlinuxOffset(t *testing.T) {
	requireKernel(t)
	bt := requireBpftrace(t)
	if _, err := exec.LookPath("gcc"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("gcc is not installed")
		}
		t.Skip("gcc is not installed")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "v.c")
	code := "int pad(int a) { return a * 3; }\nint bpftc_fake_fn(int a, int b) { int s = 0; for (int i = 0; i < a; i++) s += i * b; return s; }\n"
	if err := os.WriteFile(src, []byte(code), 0o644); err != nil {
		t.Fatal(err)
	}
	image := filepath.Join(dir, "vmlinux")
	if out, err := exec.Command("gcc", "-O1", "-c", "-o", image, src).CombinedOutput(); err != nil {
		t.Fatalf("gcc: %v\n%s", err, out)
	}
	env := []string{"BPFTRACE_VMLINUX=" + image}
	for _, script := range []string{
		"kprobe:bpftc_fake_fn+4 { exit(); }",
		"kprobe:bpftc_fake_fn+4096 { exit(); }",
	} {
		want := runIn(t, dir, env, []string{bt, "-e", script})
		for _, be := range backends {
			got := runIn(t, dir, env, []string{filepath.Join(binDir, "bpftc"), "run", "--backend", be, "-e", script})
			if got != want {
				t.Errorf("%s: %s: bpftc run differs from bpftrace:\n--- bpftrace\n%s--- bpftc\n%s", be, script, want, got)
			}
		}
	}
}
