package ir

import (
	"fmt"
	"strings"
)

// StackLimit is the BPF stack size, in bytes.
const StackLimit = 512

// Verify checks the structural invariants of m: types and arity of
// operands, CFG links, that definitions dominate uses, allocas in the entry
// block and each within the stack limit (backends share stack between
// allocas, so only the frame they lay out can exceed it), and that every map
// referenced exists.
func Verify(m *Module) error {
	var errs []string
	for _, f := range m.Funcs {
		for _, e := range verifyFunc(m, f) {
			errs = append(errs, fmt.Sprintf("func %s: %s", f.Name, e))
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("ir: %s", strings.Join(errs, "; "))
	}
	return nil
}

func verifyFunc(m *Module, f *Func) []string {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	idom := f.Dominators()
	inFunc := map[*Value]int{} // value -> index in its block
	for _, b := range f.Blocks {
		for i, v := range b.Values {
			inFunc[v] = i
		}
	}
	uses := map[*Value]int32{}
	for _, b := range f.Blocks {
		if b.Func != f {
			bad("b%d belongs to another function", b.ID)
		}
		for _, s := range b.Succs {
			if s.predIndex(b) < 0 {
				bad("b%d -> b%d has no matching pred", b.ID, s.ID)
			}
		}
		for _, p := range b.Preds {
			found := false
			for _, s := range p.Succs {
				found = found || s == b
			}
			if !found {
				bad("b%d <- b%d has no matching succ", b.ID, p.ID)
			}
		}
		switch b.Kind {
		case BlockPlain:
			if len(b.Succs) != 1 || b.Control != nil {
				bad("b%d: plain block needs one successor and no control", b.ID)
			}
		case BlockIf:
			if len(b.Succs) != 2 || b.Control == nil || b.Control.Type == Void || b.Control.Type == MapRef {
				bad("b%d: if block needs two successors and a value", b.ID)
			}
		case BlockRet:
			if len(b.Succs) != 0 || b.Control == nil || b.Control.Type != I64 {
				bad("b%d: ret block needs an i64 and no successors", b.ID)
			}
		}
		if b.Control != nil {
			uses[b.Control]++
			if _, ok := inFunc[b.Control]; !ok {
				bad("b%d: control %s is not in the function", b.ID, b.Control)
			} else if idom != nil && !dominates(idom, b.Control.Block, b) && reachable(idom, f, b) {
				bad("b%d: control %s does not dominate its use", b.ID, b.Control)
			}
		}
		seenNonPhi := false
		for i, v := range b.Values {
			if v.Block != b {
				bad("%s: wrong block", v)
			}
			if v.Op == OpPhi {
				if seenNonPhi {
					bad("%s: phi after non-phi", v)
				}
				if len(v.Args) != len(b.Preds) {
					bad("%s: %d phi args for %d preds", v, len(v.Args), len(b.Preds))
				}
			} else {
				seenNonPhi = true
			}
			for j, a := range v.Args {
				uses[a]++
				ai, ok := inFunc[a]
				if !ok {
					bad("%s: arg %s is not in the function", v, a)
					continue
				}
				if !reachable(idom, f, b) {
					continue
				}
				if v.Op == OpPhi {
					if j < len(b.Preds) && reachable(idom, f, b.Preds[j]) && !dominates(idom, a.Block, b.Preds[j]) {
						bad("%s: phi arg %s does not dominate pred b%d", v, a, b.Preds[j].ID)
					}
					continue
				}
				if a.Block == b && ai >= i || a.Block != b && !dominates(idom, a.Block, b) {
					bad("%s: arg %s does not dominate its use", v, a)
				}
			}
			if e := checkValue(m, v); e != "" {
				bad("%s: %s", v.LongString(), e)
			}
			if v.Op == OpAlloca {
				if b != f.Entry() {
					bad("%s: alloca outside the entry block", v)
				}
			}
		}
	}
	for _, b := range f.Blocks {
		for _, v := range b.Values {
			if uses[v] != v.Uses {
				bad("%s: use count %d, counted %d", v, v.Uses, uses[v])
			}
		}
	}
	return errs
}

func reachable(idom []*Block, f *Func, b *Block) bool {
	return b == f.Entry() || idom[b.ID] != nil
}

// checkValue checks one value's operand types; it returns "" when fine.
func checkValue(m *Module, v *Value) string {
	argTypes := func(ts ...Type) string {
		if len(v.Args) != len(ts) {
			return fmt.Sprintf("want %d args, have %d", len(ts), len(v.Args))
		}
		for i, t := range ts {
			if v.Args[i].Type != t && !(t == I64 && v.Args[i].Type == Ptr) {
				return fmt.Sprintf("arg %d is %s, want %s", i, v.Args[i].Type, t)
			}
		}
		return ""
	}
	switch {
	case v.Op == OpConst, v.Op == OpCtx, v.Op == OpAlloca:
		if len(v.Args) != 0 {
			return "takes no args"
		}
		if v.Op == OpAlloca && (v.Aux <= 0 || v.Aux > StackLimit) {
			return "bad alloca size"
		}
	case v.Op == OpCoreOff:
		if len(v.Args) != 0 || v.Type != I64 || v.Sym == "" {
			return "coreoff takes no args, has type i64 and names a field"
		}
	case v.Op == OpGlobal:
		if msg := checkGlobal(v); msg != "" {
			return msg
		}
	case v.Op == OpMap:
		if m.Map(v.Sym) == nil {
			return "unknown map " + v.Sym
		}
		if v.Type != MapRef {
			return "map value must have type map"
		}
	case v.Op == OpLoad:
		if v.Size != 1 && v.Size != 2 && v.Size != 4 && v.Size != 8 {
			return "bad load size"
		}
		if v.Sym != "" && (len(v.Args) != 1 || v.Args[0].Op != OpCtx || v.Aux < 0 || v.Aux > 1<<15-1) {
			return "a CO-RE load reads the context at a 16-bit offset"
		}
		return argTypes(Ptr)
	case v.Op == OpStore:
		if v.Size != 1 && v.Size != 2 && v.Size != 4 && v.Size != 8 {
			return "bad store size"
		}
		if len(v.Args) == 2 && v.Args[1].Type == Ptr {
			return argTypes(Ptr, Ptr)
		}
		return argTypes(Ptr, I64)
	case v.Op == OpZero:
		if v.Size <= 0 {
			return "bad size"
		}
		return argTypes(Ptr)
	case v.Op == OpMemcpy:
		if v.Size <= 0 {
			return "bad size"
		}
		return argTypes(Ptr, Ptr)
	case v.Op == OpCall:
		h := Helpers[v.Sym]
		if h == nil {
			return "unknown helper " + v.Sym
		}
		if len(v.Args) != h.Args {
			return fmt.Sprintf("helper %s takes %d args", v.Sym, h.Args)
		}
		if v.Type != h.Result && v.Type != Void {
			return "wrong result type"
		}
		if len(v.Args) > 5 {
			return "more than 5 helper args"
		}
	case v.Op == OpPhi, v.Op == OpCopy:
		for _, a := range v.Args {
			if a.Type != v.Type {
				return "operand type differs from result"
			}
		}
		if v.Op == OpCopy && len(v.Args) != 1 {
			return "copy takes one arg"
		}
	case v.Op == OpNeg, v.Op == OpNot, v.Op == OpZext, v.Op == OpSext:
		return argTypes(I64)
	case v.Op.IsBinary():
		if len(v.Args) != 2 {
			return "takes two args"
		}
		if v.Type == Ptr {
			if v.Op != OpAdd && v.Op != OpSub || v.Args[0].Type != Ptr || v.Args[1].Type != I64 {
				return "pointer arithmetic is ptr add/sub i64"
			}
			return ""
		}
		return argTypes(I64, I64)
	default:
		return "unknown op"
	}
	return ""
}
