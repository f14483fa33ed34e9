package backend

import (
	"github.com/bpftc/bpftc/ir"
	"github.com/cilium/ebpf/asm"
)

// Entries returns the entry programs of f, a shared body (ir.Func.Entries):
// each calls f with its context, still in r1, and returns what f returns.
// Their instructions are at the body's first source position.
func Entries(f *ir.Func) []Program {
	pos := FirstPos(f)
	out := make([]Program, 0, len(f.Entries))
	for _, name := range f.Entries {
		insns := asm.Instructions{
			WithPos(asm.Call.Label(f.Name).WithSymbol(name), pos),
			WithPos(asm.Return(), pos),
		}
		out = append(out, Program{Name: name, Insns: insns})
	}
	return out
}

// EntryPos marks every instruction of the entry programs with the body
// f's first source position (the llvm backend reads its entries back).
func EntryPos(f *ir.Func, entries []Program) {
	pos := FirstPos(f)
	for _, p := range entries {
		for i := range p.Insns {
			p.Insns[i] = WithPos(p.Insns[i], pos)
		}
	}
}

// FirstPos returns the first known source position in f, or -1: that of
// the code before it (the entry's allocas and the ctx copy).
func FirstPos(f *ir.Func) int32 {
	for _, b := range f.Blocks {
		for _, v := range b.Values {
			if v.Pos >= 0 {
				return v.Pos
			}
		}
	}
	return -1
}
