package sema

import (
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/loader/abi"
)

// Providers of BPF tracing programs and hardware watchpoints. The parser
// spells asyncwatchpoint out; bpftc compiles no such probe (0.17 allows it
// only on func+argN, which needs a uprobe to arm the watchpoint).
const (
	ProviderKfunc           = abi.ProviderKfunc
	ProviderKretfunc        = abi.ProviderKretfunc
	ProviderIter            = abi.ProviderIter
	ProviderWatchpoint      = abi.ProviderWatchpoint
	ProviderAsyncWatchpoint = "asyncwatchpoint"
)

// CtxField is a value a kfunc, kretfunc or iter program reads from its
// context: an argument or the return value of the traced function, or a
// member of the iterator's context record.
type CtxField struct {
	Name   string
	Offset int   // bytes from the start of the context
	Type   *Type // an integer or a pointer
	// Read says the value must be copied out with probe_read_kernel rather
	// than loaded: the verifier would give the loaded pointer a type that
	// forbids arithmetic (maybe-NULL pointers) or refuse the load
	// (pointers to pointers, enums or functions). Iterator pointers are
	// loaded: the probe ends where one is NULL, as in bpftrace 0.17.
	Read bool
	// Unsupported holds the C type of a value of no bpftrace type (a
	// record passed by value, a float): using it is an error.
	Unsupported bool
}

// CtxLayout is the record args (kfunc, kretfunc) or ctx (iter) points to.
type CtxLayout struct {
	// Struct is its name in messages: "struct kfunc" for arguments,
	// "struct bpf_iter__task" for the iterator context.
	Struct string
	Fields []CtxField
	// Retval is kretfunc's return value, stored after the arguments.
	Retval *CtxField
	// Mixed marks the arguments of attach points whose parameters differ:
	// an error was reported, uses of args and retval are not checked.
	Mixed bool
}

// Field returns the field called name, or nil.
func (l *CtxLayout) Field(name string) *CtxField {
	for i := range l.Fields {
		if l.Fields[i].Name == name {
			return &l.Fields[i]
		}
	}
	return nil
}

// expandTracing resolves the attach points of kfunc, kretfunc, iter and
// watchpoint probes.
func (c *checker) expandTracing(pi *ProbeInfo, ap *ast.AttachPoint) {
	switch ap.Provider {
	case ProviderKfunc, ProviderKretfunc:
		c.expandKfunc(pi, ap)
	case ProviderIter:
		c.expandIter(pi, ap)
	default:
		c.expandWatchpoint(pi, ap)
	}
}

// tracingBuiltin types args in kfunc and kretfunc probes and ctx in iter
// probes; ok is false for other builtins and probes.
func (c *checker) tracingBuiltin(e *ast.Builtin) (t *Type, ok bool) {
	switch e.Name {
	case "args":
		p := c.singleProvider()
		if p == ProviderRawTracepoint && c.probe.Ctx != nil {
			return &Type{Kind: KindArgs, Size: 8, AS: ASKernel}, true
		}
		if p != ProviderKfunc && p != ProviderKretfunc {
			return nil, false
		}
		if c.probe.Ctx == nil {
			return nil, true // the attach point's error says why
		}
		return &Type{Kind: KindArgs, Size: 8, AS: ASKernel}, true
	case "ctx":
		if c.probeKind() != ProviderIter {
			return nil, false
		}
		if c.probe.Ctx == nil {
			return nil, true
		}
		return &Type{Kind: KindArgs, Size: 8, AS: ASKernel}, true
	}
	return nil, false
}

// ctxField types args->name (kfunc) and ctx->name (iter), as bpftrace
// 0.17 types them from BTF.
func (c *checker) ctxField(e *ast.Field) *Type {
	if c.probe.Ctx.Mixed {
		return nil
	}
	f := c.probe.Ctx.Field(e.Name)
	if f == nil {
		if c.probeKind() == ProviderIter {
			c.earlyErrorf(e, "Struct/union of type '%s' does not contain a field named '%s'", c.probe.Ctx.Struct, e.Name)
		} else {
			c.errorf(e, "Can't find function parameter %s", e.Name)
		}
		return nil
	}
	if f.Unsupported {
		c.errorf(e, "%s has unsupported type", e.Name)
		return nil
	}
	c.noteCtxField(f)
	return withAS(f.Type, ASKernel)
}

// noteCtxField records the read of a context value for the loader's
// check against the running kernel: a member of the iterator's context
// record (a BTF record read), or an argument of each traced function,
// found by its name at its position (its size is the first function's,
// which typed it).
func (c *checker) noteCtxField(f *CtxField) {
	if c.probeKind() == ProviderRawTracepoint {
		c.noteRawtpField(f)
		return
	}
	if c.probeKind() == ProviderIter {
		c.noteField(abi.FieldRead{Source: abi.SourceBTF, Type: c.probe.Ctx.Struct, Field: f.Name, Offset: uint32(f.Offset), Size: uint32(f.Type.Size)})
		return
	}
	for i, a := range c.probe.Attach {
		fr := abi.FieldRead{Source: abi.SourceKfunc + a.Func, Field: f.Name, Offset: uint32(f.Offset)}
		if i == 0 {
			fr.Size = uint32(f.Type.Size)
		}
		c.noteField(fr)
	}
}

// ctxStructName names the record args or ctx points to in messages.
func (c *checker) ctxStructName() (string, bool) {
	if c.probe.Ctx == nil {
		return "", false
	}
	return c.probe.Ctx.Struct, true
}

// usesBuiltin reports whether p's predicate or body reads one of names.
func usesBuiltin(p *ast.Probe, names ...string) bool {
	found := false
	ast.Inspect(p, func(n ast.Node) bool {
		if b, ok := n.(*ast.Builtin); ok {
			for _, name := range names {
				if b.Name == name {
					found = true
				}
			}
		}
		return !found
	})
	return found
}
