package sema

import (
	"strings"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/loader/symtab"
)

// The remaining functions of bpftrace 0.17 (FN-09, FN-19, FN-21, FN-22,
// FN-25, FN-26, FN-27, FN-28, FN-34) and the ctx builtin (BIV-21).

// moreCall checks the functions of this file; ok is false for others.
func (c *checker) moreCall(e *ast.Call) (t *Type, ok bool) {
	switch e.Name {
	case "usym":
		if c.nargs(e, 1) {
			if t := c.expr(e.Args[0]); t != nil && !t.IsIntLike() {
				c.errorf(e, "usym() expects an integer or pointer argument")
			}
		}
		return SpecialType(KindUsym, 0), true
	case "strcontains":
		if c.nargs(e, 2) {
			c.typedArg(e, c.expr(e.Args[0]), KindString)
			c.typedArg(e, c.expr(e.Args[1]), KindString)
		}
		return Uint64, true
	case "kptr", "uptr":
		return c.ptrCall(e), true
	case "macaddr":
		return c.macaddrCall(e), true
	case "cgroup_path":
		return c.cgroupPathCall(e), true
	case "cgroupid":
		return c.cgroupidCall(e), true
	case "debugf":
		c.debugfCall(e)
		return None, true
	case "signal":
		c.signalCall(e)
		return None, true
	case "override":
		c.overrideCall(e)
		return None, true
	case "path":
		return c.pathCall(e), true
	case "uaddr":
		return c.uaddrCall(e), true
	case "skboutput":
		return c.skboutputCall(e), true
	case "unwatch":
		return c.unwatchCall(e), true
	}
	return nil, false
}

// unsafe reports the use of an unsafe function without --unsafe; bpftrace
// checks it before anything else about the call.
func (c *checker) unsafe(e *ast.Call) {
	if !c.opts.Unsafe {
		c.errorf(e, "%s() is an unsafe function being used in safe mode", e.Name)
	}
}

// ptrCall checks kptr(p) and uptr(p): p with its address space forced.
func (c *checker) ptrCall(e *ast.Call) *Type {
	if !c.nargs(e, 1) {
		return nil
	}
	t := c.expr(e.Args[0])
	if t == nil {
		return nil
	}
	if !t.IsIntLike() {
		c.errorf(e, "%s() only supports integer or pointer arguments (%s provided)", e.Name, typeWord(t))
		return nil
	}
	as := ASKernel
	if e.Name == "uptr" {
		as = ASUser
	}
	return withAS(t, as)
}

// macaddrCall checks macaddr(a): six bytes printed as a MAC address.
func (c *checker) macaddrCall(e *ast.Call) *Type {
	if !c.nargs(e, 1) {
		return nil
	}
	t := c.expr(e.Args[0])
	if t == nil {
		return SpecialType(KindMacaddr, 0)
	}
	bytes := t.Kind == KindArray || t.Kind == KindString || t.Kind == KindBuffer
	if !t.IsIntLike() && !bytes {
		c.errorf(e, "macaddr() only supports array or pointer arguments (%s provided)", typeWord(t))
	}
	if bytes && t.Size != 6 {
		c.errorf(e, "macaddr() argument must be 6 bytes in size")
	}
	if _, lit := e.Args[0].(*ast.String); lit {
		c.errorf(e, "macaddr() does not support literal string arguments")
	}
	if t.IsIntLike() {
		c.noteRead(ReadAS(t, c.probe))
	}
	return SpecialType(KindMacaddr, 0)
}

// cgroupPathCall checks cgroup_path(id [, "filter"]).
func (c *checker) cgroupPathCall(e *ast.Call) *Type {
	if c.varargs(e, 1, 2) {
		c.typedArg(e, c.expr(e.Args[0]), KindInt)
		if len(e.Args) > 1 {
			c.typedArg(e, c.expr(e.Args[1]), KindString)
		}
	}
	return SpecialType(KindCgroupPath, 0)
}

// debugfConvs are the conversions bpf_trace_printk takes.
var debugfConvs = map[string]bool{
	"d": true, "u": true, "x": true, "ld": true, "lu": true, "lx": true,
	"lld": true, "llu": true, "llx": true, "p": true, "s": true,
}

// debugfCall checks debugf(fmt, args...) as bpftrace 0.17 does in its
// final pass: the argument count, at most three arguments, only the
// conversions bpf_trace_printk knows, their types; and it always warns.
func (c *checker) debugfCall(e *ast.Call) {
	if !c.varargs(e, 1, 128) {
		return
	}
	lit, ok := e.Args[0].(*ast.String)
	if !ok {
		c.errorf(e, "debugf() expects a string literal (%s provided)", typeWord(c.expr(e.Args[0])))
		return
	}
	var types []*Type
	for _, a := range e.Args[1:] {
		types = append(types, c.expr(a))
	}
	// bpftrace prints the warning at once, its errors after the pass: at
	// the same location, the warning goes first.
	c.finalWarnf(e, "The debugf() builtin is not recommended for production use. For more information see bpf_trace_printk in bpf-helpers(7).")
	convs, err := parseFormat(lit.Value)
	nargs := len(types)
	switch {
	case err != nil:
		c.finalErrorf(e, "debugf: %v", err)
	case nargs < len(convs):
		c.finalErrorf(e, "debugf: Not enough arguments for format string (%d supplied, %d expected)", nargs, len(convs))
	case nargs > len(convs):
		c.finalErrorf(e, "debugf: Too many arguments for format string (%d supplied, %d expected)", nargs, len(convs))
	case nargs > 3:
		c.finalErrorf(e, "debugf: Cannot use more than 3 conversion specifiers")
	default:
		for i, t := range types {
			tok := strings.TrimLeft(convName(lit.Value, i)[1:], "-0123456789.")
			if !debugfConvs[tok] {
				c.finalErrorf(e, "debugf: Unknown format string token: %%%s", tok)
				break
			}
			want := "integer"
			if tok == "s" {
				want = "string"
			}
			got := "none"
			if t != nil {
				got = printfWord(t)
			}
			if got != want {
				c.finalErrorf(e, "debugf: %%%s specifier expects a value of type %s (%s supplied)", tok, want, got)
				break
			}
		}
	}
}

// signals are the names signal() takes (bpftrace 0.17's table).
var signals = map[string]int64{
	"SIGABRT": 6, "SIGALRM": 14, "SIGBUS": 7, "SIGCHLD": 17, "SIGCONT": 18,
	"SIGFPE": 8, "SIGHUP": 1, "SIGILL": 4, "SIGINT": 2, "SIGKILL": 9,
	"SIGPIPE": 13, "SIGPOLL": 29, "SIGQUIT": 3, "SIGSEGV": 11, "SIGSTOP": 19,
	"SIGSYS": 31, "SIGTERM": 15, "SIGTRAP": 5, "SIGTSTP": 20, "SIGTTIN": 21,
	"SIGTTOU": 22, "SIGURG": 23, "SIGUSR1": 10, "SIGUSR2": 12,
	"SIGVTALRM": 26, "SIGWINCH": 28, "SIGXCPU": 24, "SIGXFSZ": 25,
}

// SignalNumber is the number of a signal name as bpftrace 0.17 reads it:
// case-insensitive, "SIG" added unless the name starts with S (so "STOP"
// is not a signal), or -1.
func SignalNumber(name string) int64 {
	s := strings.ToUpper(name)
	if s == "" {
		return -1
	}
	if s[0] != 'S' {
		s = "SIG" + s
	}
	if n, ok := signals[s]; ok {
		return n
	}
	return -1
}

// signalProviders are the probes signal() may be used in.
var signalProviders = map[string]bool{
	ProviderKprobe: true, ProviderKretprobe: true, ProviderUprobe: true, ProviderUretprobe: true,
	ProviderUsdt: true, ProviderTracepoint: true, ProviderProfile: true,
	ProviderKfunc: true, ProviderKretfunc: true,
}

// signalCall checks signal(N | "NAME") (FN-19).
func (c *checker) signalCall(e *ast.Call) {
	c.unsafe(e)
	var t *Type
	for i, a := range e.Args {
		if at := c.expr(a); i == 0 {
			t = at
		}
	}
	for _, a := range c.probe.Attach {
		if !signalProviders[a.Provider] {
			c.errorf(e, "signal can not be used with \"%s\" probes", a.Provider)
		}
	}
	if !c.varargs(e, 1, 1) || t == nil {
		return
	}
	if s, lit := c.stringLiteral(e.Args[0]); lit && t.Kind == KindString {
		if SignalNumber(s) < 1 {
			c.errorf(e, "%s is not a valid signal", s)
		}
	} else if v, lit := c.constInt(e.Args[0]); lit && t.Kind == KindInt {
		if v < 1 || v > 64 {
			c.errorf(e, "%d is not a valid signal, allowed range: [1,64]", v)
		}
	} else if t.Kind != KindInt {
		c.errorf(e, "signal only accepts string literals or integers")
	}
}

// overrideCall checks override(rc) (FN-22): kprobes only.
func (c *checker) overrideCall(e *ast.Call) {
	c.unsafe(e)
	if c.varargs(e, 1, 1) {
		c.typedArg(e, c.expr(e.Args[0]), KindInt)
	}
	for _, a := range c.probe.Attach {
		if a.Provider != ProviderKprobe {
			c.errorf(e, "override can only be used with kprobes.")
		}
	}
}

// pathCall checks path(struct path * | struct path) (FN-25): kfunc,
// kretfunc and iter probes only.
func (c *checker) pathCall(e *ast.Call) *Type {
	var t *Type
	if c.varargs(e, 1, 1) {
		if at := c.expr(e.Args[0]); at != nil && at.Kind != KindRecord && at.Kind != KindPtr {
			c.errorf(e, "path() only supports pointer or record argument (%s provided)", typeWord(at))
		}
		t = StringType(c.strLen())
	}
	for _, a := range c.probe.Attach {
		if a.Provider != ProviderKfunc && a.Provider != ProviderKretfunc && a.Provider != ProviderIter {
			c.errorf(e, "The path function can only be used with 'kfunc', 'kretfunc', 'iter' probes")
		}
	}
	return t
}

// langBuiltin types ctx outside iter probes (BIV-21): a pointer to the
// program's context, struct pt_regs for kprobe-type programs and struct
// bpf_perf_event_data for perf events.
func (c *checker) langBuiltin(e *ast.Builtin) (*Type, bool) {
	if e.Name != "ctx" {
		return nil, false
	}
	kind := func(p string) string {
		switch p {
		case ProviderKprobe, ProviderKretprobe, ProviderUprobe, ProviderUretprobe, ProviderUsdt:
			return "kprobe"
		case ProviderProfile, ProviderInterval, ProviderSoftware, ProviderHardware:
			return "perf_event"
		case ProviderTracepoint:
			return "tracepoint"
		}
		return p
	}
	if len(c.probe.Attach) == 0 {
		return nil, true
	}
	k := kind(c.probe.Attach[0].Provider)
	for _, a := range c.probe.Attach[1:] {
		if k2 := kind(a.Provider); k2 != k {
			c.errorf(e, "ctx cannot be used in different BPF program types: %s and %s", k, k2)
		}
	}
	switch k {
	case "kprobe":
		return PtrType(&Type{Kind: KindRecord, Name: "struct pt_regs"}, ASKernel), true
	case "perf_event":
		return PtrType(&Type{Kind: KindRecord, Name: "struct bpf_perf_event_data"}, ASKernel), true
	case "tracepoint":
		c.errorf(e, "Use args instead of ctx in tracepoint")
		return nil, true
	}
	c.errorf(e, "ctx is not supported in %s probes by bpftc", c.probe.Attach[0].Provider)
	return nil, true
}

// validSymbol is bpftrace's check_symbol: ^[a-zA-Z0-9./_-]+$.
func validSymbol(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '/' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// uaddrCall checks uaddr("sym") (FN-11): the address of a global of the
// traced binary, found now, as a pointer to an integer of its size (64
// bits unless 1, 2 or 4 bytes); like bpftrace 0.17 it is the address in the
// file (not relocated for position-independent executables).
func (c *checker) uaddrCall(e *ast.Call) *Type {
	for _, a := range c.probe.Attach {
		switch a.Provider {
		case ProviderUprobe, ProviderUretprobe, ProviderUsdt:
		default:
			c.errorf(e, "uaddr can not be used with \"%s\" probes", a.Provider)
		}
	}
	if !c.nargs(e, 1) || !c.literalArg(e, 0, KindString) {
		return nil
	}
	name, _ := c.stringLiteral(e.Args[0])
	if !validSymbol(name) {
		c.errorf(e, "uaddr() expects a string that is a valid symbol (^[a-zA-Z0-9./_-]+$) as input (\"%s\" provided)", name)
		return nil
	}
	var sizes []uint64
	for _, a := range c.probe.Attach {
		target := a.Target
		if parts := strings.SplitN(a.Name, ":", 3); target == "" && len(parts) > 1 {
			target = parts[1] // bpftrace's target of other probes: "s" of interval:s:1
		}
		sym, err := symtab.ObjectSymbol(target, name)
		if err != nil || sym.Value == 0 {
			c.errorf(e, "Could not resolve symbol: %s:%s", target, name)
		}
		sizes = append(sizes, sym.Size)
		if c.info.UserAddrs == nil {
			c.info.UserAddrs = map[*ast.Call]uint64{}
		}
		if prev, ok := c.info.UserAddrs[e]; ok && prev != sym.Value && !c.quiet {
			c.errorf(e, "uaddr() of a symbol at different addresses in the probe's binaries is not supported by bpftc")
		}
		c.info.UserAddrs[e] = sym.Value
	}
	for i := 1; i < len(sizes); i++ {
		if sizes[i] != sizes[0] {
			c.errorf(e, "Symbol size mismatch between probes. Symbol \"%s\" has size %d for probe \"%s\" but size %d for probe \"%s\"",
				name, sizes[0], c.probe.Attach[0].Name, sizes[i], c.probe.Attach[i].Name)
		}
	}
	bits := 64
	if len(sizes) > 0 && (sizes[0] == 1 || sizes[0] == 2 || sizes[0] == 4) {
		bits = int(sizes[0]) * 8
	}
	return PtrType(IntType(bits/8, true), ASUser)
}
