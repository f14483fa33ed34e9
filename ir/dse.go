package ir

// byteSet is a set of bytes of the tracked allocas, one bit per byte.
type byteSet []uint64

func (s byteSet) add(lo, hi int64) {
	for i := lo; i < hi; i++ {
		s[i/64] |= 1 << uint(i%64)
	}
}

func (s byteSet) remove(lo, hi int64) {
	for i := lo; i < hi; i++ {
		s[i/64] &^= 1 << uint(i%64)
	}
}

// span returns the smallest [lo, hi) within [from, to) holding every byte
// of s there; lo == hi when there is none.
func (s byteSet) span(from, to int64) (lo, hi int64) {
	lo, hi = to, from
	for i := from; i < to; i++ {
		if s[i/64]&(1<<uint(i%64)) != 0 {
			lo, hi = min(lo, i), i+1
		}
	}
	if lo >= hi {
		return from, from
	}
	return lo, hi
}

func (s byteSet) union(t byteSet) bool {
	changed := false
	for i := range s {
		if n := s[i] | t[i]; n != s[i] {
			s[i], changed = n, true
		}
	}
	return changed
}

// deadStores removes stores, zeroing and copies into tracked stack memory
// that nothing reads afterwards (a buffer zeroed and then filled, a
// variable's initial zeros overwritten before any read, a record rebuilt
// for each printf), and trims a zeroing whose first or last bytes are
// overwritten before they are read.
func deadStores(f *Func) {
	s := newStackInfo(f)
	// Only allocas something writes to can hold a dead store.
	base := map[*Value]int64{}
	var written []*Value
	for _, b := range f.Blocks {
		for _, v := range b.Values {
			if v.Op != OpStore && v.Op != OpZero && v.Op != OpMemcpy {
				continue
			}
			if a, ok := s.tracked(v.Args[0]); ok {
				if _, seen := base[a.a]; !seen {
					base[a.a] = 0
					written = append(written, a.a)
				}
			}
		}
	}
	if len(written) == 0 {
		return
	}
	total := int64(0)
	for _, a := range written {
		base[a] = total
		total += a.Aux
	}
	words := int((total + 63) / 64)
	post := f.Postorder()
	liveIn := make([]byteSet, f.NumBlocks())
	for _, b := range post {
		liveIn[b.ID] = make(byteSet, words)
	}
	// where returns the bytes an access of size bytes at p covers.
	where := func(p *Value, off, size int64) (lo, hi int64, ok bool) {
		a, ok := s.tracked(p)
		if !ok {
			return 0, 0, false
		}
		bs, ok := base[a.a]
		if !ok {
			return 0, 0, false
		}
		lo = bs + a.off + off
		return lo, lo + size, true
	}
	// transfer walks b backwards from its live-out bytes; with remove set
	// it deletes the dead accesses it meets.
	transfer := func(b *Block, live byteSet, remove bool) {
		for i := len(b.Values) - 1; i >= 0; i-- {
			v := b.Values[i]
			switch v.Op {
			case OpLoad:
				if lo, hi, ok := where(v.Args[0], v.Aux, int64(v.Size)); ok {
					live.add(lo, hi)
				}
			case OpStore, OpZero:
				lo, hi, ok := where(v.Args[0], v.Aux, int64(v.Size))
				if !ok {
					continue
				}
				l, h := live.span(lo, hi)
				if remove && l == h {
					v.ResetArgs()
					v.Op = OpInvalid
				} else if remove && v.Op == OpZero && h-l < hi-lo {
					v.Aux += l - lo
					v.Size = int32(h - l)
				}
				live.remove(lo, hi)
			case OpMemcpy:
				lo, hi, ok := where(v.Args[0], v.Aux, int64(v.Size))
				if ok {
					if l, h := live.span(lo, hi); l == h {
						if remove {
							v.ResetArgs()
							v.Op = OpInvalid
						}
						continue
					}
					live.remove(lo, hi)
				}
				if slo, shi, ok := where(v.Args[1], 0, int64(v.Size)); ok {
					live.add(slo, shi)
				}
			case OpCall:
				for _, p := range v.Args {
					if a, ok := s.tracked(p); ok {
						if bs, ok := base[a.a]; ok {
							live.add(bs, bs+a.a.Aux)
						}
					}
				}
			}
		}
	}
	live := make(byteSet, words)
	liveOut := func(b *Block) {
		clear(live)
		for _, su := range b.Succs {
			live.union(liveIn[su.ID])
		}
	}
	for changed := true; changed; {
		changed = false
		for _, b := range post {
			liveOut(b)
			transfer(b, live, false)
			if liveIn[b.ID].union(live) {
				changed = true
			}
		}
	}
	for _, b := range post {
		liveOut(b)
		transfer(b, live, true)
		kept := b.Values[:0]
		for _, v := range b.Values {
			if v.Op != OpInvalid {
				kept = append(kept, v)
			}
		}
		b.Values = kept
	}
}
