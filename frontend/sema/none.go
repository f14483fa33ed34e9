package sema

import (
	"strings"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/source"
)

// Expressions bpftrace 0.17 leaves with the none type after an error go on
// through its checker and draw more errors from their parents. The usual
// source is a float literal: 0.17 has no floating point and reads 1.5 as
// the integer 1 followed by the tuple index 5.

// isNone reports whether e was left without a type by an error bpftrace
// 0.17 goes on from (see markNone).
func (c *checker) isNone(e ast.Expr) bool {
	return c.typeState().none[e]
}

// badTupleIndex reports the index e of a value of type t that is not a
// tuple (nil for none) and leaves e without a type.
func (c *checker) badTupleIndex(e *ast.TupleIndex, t *Type) {
	name := "none"
	if t != nil {
		name = t.String()
	}
	c.errorf(e, "Can not access index %d on expression of type '%s'", e.Index, name)
	c.markNone(e)
}

// noneBinary reports a binary operation with a none operand against a
// value of another type, as bpftrace 0.17's last pass does; xt and yt are
// the operands' types, nil when they have none.
func (c *checker) noneBinary(e *ast.Binary, xt, yt *Type) {
	both := span(e.X.Loc(), e.Y.Loc())
	switch {
	case xt == nil && c.isNone(e.X) && yt != nil && yt.Kind != KindPtr:
		c.errorAt(both, "Type mismatch for '%s': comparing 'none' with '%s'", e.Op, yt)
	case yt == nil && c.isNone(e.Y) && xt != nil && xt.Kind != KindPtr:
		c.errorAt(both, "Type mismatch for '%s': comparing '%s' with 'none'", e.Op, xt)
	}
}

// noneCondition reports an if whose condition has no type.
func (c *checker) noneCondition(s *ast.If) {
	if c.isNone(s.Cond) {
		c.errorf(s, "Invalid condition in if(): none")
		c.noteLate(s.Loc(), "Invalid condition in if(): none", s.Cond.Loc())
	}
}

// noneKey reports a map key k without a type, with bpftrace 0.17's words
// (its message names no type).
func (c *checker) noneKey(k ast.Expr) {
	if c.isNone(k) {
		c.errorf(k, "Invalid expression for assignment: ")
	}
}

// nonePrint reports print(v) of a value v without a type.
func (c *checker) nonePrint(e *ast.Call) {
	if c.isNone(e.Args[0]) {
		c.errorf(e, "none type passed to print() is not printable")
	}
}

// lateDiag is an error bpftrace 0.17 reports after the errors of an
// expression although it lies to their left, which the sort by position
// cannot know: noneAssign's undefined target, reported just before its
// "Invalid expression for assignment: none", and an if's condition error,
// reported at the start of the file after the condition's own errors.
type lateDiag struct {
	at   source.Span
	msg  string
	expr source.Span
}

// noteLate records that the error at span at whose message begins with
// msg follows the errors inside expr (see orderLate).
func (c *checker) noteLate(at source.Span, msg string, expr source.Span) {
	if !c.quiet {
		ts := c.typeState()
		ts.late = append(ts.late, lateDiag{at, msg, expr})
	}
}

// orderLate moves each recorded late error to just after the last error
// inside its expression (for noneAssign, that is just before the
// "Invalid expression for assignment: none" at the value itself).
func (c *checker) orderLate() {
	if c.ts == nil {
		return
	}
	for _, l := range c.ts.late {
		i, j := -1, -1
		for k, d := range c.diags {
			if i < 0 && d.Span == l.at && strings.HasPrefix(d.Msg, l.msg) {
				i = k
			} else if i >= 0 && d.Start >= l.expr.Start && d.End <= l.expr.End {
				if d.Span == l.expr && d.Msg == "Invalid expression for assignment: none" {
					break
				}
				j = k
			}
		}
		if i < 0 || j < 0 {
			continue
		}
		d := c.diags[i]
		copy(c.diags[i:j], c.diags[i+1:j+1])
		c.diags[j] = d
	}
}
