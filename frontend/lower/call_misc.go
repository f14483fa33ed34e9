package lower

import (
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/ir"
	"github.com/bpftc/bpftc/loader/abi"
)

// strncmp lowers strncmp(a, b, n): 0 when the first n characters are the
// same, 1 otherwise (FN-20). Strings are NUL-padded in BPF memory, so
// comparing the first n bytes (bytes past a string's size reading as 0)
// is the same as comparing up to the first NUL.
func (l *lowerer) strncmp(c *ast.Call) *ir.Value {
	n, _ := l.constInt(c.Args[2])
	return l.compareBytes(c.Args[0], c.Args[1], n)
}

// compareBytes is 1 when the first n bytes of the values of x and y (in
// BPF memory, bytes past their size reading as 0) differ, 0 otherwise.
func (l *lowerer) compareBytes(x, y ast.Expr, n int64) *ir.Value {
	b := l.b
	xs, ys := l.info.Types[x].Size, l.info.Types[y].Size
	n = min(n, int64(max(xs, ys)))
	lit := func(e ast.Expr) []byte {
		if s, ok := e.(*ast.String); ok {
			return []byte(s.Value)
		}
		return nil
	}
	xl, yl := lit(x), lit(y)
	if xl != nil && yl != nil {
		for i := int64(0); i < n; i++ {
			if byteAt(xl, i) != byteAt(yl, i) {
				return b.constant(1)
			}
			if byteAt(xl, i) == 0 {
				break
			}
		}
		return b.constant(0)
	}
	if xl != nil {
		x, y, xs, ys, xl, yl = y, x, ys, xs, yl, xl
	}
	xp, xoff := l.addr(x)
	var yp *ir.Value
	var yoff int64
	if yl == nil {
		yp, yoff = l.addr(y)
	}
	tmp := l.tmpVar()
	b.writeVar(tmp, b.constant(1))
	done := b.newBlock()
	word := func(p *ir.Value, off int64, size, i int64, sz int, lit []byte) *ir.Value {
		switch {
		case lit != nil:
			return b.constant(littleEndianAt(padTo(lit, i+int64(sz)), sz, i))
		case i >= size:
			return b.constant(0)
		}
		return b.load(p, off+i, sz, false)
	}
	for i := int64(0); i < n; {
		// Chunks never straddle the end of the shorter buffer.
		lim := n - i
		if i < int64(xs) {
			lim = min(lim, int64(xs)-i)
		}
		if yl == nil && i < int64(ys) {
			lim = min(lim, int64(ys)-i)
		}
		sz := ir.Chunk(int(lim), xoff+i, yoff+i)
		xv := word(xp, xoff, int64(xs), i, sz, nil)
		yv := word(yp, yoff, int64(ys), i, sz, yl)
		next := b.newBlock()
		b.cur.If(b.binary(ir.OpNe, xv, yv), done, next)
		b.seal(next)
		b.setBlock(next)
		i += int64(sz)
	}
	b.writeVar(tmp, b.constant(0))
	b.cur.Jump(done)
	b.seal(done)
	b.setBlock(done)
	return b.readVar(tmp)
}

func byteAt(s []byte, i int64) byte {
	if i < int64(len(s)) {
		return s[i]
	}
	return 0
}

// padTo returns s zero-padded to at least n bytes.
func padTo(s []byte, n int64) []byte {
	if int64(len(s)) >= n {
		return s
	}
	p := make([]byte, n)
	copy(p, s)
	return p
}

// littleEndian reads size bytes of p from i as a little-endian integer.
func littleEndianAt(p []byte, size int, i int64) int64 { return littleEndian(p[i:], size) }

// bswap lowers bswap(x): x's bytes in reverse order, in x's width (FN-29).
func (l *lowerer) bswap(c *ast.Call) *ir.Value {
	b := l.b
	x := l.expr(c.Args[0])
	size := l.info.Types[c].Size
	var r *ir.Value
	for i := 0; i < size; i++ {
		// Byte i moves to byte size-1-i.
		byteI := b.binaryConst(ir.OpAnd, b.binaryConst(ir.OpLShr, x, int64(8*i)), 0xff)
		moved := byteI
		if sh := 8 * (size - 1 - i); sh > 0 {
			moved = b.binaryConst(ir.OpShl, byteI, int64(sh))
		}
		if r == nil {
			r = moved
		} else {
			r = b.binary(ir.OpOr, r, moved)
		}
	}
	return r
}

// ntop lowers ntop([af,] addr) into an inet value: s64 family, then the
// address in 16 zeroed bytes (FN-16).
func (l *lowerer) ntop(c *ast.Call, dst *ir.Value, off int64) {
	b := l.b
	arg := c.Args[0]
	var af *ir.Value
	if len(c.Args) == 2 {
		af = l.expr(c.Args[0])
		arg = c.Args[1]
	}
	t := l.info.Types[arg]
	if af == nil {
		if t.Kind == sema.KindInt || t.Size == 4 {
			af = b.constant(2) // AF_INET
		} else {
			af = b.constant(10) // AF_INET6
		}
	}
	b.store(dst, off, 8, af)
	b.zero(dst, off+8, 16)
	switch {
	case t.Kind == sema.KindInt:
		b.store(dst, off+8, 4, l.expr(arg))
	case t.Kind == sema.KindString || t.Internal:
		p, poff := l.addr(arg)
		for i := 0; i < t.Size; {
			sz := ir.Chunk(t.Size-i, off+8+int64(i), poff+int64(i))
			b.store(dst, off+8+int64(i), sz, b.load(p, poff+int64(i), sz, false))
			i += sz
		}
	default:
		b.call(readHelperFor(sema.ReadAS(t, l.probe), false), b.ptrAdd(dst, off+8), b.constant(int64(t.Size)), l.expr(arg))
	}
}

// pton lowers pton("addr"): the address bytes, known at compile time.
func (l *lowerer) pton(c *ast.Call, dst *ir.Value, off int64, n int) {
	addr, _ := sema.Pton(l.stringLit(c.Args[0]))
	l.storeBytes(dst, off, addr, min(n, len(addr)))
}

// strftime lowers strftime(fmt, ns) into a timestamp: the format's id and
// the time (FN-24).
func (l *lowerer) strftime(c *ast.Call, dst *ir.Value, off int64) {
	b := l.b
	id := int64(len(l.meta.Strftimes))
	l.meta.Strftimes = append(l.meta.Strftimes, l.stringLit(c.Args[0]))
	b.store(dst, off, 8, b.constant(id))
	b.store(dst, off+8, 8, l.expr(c.Args[1]))
}

// elapsed lowers the elapsed builtin: nanoseconds since the loader wrote
// its start time into abi.ElapsedMap (BIV-07).
func (l *lowerer) elapsed() *ir.Value {
	b := l.b
	l.needMap(&ir.Map{Name: abi.ElapsedMap, Kind: ir.MapArray, KeySize: 4, ValueSize: 8, MaxEntries: 1})
	key := b.alloca(4)
	b.store(key, 0, 4, b.constant(0))
	tmp := l.tmpVar()
	b.writeVar(tmp, b.constant(0))
	p := b.call("map_lookup_elem", b.mapRef(abi.ElapsedMap), key)
	b.ifThen(p, func() { b.writeVar(tmp, b.load(p, 0, 8, false)) })
	start := b.readVar(tmp)
	return b.binary(ir.OpSub, b.call("ktime_get_boot_ns"), start)
}

// needMap adds an internal map to the module once.
func (l *lowerer) needMap(m *ir.Map) {
	for _, have := range l.mod.Maps {
		if have.Name == m.Name {
			return
		}
	}
	l.mod.Maps = append(l.mod.Maps, m)
}

// probeID is the index of the current probe's name in the metadata's
// probe table (the probe builtin, BIV-19).
func (l *lowerer) probeID() int64 {
	name := l.probe.Attach[0].Name
	for i, p := range l.meta.Probes {
		if p == name {
			return int64(i)
		}
	}
	l.meta.Probes = append(l.meta.Probes, name)
	return int64(len(l.meta.Probes) - 1)
}
