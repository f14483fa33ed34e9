package native

import (
	"errors"
	"sort"

	"github.com/bpftc/bpftc/ir"
)

// coalesce joins the intervals of values that the emitted code would
// otherwise copy between registers, when they are never live at the same
// time: a phi and its arguments (a move on each incoming edge), then an
// operation and the operand it overwrites in place ("d = x; d op= y"
// becomes "x op= y" when x dies there). It returns the intervals to
// allocate: a joined group is one interval, whose register assignMembers
// copies to its members, with the group of each value by ID. Values whose
// IDs apart holds join nothing.
func coalesce(l *layout, list []*interval, apart map[int]bool) (alloc, group []*interval) {
	n := 0
	for _, it := range list {
		n = max(n, it.v.ID+1)
	}
	group = make([]*interval, n)
	members := map[*interval][]*interval{}
	for _, it := range list {
		group[it.v.ID] = it
	}
	find := func(v *ir.Value) *interval {
		if v.ID < 0 || v.ID >= n {
			return nil
		}
		return group[v.ID]
	}
	join := func(a, b *ir.Value) {
		if apart[a.ID] || apart[b.ID] {
			return
		}
		ga, gb := find(a), find(b)
		if ga == nil || gb == nil || ga == gb || overlaps(ga, gb) {
			return
		}
		ma, mb := members[ga], members[gb]
		if ma == nil {
			ma = []*interval{ga}
		}
		if mb == nil {
			mb = []*interval{gb}
		}
		g := &interval{
			v:         ga.v,
			ranges:    mergeRanges(ga.ranges, gb.ranges),
			start:     min(ga.start, gb.start),
			end:       max(ga.end, gb.end),
			crossCall: ga.crossCall || gb.crossCall,
			hint:      ga.hint,
		}
		if g.hint == 0 {
			g.hint = gb.hint
		}
		all := append(append([]*interval{}, ma...), mb...)
		for _, m := range all {
			group[m.v.ID] = g
		}
		delete(members, ga)
		delete(members, gb)
		members[g] = all
	}
	for _, b := range l.order {
		for _, v := range b.Values {
			if v.Op != ir.OpPhi {
				break
			}
			for _, a := range v.Args {
				join(v, a)
			}
		}
	}
	for _, b := range l.order {
		for _, v := range b.Values {
			if !inPlace(v) {
				continue
			}
			join(v, v.Args[0])
			if v.Op.IsCommutative() && len(v.Args) > 1 {
				join(v, v.Args[1])
			}
		}
	}
	if len(members) == 0 {
		return list, group
	}
	for _, it := range list {
		if g := group[it.v.ID]; g == it {
			alloc = append(alloc, it)
		} else if members[g][0] == it {
			alloc = append(alloc, g)
		}
	}
	return alloc, group
}

// assignMembers gives each interval of list its group's register.
func assignMembers(list []*interval, group []*interval) {
	for _, it := range list {
		if it.v.ID >= len(group) {
			continue
		}
		if g := group[it.v.ID]; g != nil && g != it {
			it.reg = g.reg
		}
	}
}

// maxApart bounds how many values separate keeps apart before joining
// stops altogether.
const maxApart = 64

// separate handles an allocation of joined intervals that failed with err.
// When a joined group is to be spilled, its values go into apart, to be
// allocated one by one, and the allocation is retried; a lone value is
// spilled as without joining; on anything else joining stops (keep false).
func separate(err error, list, group []*interval, apart map[int]bool) (retry, keep bool) {
	var sp errSpill
	if !errors.As(err, &sp) || sp.v.ID >= len(group) || len(apart) > maxApart {
		return false, false
	}
	g := group[sp.v.ID]
	n := 0
	for _, it := range list {
		if group[it.v.ID] == g {
			apart[it.v.ID] = true
			n++
		}
	}
	return n > 1, true
}

// inPlace reports whether v is emitted as "d = x; op d" for its first
// argument x.
func inPlace(v *ir.Value) bool {
	switch v.Op {
	case ir.OpNeg, ir.OpNot, ir.OpZext, ir.OpSext, ir.OpCopy:
		return true
	}
	return v.Op.IsBinary() && !v.Op.IsCompare()
}

// mergeRanges merges two sorted lists of disjoint ranges.
func mergeRanges(a, b [][2]int) [][2]int {
	out := make([][2]int, 0, len(a)+len(b))
	out = append(append(out, a...), b...)
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}
