package native

import (
	"github.com/bpftc/bpftc/ir"
	"github.com/cilium/ebpf/asm"
)

// global emits a read of load-time constant v.Sym (ir.OpGlobal): an
// ld_imm64 of the variable's address in .rodata (BPF_PSEUDO_MAP_VALUE,
// relocated against the variable's symbol), then an 8-byte load. The
// kernel freezes .rodata, so the verifier knows the value.
func (e *emitter) global(v *ir.Value) {
	if !e.inReg(v) {
		return
	}
	d := e.reg(v)
	e.emit(asm.LoadMapValue(d, 0, 0).WithReference(v.Sym), asm.LoadMem(d, d, 0, asm.DWord))
}
