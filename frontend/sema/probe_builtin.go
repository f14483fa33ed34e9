package sema

import (
	"github.com/bpftc/bpftc/frontend/ast"
)

// PtRegs gives the offset of each x86_64 struct pt_regs register, by the
// names reg() takes (FN-12).
var PtRegs = map[string]int{
	"r15": 0, "r14": 8, "r13": 16, "r12": 24, "bp": 32, "bx": 40, "r11": 48, "r10": 56,
	"r9": 64, "r8": 72, "ax": 80, "cx": 88, "dx": 96, "si": 104, "di": 112,
	"orig_ax": 120, "ip": 128, "cs": 136, "flags": 144, "sp": 152, "ss": 160,
}

// ArgRegs are the registers of the x86_64 arguments arg0..arg5.
var ArgRegs = []string{"di", "si", "dx", "cx", "r8", "r9"}

// argBuiltin returns N for "argN" ("sargN" with prefix "sarg"), or -1.
func argBuiltin(name, prefix string) int {
	if len(name) != len(prefix)+1 || name[:len(prefix)] != prefix {
		return -1
	}
	if d := name[len(prefix)]; d >= '0' && d <= '9' {
		return int(d - '0')
	}
	return -1
}

// providerAS is the address space pointers read in a probe of the provider
// point into (bpftrace's find_addrspace).
func providerAS(provider string) AddrSpace {
	switch provider {
	case ProviderKprobe, ProviderKretprobe, ProviderTracepoint, ProviderRawTracepoint,
		ProviderKfunc, ProviderKretfunc, ProviderIter:
		return ASKernel
	case ProviderUprobe, ProviderUretprobe, ProviderUsdt:
		return ASUser
	}
	return ASNone
}

// singleProvider is the provider of every attach point of the probe, or ""
// when they differ (bpftrace's single_provider_type).
func (c *checker) singleProvider() string {
	p := ""
	for i, a := range c.probe.Attach {
		if i > 0 && a.Provider != p {
			return ""
		}
		p = a.Provider
	}
	return p
}

// regType is an integer read from a register, tagged with the address
// space its value points into.
func (c *checker) regType(as AddrSpace) *Type {
	return &Type{Kind: KindInt, Size: 8, AS: as}
}

// probeBuiltin types the builtins that read the probe's registers: argN,
// sargN, retval and func (BIV-15..BIV-18). ok is false for other names.
func (c *checker) probeBuiltin(e *ast.Builtin) (t *Type, ok bool) {
	if n := argBuiltin(e.Name, "arg"); n >= 0 {
		if c.singleProvider() == ProviderRawTracepoint {
			// The tracepoint's arguments, ctx->args[n] (bpftrace 0.18).
			return c.regType(ASKernel), true
		}
		for _, a := range c.probe.Attach {
			if a.Provider != ProviderKprobe && a.Provider != ProviderUprobe && a.Provider != ProviderUsdt {
				c.errorf(e, "The %s builtin can only be used with 'kprobes', 'uprobes' and 'usdt' probes", e.Name)
				return nil, true
			}
		}
		if n >= len(ArgRegs) {
			c.errorf(e, "x86_64 doesn't support %s", e.Name)
			return nil, true
		}
		c.usdtArg(e, n)
		return c.regType(c.firstAS()), true
	}
	if argBuiltin(e.Name, "sarg") >= 0 {
		for _, a := range c.probe.Attach {
			if a.Provider != ProviderKprobe && a.Provider != ProviderUprobe {
				c.errorf(e, "The %s builtin can only be used with 'kprobes' and 'uprobes' probes", e.Name)
				return nil, true
			}
			if a.Address != 0 || a.Offset != 0 {
				c.finalWarnf(e, "Using an address offset with the sargX built-in canlead to unexpected behavior ")
			}
		}
		return c.regType(c.firstAS()), true
	}
	switch e.Name {
	case "retval":
		if t, ok := c.kfuncRetval(e); ok {
			return t, true
		}
		p := c.singleProvider()
		if p != ProviderKretprobe && p != ProviderUretprobe {
			hint := ""
			if p == ProviderTracepoint {
				hint = " (try to use args->ret instead)"
			}
			c.errorf(e, "The retval builtin can only be used with 'kretprobe' and 'uretprobe' and 'kfunc' probes%s", hint)
			return nil, true
		}
		return c.regType(providerAS(p)), true
	case "func":
		for _, a := range c.probe.Attach {
			switch a.Provider {
			case ProviderKprobe, ProviderKretprobe:
				t = SpecialType(KindKsym, 0)
			case ProviderUprobe, ProviderUretprobe:
				t = SpecialType(KindUsym, 0)
			default:
				c.errorf(e, "The func builtin can not be used with '%s' probes", a.Provider)
				return nil, true
			}
		}
		return t, true
	}
	return nil, false
}

// firstAS is the address space of the probe's first attach point.
func (c *checker) firstAS() AddrSpace {
	if len(c.probe.Attach) == 0 {
		return ASNone
	}
	return providerAS(c.probe.Attach[0].Provider)
}

// reg types reg("name") (FN-12).
func (c *checker) reg(e *ast.Call) *Type {
	if len(e.Args) != 1 {
		c.errorf(e, "reg() requires one argument (%d provided)", len(e.Args))
		return nil
	}
	s, ok := e.Args[0].(*ast.String)
	if !ok {
		if t := c.expr(e.Args[0]); t != nil {
			c.errorf(e, "reg() expects a string literal (%s provided)", literalWord(t))
		}
		return nil
	}
	c.expr(s)
	if _, ok := PtRegs[s.Value]; !ok {
		c.errorf(e, "'%s' is not a valid register on this architecture (x86_64)", s.Value)
		return nil
	}
	return c.regType(providerAS(c.singleProvider()))
}

// literalWord names a type as bpftrace's Type enum prints in "expects a
// string literal (integer provided)".
func literalWord(t *Type) string {
	switch t.Kind {
	case KindInt:
		return "integer"
	case KindString:
		return "string"
	}
	return t.String()
}
