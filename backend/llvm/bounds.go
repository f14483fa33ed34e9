package llvm

import (
	"github.com/bpftc/bpftc/ir"
	llir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// The IR bounds every variable offset into a map value or a stack slot
// with a compare the verifier sees (a hist bucket is clamped to the last
// bucket). LLVM, which knows the arithmetic, often proves such a clamp
// redundant and deletes it, while the verifier, which tracks no bounds
// through division or modulo, then rejects the access ("R0 max value is
// outside of the allowed memory range"). So at every variable offset into
// an object of known size we clamp again, on a value LLVM cannot see
// through: an empty inline asm, as libbpf's barrier_var does for C.
// Because the IR's offsets are in bounds, the clamp never changes a value.

// barrier is asm "" that returns its operand, opaque to LLVM.
var barrier = llir.NewInlineAsm(types.NewPointer(types.NewFunc(types.I64, types.I64)), "", "=r,0")

// boundOffset returns off, clamped to the largest offset that keeps every
// access through v (a ptr add) inside its object, when both are known.
func (t *fn) boundOffset(v *ir.Value, off value.Value) value.Value {
	size, ok := t.objectSize(v.Args[0], 0)
	if !ok {
		return off
	}
	end, ok := t.accessEnd(v, 0)
	if !ok || end > size {
		return off
	}
	limit := constant.NewInt(types.I64, size-end)
	x := t.cur.NewCall(barrier, off)
	return t.cur.NewSelect(t.cur.NewICmp(enum.IPredUGT, x, limit), limit, x)
}

// objectSize returns how many bytes are addressable from pointer p: the
// rest of a stack slot or of a map value.
func (t *fn) objectSize(p *ir.Value, depth int) (int64, bool) {
	if depth > 8 {
		return 0, false
	}
	switch {
	case p.Op == ir.OpAlloca:
		return p.Aux, true
	case p.Op == ir.OpCall && p.Sym == "map_lookup_elem" && len(p.Args) > 0 && p.Args[0].Op == ir.OpMap:
		n, ok := t.mod.valueSize[p.Args[0].Sym]
		return int64(n), ok
	case p.Op == ir.OpCopy:
		return t.objectSize(p.Args[0], depth+1)
	case p.Op == ir.OpAdd && p.Type == ir.Ptr && p.Args[1].Op == ir.OpConst:
		n, ok := t.objectSize(p.Args[0], depth+1)
		return n - p.Args[1].Aux, ok && p.Args[1].Aux >= 0
	case p.Op == ir.OpPhi:
		// Phis of lookups in one map (a value found, or inserted and
		// looked up again) are common; anything in a cycle is not.
		size := int64(-1)
		for _, a := range p.Args {
			if a.Op == ir.OpPhi {
				return 0, false
			}
			n, ok := t.objectSize(a, depth+1)
			if !ok || size >= 0 && n != size {
				return 0, false
			}
			size = n
		}
		return size, size >= 0
	}
	return 0, false
}

// accessEnd returns the largest offset past p (which is at offset base
// from the pointer being bounded) that an access through p reaches; false
// when p is used in a way we cannot follow.
func (t *fn) accessEnd(p *ir.Value, base int64) (int64, bool) {
	if t.controls()[p] {
		return 0, false
	}
	end := int64(0)
	for _, u := range t.users(p) {
		var e int64
		switch {
		case (u.Op == ir.OpLoad || u.Op == ir.OpZero) && u.Args[0] == p:
			e = base + u.Aux + int64(u.Size)
		case u.Op == ir.OpStore && u.Args[0] == p && u.Args[1] != p:
			e = base + u.Aux + int64(u.Size)
		case u.Op == ir.OpMemcpy && u.Args[0] == p && u.Args[1] != p:
			e = base + u.Aux + int64(u.Size)
		case u.Op == ir.OpMemcpy && u.Args[1] == p && u.Args[0] != p:
			e = base + int64(u.Size)
		case u.Op == ir.OpAdd && u.Type == ir.Ptr && u.Args[0] == p && u.Args[1].Op == ir.OpConst:
			n, ok := t.accessEnd(u, base+u.Args[1].Aux)
			if !ok {
				return 0, false
			}
			e = n
		default:
			return 0, false
		}
		end = max(end, e)
	}
	return end, end > 0
}

// users returns the values that take v as an argument.
func (t *fn) users(v *ir.Value) []*ir.Value {
	if t.userMap == nil {
		t.userMap = map[*ir.Value][]*ir.Value{}
		for _, b := range t.f.Blocks {
			for _, u := range b.Values {
				for _, a := range u.Args {
					if n := len(t.userMap[a]); n == 0 || t.userMap[a][n-1] != u {
						t.userMap[a] = append(t.userMap[a], u)
					}
				}
			}
		}
	}
	return t.userMap[v]
}

// controls returns the values that blocks branch on or return.
func (t *fn) controls() map[*ir.Value]bool {
	if t.controlSet == nil {
		t.controlSet = map[*ir.Value]bool{}
		for _, b := range t.f.Blocks {
			if b.Control != nil {
				t.controlSet[b.Control] = true
			}
		}
	}
	return t.controlSet
}
