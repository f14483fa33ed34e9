package sema

import (
	"github.com/bpftc/bpftc/frontend/ast"
)

// builtinTypes are the types of the builtin variables bpftc supports.
var builtinTypes = map[string]*Type{
	"pid": Uint64, "tid": Uint64, "uid": Uint64, "gid": Uint64, "nsecs": Uint64,
	"cpu": Uint64, "rand": Uint64, "cgroup": Uint64, "numaid": Uint64, "curtask": Uint64,
	"comm": StringType(16),
}

// expr checks e and returns its type, or nil after an error.
func (c *checker) expr(e ast.Expr) *Type {
	t := c.exprType(e)
	if t != nil {
		c.info.Types[e] = t
	}
	return t
}

func (c *checker) exprType(e ast.Expr) *Type {
	switch e := e.(type) {
	case *ast.Integer:
		return Int64
	case *ast.String:
		return StringType(len(e.Value) + 1)
	case *ast.Builtin:
		return c.builtin(e)
	case *ast.Positional:
		if _, ok := c.positionalInt(e); !ok {
			return nil
		}
		return Int64
	case *ast.PositionalCount:
		return Int64
	case *ast.Var:
		t := c.vars[e.Name]
		if t == nil {
			c.errorf(e, "Undefined or undeclared variable: %s", e.Name)
		}
		return t
	case *ast.Map:
		keys := c.mapKeys(e)
		_ = keys
		mi := c.maps[e.Name]
		if mi == nil || mi.Value == nil {
			if c.quiet {
				// Maybe assigned later, as in @n = @n + 1: guess an
				// integer so the assignment can type the map.
				return Int64
			}
			c.errorf(e, "Undefined map: %s", e.Name)
			return nil
		}
		return mi.Value
	case *ast.Binary:
		return c.binary(e)
	case *ast.Unary:
		return c.unary(e)
	case *ast.Ternary:
		ct := c.expr(e.Cond)
		tt, et := c.expr(e.Then), c.expr(e.Else)
		if ct == nil || tt == nil || et == nil {
			return nil
		}
		if ct.Kind != KindInt {
			c.errorf(e, "Invalid condition in ternary: %s", ct.Kind.word())
			return nil
		}
		if tt.Kind != et.Kind {
			c.errorf(e, "Ternary operator must return the same type: have '%s' and '%s'", tt.Kind.word(), et.Kind.word())
			return nil
		}
		if tt.Kind == KindString {
			return StringType(max(tt.Size, et.Size))
		}
		if tt.Kind == KindInt {
			return IntType(8, tt.Signed && et.Signed)
		}
		return tt
	case *ast.Field:
		return c.field(e)
	case *ast.Cast:
		return c.cast(e)
	case *ast.Tuple:
		t := &Type{Kind: KindTuple}
		for _, x := range e.Elems {
			et := c.expr(x)
			if et == nil {
				return nil
			}
			if et.Kind == KindInt {
				et = IntType(8, et.Signed)
			}
			t.Elems = append(t.Elems, et)
		}
		t.Size = t.StorageSize()
		return t
	case *ast.TupleIndex:
		t := c.expr(e.X)
		if t == nil {
			return nil
		}
		if t.Kind != KindTuple {
			c.errorf(e, "Can not access index '%d' on expression of type '%s'", e.Index, t)
			return nil
		}
		if e.Index < 0 || int(e.Index) >= len(t.Elems) {
			c.errorf(e, "Invalid tuple index: %d. Found %d elements in tuple.", e.Index, len(t.Elems))
			return nil
		}
		return t.Elems[e.Index]
	case *ast.Call:
		return c.call(e, false)
	case *ast.Identifier:
		c.errorf(e, "Unknown identifier: '%s'", e.Name)
		return nil
	}
	c.errorf(e, "this expression is not supported yet by bpftc")
	return nil
}

func (c *checker) builtin(e *ast.Builtin) *Type {
	if e.Name == "args" {
		for _, a := range c.probe.Attach {
			if a.Format == nil {
				c.errorf(e, "The args builtin can only be used with tracepoint/kfunc/uprobeprobes (%s used here)", a.Provider)
				return nil
			}
		}
		if c.probe.Args == nil {
			c.errorf(e, "The args builtin can only be used with tracepoint/kfunc/uprobeprobes (%s used here)", c.probeKind())
			return nil
		}
		return &Type{Kind: KindArgs}
	}
	if t, ok := builtinTypes[e.Name]; ok {
		return t
	}
	c.errorf(e, "builtin %s is not supported yet by bpftc", e.Name)
	return nil
}

func (c *checker) probeKind() string {
	if len(c.probe.Attach) > 0 {
		return c.probe.Attach[0].Provider
	}
	return "none"
}

// field types args->name for tracepoints.
func (c *checker) field(e *ast.Field) *Type {
	xt := c.expr(e.X)
	if xt == nil {
		return nil
	}
	if xt.Kind != KindArgs {
		c.errorf(e, "Can not access field '%s' on type '%s'", e.Name, xt)
		return nil
	}
	if !e.Arrow {
		c.errorf(e, "Can not access field '%s' on type 'args'. Try dereferencing it first, or using '->'", e.Name)
		return nil
	}
	var ft *Type
	for i, a := range c.probe.Attach {
		f := a.Format.Field(e.Name)
		if f == nil {
			if len(e.Name) > 7 && e.Name[:7] == "common_" {
				c.errorf(e, "BPF does not support accessing common tracepoint fields")
			} else {
				c.errorf(e, "Struct/union of type 'struct _tracepoint_%s' does not contain a field named '%s'", tpStructName(a.Target), e.Name)
			}
			return nil
		}
		if i > 0 {
			if first := c.probe.Args.Field(e.Name); first == nil || *first != *f {
				c.errorf(e, "args->%s has a different layout in %s than in %s", e.Name, a.Name, c.probe.Attach[0].Name)
				return nil
			}
		}
		switch {
		case f.DataLoc:
			c.errorf(e, "__data_loc field %s is not supported yet by bpftc", e.Name)
			return nil
		case f.Array > 0 && (f.CType == "char" || f.CType == "unsigned char" || f.CType == "const char"):
			ft = StringType(f.Size)
		case f.Array > 0:
			c.errorf(e, "array field %s is not supported yet by bpftc", e.Name)
			return nil
		case f.Size == 1 || f.Size == 2 || f.Size == 4 || f.Size == 8:
			ft = IntType(f.Size, f.Signed)
		default:
			c.errorf(e, "field %s of %d bytes is not supported yet by bpftc", e.Name, f.Size)
			return nil
		}
	}
	return ft
}

func tpStructName(target string) string {
	cat, ev := splitColon(target)
	return cat + "_" + ev
}

var castTypes = map[string]*Type{
	"int8": IntType(1, true), "int16": IntType(2, true), "int32": IntType(4, true), "int64": IntType(8, true),
	"uint8": IntType(1, false), "uint16": IntType(2, false), "uint32": IntType(4, false), "uint64": IntType(8, false),
}

func (c *checker) cast(e *ast.Cast) *Type {
	xt := c.expr(e.X)
	if xt == nil {
		return nil
	}
	t, ok := castTypes[e.Type.Name]
	if !ok || e.Type.Ptr > 0 {
		c.errorf(e, "Unknown struct/union: '%s'", e.Type.Name)
		return nil
	}
	if xt.Kind != KindInt {
		c.errorf(e, "Cannot cast from \"%s\" to \"%s\"", xt, t)
		return nil
	}
	return t
}

func (c *checker) binary(e *ast.Binary) *Type {
	xt, yt := c.expr(e.X), c.expr(e.Y)
	if xt == nil || yt == nil {
		return nil
	}
	switch e.Op {
	case ast.OpEq, ast.OpNe:
		if xt.Kind == KindString && yt.Kind == KindString {
			return Uint64
		}
	case ast.OpLAnd, ast.OpLOr:
		if xt.Kind != KindInt || yt.Kind != KindInt {
			c.errorf(e, "The %s operator can not be used on expressions of types %s, %s", e.Op, xt, yt)
			return nil
		}
		return Uint64
	}
	if xt.Kind != KindInt || yt.Kind != KindInt {
		c.errorf(e, "The %s operator can not be used on expressions of types %s, %s", e.Op, xt, yt)
		return nil
	}
	signed := xt.Signed && yt.Signed
	switch e.Op {
	case ast.OpLt, ast.OpLe, ast.OpGt, ast.OpGe, ast.OpEq, ast.OpNe:
		if xt.Signed != yt.Signed && !nonNegLiteral(e.X) && !nonNegLiteral(e.Y) {
			c.warnf(e, "comparison of integers of different signs: '%s' and '%s' can lead to undefined behavior", xt, yt)
		}
		return Uint64
	case ast.OpDiv, ast.OpMod:
		if xt.Signed && !nonNegLiteral(e.X) || yt.Signed && !nonNegLiteral(e.Y) {
			c.warnf(e, "signed operands for '%s' can lead to undefined behavior (cast to unsigned to silence warning)", e.Op)
		}
	case ast.OpShl, ast.OpShr:
		return IntType(8, xt.Signed)
	case ast.OpAdd, ast.OpSub, ast.OpMul:
		if xt.Signed != yt.Signed && !nonNegLiteral(e.X) && !nonNegLiteral(e.Y) {
			c.warnf(e, "arithmetic on integers of different signs: '%s' and '%s' can lead to undefined behavior", xt, yt)
		}
	}
	return IntType(8, signed)
}

// nonNegLiteral reports whether e is a literal that is not negative;
// positional parameters are literals in bpftrace 0.17.
func nonNegLiteral(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Integer:
		return e.Value >= 0
	case *ast.Positional:
		return true
	case *ast.PositionalCount:
		return true
	}
	return false
}

func (c *checker) unary(e *ast.Unary) *Type {
	switch e.Op {
	case ast.OpInc, ast.OpDec:
		switch x := e.X.(type) {
		case *ast.Var:
			t := c.vars[x.Name]
			if t == nil {
				c.errorf(x, "Undefined or undeclared variable: %s", x.Name)
				return nil
			}
			c.info.Types[x] = t
			return t
		case *ast.Map:
			keys := c.mapKeys(x)
			mi := c.maps[x.Name]
			if mi == nil || mi.Value == nil {
				c.defineMap(x, keys, Int64, e)
				mi = c.maps[x.Name]
			}
			if mi.Value.Kind != KindInt {
				c.errorf(e, "The %s operator must be applied to a map or variable", e.Op)
				return nil
			}
			c.info.Types[x] = mi.Value
			return mi.Value
		}
		c.errorf(e, "The %s operator must be applied to a map or variable", e.Op)
		return nil
	}
	t := c.expr(e.X)
	if t == nil {
		return nil
	}
	if t.Kind != KindInt {
		c.errorf(e, "The %s operator can not be used on expressions of type %s", e.Op, t)
		return nil
	}
	switch e.Op {
	case ast.OpLNot:
		return Uint64
	case ast.OpDeref:
		c.errorf(e, "pointer dereference is not supported yet by bpftc")
		return nil
	}
	return IntType(8, t.Signed)
}
