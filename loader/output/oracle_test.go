package output

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Differential tests against the real bpftrace 0.17 (the oracle). They skip
// unless bpftrace is on PATH and the test runs as root, and fail instead of
// skipping when CI=true.

// requireBpftrace returns the path of bpftrace or skips t.
func requireBpftrace(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("bpftrace")
	if err == nil && os.Geteuid() != 0 {
		err = errors.New("bpftrace needs root")
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("oracle test cannot run in CI: %v", err)
		}
		t.Skipf("needs bpftrace as root: %v", err)
	}
	return path
}

// runOracle runs prog (which must call exit()) and returns its stdout
// without the probe count line; stderr (the sandbox's RLIMIT_MEMLOCK
// complaint) is only shown on failure.
func runOracle(t *testing.T, json bool, prog string) string {
	t.Helper()
	bin := requireBpftrace(t)
	args := []string{"-e", prog}
	if json {
		args = append([]string{"-f", "json"}, args...)
	}
	cmd := exec.Command(bin, args...)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("bpftrace: %v\nprogram: %s\nstderr:\n%s", err, prog, stderr.String())
	}
	s := out.String()
	first, rest, ok := strings.Cut(s, "\n")
	want := "Attaching 1 probe..."
	if json {
		want = `{"type": "attached_probes", "data": {"probes": 1}}`
	}
	if !ok || first != want {
		t.Fatalf("bpftrace output starts with %q\nstderr:\n%s", first, stderr.String())
	}
	return rest
}

// diffLines reports the first differing line of want and got.
func diffLines(t *testing.T, label, want, got string) {
	t.Helper()
	if want == got {
		return
	}
	w, g := strings.SplitAfter(want, "\n"), strings.SplitAfter(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			t.Errorf("%s: line %d: bpftrace %q, we %q", label, i+1, wl, gl)
			return
		}
	}
}

// bpftraceString quotes s as a bpftrace string literal.
func bpftraceString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}
