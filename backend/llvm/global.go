package llvm

import (
	"fmt"

	"github.com/bpftc/bpftc/ir"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	llir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/types"
)

// rodataSection is where the load-time constants go, in llc's object as in
// ours.
const rodataSection = ".rodata"

// global translates a read of load-time constant v.Sym (ir.OpGlobal): a
// volatile load of an i64 global in .rodata, so that LLVM neither folds it
// to its initial zero nor merges it away.
func (t *fn) global(v *ir.Value) error {
	g := t.mod.globalVar(v.Sym)
	ld := t.cur.NewLoad(types.I64, g)
	ld.Volatile = true
	ld.Align = 8
	t.vals[v.ID] = name(ld, v)
	return nil
}

// globalVar returns the module's global called sym, defining it on first
// use: a global (not internal) symbol, so that llc's object names it and
// readBack can tell which variable an instruction loads.
func (mod *module) globalVar(sym string) *llir.Global {
	for _, g := range mod.out.Globals {
		if g.Name() == sym {
			return g
		}
	}
	g := mod.out.NewGlobalDef(sym, constant.NewInt(types.I64, 0))
	g.Section = rodataSection
	g.Align = 8
	return g
}

// globalRefs turns llc's references to .rodata, which cilium reads as the
// section name and an offset, back into references to the variables by
// name: our object lays .rodata out on its own.
func globalRefs(insns asm.Instructions, spec *ebpf.CollectionSpec) error {
	for i := range insns {
		ins := &insns[i]
		if !ins.IsLoadFromMap() || ins.Src != asm.PseudoMapValue || ins.Reference() != rodataSection {
			continue
		}
		off := uint32(uint64(ins.Constant) >> 32)
		var found bool
		for _, vs := range spec.Variables {
			if vs.SectionName == rodataSection && off >= vs.Offset && off < vs.Offset+vs.Size() {
				ins.Constant = int64(uint64(off-vs.Offset) << 32)
				*ins = ins.WithReference(vs.Name)
				found = true
				break
			}
		}
		if !found {
			return fmt.Errorf("instruction %d: reference to %s+%d, which is no variable", i, rodataSection, off)
		}
	}
	return nil
}
