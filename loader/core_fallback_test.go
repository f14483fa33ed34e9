package loader

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"

	"github.com/bpftc/bpftc/elfwriter"
	"github.com/bpftc/bpftc/internal/kbtf"
	"github.com/bpftc/bpftc/loader/abi"
)

const getppidTP = "tracepoint:syscalls:sys_enter_getppid"

// tpRecordType is struct trace_event_raw_bpftc_test { struct trace_entry
// ent; int nr; char comm[16]; }, with nr at byte nrAt and comm after it.
func tpRecordType(nrAt uint32) *btf.Struct {
	i32 := &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}
	char := &btf.Int{Name: "char", Size: 1}
	ent := &btf.Struct{Name: "trace_entry", Size: 8, Members: []btf.Member{{Name: "type", Type: i32}, {Name: "pid", Type: i32, Offset: 32}}}
	return &btf.Struct{Name: "trace_event_raw_bpftc_test", Size: nrAt + 20, Members: []btf.Member{
		{Name: "ent", Type: ent},
		{Name: "nr", Type: i32, Offset: btf.Bits(8 * nrAt)},
		{Name: "comm", Type: &btf.Array{Type: char, Index: i32, Nelems: 16}, Offset: btf.Bits(8 * (nrAt + 4))},
	}}
}

// coreTPObject is a getppid tracepoint program that loads args->nr and
// the second 8 bytes of args->comm through CO-RE relocations over
// tpRecordType(nrAt), and the metadata recording both reads as CO-RE.
func coreTPObject(t *testing.T, nrAt uint32) *Object {
	t.Helper()
	rec := tpRecordType(nrAt)
	o := newTestObject()
	insns := asm.Instructions{
		asm.LoadMem(asm.R2, asm.R1, int16(nrAt), asm.Word).WithSymbol("prog"),
		asm.LoadMem(asm.R3, asm.R1, int16(nrAt+4+8), asm.DWord),
		asm.Mov.Imm(asm.R0, 0),
		asm.Return(),
	}
	o.program("prog", "tracepoint/syscalls/sys_enter_getppid", insns, getppid)
	p := &o.obj.Programs[0]
	p.Lines = []elfwriter.Line{{Insn: 0, File: "stdin", Text: "args->nr", Line: 1, Col: 1}}
	p.CORE = []elfwriter.CORERelocation{{Insn: 0, Type: rec, Access: "0:1"}, {Insn: 1, Type: rec, Access: "0:2:8"}}
	o.meta.Fields = []abi.FieldRead{
		{Source: getppidTP, Type: "struct " + rec.Name, Field: "nr", Offset: nrAt, Size: 4, CORE: true},
		{Source: getppidTP, Type: "struct " + rec.Name, Field: "comm", Offset: nrAt + 4, Size: 16, CORE: true},
	}
	return o.open(t)
}

// coreHost is a tracefs whose sys_enter_getppid has nr at byte 8 and
// comm at 12, and kernel types holding types.
func coreHost(t *testing.T, types ...btf.Type) Host {
	t.Helper()
	dir := t.TempDir()
	ev := filepath.Join(dir, "events", "syscalls", "sys_enter_getppid")
	if err := os.MkdirAll(ev, 0o755); err != nil {
		t.Fatal(err)
	}
	format := "name: sys_enter_getppid\nformat:\n\tfield:unsigned short common_type;\toffset:0;\tsize:2;\tsigned:0;\n" +
		"\tfield:int nr;\toffset:8;\tsize:4;\tsigned:1;\n\tfield:char comm[16];\toffset:12;\tsize:16;\tsigned:0;\n"
	if err := os.WriteFile(filepath.Join(ev, "format"), []byte(format), 0o644); err != nil {
		t.Fatal(err)
	}
	types = append(types, &btf.Int{Name: "long", Size: 8, Encoding: btf.Signed})
	b, err := btf.NewBuilder(types, nil)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := b.Marshal(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	kt, err := kbtf.FromBytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	return Host{TracefsDirs: []string{dir}, BTF: func() (kbtf.Finder, error) { return kt, nil }}
}

// TestCOREFallback: a CO-RE read of a tracepoint record the kernel's types
// have stays relocated and unchecked; one of a record they lack is checked
// against the format file and, if there, becomes a fixed read that keeps
// the instruction's other metadata.
func TestCOREFallback(t *testing.T) {
	for _, tc := range []struct {
		name    string
		nrAt    uint32 // where the object's record type has nr
		host    []btf.Type
		want    string // the error, "" for none
		relocs  int    // CO-RE relocations left
		noBTF   bool
		dropOne bool // the metadata does not record comm
	}{
		{name: "record present, format agrees", nrAt: 8, host: []btf.Type{tpRecordType(8)}, relocs: 2},
		{name: "record present, format differs: relocated, not checked", nrAt: 16, host: []btf.Type{tpRecordType(8)}, relocs: 2},
		{name: "record missing, format agrees", nrAt: 8, relocs: 0},
		{name: "no kernel BTF, format agrees", nrAt: 8, noBTF: true, relocs: 0},
		{name: "record missing, format differs", nrAt: 16,
			want: getppidTP + ": args->nr is at offset 8 in this kernel, the object assumed 16 (compiled against other tracepoint formats)"},
		{name: "record missing, read of no recorded field", nrAt: 8, dropOne: true,
			want: "program prog: instruction 1 reads struct trace_event_raw_bpftc_test at offset 20, where the object records no field"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			obj := coreTPObject(t, tc.nrAt)
			if tc.dropOne {
				obj.meta.Fields = obj.meta.Fields[:1]
			}
			host := coreHost(t, tc.host...)
			if tc.noBTF {
				host.BTF = func() (kbtf.Finder, error) { return nil, os.ErrNotExist }
			}
			spec, err := obj.checkedSpec(host)
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tc.want {
				t.Fatalf("got error %q, want %q", got, tc.want)
			}
			if err != nil {
				return
			}
			insns := spec.Programs["prog"].Instructions
			relocs := 0
			for i := range insns {
				if btf.CORERelocationMetadata(&insns[i]) != nil {
					relocs++
				}
			}
			if relocs != tc.relocs {
				t.Errorf("%d CO-RE relocations left, want %d", relocs, tc.relocs)
			}
			if insns[0].Offset != int16(tc.nrAt) || insns[1].Offset != int16(tc.nrAt+12) {
				t.Errorf("offsets %d and %d, want %d and %d", insns[0].Offset, insns[1].Offset, tc.nrAt, tc.nrAt+12)
			}
			if insns[0].Symbol() != "prog" || insns[0].Source() == nil || insns[0].Source().String() != "args->nr" {
				t.Errorf("lost metadata: symbol %q, source %v", insns[0].Symbol(), insns[0].Source())
			}
			// The object's own program keeps its relocations.
			orig := obj.spec.Programs["prog"].Instructions
			if btf.CORERelocationMetadata(&orig[0]) == nil || btf.CORERelocationMetadata(&orig[1]) == nil {
				t.Error("the object's program lost its relocations")
			}
		})
	}
}

// TestReloRecord pins the form of cilium/ebpf's CORERelocation.String that
// reloRecord reads the local type from.
func TestReloRecord(t *testing.T) {
	obj := coreTPObject(t, 8)
	insns := obj.spec.Programs["prog"].Instructions
	for i := range 2 {
		relo := btf.CORERelocationMetadata(&insns[i])
		if relo == nil {
			t.Fatalf("instruction %d: no relocation", i)
		}
		got, ok := reloRecord(relo)
		if want := "struct trace_event_raw_bpftc_test"; !ok || got != want {
			t.Errorf("reloRecord(%s) = %q, %v; want %q", relo, got, ok, want)
		}
	}
}

// TestCOREFallbackLoads loads, on this kernel, a getppid program whose
// relocated read goes through a record the given kernel types lack: it
// loads at its fixed offset, which agrees with this kernel's format file
// (__syscall_nr at byte 8), where the relocation alone would be poisoned.
func TestCOREFallbackLoads(t *testing.T) {
	requireKernel(t)
	i32 := &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}
	rec := &btf.Struct{Name: "trace_event_raw_bpftc_test", Size: 16, Members: []btf.Member{
		{Name: "ent", Type: &btf.Struct{Name: "trace_entry", Size: 8}},
		{Name: "__syscall_nr", Type: i32, Offset: 64},
	}}
	o := newTestObject()
	o.program("prog", "tracepoint/syscalls/sys_enter_getppid", asm.Instructions{
		asm.LoadMem(asm.R2, asm.R1, 8, asm.Word).WithSymbol("prog"),
		asm.Mov.Imm(asm.R0, 0),
		asm.Return(),
	}, getppid)
	o.obj.Programs[0].CORE = []elfwriter.CORERelocation{{Insn: 0, Type: rec, Access: "0:1"}}
	o.meta.Fields = []abi.FieldRead{{Source: getppidTP, Type: "struct " + rec.Name, Field: "__syscall_nr", Offset: 8, Size: 4, CORE: true}}
	obj := o.open(t)
	b, err := btf.NewBuilder([]btf.Type{i32}, nil)
	if err != nil {
		t.Fatal(err)
	}
	kernel, err := b.Spec()
	if err != nil {
		t.Fatal(err)
	}
	obj.SetKernelTypes(kernel)
	reports, err := obj.Verify()
	if err != nil {
		t.Fatal(err)
	}
	if len(reports) != 1 || reports[0].Processed == 0 {
		t.Errorf("reports %+v", reports)
	}
}
