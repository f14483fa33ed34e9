package sema_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cilium/ebpf/btf"

	"github.com/bpftc/bpftc/frontend/parser"
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/frontend/source"
)

const tpCoreFormat = `name: ev
ID: 1
format:
	field:unsigned short common_type;	offset:0;	size:2;	signed:0;
	field:int common_pid;	offset:4;	size:4;	signed:1;

	field:int x;	offset:8;	size:4;	signed:1;
	field:__data_loc char[] name;	offset:12;	size:4;	signed:0;
	field:char comm[16];	offset:16;	size:16;	signed:0;

print fmt: "x=%d", REC->x
`

// tpCoreBTF builds kernel types for the event cat:ev: btf_trace_ev (unless
// noTypedef), and per class a record with the format's layout (x at xOff)
// and its __bpf_trace_CLASS function.
func tpCoreBTF(t *testing.T, noTypedef bool, classes map[string]uint32) string {
	i32 := &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}
	u32 := &btf.Int{Name: "unsigned int", Size: 4}
	char := &btf.Int{Name: "char", Size: 1, Encoding: btf.Char}
	entry := &btf.Struct{Name: "trace_entry", Size: 8, Members: []btf.Member{{Name: "type", Type: &btf.Int{Name: "unsigned short", Size: 2}}, {Name: "pid", Type: i32, Offset: 32}}}
	voidp := &btf.Pointer{Target: &btf.Void{}}
	types := []btf.Type{}
	if !noTypedef {
		proto := &btf.FuncProto{Return: &btf.Void{}, Params: []btf.FuncParam{{Type: voidp}, {Type: i32}}}
		types = append(types, &btf.Typedef{Name: "btf_trace_ev", Type: &btf.Pointer{Target: proto}})
	}
	for class, xOff := range classes {
		rec := &btf.Struct{Name: "trace_event_raw_" + class, Size: 32, Members: []btf.Member{
			{Name: "ent", Type: entry},
			{Name: "x", Type: i32, Offset: btf.Bits(8 * xOff)},
			{Name: "__data_loc_name", Type: u32, Offset: 96},
			{Name: "comm", Type: &btf.Array{Type: char, Index: u32, Nelems: 16}, Offset: 128},
			{Name: "__data", Type: &btf.Array{Type: char, Index: u32}, Offset: 256},
		}}
		proto := &btf.FuncProto{Return: &btf.Void{}, Params: []btf.FuncParam{{Name: "__data", Type: voidp}, {Name: "x", Type: i32}}}
		types = append(types, rec, &btf.Func{Name: "__bpf_trace_" + class, Type: proto, Linkage: btf.StaticFunc})
	}
	b, err := btf.NewBuilder(types, nil)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := b.Marshal(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "vmlinux.btf")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestArgsCORE checks how a tracepoint finds its record type in BTF: its
// own class first, else the one class whose record and probe prototype
// fit; none or several fitting, or no btf_trace_ typedef, leave args at
// fixed offsets.
func TestArgsCORE(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "tracefs")
	d := filepath.Join(dir, "events", "cat", "ev")
	if err := os.MkdirAll(d, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(d, "format"), []byte(tpCoreFormat), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name      string
		noTypedef bool
		classes   map[string]uint32
		want      string // record name, "" for none
	}{
		{"own class", false, map[string]uint32{"ev": 8}, "struct trace_event_raw_ev"},
		{"template", false, map[string]uint32{"tmpl": 8}, "struct trace_event_raw_tmpl"},
		{"own class first", false, map[string]uint32{"ev": 8, "tmpl": 8}, "struct trace_event_raw_ev"},
		{"two templates fit", false, map[string]uint32{"a": 8, "b": 8}, ""},
		{"one template fits", false, map[string]uint32{"a": 8, "b": 4}, "struct trace_event_raw_a"},
		{"layout differs", false, map[string]uint32{"ev": 4}, ""},
		{"no typedef", true, map[string]uint32{"ev": 8}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := &sema.Options{TracefsDir: dir, BTFPath: tpCoreBTF(t, tc.noTypedef, tc.classes)}
			f := &source.File{Name: "t.bt", Text: `tracepoint:cat:ev { @x = args->x; @c = args->comm; @n = args->name; }`}
			prog, diags := parser.Parse(f, &parser.Options{})
			if diags.Err() != nil {
				t.Fatal(diags.Err())
			}
			info, diags := sema.Check(prog, opts)
			if diags.Err() != nil {
				t.Fatal(diags.Err())
			}
			rec := info.Probes[0].ArgsCORE
			got := ""
			if rec != nil {
				got = rec.Name
			}
			if got != tc.want {
				t.Fatalf("record %q, want %q", got, tc.want)
			}
			if rec == nil {
				return
			}
			want := map[string]sema.TPMember{"x": {Index: 1}, "comm": {Index: 3, Elem: 1}}
			if len(rec.Members) != len(want) || rec.Members["x"] != want["x"] || rec.Members["comm"] != want["comm"] {
				t.Errorf("members %v, want %v (no __data_loc field)", rec.Members, want)
			}
		})
	}
}
