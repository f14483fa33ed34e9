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

// asNobody runs args as user nobody (65534) with the capabilities caps
// ("+bpf,+perfmon"; "" for none) in dir, and returns stdout, stderr
// without bpftrace's RLIMIT_MEMLOCK line, and the exit status.
func asNobody(t *testing.T, dir, caps string, args ...string) (string, string, int) {
	t.Helper()
	pre := []string{"--reuid=65534", "--regid=65534", "--clear-groups"}
	if caps != "" {
		pre = append(pre, "--inh-caps="+caps, "--ambient-caps="+caps)
	}
	cmd := exec.Command("setpriv", append(pre, args...)...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	status := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		status = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("setpriv %s: %v", strings.Join(args, " "), err)
	}
	var lines []string
	for _, l := range strings.SplitAfter(stderr.String(), "\n") {
		if !strings.Contains(l, "RLIMIT_MEMLOCK") {
			lines = append(lines, l)
		}
	}
	return stdout.String(), strings.Join(lines, ""), status
}

// TestPrivileges runs the tracers as user nobody (RT-05). bpftc invoked
// as "bpftrace" refuses a non-root user as bpftrace 0.17 does, after
// reading the script and before compiling it: same message, same status.
// bpfrun and "bpftc run" check capabilities instead of the uid: without
// CAP_BPF and CAP_PERFMON they refuse with one line and status 1; with
// just those two, as in examples/kubernetes, bpfrun runs.
func TestPrivileges(t *testing.T) {
	requireKernel(t)
	if _, err := exec.LookPath("setpriv"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("setpriv (util-linux) is not installed")
		}
		t.Skip("setpriv not installed")
	}
	bt := requireBpftrace(t)
	dir := t.TempDir()
	os.Chmod(dir, 0o755)
	for _, c := range [][2]string{{"bpftc", "bpftrace"}, {"bpftc", "bpftc"}, {"bpfrun", "bpfrun"}} {
		b, err := os.ReadFile(filepath.Join(binDir, c[0]))
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, c[1]), b, 0o755)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	src := filepath.Join(dir, "hello.bt")
	if err := os.WriteFile(src, []byte("BEGIN { printf(\"hello\\n\"); exit(); }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	obj := filepath.Join(dir, "hello.o")
	compile(t, "native", src, obj, nil, nil)
	os.Chmod(obj, 0o644)

	t.Run("as bpftrace", func(t *testing.T) {
		for _, args := range [][]string{
			{"-e", "BEGIN { exit(); }"},
			{"-e", "BEGIN { syntax error"},
			{"hello.bt"},
			{"missing.bt"},
		} {
			_, want, wantStatus := asNobody(t, dir, "", append([]string{bt}, args...)...)
			_, got, status := asNobody(t, dir, "", append([]string{"./bpftrace"}, args...)...)
			if got != want || status != wantStatus {
				t.Errorf("bpftrace %q as nobody:\n--- bpftrace (status %d)\n%s--- bpftc as bpftrace (status %d)\n%s", args, wantStatus, want, status, got)
			}
		}
	})
	refusal := func(name string) string {
		return "ERROR: " + name + " needs the CAP_BPF and CAP_PERFMON capabilities (or CAP_SYS_ADMIN) to load and attach BPF programs: run it as root or grant them\n"
	}
	for _, tc := range []struct {
		name, caps string
		args       []string
		stdout     string
		stderr     string
		status     int
	}{
		{"bpfrun without capabilities", "", []string{"./bpfrun", "hello.o"}, "", refusal("bpfrun"), 1},
		{"bpftc run without capabilities", "", []string{"./bpftc", "run", "hello.bt"}, "", refusal("bpftc run"), 1},
		{"bpfrun with CAP_BPF and CAP_PERFMON", "+bpf,+perfmon", []string{"./bpfrun", "hello.o"}, "Attaching 1 probe...\nhello\n\n\n", "", 0},
		{"bpfrun with CAP_BPF only", "+bpf", []string{"./bpfrun", "hello.o"}, "", refusal("bpfrun"), 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			stdout, stderr, status := asNobody(t, dir, tc.caps, tc.args...)
			if stdout != tc.stdout || stderr != tc.stderr || status != tc.status {
				t.Errorf("status %d, want %d\n--- stdout\n%s--- want\n%s--- stderr\n%s--- want\n%s", status, tc.status, stdout, tc.stdout, stderr, tc.stderr)
			}
		})
	}
}
