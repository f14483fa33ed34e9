package e2e

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestLogSize runs a script the verifier rejects with bpfrun -v and
// BPFTRACE_LOG_SIZE (ENV-07): the log shown fits in that many bytes, ends
// as the whole log does, and a last line says it was cut and what to
// raise. A bad value is refused with bpftrace 0.17's message and status.
func TestLogSize(t *testing.T) {
	requireKernel(t)
	dir := t.TempDir()
	src := filepath.Join(dir, "loop.bt")
	if err := os.WriteFile(src, []byte(tooComplex), 0o644); err != nil {
		t.Fatal(err)
	}
	obj := filepath.Join(dir, "loop.o")
	compile(t, "native", src, obj, nil, nil)
	run := func(env ...string) (string, int) {
		cmd := exec.Command(filepath.Join(binDir, "bpfrun"), "-v", obj)
		cmd.Env = append(os.Environ(), env...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatalf("bpfrun %v: %v", env, err)
		}
		return stderr.String(), ee.ExitCode()
	}

	t.Run("bad value", func(t *testing.T) {
		want := "ERROR: Env var 'BPFTRACE_LOG_SIZE' did not contain a valid uint64_t, or was zero-valued.\n"
		bt := exec.Command(requireBpftrace(t), "-e", "BEGIN {}")
		bt.Env = append(os.Environ(), "BPFTRACE_LOG_SIZE=lots")
		out, _ := bt.CombinedOutput()
		if string(out) != want || bt.ProcessState.ExitCode() != 1 {
			t.Fatalf("bpftrace says (status %d):\n%s", bt.ProcessState.ExitCode(), out)
		}
		if got, status := run("BPFTRACE_LOG_SIZE=lots"); got != want || status != 1 {
			t.Errorf("status %d, stderr:\n%s", status, got)
		}
	})
	if testing.Short() {
		t.Skip("the verifier takes seconds to give up")
	}
	t.Run("cut", func(t *testing.T) {
		got, status := run("BPFTRACE_LOG_SIZE=2000")
		if status != 255 {
			t.Errorf("status %d, want 255", status)
		}
		note := "verification log buffer not big enough, its first lines are missing: try increasing the BPFTRACE_LOG_SIZE environment variable beyond the current value of 2000 bytes\n"
		log, ok := strings.CutSuffix(got, note)
		if !ok {
			t.Fatalf("no note about the log size at the end:\n%s", clip(got))
		}
		_, log, _ = strings.Cut(log, "the verifier's log:\n")
		log = strings.ReplaceAll(log, "\n\t", "\n")
		if n := len(strings.TrimPrefix(log, "\t")) + 1; n > 2000 || n < 1500 {
			t.Errorf("%d bytes of log shown, want at most 2000 (and about that much):\n%s", n, got)
		}
		if !strings.Contains(log, "BPF program is too large") {
			t.Errorf("the log's end is missing:\n%s", got)
		}
	})
}
