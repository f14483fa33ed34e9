package native

import (
	"fmt"
	"sort"

	"github.com/bpftc/bpftc/ir"
)

// Registers: r0 is the return value and the scratch register of the code
// generator, r1–r5 carry helper arguments and are clobbered by calls, r6–r9
// survive calls, r10 is the read-only frame pointer.
var (
	callerSaved = []int{1, 2, 3, 4, 5}
	calleeSaved = []int{6, 7, 8, 9}
)

// errSpill asks the allocator's caller to spill a value and start again.
type errSpill struct{ v *ir.Value }

func (e errSpill) Error() string { return fmt.Sprintf("spill %s", e.v) }

// linearScan assigns registers to intervals in order of their start, like
// Poletto and Sarkar's linear scan, but a register is free for an interval
// when none of the intervals it holds overlaps it range by range (lifetime
// holes are reused). When no register fits it returns errSpill naming the
// value to spill: the one, among the competitors, whose interval ends last.
func linearScan(list []*interval) error {
	sort.SliceStable(list, func(i, j int) bool {
		if list[i].start != list[j].start {
			return list[i].start < list[j].start
		}
		return list[i].v.ID < list[j].v.ID
	})
	var held [11][]*interval
	for _, it := range list {
		free := func(r int) bool {
			for _, o := range held[r] {
				if overlaps(o, it) {
					return false
				}
			}
			return true
		}
		if r := pickReg(it, free); r != 0 {
			it.reg = r
			held[r] = append(held[r], it)
			continue
		}
		victim := it
		for r := 1; r <= 9; r++ {
			if !allowed(it, r) {
				continue
			}
			for _, o := range held[r] {
				if overlaps(o, it) && o.end > victim.end && !isReload(o.v) {
					victim = o
				}
			}
		}
		if isReload(victim.v) {
			return fmt.Errorf("register pressure too high at %s", it.v.LongString())
		}
		return errSpill{victim.v}
	}
	return nil
}

// overlaps reports whether two intervals are live at the same time. A range
// ending where another starts does not overlap it: the last use and the new
// definition are the same instruction.
func overlaps(a, b *interval) bool {
	if a.end <= b.start || b.end <= a.start {
		return false
	}
	i, j := 0, 0
	for i < len(a.ranges) && j < len(b.ranges) {
		x, y := a.ranges[i], b.ranges[j]
		if x[0] < y[1] && y[0] < x[1] {
			return true
		}
		if x[1] <= y[1] {
			i++
		} else {
			j++
		}
	}
	return false
}

func isReload(v *ir.Value) bool {
	return v.Op == ir.OpLoad && v.Size == 8 && v.Args[0].Op == ir.OpAlloca && v.Uses == 1
}

func allowed(it *interval, r int) bool {
	return r >= 6 || !it.crossCall
}

func pickReg(it *interval, free func(int) bool) int {
	if it.hint != 0 && allowed(it, it.hint) && free(it.hint) {
		return it.hint
	}
	order := calleeSaved
	if !it.crossCall {
		order = append(append([]int{}, callerSaved...), calleeSaved...)
	}
	for _, r := range order {
		if free(r) {
			return r
		}
	}
	return 0
}
