package compiler

import (
	"bytes"
	"strings"
	"testing"

	"github.com/bpftc/bpftc/frontend/source"
	"github.com/bpftc/bpftc/loader/abi"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

// TestKaddrObject checks that kaddr() leaves its symbols to the loader
// (FN-10): the object has an 8-byte .rodata variable per symbol, which the
// program reads, and the metadata lists the symbols with the first call's
// location. No symbol is looked up while compiling, so a symbol this host
// lacks compiles too.
func TestKaddrObject(t *testing.T) {
	const text = `BEGIN { @a = kaddr("vfs_read"); @b = kaddr("no_such_sym_x") + kaddr("a.b"); @c = kaddr("a_b") - kaddr("vfs_read"); }`
	want := []abi.KernelSymbol{
		{Name: "vfs_read", Var: "kaddr_vfs_read"},
		{Name: "no_such_sym_x", Var: "kaddr_no_such_sym_x"},
		{Name: "a.b", Var: "kaddr_a_b"},
		{Name: "a_b", Var: "kaddr_a_b_2"},
	}
	for _, be := range testBackends(t) {
		t.Run(be.Name(), func(t *testing.T) {
			f := &source.File{Name: "stdin", Text: text}
			res, err := Compile(f, &Options{Backend: be, VerifyIR: true})
			if err != nil {
				t.Fatal(err)
			}
			got := res.Meta.KernelSymbols
			if len(got) != len(want) {
				t.Fatalf("metadata lists %v, want %v", got, want)
			}
			for i, ks := range got {
				if ks.Name != want[i].Name || ks.Var != want[i].Var {
					t.Errorf("symbol %d: %+v, want %+v", i, ks, want[i])
				}
				call := `kaddr("` + ks.Name + `")`
				if at := text[ks.Start:ks.End]; at != call || strings.Index(text, call) != ks.Start {
					t.Errorf("symbol %s: location %q at %d, want the first %s", ks.Name, at, ks.Start, call)
				}
			}
			spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(res.Object))
			if err != nil {
				t.Fatal(err)
			}
			for _, ks := range want {
				vs := spec.Variables[ks.Var]
				if vs == nil || vs.SectionName != ".rodata" || vs.Size() != 8 || vs.Type == nil {
					t.Errorf("variable %s: %v, want 8 bytes of .rodata with BTF", ks.Var, vs)
				}
			}
			if ms := spec.Maps[".rodata"]; ms == nil || ms.Flags&0x80 == 0 {
				t.Errorf(".rodata map %v, want one read-only for programs", ms)
			}
			loads := 0
			for _, ins := range spec.Programs["BEGIN"].Instructions {
				if ins.IsLoadFromMap() && ins.Src == asm.PseudoMapValue && ins.Reference() == ".rodata" {
					loads++
				}
			}
			if loads != len(want) {
				t.Errorf("BEGIN loads .rodata %d times, want %d (one per symbol, vfs_read once)", loads, len(want))
			}
		})
	}
}
