package native

import (
	"fmt"
	"sort"

	"github.com/bpftc/bpftc/ir"
)

// layoutFrame gives every alloca its offset below r10. Allocas whose live
// ranges do not overlap share stack: a buffer is live from its first to its
// last use in layout order, widened to whole loops, so that printf records,
// map keys and spill slots of different statements reuse the same bytes.
func (e *emitter) layoutFrame(l *layout) error {
	// base maps each value that points into an alloca to that alloca.
	base := map[*ir.Value]*ir.Value{}
	for _, b := range l.order {
		for _, v := range b.Values {
			switch {
			case v.Op == ir.OpAlloca:
				base[v] = v
			case (v.Op == ir.OpAdd || v.Op == ir.OpSub || v.Op == ir.OpCopy) && v.Type == ir.Ptr:
				if a := base[v.Args[0]]; a != nil {
					base[v] = a
				}
			}
		}
	}
	type span struct {
		a          *ir.Value
		start, end int
	}
	spans := map[*ir.Value]*span{}
	use := func(v *ir.Value, p int) {
		a := base[v]
		if a == nil {
			return
		}
		s := spans[a]
		if s == nil {
			s = &span{a: a, start: p, end: p}
			spans[a] = s
		}
		s.start, s.end = min(s.start, p), max(s.end, p)
	}
	for _, b := range l.order {
		for _, v := range b.Values {
			if v.Op == ir.OpPhi {
				for i, a := range v.Args {
					use(a, l.blockEnd[b.Preds[i].ID])
				}
				continue
			}
			for _, a := range v.Args {
				use(a, l.pos[v.ID])
			}
		}
		if b.Control != nil {
			use(b.Control, l.blockEnd[b.ID])
		}
	}
	// A buffer used inside a loop stays live for the whole loop.
	for changed := true; changed; {
		changed = false
		for _, b := range l.order {
			for _, s := range b.Succs {
				lo, hi := l.blockStart[s.ID], l.blockEnd[b.ID]
				if lo > hi {
					continue // not a back edge
				}
				for _, sp := range spans {
					if sp.end >= lo && sp.start <= hi && (sp.start > lo || sp.end < hi) {
						sp.start, sp.end = min(sp.start, lo), max(sp.end, hi)
						changed = true
					}
				}
			}
		}
	}
	list := make([]*span, 0, len(spans))
	for _, sp := range spans {
		list = append(list, sp)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].start != list[j].start {
			return list[i].start < list[j].start
		}
		return list[i].a.ID < list[j].a.ID
	})
	type placed struct {
		end, off, size int
	}
	var active []placed
	frame := 0
	for _, sp := range list {
		kept := active[:0]
		for _, p := range active {
			if p.end >= sp.start {
				kept = append(kept, p)
			}
		}
		active = kept
		size := int(sp.a.Aux+7) &^ 7
		off := firstFit(active, size, func(p placed) (int, int) { return p.off, p.size })
		active = append(active, placed{end: sp.end, off: off, size: size})
		frame = max(frame, off+size)
		e.frame[sp.a] = int16(-(off + size))
	}
	if frame > ir.StackLimit {
		return fmt.Errorf("stack frame of %d bytes exceeds the BPF limit of %d", frame, ir.StackLimit)
	}
	return nil
}

// firstFit returns the lowest 8-aligned offset where size bytes overlap none
// of the placed regions.
func firstFit[T any](placed []T, size int, region func(T) (int, int)) int {
	off := 0
	for {
		moved := false
		for _, p := range placed {
			o, s := region(p)
			if off < o+s && o < off+size {
				off = (o + s + 7) &^ 7
				moved = true
			}
		}
		if !moved {
			return off
		}
	}
}
