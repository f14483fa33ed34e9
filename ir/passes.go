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
	for round := 0; round < maxRounds && len(busy) > 0; round++ {
		before := make([]uint64, len(busy))
		for i, f := range busy {
			before[i] = fingerprint(f)
		}
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
		kept := busy[:0]
		for i, f := range busy {
			if fingerprint(f) != before[i] {
				kept = append(kept, f)
			}
		}
		busy = kept
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
	for changed := true; changed; {
		changed = false
		r := newReplacer()
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
	reach := make([]bool, f.NumBlocks())
	for _, b := range f.Postorder() {
		reach[b.ID] = true
	}
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
	for changed := true; changed; {
		changed = false
		for _, b := range f.Blocks {
			kept := b.Values[:0]
			for _, v := range b.Values {
				if v.Uses == 0 && !v.Op.HasSideEffects() || isSelfOnlyPhi(v) {
					v.ResetArgs()
					changed = true
					continue
				}
				kept = append(kept, v)
			}
			b.Values = kept
		}
	}
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
	idom := f.Dominators()
	type key struct {
		op         Op
		t          Type
		aux        int64
		size       int32
		sign       bool
		sym        string
		a0, a1, a2 int
	}
	seen := map[key][]*Value{}
	r := newReplacer()
	for _, b := range reversePostorder(f) {
		for _, v := range b.Values {
			if !pureForCSE(v) || len(v.Args) > 3 {
				continue
			}
			// Arguments are defined in dominating blocks, visited
			// earlier: take their replacements now so the key is final.
			for i, a := range v.Args {
				if w, ok := r.to[a]; ok {
					v.SetArg(i, w)
				}
			}
			k := key{op: v.Op, t: v.Type, aux: v.Aux, size: v.Size, sign: v.Sign, sym: v.Sym, a0: -1, a1: -1, a2: -1}
			ids := []*int{&k.a0, &k.a1, &k.a2}
			for i, a := range v.Args {
				*ids[i] = a.ID
			}
			replaced := false
			for _, w := range seen[k] {
				if w.Block != nil && dominates(idom, w.Block, b) {
					r.add(v, w)
					replaced = true
					break
				}
			}
			if !replaced {
				seen[k] = append(seen[k], v)
			}
		}
	}
	r.apply(f)
}

func pureForCSE(v *Value) bool {
	switch v.Op {
	case OpConst, OpCoreOff, OpCtx, OpMap, OpNeg, OpNot, OpZext, OpSext:
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
