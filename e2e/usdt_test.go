package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// usdtTarget is where the usdt tests build testdata/usdt/target.c and
// guarded.c. The path is fixed because the scripts and the recorded outputs
// name it.
const usdtTarget = "/tmp/bpftc-e2e-usdt/target"

// buildUsdtTarget compiles the traced program with gcc and <sys/sdt.h>
// (systemtap-sdt-dev), atomically replacing any earlier build.
func buildUsdtTarget(t *testing.T) {
	t.Helper()
	gcc, err := exec.LookPath("gcc")
	if err == nil {
		if _, err = os.Stat("/usr/include/x86_64-linux-gnu/sys/sdt.h"); err != nil {
			_, err = os.Stat("/usr/include/sys/sdt.h")
		}
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("gcc and sys/sdt.h (systemtap-sdt-dev) are needed: %v", err)
		}
		t.Skipf("gcc and sys/sdt.h (systemtap-sdt-dev) are needed: %v", err)
	}
	dir := filepath.Dir(usdtTarget)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()
	steps := [][]string{
		{"-O0", "-fcf-protection=none", "-fno-omit-frame-pointer", "-c", "-o", work + "/target.o", "../testdata/usdt/target.c"},
		{"-O2", "-fcf-protection=none", "-c", "-o", work + "/guarded.o", "../testdata/usdt/guarded.c"},
		{"-o", work + "/target", work + "/target.o", work + "/guarded.o"},
	}
	for _, args := range steps {
		if out, err := exec.Command(gcc, args...).CombinedOutput(); err != nil {
			t.Fatalf("gcc %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	tmp, err := os.CreateTemp(dir, "target-*")
	if err != nil {
		t.Fatal(err)
	}
	tmp.Close()
	defer os.Remove(tmp.Name())
	b, err := os.ReadFile(work + "/target")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(tmp.Name(), b, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(tmp.Name(), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp.Name(), usdtTarget); err != nil {
		t.Fatal(err)
	}
}

// TestUsdt traces the C program of testdata/usdt with every script there,
// like TestScripts: bpfrun's output, for both backends, must equal bpftrace
// 0.17's and the recorded .out file.
func TestUsdt(t *testing.T) {
	requireKernel(t)
	buildUsdtTarget(t)
	for _, s := range loadScriptsIn(t, "../testdata/usdt") {
		t.Run(s.name, func(t *testing.T) { checkScript(t, s) })
	}
}

// TestUsdtErrors compiles the malformed usdt scripts of testdata/usdt/errors
// and compares bpftc's diagnostics with bpftrace's (recorded in .err files).
// bpftrace fails some of them only in code generation, with exit status 254;
// bpftc fails them all with status 1.
func TestUsdtErrors(t *testing.T) {
	buildUsdtTarget(t)
	paths, err := filepath.Glob("../testdata/usdt/errors/*.bt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no scripts in ../testdata/usdt/errors")
	}
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".bt")
		t.Run(name, func(t *testing.T) {
			obj := filepath.Join(t.TempDir(), "x.o")
			cmd := exec.Command(filepath.Join(binDir, "bpftc"), "compile", "-o", obj, filepath.Base(p))
			cmd.Dir = filepath.Dir(p)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			err := cmd.Run()
			if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
				t.Fatalf("want exit status 1, got %v; stderr:\n%s", err, stderr.String())
			}
			golden := strings.TrimSuffix(p, ".bt") + ".err"
			if *updateOracle || os.Getenv("CI") == "true" {
				want := oracleStderr(t, p)
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

// oracleStderr runs bpftrace on a script that fails and returns its
// stderr without the RLIMIT_MEMLOCK complaint.
func oracleStderr(t *testing.T, path string) string {
	bt := requireBpftrace(t)
	cmd := exec.Command(bt, filepath.Base(path))
	cmd.Dir = filepath.Dir(path)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err == nil {
		t.Fatalf("bpftrace %s did not fail", path)
	}
	var lines []string
	for _, l := range strings.SplitAfter(stderr.String(), "\n") {
		if !strings.Contains(l, "RLIMIT_MEMLOCK") {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "")
}
