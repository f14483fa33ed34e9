package ir

// Stack memory: allocas whose address never escapes (only loads, stores,
// zero, memcpy and helper arguments use it, directly or at a constant
// offset) are tracked byte by byte. A helper may read or write all of an
// alloca it is passed; no other access reaches one.

// stackAddr is an address inside a tracked alloca.
type stackAddr struct {
	a    *Value
	off  int64
	slot int32 // tracked allocas only: a's slot - 1
}

// stackInfo resolves addresses to tracked allocas.
type stackInfo struct {
	// slot numbers the tracked allocas from 1, by value ID; it is -1 for
	// an alloca whose address escapes.
	slot    []int32
	allocas []*Value // the tracked allocas, by slot - 1
}

// newStackInfo finds f's allocas and those whose address escapes; the
// result lives in sc.
func newStackInfo(f *Func, sc *scratch) *stackInfo {
	s := &sc.si
	s.slot = grow(s.slot, f.NumValues())
	s.allocas = s.allocas[:0]
	escape := func(p *Value) {
		if a, ok := s.resolve(p); ok {
			s.slot[a.a.ID] = -1
		}
	}
	for _, b := range f.Blocks {
		for _, v := range b.Values {
			if v.Op == OpAlloca {
				s.allocas = append(s.allocas, v)
			}
			for i, a := range v.Args {
				if !understoodUse(v, i) {
					escape(a)
				}
			}
		}
		if b.Control != nil {
			escape(b.Control)
		}
	}
	kept := s.allocas[:0]
	for _, a := range s.allocas {
		if s.slot[a.ID] == 0 {
			kept = append(kept, a)
			s.slot[a.ID] = int32(len(kept))
		}
	}
	s.allocas = kept
	return s
}

// understoodUse reports whether argument i of v is a use of a pointer that
// the stack passes model.
func understoodUse(v *Value, i int) bool {
	switch v.Op {
	case OpLoad, OpZero:
		return true
	case OpStore:
		return i == 0
	case OpMemcpy, OpCall:
		return true
	case OpAdd:
		return v.Type == Ptr && i == 0 && v.Args[1].Op == OpConst
	}
	return v.Args[i].Type != Ptr
}

// resolve returns the alloca and offset p points at.
func (s *stackInfo) resolve(p *Value) (stackAddr, bool) {
	off := int64(0)
	for p.Op == OpAdd && p.Type == Ptr && p.Args[1].Op == OpConst {
		off += p.Args[1].Aux
		p = p.Args[0]
	}
	if p.Op != OpAlloca {
		return stackAddr{}, false
	}
	return stackAddr{a: p, off: off}, true
}

// tracked returns the tracked alloca p points into.
func (s *stackInfo) tracked(p *Value) (stackAddr, bool) {
	a, ok := s.resolve(p)
	if !ok || s.slot[a.a.ID] <= 0 {
		return stackAddr{}, false
	}
	a.slot = s.slot[a.a.ID] - 1
	return a, true
}
