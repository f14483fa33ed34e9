package e2e

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestVerifyHelpers compiles the functions that need a kernel feature or
// probe type the test machine may lack, and loads them through the
// verifier (bpfrun --dry-run): signal() (bpf_send_signal), override()
// (bpf_override_return, which needs CONFIG_BPF_KPROBE_OVERRIDE) and path()
// (bpf_d_path, kfunc probes only). Where the kernel lacks the feature, the
// load must fail for that reason and no other.
func TestVerifyHelpers(t *testing.T) {
	requireKernel(t)
	tests := []struct {
		name, prog string
		unsafe     bool
		// missing is what the load error says when the kernel lacks the
		// feature; "" means the program must verify.
		missing string
	}{
		{"signal_kprobe", `kprobe:vfs_read { signal("KILL"); }`, true, ""},
		{"signal_tracepoint", `tracepoint:syscalls:sys_enter_getppid { signal(pid % 64 + 1); }`, true, ""},
		{"override", `kprobe:vfs_read { override(-1); }`, true, "bpf_override_return"},
		{"path", `kfunc:filp_close { $f = path(args->filp->f_path); if (strcontains($f, "tmp")) { printf("%s\n", $f); } }`, false, "kfunc/kretfunc not available"},
		{"stacks_perf", `profile:hz:99 { @[kstack, ustack(perf, 3)] = count(); }`, false, ""},
		{"helper_checks", `kprobe:vfs_read { @[kstack] = count(); delete(@[kstack(1)]); }`, false, ""},
	}
	for _, tc := range tests {
		for _, be := range backends {
			t.Run(tc.name+"/"+be, func(t *testing.T) {
				obj := filepath.Join(t.TempDir(), "x.o")
				args := []string{"compile", "--backend", be, "-kk", "-o", obj, "-e", tc.prog}
				if tc.unsafe {
					args = append(args, "--unsafe")
				}
				if out, err := exec.Command(filepath.Join(binDir, "bpftc"), args...).CombinedOutput(); err != nil {
					t.Fatalf("bpftc compile: %v\n%s", err, out)
				}
				out, err := exec.Command(filepath.Join(binDir, "bpfrun"), "--dry-run", obj).CombinedOutput()
				switch {
				case err == nil:
					if !strings.Contains(string(out), "verified") {
						t.Errorf("bpfrun --dry-run printed:\n%s", out)
					}
				case tc.missing == "" || !strings.Contains(string(out), tc.missing):
					t.Errorf("bpfrun --dry-run: %v\n%s", err, out)
				default:
					t.Logf("not verified here: the kernel refused it (%s)", tc.missing)
				}
			})
		}
	}
}
