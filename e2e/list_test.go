package e2e

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestList compares "bpftc run -l" with bpftrace 0.17's -l for searches of
// every kind it lists: output, warnings and errors, and exit status.
func TestList(t *testing.T) {
	bt := requireBpftrace(t)
	requireKernel(t)
	buildUsdtTarget(t)
	for _, tc := range []struct{ flags, search string }{
		{"-l", "t:syscalls:sys_enter_open*"},
		{"-l", "tracepoint:*:sched_switch"},
		{"-l", "t:sched:sched_switch,t:sched:sched_wakeup"},
		{"-lv", "tracepoint:sched:sched_switch"},
		{"-lv", "t:syscalls:sys_*_openat"},
		{"-l", "software:*"},
		{"-l", "hardware:cache*"},
		{"-l", "BEGIN"},
		{"-l", "i:s:1"},
		{"-l", "iter:*"},
		{"-l", "kprobe:vfs_rea*"},
		{"-l", "*sched_switch*"},
		{"-l", "uprobe:" + usdtTarget + ":*"},
		{"-l", "ur:" + usdtTarget + ":main"},
		{"-l", "uprobe:" + usdtTarget + ":0x1000"},
		{"-l", "usdt:" + usdtTarget + ":*"},
		{"-l", "usdt:" + usdtTarget + ":*:loop"},
		{"-l", "U:" + filepath.Dir(usdtTarget) + "/targ*:bpftc:t*"},
		{"-l", "*:" + usdtTarget + ":*"},
		{"-l", "uprobe:/nonexistent/x:*"},
		{"-l", "usdt:" + usdtTarget},
		{"-l", `\n`}, // the lexer's "invalid character" comes first
	} {
		t.Run(tc.flags+" "+tc.search, func(t *testing.T) {
			want := runList(t, bt, tc.flags, tc.search)
			got := runList(t, filepath.Join(binDir, "bpftc"), tc.flags, tc.search)
			if got != want {
				t.Errorf("bpftc run %s %q differs from bpftrace's:\n--- bpftrace\n%s--- bpftc\n%s", tc.flags, tc.search, want, got)
			}
		})
	}
}

// runList runs a listing and returns its status, stdout and stderr.
func runList(t *testing.T, tracer, flags, search string) string {
	t.Helper()
	args := []string{flags, search}
	if filepath.Base(tracer) == "bpftc" {
		args = append([]string{"run"}, args...)
	}
	cmd := exec.Command(tracer, args...)
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	status := 0
	if ee, ok := err.(*exec.ExitError); ok {
		status = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("status %d\n", status) + stdout.String() + "--- stderr\n" + strings.ReplaceAll(stderr.String(), rlimitLine, "")
}
