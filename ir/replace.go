package ir

// replacer collects replacements of values and applies them in one walk
// over the function, instead of one walk per replaced value.
type replacer struct {
	to    map[*Value]*Value
	order []*Value // keys in the order added, for determinism
}

func newReplacer() *replacer { return &replacer{to: map[*Value]*Value{}} }

// add records that uses of old become uses of new.
func (r *replacer) add(old, new *Value) {
	if _, ok := r.to[old]; !ok {
		r.order = append(r.order, old)
	}
	r.to[old] = new
}

// resolve follows replacements from v; it returns nil on a cycle.
func (r *replacer) resolve(v *Value) *Value {
	for n := 0; n <= len(r.order); n++ {
		w, ok := r.to[v]
		if !ok {
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
	for _, v := range r.order {
		if r.resolve(v) == nil {
			delete(r.to, v)
		}
	}
	for _, b := range f.Blocks {
		for _, v := range b.Values {
			for i, a := range v.Args {
				if w := r.resolve(a); w != a {
					v.SetArg(i, w)
				}
			}
		}
		if b.Control != nil {
			if w := r.resolve(b.Control); w != b.Control {
				b.SetControl(w)
			}
		}
	}
}
