package lower

import (
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/ir"
)

// Pointers, records and arrays (language.md EXP-09…EXP-13, TYP-06…TYP-08).
// A pointer is a 64-bit integer. A record or array value is, until copied
// into BPF memory, the address where it lives in kernel or user memory (as
// in bpftrace 0.17, which reads it field by field); map values and tuple
// elements hold it in BPF memory ("internal").

// readMem reads size bytes at addr+off from address space as with
// probe_read and returns them extended to 64 bits.
func (l *lowerer) readMem(addr *ir.Value, off int64, size int, signed bool, as sema.AddrSpace) *ir.Value {
	b := l.b
	buf := b.alloca(8)
	if size != 1 && size != 2 && size != 4 && size != 8 {
		b.store(buf, 0, 8, b.constant(0))
	}
	if off != 0 {
		addr = b.binaryConst(ir.OpAdd, addr, off)
	}
	b.call(readHelperFor(as, false), buf, b.constant(int64(size)), addr)
	if size != 1 && size != 2 && size != 4 && size != 8 {
		return b.load(buf, 0, 8, false)
	}
	return b.load(buf, 0, size, signed)
}

// probeRead copies size bytes at addr (in address space as) to dst+off.
func (l *lowerer) probeRead(dst *ir.Value, off int64, size int, addr *ir.Value, as sema.AddrSpace) {
	b := l.b
	if size <= 0 {
		return
	}
	b.call(readHelperFor(as, false), b.ptrAdd(dst, off), b.constant(int64(size)), addr)
}

// aggregate is where a record or array value is: in BPF memory at p+off
// (internal), or at the address p+off of kernel or user memory.
type aggregate struct {
	p        *ir.Value
	off      int64
	internal bool
	as       sema.AddrSpace
	core     *corePath // how off relocates in a kernel record (core.go)
}

// at returns the aggregate's address plus delta, as an external address.
func (l *lowerer) extAddr(a aggregate, delta int64) *ir.Value {
	if off := l.relocated(a); off != nil {
		p := l.b.binary(ir.OpAdd, a.p, off)
		if delta != 0 {
			p = l.b.binaryConst(ir.OpAdd, p, delta)
		}
		return p
	}
	if a.off+delta == 0 {
		return a.p
	}
	return l.b.binaryConst(ir.OpAdd, a.p, a.off+delta)
}

// aggAddr evaluates an expression of record or array type to where its
// value is.
func (l *lowerer) aggAddr(e ast.Expr) aggregate {
	b := l.b
	t := l.info.Types[e]
	switch e := e.(type) {
	case *ast.Unary: // *ptr
		return l.coreRoot(aggregate{p: l.expr(e.X), as: t.AS}, t, 0)
	case *ast.Field:
		xt := l.info.Types[e.X]
		if xt.Kind == sema.KindArgs {
			f := l.probe.Args.Field(e.Name)
			return aggregate{p: b.ctx, off: int64(f.Offset), internal: true}
		}
		rec := l.recordType(e).Record
		return l.fieldOf(l.recordOf(e), rec, rec.Field(e.Name))
	case *ast.Index:
		xt := l.info.Types[e.X]
		idx := l.info.Consts[e.Index]
		if xt.Kind == sema.KindPtr {
			return l.coreRoot(aggregate{p: l.expr(e.X), off: idx * int64(t.Size), as: xt.AS}, t, idx)
		}
		return l.elemOf(l.aggAddr(e.X), idx, t.Size)
	case *ast.Var:
		if buf, ok := l.vars[e.Name]; ok {
			return aggregate{p: buf, internal: true}
		}
		return l.coreRoot(aggregate{p: b.readVar(e.Name), as: t.AS}, t, 0)
	case *ast.TupleIndex:
		p, off := l.addr(e.X)
		return aggregate{p: p, off: off + int64(l.info.Types[e.X].TupleOffsets()[e.Index]), internal: true}
	case *ast.Map:
		buf := b.alloca(t.Size)
		ml := l.maps[e.Name]
		l.readInto(ml, l.mapKey(ml, e), buf, 0, t.Size)
		return aggregate{p: buf, internal: true}
	case *ast.Call: // pton()
		buf := b.alloca(t.Size)
		l.callInto(e, buf, 0, t.Size)
		return aggregate{p: buf, internal: true}
	}
	fail(e, "this expression is not supported yet by bpftc")
	return aggregate{}
}

// recordType is the record a field access reads from (after the implicit
// dereference of "->").
func (l *lowerer) recordType(e *ast.Field) *sema.Type {
	xt := l.info.Types[e.X]
	if e.Arrow {
		return xt.Elem
	}
	return xt
}

// recordOf evaluates the record a field access reads from.
func (l *lowerer) recordOf(e *ast.Field) aggregate {
	xt := l.info.Types[e.X]
	if e.Arrow {
		return l.coreRoot(aggregate{p: l.expr(e.X), as: xt.AS}, xt.Elem, 0)
	}
	return l.aggAddr(e.X)
}

// loadFrom reads an integer or pointer of type t at offset delta of a.
func (l *lowerer) loadFrom(a aggregate, delta int64, t *sema.Type) *ir.Value {
	size, signed := t.Size, t.Signed && t.Kind == sema.KindInt
	if a.internal {
		if size == 1 || size == 2 || size == 4 || size == 8 {
			if (a.off+delta)%int64(size) == 0 || a.p == l.b.ctx {
				return l.b.load(a.p, a.off+delta, size, signed)
			}
		}
		// Unaligned: assemble it byte by byte.
		var v *ir.Value
		for i := size - 1; i >= 0; i-- {
			byt := l.b.load(a.p, a.off+delta+int64(i), 1, false)
			if v == nil {
				v = byt
			} else {
				v = l.b.binary(ir.OpOr, l.b.binaryConst(ir.OpShl, v, 8), byt)
			}
		}
		return l.extend(v, size, signed)
	}
	if a.core != nil {
		return l.readMem(l.extAddr(a, delta), 0, size, signed, a.as)
	}
	return l.readMem(a.p, a.off+delta, size, signed, a.as)
}

// recordField reads an integer or pointer field of a record.
func (l *lowerer) recordField(e *ast.Field) *ir.Value {
	rt := l.recordType(e)
	f := rt.Record.Field(e.Name)
	a := l.recordOf(e)
	if f.Bits == 0 {
		return l.loadFrom(l.fieldOf(a, rt.Record, f), 0, f.Type)
	}
	n := (f.BitOffset + f.Bits + 7) / 8
	raw := l.loadFrom(a, int64(f.Offset), sema.IntType(n, false))
	v := raw
	if f.BitOffset > 0 {
		v = l.b.binaryConst(ir.OpLShr, v, int64(f.BitOffset))
	}
	if f.Bits < 64 {
		v = l.b.binaryConst(ir.OpAnd, v, int64(1)<<f.Bits-1)
	}
	return v
}

// index reads an integer or pointer element of an array or pointer.
func (l *lowerer) index(e *ast.Index) *ir.Value {
	xt := l.info.Types[e.X]
	t := l.info.Types[e]
	idx := l.info.Consts[e.Index]
	if xt.Kind == sema.KindPtr {
		return l.readMem(l.expr(e.X), idx*int64(t.Size), t.Size, t.Signed && t.Kind == sema.KindInt, xt.AS)
	}
	return l.loadFrom(l.elemOf(l.aggAddr(e.X), idx, t.Size), 0, t)
}

// deref lowers *x for a pointer to an integer or pointer, or an integer.
func (l *lowerer) deref(e *ast.Unary) *ir.Value {
	xt := l.info.Types[e.X]
	t := l.info.Types[e]
	if xt.Kind == sema.KindPtr {
		return l.readMem(l.expr(e.X), 0, t.Size, t.Signed && t.Kind == sema.KindInt, xt.AS)
	}
	// *int reads an integer of the operand's size (bpftrace 0.17).
	return l.readMem(l.expr(e.X), 0, xt.Size, xt.Signed, xt.AS)
}

// aggInto copies record or array value e into the size-byte slot dst+off.
func (l *lowerer) aggInto(e ast.Expr, dst *ir.Value, off int64, size int) {
	b := l.b
	t := l.info.Types[e]
	n := min(t.Size, size)
	a := l.aggAddr(e)
	if !a.internal {
		b.zero(dst, off, n)
		l.probeRead(dst, off, n, l.extAddr(a, 0), a.as)
	} else {
		l.copyBytes(dst, off, a.p, a.off, n)
	}
	b.zero(dst, off+int64(n), size-n)
}

// copyBytes copies n bytes from src+soff to dst+doff with naturally
// aligned loads and stores.
func (l *lowerer) copyBytes(dst *ir.Value, doff int64, src *ir.Value, soff int64, n int) {
	b := l.b
	for i := 0; i < n; {
		sz := ir.Chunk(n-i, doff+int64(i), soff+int64(i))
		b.store(dst, doff+int64(i), sz, b.load(src, soff+int64(i), sz, false))
		i += sz
	}
}

// ptrArith lowers ptr ± int and int + ptr: the integer is scaled by the
// pointee's size (zero-extended first when narrower than 64 bits, as
// bpftrace 0.17 does).
func (l *lowerer) ptrArith(e *ast.Binary) *ir.Value {
	b := l.b
	xt, yt := l.info.Types[e.X], l.info.Types[e.Y]
	ptrE, intE, pt := e.X, e.Y, xt
	if xt.Kind != sema.KindPtr {
		ptrE, intE, pt = e.Y, e.X, yt
	}
	p := l.expr(ptrE)
	n := l.expr(intE)
	if it := l.info.Types[intE]; it.Size < 8 {
		n = l.extend(n, it.Size, false)
	}
	off := l.scale(n, pt)
	if e.Op == ast.OpSub {
		return b.binary(ir.OpSub, p, off)
	}
	if ptrE == e.X {
		return b.binary(ir.OpAdd, p, off)
	}
	return b.binary(ir.OpAdd, off, p)
}

// scale multiplies n by the size of what pointer type pt points to.
func (l *lowerer) scale(n *ir.Value, pt *sema.Type) *ir.Value {
	size := int64(0)
	if pt.Elem != nil {
		size = int64(pt.Elem.Size)
		if pt.Elem.Kind == sema.KindPtr {
			size = 8
		}
	}
	switch size {
	case 1:
		return n
	case 0:
		return l.b.constant(0)
	}
	if size&(size-1) == 0 {
		sh := int64(0)
		for int64(1)<<sh < size {
			sh++
		}
		return l.b.binaryConst(ir.OpShl, n, sh)
	}
	return l.b.binaryConst(ir.OpMul, n, size)
}

// compoundOperand evaluates the right side of "x op= v" for a target of
// type t: scaled by the pointee's size when x is a pointer.
func (l *lowerer) compoundOperand(t *sema.Type, v ast.Expr) *ir.Value {
	n := l.expr(v)
	if t.Kind != sema.KindPtr {
		return n
	}
	if it := l.info.Types[v]; it.Size < 8 {
		n = l.extend(n, it.Size, false)
	}
	return l.scale(n, t)
}

// stepOf is what ++ and -- add to a value of type t: the pointee's size
// for pointers.
func stepOf(t *sema.Type) int64 {
	if t.Kind == sema.KindPtr && t.Elem != nil {
		if t.Elem.Kind == sema.KindPtr {
			return 8
		}
		return int64(t.Elem.Size)
	}
	return 1
}

// arraysEqual compares two integer arrays of the same type (EXP-08).
func (l *lowerer) arraysEqual(x, y ast.Expr) *ir.Value {
	b := l.b
	n := l.info.Types[x].Size
	xb, yb := b.alloca(n), b.alloca(n)
	l.aggInto(x, xb, 0, n)
	l.aggInto(y, yb, 0, n)
	return l.wordsEqual(n, func(i int) int { return ir.Chunk(n-i, int64(i)) },
		func(i, sz int) (*ir.Value, *ir.Value) {
			return b.load(xb, int64(i), sz, false), b.load(yb, int64(i), sz, false)
		})
}

// inMemory reports whether e reads its value from a record, an array or
// through a pointer (a string field such as char name[16]).
func (l *lowerer) inMemory(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Field:
		return l.info.Types[e.X].Kind != sema.KindArgs
	case *ast.Index:
		return true
	case *ast.Unary:
		return e.Op == ast.OpDeref
	}
	return false
}
