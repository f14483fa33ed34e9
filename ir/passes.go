package ir

import "fmt"

// Pass is one transformation of a function.
type Pass struct {
	Name string
	Fn   func(*Func)
}

// Passes is the optimisation pipeline, in order. Names drive --dump.
var Passes = []Pass{
	{"copyprop", copyprop},
	{"forwardstores", forwardStores},
	{"constfold", constfold},
	{"copyprop", copyprop},
	{"cse", cse},
	{"deadstores", deadStores},
	{"deadcode", deadcode},
	{"mergereturns", mergeReturns},
	{"simplifycfg", simplifyCFG},
	{"threadjumps", threadJumps},
	{"deadcode", deadcode},
}

// maxRounds bounds how many times Optimize runs Passes over a function: a
// round repeats while the previous one changed it (a branch folded to a
// jump leaves single-argument phis and constant compares for the next one).
const maxRounds = 4

// earlyRounds limits passes to the first rounds: the stack passes cost
// more than the others and find nothing new in a last round.
var earlyRounds = map[string]int{"forwardstores": 3, "deadstores": 3}

// OptimizeOptions tunes [Optimize].
type OptimizeOptions struct {
	// Verify runs Verify after every pass (tests set it).
	Verify bool
	// After, when set, is called after every pass.
	After func(pass string, m *Module)
}

// Optimize runs Passes over every function of m.
func Optimize(m *Module, opts *OptimizeOptions) error {
	if opts == nil {
		opts = &OptimizeOptions{}
	}
	busy := append([]*Func(nil), m.Funcs...)
	// before holds the fingerprint of each busy function at the start of
	// the round: the one it had at the end of the previous round.
	before := make([]uint64, len(busy))
	for i, f := range busy {
		before[i] = fingerprint(f)
	}
	for round := 0; round < maxRounds && len(busy) > 0; round++ {
		for _, p := range Passes {
			if n, ok := earlyRounds[p.Name]; ok && round >= n {
				continue
			}
			for _, f := range busy {
				p.Fn(f)
			}
			if opts.Verify {
				if err := Verify(m); err != nil {
					return fmt.Errorf("after pass %s: %w", p.Name, err)
				}
			}
			if opts.After != nil {
				opts.After(p.Name, m)
			}
		}
		if round == maxRounds-1 {
			break // the last round: what it changed does not matter
		}
		kept, prints := busy[:0], before[:0]
		for i, f := range busy {
			if h := fingerprint(f); h != before[i] {
				kept, prints = append(kept, f), append(prints, h)
			}
		}
		busy, before = kept, prints
	}
	return nil
}

// fingerprint summarises f's code so that Optimize sees whether a round
// changed it: every pass that changes a function changes its blocks,
// values or their operations.
func fingerprint(f *Func) uint64 {
	h := uint64(14695981039346656037)
	mix := func(x uint64) { h = (h ^ x) * 1099511628211 }
	for _, b := range f.Blocks {
		mix(uint64(b.ID)<<8 | uint64(b.Kind))
		for _, s := range b.Succs {
			mix(uint64(s.ID))
		}
		for _, v := range b.Values {
			mix(uint64(v.ID)<<8 | uint64(v.Op))
			mix(uint64(v.Uses))
		}
	}
	return h
}

// replaceUses makes every use of old a use of new.
func replaceUses(f *Func, old, new *Value) {
	for _, b := range f.Blocks {
		for _, v := range b.Values {
			for i, a := range v.Args {
				if a == old {
					v.SetArg(i, new)
				}
			}
		}
		if b.Control == old {
			b.SetControl(new)
		}
	}
}

// copyprop replaces uses of copies, and of phis whose arguments are all the
// same value (or the phi itself), by that value.
func copyprop(f *Func) {
	sc := getScratch()
	defer sc.release()
	for changed := true; changed; {
		changed = false
		r := newReplacer(f, sc)
		for _, b := range f.Blocks {
			for _, v := range b.Values {
				if v.Uses == 0 {
					continue
				}
				if src := copySource(v); src != nil {
					r.add(v, src)
					changed = true
				}
			}
		}
		r.apply(f)
	}
}

func copySource(v *Value) *Value {
	switch v.Op {
	case OpCopy:
		return v.Args[0]
	case OpPhi:
		var same *Value
		for _, a := range v.Args {
			if a == v || a == same {
				continue
			}
			if same != nil {
				return nil
			}
			same = a
		}
		return same
	}
	return nil
}

// deadcode removes unreachable blocks and values without uses or effects.
func deadcode(f *Func) {
	sc := getScratch()
	defer sc.release()
	sc.postorder(f)
	reach := sc.seen // the blocks postorder reached
	live := f.Blocks[:0]
	for _, b := range f.Blocks {
		if reach[b.ID] {
			live = append(live, b)
			continue
		}
		for _, s := range b.Succs {
			s.removePred(b)
		}
		b.SetControl(nil)
		for _, v := range b.Values {
			v.ResetArgs()
		}
	}
	f.Blocks = live
	// A dead value goes, and with it the uses it made, which may leave
	// its arguments dead in turn: they go on a worklist. state is 1 for
	// the values in f, 2 for those removed.
	state := grow(sc.state, f.NumValues())
	work := sc.work[:0]
	for _, b := range f.Blocks {
		for _, v := range b.Values {
			state[v.ID] = 1
		}
	}
	removed := false
	remove := func(v *Value) {
		state[v.ID] = 2
		work = append(work, v.Args...)
		v.ResetArgs()
		removed = true
	}
	for _, b := range f.Blocks {
		for _, v := range b.Values {
			if isDead(v) {
				remove(v)
			}
		}
	}
	for len(work) > 0 {
		v := work[len(work)-1]
		work = work[:len(work)-1]
		if state[v.ID] == 1 && isDead(v) {
			remove(v)
		}
	}
	sc.state, sc.work = state, work
	if !removed {
		return
	}
	for _, b := range f.Blocks {
		kept := b.Values[:0]
		for _, v := range b.Values {
			if state[v.ID] != 2 {
				kept = append(kept, v)
			}
		}
		b.Values = kept
	}
}

// isDead reports whether v has no uses (but itself, for a phi) and no
// effects.
func isDead(v *Value) bool {
	return v.Uses == 0 && !v.Op.HasSideEffects() || isSelfOnlyPhi(v)
}

// isSelfOnlyPhi reports whether v is a phi used only by itself.
func isSelfOnlyPhi(v *Value) bool {
	if v.Op != OpPhi {
		return false
	}
	self := int32(0)
	for _, a := range v.Args {
		if a == v {
			self++
		}
	}
	return self > 0 && v.Uses == self
}

// cse merges identical pure values when one dominates the other.
func cse(f *Func) {
	sc := getScratch()
	defer sc.release()
	post := sc.postorder(f)
	idom := sc.dominators(f, post)
	n := 0
	for _, b := range post {
		for _, v := range b.Values {
			if pureForCSE(v) && len(v.Args) <= 3 {
				n++
			}
		}
	}
	t := newCSETable(sc, n)
	r := newReplacer(f, sc)
	for i := len(post) - 1; i >= 0; i-- {
		b := post[i]
		for _, v := range b.Values {
			if !pureForCSE(v) || len(v.Args) > 3 {
				continue
			}
			// Arguments are defined in dominating blocks, visited
			// earlier: take their replacements now so the key is final.
			if len(r.order) > 0 {
				for i, a := range v.Args {
					if w := r.lookup(a); w != nil {
						v.SetArg(i, w)
					}
				}
			}
			slot := t.find(v)
			replaced := false
			for e := t.head[slot]; e >= 0; e = t.entries[e].next {
				if w := t.entries[e].v; w.Block != nil && dominates(idom, w.Block, b) {
					r.add(v, w)
					replaced = true
					break
				}
			}
			if !replaced {
				t.insert(slot, v)
			}
		}
	}
	t.done(sc)
	r.apply(f)
}

func pureForCSE(v *Value) bool {
	switch v.Op {
	case OpConst, OpCoreOff, OpCtx, OpMap, OpNeg, OpNot, OpZext, OpSext, OpGlobal:
		return true
	}
	return v.Op.IsBinary()
}

func reversePostorder(f *Func) []*Block {
	post := f.Postorder()
	for i, j := 0, len(post)-1; i < j; i, j = i+1, j-1 {
		post[i], post[j] = post[j], post[i]
	}
	return post
}
