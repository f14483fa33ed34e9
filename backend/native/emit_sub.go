package native

import (
	"github.com/bpftc/bpftc/ir"
	"github.com/cilium/ebpf/asm"
)

// negAddable reports whether x - y, with y in the result's register, can
// be computed there as -y + x: x is in a register (xInReg) or a 32-bit
// constant other than y, and y is no pointer (the verifier refuses to
// negate one).
func negAddable(x, y *ir.Value, xInReg bool) bool {
	if y.Type == ir.Ptr || x == y {
		return false
	}
	_, ok := imm32(x)
	return xInReg || ok
}

// negAdd computes d = x - d as "d = -d; d += x", two instructions instead
// of three through the scratch register.
func (e *emitter) negAdd(d asm.Register, x *ir.Value) {
	e.emit(asm.Neg.Imm(d, 0))
	if c, ok := imm32(x); ok {
		e.emit(asm.Add.Imm(d, c))
		return
	}
	e.emit(asm.Add.Reg(d, e.reg(x)))
}
