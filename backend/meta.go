package backend

import "github.com/cilium/ebpf/asm"

// Instructions carry two kinds of metadata from a backend to the object
// writer: the source position of the IR value they implement (line info)
// and the CO-RE field they materialise the offset of (core_relo).

type posMeta struct{}

type coreMeta struct{}

// WithPos returns ins marked as implementing IR at source byte offset pos.
// Negative positions are not recorded.
func WithPos(ins asm.Instruction, pos int32) asm.Instruction {
	if pos >= 0 {
		ins.Metadata.Set(posMeta{}, pos)
	}
	return ins
}

// Pos returns the source byte offset ins was marked with by [WithPos], or
// -1.
func Pos(ins *asm.Instruction) int32 {
	if p, ok := ins.Metadata.Get(posMeta{}).(int32); ok {
		return p
	}
	return -1
}

// WithCORE returns ins marked as carrying the byte offset of the CO-RE
// field sym (the Sym of an ir.OpCoreOff value or of a relocated load) in
// its immediate (a mov or add with an immediate, or an ld_imm64) or, for
// a load, in its offset.
func WithCORE(ins asm.Instruction, sym string) asm.Instruction {
	ins.Metadata.Set(coreMeta{}, sym)
	return ins
}

// CORE returns the CO-RE field ins was marked with by [WithCORE], or "".
func CORE(ins *asm.Instruction) string {
	s, _ := ins.Metadata.Get(coreMeta{}).(string)
	return s
}
