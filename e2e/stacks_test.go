package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// kstackPerfScript prints kernel stacks in perf mode, whose addresses change
// with every boot (KASLR), so no recorded output can hold them.
const kstackPerfScript = `tracepoint:syscalls:sys_enter_getppid /pid == $1/ { printf("%s", kstack(perf, 3)); @[kstack(perf)] = count(); }`

// perfFrame is one perf-mode kernel frame: a tab, the hex address, the symbol
// and its offset.
var perfFrame = regexp.MustCompile(`^\t[0-9a-f]{16} [A-Za-z0-9_.$]+\+[0-9]+$`)

// TestKstackPerf checks the shape of perf-mode kernel stacks (OUT-10) for
// both backends and, where bpftrace runs, that it prints the same bytes:
// the addresses are the same for every process until the next boot.
func TestKstackPerf(t *testing.T) {
	requireKernel(t)
	path := filepath.Join(t.TempDir(), "kstack_perf.bt")
	if err := os.WriteFile(path, []byte(kstackPerfScript), 0o644); err != nil {
		t.Fatal(err)
	}
	s := &script{name: "kstack_perf", path: path, text: kstackPerfScript, workload: "getppid 1", params: []string{"PID"}}
	var oracle string
	if _, err := exec.LookPath("bpftrace"); err == nil || os.Getenv("CI") == "true" {
		oracle = traceOracle(t, s, fixed(requireBpftrace(t), path)).stdout
	}
	for _, be := range backends {
		t.Run(be, func(t *testing.T) {
			got := trace(t, s, fixed(filepath.Join(binDir, "bpftc"), "run", "--backend", be, path))
			if got.status != 0 || got.stderr != "" {
				t.Fatalf("bpftc run exit %d, stderr:\n%s", got.status, got.stderr)
			}
			checkPerfStacks(t, got.stdout)
			if oracle != "" && got.stdout != oracle {
				t.Errorf("output differs from bpftrace's:\n--- bpftrace\n%s--- bpftc\n%s", oracle, got.stdout)
			}
		})
	}
}

// checkPerfStacks parses the output of kstackPerfScript: the printf's three
// frames, then the map with one key of at least three frames, the first
// three the printf's.
func checkPerfStacks(t *testing.T, out string) {
	t.Helper()
	lines := strings.Split(out, "\n")
	want := func(ok bool, what string) {
		if !ok {
			t.Fatalf("%s in:\n%s", what, out)
		}
	}
	want(len(lines) > 10 && lines[0] == "Attaching 1 probe..." && lines[1] == "", "no header and stack start")
	printed := lines[2:5]
	for _, l := range printed {
		want(perfFrame.MatchString(l), "bad frame "+l)
	}
	want(strings.Contains(printed[0], " perf_syscall_enter+"), "first frame is not perf_syscall_enter")
	want(lines[5] == "" && lines[6] == "" && lines[7] == "@[", "no exit lines and map key")
	i := 8
	for ; i < len(lines) && lines[i] != "]: 1"; i++ {
		want(perfFrame.MatchString(lines[i]), "bad key frame "+lines[i])
		if k := i - 8; k < 3 {
			want(lines[i] == printed[k], "key frame differs from the printed one")
		}
	}
	want(i >= 11 && i == len(lines)-2 && lines[i+1] == "", "bad map end")
}
