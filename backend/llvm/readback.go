package llvm

import (
	"bytes"
	"fmt"

	"github.com/bpftc/bpftc/backend"
	"github.com/bpftc/bpftc/ir"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

// readBack reads llc's object with cilium/ebpf and returns one program per
// function of m, in m's order. cilium resolves the map relocations into
// ld_imm64 instructions that carry the map's symbol as Reference.
func readBack(obj []byte, m *ir.Module) ([]backend.Program, error) {
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(obj))
	if err != nil {
		return nil, fmt.Errorf("llvm backend: read llc's object: %w", err)
	}
	var progs []backend.Program
	for _, f := range m.Funcs {
		ps, ok := spec.Programs[f.Name]
		var entries []backend.Program
		if len(f.Entries) > 0 {
			ps, entries, err = sharedBody(spec, f)
			if err != nil {
				return nil, err
			}
			ok = true
		}
		if !ok {
			return nil, fmt.Errorf("llvm backend: llc's object has no program %s", f.Name)
		}
		if err := globalRefs(ps.Instructions, spec); err != nil {
			return nil, fmt.Errorf("llvm backend, function %s: %w", f.Name, err)
		}
		if err := checkInsns(ps.Instructions, m); err != nil {
			return nil, fmt.Errorf("llvm backend, function %s: %w", f.Name, err)
		}
		positions(ps.Instructions)
		if err := coreSites(ps.Instructions, f); err != nil {
			return nil, fmt.Errorf("llvm backend, function %s: %w", f.Name, err)
		}
		insns, err := coreLoadSites(ps.Instructions, f)
		if err != nil {
			return nil, fmt.Errorf("llvm backend, function %s: %w", f.Name, err)
		}
		progs = append(progs, entries...)
		progs = append(progs, backend.Program{Name: f.Name, Insns: insns, Sub: len(f.Entries) > 0})
	}
	return progs, nil
}

// checkInsns makes sure the only references left are to m's maps: a call
// to a library function (memcpy that LLVM did not inline) or a reference
// to data would not survive the elfwriter.
func checkInsns(insns asm.Instructions, m *ir.Module) error {
	for i, ins := range insns {
		ref := ins.Reference()
		switch {
		case ins.IsFunctionReference(), ins.IsFunctionCall():
			return fmt.Errorf("instruction %d: call to %q, which LLVM did not inline", i, ref)
		case ref == "":
		case ins.IsLoadFromMap() && ins.Src == asm.PseudoMapFD && m.Map(ref) != nil:
		case ins.IsLoadFromMap() && ins.Src == asm.PseudoMapValue && ir.IsIdent(ref): // globalRefs
		default:
			return fmt.Errorf("instruction %d: unexpected reference to %q", i, ref)
		}
	}
	return nil
}
