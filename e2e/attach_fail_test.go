package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestAttachFailures runs probes this machine cannot attach (kernel.md):
// hardware events without a PMU, and kprobes without CONFIG_KPROBES. Their
// programs must pass the verifier (bpfrun loads every program before it
// attaches any) and bpfrun must name the probe and the reason. A case is
// skipped where the machine can attach it after all.
func TestAttachFailures(t *testing.T) {
	requireKernel(t)
	for _, tc := range []struct {
		name    string
		prog    string
		skipIf  string // this path exists: the machine can attach the probe
		wantErr string
		status  int // exit status; 0 means 255
	}{
		{
			name:    "hardware",
			prog:    "hardware:cycles { @c = count(); } h:cache-misses:1000 { @m = count(); }",
			skipIf:  "/sys/bus/event_source/devices/cpu",
			wantErr: "ERROR: attach hardware:cycles: perf_event_open on CPU 0: no such file or directory (this machine has no PMU that counts cpu-cycles)\n",
		},
		{
			// kprobes attach last declared first (PRB-21).
			name:    "kprobe",
			prog:    "kprobe:vfs_read { @[func] = count(); @a = arg2; } kprobe:vfs_read+4 { @r = reg(\"si\"); }",
			skipIf:  "/sys/bus/event_source/devices/kprobe",
			wantErr: "ERROR: attach kprobe:vfs_read+4: this kernel cannot attach kprobes: it has neither the kprobe PMU (/sys/bus/event_source/devices/kprobe) nor kprobe_events in tracefs (built without CONFIG_KPROBES?)\n",
		},
		{
			name:    "kretprobe",
			prog:    "kretprobe:vfs_read { @[func] = sum(retval); }",
			skipIf:  "/sys/bus/event_source/devices/kprobe",
			wantErr: "ERROR: attach kretprobe:vfs_read: this kernel cannot attach kprobes: it has neither the kprobe PMU (/sys/bus/event_source/devices/kprobe) nor kprobe_events in tracefs (built without CONFIG_KPROBES?)\n",
		},
		{
			// bpftrace 0.17 refuses these before trying, on every kernel.
			name:    "banned_kretprobe",
			prog:    "kretprobe:_raw_spin_lock { exit(); }",
			wantErr: "ERROR: error: kretprobe:_raw_spin_lock can't be used as it might lock up your system.\n",
			status:  1,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.status == 0 {
				tc.status = 255
			}
			if _, err := os.Stat(tc.skipIf); tc.skipIf != "" && err == nil {
				t.Skipf("%s exists: the probe attaches here", tc.skipIf)
			}
			src := filepath.Join(t.TempDir(), tc.name+".bt")
			if err := os.WriteFile(src, []byte(tc.prog+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, be := range backends {
				t.Run(be, func(t *testing.T) {
					obj := filepath.Join(t.TempDir(), "x.o")
					compile(t, be, src, obj, nil, nil)
					cmd := exec.Command(filepath.Join(binDir, "bpfrun"), obj)
					var stdout, stderr strings.Builder
					cmd.Stdout, cmd.Stderr = &stdout, &stderr
					err := cmd.Run()
					ee, ok := err.(*exec.ExitError)
					if !ok || ee.ExitCode() != tc.status {
						t.Fatalf("want exit status %d, got %v; stderr:\n%s", tc.status, err, stderr.String())
					}
					if !strings.HasPrefix(stdout.String(), "Attaching ") {
						t.Errorf("stdout: %q", stdout.String())
					}
					if stderr.String() != tc.wantErr {
						t.Errorf("stderr:\n%s\nwant:\n%s", stderr.String(), tc.wantErr)
					}
				})
			}
		})
	}
}
