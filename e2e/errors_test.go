package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func runCmd(name string, args ...string) (string, error) {
	out, err := exec.Command(name, args...).CombinedOutput()
	return string(out), err
}

// TestErrors compiles every malformed script in testdata/errors and checks
// bpftc's diagnostics byte for byte, the exit status 1, and that no object
// is left behind.
func TestErrors(t *testing.T) {
	paths, err := filepath.Glob("../testdata/errors/*.bt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no scripts in ../testdata/errors")
	}
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".bt")
		t.Run(name, func(t *testing.T) {
			obj := filepath.Join(t.TempDir(), "x.o")
			cmd := exec.Command(filepath.Join(binDir, "bpftc"), "compile", "-o", obj, p)
			cmd.Dir = filepath.Dir(p)
			cmd.Args[len(cmd.Args)-1] = filepath.Base(p)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			err := cmd.Run()
			ee, ok := err.(*exec.ExitError)
			if !ok || ee.ExitCode() != 1 {
				t.Fatalf("want exit status 1, got %v; stderr:\n%s", err, stderr.String())
			}
			if _, err := os.Stat(obj); err == nil {
				t.Errorf("an object was written despite the error")
			}
			golden := strings.TrimSuffix(p, ".bt") + ".err"
			if *updateOracle || os.Getenv("CI") == "true" {
				want := oracleErrors(t, p)
				if *updateOracle {
					goldenCompare(t, golden, want, true)
				}
				if want != stderr.String() {
					t.Errorf("diagnostics differ from bpftrace's:\n--- bpftrace\n%s--- bpftc\n%s", want, stderr.String())
				}
			}
			goldenCompare(t, golden, stderr.String(), false)
		})
	}
}

// oracleErrors runs bpftrace on a malformed script and returns its stderr.
func oracleErrors(t *testing.T, path string) string {
	bt := requireBpftrace(t)
	cmd := exec.Command(bt, filepath.Base(path))
	cmd.Dir = filepath.Dir(path)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Fatalf("bpftrace %s: want exit status 1, got %v", path, err)
	}
	var lines []string
	for _, l := range strings.SplitAfter(stderr.String(), "\n") {
		if !strings.Contains(l, "RLIMIT_MEMLOCK") {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "")
}
