package sema

import (
	"github.com/bpftc/bpftc/frontend/ast"
)

// call checks a function call; stmt says it is used as a statement.
func (c *checker) call(e *ast.Call, stmt bool) *Type {
	if _, ok := aggFuncs[e.Name]; ok {
		c.errorf(e, "%s() should be directly assigned to a map", e.Name)
		return nil
	}
	if t, ok := c.extCall(e); ok {
		return t
	}
	switch e.Name {
	case "reg":
		return c.reg(e)
	case "printf":
		c.printf(e)
		return None
	case "exit":
		if len(e.Args) != 0 {
			c.errorf(e, "exit() takes up to 0 arguments (%d provided)", len(e.Args))
		}
		return None
	case "delete":
		if len(e.Args) != 1 {
			c.errorf(e, "delete() requires 1 argument (%d provided)", len(e.Args))
			return None
		}
		m, ok := e.Args[0].(*ast.Map)
		if !ok {
			c.errorf(e, "delete() expects a map to be provided")
			return None
		}
		c.mapRef(m)
		return None
	case "clear", "zero", "print":
		c.mapArgCall(e)
		return None
	}
	c.errorf(e, "Unknown function: '%s'", e.Name)
	return nil
}

// mapRef checks a map named in a call.
func (c *checker) mapRef(m *ast.Map) *MapInfo {
	if len(m.Keys) > 0 {
		c.mapKeys(m)
	}
	mi := c.maps[m.Name]
	if mi == nil || mi.Value == nil {
		c.errorf(m, "Undefined map: %s", m.Name)
		return nil
	}
	return mi
}

// mapArgCall checks clear(@m), zero(@m), print(@m[, top[, div]]).
func (c *checker) mapArgCall(e *ast.Call) {
	maxArgs := 1
	if e.Name == "print" {
		maxArgs = 3
	}
	if len(e.Args) < 1 {
		c.errorf(e, "%s() requires at least one argument (0 provided)", e.Name)
		return
	}
	if len(e.Args) > maxArgs {
		c.errorf(e, "%s() takes up to %d arguments (%d provided)", e.Name, maxArgs, len(e.Args))
		return
	}
	m, ok := e.Args[0].(*ast.Map)
	if !ok {
		if e.Name == "print" {
			if c.expr(e.Args[0]) != nil {
				c.errorf(e, "print() of values is not supported yet by bpftc")
			}
		} else {
			c.errorf(e, "%s() expects a map to be provided", e.Name)
		}
		return
	}
	if len(m.Keys) > 0 {
		c.errorf(e, "The map passed to %s() should not be indexed by a key", e.Name)
		return
	}
	c.mapRef(m)
	for _, a := range e.Args[1:] {
		if _, ok := a.(*ast.Integer); !ok {
			c.errorf(a, "%s() expects integer literals as top and div arguments", e.Name)
		}
	}
}

// aggCall checks count(), sum(), hist(), ... and returns the map value type.
func (c *checker) aggCall(e *ast.Call) *Type {
	kind := aggFuncs[e.Name]
	want := 1
	switch kind {
	case KindCount:
		want = 0
	case KindLhist:
		want = 4
	}
	if len(e.Args) != want {
		switch want {
		case 0:
			c.errorf(e, "%s() takes up to 0 arguments (%d provided)", e.Name, len(e.Args))
		case 1:
			c.errorf(e, "%s() requires one argument (%d provided)", e.Name, len(e.Args))
		default:
			c.errorf(e, "%s() requires %d arguments (%d provided)", e.Name, want, len(e.Args))
		}
		return nil
	}
	t := &Type{Kind: kind, Size: 8}
	if want > 0 {
		at := c.expr(e.Args[0])
		if at == nil {
			return nil
		}
		if at.Kind != KindInt {
			c.errorf(e, "%s() only supports integer arguments (%s provided)", e.Name, at.Kind.word())
			return nil
		}
		t.Signed = at.Signed
	}
	if kind == KindLhist {
		var vals [3]int64
		for i, a := range e.Args[1:] {
			v, ok := c.constInt(a)
			if !ok {
				c.errorf(e, "lhist() expects literal integer arguments")
				return nil
			}
			vals[i] = v
		}
		t.Min, t.Max, t.Step = vals[0], vals[1], vals[2]
		ok := true
		bad := func(format string, args ...any) {
			c.errorf(e, format, args...)
			ok = false
		}
		if t.Step < 1 {
			bad("lhist() step must be >= 1 (%d provided)", t.Step)
		}
		if t.Min < 0 {
			bad("lhist() min must be non-negative (provided min %d)", t.Min)
		}
		if t.Min > t.Max {
			bad("lhist() min must be less than max (provided min %d and max %d)", t.Min, t.Max)
		}
		if t.Max-t.Min < t.Step {
			bad("lhist() step is too large for the given range (provided step %d for range %d)", t.Step, t.Max-t.Min)
		}
		if t.Step >= 1 && (t.Max-t.Min)/t.Step > 1000 {
			bad("lhist() too many buckets, must be <= 1000 (would need %d)", (t.Max-t.Min)/t.Step)
		}
		if !ok {
			return nil
		}
	}
	return t
}
