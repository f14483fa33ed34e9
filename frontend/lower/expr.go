package lower

import (
	"encoding/binary"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/ir"
)

// expr lowers an integer expression to a 64-bit value, extended from its
// type's width by its signedness.
func (l *lowerer) expr(e ast.Expr) *ir.Value {
	defer l.within(e)()
	defer l.restorePos(l.atExpr(e))
	b := l.b
	switch e := e.(type) {
	case *ast.Integer:
		return b.constant(e.Value)
	case *ast.Positional:
		v, _ := l.positional(e)
		return b.constant(v)
	case *ast.PositionalCount:
		return b.constant(int64(len(l.info.Params)))
	case *ast.Builtin:
		return l.builtin(e)
	case *ast.Var:
		return b.readVar(e.Name)
	case *ast.Map:
		ml := l.maps[e.Name]
		return l.readInt(ml, l.mapKey(ml, e), ml.info.Value.Signed)
	case *ast.Field:
		if l.info.Types[e.X].Kind == sema.KindArgs {
			return l.field(e)
		}
		return l.recordField(e)
	case *ast.Index:
		return l.index(e)
	case *ast.Cast:
		return l.cast(e)
	case *ast.Sizeof, *ast.Offsetof, *ast.Identifier:
		return b.constant(l.info.Consts[e])
	case *ast.Binary:
		return l.binary(e)
	case *ast.Unary:
		return l.unary(e)
	case *ast.Ternary:
		tmp := l.tmpVar()
		signed := l.info.Types[e].Signed
		l.ifElseCond(e.Cond, func() { b.writeVar(tmp, l.branchValue(e.Then, signed)) }, func() { b.writeVar(tmp, l.branchValue(e.Else, signed)) })
		return b.readVar(tmp)
	case *ast.Call:
		if e.Name == "reg" {
			return l.reg(e)
		}
		return l.callExpr(e)
	case *ast.TupleIndex:
		// Reading an element of a tuple variable or map value.
		buf, off := l.addr(e.X)
		t := l.info.Types[e.X]
		return l.loadFrom(aggregate{p: buf, off: off, internal: true}, int64(t.TupleOffsets()[e.Index]), l.info.Types[e])
	}
	fail(e, "this expression is not supported yet by bpftc")
	return nil
}

func (l *lowerer) positional(e *ast.Positional) (int64, bool) {
	if int(e.N) > len(l.info.Params) {
		return 0, true
	}
	return sema.ParamInt(l.info.Params[e.N-1])
}

func (l *lowerer) builtin(e *ast.Builtin) *ir.Value {
	if v, ok := l.probeBuiltin(e); ok {
		return v
	}
	if v, ok := l.builtinExpr(e); ok {
		return v
	}
	if v, ok := l.langBuiltin(e); ok {
		return v
	}
	b := l.b
	switch e.Name {
	case "pid":
		return b.binaryConst(ir.OpLShr, b.call("get_current_pid_tgid"), 32)
	case "tid":
		return l.low32(b.call("get_current_pid_tgid"))
	case "uid":
		return l.low32(b.call("get_current_uid_gid"))
	case "gid":
		return b.binaryConst(ir.OpLShr, b.call("get_current_uid_gid"), 32)
	case "nsecs":
		return b.call("ktime_get_boot_ns")
	case "cpu":
		return b.call("get_smp_processor_id")
	case "rand":
		return b.call("get_prandom_u32")
	case "cgroup":
		return b.call("get_current_cgroup_id")
	case "numaid":
		return b.call("get_numa_node_id")
	case "curtask":
		return b.call("get_current_task")
	case "cpid":
		return l.cpid()
	}
	fail(e, "builtin %s is not supported yet by bpftc", e.Name)
	return nil
}

func (l *lowerer) low32(x *ir.Value) *ir.Value {
	v := l.b.value(ir.OpZext, ir.I64, x)
	v.Aux = 32
	return v
}

// field reads an integer tracepoint argument straight from the context.
func (l *lowerer) field(e *ast.Field) *ir.Value {
	if l.probe.Ctx != nil {
		return l.ctxField(e)
	}
	f := l.probe.Args.Field(e.Name)
	if f.DataLoc {
		// A __data_loc word: the low 16 bits are the data's offset from
		// the start of the record (the high 16 its length), so the field
		// is ctx + offset, a u64 as in bpftrace 0.17 (PRB-03).
		w := l.b.load(l.b.ctx, int64(f.Offset), 4, false)
		return l.b.value(ir.OpAdd, ir.Ptr, l.b.ctx, l.b.binaryConst(ir.OpAnd, w, 0xffff))
	}
	return l.b.load(l.b.ctx, int64(f.Offset), f.Size, f.Signed)
}

// cond lowers a condition to a value that is non-zero when true.
func (l *lowerer) cond(e ast.Expr) *ir.Value { return l.expr(e) }

var arithOps = map[ast.Op]ir.Op{
	ast.OpAdd: ir.OpAdd, ast.OpSub: ir.OpSub, ast.OpMul: ir.OpMul,
	// bpftrace 0.17 divides and shifts right unsigned whatever the types
	// (language.md EXP-02, EXP-03).
	ast.OpDiv: ir.OpUDiv, ast.OpMod: ir.OpUMod, ast.OpShr: ir.OpLShr,
	ast.OpShl: ir.OpShl, ast.OpAnd: ir.OpAnd, ast.OpOr: ir.OpOr, ast.OpXor: ir.OpXor,
}

// arith applies an arithmetic operator; 0.17's operators do not depend on
// signedness (division and right shift are always unsigned).
func (l *lowerer) arith(op ast.Op, x, y *ir.Value) *ir.Value {
	return l.b.binary(arithOps[op], x, y)
}

func compareOp(op ast.Op, signed bool) ir.Op {
	switch op {
	case ast.OpEq:
		return ir.OpEq
	case ast.OpNe:
		return ir.OpNe
	case ast.OpLt:
		if signed {
			return ir.OpSLt
		}
		return ir.OpULt
	case ast.OpLe:
		if signed {
			return ir.OpSLe
		}
		return ir.OpULe
	case ast.OpGt:
		if signed {
			return ir.OpSGt
		}
		return ir.OpUGt
	}
	if signed {
		return ir.OpSGe
	}
	return ir.OpUGe
}

func (l *lowerer) binary(e *ast.Binary) *ir.Value {
	b := l.b
	xt, yt := l.info.Types[e.X], l.info.Types[e.Y]
	switch e.Op {
	case ast.OpLAnd, ast.OpLOr:
		tmp := l.tmpVar()
		x := b.binaryConst(ir.OpNe, l.expr(e.X), 0)
		b.writeVar(tmp, x)
		test := x
		if e.Op == ast.OpLAnd {
			b.ifThen(test, func() { b.writeVar(tmp, b.binaryConst(ir.OpNe, l.expr(e.Y), 0)) })
		} else {
			b.ifThen(b.binaryConst(ir.OpEq, test, 0), func() { b.writeVar(tmp, b.binaryConst(ir.OpNe, l.expr(e.Y), 0)) })
		}
		return b.readVar(tmp)
	case ast.OpEq, ast.OpNe, ast.OpLt, ast.OpLe, ast.OpGt, ast.OpGe:
		if xt.Kind == sema.KindPtr || yt.Kind == sema.KindPtr {
			// An i1 in bpftrace 0.17, read as signed when compared
			// with an integer: -1 for true.
			x, y := l.expr(e.X), l.expr(e.Y)
			return l.extendBits(b.binary(compareOp(e.Op, false), x, y), 1, l.info.Types[e].Signed)
		}
		if xt.Kind == sema.KindArray {
			eq := l.arraysEqual(e.X, e.Y)
			if e.Op == ast.OpNe {
				return b.binaryConst(ir.OpXor, eq, 1)
			}
			return eq
		}
		if xt.Kind == sema.KindBuffer {
			// bpftrace compares buffers, length byte first, like strncmp.
			ne := l.compareBytes(e.X, e.Y, int64(min(xt.Size, yt.Size)))
			if e.Op == ast.OpEq {
				return b.binaryConst(ir.OpXor, ne, 1)
			}
			return ne
		}
		if xt.Kind == sema.KindString {
			eq := l.stringsEqual(e.X, e.Y)
			if e.Op == ast.OpNe {
				return b.binaryConst(ir.OpXor, eq, 1)
			}
			return eq
		}
		x, y := l.expr(e.X), l.expr(e.Y)
		return b.binary(compareOp(e.Op, xt.Signed && yt.Signed), x, y)
	}
	if xt.Kind == sema.KindPtr || yt.Kind == sema.KindPtr {
		return l.ptrArith(e)
	}
	x, y := l.expr(e.X), l.expr(e.Y)
	return l.arith(e.Op, x, y)
}

func (l *lowerer) unary(e *ast.Unary) *ir.Value {
	b := l.b
	switch e.Op {
	case ast.OpInc, ast.OpDec:
		return l.incDec(e, true)
	case ast.OpNeg, ast.OpBNot:
		// The result is as wide as the operand's value (bpftrace 0.17
		// negates an i8 as an i8), extended by its signedness.
		op := ir.OpNeg
		if e.Op == ast.OpBNot {
			op = ir.OpNot
		}
		v := b.value(op, ir.I64, l.expr(e.X))
		return l.extendBits(v, l.width(e.X), l.info.Types[e].Signed)
	case ast.OpLNot:
		return b.binaryConst(ir.OpEq, l.expr(e.X), 0)
	case ast.OpDeref:
		return l.deref(e)
	}
	fail(e, "operator %s is not supported yet by bpftc", e.Op)
	return nil
}

// incDec lowers ++ and --; the result is the old value for postfix forms
// and the new one otherwise.
func (l *lowerer) incDec(e *ast.Unary, wantValue bool) *ir.Value {
	b := l.b
	delta := int64(1)
	if e.Op == ast.OpDec {
		delta = -1
	}
	delta *= stepOf(l.info.Types[e.X])
	switch x := e.X.(type) {
	case *ast.Var:
		t := l.info.Types[x]
		old := b.readVar(x.Name)
		n := b.binaryConst(ir.OpAdd, old, delta)
		if t.Kind == sema.KindInt {
			n = l.extend(n, t.Size, t.Signed)
		}
		b.writeVar(x.Name, n)
		if e.Postfix {
			return old
		}
		return n
	case *ast.Map:
		ml := l.maps[x.Name]
		key := l.mapKey(ml, x)
		if !wantValue {
			l.add(ml, key, 0, b.constant(delta))
			return nil
		}
		old := l.readInt(ml, key, ml.info.Value.Signed)
		n := b.binaryConst(ir.OpAdd, old, delta)
		val := b.alloca(8)
		b.store(val, 0, 8, n)
		l.update(ml, key, val)
		if e.Postfix {
			return old
		}
		return n
	}
	fail(e, "The %s operator must be applied to a map or variable", e.Op)
	return nil
}

// into writes the value of a string or tuple expression to dst+off,
// filling a slot of size bytes (the rest is zeroed).
func (l *lowerer) into(e ast.Expr, dst *ir.Value, off int64, size int) {
	defer l.within(e)()
	defer l.restorePos(l.atExpr(e))
	b := l.b
	t := l.info.Types[e]
	n := min(t.StorageSize(), size)
	switch {
	case t.Kind == sema.KindPtr:
		l.storeInt(dst, off, min(size, 8), l.expr(e))
		b.zero(dst, off+8, size-8)
		return
	case t.IsAggregate() || l.inMemory(e):
		l.aggInto(e, dst, off, size)
		return
	}
	switch e := e.(type) {
	case *ast.String:
		l.storeBytes(dst, off, []byte(e.Value), n)
	case *ast.Builtin: // comm
		if l.funcInto(e, dst, off) || l.builtinInto(e, dst, off) {
			break
		}
		if size < 16 {
			fail(e, "comm does not fit in %d bytes", size)
		}
		b.call("get_current_comm", b.ptrAdd(dst, off), b.constant(16))
	case *ast.Field:
		f := l.probe.Args.Field(e.Name)
		for i := 0; i < n; {
			sz := ir.Chunk(n-i, off+int64(i), int64(f.Offset+i))
			b.store(dst, off+int64(i), sz, b.load(b.ctx, int64(f.Offset+i), sz, false))
			i += sz
		}
	case *ast.Var:
		b.memcpy(dst, off, l.vars[e.Name], n)
	case *ast.Map:
		ml := l.maps[e.Name]
		l.readInto(ml, l.mapKey(ml, e), dst, off, n)
	case *ast.Ternary:
		l.ifElseCond(e.Cond, func() { l.into(e.Then, dst, off, size) }, func() { l.into(e.Else, dst, off, size) })
		return
	case *ast.Tuple:
		for i, off2 := range t.TupleOffsets() {
			el := e.Elems[i]
			l.writer(el, t.Elems[i].StorageSize())(dst, off+int64(off2))
		}
	case *ast.Call:
		l.callInto(e, dst, off, n)
	case *ast.TupleIndex:
		p, poff := l.addr(e.X)
		poff += int64(l.info.Types[e.X].TupleOffsets()[e.Index])
		for i := 0; i < n; {
			sz := ir.Chunk(n-i, off+int64(i), poff+int64(i))
			b.store(dst, off+int64(i), sz, b.load(p, poff+int64(i), sz, false))
			i += sz
		}
	default:
		fail(e, "this expression is not supported yet by bpftc")
	}
	b.zero(dst, off+int64(n), size-n)
}

// storeBytes writes n bytes of s (NUL-padded) with immediate stores.
func (l *lowerer) storeBytes(dst *ir.Value, off int64, s []byte, n int) {
	buf := make([]byte, n+8)
	copy(buf, s)
	for i := 0; i < n; {
		sz := ir.Chunk(n-i, off+int64(i))
		var v int64
		switch sz {
		case 8:
			v = int64(binary.LittleEndian.Uint64(buf[i:]))
		case 4:
			v = int64(binary.LittleEndian.Uint32(buf[i:]))
		case 2:
			v = int64(binary.LittleEndian.Uint16(buf[i:]))
		default:
			v = int64(buf[i])
		}
		l.b.store(dst, off+int64(i), sz, l.b.constant(v))
		i += sz
	}
}

// addr returns where a string or tuple value is in memory, copying it to
// the stack when it is not already there.
func (l *lowerer) addr(e ast.Expr) (*ir.Value, int64) {
	if v, ok := e.(*ast.Var); ok {
		return l.vars[v.Name], 0
	}
	t := l.info.Types[e]
	buf := l.b.alloca(t.StorageSize())
	l.into(e, buf, 0, t.StorageSize())
	return buf, 0
}

// stringsEqual compares two strings up to the shorter declared size; both
// buffers are NUL-padded, so comparing words is the same as strncmp.
func (l *lowerer) stringsEqual(x, y ast.Expr) *ir.Value {
	b := l.b
	if _, ok := x.(*ast.String); ok {
		x, y = y, x
	}
	n := min(l.info.Types[x].Size, l.info.Types[y].Size)
	xp, xoff := l.addr(x)
	var lit []byte
	var yp *ir.Value
	var yoff int64
	if s, ok := y.(*ast.String); ok {
		lit = make([]byte, n+8)
		copy(lit, s.Value)
	} else {
		yp, yoff = l.addr(y)
	}
	return l.wordsEqual(n, func(i int) int { return ir.Chunk(n-i, xoff+int64(i), yoff+int64(i)) },
		func(i, sz int) (*ir.Value, *ir.Value) {
			xv := b.load(xp, xoff+int64(i), sz, false)
			if lit != nil {
				return xv, b.constant(littleEndian(lit[i:], sz))
			}
			return xv, b.load(yp, yoff+int64(i), sz, false)
		})
}

// wordsEqual compares n bytes a word at a time, leaving at the first
// difference; chunk gives the size of the word at byte i and words loads
// both sides of it. The result is 1 when all words are equal.
func (l *lowerer) wordsEqual(n int, chunk func(i int) int, words func(i, sz int) (*ir.Value, *ir.Value)) *ir.Value {
	b := l.b
	tmp := l.tmpVar()
	b.writeVar(tmp, b.constant(1))
	done := b.newBlock()
	for i := 0; i < n; {
		sz := chunk(i)
		x, y := words(i, sz)
		next := b.newBlock()
		b.writeVar(tmp, b.constant(0))
		b.cur.If(b.binary(ir.OpNe, x, y), done, next)
		b.seal(next)
		b.setBlock(next)
		b.writeVar(tmp, b.constant(1))
		i += sz
	}
	b.cur.Jump(done)
	b.seal(done)
	b.setBlock(done)
	return b.readVar(tmp)
}

func littleEndian(p []byte, size int) int64 {
	var v uint64
	for i := size - 1; i >= 0; i-- {
		v = v<<8 | uint64(p[i])
	}
	return int64(v)
}

// cast lowers an integer or pointer cast. bpftrace 0.17 truncates or
// extends its operand's value by the signedness of the type cast to:
// (uint64)(int8)-1 is 255.
func (l *lowerer) cast(e *ast.Cast) *ir.Value {
	x := l.expr(e.X)
	t := l.info.Types[e]
	if t.Kind != sema.KindInt {
		return x
	}
	w := l.width(e.X)
	if xt := l.info.Types[e.X]; xt.Kind == sema.KindArgs {
		w = 64
	}
	return l.extendBits(x, min(8*t.Size, w), t.Signed)
}

// branchValue is a ternary branch's value, converted as bpftrace 0.17
// converts it to the ternary's type: extended from its width by the
// ternary's signedness.
func (l *lowerer) branchValue(e ast.Expr, signed bool) *ir.Value {
	v := l.expr(e)
	if w := l.width(e); w < 64 {
		return l.extendBits(v, w, signed)
	}
	return v
}
