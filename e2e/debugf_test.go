package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestDebugf checks that debugf() writes through bpf_trace_printk to the
// kernel's trace buffer (FN-34), as bpftrace's "debugf" runtime tests do.
func TestDebugf(t *testing.T) {
	requireKernel(t)
	for _, be := range backends {
		t.Run(be, func(t *testing.T) {
			token := fmt.Sprintf("bpftc%d%s", time.Now().UnixNano(), be)
			prog := fmt.Sprintf(`i:ms:1 { debugf("debugf %%s %%d %%x", "%s", 1, 16); exit(); }`, token)
			out, err := exec.Command(filepath.Join(binDir, "bpftc"), "run", "--backend", be, "-e", prog).CombinedOutput()
			if err != nil {
				t.Fatalf("bpftc run: %v\n%s", err, out)
			}
			if !strings.Contains(string(out), "WARNING: The debugf() builtin is not recommended for production use.") {
				t.Errorf("no warning in:\n%s", out)
			}
			trace, err := os.ReadFile("/sys/kernel/tracing/trace")
			if err != nil {
				t.Fatal(err)
			}
			if want := "bpf_trace_printk: debugf " + token + " 1 10"; !strings.Contains(string(trace), want) {
				t.Errorf("the trace buffer has no %q", want)
			}
		})
	}
}
