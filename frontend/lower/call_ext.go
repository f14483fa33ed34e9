package lower

import (
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/ir"
)

// callStmtExt lowers the statement-level calls of the call_*.go files;
// it reports false for the others.
func (l *lowerer) callStmtExt(c *ast.Call) bool {
	if l.langStmt(c) {
		return true
	}
	switch c.Name {
	case "print":
		if _, isMap := c.Args[0].(*ast.Map); isMap {
			return false
		}
		l.printValue(c)
	case "time":
		l.timeCall(c)
	case "cat", "system":
		l.formatCall(c)
	case "join":
		l.join(c)
	default:
		t := l.info.Types[c]
		if t == nil || t.Kind == sema.KindNone {
			return false
		}
		// A value-returning call used as a statement: evaluate it for
		// its side effects (reads), like bpftrace.
		l.discardCall(c, t)
	}
	return true
}

// discardCall evaluates a value-returning call and drops the value.
func (l *lowerer) discardCall(c *ast.Call, t *sema.Type) {
	if t.Kind == sema.KindInt {
		l.callExpr(c)
		return
	}
	buf := l.b.alloca(t.StorageSize())
	l.callInto(c, buf, 0, t.StorageSize())
}

// callExpr lowers a call whose value is an integer.
func (l *lowerer) callExpr(c *ast.Call) *ir.Value {
	switch c.Name {
	case "strncmp":
		return l.strncmp(c)
	case "bswap":
		return l.bswap(c)
	case "kaddr":
		return l.kaddr(c)
	}
	if v, ok := l.langCallExpr(c); ok {
		return v
	}
	fail(c, "%s() is not supported yet by bpftc", c.Name)
	return nil
}

// callInto writes the value of a call whose value lives in memory (a
// string, buffer or resolved kind) at dst+off, in at most n bytes.
func (l *lowerer) callInto(c *ast.Call, dst *ir.Value, off int64, n int) {
	switch c.Name {
	case "str":
		l.str(c, dst, off, n)
	case "buf":
		l.buf(c, dst, off, n)
	case "ntop":
		l.ntop(c, dst, off)
	case "pton":
		l.pton(c, dst, off, n)
	case "strerror", "ksym":
		l.b.store(dst, off, 8, l.expr(c.Args[0]))
	case "strftime":
		l.strftime(c, dst, off)
	default:
		if !l.langCallInto(c, dst, off, n) {
			fail(c, "%s() is not supported yet by bpftc", c.Name)
		}
	}
}

// builtinExpr lowers the integer builtins of this file's family.
func (l *lowerer) builtinExpr(e *ast.Builtin) (*ir.Value, bool) {
	if e.Name == "elapsed" {
		return l.elapsed(), true
	}
	return nil, false
}

// builtinInto writes the builtins whose values live in memory (username,
// probe) at dst+off.
func (l *lowerer) builtinInto(e *ast.Builtin, dst *ir.Value, off int64) bool {
	b := l.b
	switch e.Name {
	case "username":
		b.store(dst, off, 8, l.low32(b.call("get_current_uid_gid")))
	case "probe":
		b.store(dst, off, 8, b.constant(l.probeID()))
	case "kstack", "ustack":
		l.stackInto(e, dst, off)
	default:
		return false
	}
	return true
}

// readHelperFor is the probe_read helper (str: the _str one) for
// address space as.
func readHelperFor(as sema.AddrSpace, str bool) string {
	name := "probe_read"
	switch as {
	case sema.ASUser:
		name = "probe_read_user"
	case sema.ASKernel:
		name = "probe_read_kernel"
	}
	if str {
		name += "_str"
	}
	return name
}

// storeInt writes the low size bytes of v at dst+off in naturally aligned
// pieces, as the verifier wants for stack slots (map keys lay their parts
// end to end, so an integer may follow a 6-byte string).
func (l *lowerer) storeInt(dst *ir.Value, off int64, size int, v *ir.Value) {
	b := l.b
	for i := 0; i < size; {
		sz := ir.Chunk(size-i, off+int64(i))
		part := v
		if i > 0 {
			part = b.binaryConst(ir.OpLShr, v, int64(8*i))
		}
		b.store(dst, off+int64(i), sz, part)
		i += sz
	}
}

// stringLit is the text of a string literal argument or of str($N).
func (l *lowerer) stringLit(e ast.Expr) string {
	s, _ := sema.StringLiteral(e, l.info.Params)
	return s
}
