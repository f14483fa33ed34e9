package lower

import (
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/ir"
)

// Offsets in struct pt_regs (x86_64) of the registers the probe builtins read.
var (
	regIP  = int64(sema.PtRegs["ip"])
	regAX  = int64(sema.PtRegs["ax"])
	regSP  = int64(sema.PtRegs["sp"])
	argOff = func() []int64 {
		var offs []int64
		for _, r := range sema.ArgRegs {
			offs = append(offs, int64(sema.PtRegs[r]))
		}
		return offs
	}()
)

// ptRegsProviders are the providers whose programs get a struct pt_regs
// (or, for perf events, a struct bpf_perf_event_data that starts with one).
var ptRegsProviders = map[string]bool{
	sema.ProviderKprobe: true, sema.ProviderKretprobe: true,
	sema.ProviderUprobe: true, sema.ProviderUretprobe: true, sema.ProviderUsdt: true,
	sema.ProviderProfile: true, sema.ProviderInterval: true,
	sema.ProviderSoftware: true, sema.ProviderHardware: true,
}

// regs checks that the probe's context holds the registers.
func (l *lowerer) regs(n ast.Node) *ir.Value {
	for _, a := range l.probe.Attach {
		if !ptRegsProviders[a.Provider] {
			fail(n, "registers cannot be read in %s probes", a.Provider)
		}
	}
	return l.b.ctx
}

// probeBuiltin lowers the register builtins argN, sargN, retval and func
// (the address func resolves). ok is false for other builtins.
func (l *lowerer) probeBuiltin(e *ast.Builtin) (v *ir.Value, ok bool) {
	if v, ok := l.kfuncBuiltin(e); ok {
		return v, true
	}
	b := l.b
	if n := argIndex(e.Name, "arg"); n >= 0 {
		if l.probe.Attach[0].Provider == sema.ProviderRawTracepoint {
			// struct bpf_raw_tracepoint_args { u64 args[]; }
			return b.load(b.ctx, int64(8*n), 8, false), true
		}
		if l.probe.Attach[0].Provider == sema.ProviderUsdt {
			return l.usdtArg(e, n), true
		}
		return b.load(l.regs(e), argOff[n], 8, false), true
	}
	if n := argIndex(e.Name, "sarg"); n >= 0 {
		// Stack arguments sit above the return address (arg_stack_offset 1).
		sp := b.load(l.regs(e), regSP, 8, false)
		buf := b.alloca(8)
		b.call(l.readHelper(), buf, b.constant(8), b.binaryConst(ir.OpAdd, sp, int64(8*(n+1))))
		return b.load(buf, 0, 8, false), true
	}
	switch e.Name {
	case "retval":
		return b.load(l.regs(e), regAX, 8, false), true
	case "func":
		return b.load(l.regs(e), regIP, 8, false), true
	}
	return nil, false
}

// funcInto writes func's value to dst+off: the instruction pointer, and for
// user symbols (usym) the pid whose address space resolves it.
func (l *lowerer) funcInto(e *ast.Builtin, dst *ir.Value, off int64) bool {
	if e.Name != "func" {
		return false
	}
	b := l.b
	b.store(dst, off, 8, b.load(l.regs(e), regIP, 8, false))
	if l.info.Types[e].Kind == sema.KindUsym {
		b.store(dst, off+8, 8, b.binaryConst(ir.OpLShr, b.call("get_current_pid_tgid"), 32))
	}
	return true
}

// reg lowers reg("name") (FN-12).
func (l *lowerer) reg(e *ast.Call) *ir.Value {
	name := e.Args[0].(*ast.String).Value
	return l.b.load(l.regs(e), int64(sema.PtRegs[name]), 8, false)
}

// readHelper is the probe_read variant for the probe's address space.
func (l *lowerer) readHelper() string {
	if len(l.probe.Attach) > 0 {
		switch l.probe.Attach[0].Provider {
		case sema.ProviderUprobe, sema.ProviderUretprobe, sema.ProviderUsdt:
			return "probe_read_user"
		case sema.ProviderKprobe, sema.ProviderKretprobe:
			return "probe_read_kernel"
		}
	}
	return "probe_read"
}

// argIndex returns N for "argN" ("sargN" with prefix "sarg"), or -1.
func argIndex(name, prefix string) int {
	if len(name) != len(prefix)+1 || name[:len(prefix)] != prefix {
		return -1
	}
	if d := name[len(prefix)]; d >= '0' && d <= '9' {
		return int(d - '0')
	}
	return -1
}
