package lower

import (
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/ir"
)

// branch ends the current block with a jump to t when e is true (non-zero)
// and to f otherwise. &&, || and ! become control flow instead of 0/1
// values, so that a condition costs one conditional jump per operand. The
// caller seals t and f.
func (l *lowerer) branch(e ast.Expr, t, f *ir.Block) {
	b := l.b
	switch x := e.(type) {
	case *ast.Binary:
		if x.Op != ast.OpLAnd && x.Op != ast.OpLOr {
			break
		}
		defer l.within(e)()
		defer l.restorePos(l.atExpr(e))
		mid := b.newBlock()
		if x.Op == ast.OpLAnd {
			l.branch(x.X, mid, f)
		} else {
			l.branch(x.X, t, mid)
		}
		b.seal(mid)
		b.setBlock(mid)
		l.branch(x.Y, t, f)
		return
	case *ast.Unary:
		if x.Op == ast.OpLNot {
			defer l.within(e)()
			defer l.restorePos(l.atExpr(e))
			l.branch(x.X, f, t)
			return
		}
	}
	c := l.cond(e)
	b.cur.If(c, t, f)
	b.cur = nil
}

// ifThenCond emits "if cond { then() }" and continues after it.
func (l *lowerer) ifThenCond(cond ast.Expr, then func()) {
	b := l.b
	tb, done := b.newBlock(), b.newBlock()
	l.branch(cond, tb, done)
	b.seal(tb)
	b.setBlock(tb)
	then()
	if b.cur != nil {
		b.cur.Jump(done)
	}
	b.seal(done)
	b.setBlock(done)
}

// ifElseCond emits "if cond { then() } else { els() }" and continues after
// it.
func (l *lowerer) ifElseCond(cond ast.Expr, then, els func()) {
	l.b.ifElseBranch(func(tb, eb *ir.Block) { l.branch(cond, tb, eb) }, then, els)
}
