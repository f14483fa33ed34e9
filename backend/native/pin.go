package native

import "github.com/bpftc/bpftc/ir"

// minPinnedUses is how many helper calls must take the same stack address
// before it is kept in a register: building it costs two instructions
// (r10 plus an offset) at every call, a register costs two once and one
// move per call.
const minPinnedUses = 3

// minPinnedWide is how many uses a constant that needs a 64-bit immediate
// load (two slots) must have to be kept in a register instead.
const minPinnedWide = 2

// pinStackArgs gives each stack address passed to at least minPinnedUses
// helper calls, and each 64-bit constant used minPinnedWide times, a copy
// placed where it dominates those uses, and makes the uses take the copy:
// the copy gets a register instead of being rebuilt at every use. It
// returns the copies, for unpin.
func pinStackArgs(f *ir.Func) []*ir.Value {
	type site struct {
		call *ir.Value // the user
		arg  int
	}
	uses := map[*ir.Value][]site{}
	var order []*ir.Value
	for _, b := range f.Blocks {
		for _, v := range b.Values {
			if v.Op == ir.OpPhi {
				continue
			}
			for i, a := range v.Args {
				_, stack := stackAddr(a)
				_, small := imm32(a)
				if !(stack && v.Op == ir.OpCall) && (a.Op != ir.OpConst || small) {
					continue
				}
				if uses[a] == nil {
					order = append(order, a)
				}
				uses[a] = append(uses[a], site{v, i})
			}
		}
	}
	var pins []*ir.Value
	var idom []*ir.Block
	for _, a := range order {
		sites := uses[a]
		need := minPinnedUses
		if a.Op == ir.OpConst {
			need = minPinnedWide
		}
		if len(sites) < need {
			continue
		}
		if idom == nil {
			idom = f.Dominators()
		}
		at := sites[0].call.Block
		for _, s := range sites[1:] {
			at = commonDominator(idom, at, s.call.Block)
		}
		c := newDetached(f, ir.OpCopy, a.Type, a)
		c.Pos = sites[0].call.Pos
		i := len(at.Values)
		for j, v := range at.Values {
			if v.Op != ir.OpPhi && usesValue(v, a) {
				i = j
				break
			}
		}
		insertBefore(at, i, c)
		for _, s := range sites {
			s.call.SetArg(s.arg, c)
		}
		pins = append(pins, c)
	}
	return pins
}

// unpin undoes pinStackArgs: the calls take the stack addresses again.
func unpin(pins []*ir.Value) {
	for _, c := range pins {
		a := c.Args[0]
		for _, b := range c.Block.Func.Blocks {
			for _, v := range b.Values {
				for i, x := range v.Args {
					if x == c {
						v.SetArg(i, a)
					}
				}
			}
		}
		b := c.Block
		for i, v := range b.Values {
			if v == c {
				b.Values = append(b.Values[:i], b.Values[i+1:]...)
				break
			}
		}
		c.ResetArgs()
	}
}

func usesValue(v, a *ir.Value) bool {
	for _, x := range v.Args {
		if x == a {
			return true
		}
	}
	return false
}

// commonDominator returns the nearest block dominating both a and b.
func commonDominator(idom []*ir.Block, a, b *ir.Block) *ir.Block {
	seen := map[*ir.Block]bool{}
	for x := a; x != nil; x = idom[x.ID] {
		seen[x] = true
	}
	for x := b; x != nil; x = idom[x.ID] {
		if seen[x] {
			return x
		}
	}
	return a
}
