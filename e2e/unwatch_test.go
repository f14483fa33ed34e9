package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestScriptsUnwatch runs testdata/watchpoint/unwatch.bt (FN-33) on a
// small C program that writes a watched variable twice, pauses and
// writes it three more times: unwatch() in the second hit detaches the
// watchpoint, so bpfrun, like bpftrace 0.17 (recorded in unwatch.out, live
// when bpftrace is installed), prints two hits. Where the machine has no
// hardware breakpoints, the program must still pass the verifier.
func TestScriptsUnwatch(t *testing.T) {
	requireKernel(t)
	if _, err := exec.LookPath("gcc"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("gcc is not installed")
		}
		t.Skip("needs gcc")
	}
	dir := t.TempDir()
	target := filepath.Join(dir, "wtarget_unwatch")
	if out, err := exec.Command("gcc", "-O1", "-no-pie", "-o", target, "../testdata/watchpoint/wtarget_unwatch.c").CombinedOutput(); err != nil {
		t.Fatalf("gcc: %v\n%s", err, out)
	}
	addr, err := symbolAddress(target, "counter")
	if err != nil {
		t.Fatal(err)
	}
	script := "../testdata/watchpoint/unwatch.bt"
	golden := strings.TrimSuffix(script, ".bt") + ".out"
	param := fmt.Sprintf("0x%x", addr)
	if err := breakpointsWork(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no hardware breakpoints here: %v", err)
		}
		for _, be := range backends {
			obj := filepath.Join(dir, be+".o")
			compile(t, be, script, obj, []string{param}, nil)
			if out, err := exec.Command(filepath.Join(binDir, "bpfrun"), "--dry-run", obj).CombinedOutput(); err != nil {
				t.Errorf("%s: bpfrun --dry-run: %v\n%s", be, err, out)
			}
		}
		t.Skipf("no hardware breakpoints here: %v", err)
	}
	if bt, err := exec.LookPath("bpftrace"); err == nil || os.Getenv("CI") == "true" {
		if err != nil {
			t.Fatal("bpftrace (the oracle) is not installed")
		}
		r := traceTarget(t, target, []string{bt, script, param})
		if r.status != 0 {
			t.Fatalf("bpftrace failed (%d): %s", r.status, r.stderr)
		}
		goldenCompare(t, golden, r.stdout, *updateOracle)
	}
	for _, be := range backends {
		t.Run(be, func(t *testing.T) {
			obj := filepath.Join(t.TempDir(), "unwatch.o")
			compile(t, be, script, obj, []string{param}, nil)
			got := traceTarget(t, target, []string{filepath.Join(binDir, "bpfrun"), obj})
			if got.status != 0 || got.stderr != "" {
				t.Fatalf("bpfrun exit %d, stderr:\n%s", got.status, got.stderr)
			}
			goldenCompare(t, golden, got.stdout, false)
		})
	}
}
