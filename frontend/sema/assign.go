package sema

import (
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/source"
)

// compound types the value of the compound assignment "x op= v", which
// bpftrace 0.17 parses as "x = x op v" with the binary operation located
// at the operator; old is x's type and val v's. It returns nil after an
// error.
func (c *checker) compound(x ast.Expr, op ast.Op, opAt source.Span, v ast.Expr, old, val *Type) *Type {
	if old == nil {
		if val.Kind == KindInt {
			// bpftrace 0.17 reads a map not yet assigned as a none
			// value, which is not signed, so "@m -= 7" makes @m an
			// unsigned int64 (it prints 18446744073709551609).
			return IntType(8, false)
		}
		return val
	}
	b := &ast.Binary{Base: ast.BaseAt(opAt), Op: op, X: x, Y: v}
	c.info.Types[x] = old
	if old.Kind == KindPtr || val.Kind == KindPtr {
		t := c.binaryPtr(b, old, val)
		if t == nil {
			// bpftrace goes on with a none value, which the assignment
			// then rejects.
			switch x := x.(type) {
			case *ast.Map:
				c.errorf(x, "Type mismatch for %s: trying to assign value of type 'none' when map already contains a value of type '%s", x.Name, old)
			case *ast.Var:
				c.errorAt(span(x.Loc(), v.Span()), "Type mismatch for %s: trying to assign value of type 'none' when variable already contains a value of type '%s'", x.Name, old)
			}
		}
		return t
	}
	if old.Kind != KindInt || val.Kind != KindInt {
		// bpftrace reports the mismatch of the assignment instead.
		return IntType(8, old.Signed && val.Signed)
	}
	c.binaryInt(b, old, val)
	signed := old.Signed && val.Signed
	if op == ast.OpShl || op == ast.OpShr {
		signed = old.Signed
	}
	return IntType(8, signed)
}

// assignVarType records or checks the type of variable s.Var assigned a
// value of type val; old is its type so far. Integer variables keep the
// size of their first value, as in bpftrace 0.17.
func (c *checker) assignVarType(s *ast.AssignVar, old, val *Type) {
	name := s.Var.Name
	switch {
	case old == nil:
		c.vars[name] = val
		return
	case old.Kind == KindString && val.Kind == KindString:
		if val.Size > old.Size {
			c.vars[name] = val
		}
		return
	case old.Kind == KindTuple && val.Kind == KindTuple:
		if !old.Equal(val) {
			c.errorf(s, "Type mismatch for %s: trying to assign value of type '%s' when variable already contains a value of type '%s'", name, val, old)
		}
		return
	case !old.SameType(val):
		c.errorf(s, "Type mismatch for %s: trying to assign value of type '%s' when variable already contains a value of type '%s'", name, val, old)
	}
	if val.Kind == KindRecord && val.Name != old.Name {
		c.errorf(s, "Type mismatch for %s: trying to assign value of type '%s' when variable already contains a value of type '%s", name, val.Name, old)
	}
}

// keyType is the type a map key part of type t is stored as, or nil when t
// cannot be a key: integers are widened to 64 bits (and typed unsigned, as
// bpftrace 0.17 compares keys), pointers, records and arrays stay as they
// are.
func keyType(t *Type) *Type {
	switch t.Kind {
	case KindInt:
		return Uint64
	case KindPtr, KindRecord, KindArray:
		return t
	}
	return nil
}

// keyRead notes the read that copying a record or array key makes.
func (c *checker) keyRead(t *Type) {
	if t.IsAggregate() && !t.Internal {
		c.noteRead(t.AS)
	}
}

// markNone notes that e has no type after an error bpftrace 0.17 reports
// only in its last pass, where it goes on with the none type.
func (c *checker) markNone(e ast.Expr) {
	ts := c.typeState()
	if ts.none == nil {
		ts.none = map[ast.Expr]bool{}
	}
	ts.none[e] = true
}

// noneAssign adds the errors bpftrace 0.17 reports when such a none value
// is assigned to a new variable or map.
func (c *checker) noneAssign(target ast.Expr, name string, value ast.Expr, at source.Span) {
	if !c.typeState().none[value] {
		return
	}
	if _, isMap := target.(*ast.Map); isMap {
		if mi := c.maps[name]; mi != nil && mi.Value != nil {
			return
		}
		c.errorAt(at, "Undefined map: %s", name)
	} else {
		if c.vars[name] != nil {
			return
		}
		c.errorAt(at, "Undefined variable: %s", name)
	}
	c.errorf(value, "Invalid expression for assignment: none")
	c.noteLate(at, "Undefined ", value.Loc())
}
