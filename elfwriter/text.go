package elfwriter

import (
	"errors"
	"fmt"
	"slices"

	"github.com/cilium/ebpf/asm"
)

// Static subprograms: a Program whose Section is ".text" is a function
// other programs call (BPF-to-BPF calls), not an entry point. It gets a
// local STT_FUNC symbol and a BTF FUNC with static linkage, and .text is
// laid out before the program sections, as LLVM does. A call to it is a
// call instruction (source PseudoCall) whose Reference names it; Write
// relocates it with R_BPF_64_32 against the section symbol of .text and
// the immediate (offset / 8) - 1, which both loaders read back as the
// function at that offset (cilium only accepts a local callee that way).

// textSection is the section of static subprograms.
const textSection = ".text"

// sub is a static subprogram's symbol and place.
type sub struct {
	prog int    // index in Object.Programs
	sym  uint32 // .symtab index of its local symbol
}

// subprograms indexes the programs in .text. Their symbols and that of
// .text come right after the data section symbols, before every global.
func (c *checker) subprograms(obj *Object) error {
	if !slices.ContainsFunc(obj.Programs, func(p Program) bool { return p.Section != textSection }) {
		return errors.New("object has no programs outside .text")
	}
	for i := range obj.Programs {
		p := &obj.Programs[i]
		if p.Section != textSection {
			continue
		}
		if c.ix.subs == nil {
			c.ix.subs = map[string]sub{}
			c.ix.textSym = c.next
			c.next++
		}
		if !isIdent(p.Name) {
			return fmt.Errorf("program: symbol %q: not a C identifier", p.Name)
		}
		if _, dup := c.ix.subs[p.Name]; dup {
			return fmt.Errorf("program: symbol %s: duplicate", p.Name)
		}
		c.ix.subs[p.Name] = sub{prog: i, sym: c.next}
		c.next++
		for j := range p.Insns {
			if p.Insns[j].IsFunctionCall() {
				return fmt.Errorf("program %s: instruction %d: calls from .text are not supported", p.Name, j)
			}
		}
	}
	return nil
}

// callReference resolves a call to the subprogram ref: the relocation and
// the immediate. offs gives each subprogram's offset in .text.
func callReference(ins *asm.Instruction, ref string, ix *index, offs map[string]uint64) (*rel, int64, error) {
	if ins.Src != asm.PseudoCall {
		return nil, 0, fmt.Errorf("call with reference %q: calls to kfuncs are not supported", ref)
	}
	if _, ok := ix.subs[ref]; !ok {
		return nil, 0, fmt.Errorf("call to %q, which is not a program in .text", ref)
	}
	off, ok := offs[ref]
	if !ok {
		return nil, 0, fmt.Errorf("call to %q: not yet placed in .text", ref)
	}
	return &rel{sym: ix.textSym, typ: relCall}, int64(off/asm.InstructionSize) - 1, nil
}
