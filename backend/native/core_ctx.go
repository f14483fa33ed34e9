package native

import (
	"github.com/bpftc/bpftc/backend"
	"github.com/bpftc/bpftc/ir"
	"github.com/cilium/ebpf/asm"
)

// coreLoad marks ins, the load of v, for relocation when v reads a CO-RE
// field of the context (ir.OpLoad with a Sym): the loader rewrites the
// load's offset, as the verifier allows no variable offset on the
// context.
func coreLoad(ins asm.Instruction, v *ir.Value) asm.Instruction {
	if v.Sym == "" {
		return ins
	}
	return backend.WithCORE(ins, v.Sym)
}
