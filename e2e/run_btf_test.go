package e2e

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunBTF checks bpftc run --btf FILE: the types of FILE serve both the
// compile step and the load. With a BTF whose task_struct has pid 8 bytes
// further on, the program reads that other place (a CO-RE read is
// relocated there, a fixed-offset read passes the field check), so
// curtask->pid is not the thread id; with the kernel's own types it is.
// Were the types not given to the load, the read would be relocated to
// the real pid, or refused.
func TestRunBTF(t *testing.T) {
	requireKernel(t)
	moved, _, _ := movedPidBTF(t)
	script := `BEGIN { printf("%d\n", curtask->pid == (int32)tid); exit(); }`
	for _, tc := range []struct{ btf, want string }{
		{testBTF, "1"},
		{moved, "0"},
	} {
		for _, be := range backends {
			cmd := exec.Command(filepath.Join(binDir, "bpftc"), "run", "--backend", be, "--btf", tc.btf, "-e", script)
			var stdout, stderr strings.Builder
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			if want := "Attaching 1 probe...\n" + tc.want + "\n\n\n"; err != nil || stdout.String() != want || stderr.Len() != 0 {
				t.Errorf("%s: bpftc run --btf %s: %v\nstdout %q, want %q\nstderr:\n%s", be, tc.btf, err, stdout.String(), want, stderr.String())
			}
		}
	}
}
