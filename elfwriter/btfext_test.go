package elfwriter_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"

	"github.com/bpftc/bpftc/elfwriter"
)

// lineObject has two programs sharing a section and one alone, with
// lines that do not all start at instruction 0 and an ld_imm64 before
// some of them, so that byte offsets are exercised.
func lineObject() *elfwriter.Object {
	obj := fullObject()
	for i := range obj.Programs {
		p := &obj.Programs[i]
		n := len(p.Insns)
		p.Lines = []elfwriter.Line{
			{Insn: 1, File: "x.bt", Text: p.Name + " first", Line: 3, Col: 5},
			{Insn: n - 1, File: "x.bt", Text: p.Name + " last", Line: 7, Col: 2000},
		}
		if n <= 2 {
			p.Lines = p.Lines[:1]
		}
	}
	return obj
}

// TestLineInfoRoundTrip writes func_info and line_info and reads them
// back with cilium/ebpf: each program's first instruction carries its
// FUNC, and each line the instruction it starts at.
func TestLineInfoRoundTrip(t *testing.T) {
	obj := lineObject()
	spec := readSpec(t, mustBytes(t, obj))
	for _, p := range obj.Programs {
		ps := spec.Programs[p.Name]
		if ps == nil {
			t.Fatalf("program %s missing", p.Name)
		}
		insns := ps.Instructions
		fn := btf.FuncMetadata(&insns[0])
		if fn == nil || fn.Name != p.Name || fn.Linkage != btf.GlobalFunc {
			t.Errorf("%s: func_info %v", p.Name, fn)
		} else if proto, ok := fn.Type.(*btf.FuncProto); !ok || len(proto.Params) != 1 || proto.Params[0].Name != "ctx" {
			t.Errorf("%s: prototype %v", p.Name, fn.Type)
		}
		want := map[int]string{
			// Moved to instruction 0, where every program needs a line.
			0: "x.bt:3:5 " + p.Name + " first",
		}
		if len(p.Lines) > 1 {
			want[len(insns)-1] = "x.bt:7:1023 " + p.Name + " last" // column clamped
		}
		for i := range insns {
			got := ""
			if l, ok := insns[i].Source().(*btf.Line); ok {
				got = l.FileName() + ":" + itoa(l.LineNumber()) + ":" + itoa(l.LineColumn()) + " " + l.Line()
			}
			if got != want[i] {
				t.Errorf("%s: instruction %d: line %q, want %q", p.Name, i, got, want[i])
			}
		}
	}
}

func itoa(n uint32) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// taskType is a kernel-like struct: pid sits in an anonymous union, comm
// after it, and members no relocation names.
func taskType(pidOff, commOff btf.Bits) *btf.Struct {
	i32 := &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}
	char := &btf.Int{Name: "char", Size: 1, Encoding: btf.Char}
	inner := &btf.Union{Size: 8, Members: []btf.Member{
		{Name: "pid", Type: &btf.Typedef{Name: "pid_t", Type: i32}},
		{Name: "both", Type: &btf.Int{Name: "long", Size: 8, Encoding: btf.Signed}},
	}}
	next := &btf.Pointer{}
	task := &btf.Struct{Name: "task_struct", Size: 64, Members: []btf.Member{
		{Name: "state", Type: i32, Offset: 0},
		{Name: "next", Type: next, Offset: 64},
		{Name: "", Type: inner, Offset: pidOff},
		{Name: "comm", Type: &btf.Array{Index: i32, Type: char, Nelems: 16}, Offset: commOff},
	}}
	next.Target = task
	return task
}

// coreObject reads task->pid and task->comm[3] through CO-RE relocations on
// a mov and an add.
func coreObject(task *btf.Struct) *elfwriter.Object {
	return &elfwriter.Object{License: "GPL", Programs: []elfwriter.Program{{
		Name: "rd", Section: "raw_tp",
		Insns: asm.Instructions{
			asm.Mov.Imm(asm.R1, 16),
			asm.Mov.Reg(asm.R0, asm.R1),
			asm.Add.Imm(asm.R0, 30),
			asm.Return(),
		},
		CORE: []elfwriter.CORERelocation{
			{Insn: 0, Type: task, Access: "0:2:0"},
			{Insn: 2, Type: task, Access: "0:3:3"},
		},
	}}}
}

// TestCORERoundTrip writes CO-RE relocations and checks what cilium/ebpf
// reads back: the relocations on their instructions, and a local type
// that keeps only the members they name.
func TestCORERoundTrip(t *testing.T) {
	spec := readSpec(t, mustBytes(t, coreObject(taskType(128, 216))))
	insns := spec.Programs["rd"].Instructions
	for i, want := range map[int]string{0: "byte_off", 2: "byte_off"} {
		r := btf.CORERelocationMetadata(&insns[i])
		if r == nil || !strings.Contains(r.String(), want) {
			t.Errorf("instruction %d: relocation %v", i, r)
		}
	}
	if r := btf.CORERelocationMetadata(&insns[1]); r != nil {
		t.Errorf("instruction 1: unexpected relocation %v", r)
	}
	var local *btf.Struct
	if err := spec.Types.TypeByName("task_struct", &local); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, m := range local.Members {
		names = append(names, m.Name+"@"+itoa(uint32(m.Offset)))
	}
	if got := strings.Join(names, " "); got != "@128 comm@216" || local.Size != 64 {
		t.Errorf("local task_struct: size %d, members %s", local.Size, got)
	}
}

// TestCORERelocates loads the object against target types in which the
// fields moved, and checks the kernel got the target's offsets.
func TestCORERelocates(t *testing.T) {
	requireKernel(t)
	spec := readSpec(t, mustBytes(t, coreObject(taskType(128, 216))))
	// Build a target BTF: pid at 40, comm at 8 (the union is now at 40).
	var b btf.Builder
	if _, err := b.Add(taskType(320, 64)); err != nil {
		t.Fatal(err)
	}
	raw, err := b.Marshal(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	target, err := btf.LoadSpecFromReader(strings.NewReader(string(raw)))
	if err != nil {
		t.Fatal(err)
	}
	coll, err := ebpf.NewCollectionWithOptions(spec, ebpf.CollectionOptions{Programs: ebpf.ProgramOptions{KernelTypes: target}})
	if err != nil {
		var verr *ebpf.VerifierError
		if errors.As(err, &verr) {
			t.Fatalf("%+v", verr)
		}
		t.Fatal(err)
	}
	defer coll.Close()
	info, err := coll.Programs["rd"].Info()
	if err != nil {
		t.Fatal(err)
	}
	xl, err := info.Instructions()
	if err != nil {
		skipOrFail(t, "read the loaded instructions", err)
	}
	if xl[0].Constant != 40 || xl[2].Constant != 8+3 {
		t.Errorf("relocated immediates %d and %d, want 40 and 11:\n%v", xl[0].Constant, xl[2].Constant, xl)
	}
}

// TestExtErrors checks that bad lines and relocations are refused.
func TestExtErrors(t *testing.T) {
	task := taskType(128, 216)
	for _, tc := range []struct {
		name string
		edit func(p *elfwriter.Program)
		err  string
	}{
		{"lines out of order", func(p *elfwriter.Program) {
			p.Lines = []elfwriter.Line{{Insn: 2, Line: 1}, {Insn: 1, Line: 2}}
		}, "out of order"},
		{"line past the end", func(p *elfwriter.Program) { p.Lines = []elfwriter.Line{{Insn: 9, Line: 1}} }, "out of order or range"},
		{"line number too large", func(p *elfwriter.Program) { p.Lines = []elfwriter.Line{{Insn: 0, Line: 1 << 22}} }, "exceeds"},
		{"relocation on a move of registers", func(p *elfwriter.Program) { p.CORE[1].Insn = 1 }, "cannot carry a field offset"},
		{"wrong immediate", func(p *elfwriter.Program) { p.Insns[0].Constant = 20 }, "holds 20, the field is at 16"},
		{"bad access", func(p *elfwriter.Program) { p.CORE[0].Access = "0:9" }, "no member 9"},
		{"bit-field", func(p *elfwriter.Program) {
			p.CORE[0].Type = &btf.Struct{Name: "b", Size: 4, Members: []btf.Member{{Name: "f", Type: &btf.Int{Size: 4}, BitfieldSize: 3}}}
			p.CORE[0].Access = "0:0"
		}, "bit-field"},
		{"no type", func(p *elfwriter.Program) { p.CORE[0].Type = nil }, "no type"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			obj := coreObject(task)
			tc.edit(&obj.Programs[0])
			_, err := elfwriter.Bytes(obj)
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("err = %v, want %q", err, tc.err)
			}
		})
	}
}
