package llvm

import (
	"fmt"

	"github.com/bpftc/bpftc/backend"
	"github.com/bpftc/bpftc/ir"
	"github.com/cilium/ebpf/asm"
	llir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// A CO-RE field offset (ir.OpCoreOff) goes through LLVM as an inline asm
// "$0 = MARKER ll": an ld_imm64 of a constant LLVM cannot see through, so
// it never folds the offset into an address. MARKER is coreMagic plus the
// value's ID; readBack puts the real offset in its place and marks the
// instruction for the relocation (backend.WithCORE). An ld_imm64 is a
// FIELD_BYTE_OFFSET site both loaders patch.

const (
	coreMagic = uint64(0x5C0E) << 48
	coreMask  = uint64(0xFFFF) << 48
)

// coreOff translates v into its marker.
func (t *fn) coreOff(v *ir.Value) value.Value {
	marker := llir.NewInlineAsm(types.NewPointer(types.NewFunc(types.I64)),
		fmt.Sprintf("$0 = %#x ll", coreMagic|uint64(v.ID)), "=r")
	return name(t.cur.NewCall(marker), v)
}

// coreSites replaces the markers of f's CO-RE field offsets in insns by
// the offsets, marked for relocation.
func coreSites(insns asm.Instructions, f *ir.Func) error {
	byID := map[int]*ir.Value{}
	for _, b := range f.Blocks {
		for _, v := range b.Values {
			if v.Op == ir.OpCoreOff {
				byID[v.ID] = v
			}
		}
	}
	if len(byID) == 0 {
		return nil
	}
	for i := range insns {
		ins := &insns[i]
		c := uint64(ins.Constant)
		if !ins.IsConstantLoad(asm.DWord) || ins.Reference() != "" || c&coreMask != coreMagic {
			continue
		}
		v := byID[int(c&^coreMask)]
		if v == nil {
			return fmt.Errorf("instruction %d: CO-RE marker %#x of no field offset", i, c)
		}
		ins.Constant = v.Aux
		*ins = backend.WithCORE(*ins, v.Sym)
	}
	return nil
}
