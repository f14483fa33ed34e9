package llvm

import (
	"github.com/bpftc/bpftc/ir"
)

// Stack slots share memory when their lifetimes do not overlap: the native
// backend lays out its frame that way, and the IR counts on it (printf
// records, map keys and strings of different statements together exceed
// the 512-byte stack). LLVM only overlaps allocas whose lifetimes are
// bounded by llvm.lifetime.start/end markers, so we place them.
//
// A slot's lifetime covers every access through a pointer derived from it
// (loads, stores, zero, memcpy, helper arguments). It starts in the nearest
// common dominator D of those accesses, hoisted out of every loop so that it
// starts once, and it ends where no access is reachable any more: after the
// last access of a block with no live successor, or at the top of a
// successor that cannot reach an access. A slot whose address escapes (is
// stored or used as an integer) gets no markers and stays live throughout.

// marker is one llvm.lifetime.start or .end of an alloca.
type marker struct {
	alloca *ir.Value
	start  bool
}

// lifetimes says where markers go.
type lifetimes struct {
	before map[*ir.Value][]marker // before translating the value
	after  map[*ir.Value][]marker // after translating the value
	top    map[*ir.Block][]marker // after the block's phis
	end    map[*ir.Block][]marker // before the block's terminator
}

// position is a place in a block: the index of a value, or len(Values)
// for the end of the block (phi operands and control values are used
// there).
type position struct {
	b *ir.Block
	i int
}

func computeLifetimes(f *ir.Func) *lifetimes {
	lt := &lifetimes{
		before: map[*ir.Value][]marker{},
		after:  map[*ir.Value][]marker{},
		top:    map[*ir.Block][]marker{},
		end:    map[*ir.Block][]marker{},
	}
	bases := pointerBases(f)
	uses, escaped := slotUses(f, bases)
	idom := f.Dominators()
	cyclic := inCycle(f)
	for _, b := range f.Blocks {
		for _, a := range b.Values {
			if a.Op == ir.OpAlloca && !escaped[a] && len(uses[a]) > 0 {
				lt.place(f, a, uses[a], idom, cyclic)
			}
		}
	}
	return lt
}

// pointerBases returns, for every value that may point into an alloca, the
// allocas it may point into.
func pointerBases(f *ir.Func) map[*ir.Value][]*ir.Value {
	bases := map[*ir.Value][]*ir.Value{}
	for changed := true; changed; {
		changed = false
		for _, b := range f.Blocks {
			for _, v := range b.Values {
				var from []*ir.Value
				switch {
				case v.Op == ir.OpAlloca:
					if len(bases[v]) == 0 {
						bases[v] = []*ir.Value{v}
						changed = true
					}
					continue
				case v.Type == ir.Ptr && (v.Op == ir.OpAdd || v.Op == ir.OpSub || v.Op == ir.OpCopy):
					from = v.Args[:1]
				case v.Op == ir.OpPhi:
					from = v.Args
				}
				for _, a := range from {
					for _, s := range bases[a] {
						if !contains(bases[v], s) {
							bases[v] = append(bases[v], s)
							changed = true
						}
					}
				}
			}
		}
	}
	return bases
}

func contains(vs []*ir.Value, v *ir.Value) bool {
	for _, x := range vs {
		if x == v {
			return true
		}
	}
	return false
}

// slotUses returns where each alloca is accessed, and which allocas escape.
func slotUses(f *ir.Func, bases map[*ir.Value][]*ir.Value) (map[*ir.Value][]position, map[*ir.Value]bool) {
	uses := map[*ir.Value][]position{}
	escaped := map[*ir.Value]bool{}
	for _, b := range f.Blocks {
		for i, v := range b.Values {
			for j, a := range v.Args {
				for _, s := range bases[a] {
					switch {
					case v.Op == ir.OpPhi:
						p := b.Preds[j]
						uses[s] = append(uses[s], position{p, len(p.Values)})
					case accesses(v, j):
						uses[s] = append(uses[s], position{b, i})
					case derives(v, j):
					default:
						escaped[s] = true
					}
				}
			}
		}
		if c := b.Control; c != nil {
			for _, s := range bases[c] {
				if b.Kind == ir.BlockIf {
					uses[s] = append(uses[s], position{b, len(b.Values)})
				} else {
					escaped[s] = true
				}
			}
		}
	}
	return uses, escaped
}

// accesses reports whether argument j of v is an address v reads or
// writes through, or a pointer v only compares.
func accesses(v *ir.Value, j int) bool {
	switch v.Op {
	case ir.OpLoad, ir.OpStore, ir.OpZero:
		return j == 0
	case ir.OpMemcpy, ir.OpCall:
		return true
	}
	return v.Op.IsCompare()
}

// derives reports whether v computes a pointer from argument j.
func derives(v *ir.Value, j int) bool {
	return j == 0 && v.Type == ir.Ptr && (v.Op == ir.OpAdd || v.Op == ir.OpSub || v.Op == ir.OpCopy)
}

// inCycle reports, by block ID, whether a block lies on a cycle.
func inCycle(f *ir.Func) []bool {
	cyclic := make([]bool, f.NumBlocks())
	for _, b := range f.Blocks {
		seen := make([]bool, f.NumBlocks())
		stack := append([]*ir.Block(nil), b.Succs...)
		for len(stack) > 0 && !cyclic[b.ID] {
			x := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if x == b {
				cyclic[b.ID] = true
			}
			if !seen[x.ID] {
				seen[x.ID] = true
				stack = append(stack, x.Succs...)
			}
		}
	}
	return cyclic
}

// place puts the markers of alloca a, accessed at uses.
func (lt *lifetimes) place(f *ir.Func, a *ir.Value, uses []position, idom []*ir.Block, cyclic []bool) {
	// d: the nearest common dominator of the accesses, outside loops.
	var d *ir.Block
	for _, u := range uses {
		switch {
		case u.b != f.Entry() && idom[u.b.ID] == nil:
			// Unreachable: never translated.
		case d == nil:
			d = u.b
		default:
			d = commonDominator(idom, d, u.b)
		}
	}
	for d != nil && cyclic[d.ID] {
		d = idom[d.ID]
	}
	if d == nil {
		return // the entry is on a cycle: a stays live throughout
	}
	first := map[*ir.Block]int{}
	last := map[*ir.Block]int{}
	for _, u := range uses {
		if i, ok := first[u.b]; !ok || u.i < i {
			first[u.b] = u.i
		}
		if i, ok := last[u.b]; !ok || u.i > i {
			last[u.b] = u.i
		}
	}
	// live: blocks dominated by d from which an access is reachable.
	live := map[*ir.Block]bool{}
	post := f.Postorder()
	for changed := true; changed; {
		changed = false
		for _, b := range post {
			if live[b] || !dominatedBy(idom, b, d) {
				continue
			}
			_, use := first[b]
			for _, s := range b.Succs {
				use = use || live[s]
			}
			if use {
				live[b] = true
				changed = true
			}
		}
	}
	start := marker{a, true}
	if i, ok := first[d]; ok {
		lt.at(d, i, start, true)
	} else {
		lt.end[d] = append(lt.end[d], start)
	}
	stop := marker{a, false}
	for _, b := range f.Blocks {
		if !live[b] {
			continue
		}
		liveSucc := false
		for _, s := range b.Succs {
			liveSucc = liveSucc || live[s]
		}
		if !liveSucc {
			lt.at(b, last[b], stop, false)
			continue
		}
		for _, s := range b.Succs {
			if !live[s] && !hasMarker(lt.top[s], stop) {
				lt.top[s] = append(lt.top[s], stop)
			}
		}
	}
}

// at puts m before or after the value at index i of b, or at the end of b.
func (lt *lifetimes) at(b *ir.Block, i int, m marker, before bool) {
	switch {
	case i >= len(b.Values):
		lt.end[b] = append(lt.end[b], m)
	case before:
		lt.before[b.Values[i]] = append(lt.before[b.Values[i]], m)
	default:
		lt.after[b.Values[i]] = append(lt.after[b.Values[i]], m)
	}
}

func hasMarker(ms []marker, m marker) bool {
	for _, x := range ms {
		if x == m {
			return true
		}
	}
	return false
}

func commonDominator(idom []*ir.Block, a, b *ir.Block) *ir.Block {
	for x := a; x != nil; x = idom[x.ID] {
		if dominatedBy(idom, b, x) {
			return x
		}
	}
	return nil
}

// dominatedBy reports whether d dominates b.
func dominatedBy(idom []*ir.Block, b, d *ir.Block) bool {
	for ; b != nil; b = idom[b.ID] {
		if b == d {
			return true
		}
	}
	return false
}
