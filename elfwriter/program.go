package elfwriter

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/cilium/ebpf/asm"
)

// progSection is one executable section and the programs laid out in it.
type progSection struct {
	name  string
	code  []byte
	rels  []rel
	progs []placed // in section order
}

// placed is a program's place in its section.
type placed struct {
	prog      int // index in Object.Programs
	off, size uint64
}

// encodePrograms groups programs by section, in order of first use (but
// .text first), and encodes their instructions and relocations.
func encodePrograms(obj *Object, ix *index, bo binary.ByteOrder) ([]*progSection, error) {
	var secs []*progSection
	bySection := make(map[string]*progSection)
	order := make([]int, 0, len(obj.Programs))
	for i := range obj.Programs {
		if obj.Programs[i].Section == textSection {
			order = append(order, i)
		}
	}
	for i := range obj.Programs {
		if obj.Programs[i].Section != textSection {
			order = append(order, i)
		}
	}
	subOffs := make(map[string]uint64, len(ix.subs))
	for _, i := range order {
		p := &obj.Programs[i]
		s := bySection[p.Section]
		if s == nil {
			s = &progSection{name: p.Section}
			bySection[p.Section] = s
			secs = append(secs, s)
		}
		base := uint64(len(s.code))
		code, rels, err := encodeProgram(p, ix, bo, base, s.code, subOffs)
		if p.Section == textSection {
			subOffs[p.Name] = base
		}
		if err != nil {
			return nil, fmt.Errorf("program %s: %w", p.Name, err)
		}
		s.code = code
		s.rels = append(s.rels, rels...)
		s.progs = append(s.progs, placed{prog: i, off: base, size: uint64(len(code)) - base})
	}
	return secs, nil
}

// encodeProgram appends p's instructions to code, which already holds base
// bytes, and returns the relocations for its map and data references. The
// instructions are written the way LLVM writes them: ld_imm64 with source 0,
// the immediate 0 or the offset into the section the relocation names.
func encodeProgram(p *Program, ix *index, bo binary.ByteOrder, base uint64, code []byte, subOffs map[string]uint64) ([]byte, []rel, error) {
	insns := slices.Clone(p.Insns)
	var rels []rel
	var off uint64
	for i := range insns {
		ins := &insns[i]
		if ref := ins.Reference(); ref != "" {
			r, imm, err := reference(ins, ref, ix, subOffs)
			if err != nil {
				return nil, nil, fmt.Errorf("instruction %d: %w", i, err)
			}
			if r != nil {
				r.off = base + off
				rels = append(rels, *r)
				if r.typ == relCall {
					*ins = ins.WithReference("") // resolved: Marshal must not
				} else {
					ins.Src = asm.R0
				}
				ins.Constant = imm
			}
		}
		off += ins.Size()
	}

	if err := resolveLabels(insns); err != nil {
		return nil, nil, fmt.Errorf("encode instructions: %w", err)
	}
	buf := bytes.NewBuffer(slices.Grow(code, int(off)))
	for i := range insns {
		ins := &insns[i]
		if ins.IsLoadFromMap() && ins.Map() != nil {
			// Not something Write's callers produce: let cilium encode
			// the map's file descriptor, as it would for the whole list.
			buf.Truncate(len(code))
			if err := insns.Marshal(buf, bo); err != nil {
				return nil, nil, fmt.Errorf("encode instructions: %w", err)
			}
			return buf.Bytes(), rels, nil
		}
		if _, err := ins.Marshal(buf, bo); err != nil {
			return nil, nil, fmt.Errorf("encode instructions: instruction %d: %w", i, err)
		}
	}
	return buf.Bytes(), rels, nil
}

// longJa is the opcode of a jump32 ja, whose target is in its constant.
var longJa = asm.LongJump("").OpCode

// resolveLabels does what asm.Instructions.Marshal does first, in one
// pass when nothing refers to a label: it points each BPF-to-BPF call or
// jump32 ja whose constant is -1, and each other jump whose offset is -1,
// at the instruction carrying the symbol it references, counted in
// instruction slots.
func resolveLabels(insns asm.Instructions) error {
	var syms map[string]int64
	for i := range insns {
		if insns[i].Reference() != "" {
			syms = make(map[string]int64)
			break
		}
	}
	if syms == nil {
		for i := range insns {
			if sym := insns[i].Symbol(); sym != "" {
				if syms == nil {
					syms = make(map[string]int64)
				}
				if _, dup := syms[sym]; dup {
					return fmt.Errorf("duplicate symbol %s", sym)
				}
				syms[sym] = 0
			}
		}
		return nil
	}
	var off int64
	for i := range insns {
		if sym := insns[i].Symbol(); sym != "" {
			if _, dup := syms[sym]; dup {
				return fmt.Errorf("duplicate symbol %s", sym)
			}
			syms[sym] = off
		}
		off += int64(insns[i].Size() / asm.InstructionSize)
	}
	off = 0
	for i := range insns {
		ins := &insns[i]
		here := off
		off += int64(ins.Size() / asm.InstructionSize)
		ref := ins.Reference()
		if ref == "" {
			continue
		}
		switch {
		case ins.IsFunctionReference() && ins.Constant == -1,
			ins.OpCode == longJa && ins.Constant == -1:
			target, ok := syms[ref]
			if !ok {
				return fmt.Errorf("%s at insn %d: symbol %q: %w", ins.OpCode, i, ref, asm.ErrUnsatisfiedProgramReference)
			}
			ins.Constant = target - here - 1
		case ins.OpCode.Class().IsJump() && ins.Offset == -1:
			target, ok := syms[ref]
			if !ok {
				return fmt.Errorf("%s at insn %d: symbol %q: %w", ins.OpCode, i, ref, asm.ErrUnsatisfiedProgramReference)
			}
			ins.Offset = int16(target - here - 1)
		}
	}
	return nil
}

// reference resolves the reference of one instruction. For an ld_imm64 it
// returns the relocation (offset not yet set) and the immediate to write;
// for a jump to a label it returns nil and leaves the label to
// asm.Instructions.Marshal.
func reference(ins *asm.Instruction, ref string, ix *index, subOffs map[string]uint64) (*rel, int64, error) {
	op := ins.OpCode
	switch {
	case op == asm.LoadImmOp(asm.DWord):
	case op.JumpOp() == asm.Call:
		return callReference(ins, ref, ix, subOffs)
	case op.Class().IsJump():
		return nil, 0, nil
	default:
		return nil, 0, fmt.Errorf("reference %q on %v: only ld_imm64 and jumps may carry references", ref, op)
	}

	offset := uint32(uint64(ins.Constant) >> 32)
	switch ins.Src {
	case asm.PseudoMapFD:
		g, ok := ix.globals[ref]
		if !ok {
			return nil, 0, fmt.Errorf("map reference to unknown symbol %q", ref)
		}
		if g.kind != kindMap {
			return nil, 0, fmt.Errorf("map reference to %q, which is not a map", ref)
		}
		if offset != 0 {
			return nil, 0, fmt.Errorf("map reference to %s: offset %d in the second half", ref, offset)
		}
		return &rel{sym: g.sym}, 0, nil

	case asm.PseudoMapValue:
		return dataReference(ref, offset, ix)
	}
	return nil, 0, fmt.Errorf("ld_imm64 with reference %q: source %v is neither PseudoMapFD nor PseudoMapValue", ref, ins.Src)
}

// dataReference resolves a reference to a variable or a data section. Both
// loaders read a relocation against a variable's symbol with immediate 0,
// or against the section symbol with the immediate as offset, the same way;
// a non-zero immediate on a variable's symbol they read differently.
func dataReference(ref string, offset uint32, ix *index) (*rel, int64, error) {
	if d, ok := ix.data[ref]; ok {
		if size := ix.obj.Data[d].Size; offset >= size {
			return nil, 0, fmt.Errorf("reference to %s+%d: outside the section's %d bytes", ref, offset, size)
		}
		return &rel{sym: sectionSym(d)}, int64(offset), nil
	}
	g, ok := ix.globals[ref]
	if !ok {
		return nil, 0, fmt.Errorf("data reference to unknown symbol %q", ref)
	}
	if g.kind != kindVar {
		return nil, 0, fmt.Errorf("data reference to %q, which is not a variable", ref)
	}
	v := &ix.obj.Data[g.idx].Variables[g.v]
	if offset >= v.Size {
		return nil, 0, fmt.Errorf("reference to %s+%d: outside the variable's %d bytes", ref, offset, v.Size)
	}
	if offset == 0 {
		return &rel{sym: g.sym}, 0, nil
	}
	return &rel{sym: sectionSym(g.idx)}, int64(v.Offset + offset), nil
}
