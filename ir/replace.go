package ir

// replacer collects replacements of values and applies them in one walk
// over the function, instead of one walk per replaced value.
type replacer struct {
	f     *Func
	sc    *scratch
	to    []*Value // by value ID; nil when not replaced
	order []*Value // keys in the order added, for determinism
}

// newReplacer returns a replacer for f that keeps its tables in sc.
func newReplacer(f *Func, sc *scratch) replacer {
	return replacer{f: f, sc: sc, order: sc.order[:0]}
}

// add records that uses of old become uses of new.
func (r *replacer) add(old, new *Value) {
	if r.to == nil {
		// sc.to is nil everywhere outside a replacer's use, unless one
		// stopped half way (a panic).
		r.to = resize(r.sc.to, r.f.NumValues())
		if r.sc.toDirty {
			clear(r.to[:cap(r.to)])
		}
		r.sc.to, r.sc.toDirty = r.to, true
	}
	if r.to[old.ID] == nil {
		r.order = append(r.order, old)
	}
	r.to[old.ID] = new
}

// lookup returns what v is replaced by, or nil.
func (r *replacer) lookup(v *Value) *Value {
	if r.to == nil {
		return nil
	}
	return r.to[v.ID]
}

// resolve follows replacements from v; it returns nil on a cycle.
func (r *replacer) resolve(v *Value) *Value {
	for n := 0; n <= len(r.order); n++ {
		w := r.to[v.ID]
		if w == nil {
			return v
		}
		v = w
	}
	return nil
}

// apply rewrites every use in f. Of replacements that form a cycle (two
// phis that only take each other and one outside value), the first added
// is dropped, so that its value stays.
func (r *replacer) apply(f *Func) {
	if len(r.order) == 0 {
		return
	}
	defer func() {
		for _, v := range r.order {
			r.to[v.ID] = nil
		}
		r.sc.order, r.sc.toDirty = r.order[:0], false
	}()
	for _, v := range r.order {
		if r.resolve(v) == nil {
			r.to[v.ID] = nil
		}
	}
	for _, b := range f.Blocks {
		for _, v := range b.Values {
			for i, a := range v.Args {
				if r.to[a.ID] == nil {
					continue
				}
				if w := r.resolve(a); w != a {
					v.SetArg(i, w)
				}
			}
		}
		if b.Control != nil && r.to[b.Control.ID] != nil {
			if w := r.resolve(b.Control); w != b.Control {
				b.SetControl(w)
			}
		}
	}
}
