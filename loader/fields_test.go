package loader

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/cilium/ebpf/btf"

	"github.com/bpftc/bpftc/internal/kbtf"
	"github.com/bpftc/bpftc/loader/abi"
)

const openatFormat = `name: sys_enter_openat
ID: 782
format:
	field:unsigned short common_type;	offset:0;	size:2;	signed:0;
	field:int common_pid;	offset:4;	size:4;	signed:1;

	field:int __syscall_nr;	offset:8;	size:4;	signed:1;
	field:int dfd;	offset:16;	size:8;	signed:0;
	field:const char * filename;	offset:24;	size:8;	signed:0;
	field:char comm[16];	offset:32;	size:16;	signed:0;
	field:__data_loc char[] name;	offset:48;	size:4;	signed:0;

print fmt: "dfd: 0x%08lx", ((unsigned long)(REC->dfd))
`

// testHost is a tracefs with syscalls:sys_enter_openat and a BTF with
// struct task { int pid; union { long a; struct { int b; int c; }; }; char comm[16]; unsigned flag:3; }.
func testHost(t *testing.T) Host {
	dir := t.TempDir()
	ev := filepath.Join(dir, "events", "syscalls", "sys_enter_openat")
	if err := os.MkdirAll(ev, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(ev, "format"), []byte(openatFormat), 0o644); err != nil {
		t.Fatal(err)
	}
	i32 := &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}
	i64 := &btf.Int{Name: "long", Size: 8, Encoding: btf.Signed}
	char := &btf.Int{Name: "char", Size: 1}
	inner := &btf.Struct{Size: 8, Members: []btf.Member{{Name: "b", Type: i32}, {Name: "c", Type: i32, Offset: 32}}}
	un := &btf.Union{Size: 8, Members: []btf.Member{{Name: "a", Type: i64}, {Type: inner}}}
	task := &btf.Struct{Name: "task", Size: 32, Members: []btf.Member{
		{Name: "pid", Type: i32},
		{Type: un, Offset: 64},
		{Name: "comm", Type: &btf.Array{Type: char, Index: i32, Nelems: 16}, Offset: 128},
		{Name: "flag", Type: i32, Offset: 248 + 2, BitfieldSize: 3},
	}}
	b, err := btf.NewBuilder([]btf.Type{task}, nil)
	if err != nil {
		t.Fatal(err)
	}
	spec, err := b.Spec()
	if err != nil {
		t.Fatal(err)
	}
	return Host{TracefsDirs: []string{filepath.Join(dir, "missing"), dir}, BTF: func() (kbtf.Finder, error) { return spec, nil }}
}

func TestCheckFields(t *testing.T) {
	const openat = "tracepoint:syscalls:sys_enter_openat"
	tp := func(field string, off, size uint32) abi.FieldRead {
		return abi.FieldRead{Source: openat, Field: field, Offset: off, Size: size}
	}
	bt := func(typ, field string, off, size uint32) abi.FieldRead {
		return abi.FieldRead{Source: abi.SourceBTF, Type: typ, Field: field, Offset: off, Size: size}
	}
	for _, tc := range []struct {
		name   string
		fields []abi.FieldRead
		want   string
	}{
		{"none", nil, ""},
		{"tracepoint fields as assumed", []abi.FieldRead{tp("filename", 24, 8), tp("dfd", 16, 8), tp("comm", 32, 16), tp("name", 48, 4)}, ""},
		{"tracepoint field moved", []abi.FieldRead{tp("dfd", 16, 8), tp("filename", 16, 8)},
			openat + ": args->filename is at offset 24 in this kernel, the object assumed 16 (compiled against other tracepoint formats)"},
		{"tracepoint field resized", []abi.FieldRead{tp("dfd", 16, 4)},
			openat + ": args->dfd is 8 bytes in this kernel, the object assumed 4 (compiled against other tracepoint formats)"},
		{"tracepoint field missing", []abi.FieldRead{tp("mode", 40, 8)},
			openat + ": this kernel has no field args->mode (compiled against other tracepoint formats)"},
		{"tracepoint missing: left to attach", []abi.FieldRead{{Source: "tracepoint:syscalls:sys_enter_nope", Field: "x", Offset: 8, Size: 8}}, ""},
		{"CO-RE read not checked", []abi.FieldRead{{Source: openat, Field: "filename", Offset: 99, Size: 8, CORE: true}}, ""},
		{"btf fields as assumed", []abi.FieldRead{bt("struct task", "pid", 0, 4), bt("struct task", "a", 8, 8), bt("struct task", "c", 12, 4),
			bt("struct task", "comm", 16, 16), bt("struct task", "flag", 31, 1)}, ""},
		{"btf field moved", []abi.FieldRead{bt("struct task", "comm", 24, 16)},
			"struct task: comm is at offset 16 in this kernel, the object assumed 24 (compiled against other kernel types)"},
		{"btf field resized", []abi.FieldRead{bt("struct task", "c", 12, 8)},
			"struct task: c is 4 bytes in this kernel, the object assumed 8 (compiled against other kernel types)"},
		{"btf field missing", []abi.FieldRead{bt("struct task", "tgid", 4, 4)},
			"struct task: this kernel has no field tgid (compiled against other kernel types)"},
		{"btf type missing", []abi.FieldRead{bt("union task", "pid", 0, 4)},
			"union task: this kernel has no such type (compiled against other kernel types)"},
		{"btf CO-RE read not checked", []abi.FieldRead{{Source: abi.SourceBTF, Type: "struct nope", Field: "x", CORE: true}}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckFields(tc.fields, testHost(t))
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestCheckFieldsLazyBTF: the host's BTF is read once, and only for BTF
// reads; a host without BTF checks none.
func TestCheckFieldsLazyBTF(t *testing.T) {
	calls := 0
	host := Host{BTF: func() (kbtf.Finder, error) { calls++; return nil, errors.New("no BTF") }}
	tpOnly := []abi.FieldRead{{Source: "tracepoint:a:b", Field: "x", Offset: 8, Size: 8}}
	if err := CheckFields(tpOnly, host); err != nil || calls != 0 {
		t.Errorf("tracepoint reads: err %v, BTF loaded %d times", err, calls)
	}
	two := []abi.FieldRead{{Source: abi.SourceBTF, Type: "struct a", Field: "x"}, {Source: abi.SourceBTF, Type: "struct b", Field: "y"}}
	if err := CheckFields(two, host); err != nil || calls != 1 {
		t.Errorf("BTF reads without host BTF: err %v, BTF loaded %d times", err, calls)
	}
}

func TestParseFormatFields(t *testing.T) {
	got := parseFormatFields(openatFormat)
	want := map[string]tpField{
		"common_type": {0, 2}, "common_pid": {4, 4}, "__syscall_nr": {8, 4}, "dfd": {16, 8},
		"filename": {24, 8}, "comm": {32, 16}, "name": {48, 4},
	}
	if len(got) != len(want) {
		t.Errorf("got %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: got %v, want %v", k, got[k], v)
		}
	}
}
