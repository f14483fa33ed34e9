package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cilium/ebpf/btf"
)

// TestBTFFlag checks bpfrun --btf FILE: curtask.bt's CO-RE reads relocate
// against the given types (the kernel's own, the trimmed testdata copy),
// types without task_struct poison them, and a bad file is one error line.
func TestBTFFlag(t *testing.T) {
	requireKernel(t)
	if _, err := os.Stat("/sys/kernel/btf/vmlinux"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("no /sys/kernel/btf/vmlinux")
		}
		t.Skip("no /sys/kernel/btf/vmlinux")
	}
	dir := t.TempDir()
	intOnly := filepath.Join(dir, "int.btf")
	writeIntOnlyBTF(t, intOnly)
	notBTF := filepath.Join(dir, "not.btf")
	if err := os.WriteFile(notBTF, []byte("not BTF\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "x.btf")
	verified := "tp_sys_enter_getppid (tracepoint:syscalls:sys_enter_getppid): verified, "
	tests := []struct {
		file string
		want string // substring of the combined output
		ok   bool
	}{
		{"/sys/kernel/btf/vmlinux", verified, true},
		{"../testdata/btf/vmlinux.btf", verified, true},
		{intOnly, "poisoned by CO-RE", false},
		{missing, "ERROR: kernel types: open " + missing + ": no such file or directory\n", false},
		{notBTF, "ERROR: kernel types: ", false},
	}
	for _, be := range backends {
		obj := filepath.Join(dir, be+".o")
		compile(t, be, "../testdata/scripts/curtask.bt", obj, []string{"4242"}, nil)
		for _, tt := range tests {
			cmd := exec.Command(filepath.Join(binDir, "bpfrun"), "--dry-run", "--btf", tt.file, obj)
			out, err := cmd.CombinedOutput()
			code := cmd.ProcessState.ExitCode()
			if (code == 0) != tt.ok || (!tt.ok && code != 255) || !strings.Contains(string(out), tt.want) {
				t.Errorf("%s: bpfrun --dry-run --btf %s: %v, exit %d, want %q in\n%s", be, tt.file, err, code, tt.want, out)
			}
			if !tt.ok && strings.HasPrefix(tt.want, "ERROR:") && strings.Count(string(out), "\n") != 1 {
				t.Errorf("%s: --btf %s: want one line, got\n%s", be, tt.file, out)
			}
		}
		// A traced run with the trimmed types prints what bpftrace printed.
		for _, sc := range loadScripts(t) {
			if sc.name != "curtask" {
				continue
			}
			got := trace(t, sc, func(t *testing.T, params []string) []string {
				o := filepath.Join(t.TempDir(), "curtask.o")
				compile(t, be, sc.path, o, params, sc.compileFlags())
				return []string{filepath.Join(binDir, "bpfrun"), "--btf", "../testdata/btf/vmlinux.btf", o}
			})
			if got.status != 0 || got.stderr != "" {
				t.Errorf("%s: bpfrun --btf: exit %d, stderr:\n%s", be, got.status, got.stderr)
			}
			goldenCompare(t, "../testdata/scripts/curtask.out", got.stdout, false)
		}
	}
}

// writeIntOnlyBTF writes raw BTF holding nothing but int to path.
func writeIntOnlyBTF(t *testing.T, path string) {
	t.Helper()
	b, err := btf.NewBuilder(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Add(&btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}); err != nil {
		t.Fatal(err)
	}
	raw, err := b.Marshal(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
}
