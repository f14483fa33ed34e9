package sema

import "github.com/bpftc/bpftc/frontend/ast"

// printCall checks print(value) and adds print's warnings; print(@map) is
// left to mapArgCall (ok false).
func (c *checker) printCall(e *ast.Call) (*Type, bool) {
	if c.loops > 0 {
		c.finalWarnf(e, "Due to it's asynchronous nature using 'print()' in a loop can lead to unexpected behavior. The map will likely be updated before the runtime can 'print' it.")
	}
	if len(e.Args) == 0 {
		return nil, false
	}
	if m, isMap := e.Args[0].(*ast.Map); isMap {
		if len(e.Args) > 1 && len(e.Args) <= 3 && len(m.Keys) == 0 {
			if mi := c.maps[m.Name]; mi != nil && mi.Value != nil && mi.Value.Kind == KindStats {
				c.finalWarnf(e, "print()'s top and div arguments are ignored when used on stats() maps.")
			}
		}
		return nil, false
	}
	if !c.varargs(e, 1, 3) {
		return None, true
	}
	t := c.expr(e.Args[0])
	if t == nil {
		c.nonePrint(e)
		return None, true
	}
	if !Printable(t) {
		c.finalErrorf(e, "%s type passed to print() is not printable", t)
		return None, true
	}
	if len(e.Args) != 1 {
		c.errorf(e, "Non-map print() only takes 1 argument, %d found", len(e.Args))
	}
	return None, true
}

// Printable reports whether print() can print a value of type t (0.17's
// IsPrintableTy): anything but nothing, pointers and the args pointer.
func Printable(t *Type) bool {
	switch t.Kind {
	case KindNone, KindPtr, KindArgs:
		return false
	}
	return !t.IsAgg()
}
