// Package backend defines what a code generator gives the rest of bpftc:
// BPF instructions per program, with symbolic references to maps. The
// native and llvm subpackages implement it.
package backend

import (
	"github.com/bpftc/bpftc/ir"
	"github.com/cilium/ebpf/asm"
)

// Program is the code generated for one IR function.
type Program struct {
	Name  string
	Insns asm.Instructions // jumps resolved; map loads carry the map symbol as Reference
	// Sub marks a static subprogram (ir.Func.Entries): it goes to .text,
	// and entry programs call it with a call that carries its Name as
	// Reference.
	Sub bool
}

// Backend turns an optimised IR module into programs. Compile may modify m.
type Backend interface {
	Name() string
	Compile(m *ir.Module) ([]Program, error)
}
