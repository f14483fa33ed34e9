package ir

// mergeReturns points every branch to a block that only returns a
// constant at one block returning that constant, so that a function has
// one "return 0" instead of one per early exit. The block kept has its
// constant from itself or the entry block, which dominates every block.
func mergeReturns(f *Func) {
	first := map[int64]*Block{}
	merged := false
	for _, b := range f.Blocks {
		if b.Kind != BlockRet || b.Control.Op != OpConst || b == f.Entry() {
			continue
		}
		if len(b.Values) > 1 || len(b.Values) == 1 && b.Values[0] != b.Control {
			continue
		}
		keep, ok := first[b.Control.Aux]
		if !ok {
			// Only a block whose constant is defined in itself or in the
			// entry block can take other blocks' predecessors: a constant
			// from another block would not dominate theirs.
			if len(b.Values) == 1 || b.Control.Block == f.Entry() {
				first[b.Control.Aux] = b
			}
			continue
		}
		for _, p := range b.Preds {
			for i, s := range p.Succs {
				if s == b {
					p.Succs[i] = keep
				}
			}
			keep.Preds = append(keep.Preds, p)
		}
		b.Preds = nil
		b.SetControl(nil)
		for _, v := range b.Values {
			v.ResetArgs()
		}
		b.Values = nil
		merged = true
	}
	if merged {
		removeDetached(f)
	}
}
