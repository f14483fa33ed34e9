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
	// Live sets by block, as value-ID sets, iterated to a fixed point.
	liveIn := make([]map[int]*ir.Value, f.NumBlocks())
	liveOut := make([]map[int]*ir.Value, f.NumBlocks())
	for _, b := range l.order {
		liveIn[b.ID] = map[int]*ir.Value{}
		liveOut[b.ID] = map[int]*ir.Value{}
	}
	for changed := true; changed; {
		changed = false
		for i := len(l.order) - 1; i >= 0; i-- {
			b := l.order[i]
			out := liveOut[b.ID]
			for _, s := range b.Succs {
				for id, v := range liveIn[s.ID] {
					if out[id] == nil {
						out[id] = v
						changed = true
					}
				}
				k := indexOf(s.Preds, b)
				for _, v := range s.Values {
					if v.Op != ir.OpPhi {
						break
					}
					if a := v.Args[k]; needsReg(a, fused) && out[a.ID] == nil {
						out[a.ID] = a
						changed = true
					}
				}
			}
			live := map[int]*ir.Value{}
			for id, v := range out {
				live[id] = v
			}
			if b.Control != nil && needsReg(b.Control, fused) {
				live[b.Control.ID] = b.Control
			}
			for j := len(b.Values) - 1; j >= 0; j-- {
				v := b.Values[j]
				delete(live, v.ID)
				if v.Op == ir.OpPhi {
					continue
				}
				for _, a := range v.Args {
					if needsReg(a, fused) {
						live[a.ID] = a
					}
				}
			}
			for id, v := range live {
				if liveIn[b.ID][id] == nil {
					liveIn[b.ID][id] = v
					changed = true
				}
			}
		}
	}
	// A value's live range is one range per block it is live in, so that a
	// register freed inside a branch can serve another value there.
	for _, b := range l.order {
		type local struct{ from, to int }
		ranges := map[*ir.Value]*local{}
		at := func(v *ir.Value) *local {
			r := ranges[v]
			if r == nil {
				r = &local{from: -1, to: -1}
				ranges[v] = r
			}
			return r
		}
		for _, v := range liveIn[b.ID] {
			at(v).from = l.blockStart[b.ID]
		}
		for _, v := range liveOut[b.ID] {
			at(v).to = l.blockEnd[b.ID]
		}
		for _, v := range b.Values {
			if needsReg(v, fused) {
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
				if needsReg(a, fused) {
					r := at(a)
					r.to = max(r.to, l.pos[v.ID])
				}
			}
		}
		if b.Control != nil && needsReg(b.Control, fused) {
			at(b.Control).to = l.blockEnd[b.ID]
		}
		for v, r := range ranges {
			if r.from < 0 {
				r.from = l.blockStart[b.ID]
			}
			if r.to < r.from {
				r.to = r.from
			}
			it := get(v)
			it.start, it.end = min(it.start, r.from), max(it.end, r.to)
			it.ranges = append(it.ranges, [2]int{r.from, r.to})
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
			it.hint = hints[it.v]
		}
	}
	return list
}

// argHints maps each value passed to a helper to its argument register.
func argHints(f *ir.Func) map[*ir.Value]int {
	hints := map[*ir.Value]int{}
	for _, b := range f.Blocks {
		for _, u := range b.Values {
			if u.Op != ir.OpCall {
				continue
			}
			for i, a := range u.Args {
				hints[a] = i + 1
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
