package e2e

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
)

// TestDryRun loads every program through the verifier with bpfrun --dry-run
// and checks its report: one line per program, nothing attached.
func TestDryRun(t *testing.T) {
	requireKernel(t)
	line := regexp.MustCompile(`(?m)^\w+ \(.+\): verified, \d+ insns, [1-9]\d* processed by the verifier$`)
	for _, name := range []string{"hello", "write_hist", "multi"} {
		for _, be := range backends {
			s := &script{path: "../testdata/scripts/" + name + ".bt"}
			obj := filepath.Join(t.TempDir(), "x.o")
			compile(t, be, s.path, obj, []string{"4242"}, nil)
			out, err := exec.Command(filepath.Join(binDir, "bpfrun"), "--dry-run", obj).CombinedOutput()
			if err != nil || !line.Match(out) {
				t.Errorf("%s/%s: bpfrun --dry-run: %v\n%s", name, be, err, out)
			}
		}
	}
}
