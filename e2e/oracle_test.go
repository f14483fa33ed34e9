package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// oracleRuns bounds how often bpftrace runs a script whose output differs
// from ours: bpftrace 0.17 is the reference, but now and then one of its
// runs ends early (seen once in CI: a run that printed the first of three
// maps and exited 0), so a difference is confirmed by running it again.
const oracleRuns = 3

// checkScript runs one script with bpftrace (unless the script says it
// cannot) and with bpftc and bpfrun for every backend, and compares the
// output with bpftrace's and with the recorded .out file.
func checkScript(t *testing.T, s *script) {
	base := strings.TrimSuffix(s.path, ".bt")
	var oracle *result
	runs := 0
	runOracle := func() {
		runs++
		bt := requireBpftrace(t)
		r := traceOracle(t, s, fixed(append(append([]string{bt}, s.flags...), s.path)...))
		if r.status != 0 {
			t.Fatalf("bpftrace failed (%d): %s", r.status, r.stderr)
		}
		if oracle != nil && r.stdout != oracle.stdout {
			t.Logf("bpftrace printed something else on run %d:\n--- before\n%s--- now\n%s", runs, oracle.stdout, r.stdout)
		}
		oracle = &r
	}
	if s.noOracle == "" {
		if _, err := os.Stat(base + ".out"); err != nil || *updateOracle || os.Getenv("CI") == "true" {
			runOracle()
			if *updateOracle {
				goldenCompare(t, base+".out", oracle.stdout, true)
				goldenCompare(t, base+".stderr", oracle.stderr, true)
			}
		}
	}
	for _, be := range backends {
		t.Run(be, func(t *testing.T) {
			// Positional parameters are compile-time constants, as in
			// bpftrace 0.17, so the object is built once the workload's
			// pid is known.
			var warnings string
			got := trace(t, s, func(t *testing.T, params []string) []string {
				obj := filepath.Join(t.TempDir(), s.name+".o")
				warnings = compileEnv(t, be, s.path, obj, params, s.compileFlags(), s.env)
				return append(append([]string{filepath.Join(binDir, "bpfrun")}, s.runFlags()...), obj)
			})
			if got.status != 0 || got.stderr != "" {
				t.Fatalf("bpfrun exit %d, stderr:\n%s", got.status, got.stderr)
			}
			// A difference stands only if bpftrace prints the same again.
			for oracle != nil && (got.stdout != oracle.stdout || warnings != oracle.stderr) && runs < oracleRuns {
				runOracle()
			}
			// bpftc's warnings are bpftrace's, word for word.
			if oracle != nil && warnings != oracle.stderr {
				t.Errorf("warnings differ from bpftrace's:\n--- bpftrace\n%s--- bpftc\n%s", oracle.stderr, warnings)
			}
			goldenCompare(t, base+".stderr", warnings, false)
			if oracle != nil && got.stdout != oracle.stdout {
				t.Errorf("output differs from bpftrace's:\n--- bpftrace\n%s--- bpfrun\n%s", oracle.stdout, got.stdout)
			}
			goldenCompare(t, base+".out", got.stdout, false)
		})
	}
}
