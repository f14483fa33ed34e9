package compiler

import (
	"github.com/bpftc/bpftc/elfwriter"
	"github.com/bpftc/bpftc/ir"
	"github.com/bpftc/bpftc/loader/abi"
)

// rodata lays out the load-time constants (ir.OpGlobal) as variables of a
// .rodata section, zero until the loader sets them: the kernel symbols of
// the metadata in their order, then any other constant the module reads.
// Programs refer to the variables by name; nil when there are none.
func rodata(m *ir.Module, meta *abi.Meta) []elfwriter.Data {
	var names []string
	seen := map[string]bool{}
	for _, ks := range meta.KernelSymbols {
		if !seen[ks.Var] {
			seen[ks.Var] = true
			names = append(names, ks.Var)
		}
	}
	for _, g := range m.Globals() {
		if !seen[g] {
			seen[g] = true
			names = append(names, g)
		}
	}
	if len(names) == 0 {
		return nil
	}
	d := elfwriter.Data{Name: ".rodata", Size: uint32(ir.GlobalSize * len(names))}
	d.Contents = make([]byte, d.Size)
	for i, n := range names {
		d.Variables = append(d.Variables, elfwriter.Variable{Name: n, Offset: uint32(ir.GlobalSize * i), Size: ir.GlobalSize})
	}
	return []elfwriter.Data{d}
}
