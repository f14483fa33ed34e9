package sema

import "github.com/bpftc/bpftc/frontend/ast"

// unwatchCall checks unwatch(addr) (FN-33): an integer address whose
// watchpoints the loader removes. Its value has bpftrace's none type:
// assigning it reports what bpftrace 0.17 reports for such a value.
func (c *checker) unwatchCall(e *ast.Call) *Type {
	if c.nargs(e, 1) {
		c.typedArg(e, c.expr(e.Args[0]), KindInt)
	}
	c.markNone(e)
	return nil
}
