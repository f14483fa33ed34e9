package lower

import (
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/ir"
	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/symtab"
)

// usdtArg lowers argN in a usdt probe from the location's argument
// specification, as bpftrace 0.17 reads it: a constant, the low bytes of a
// register, or bytes of user memory at a register plus an offset (plus an
// index register times a scale); then sign- or zero-extended to 64 bits.
// The program has one location (see splitForProbeBuiltin).
func (l *lowerer) usdtArg(e *ast.Builtin, n int) *ir.Value {
	loc := l.probe.Attach[0].USDT
	if loc == nil || n >= len(loc.Args) {
		fail(e, "couldn't get argument %d for %s", n, l.probe.Attach[0].Name)
	}
	a := loc.Args[n]
	b := l.b
	switch a.Kind {
	case symtab.USDTConst:
		// bcc (through which bpftrace 0.17 reads the notes) keeps
		// constants in an int: "8@$9223372036854775807" reads as -1.
		return b.constant(extend(int64(int32(a.Value)), a.Size, a.Signed))
	case symtab.USDTReg:
		return b.load(b.ctx, int64(sema.PtRegs[a.Reg]), a.Size, a.Signed)
	}
	addr := b.binaryConst(ir.OpAdd, b.load(b.ctx, int64(sema.PtRegs[a.Reg]), 8, false), a.Offset)
	if a.Index != "" {
		idx := b.load(b.ctx, int64(sema.PtRegs[a.Index]), 8, false)
		if a.Scale != 1 {
			idx = b.binaryConst(ir.OpMul, idx, a.Scale)
		}
		addr = b.binary(ir.OpAdd, addr, idx)
	}
	buf := b.alloca(8)
	b.call("probe_read_user", buf, b.constant(int64(a.Size)), addr)
	return b.load(buf, 0, a.Size, a.Signed)
}

// extend truncates v to size bytes and extends it back to 64 bits.
func extend(v int64, size int, signed bool) int64 {
	if size >= 8 {
		return v
	}
	shift := uint(64 - 8*size)
	if signed {
		return v << shift >> shift
	}
	return int64(uint64(v) << shift >> shift)
}

// usesUsdtArgs reports whether pi has usdt attach points and reads argN:
// each location then needs its own program.
func usesUsdtArgs(pi *sema.ProbeInfo) bool {
	usdt := false
	for _, a := range pi.Attach {
		usdt = usdt || a.Provider == sema.ProviderUsdt
	}
	if !usdt {
		return false
	}
	found := false
	ast.Inspect(pi.Probe, func(n ast.Node) bool {
		if b, ok := n.(*ast.Builtin); ok && argIndex(b.Name, "arg") >= 0 {
			found = true
		}
		return !found
	})
	return found
}

// usdtName names a usdt program after its provider and probe.
func usdtName(a sema.Attach) string {
	if a.USDT == nil {
		return "usdt"
	}
	return "usdt_" + cIdent(a.USDT.Provider) + "_" + cIdent(a.USDT.Name)
}

// cpid lowers the cpid builtin: the u32 load-time parameter abi.ParamCpid,
// which the loader writes into abi.ParamsMap before BEGIN.
func (l *lowerer) cpid() *ir.Value {
	p := l.param(abi.ParamCpid, 4)
	b := l.b
	key := b.alloca(4)
	b.store(key, 0, 4, b.constant(0))
	tmp := l.tmpVar()
	b.writeVar(tmp, b.constant(0))
	v := b.call("map_lookup_elem", b.mapRef(abi.ParamsMap), key)
	b.ifThen(v, func() { b.writeVar(tmp, b.load(v, int64(p.Offset), p.Size, false)) })
	return b.readVar(tmp)
}

// param declares a load-time parameter of size bytes, once, in its own
// 8-byte slot of the abi.ParamsMap value.
func (l *lowerer) param(name string, size int) abi.LoadParam {
	if p, ok := l.meta.Param(name); ok {
		return p
	}
	p := abi.LoadParam{Name: name, Offset: 8 * len(l.meta.Params), Size: size}
	l.meta.Params = append(l.meta.Params, p)
	for _, m := range l.mod.Maps {
		if m.Name == abi.ParamsMap {
			m.ValueSize = 8 * len(l.meta.Params)
			return p
		}
	}
	l.mod.Maps = append(l.mod.Maps, &ir.Map{Name: abi.ParamsMap, Kind: ir.MapArray, KeySize: 4, ValueSize: 8, MaxEntries: 1})
	return p
}

// usdtSemaphore is the semaphore address of a usdt location, or 0.
func usdtSemaphore(a sema.Attach) uint64 {
	if a.USDT == nil {
		return 0
	}
	return a.USDT.Semaphore
}
