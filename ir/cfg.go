package ir

// simplifyCFG skips empty blocks and merges a block into its only
// predecessor when that predecessor has no other successor, so that code
// generation sees fewer jumps.
func simplifyCFG(f *Func) {
	for changed := true; changed; {
		changed = false
		for _, b := range f.Blocks {
			if sameTargets(b) || skipEmpty(f, b) || mergeIntoPred(f, b) {
				changed = true
			}
		}
		if changed {
			removeDetached(f)
		}
	}
}

// skipEmpty points b's predecessors at its successor when b holds nothing.
func skipEmpty(f *Func, b *Block) bool {
	if b == f.Entry() || b.Kind != BlockPlain || len(b.Values) > 0 || len(b.Preds) == 0 {
		return false
	}
	s := b.Succs[0]
	if s == b || hasPhis(s) {
		return false
	}
	for _, p := range b.Preds {
		for i, x := range p.Succs {
			if x == b {
				p.Succs[i] = s
			}
		}
		s.Preds = append(s.Preds, p)
	}
	s.removePred(b)
	b.Preds = nil
	b.Succs = nil
	return true
}

// mergeIntoPred appends b to its only predecessor when it is that block's
// only successor.
func mergeIntoPred(f *Func, b *Block) bool {
	if b == f.Entry() || len(b.Preds) != 1 || hasPhis(b) {
		return false
	}
	p := b.Preds[0]
	if p.Kind != BlockPlain || p == b || p.Succs[0] != b {
		return false
	}
	for _, v := range b.Values {
		v.Block = p
	}
	p.Values = append(p.Values, b.Values...)
	p.Kind = b.Kind
	p.Control = b.Control
	p.Succs = b.Succs
	for _, s := range b.Succs {
		for i, q := range s.Preds {
			if q == b {
				s.Preds[i] = p
			}
		}
	}
	b.Values, b.Control, b.Succs, b.Preds = nil, nil, nil, nil
	return true
}

func hasPhis(b *Block) bool { return len(b.Values) > 0 && b.Values[0].Op == OpPhi }

// removeDetached drops blocks that have been unlinked from the graph.
func removeDetached(f *Func) {
	kept := f.Blocks[:0]
	for _, b := range f.Blocks {
		if b == f.Entry() || len(b.Preds) > 0 {
			kept = append(kept, b)
		}
	}
	f.Blocks = kept
}

// sameTargets turns a branch whose two edges lead to the same block into a
// jump.
func sameTargets(b *Block) bool {
	if b.Kind != BlockIf || b.Succs[0] != b.Succs[1] {
		return false
	}
	s := b.Succs[0]
	// The two edges must carry the same value into every phi.
	first, second := -1, -1
	for i, p := range s.Preds {
		if p == b {
			if first < 0 {
				first = i
			} else if second < 0 {
				second = i
			}
		}
	}
	for _, v := range s.Values {
		if v.Op == OpPhi && second >= 0 && v.Args[first] != v.Args[second] {
			return false
		}
	}
	s.removePred(b)
	b.Succs = b.Succs[:1]
	b.Kind = BlockPlain
	b.SetControl(nil)
	return true
}
