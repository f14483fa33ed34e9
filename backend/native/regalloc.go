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

// linearScan assigns registers to intervals (Poletto and Sarkar). When no
// register is free it returns errSpill naming the value to spill: the one,
// among those competing, whose interval ends last.
func linearScan(list []*interval) error {
	sort.SliceStable(list, func(i, j int) bool {
		if list[i].start != list[j].start {
			return list[i].start < list[j].start
		}
		return list[i].v.ID < list[j].v.ID
	})
	var active []*interval
	busy := [11]*interval{}
	for _, it := range list {
		kept := active[:0]
		for _, a := range active {
			if a.end <= it.start {
				busy[a.reg] = nil
				continue
			}
			kept = append(kept, a)
		}
		active = kept
		if r := pickReg(it, &busy); r != 0 {
			it.reg = r
			busy[r] = it
			active = append(active, it)
			continue
		}
		victim := it
		for _, a := range active {
			if allowed(it, a.reg) && a.end > victim.end && !isReload(a.v) {
				victim = a
			}
		}
		if isReload(victim.v) {
			return fmt.Errorf("register pressure too high at %s", it.v.LongString())
		}
		return errSpill{victim.v}
	}
	return nil
}

func isReload(v *ir.Value) bool {
	return v.Op == ir.OpLoad && v.Size == 8 && v.Args[0].Op == ir.OpAlloca && v.Uses == 1
}

func allowed(it *interval, r int) bool {
	return r >= 6 || !it.crossCall
}

func pickReg(it *interval, busy *[11]*interval) int {
	if it.hint != 0 && allowed(it, it.hint) && busy[it.hint] == nil {
		return it.hint
	}
	order := calleeSaved
	if !it.crossCall {
		order = append(append([]int{}, callerSaved...), calleeSaved...)
	}
	for _, r := range order {
		if busy[r] == nil {
			return r
		}
	}
	return 0
}
