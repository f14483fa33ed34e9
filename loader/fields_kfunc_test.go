package loader

import (
	"testing"

	"github.com/cilium/ebpf/btf"

	"github.com/bpftc/bpftc/internal/kbtf"
	"github.com/bpftc/bpftc/loader/abi"
)

// kfuncHost has one function, vfs_write(struct file *file, const char
// *buf, size_t count, loff_t *pos) returning long.
func kfuncHost(t *testing.T) Host {
	t.Helper()
	long := &btf.Int{Name: "long int", Size: 8, Encoding: btf.Signed}
	u32 := &btf.Int{Name: "unsigned int", Size: 4}
	file := &btf.Struct{Name: "file", Size: 4, Members: []btf.Member{{Name: "f_flags", Type: u32}}}
	fn := &btf.Func{Name: "vfs_write", Linkage: btf.GlobalFunc, Type: &btf.FuncProto{Return: long, Params: []btf.FuncParam{
		{Name: "file", Type: &btf.Pointer{Target: file}}, {Name: "buf", Type: &btf.Pointer{Target: long}},
		{Name: "count", Type: u32}, {Name: "pos", Type: &btf.Pointer{Target: long}}}}}
	b, err := btf.NewBuilder([]btf.Type{fn}, nil)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := b.Marshal(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The running kernel's types are read with kbtf (ThisHost).
	types, err := kbtf.FromBytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	return Host{BTF: func() (kbtf.Finder, error) { return types, nil }}
}

func TestCheckKfuncFields(t *testing.T) {
	host := kfuncHost(t)
	read := func(fn, field string, off, size uint32) abi.FieldRead {
		return abi.FieldRead{Source: abi.SourceKfunc + fn, Field: field, Offset: off, Size: size}
	}
	for _, tc := range []struct {
		f    abi.FieldRead
		want string
	}{
		{read("vfs_write", "count", 16, 4), ""},
		{read("vfs_write", "count", 16, 0), ""},
		{read("vfs_write", "$retval", 32, 8), ""},
		{read("not_here", "x", 0, 8), ""}, // left for loading to report
		{read("vfs_write", "count", 16, 8), "kfunc:vfs_write: count is 4 bytes in this kernel, the object assumed 8 (compiled against other kernel types)"},
		{read("vfs_write", "count", 8, 4), "kfunc:vfs_write: count is argument 2 of vfs_write in this kernel, the object assumed 1 (compiled against other kernel types)"},
		{read("vfs_write", "nr", 0, 4), "kfunc:vfs_write: this kernel's vfs_write has no parameter nr (compiled against other kernel types)"},
		{read("vfs_write", "$retval", 24, 8), "kfunc:vfs_write: $retval is argument 4 of vfs_write in this kernel, the object assumed 3 (compiled against other kernel types)"},
	} {
		err := CheckFields([]abi.FieldRead{tc.f}, host)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tc.want {
			t.Errorf("%+v: got %q, want %q", tc.f, got, tc.want)
		}
	}
}
