package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// backends lists the code generators every loading test runs with.
var backends = []string{"native", "llvm"}

// TestScripts compiles every testdata script with bpftc, runs the object
// with bpfrun against the script's workload, and checks the output against
// bpftrace 0.17's: live when bpftrace is installed (always in CI), and
// against the recorded .out file.
func TestScripts(t *testing.T) {
	requireKernel(t)
	for _, s := range loadScripts(t) {
		t.Run(s.name, func(t *testing.T) {
			// Scripts are independent: each has its own workload (their
			// probes filter on its pid), temporary files and golden files.
			t.Parallel()
			checkScript(t, s)
		})
	}
}

// TestRun checks that "bpftc run" prints what "bpftc compile" + bpfrun do.
func TestRun(t *testing.T) {
	requireKernel(t)
	for _, s := range loadScripts(t) {
		for _, be := range backends {
			t.Run(s.name+"/"+be, func(t *testing.T) {
				t.Parallel()
				args := append([]string{filepath.Join(binDir, "bpftc"), "run", "--backend", be}, s.runFlags()...)
				args = append(append(args, s.compileFlags()...), s.path)
				got := trace(t, s, fixed(args...))
				if got.status != 0 {
					t.Fatalf("bpftc run exit %d, stderr:\n%s", got.status, got.stderr)
				}
				goldenCompare(t, strings.TrimSuffix(s.path, ".bt")+".stderr", got.stderr, false)
				goldenCompare(t, strings.TrimSuffix(s.path, ".bt")+".out", got.stdout, false)
			})
		}
	}
}

// compile runs bpftc compile and returns what it printed on stderr.
func compile(t *testing.T, backend, src, obj string, params, flags []string) string {
	t.Helper()
	return compileEnv(t, backend, src, obj, params, flags, nil)
}

// compileEnv is compile with env added to the environment.
func compileEnv(t *testing.T, backend, src, obj string, params, flags, env []string) string {
	t.Helper()
	args := append([]string{"compile", "--backend", backend, "-o", obj}, flags...)
	args = append(append(args, src), params...)
	cmd := exec.Command(filepath.Join(binDir, "bpftc"), args...)
	if env != nil {
		cmd.Env = append(os.Environ(), env...)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("bpftc compile %s: %v\n%s", src, err, stderr.String())
	}
	return stderr.String()
}
