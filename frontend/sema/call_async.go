package sema

import "github.com/bpftc/bpftc/frontend/ast"

// timeCall checks time([fmt]) (FN-04).
func (c *checker) timeCall(e *ast.Call) *Type {
	if c.varargs(e, 0, 1) && len(e.Args) == 1 {
		c.finalLiteralArg(e, 0, KindString)
	}
	return None
}

// strftimeCall checks strftime(fmt, nsecs): a timestamp (FN-24).
func (c *checker) strftimeCall(e *ast.Call) *Type {
	if c.varargs(e, 2, 2) && c.finalLiteralArg(e, 0, KindString) {
		c.typedArg(e, c.expr(e.Args[1]), KindInt)
	}
	return SpecialType(KindTimestamp, 0)
}

// joinCall checks join(argv [, sep]) (FN-05).
func (c *checker) joinCall(e *ast.Call) *Type {
	if !c.varargs(e, 1, 2) {
		return None
	}
	t := c.expr(e.Args[0])
	if t != nil && !t.IsIntLike() {
		c.finalErrorf(e, "() only supports int or pointer arguments (%s provided)", typeWord(t))
	} else if t != nil {
		c.noteRead(ReadAS(t, c.probe))
	}
	if len(e.Args) == 2 {
		c.finalLiteralArg(e, 1, KindString)
	}
	return None
}
