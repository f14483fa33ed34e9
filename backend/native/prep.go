package native

import "github.com/bpftc/bpftc/ir"

// splitCriticalEdges puts a new block on every edge from a block with
// several successors into a block with phis, so that phi moves have a block
// of their own.
func splitCriticalEdges(f *ir.Func) {
	for _, b := range append([]*ir.Block(nil), f.Blocks...) {
		if len(b.Succs) < 2 {
			continue
		}
		for i, s := range b.Succs {
			if !hasPhi(s) {
				continue
			}
			mid := f.NewBlock()
			mid.Kind = ir.BlockPlain
			b.Succs[i] = mid
			mid.Preds = []*ir.Block{b}
			mid.Succs = []*ir.Block{s}
			for j, p := range s.Preds {
				if p == b {
					s.Preds[j] = mid
					break
				}
			}
		}
	}
}

func hasPhi(b *ir.Block) bool {
	return len(b.Values) > 0 && b.Values[0].Op == ir.OpPhi
}

// spill rewrites f so that v lives in a stack slot: a store after its
// definition and a reload before each use.
func spill(f *ir.Func, v *ir.Value) {
	entry := f.Entry()
	slot := newAlloca(f, 8)
	store := newDetached(f, ir.OpStore, ir.Void, slot, v)
	store.Size = 8
	store.Pos = v.Pos
	insertAfterDef(v, store)
	for _, b := range f.Blocks {
		for i := 0; i < len(b.Values); i++ {
			u := b.Values[i]
			if u == store {
				continue
			}
			for j, a := range u.Args {
				if a != v {
					continue
				}
				if u.Op == ir.OpPhi {
					p := b.Preds[j]
					u.SetArg(j, appendReload(f, p, slot, v.Type))
					continue
				}
				r := reload(f, slot, v.Type)
				r.Pos = u.Pos
				insertBefore(b, i, r)
				i++
				u.SetArg(j, r)
			}
		}
		if b.Control == v {
			b.SetControl(appendReload(f, b, slot, v.Type))
		}
	}
	_ = entry
}

func newAlloca(f *ir.Func, size int64) *ir.Value {
	entry := f.Entry()
	a := newDetached(f, ir.OpAlloca, ir.Ptr)
	a.Aux = size
	a.Block = entry
	// Allocas go first in the entry block, after its phis (it has none).
	entry.Values = append([]*ir.Value{a}, entry.Values...)
	return a
}

// newDetached makes a value in the entry block and removes it again, so the
// caller can place it; ir only exposes appending constructors.
func newDetached(f *ir.Func, op ir.Op, t ir.Type, args ...*ir.Value) *ir.Value {
	entry := f.Entry()
	v := entry.NewValue(op, t, args...)
	entry.Values = entry.Values[:len(entry.Values)-1]
	return v
}

func reload(f *ir.Func, slot *ir.Value, t ir.Type) *ir.Value {
	r := newDetached(f, ir.OpLoad, t, slot)
	r.Size = 8
	return r
}

// appendReload adds a reload at the end of b (before its terminator).
func appendReload(f *ir.Func, b *ir.Block, slot *ir.Value, t ir.Type) *ir.Value {
	r := reload(f, slot, t)
	r.Block = b
	b.Values = append(b.Values, r)
	return r
}

func insertBefore(b *ir.Block, i int, v *ir.Value) {
	v.Block = b
	b.Values = append(b.Values, nil)
	copy(b.Values[i+1:], b.Values[i:])
	b.Values[i] = v
}

// insertAfterDef places s right after v's definition (after all phis when v
// is a phi; at the start of the entry block for ctx).
func insertAfterDef(v *ir.Value, s *ir.Value) {
	b := v.Block
	i := 0
	for i < len(b.Values) && b.Values[i] != v {
		i++
	}
	i++
	for i < len(b.Values) && (b.Values[i].Op == ir.OpPhi || b.Values[i].Op == ir.OpAlloca) {
		i++
	}
	insertBefore(b, i, s)
}
