package ir

// Postorder returns f's reachable blocks in postorder.
func (f *Func) Postorder() []*Block {
	sc := getScratch()
	post := append([]*Block(nil), sc.postorder(f)...)
	sc.release()
	return post
}

// postFrame is a block on postorder's stack and the index of the next
// successor to visit.
type postFrame struct {
	b    *Block
	next int
}

// postorder returns f's reachable blocks in postorder, in sc.post: a
// depth-first walk that visits successors in order, without recursion.
func (sc *scratch) postorder(f *Func) []*Block {
	seen := grow(sc.seen, f.NumBlocks())
	stack := append(sc.frames[:0], postFrame{b: f.Entry()})
	order := sc.post[:0]
	seen[f.Entry().ID] = true
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		if top.next < len(top.b.Succs) {
			s := top.b.Succs[top.next]
			top.next++
			if !seen[s.ID] {
				seen[s.ID] = true
				stack = append(stack, postFrame{b: s})
			}
			continue
		}
		order = append(order, top.b)
		stack = stack[:len(stack)-1]
	}
	sc.seen, sc.frames, sc.post = seen, stack, order
	return order
}

// Dominators returns the immediate dominator of every reachable block,
// indexed by block ID (nil for the entry and unreachable blocks), computed
// with the Cooper–Harvey–Kennedy iteration.
func (f *Func) Dominators() []*Block {
	sc := getScratch()
	idom := append([]*Block(nil), sc.dominators(f, sc.postorder(f))...)
	sc.release()
	return idom
}

// dominators is Dominators given f's postorder, in sc.idom.
func (sc *scratch) dominators(f *Func, post []*Block) []*Block {
	num := grow(sc.num, f.NumBlocks())
	for i := range num {
		num[i] = -1
	}
	for i, b := range post {
		num[b.ID] = int32(i)
	}
	idom := grow(sc.idom, f.NumBlocks())
	sc.num, sc.idom = num, idom
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

// Layout lists f's reachable blocks in reverse postorder, visiting the
// "then" side of a branch first so that it usually falls through: the
// order both backends emit blocks in.
func (f *Func) Layout() []*Block {
	seen := make([]bool, f.NumBlocks())
	var post []*Block
	var walk func(b *Block)
	walk = func(b *Block) {
		seen[b.ID] = true
		for i := len(b.Succs) - 1; i >= 0; i-- {
			if s := b.Succs[i]; !seen[s.ID] {
				walk(s)
			}
		}
		post = append(post, b)
	}
	walk(f.Entry())
	for i, j := 0, len(post)-1; i < j; i, j = i+1, j-1 {
		post[i], post[j] = post[j], post[i]
	}
	return post
}
