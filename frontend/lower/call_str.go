package lower

import (
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/ir"
)

// str lowers str(ptr [, n]) into the n-byte slot at dst+off: the slot is
// zeroed, then probe_read_*_str reads at most min(n+1, STRLEN) bytes
// (FN-06). str($N) is a constant made at compile time (VAR-08).
func (l *lowerer) str(c *ast.Call, dst *ir.Value, off int64, n int) {
	b := l.b
	size := min(l.info.Types[c].Size, n)
	if ref, ok := sema.ParamStr(c.Args[0]); ok {
		limit := int64(-1)
		if len(c.Args) == 2 {
			if v, ok := l.constInt(c.Args[1]); ok {
				limit = v
			}
		}
		l.storeBytes(dst, off, []byte(ref.Text(l.info.Params, size, limit)), size)
		return
	}
	ptr := l.expr(c.Args[0])
	b.zero(dst, off, size)
	var max *ir.Value
	if len(c.Args) == 2 {
		if v, ok := l.constInt(c.Args[1]); ok {
			max = b.constant(min(v+1, int64(size)))
		} else {
			max = l.clamp(b.binaryConst(ir.OpAdd, l.expr(c.Args[1]), 1), int64(size))
		}
	} else {
		max = b.constant(int64(size))
	}
	as := sema.ReadAS(l.info.Types[c.Args[0]], l.probe)
	b.call(readHelperFor(as, true), b.ptrAdd(dst, off), max, ptr)
}

// constInt is the value of an integer literal or numeric positional
// parameter.
func (l *lowerer) constInt(e ast.Expr) (int64, bool) {
	switch e := e.(type) {
	case *ast.Integer:
		return e.Value, true
	case *ast.Positional:
		return l.positional(e)
	case *ast.PositionalCount:
		return int64(len(l.info.Params)), true
	}
	return 0, false
}

// buf lowers buf(src [, n]): a length byte, then the first min(n, N)
// bytes of src in a zeroed N-byte area (FN-07).
func (l *lowerer) buf(c *ast.Call, dst *ir.Value, off int64, slot int) {
	b := l.b
	capacity := l.info.Types[c].Size - 1
	src := c.Args[0]
	st := l.info.Types[src]
	b.zero(dst, off, min(capacity+1, slot))
	var length *ir.Value
	constLen := int64(capacity)
	if len(c.Args) == 2 {
		if v, ok := l.constInt(c.Args[1]); ok {
			constLen = min(v, int64(capacity))
			length = b.constant(constLen)
		} else {
			length = l.clamp(l.expr(c.Args[1]), int64(capacity))
		}
	} else {
		length = b.constant(constLen)
	}
	b.store(dst, off, 1, length)
	data := off + 1
	switch {
	case st.Kind == sema.KindString || st.Kind == sema.KindArray && st.Internal:
		// Already in BPF memory: copy what the constant length takes.
		p, poff := l.addr(src)
		n := int(min(constLen, int64(st.StorageSize())))
		for i := 0; i < n; {
			sz := ir.Chunk(n-i, data+int64(i), poff+int64(i))
			b.store(dst, data+int64(i), sz, b.load(p, poff+int64(i), sz, false))
			i += sz
		}
	default:
		as := sema.ReadAS(st, l.probe)
		b.call(readHelperFor(as, false), b.ptrAdd(dst, data), length, l.expr(src))
	}
}
