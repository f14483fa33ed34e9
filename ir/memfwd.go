package ir

// memEntry is what a tracked alloca is known to hold at [off, off+size):
// the low bytes of val, or zeros when val is nil.
type memEntry struct {
	off, size int64
	val       *Value
}

// memState is the known contents of the tracked allocas at one point.
type memState map[*Value][]memEntry

func (m memState) clone() memState {
	c := make(memState, len(m))
	for a, es := range m {
		c[a] = append([]memEntry(nil), es...)
	}
	return c
}

// kill forgets what is known about [off, off+size) of a.
func (m memState) kill(a *Value, off, size int64) {
	es := m[a]
	kept := es[:0]
	for _, e := range es {
		if e.off < off+size && off < e.off+e.size {
			continue
		}
		kept = append(kept, e)
	}
	m[a] = kept
}

func (m memState) set(a *Value, off, size int64, val *Value) {
	m.kill(a, off, size)
	m[a] = append(m[a], memEntry{off: off, size: size, val: val})
}

// forwardStores replaces loads from tracked stack memory by the value a
// store, a zero or a copy left there earlier in the same block or in the
// blocks that it alone leads to: a string or tuple built on the stack and
// read back becomes its constants.
func forwardStores(f *Func) {
	s := newStackInfo(f)
	out := map[*Block]memState{}
	for _, b := range reversePostorder(f) {
		st := memState{}
		if len(b.Preds) == 1 && out[b.Preds[0]] != nil {
			st = out[b.Preds[0]]
			if len(b.Preds[0].Succs) > 1 {
				st = st.clone()
			}
		}
		kept := b.Values[:0]
		for _, v := range b.Values {
			if forwardValue(s, st, v) {
				kept = append(kept, v)
			} else {
				v.ResetArgs()
			}
		}
		b.Values = kept
		out[b] = st
	}
}

// forwardValue updates st past v, forwarding into v when it is a load; it
// returns false when v is a store of what the memory already holds.
func forwardValue(s *stackInfo, st memState, v *Value) bool {
	switch v.Op {
	case OpLoad:
		if a, ok := s.tracked(v.Args[0]); ok {
			off := a.off + v.Aux
			if !forwardLoad(st, v, a.a, off) && v.Type == I64 {
				// The loaded bytes are the low bytes of v.
				st.set(a.a, off, int64(v.Size), v)
			}
		}
	case OpStore:
		if a, ok := s.tracked(v.Args[0]); ok {
			off, size := a.off+v.Aux, int64(v.Size)
			for _, e := range st[a.a] {
				if e.off == off && e.size == size && e.val == v.Args[1] {
					return false
				}
			}
			st.set(a.a, off, size, v.Args[1])
		}
	case OpZero:
		if a, ok := s.tracked(v.Args[0]); ok {
			st.set(a.a, a.off+v.Aux, int64(v.Size), nil)
		}
	case OpMemcpy:
		d, ok := s.tracked(v.Args[0])
		if !ok {
			return true
		}
		doff, n := d.off+v.Aux, int64(v.Size)
		src, sok := s.tracked(v.Args[1])
		var copied []memEntry
		if sok && src.a != d.a {
			for _, e := range st[src.a] {
				if e.off >= src.off && e.off+e.size <= src.off+n {
					copied = append(copied, memEntry{off: e.off - src.off + doff, size: e.size, val: e.val})
				}
			}
		}
		st.kill(d.a, doff, n)
		st[d.a] = append(st[d.a], copied...)
	case OpCall:
		if readOnlyHelpers[v.Sym] {
			shareConstArgs(s, st, v)
			return true
		}
		for _, p := range v.Args {
			if a, ok := s.tracked(p); ok {
				delete(st, a.a)
			}
		}
	}
	return true
}

// readOnlyHelpers lists the helpers that only read the memory their
// pointer arguments point at.
var readOnlyHelpers = map[string]bool{
	"map_lookup_elem": true, "map_update_elem": true, "map_delete_elem": true,
	"ringbuf_output": true, "perf_event_output": true,
}

// shareConstArgs makes read-only call v take, instead of a stack buffer
// whose whole contents are known constants, an earlier buffer known to hold
// the same bytes (the key 0 of every scalar map): the stores that filled
// the later one become dead.
func shareConstArgs(s *stackInfo, st memState, v *Value) {
	for i, p := range v.Args {
		a, ok := s.tracked(p)
		if !ok || a.off != 0 || p != a.a {
			continue
		}
		sig, ok := constContents(st[a.a], a.a.Aux)
		if !ok {
			continue
		}
		var best *Value
		for b, es := range st {
			if b == a.a || b.Aux != a.a.Aux || best != nil && b.ID > best.ID {
				continue
			}
			if other, ok := constContents(es, b.Aux); ok && other == sig {
				best = b
			}
		}
		if best != nil {
			v.SetArg(i, best)
		}
	}
}

// constContents describes entries covering [0, size) with constants, or
// reports false.
func constContents(es []memEntry, size int64) (string, bool) {
	buf := make([]byte, size)
	covered := int64(0)
	for _, e := range es {
		if e.off < 0 || e.off+e.size > size {
			return "", false
		}
		if e.val != nil && e.val.Op != OpConst {
			continue
		}
		x := uint64(0)
		if e.val != nil {
			x = uint64(e.val.Aux)
		}
		for k := int64(0); k < e.size; k++ {
			buf[e.off+k] = byte(x >> uint(8*k))
		}
		covered += e.size
	}
	return string(buf), covered == size
}

// forwardLoad rewrites load v of [off, off+Size) of a when st knows it,
// and reports whether it did.
func forwardLoad(st memState, v *Value, a *Value, off int64) bool {
	size := int64(v.Size)
	if v.Type != I64 {
		return false
	}
	for _, e := range st[a] {
		if off < e.off || off+size > e.off+e.size {
			continue
		}
		bits := 8 * size
		sign := v.Sign
		switch {
		case e.val == nil:
			toConst(v, 0)
		case e.val.Type != I64:
			return false
		case e.off == off && e.size == size && size == 8:
			toCopy(v, e.val)
		case e.off == off && e.size == size:
			x := e.val
			v.ResetArgs()
			v.Op, v.Type, v.Aux, v.Size = OpZext, I64, bits, 0
			if v.Sign {
				v.Op = OpSext
			}
			v.Sign = false
			v.AddArg(x)
		case e.val.Op == OpConst:
			x := uint64(e.val.Aux) >> uint(8*(off-e.off))
			c := int64(zext(x, bits))
			if sign {
				c = sext(x, bits)
			}
			toConst(v, c)
		default:
			return false
		}
		if v.Op != OpZext && v.Op != OpSext {
			v.Size, v.Sign = 0, false
		}
		return true
	}
	return false
}
