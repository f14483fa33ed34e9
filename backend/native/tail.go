package native

import "github.com/bpftc/bpftc/ir"

// shareReturns ends each block that computes something and then returns a
// constant with a jump to a block that only returns that constant, when
// there is one: "mov r0, c; exit" takes two slots, a jump one and a fall
// through none. ir's mergeReturns already joins the blocks that do nothing
// but return.
func shareReturns(f *ir.Func) {
	tails := map[int64]*ir.Block{}
	for _, b := range f.Blocks {
		if b.Kind == ir.BlockRet && b.Control.Op == ir.OpConst && onlyConsts(b) && b != f.Entry() {
			if _, ok := tails[b.Control.Aux]; !ok {
				tails[b.Control.Aux] = b
			}
		}
	}
	if len(tails) == 0 {
		return
	}
	for _, b := range f.Blocks {
		if b.Kind != ir.BlockRet || b.Control.Op != ir.OpConst || onlyConsts(b) {
			continue
		}
		t := tails[b.Control.Aux]
		if t == nil || t == b {
			continue
		}
		b.SetControl(nil)
		b.Jump(t)
	}
}

// onlyConsts reports whether b's values emit no code.
func onlyConsts(b *ir.Block) bool {
	for _, v := range b.Values {
		if v.Op != ir.OpConst {
			return false
		}
	}
	return true
}
