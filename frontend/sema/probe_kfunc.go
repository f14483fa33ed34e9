package sema

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"

	"github.com/cilium/ebpf/btf"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/internal/kbtf"
)

// maxKfuncArgs is the most parameters a traced function may have (x86_64
// passes six in registers; bpftrace 0.17's arch::max_arg() + 1).
const maxKfuncArgs = 6

// kfuncCache is what kfunc probes read from the system, once per check.
type kfuncCache struct {
	modules map[string][]string // function -> modules, from available_filter_functions
	names   []string            // functions of the kernel's BTF, sorted
}

// kfuncMatch is one function a kfunc attach point resolved to.
type kfuncMatch struct {
	module string
	fn     *btf.Func
}

// expandKfunc resolves kfunc[:module]:function and kretfunc (PRB-17,
// PRB-18) against the kernel's BTF. A plain function takes the module
// available_filter_functions gives it, else "vmlinux" when the kernel's
// BTF has it; wildcards match the functions of the kernel's BTF (not of
// modules) that can be traced. args and retval are typed from the first
// match's prototype; the other matches must have the same parameter names.
func (c *checker) expandKfunc(pi *ProbeInfo, ap *ast.AttachPoint) {
	if ap.Func == "" {
		c.errorf(ap, "kfunc should specify a function")
		return
	}
	k := c.ctypes().kernel
	if k == nil || !k.load() {
		c.errorf(ap, "%s:%s: BTF data not available", ap.Provider, ap.Func)
		return
	}
	ret := ap.Provider == ProviderKretfunc
	var matches []kfuncMatch
	if ap.NeedExpansion {
		matches = c.kfuncMatches(k, ap.Target, ap.Func)
	} else {
		m, why := c.kfuncExact(k, ap.Target, ap.Func)
		if why != "" {
			c.errorf(ap, "kfunc:%s: %s", ap.Func, why)
			return
		}
		matches = []kfuncMatch{m}
	}
	needArgs := usesBuiltin(pi.Probe, "args", "retval")
	for _, m := range matches {
		layout, why := k.kfuncLayout(m.fn, ret)
		if why != "" {
			if !ap.NeedExpansion {
				c.errorf(ap, "kfunc:%s: %s", ap.Func, why)
				return
			}
			continue
		}
		switch {
		case pi.Ctx == nil:
			pi.Ctx = layout
		case needArgs && !sameArgNames(pi.Ctx, layout):
			// bpftrace 0.17 stops there: no use of args is checked.
			c.errorf(ap, "Probe has attach points with mixed arguments")
			pi.Ctx = &CtxLayout{Struct: "struct kfunc", Mixed: true}
			return
		}
		name := ap.Provider + ":" + m.fn.Name
		if m.module != "" {
			name = ap.Provider + ":" + m.module + ":" + m.fn.Name
		}
		pi.Attach = append(pi.Attach, Attach{Provider: ap.Provider, Target: m.module, Func: m.fn.Name, Name: name})
	}
}

// kfuncExact finds the function of kfunc[:module]:fn, or says why not in
// bpftrace 0.17's words.
func (c *checker) kfuncExact(k *kernelTypes, module, fn string) (kfuncMatch, string) {
	if module == "" {
		mods := c.kfuncCache().modules[fn]
		switch {
		case len(mods) > 1:
			return kfuncMatch{}, "ambiguous attach point, please specify module containing the function '" + fn + "'"
		case len(mods) == 1:
			module = mods[0]
		default:
			module = "vmlinux"
		}
	}
	f := k.btfFunc(module, fn)
	if f == nil {
		return kfuncMatch{}, "no BTF data for " + fn
	}
	if mods := c.kfuncCache().modules; len(mods) > 0 && len(mods[fn]) == 0 {
		return kfuncMatch{}, "function not traceable (probably it is inlined or marked as \"notrace\")"
	}
	return kfuncMatch{module: module, fn: f}, ""
}

// kfuncMatches lists the kernel functions matching a wildcard attach
// point, sorted. Only vmlinux functions are matched, those of
// available_filter_functions when it can be read.
func (c *checker) kfuncMatches(k *kernelTypes, module, pattern string) []kfuncMatch {
	if module != "" && !wildcardMatch(module, "vmlinux") {
		return nil
	}
	kc := c.kfuncCache()
	if kc.names == nil {
		kc.names = k.funcNames()
	}
	var out []kfuncMatch
	for _, name := range kc.names {
		if !wildcardMatch(pattern, name) {
			continue
		}
		if len(kc.modules) > 0 && len(kc.modules[name]) == 0 {
			continue
		}
		if f := k.btfFunc("vmlinux", name); f != nil {
			out = append(out, kfuncMatch{module: "vmlinux", fn: f})
		}
	}
	return out
}

// kfuncCache reads available_filter_functions ("func [module]" lines) on
// first use; its modules map is empty when the file cannot be read.
func (c *checker) kfuncCache() *kfuncCache {
	sc := c.sysCache()
	if sc.kfuncs != nil {
		return sc.kfuncs
	}
	kc := &kfuncCache{modules: map[string][]string{}}
	sc.kfuncs = kc
	f, err := os.Open(filepath.Join(c.opts.tracefs(), "available_filter_functions"))
	if err != nil {
		return kc
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		fn, mod, _ := strings.Cut(s.Text(), " ")
		mod = strings.Trim(mod, "[]")
		if mod == "" {
			mod = "vmlinux"
		}
		if fn != "" && !contains(kc.modules[fn], mod) {
			kc.modules[fn] = append(kc.modules[fn], mod)
		}
	}
	return kc
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// btfFunc finds the BTF function fn of module ("vmlinux" for the kernel's
// own BTF; a module's when checking against the running kernel).
func (k *kernelTypes) btfFunc(module, fn string) *btf.Func {
	var spec kbtf.Finder = k.spec
	if module != "vmlinux" {
		if k.path != "" {
			return nil
		}
		mod, err := btf.LoadKernelModuleSpec(module)
		if err != nil {
			return nil
		}
		spec = mod
	}
	if fns := kbtf.ByName[*btf.Func](spec, fn); len(fns) > 0 {
		return fns[0]
	}
	return nil
}

// funcNames lists the functions of the kernel's BTF, sorted, each once.
func (k *kernelTypes) funcNames() []string {
	if names := k.spec.FuncNames(); names != nil {
		return names
	}
	return []string{}
}

// kfuncLayout lays out the arguments of fn as fentry and fexit programs
// see them: argument i at ctx+8*i, the return value after the last.
func (k *kernelTypes) kfuncLayout(fn *btf.Func, ret bool) (*CtxLayout, string) {
	proto, ok := fn.Type.(*btf.FuncProto)
	if !ok {
		return nil, fn.Name + " is not a function"
	}
	if len(proto.Params) > maxKfuncArgs {
		return nil, "functions with more than 6 parameters are not supported."
	}
	l := &CtxLayout{Struct: "struct kfunc"}
	for i, p := range proto.Params {
		l.Fields = append(l.Fields, k.ctxValue(p.Name, 8*i, p.Type, false))
	}
	if ret {
		f := k.ctxValue("$retval", 8*len(proto.Params), proto.Return, false)
		l.Retval = &f
	}
	return l, ""
}

// ctxValue types a value of BTF type t read from the context at off, as
// bpftrace 0.17's BTF::get_stype does: integers and enums (unsigned) by
// size, pointers to their pointee; anything else is unsupported.
// maybeNull marks pointers the verifier types as possibly NULL.
func (k *kernelTypes) ctxValue(name string, off int, t btf.Type, maybeNull bool) CtxField {
	f := CtxField{Name: name, Offset: off}
	switch u := btf.UnderlyingType(t).(type) {
	case *btf.Int:
		f.Type = k.convert(u)
	case *btf.Enum:
		f.Type = IntType(int(u.Size), false)
	case *btf.Pointer:
		f.Type = PtrType(k.pointee(u.Target), ASKernel)
		f.Read = maybeNull || !verifierPointer(u.Target)
	}
	if f.Type == nil || f.Type.Kind != KindInt && f.Type.Kind != KindPtr {
		f.Type, f.Unsupported = None, true
	}
	return f
}

// verifierPointer reports whether the verifier accepts a load of a
// pointer to target from a tracing program's context (btf_ctx_access):
// a pointer to void, to an integer or to a struct or union.
func verifierPointer(target btf.Type) bool {
	if _, ok := target.(*btf.Void); ok {
		return true
	}
	switch btf.UnderlyingType(target).(type) {
	case *btf.Int, *btf.Struct, *btf.Union:
		return true
	}
	return false
}

// sameArgNames reports whether two functions' parameters have the same
// names in the same order (bpftrace 0.17's compare_args).
func sameArgNames(a, b *CtxLayout) bool {
	if len(a.Fields) != len(b.Fields) {
		return false
	}
	for i := range a.Fields {
		if a.Fields[i].Name != b.Fields[i].Name {
			return false
		}
	}
	return true
}

// kfuncRetval types retval in kfunc and kretfunc probes; ok is false in
// other probes.
func (c *checker) kfuncRetval(e *ast.Builtin) (t *Type, ok bool) {
	p := c.singleProvider()
	if p != ProviderKfunc && p != ProviderKretfunc {
		return nil, false
	}
	if c.probe.Ctx == nil || c.probe.Ctx.Mixed {
		return nil, true
	}
	r := c.probe.Ctx.Retval
	if r == nil {
		c.errorf(e, "Can't find a field $retval")
		return nil, true
	}
	if r.Unsupported {
		c.errorf(e, "retval has unsupported type")
		return nil, true
	}
	c.noteCtxField(r)
	return withAS(r.Type, ASKernel), true
}
