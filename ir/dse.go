package ir

import "math/bits"

// byteSet is a set of bytes of the tracked allocas, one bit per byte.
type byteSet []uint64

// inRange reports whether [lo, hi) lies within s, where the word-wise
// operations apply; outside it the byte-wise loops keep their behaviour.
func (s byteSet) inRange(lo, hi int64) bool {
	return lo >= 0 && hi <= int64(len(s))*64
}

// bitsAt returns the mask of the bits of word lo/64 that [lo, hi) covers,
// and how many that is.
func bitsAt(lo, hi int64) (uint64, int64) {
	bit := lo % 64
	n := min(hi-lo, 64-bit)
	if n == 64 {
		return ^uint64(0), n
	}
	return (1<<uint(n) - 1) << uint(bit), n
}

func (s byteSet) add(lo, hi int64) {
	if !s.inRange(lo, hi) {
		for i := lo; i < hi; i++ {
			s[i/64] |= 1 << uint(i%64)
		}
		return
	}
	for lo < hi {
		m, n := bitsAt(lo, hi)
		s[lo/64] |= m
		lo += n
	}
}

func (s byteSet) remove(lo, hi int64) {
	if !s.inRange(lo, hi) {
		for i := lo; i < hi; i++ {
			s[i/64] &^= 1 << uint(i%64)
		}
		return
	}
	for lo < hi {
		m, n := bitsAt(lo, hi)
		s[lo/64] &^= m
		lo += n
	}
}

// span returns the smallest [lo, hi) within [from, to) holding every byte
// of s there; lo == hi when there is none.
func (s byteSet) span(from, to int64) (lo, hi int64) {
	lo, hi = to, from
	if !s.inRange(from, to) {
		for i := from; i < to; i++ {
			if s[i/64]&(1<<uint(i%64)) != 0 {
				lo, hi = min(lo, i), i+1
			}
		}
	} else {
		for i := from; i < to; {
			m, n := bitsAt(i, to)
			if w := s[i/64] & m; w != 0 {
				base := i - i%64
				lo = min(lo, base+int64(bits.TrailingZeros64(w)))
				hi = base + 64 - int64(bits.LeadingZeros64(w))
			}
			i += n
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
	sc := getScratch()
	defer sc.release()
	s := newStackInfo(f, sc)
	// Only allocas something writes to can hold a dead store: base[a.ID]
	// is 1 + where alloca a's bytes start in the byte sets, 0 for others.
	base := grow(sc.base, f.NumValues())
	sc.base = base
	written := sc.allocaBuf[:0]
	naccs := 0 // at most this many accesses
	for _, b := range f.Blocks {
		for _, v := range b.Values {
			switch v.Op {
			case OpLoad:
				naccs++
				continue
			case OpCall:
				naccs += len(v.Args)
				continue
			case OpStore, OpZero, OpMemcpy:
				naccs++
			default:
				continue
			}
			if a, ok := s.tracked(v.Args[0]); ok {
				if base[a.a.ID] == 0 {
					base[a.a.ID] = -1
					written = append(written, a.a)
				}
			}
		}
	}
	sc.allocaBuf = written
	if len(written) == 0 {
		return
	}
	total := int64(0)
	for _, a := range written {
		base[a.ID] = int32(total + 1)
		total += a.Aux
	}
	words := int((total + 63) / 64)
	// where returns the bytes an access of size bytes at p covers.
	where := func(p *Value, off, size int64) (lo, hi int64, ok bool) {
		a, ok := s.tracked(p)
		if !ok || base[a.a.ID] <= 0 {
			return 0, 0, false
		}
		lo = int64(base[a.a.ID]) - 1 + a.off + off
		return lo, lo + size, true
	}
	post := sc.postorder(f)
	// The accesses of each block, in order: accs[first[i]:first[i+1]] are
	// those of post[i].
	accs := sc.accs[:0]
	if cap(accs) < naccs {
		accs = make([]stackAccess, 0, naccs)
	}
	first := grow(sc.first, len(post)+1)
	order := grow(sc.porder, f.NumBlocks()) // postorder index by block ID
	sc.first, sc.porder = first, order
	defer func() { sc.accs = accs[:0] }()
	for i, b := range post {
		order[b.ID] = int32(i)
	}
	acyclic := true // every edge leads to a block earlier in postorder
	for i, b := range post {
		for _, su := range b.Succs {
			if order[su.ID] >= int32(i) {
				acyclic = false
			}
		}
		first[i] = int32(len(accs))
		for _, v := range b.Values {
			switch v.Op {
			case OpLoad:
				if lo, hi, ok := where(v.Args[0], v.Aux, int64(v.Size)); ok {
					accs = append(accs, stackAccess{kind: accRead, lo: lo, hi: hi})
				}
			case OpStore, OpZero:
				if lo, hi, ok := where(v.Args[0], v.Aux, int64(v.Size)); ok {
					accs = append(accs, stackAccess{kind: accWrite, v: v, lo: lo, hi: hi})
				}
			case OpMemcpy:
				c := stackAccess{kind: accCopy, v: v}
				c.lo, c.hi, c.dst = where(v.Args[0], v.Aux, int64(v.Size))
				c.slo, c.shi, c.src = where(v.Args[1], 0, int64(v.Size))
				if c.dst || c.src {
					accs = append(accs, c)
				}
			case OpCall:
				for _, p := range v.Args {
					if a, ok := s.tracked(p); ok {
						if bs := int64(base[a.a.ID]); bs > 0 {
							accs = append(accs, stackAccess{kind: accRead, lo: bs - 1, hi: bs - 1 + a.a.Aux})
						}
					}
				}
			}
		}
	}
	first[len(post)] = int32(len(accs))
	liveIn := resize(sc.liveIn, f.NumBlocks()) // set for the blocks in post
	sets := grow(sc.sets, words*len(post))
	sc.liveIn, sc.sets = liveIn, sets
	for i, b := range post {
		liveIn[b.ID] = sets[i*words : (i+1)*words : (i+1)*words]
	}
	// transfer walks b's accesses backwards from its live-out bytes; with
	// remove set it deletes the dead ones it meets.
	removed := false
	transfer := func(i int, live byteSet, remove bool) {
		for k := first[i+1] - 1; k >= first[i]; k-- {
			c := &accs[k]
			switch c.kind {
			case accRead:
				live.add(c.lo, c.hi)
			case accWrite:
				v := c.v
				l, h := live.span(c.lo, c.hi)
				if remove && l == h {
					v.ResetArgs()
					v.Op = OpInvalid
					removed = true
				} else if remove && v.Op == OpZero && h-l < c.hi-c.lo {
					v.Aux += l - c.lo
					v.Size = int32(h - l)
				}
				live.remove(c.lo, c.hi)
			case accCopy:
				if c.dst {
					if l, h := live.span(c.lo, c.hi); l == h {
						if remove {
							c.v.ResetArgs()
							c.v.Op = OpInvalid
							removed = true
						}
						continue
					}
					live.remove(c.lo, c.hi)
				}
				if c.src {
					live.add(c.slo, c.shi)
				}
			}
		}
	}
	live := grow(sc.live, words)
	sc.live = live
	liveOut := func(b *Block) {
		clear(live)
		for _, su := range b.Succs {
			live.union(liveIn[su.ID])
		}
	}
	// Without loops, one walk in postorder sees every block's final
	// live-out bytes and can remove at once; otherwise the live bytes are
	// iterated to their fixed point first.
	for changed := !acyclic; changed; {
		changed = false
		for i, b := range post {
			liveOut(b)
			transfer(i, live, false)
			if liveIn[b.ID].union(live) {
				changed = true
			}
		}
	}
	for i, b := range post {
		liveOut(b)
		transfer(i, live, true)
		if acyclic {
			copy(liveIn[b.ID], live)
		}
	}
	if !removed {
		return
	}
	for _, b := range post {
		kept := b.Values[:0]
		for _, v := range b.Values {
			if v.Op != OpInvalid {
				kept = append(kept, v)
			}
		}
		b.Values = kept
	}
}

// stackAccess is one access of deadStores to the tracked bytes [lo, hi):
// a read, a write by store or zero value v, or memcpy v, which writes
// [lo, hi) when dst is set and reads [slo, shi) when src is.
type stackAccess struct {
	kind     uint8
	dst, src bool
	v        *Value
	lo, hi   int64
	slo, shi int64
}

// Kinds of stackAccess.
const (
	accRead = iota
	accWrite
	accCopy
)
