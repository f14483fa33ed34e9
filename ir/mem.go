package ir

// Stack memory: allocas whose address never escapes (only loads, stores,
// zero, memcpy and helper arguments use it, directly or at a constant
// offset) are tracked byte by byte. A helper may read or write all of an
// alloca it is passed; no other access reaches one.

// stackAddr is an address inside a tracked alloca.
type stackAddr struct {
	a   *Value
	off int64
}

// stackInfo resolves addresses to tracked allocas.
type stackInfo struct {
	escaped map[*Value]bool
}

// newStackInfo finds f's allocas and those whose address escapes.
func newStackInfo(f *Func) *stackInfo {
	s := &stackInfo{escaped: map[*Value]bool{}}
	escape := func(p *Value) {
		if a, ok := s.resolve(p); ok {
			s.escaped[a.a] = true
		}
	}
	for _, b := range f.Blocks {
		for _, v := range b.Values {
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
	if !ok || s.escaped[a.a] {
		return stackAddr{}, false
	}
	return a, true
}
