package ir

// forwardStores replaces loads from tracked stack memory by the value a
// store, a zero or a copy left there earlier in the same block or in the
// blocks that it alone leads to: a string or tuple built on the stack and
// read back becomes its constants.
func forwardStores(f *Func) {
	sc := getScratch()
	defer sc.release()
	s := newStackInfo(f, sc)
	if len(s.allocas) == 0 {
		return
	}
	post := sc.postorder(f)
	// out holds each block's state at its end until the last of the
	// successors that continue it (those it is the only predecessor of)
	// takes it over; the others take copies.
	out := grow(sc.out, f.NumBlocks())
	heirs := grow(sc.heirs, f.NumBlocks())
	sc.out, sc.heirs = out, heirs
	for _, b := range post {
		if len(b.Preds) == 1 {
			heirs[b.Preds[0].ID]++
		}
	}
	states := &memStates{n: len(s.allocas), free: sc.states}
	defer func() {
		for _, m := range out {
			if m != nil {
				states.put(m)
			}
		}
		sc.states = states.free
	}()
	for i := len(post) - 1; i >= 0; i-- {
		b := post[i]
		var st *memState
		if len(b.Preds) == 1 && out[b.Preds[0].ID] != nil {
			p := b.Preds[0]
			st = out[p.ID]
			if heirs[p.ID]--; heirs[p.ID] > 0 {
				c := states.get()
				c.copyFrom(st)
				st = c
			} else {
				out[p.ID] = nil
			}
		} else {
			st = states.get()
		}
		kept := b.Values[:0]
		for _, v := range b.Values {
			if forwardValue(s, st, v, &sc.consts) {
				kept = append(kept, v)
			} else {
				v.ResetArgs()
			}
		}
		b.Values = kept
		if heirs[b.ID] > 0 {
			out[b.ID] = st
		} else {
			states.put(st)
		}
	}
}

// forwardValue updates st past v, forwarding into v when it is a load; it
// returns false when v is a store of what the memory already holds.
func forwardValue(s *stackInfo, st *memState, v *Value, buf *constBufs) bool {
	switch v.Op {
	case OpLoad:
		if a, ok := s.tracked(v.Args[0]); ok {
			off := a.off + v.Aux
			if !forwardLoad(st.lists[a.slot], v, off) && v.Type == I64 {
				// The loaded bytes are the low bytes of v.
				st.set(a.slot, off, int64(v.Size), v)
			}
		}
	case OpStore:
		if a, ok := s.tracked(v.Args[0]); ok {
			off, size := a.off+v.Aux, int64(v.Size)
			for _, e := range st.lists[a.slot] {
				if e.off == off && e.size == size && e.val == v.Args[1] {
					return false
				}
			}
			st.set(a.slot, off, size, v.Args[1])
		}
	case OpZero:
		if a, ok := s.tracked(v.Args[0]); ok {
			st.set(a.slot, a.off+v.Aux, int64(v.Size), nil)
		}
	case OpMemcpy:
		d, ok := s.tracked(v.Args[0])
		if !ok {
			return true
		}
		doff, n := d.off+v.Aux, int64(v.Size)
		src, sok := s.tracked(v.Args[1])
		st.kill(d.slot, doff, n)
		if sok && src.a != d.a {
			for _, e := range st.lists[src.slot] {
				if e.off >= src.off && e.off+e.size <= src.off+n {
					st.use(d.slot)
					st.lists[d.slot] = append(st.lists[d.slot], memEntry{off: e.off - src.off + doff, size: e.size, val: e.val})
				}
			}
		}
	case OpCall:
		if readOnlyHelper(v.Sym) {
			shareConstArgs(s, st, v, buf)
			return true
		}
		for _, p := range v.Args {
			if a, ok := s.tracked(p); ok {
				st.forget(a.slot)
			}
		}
	}
	return true
}

// readOnlyHelper reports whether helper name only reads the memory its
// pointer arguments point at.
func readOnlyHelper(name string) bool {
	switch name {
	case "map_lookup_elem", "map_update_elem", "map_delete_elem", "ringbuf_output", "perf_event_output":
		return true
	}
	return false
}

// constBufs are shareConstArgs's two scratch buffers of alloca contents.
type constBufs struct{ x, y []byte }

// shareConstArgs makes read-only call v take, instead of a stack buffer
// whose whole contents are known constants, an earlier buffer known to hold
// the same bytes (the key 0 of every scalar map): the stores that filled
// the later one become dead.
func shareConstArgs(s *stackInfo, st *memState, v *Value, buf *constBufs) {
	for i, p := range v.Args {
		a, ok := s.tracked(p)
		if !ok || a.off != 0 || p != a.a {
			continue
		}
		var sig []byte
		if sig, ok = constContents(st.lists[a.slot], a.a.Aux, buf.x); !ok {
			continue
		}
		buf.x = sig
		var best *Value
		for _, k := range st.used {
			b := s.allocas[k]
			if b == a.a || b.Aux != a.a.Aux || best != nil && b.ID > best.ID {
				continue
			}
			other, ok := constContents(st.lists[k], b.Aux, buf.y)
			buf.y = other
			if ok && string(other) == string(sig) {
				best = b
			}
		}
		if best != nil {
			v.SetArg(i, best)
		}
	}
}

// constContents writes into buf (reused when large enough) the contents
// entries es give to [0, size) when they cover it with constants, or
// reports false.
func constContents(es []memEntry, size int64, buf []byte) ([]byte, bool) {
	if int64(cap(buf)) < size {
		buf = make([]byte, size)
	}
	buf = buf[:size]
	clear(buf)
	covered := int64(0)
	for _, e := range es {
		if e.off < 0 || e.off+e.size > size {
			return buf, false
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
	return buf, covered == size
}

// forwardLoad rewrites load v of [off, off+Size) of an alloca when its
// entries es know it, and reports whether it did.
func forwardLoad(es []memEntry, v *Value, off int64) bool {
	size := int64(v.Size)
	if v.Type != I64 {
		return false
	}
	for _, e := range es {
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
