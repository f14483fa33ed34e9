package loader

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cilium/ebpf/btf"

	"github.com/bpftc/bpftc/internal/kbtf"
)

func TestLoadKernelTypes(t *testing.T) {
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.btf")
	if err := os.WriteFile(garbage, []byte("not BTF, but long enough for a header\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path, err string
	}{
		{"../testdata/btf/vmlinux.btf", ""},
		{filepath.Join(dir, "x.btf"), "kernel types: open " + filepath.Join(dir, "x.btf") + ": no such file or directory"},
		{garbage, "kernel types: parsing .BTF header: no valid BTF header"},
	}
	for _, tt := range tests {
		spec, err := LoadKernelTypes(tt.path)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("LoadKernelTypes(%s) = %v, want %q", tt.path, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("LoadKernelTypes(%s): %v", tt.path, err)
		}
		if kbtf.FindRecord(spec, "struct task_struct") == nil {
			t.Errorf("LoadKernelTypes(%s): no struct task_struct", tt.path)
		}
	}
}

func TestSetKernelTypes(t *testing.T) {
	o := &Object{}
	if o.host().BTF == nil || o.programOptions().KernelTypes != nil {
		t.Fatal("without SetKernelTypes: want the running kernel's types")
	}
	spec := &btf.Spec{}
	o.SetKernelTypes(spec)
	got, err := o.host().BTF()
	if err != nil || got != spec || o.programOptions().KernelTypes != spec {
		t.Errorf("after SetKernelTypes: host BTF %p, %v; program options %p; want %p", got, err, o.programOptions().KernelTypes, spec)
	}
}
