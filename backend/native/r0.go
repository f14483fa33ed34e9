package native

import (
	"github.com/bpftc/bpftc/ir"
	"github.com/cilium/ebpf/asm"
)

// keepInR0 picks helper results that can stay in r0, where the call leaves
// them, instead of being moved to the register the allocator gave them:
// those live across no instruction that uses r0 as the code generator's
// scratch register. A map lookup's pointer, tested and dereferenced right
// after the call, is the usual case; a phi of such results (the entry
// found, or created and looked up again) can stay there too.
func keepInR0(f *ir.Func, l *layout, list []*interval, regs []int, fused map[*ir.Value]bool) map[*ir.Value]bool {
	n := 0
	for _, b := range l.order {
		n = max(n, l.blockEnd[b.ID]+1)
	}
	valueAt := make([]*ir.Value, n)
	endOf := make([]*ir.Block, n)
	for _, b := range l.order {
		for _, v := range b.Values {
			valueAt[l.pos[v.ID]] = v
		}
		endOf[l.blockEnd[b.ID]] = b
	}
	r0 := map[*ir.Value]bool{}
	var chosen []*interval
	ends := map[*ir.Value]int{}
	phiArg := map[*ir.Value]bool{}
	for _, it := range list {
		ends[it.v] = it.end
		if it.v.Op == ir.OpPhi {
			for _, a := range it.v.Args {
				phiArg[a] = true
			}
		}
	}
	// Helper results first, then arithmetic on a value in r0 that dies
	// there (done in place: "r0 >>= 32" instead of "r1 = r0; r1 >>= 32"),
	// then phis all of whose arguments stay in r0, then arithmetic again.
	candidate := func(it *interval, pass int) bool {
		if it.crossCall || it.reg == 0 {
			return false
		}
		v := it.v
		switch pass {
		case 0:
			return v.Op == ir.OpCall
		case 1:
			arith := v.Op.IsBinary() && !v.Op.IsCompare() || v.Op == ir.OpNeg || v.Op == ir.OpNot || v.Op == ir.OpZext || v.Op == ir.OpSext
			return arith && !phiArg[v] && r0[v.Args[0]] && ends[v.Args[0]] == l.pos[v.ID]
		}
		if it.v.Op != ir.OpPhi {
			return false
		}
		for _, a := range it.v.Args {
			if !r0[a] {
				return false
			}
		}
		return true
	}
	// Arithmetic runs again after the phis: on a phi kept in r0 too.
	for _, pass := range [...]int{0, 1, 2, 1} {
		for _, it := range list {
			if !candidate(it, pass) {
				continue
			}
			c := &r0Check{v: it.v, regs: regs, fused: fused, r0: r0}
			if pass == 1 && c.valueUses(it.v) {
				continue
			}
			free := true
			for _, o := range chosen {
				free = free && !overlaps(o, it)
			}
			if free && fitsR0(it, valueAt, endOf, c) {
				r0[it.v] = true
				chosen = append(chosen, it)
			}
		}
	}
	return r0
}

// fitsR0 reports whether nothing within the ranges of it writes r0.
func fitsR0(it *interval, valueAt []*ir.Value, endOf []*ir.Block, c *r0Check) bool {
	for _, r := range it.ranges {
		for p := r[0] + 1; p <= r[1]; p++ {
			u := valueAt[p]
			if u != nil && u.Op == ir.OpCall && p == r[1] {
				// A call taking v last: its argument moves read r0
				// before anything writes it (r0 is no argument register,
				// so parallelMove never breaks a cycle through it then).
				continue
			}
			if u != nil && u != it.v && c.valueUses(u) {
				return false
			}
			if b := endOf[p]; b != nil && c.terminatorUses(b) {
				return false
			}
		}
	}
	return true
}

// r0Check tells whether the code emitted for a value or terminator writes
// r0, given the allocation, when v lives in r0.
type r0Check struct {
	v     *ir.Value
	regs  []int
	fused map[*ir.Value]bool
	r0    map[*ir.Value]bool // values already kept in r0
}

func (c *r0Check) inReg(x *ir.Value) bool {
	return x == c.v || x.ID >= 0 && c.regs[x.ID] != 0
}

func (c *r0Check) reg(x *ir.Value) int {
	if x == c.v || c.r0[x] {
		return int(asm.R0)
	}
	return c.regs[x.ID]
}

// base is emitter.base: an address neither on the stack nor in a register
// is built in r0.
func (c *r0Check) base(p *ir.Value) bool {
	_, stack := stackAddr(p)
	return !stack && !c.inReg(p)
}

// compare is emitter.condJump.
func (c *r0Check) compare(x, y *ir.Value) bool {
	if !c.inReg(x) && c.inReg(y) {
		x, y = y, x
	}
	if !c.inReg(x) {
		return true
	}
	if _, ok := imm32(y); ok {
		return false
	}
	return !c.inReg(y)
}

// valueUses reports whether emitting u writes r0.
func (c *r0Check) valueUses(u *ir.Value) bool {
	switch u.Op {
	case ir.OpConst, ir.OpCoreOff, ir.OpAlloca, ir.OpMap, ir.OpPhi, ir.OpCtx,
		ir.OpCopy, ir.OpNeg, ir.OpNot, ir.OpZext, ir.OpSext:
		return false
	case ir.OpLoad:
		return c.inReg(u) && c.base(u.Args[0])
	case ir.OpStore:
		if _, ok := imm32(u.Args[1]); !ok && !c.inReg(u.Args[1]) {
			return true
		}
		return c.base(u.Args[0])
	case ir.OpZero:
		return c.base(u.Args[0])
	case ir.OpMemcpy, ir.OpCall:
		return true
	}
	if u.Op.IsCompare() {
		if c.fused[u] || !c.inReg(u) {
			return false
		}
		return c.compare(u.Args[0], u.Args[1])
	}
	if u.Op.IsBinary() {
		if !c.inReg(u) {
			return false
		}
		return c.binary(u)
	}
	return true
}

// binary is the case analysis of emitter.binary.
func (c *r0Check) binary(u *ir.Value) bool {
	x, y := u.Args[0], u.Args[1]
	if u.Op.IsCommutative() && !c.inReg(x) && c.inReg(y) {
		x, y = y, x
	}
	d := c.reg(u)
	yInReg := c.inReg(y)
	_, yImm := imm32(y)
	switch {
	case y.Op == ir.OpCoreOff && u.Op == ir.OpAdd && !(yInReg && d == c.reg(y)):
		return false
	case yImm:
		return false
	case yInReg && d != c.reg(y):
		return false
	case yInReg && u.Op.IsCommutative() && c.inReg(x):
		return false
	case yInReg && u.Op == ir.OpSub && negAddable(x, y, c.inReg(x)):
		return false
	}
	return true
}

// terminatorUses reports whether ending b writes r0.
func (c *r0Check) terminatorUses(b *ir.Block) bool {
	switch b.Kind {
	case ir.BlockRet:
		return b.Control != c.v
	case ir.BlockIf:
		ctl := b.Control
		if c.fused[ctl] {
			return c.compare(ctl.Args[0], ctl.Args[1])
		}
		return !c.inReg(ctl)
	}
	return c.phiMovesCycle(b, b.Succs[0])
}

// phiMovesCycle reports whether the phi moves on the edge b->s form a
// cycle, which emitter.parallelMove breaks through r0.
func (c *r0Check) phiMovesCycle(b, s *ir.Block) bool {
	k := indexOf(s.Preds, b)
	type rmove struct{ dst, src int }
	var moves []rmove
	for _, v := range s.Values {
		if v.Op != ir.OpPhi {
			break
		}
		if a := v.Args[k]; c.inReg(v) && c.inReg(a) && c.reg(a) != c.reg(v) {
			moves = append(moves, rmove{c.reg(v), c.reg(a)})
		}
	}
	for len(moves) > 0 {
		progressed := false
		for i := 0; i < len(moves); i++ {
			blocked := false
			for j, o := range moves {
				if j != i && o.src == moves[i].dst {
					blocked = true
					break
				}
			}
			if !blocked {
				moves = append(moves[:i], moves[i+1:]...)
				i--
				progressed = true
			}
		}
		if !progressed {
			return true
		}
	}
	return false
}
