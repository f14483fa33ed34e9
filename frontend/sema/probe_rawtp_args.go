package sema

import (
	"github.com/cilium/ebpf/btf"

	"github.com/bpftc/bpftc/frontend/ast"
)

// rawtpArgs types args in a rawtracepoint probe that reads it, from the
// prototype of each event's probe function in the kernel's BTF
// (rawtpProto), whose first parameter (void *__data) the program does not
// see: parameter i >= 1 is the u64 at ctx+8*(i-1). Without BTF or a
// prototype pi.Ctx stays nil and args keeps its error; events whose
// parameter names differ are an error, as for kfunc.
func (c *checker) rawtpArgs(pi *ProbeInfo, ap *ast.AttachPoint, events []string) {
	if !usesBuiltin(pi.Probe, "args") {
		return
	}
	k := c.ctypes().kernel
	if k == nil || !k.load() {
		return
	}
	for _, ev := range events {
		layout := k.rawtpLayout(ev)
		switch {
		case layout == nil:
			if pi.Ctx != nil {
				c.errorf(ap, "Probe has attach points with mixed arguments")
				pi.Ctx = &CtxLayout{Struct: "struct rawtracepoint", Mixed: true}
			}
			return
		case pi.Ctx == nil:
			pi.Ctx = layout
		case pi.Ctx.Mixed:
			return
		case !sameArgNames(pi.Ctx, layout):
			c.errorf(ap, "Probe has attach points with mixed arguments")
			pi.Ctx = &CtxLayout{Struct: "struct rawtracepoint", Mixed: true}
			return
		}
	}
}

// rawtpLayout lays out the arguments of raw tracepoint event, or returns
// nil when the kernel's BTF has no prototype for it. The parameter names
// come from the kernel's __bpf_trace_EVENT function (the btf_trace_EVENT
// typedef has the same prototype, with its parameters unnamed). The
// program context only allows aligned 8-byte loads, so narrower arguments
// are copied out with probe_read_kernel (the low bytes of their u64 slot).
func (k *kernelTypes) rawtpLayout(event string) *CtxLayout {
	proto := k.rawtpProto(event)
	if proto == nil || len(proto.Params) == 0 {
		return nil
	}
	l := &CtxLayout{Struct: "struct rawtracepoint"}
	for i, p := range proto.Params[1:] {
		f := k.ctxValue(p.Name, 8*i, p.Type, false)
		f.Read = !f.Unsupported && f.Type.Size != 8
		l.Fields = append(l.Fields, f)
	}
	return l
}

// rawtpProto finds the prototype of raw tracepoint event's probe
// functions: that of __bpf_trace_EVENT, else the one btf_trace_EVENT
// points to; nil when the kernel's BTF has neither.
func (k *kernelTypes) rawtpProto(event string) *btf.FuncProto {
	if types, err := k.spec.AnyTypesByName("__bpf_trace_" + event); err == nil {
		for _, t := range types {
			if f, ok := t.(*btf.Func); ok {
				if p, ok := f.Type.(*btf.FuncProto); ok {
					return p
				}
			}
		}
	}
	return k.tpProto(event)
}
