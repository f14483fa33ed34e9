package lower

import (
	"fmt"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/ir"
)

// kfunc, kretfunc, iter and watchpoint programs: their sections (libbpf's
// spelling, which cilium/ebpf reads: the kernel function or the iterator
// follows the slash) and their names.
func init() {
	probeKinds[sema.ProviderKfunc] = probeKind{
		funcName("kfunc"),
		func(a sema.Attach) string { return "fentry/" + a.Func },
	}
	probeKinds[sema.ProviderKretfunc] = probeKind{
		funcName("kretfunc"),
		func(a sema.Attach) string { return "fexit/" + a.Func },
	}
	probeKinds[sema.ProviderIter] = probeKind{
		func(a sema.Attach) string { return "iter_" + cIdent(a.Func) },
		func(a sema.Attach) string { return "iter/" + a.Func },
	}
	probeKinds[sema.ProviderWatchpoint] = probeKind{
		func(a sema.Attach) string { return fmt.Sprintf("watchpoint_0x%x", a.Address) },
		fixed("perf_event"),
	}
	// A watchpoint's context is a struct bpf_perf_event_data.
	ptRegsProviders[sema.ProviderWatchpoint] = true
}

// ownProgram lists the providers whose attach points each need a program
// of their own: a tracing program is loaded for one kernel function.
var ownProgram = map[string]bool{sema.ProviderKfunc: true, sema.ProviderKretfunc: true}

// ctxField reads args->name (kfunc, kretfunc) or ctx->name (iter) from
// the program's context.
func (l *lowerer) ctxField(e *ast.Field) *ir.Value {
	return l.ctxValue(l.probe.Ctx.Field(e.Name))
}

// ctxValue reads one context value: loaded directly (the verifier checks
// the access against the function's BTF), or copied out with
// probe_read_kernel when the loaded pointer would be one the verifier
// forbids arithmetic on (sema.CtxField.Read).
func (l *lowerer) ctxValue(f *sema.CtxField) *ir.Value {
	b := l.b
	size := f.Type.Size
	var v *ir.Value
	if !f.Read {
		v = b.load(b.ctx, int64(f.Offset), size, f.Type.Signed)
	} else {
		buf := b.alloca(8)
		b.call("probe_read_kernel", buf, b.constant(int64(size)), b.ptrAdd(b.ctx, int64(f.Offset)))
		v = b.load(buf, 0, size, f.Type.Signed)
	}
	if len(l.probe.Attach) > 0 && l.probe.Attach[0].Provider == sema.ProviderIter {
		l.iterStopAtZero(v)
	}
	return v
}

// iterStopAtZero ends an iter probe when a context value it read is zero,
// as bpftrace 0.17 does after every such load (its "context access check
// for iter probes"): the NULL object of an iteration's last call, but also
// an integer member that is 0 (ctx->fd of descriptor 0). The check also
// tells the verifier the pointer is not NULL, so it may be offset and
// passed on (path(ctx->file->f_path)).
func (l *lowerer) iterStopAtZero(v *ir.Value) {
	b := l.b
	cont, stop := b.newBlock(), b.newBlock()
	b.cur.If(v, cont, stop)
	b.seal(cont)
	b.seal(stop)
	b.setBlock(stop)
	b.ret()
	b.setBlock(cont)
}

// kfuncBuiltin lowers retval in kretfunc probes; ok is false elsewhere.
func (l *lowerer) kfuncBuiltin(e *ast.Builtin) (v *ir.Value, ok bool) {
	if e.Name != "retval" || l.probe.Ctx == nil || l.probe.Ctx.Retval == nil {
		return nil, false
	}
	return l.ctxValue(l.probe.Ctx.Retval), true
}

// seqPrintf lowers printf in an iter probe as bpftrace 0.17 does: the text
// goes to the iterator's seq_file through bpf_seq_printf, which formats it
// in the kernel. Each argument takes a u64 slot (integers of their width,
// the rest zero); strings and other values held in memory are passed by
// address, copied after the slots in the same buffer, so that they live
// until the call. It reports false outside iter probes.
func (l *lowerer) seqPrintf(c *ast.Call) bool {
	if len(l.probe.Attach) == 0 || l.probe.Attach[0].Provider != sema.ProviderIter {
		return false
	}
	b := l.b
	format := c.Args[0].(*ast.String).Value
	fmtBuf := b.alloca(len(format) + 1)
	l.storeBytes(fmtBuf, 0, []byte(format), align(len(format)+1, 8))
	args := c.Args[1:]
	size := 8 * len(args)
	for _, a := range args {
		if t := l.info.Types[a]; t.Kind != sema.KindInt && t.Kind != sema.KindPtr {
			size += align(t.StorageSize(), 8)
		}
	}
	data := b.constant(0)
	if size > 0 {
		data = b.alloca(size)
		b.zero(data, 0, size)
	}
	mem := int64(8 * len(args))
	for i, a := range args {
		slot := int64(8 * i)
		switch t := l.info.Types[a]; t.Kind {
		case sema.KindInt:
			// An LLVM store of bpftrace's value: as wide as it is (an
			// i1 takes a byte holding 0 or 1).
			l.storeInt(data, slot, max(l.width(a)/8, 1), l.intValue(a))
		case sema.KindPtr:
			b.store(data, slot, 8, l.expr(a))
		default:
			n := t.StorageSize()
			l.into(a, data, mem, n)
			b.store(data, slot, 8, b.ptrAdd(data, mem))
			mem += int64(align(n, 8))
		}
	}
	meta := l.loadPtr(b.ctx, 0)
	seq := l.loadPtr(meta, 0)
	b.call("seq_printf", seq, fmtBuf, b.constant(int64(len(format)+1)), data, b.constant(int64(8*len(args))))
	return true
}

// loadPtr loads a kernel pointer the verifier tracks (the iterator's
// struct bpf_iter_meta and its seq_file) from p+off.
func (l *lowerer) loadPtr(p *ir.Value, off int64) *ir.Value {
	v := l.b.value(ir.OpLoad, ir.Ptr, p)
	v.Aux, v.Size = off, 8
	return v
}
