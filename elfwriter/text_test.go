package elfwriter_test

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"errors"
	"testing"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
	"github.com/cilium/ebpf/ringbuf"

	"github.com/bpftc/bpftc/elfwriter"
)

// subValue is what helper_a returns.
const subValue = 7

// subObject is fullObject plus two static subprograms in .text and three
// entry programs that only call them: entry_a (raw_tp) calls helper_a,
// which returns subValue; entry_b (raw_tp) and entry_p (perf_event) call
// helper_b, which sends {beginAction, beginValue} like BEGIN. The
// subprograms come between the entries so that placing .text first
// matters.
func subObject() *elfwriter.Object {
	obj := fullObject()
	helperB := beginProgram()
	helperB.Name, helperB.Section = "helper_b", ".text"
	helperB.Lines = []elfwriter.Line{{Insn: 0, File: "x.bt", Text: "helper_b", Line: 4, Col: 1}}
	entry := func(name, section, callee string) elfwriter.Program {
		return elfwriter.Program{Name: name, Section: section, Insns: asm.Instructions{asm.Call.Label(callee), asm.Return()}}
	}
	obj.Programs = append(obj.Programs,
		entry("entry_a", "raw_tp", "helper_a"),
		elfwriter.Program{Name: "helper_a", Section: ".text", Insns: asm.Instructions{asm.Mov.Imm(asm.R0, subValue), asm.Return()}},
		helperB,
		entry("entry_b", "raw_tp", "helper_b"),
		entry("entry_p", "perf_event", "helper_b"),
	)
	return obj
}

// TestSubprogramELF checks the ELF form: .text before the program
// sections, local FUNC symbols before every global, and each call an
// R_BPF_64_32 against .text's section symbol with the callee's offset in
// its immediate.
func TestSubprogramELF(t *testing.T) {
	b := mustBytes(t, subObject())
	f, err := elf.NewFile(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	text := f.Section(".text")
	if text == nil || text.Flags&elf.SHF_EXECINSTR == 0 {
		t.Fatalf(".text missing or not executable: %+v", text)
	}
	for _, s := range f.Sections {
		if s.Flags&elf.SHF_EXECINSTR != 0 {
			if s != text {
				t.Errorf("first executable section is %s, want .text", s.Name)
			}
			break
		}
	}
	syms, err := f.Symbols() // without the null symbol
	if err != nil {
		t.Fatal(err)
	}
	symtab := f.Section(".symtab")
	textSym := -1
	for i, s := range syms {
		local := elf.ST_BIND(s.Info) == elf.STB_LOCAL
		if local != (uint32(i+1) < symtab.Info) {
			t.Errorf("symbol %d %q: local %v, but .symtab's first global is %d", i+1, s.Name, local, symtab.Info)
		}
		if elf.ST_TYPE(s.Info) == elf.STT_SECTION && int(s.Section) == sectionIndex(f, text) {
			textSym = i + 1
		}
	}
	want := map[string]uint64{"helper_a": 0, "helper_b": 16}
	for _, s := range syms {
		off, ok := want[s.Name]
		if !ok {
			continue
		}
		delete(want, s.Name)
		if elf.ST_BIND(s.Info) != elf.STB_LOCAL || elf.ST_TYPE(s.Info) != elf.STT_FUNC || int(s.Section) != sectionIndex(f, text) || s.Value != off {
			t.Errorf("symbol %s: %v %v section %d value %d, want a local FUNC in .text at %d", s.Name, elf.ST_BIND(s.Info), elf.ST_TYPE(s.Info), s.Section, s.Value, off)
		}
	}
	if len(want) > 0 || textSym < 0 {
		t.Fatalf("symbols missing: %v, .text section symbol %d", want, textSym)
	}

	entries := map[string]uint64{}
	for _, s := range syms {
		entries[s.Name] = s.Value
	}
	raw := f.Section("raw_tp")
	code, err := raw.Data()
	if err != nil {
		t.Fatal(err)
	}
	rels, err := f.Section(".relraw_tp").Data()
	if err != nil {
		t.Fatal(err)
	}
	calls := map[uint64]int32{}
	for i := 0; i+16 <= len(rels); i += 16 {
		off := binary.LittleEndian.Uint64(rels[i:])
		info := binary.LittleEndian.Uint64(rels[i+8:])
		if info&0xffffffff != 10 {
			continue
		}
		if int(info>>32) != textSym {
			t.Errorf("call relocation at %d against symbol %d, want .text's %d", off, info>>32, textSym)
		}
		if code[off] != 0x85 || code[off+1]>>4 != 1 {
			t.Errorf("call relocation at %d on %x, want a call with source 1", off, code[off:off+2])
		}
		calls[off] = int32(binary.LittleEndian.Uint32(code[off+4:]))
	}
	wantCalls := map[uint64]int32{entries["entry_a"]: -1, entries["entry_b"]: 1}
	if len(calls) != len(wantCalls) || calls[entries["entry_a"]] != -1 || calls[entries["entry_b"]] != 1 {
		t.Errorf("call immediates by offset %v, want %v", calls, wantCalls)
	}
}

// TestSubprogramSpec reads the object with cilium/ebpf: the subprograms
// are no programs of their own but linked into each caller, with a static
// FUNC (func_info) and their lines.
func TestSubprogramSpec(t *testing.T) {
	spec := readSpec(t, mustBytes(t, subObject()))
	for _, name := range []string{"helper_a", "helper_b"} {
		if spec.Programs[name] != nil {
			t.Errorf("%s is a program", name)
		}
	}
	for name, callee := range map[string]string{"entry_a": "helper_a", "entry_b": "helper_b", "entry_p": "helper_b"} {
		ps := spec.Programs[name]
		if ps == nil {
			t.Fatalf("no program %s", name)
		}
		insns := ps.Instructions
		if !insns[0].IsFunctionCall() || insns[0].Reference() != callee {
			t.Errorf("%s: first instruction %v, want a call to %s", name, insns[0], callee)
		}
		at := -1
		for i := range insns {
			if insns[i].Symbol() == callee {
				at = i
			}
		}
		if at < 0 {
			t.Fatalf("%s: %s not linked in", name, callee)
		}
		fn := btf.FuncMetadata(&insns[at])
		if fn == nil || fn.Name != callee || fn.Linkage != btf.StaticFunc {
			t.Errorf("%s: func_info of %s is %v, want a static FUNC", name, callee, fn)
		}
		if callee == "helper_b" {
			if l, ok := insns[at].Source().(*btf.Line); !ok || l.LineNumber() != 4 {
				t.Errorf("%s: line of helper_b is %v, want 4", name, insns[at].Source())
			}
		}
	}
}

// TestKernelSubprogram loads the object and runs the raw_tp entries: the
// kernel verifies each entry with its subprogram.
func TestKernelSubprogram(t *testing.T) {
	requireKernel(t)
	spec := readSpec(t, mustBytes(t, subObject()))
	coll, err := ebpf.NewCollection(spec)
	if err != nil {
		var verr *ebpf.VerifierError
		if errors.As(err, &verr) {
			t.Fatalf("NewCollection: %+v", verr)
		}
		t.Fatalf("NewCollection: %v", err)
	}
	defer coll.Close()
	ret, err := coll.Programs["entry_a"].Run(&ebpf.RunOptions{})
	if err != nil || ret != subValue {
		t.Fatalf("run entry_a: %d, %v; want %d", ret, err, subValue)
	}
	rd, err := ringbuf.NewReader(coll.Maps["AT__events"])
	if err != nil {
		t.Fatalf("ringbuf reader: %v", err)
	}
	defer rd.Close()
	if ret, err := coll.Programs["entry_b"].Run(&ebpf.RunOptions{}); err != nil || ret != 0 {
		t.Fatalf("run entry_b: %d, %v", ret, err)
	}
	rd.SetDeadline(time.Now().Add(5 * time.Second))
	rec, err := rd.Read()
	if err != nil {
		t.Fatalf("read ring buffer: %v", err)
	}
	if len(rec.RawSample) != 16 || binary.NativeEndian.Uint64(rec.RawSample) != beginAction || binary.NativeEndian.Uint64(rec.RawSample[8:]) != beginValue {
		t.Errorf("record %x, want {%d, %d}", rec.RawSample, beginAction, beginValue)
	}
}
