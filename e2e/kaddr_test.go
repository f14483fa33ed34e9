package e2e

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestKaddrMissing runs a script whose kaddr() names a symbol this kernel
// does not have (FN-10). bpftc compiles it anywhere; the symbol is
// resolved when the object loads, and a missing one fails the run before
// BEGIN, as bpftrace 0.17 fails it: its message, nothing on stdout, exit
// status 1. The same for "bpftc run" and for bpfrun on the compiled object,
// with both backends.
func TestKaddrMissing(t *testing.T) {
	requireKernel(t)
	bt := requireBpftrace(t)
	const prog = `BEGIN { printf("begin\n"); @ = kaddr("no_such_sym_x"); @b = kaddr("vfs_read"); }`
	want := runStatus(t, exec.Command(bt, "-e", prog))
	want.stderr = dropRlimitLine(want.stderr)
	if want.status != 1 || want.stdout != "" || !strings.Contains(want.stderr, "no_such_sym_x") {
		t.Fatalf("bpftrace: exit %d, stdout %q, stderr %q", want.status, want.stdout, want.stderr)
	}
	for _, be := range []string{"native", "llvm"} {
		t.Run(be, func(t *testing.T) {
			got := runStatus(t, exec.Command(filepath.Join(binDir, "bpftc"), "run", "--backend", be, "-e", prog))
			if got != want {
				t.Errorf("bpftc run: exit %d, stdout %q, stderr %q; bpftrace: exit %d, stdout %q, stderr %q",
					got.status, got.stdout, got.stderr, want.status, want.stdout, want.stderr)
			}
			obj := filepath.Join(t.TempDir(), "k.o")
			if out, err := exec.Command(filepath.Join(binDir, "bpftc"), "compile", "--backend", be, "-o", obj, "-e", prog).CombinedOutput(); err != nil {
				t.Fatalf("compile: %v\n%s", err, out)
			}
			got = runStatus(t, exec.Command(filepath.Join(binDir, "bpfrun"), obj))
			if got != want {
				t.Errorf("bpfrun: exit %d, stdout %q, stderr %q; bpftrace: exit %d, stdout %q, stderr %q",
					got.status, got.stdout, got.stderr, want.status, want.stdout, want.stderr)
			}
		})
	}
}

// runResult is what a command printed and its exit status.
type runResult struct {
	stdout, stderr string
	status         int
}

// runStatus runs cmd to its end.
func runStatus(t *testing.T, cmd *exec.Cmd) runResult {
	t.Helper()
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := runResult{stdout: stdout.String(), stderr: stderr.String()}
	if ee, ok := err.(*exec.ExitError); ok {
		r.status = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("%s: %v", cmd.Path, err)
	}
	return r
}

// dropRlimitLine removes bpftrace's harmless RLIMIT_MEMLOCK complaint.
func dropRlimitLine(s string) string {
	var keep []string
	for _, l := range strings.SplitAfter(s, "\n") {
		if !strings.Contains(l, "RLIMIT_MEMLOCK") {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "")
}
