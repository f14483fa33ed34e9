package lower

import (
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/ir"
)

// Integer values in bpftc's IR are 64 bits wide: expr returns an integer
// expression's value sign- or zero-extended by its type. bpftrace 0.17's
// LLVM values are not always that wide: -(int8)5 is an i8 while its type is
// int64, an int8 variable is an i8. Where the two differ, bpftrace's stores
// show it: a narrow value stored into a wider slot keeps the slot's other
// bytes (zero in fresh buffers, the old value in a variable), and a wider
// value stored into a narrower variable is dropped. width gives the size of
// bpftrace's value so that the lowering reproduces those results.

// width returns the size in bits of the LLVM value bpftrace 0.17 computes
// for the integer or pointer expression e: 64, 32, 16, 8, or 1 for the i1
// of a pointer comparison.
func (l *lowerer) width(e ast.Expr) int {
	switch e := e.(type) {
	case *ast.Var:
		return 8 * l.info.Types[e].Size
	case *ast.Cast:
		t := l.info.Types[e]
		if t.Kind == sema.KindInt {
			return 8 * t.Size
		}
		return l.width(e.X)
	case *ast.Binary:
		if l.isPtrCompare(e) {
			return 1
		}
		return 64
	case *ast.Unary:
		switch e.Op {
		case ast.OpNeg, ast.OpBNot, ast.OpLNot:
			return l.width(e.X)
		case ast.OpInc, ast.OpDec:
			if v, ok := e.X.(*ast.Var); ok {
				return 8 * l.info.Types[v].Size
			}
			return 64
		case ast.OpDeref:
			if t := l.info.Types[e.X]; t.Kind == sema.KindPtr {
				return 8 * l.info.Types[e].Size
			}
		}
		return 64
	case *ast.Field, *ast.Index, *ast.TupleIndex:
		if t := l.info.Types[e]; t.Kind == sema.KindInt && t.Size > 0 && t.Size < 8 {
			return 8 * t.Size
		}
	}
	return 64
}

// isPtrCompare reports whether e compares pointers (an i1 in bpftrace).
func (l *lowerer) isPtrCompare(e *ast.Binary) bool {
	switch e.Op {
	case ast.OpEq, ast.OpNe, ast.OpLt, ast.OpLe, ast.OpGt, ast.OpGe:
		return l.info.Types[e.X].Kind == sema.KindPtr || l.info.Types[e.Y].Kind == sema.KindPtr
	}
	return false
}

// extend sign- or zero-extends the low size bytes of v to 64 bits.
func (l *lowerer) extend(v *ir.Value, size int, signed bool) *ir.Value {
	return l.extendBits(v, 8*size, signed)
}

// extendBits sign- or zero-extends the low bits of v to 64 bits.
func (l *lowerer) extendBits(v *ir.Value, bits int, signed bool) *ir.Value {
	if bits >= 64 {
		return v
	}
	if bits == 1 && !signed {
		return l.b.binaryConst(ir.OpAnd, v, 1)
	}
	op := ir.OpZext
	if signed {
		op = ir.OpSext
	}
	x := l.b.value(op, ir.I64, v)
	x.Aux = int64(bits)
	return x
}

// intValue is the 64-bit value bpftrace stores for integer expression e in
// a slot of its type's size (printf arguments, tuple elements, map keys): a
// value narrower than its type is zero-extended, as a narrow store into a
// zeroed slot leaves it.
func (l *lowerer) intValue(e ast.Expr) *ir.Value {
	v := l.expr(e)
	t := l.info.Types[e]
	if w := l.width(e); t.Kind == sema.KindInt && w < 8*t.Size {
		return l.extendBits(v, w, false)
	}
	return v
}

// mapIntValue is the value bpftrace stores in an integer map: its value
// extended to 64 bits by the map's signedness.
func (l *lowerer) mapIntValue(e ast.Expr, signed bool) *ir.Value {
	v := l.expr(e)
	if w := l.width(e); w < 64 && l.info.Types[e].Kind == sema.KindInt {
		return l.extendBits(v, w, signed)
	}
	return v
}

// assignInt gives integer variable name (of type t) the value of e as
// bpftrace 0.17 stores it: a value as wide as the variable replaces it, a
// narrower one replaces only its low bytes, a wider one is dropped.
func (l *lowerer) assignInt(name string, t *sema.Type, e ast.Expr) {
	b := l.b
	v := l.expr(e)
	w, s := l.width(e), 8*t.Size
	if w == 1 {
		// An i1 is stored as a byte holding 0 or 1.
		v, w = l.extendBits(v, 1, false), 8
	}
	switch {
	case w > s:
		return
	case w < s:
		mask := int64(1)<<w - 1
		old := b.binaryConst(ir.OpAnd, b.readVar(name), ^mask)
		v = b.binary(ir.OpOr, old, b.binaryConst(ir.OpAnd, v, mask))
	}
	if t.Kind == sema.KindInt {
		v = l.extend(v, s, t.Signed)
	}
	b.writeVar(name, v)
}
