package lower

import (
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/ir"
)

// usym writes usym(addr): the address and the pid whose address space
// resolves it (FN-09).
func (l *lowerer) usym(c *ast.Call, dst *ir.Value, off int64) {
	b := l.b
	b.store(dst, off, 8, l.expr(c.Args[0]))
	b.store(dst, off+8, 8, b.binaryConst(ir.OpLShr, b.call("get_current_pid_tgid"), 32))
}

// macaddr writes the six bytes of macaddr(a): copied from BPF memory or
// read from the address a holds (FN-27).
func (l *lowerer) macaddr(c *ast.Call, dst *ir.Value, off int64) {
	arg := c.Args[0]
	t := l.info.Types[arg]
	if !t.IsIntLike() {
		l.into(arg, dst, off, 6)
		return
	}
	l.b.zero(dst, off, 6)
	l.probeRead(dst, off, 6, l.expr(arg), sema.ReadAS(t, l.probe))
}

// cgroupPath writes cgroup_path(id [, filter]): the filter's index in the
// metadata and the cgroup id (FN-28).
func (l *lowerer) cgroupPath(c *ast.Call, dst *ir.Value, off int64) {
	b := l.b
	filter := "*"
	if len(c.Args) > 1 {
		filter = l.stringLit(c.Args[1])
	}
	id := int64(len(l.meta.CgroupPaths))
	l.meta.CgroupPaths = append(l.meta.CgroupPaths, filter)
	b.store(dst, off, 8, b.constant(id))
	b.store(dst, off+8, 8, l.expr(c.Args[0]))
}

// path writes path(p) as a string: bpf_d_path of the struct path at the
// address p holds, or where a struct path value lives (FN-25).
func (l *lowerer) path(c *ast.Call, dst *ir.Value, off int64, n int) {
	b := l.b
	arg := c.Args[0]
	var p *ir.Value
	if t := l.info.Types[arg]; t.Kind == sema.KindPtr {
		p = l.expr(arg)
	} else {
		p = l.extAddr(l.aggAddr(arg), 0)
	}
	b.zero(dst, off, n)
	b.call("d_path", p, b.ptrAdd(dst, off), b.constant(int64(n)))
}

// strcontains is 1 when the string y occurs in the string x (FN-21), with
// bpftrace 0.17's loops over the declared sizes: for each start j in
// 0..size(x)-size(y), the first NUL of y means found, a differing byte
// the next j, and a NUL at x[j] not found.
func (l *lowerer) strcontains(c *ast.Call) *ir.Value {
	b := l.b
	x, y := c.Args[0], c.Args[1]
	xs, ys := l.info.Types[x].Size, l.info.Types[y].Size
	xl, xlit := x.(*ast.String)
	yl, ylit := y.(*ast.String)
	if xlit {
		xs = len(xl.Value) + 1
	}
	if ylit {
		ys = len(yl.Value) + 1
	}
	if xlit && ylit {
		return b.constant(boolInt(contains(xl.Value, yl.Value)))
	}
	if xs < ys {
		return b.constant(0)
	}
	byteOf := func(e ast.Expr, lit *ast.String, p *ir.Value, poff int64, i int) *ir.Value {
		if lit != nil {
			return b.constant(int64(byteAt([]byte(lit.Value), int64(i))))
		}
		return b.load(p, poff+int64(i), 1, false)
	}
	var xp, yp *ir.Value
	var xoff, yoff int64
	if !xlit {
		xp, xoff = l.addr(x)
		xl = nil
	}
	if !ylit {
		yp, yoff = l.addr(y)
		yl = nil
	}
	tmp := l.tmpVar()
	b.writeVar(tmp, b.constant(0))
	found, done := b.newBlock(), b.newBlock()
	for j := 0; j <= xs-ys; j++ {
		next := b.newBlock() // the start j+1 (or not found)
		for i := 0; i < ys; i++ {
			yc := byteOf(y, yl, yp, yoff, i)
			cmp := b.newBlock()
			b.cur.If(b.binaryConst(ir.OpEq, yc, 0), found, cmp)
			b.seal(cmp)
			b.setBlock(cmp)
			same := b.newBlock()
			b.cur.If(b.binary(ir.OpNe, byteOf(x, xl, xp, xoff, i+j), yc), next, same)
			b.seal(same)
			b.setBlock(same)
		}
		b.cur.Jump(next)
		b.seal(next)
		b.setBlock(next)
		cont := b.newBlock()
		b.cur.If(b.binaryConst(ir.OpEq, byteOf(x, xl, xp, xoff, j), 0), done, cont)
		b.seal(cont)
		b.setBlock(cont)
	}
	b.cur.Jump(done)
	b.seal(found)
	b.setBlock(found)
	b.writeVar(tmp, b.constant(1))
	b.cur.Jump(done)
	b.seal(done)
	b.setBlock(done)
	return b.readVar(tmp)
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

func boolInt(v bool) int64 {
	if v {
		return 1
	}
	return 0
}

// debugf lowers debugf(fmt, args...) to bpf_trace_printk: the format on
// the stack, integers by value, strings by address (FN-34).
func (l *lowerer) debugf(c *ast.Call) {
	b := l.b
	format := c.Args[0].(*ast.String).Value
	fmtBuf := b.alloca(len(format) + 1)
	l.storeBytes(fmtBuf, 0, []byte(format), len(format)+1)
	args := []*ir.Value{fmtBuf, b.constant(int64(len(format) + 1))}
	for _, a := range c.Args[1:] {
		if t := l.info.Types[a]; t.IsIntLike() {
			args = append(args, l.expr(a))
			continue
		}
		p, off := l.addr(a)
		args = append(args, b.ptrAdd(p, off))
	}
	for len(args) < 5 {
		args = append(args, b.constant(0))
	}
	b.call("trace_printk", args...)
}

// signal lowers signal(N | "NAME") to bpf_send_signal (FN-19).
func (l *lowerer) signal(c *ast.Call) {
	b := l.b
	var sig *ir.Value
	if s, ok := c.Args[0].(*ast.String); ok {
		sig = b.constant(sema.SignalNumber(s.Value))
	} else if s, ok := sema.StringLiteral(c.Args[0], l.info.Params); ok && l.info.Types[c.Args[0]].Kind == sema.KindString {
		sig = b.constant(sema.SignalNumber(s))
	} else {
		sig = b.binaryConst(ir.OpAnd, l.expr(c.Args[0]), 0xffffffff)
	}
	b.call("send_signal", sig)
}

// override lowers override(rc) to bpf_override_return (FN-22).
func (l *lowerer) override(c *ast.Call) {
	b := l.b
	b.call("override_return", b.ctx, l.expr(c.Args[0]))
}
