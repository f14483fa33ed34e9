package sema

import "github.com/bpftc/bpftc/frontend/ast"

// langCall checks the functions of call_stack.go and call_more.go; ok is
// false for the others.
func (c *checker) langCall(e *ast.Call) (t *Type, ok bool) {
	switch e.Name {
	case "kstack", "ustack":
		return c.stackCall(e), true
	}
	return c.moreCall(e)
}
