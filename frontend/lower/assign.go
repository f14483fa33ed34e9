package lower

import (
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/ir"
)

// assignVarTyped lowers assignments to integer, pointer and record or
// array variables (those holding an address); it reports false for the
// other variables, which live in stack buffers.
func (l *lowerer) assignVarTyped(s *ast.AssignVar) bool {
	b := l.b
	name := s.Var.Name
	t := l.varType[name]
	switch {
	case t.Kind == sema.KindArgs:
		// Nothing to store: a variable holding a tracepoint's args is
		// read as args is, from the probe's context (BIV-20).
		return true
	case t.Kind == sema.KindInt || t.Kind == sema.KindPtr:
		if s.Op == ast.OpAssign {
			l.assignInt(name, t, s.Value)
			return true
		}
		// x op= v is x = x op v, a 64-bit value: bpftrace 0.17 drops it
		// when x is narrower.
		var v *ir.Value
		if t.Kind == sema.KindPtr {
			v = l.arith(s.Op, b.readVar(name), l.compoundOperand(t, s.Value))
		} else {
			v = l.arith(s.Op, b.readVar(name), l.expr(s.Value))
		}
		if t.Size >= 8 {
			b.writeVar(name, v)
		}
		return true
	case t.IsAggregate() && !t.Internal:
		if vt := l.info.Types[s.Value]; vt.IsAggregate() {
			a := l.aggAddr(s.Value)
			if !a.internal {
				b.writeVar(name, l.extAddr(a, 0))
			}
		}
		return true
	}
	return false
}

// mapValueWriter writes the value of e into an integer map's value slot:
// extended from its width by the map's signedness, as bpftrace 0.17 does.
func (l *lowerer) mapValueWriter(ml *mapLayout, e ast.Expr, size int) keyWriter {
	if v := ml.info.Value; v.Kind == sema.KindInt && l.info.Types[e].Kind == sema.KindInt {
		return func(dst *ir.Value, off int64) { l.b.store(dst, off, 8, l.mapIntValue(e, v.Signed)) }
	}
	return l.writer(e, size)
}

// discardTernary lowers a ternary used as a statement whose branches have
// no value (c ? printf(...) : printf(...)); it reports false otherwise.
func (l *lowerer) discardTernary(e ast.Expr) bool {
	te, ok := e.(*ast.Ternary)
	if !ok {
		return false
	}
	if t := l.info.Types[e]; t != nil && t.Kind != sema.KindNone {
		return false
	}
	branch := func(x ast.Expr) func() {
		return func() {
			if c, ok := x.(*ast.Call); ok {
				l.callStmt(c)
				return
			}
			l.discard(x)
		}
	}
	l.ifElseCond(te.Cond, branch(te.Then), branch(te.Else))
	return true
}
