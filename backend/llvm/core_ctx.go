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

// A load of a CO-RE field of the context (ir.OpLoad with a Sym) goes
// through LLVM as one inline asm of two instructions,
//
//	$0 = MARKER ll
//	$0 = *(u32 *)($1 + OFF)
//
// so that LLVM neither folds the offset nor moves the load away from its
// marker. MARKER is coreLoadMagic plus the value's ID; coreLoadSites drops
// each marker and marks the load after it for the relocation
// (backend.WithCORE). The relocation patches the load's offset: the
// verifier allows no variable offset on the context, so the mov/add form
// of OpCoreOff cannot serve here.

const coreLoadMagic = uint64(0x5C0F) << 48

var loadWidths = map[int32]string{1: "u8", 2: "u16", 4: "u32", 8: "u64"}

// coreLoad translates a relocated context load.
func (t *fn) coreLoad(v *ir.Value) error {
	if v.Aux < 0 || v.Aux > 1<<15-1 {
		return fmt.Errorf("CO-RE load at offset %d", v.Aux)
	}
	text := fmt.Sprintf("$0 = %#x ll\n\t$0 = *(%s *)($1 + %d)", coreLoadMagic|uint64(v.ID), loadWidths[v.Size], v.Aux)
	asmFn := llir.NewInlineAsm(types.NewPointer(types.NewFunc(types.I64, i8p)), text, "=&r,r")
	var x value.Value = t.cur.NewCall(asmFn, t.ptrVal(v.Args[0]))
	if v.Sign && v.Size < 8 {
		x = t.cur.NewSExt(t.cur.NewTrunc(x, types.NewInt(uint64(v.Size)*8)), types.I64)
	}
	if v.Type == ir.Ptr {
		x = t.cur.NewIntToPtr(x, i8p)
	}
	t.vals[v.ID] = name(x, v)
	return nil
}

// coreLoadSites removes the markers of f's relocated context loads from
// insns, marks the load after each for relocation, and fixes the jumps
// over the removed instructions.
func coreLoadSites(insns asm.Instructions, f *ir.Func) (asm.Instructions, error) {
	byID := map[int]*ir.Value{}
	for _, b := range f.Blocks {
		for _, v := range b.Values {
			if v.Op == ir.OpLoad && v.Sym != "" {
				byID[v.ID] = v
			}
		}
	}
	if len(byID) == 0 {
		return insns, nil
	}
	drop := make([]bool, len(insns))
	found := false
	for i := range insns {
		ins := &insns[i]
		c := uint64(ins.Constant)
		if !ins.IsConstantLoad(asm.DWord) || ins.Reference() != "" || c&coreMask != coreLoadMagic {
			continue
		}
		v := byID[int(c&^coreMask)]
		if v == nil || i+1 == len(insns) {
			return nil, fmt.Errorf("instruction %d: CO-RE load marker %#x of no load", i, c)
		}
		ld := &insns[i+1]
		if ld.OpCode.Class() != asm.LdXClass || ld.Dst != ins.Dst || int64(ld.Offset) != v.Aux {
			return nil, fmt.Errorf("instruction %d: CO-RE load marker %#x not followed by its load", i, c)
		}
		// The marker may carry the function's symbol or the line: the
		// load takes its metadata.
		pos := backend.Pos(ld)
		ld.Metadata = ins.Metadata
		if backend.Pos(ld) < 0 && pos >= 0 {
			*ld = backend.WithPos(*ld, pos)
		}
		*ld = backend.WithCORE(*ld, v.Sym)
		drop[i], found = true, true
	}
	if !found {
		return insns, nil
	}
	return dropInsns(insns, drop)
}

// dropInsns removes the instructions drop marks, retargeting jumps: a
// jump to a removed instruction goes to the next one kept.
func dropInsns(insns asm.Instructions, drop []bool) (asm.Instructions, error) {
	n := len(insns)
	oldSlot := make([]int, n+1) // slot of each instruction, and the end
	newSlot := make([]int, n+1) // where it lands (the next kept one's, if dropped)
	for i := range insns {
		oldSlot[i+1] = oldSlot[i] + int(insns[i].Size()/asm.InstructionSize)
	}
	next := oldSlot[n] - countDropped(insns, drop)
	newSlot[n] = next
	for i := n - 1; i >= 0; i-- {
		if !drop[i] {
			next -= int(insns[i].Size() / asm.InstructionSize)
		}
		newSlot[i] = next
	}
	bySlot := make(map[int]int, n+1)
	for i := 0; i <= n; i++ {
		bySlot[oldSlot[i]] = i
	}
	out := make(asm.Instructions, 0, n)
	for i, ins := range insns {
		if drop[i] {
			continue
		}
		if isJump(ins) {
			t, ok := bySlot[oldSlot[i]+1+int(ins.Offset)]
			if !ok {
				return nil, fmt.Errorf("instruction %d: jump into an instruction", i)
			}
			off := newSlot[t] - newSlot[i] - 1
			if off != int(int16(off)) {
				return nil, fmt.Errorf("instruction %d: jump offset %d out of range", i, off)
			}
			ins.Offset = int16(off)
		}
		out = append(out, ins)
	}
	return out, nil
}

func countDropped(insns asm.Instructions, drop []bool) int {
	n := 0
	for i := range insns {
		if drop[i] {
			n += int(insns[i].Size() / asm.InstructionSize)
		}
	}
	return n
}

// isJump reports whether ins jumps by its Offset (not a call or an exit).
func isJump(ins asm.Instruction) bool {
	c := ins.OpCode.Class()
	if c != asm.JumpClass && c != asm.Jump32Class {
		return false
	}
	op := ins.OpCode.JumpOp()
	return op != asm.Call && op != asm.Exit
}
