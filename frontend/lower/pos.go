package lower

import "github.com/bpftc/bpftc/frontend/ast"

// Source positions: every IR value carries the byte offset of the
// statement or expression it implements, which the backends pass on to
// the object's line info (bpftool's "linum" dumps, verifier errors mapped
// back to the script).

// atExpr makes e's position that of the values emitted next and returns
// the position to restore when e is lowered.
func (l *lowerer) atExpr(e ast.Expr) int32 {
	old := l.b.pos
	if e != nil {
		l.b.pos = int32(e.Span().Start)
	}
	return old
}

// restorePos goes back to a position saved by atExpr.
func (l *lowerer) restorePos(pos int32) { l.b.pos = pos }
