package native

import (
	"sort"

	"github.com/bpftc/bpftc/ir"
)

// layout numbers blocks and values in emission order.
type layout struct {
	order      []*ir.Block
	blockStart []int // by block ID: position before the first value
	blockEnd   []int // by block ID: position of the terminator
	pos        []int // by value ID
}

// remat reports whether v needs no register: constants, CO-RE field
// offsets, stack addresses and map references are rebuilt at every use.
func remat(v *ir.Value) bool {
	switch v.Op {
	case ir.OpConst, ir.OpCoreOff, ir.OpAlloca, ir.OpMap:
		return true
	}
	_, ok := stackAddr(v)
	return ok
}

// stackAddr reports whether v is a fixed stack address: an alloca plus a
// constant. The returned value is the alloca and the added offset is
// resolved by the caller through addrOffset.
func stackAddr(v *ir.Value) (*ir.Value, bool) {
	switch {
	case v.Op == ir.OpAlloca:
		return v, true
	case v.Op == ir.OpAdd && v.Type == ir.Ptr && v.Args[1].Op == ir.OpConst:
		return stackAddr(v.Args[0])
	}
	return nil, false
}

// needsReg reports whether v must live in a register.
func needsReg(v *ir.Value, fused map[*ir.Value]bool) bool {
	if v.Type == ir.Void || v.Uses == 0 || remat(v) || fused[v] {
		return false
	}
	return true
}

func newLayout(f *ir.Func, order []*ir.Block) *layout {
	l := &layout{
		order:      order,
		blockStart: make([]int, f.NumBlocks()),
		blockEnd:   make([]int, f.NumBlocks()),
		pos:        make([]int, f.NumValues()),
	}
	p := 0
	for _, b := range order {
		l.blockStart[b.ID] = p
		p++
		for _, v := range b.Values {
			l.pos[v.ID] = p
			p++
		}
		l.blockEnd[b.ID] = p
		p++
	}
	return l
}

// interval is where a value is live: sorted ranges of positions, and
// their hull from start to end.
type interval struct {
	v          *ir.Value
	ranges     [][2]int
	start, end int
	crossCall  bool
	hint       int // preferred register, 0 for none
	reg        int
}

// liveness computes each allocatable value's interval.
func liveness(f *ir.Func, l *layout, fused map[*ir.Value]bool) []*interval {
	n := f.NumValues()
	iv := make([]*interval, n)
	var list []*interval
	get := func(v *ir.Value) *interval {
		if !needsReg(v, fused) {
			return nil
		}
		if iv[v.ID] == nil {
			iv[v.ID] = &interval{v: v, start: 1 << 30, end: -1}
			list = append(list, iv[v.ID])
		}
		return iv[v.ID]
	}
	// need caches needsReg by value ID (0 unknown, 1 yes, 2 no); vals maps
	// the IDs in the live sets back to their values.
	need := make([]uint8, n)
	vals := make([]*ir.Value, n)
	reg := func(v *ir.Value) bool {
		if need[v.ID] == 0 {
			need[v.ID] = 2
			if needsReg(v, fused) {
				need[v.ID] = 1
				vals[v.ID] = v
			}
		}
		return need[v.ID] == 1
	}
	// Live sets by block, as value-ID bit sets, iterated to a fixed point.
	words := (n + 63) / 64
	sets := make([]uint64, (2*f.NumBlocks()+1)*words)
	set := func(i int) bitset { return bitset(sets[i*words : (i+1)*words : (i+1)*words]) }
	liveIn := func(b *ir.Block) bitset { return set(2 * b.ID) }
	liveOut := func(b *ir.Block) bitset { return set(2*b.ID + 1) }
	live := set(2 * f.NumBlocks())
	for changed := true; changed; {
		changed = false
		for i := len(l.order) - 1; i >= 0; i-- {
			b := l.order[i]
			out := liveOut(b)
			for _, s := range b.Succs {
				if out.or(liveIn(s)) {
					changed = true
				}
				k := indexOf(s.Preds, b)
				for _, v := range s.Values {
					if v.Op != ir.OpPhi {
						break
					}
					if a := v.Args[k]; reg(a) && out.add(a.ID) {
						changed = true
					}
				}
			}
			copy(live, out)
			if b.Control != nil && reg(b.Control) {
				live.add(b.Control.ID)
			}
			for j := len(b.Values) - 1; j >= 0; j-- {
				v := b.Values[j]
				live.remove(v.ID)
				if v.Op == ir.OpPhi {
					continue
				}
				for _, a := range v.Args {
					if reg(a) {
						live.add(a.ID)
					}
				}
			}
			if liveIn(b).or(live) {
				changed = true
			}
		}
	}
	// A value's live range is one range per block it is live in, so that a
	// register freed inside a branch can serve another value there.
	type local struct{ from, to int }
	ranges := make([]local, n)
	var touched []int // IDs with a range in the current block, in first-touch order
	seen := make(bitset, words)
	at := func(v *ir.Value) *local {
		r := &ranges[v.ID]
		if seen.add(v.ID) {
			*r = local{from: -1, to: -1}
			touched = append(touched, v.ID)
		}
		return r
	}
	for _, b := range l.order {
		touched = touched[:0]
		liveIn(b).each(func(id int) { at(vals[id]).from = l.blockStart[b.ID] })
		liveOut(b).each(func(id int) { at(vals[id]).to = l.blockEnd[b.ID] })
		for _, v := range b.Values {
			if reg(v) {
				r := at(v)
				if v.Op == ir.OpPhi {
					r.from = l.blockStart[b.ID]
				} else {
					r.from = l.pos[v.ID]
				}
			}
			if v.Op == ir.OpPhi {
				continue
			}
			for _, a := range v.Args {
				if reg(a) {
					r := at(a)
					r.to = max(r.to, l.pos[v.ID])
				}
			}
		}
		if b.Control != nil && reg(b.Control) {
			at(b.Control).to = l.blockEnd[b.ID]
		}
		for _, id := range touched {
			r := &ranges[id]
			if r.from < 0 {
				r.from = l.blockStart[b.ID]
			}
			if r.to < r.from {
				r.to = r.from
			}
			it := get(vals[id])
			it.start, it.end = min(it.start, r.from), max(it.end, r.to)
			it.ranges = append(it.ranges, [2]int{r.from, r.to})
			seen.remove(id)
		}
	}
	for _, it := range list {
		sort.Slice(it.ranges, func(i, j int) bool { return it.ranges[i][0] < it.ranges[j][0] })
	}
	// Calls clobber r0–r5: a value live across one needs r6–r9.
	var calls []int
	for _, b := range l.order {
		for _, v := range b.Values {
			if v.Op == ir.OpCall {
				calls = append(calls, l.pos[v.ID])
			}
		}
	}
	hints := argHints(f)
	for _, it := range list {
		for _, r := range it.ranges {
			// calls is sorted: find the first call after the range starts.
			i := sort.SearchInts(calls, r[0]+1)
			it.crossCall = it.crossCall || i < len(calls) && calls[i] < r[1]
		}
		if it.v.Uses == 1 {
			it.hint = hints[it.v.ID]
		}
	}
	return list
}

// argHints maps the ID of each value passed to a helper to its argument
// register (0 for the others).
func argHints(f *ir.Func) []int {
	hints := make([]int, f.NumValues())
	for _, b := range f.Blocks {
		for _, u := range b.Values {
			if u.Op != ir.OpCall {
				continue
			}
			for i, a := range u.Args {
				hints[a.ID] = i + 1
			}
		}
	}
	return hints
}

func indexOf(bs []*ir.Block, b *ir.Block) int {
	for i, x := range bs {
		if x == b {
			return i
		}
	}
	return -1
}
