package ir

// maxThreadValues bounds the non-constant values a block may hold to be
// copied into its predecessors by threadJumps.
const maxThreadValues = 2

// threadJumps copies a small block that ends in a branch on its phis into
// each predecessor that jumps to it unconditionally, so that the branch
// tests the value that comes in along that edge: a phi of constants (a map
// read's 0 on a miss, a boolean built by && or ||) then folds into a jump
// straight to the right successor, and the phi's moves disappear.
func threadJumps(f *Func) {
	for _, b := range f.Blocks {
		if !threadable(f, b) {
			continue
		}
		hoistConsts(f, b)
		for i := 0; i < len(b.Preds); {
			p := b.Preds[i]
			if p.Kind != BlockPlain || p == b || !argsFromOutside(b, i) {
				i++
				continue
			}
			threadInto(p, b, i)
		}
	}
}

// threadable reports whether b branches on a value computed from its phis
// by at most maxThreadValues cheap operations, none of them used outside b.
func threadable(f *Func, b *Block) bool {
	if b == f.Entry() || b.Kind != BlockIf || len(b.Preds) == 0 || !hasPhis(b) {
		return false
	}
	for _, s := range b.Succs {
		if s == b {
			return false
		}
	}
	inB := map[*Value]int32{}
	for _, v := range b.Values {
		for _, a := range v.Args {
			if a.Block == b {
				inB[a]++
			}
		}
	}
	if b.Control.Block == b {
		inB[b.Control]++
	}
	n := 0
	for _, v := range b.Values {
		if inB[v] != v.Uses && v.Op != OpConst {
			return false
		}
		switch {
		case v.Op == OpPhi, v.Op == OpConst:
		case v.Op.IsBinary(), v.Op == OpCopy, v.Op == OpNeg, v.Op == OpNot, v.Op == OpZext, v.Op == OpSext:
			n++
		default:
			return false
		}
	}
	return n <= maxThreadValues
}

// argsFromOutside reports whether no phi of b takes a value defined in b
// along the edge from its i-th predecessor (a loop around b).
func argsFromOutside(b *Block, i int) bool {
	for _, v := range b.Values {
		if v.Op != OpPhi {
			break
		}
		if v.Args[i].Block == b {
			return false
		}
	}
	return true
}

// threadInto copies b's values into p, its i-th predecessor, which jumps to
// b, and ends p with b's branch instead of the jump.
func threadInto(p, b *Block, i int) {
	m := map[*Value]*Value{}
	mapped := func(v *Value) *Value {
		if w, ok := m[v]; ok {
			return w
		}
		return v
	}
	for _, v := range b.Values {
		if v.Op == OpPhi {
			m[v] = v.Args[i]
			continue
		}
		args := make([]*Value, len(v.Args))
		for j, a := range v.Args {
			args[j] = mapped(a)
		}
		w := p.NewValue(v.Op, v.Type, args...)
		w.Aux, w.Size, w.Sign, w.Sym, w.Pos = v.Aux, v.Size, v.Sign, v.Sym, v.Pos
		m[v] = w
	}
	p.Succs = nil
	p.Kind = BlockIf
	p.SetControl(mapped(b.Control))
	for k, s := range b.Succs {
		// The edge b->s: the k-th occurrence of b among s's preds when
		// both of b's edges lead to s.
		occ := 0
		for _, x := range b.Succs[:k] {
			if x == s {
				occ++
			}
		}
		j := -1
		for n := 0; n <= occ; n++ {
			j = nextPred(s, b, j+1)
		}
		p.Succs = append(p.Succs, s)
		s.Preds = append(s.Preds, p)
		for _, v := range s.Values {
			if v.Op != OpPhi {
				break
			}
			v.AddArg(mapped(v.Args[j]))
		}
	}
	b.removePred(p)
}

// nextPred returns the index of the first occurrence of p in s.Preds at or
// after from, or -1.
func nextPred(s, p *Block, from int) int {
	for i := from; i < len(s.Preds); i++ {
		if s.Preds[i] == p {
			return i
		}
	}
	return -1
}

// hoistConsts moves the constants of b that are used outside it to the end
// of the entry block, so that they outlive b when threading leaves it
// unreachable.
func hoistConsts(f *Func, b *Block) {
	entry := f.Entry()
	if b == entry {
		return
	}
	inB := map[*Value]int32{}
	for _, v := range b.Values {
		for _, a := range v.Args {
			inB[a]++
		}
	}
	if b.Control != nil {
		inB[b.Control]++
	}
	kept := b.Values[:0]
	for _, v := range b.Values {
		if v.Op == OpConst && inB[v] != v.Uses {
			v.Block = entry
			entry.Values = append(entry.Values, v)
			continue
		}
		kept = append(kept, v)
	}
	b.Values = kept
}
