package ir

// Postorder returns f's reachable blocks in postorder.
func (f *Func) Postorder() []*Block {
	seen := make([]bool, f.NumBlocks())
	var order []*Block
	var walk func(b *Block)
	walk = func(b *Block) {
		seen[b.ID] = true
		for _, s := range b.Succs {
			if !seen[s.ID] {
				walk(s)
			}
		}
		order = append(order, b)
	}
	walk(f.Entry())
	return order
}

// Dominators returns the immediate dominator of every reachable block,
// indexed by block ID (nil for the entry and unreachable blocks), computed
// with the Cooper–Harvey–Kennedy iteration.
func (f *Func) Dominators() []*Block {
	post := f.Postorder()
	num := make([]int, f.NumBlocks())
	for i := range num {
		num[i] = -1
	}
	for i, b := range post {
		num[b.ID] = i
	}
	idom := make([]*Block, f.NumBlocks())
	entry := f.Entry()
	idom[entry.ID] = entry
	intersect := func(a, b *Block) *Block {
		for a != b {
			for num[a.ID] < num[b.ID] {
				a = idom[a.ID]
			}
			for num[b.ID] < num[a.ID] {
				b = idom[b.ID]
			}
		}
		return a
	}
	for changed := true; changed; {
		changed = false
		for i := len(post) - 2; i >= 0; i-- {
			b := post[i]
			var d *Block
			for _, p := range b.Preds {
				if num[p.ID] < 0 || idom[p.ID] == nil {
					continue
				}
				if d == nil {
					d = p
				} else {
					d = intersect(p, d)
				}
			}
			if idom[b.ID] != d {
				idom[b.ID] = d
				changed = true
			}
		}
	}
	idom[entry.ID] = nil
	return idom
}

// dominates reports whether a dominates b given the idom table.
func dominates(idom []*Block, a, b *Block) bool {
	for b != nil {
		if a == b {
			return true
		}
		b = idom[b.ID]
	}
	return false
}
