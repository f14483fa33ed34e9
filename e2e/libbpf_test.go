package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"golang.org/x/sys/unix"
)

// TestLibbpfLoads loads every testdata object with libbpf (bpftool prog
// loadall), which is stricter than cilium/ebpf about object layout.
func TestLibbpfLoads(t *testing.T) {
	requireKernel(t)
	bpftool, err := exec.LookPath("bpftool")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("bpftool is not installed")
		}
		t.Skip("bpftool not installed")
	}
	dir := t.TempDir()
	if err := unix.Mount("bpf", dir, "bpf", 0, ""); err != nil {
		t.Fatalf("mount bpffs: %v", err)
	}
	t.Cleanup(func() { unix.Unmount(dir, 0) })
	for _, s := range loadScripts(t) {
		for _, be := range backends {
			t.Run(s.name+"/"+be, func(t *testing.T) {
				obj := filepath.Join(t.TempDir(), s.name+".o")
				compile(t, be, s.path, obj, s.fixedParams("4242"), s.compileFlags())
				pins := filepath.Join(dir, fmt.Sprintf("%s-%s", s.name, be))
				out, err := exec.Command(bpftool, "prog", "loadall", obj, pins).CombinedOutput()
				if err != nil {
					t.Fatalf("bpftool prog loadall: %v\n%s", err, out)
				}
				os.RemoveAll(pins)
			})
		}
	}
}
