package loader

import (
	"fmt"

	"github.com/cilium/ebpf/btf"

	"github.com/bpftc/bpftc/internal/kbtf"
	"github.com/bpftc/bpftc/loader/abi"
)

// checkRawtp checks an argument of the raw tracepoint event that a
// rawtracepoint program reads at a position fixed at compile time
// (abi.SourceRawTracepoint): the u64 slot of parameter i >= 1 of the
// kernel's __bpf_trace_EVENT is at ctx+8*(i-1). An event the kernel's
// BTF has no prototype for is left for attaching to report.
func (c *fieldChecker) checkRawtp(event string, f abi.FieldRead) error {
	if c.kernelSpec() == nil {
		return nil
	}
	proto := rawtpProto(c.spec, event)
	if proto == nil || len(proto.Params) == 0 {
		return nil
	}
	const why = "compiled against other kernel types"
	pos, typ := -1, btf.Type(nil)
	for i, p := range proto.Params[1:] {
		if p.Name == f.Field {
			pos, typ = i, p.Type
			break
		}
	}
	switch {
	case pos < 0:
		return fmt.Errorf("%s: this kernel's event has no argument %s (%s)", f.Source, f.Field, why)
	case uint32(8*pos) != f.Offset:
		return fmt.Errorf("%s: args->%s is argument %d in this kernel, the object assumed %d (%s)", f.Source, f.Field, pos, f.Offset/8, why)
	}
	if f.Size == 0 {
		return nil
	}
	if n, err := btf.Sizeof(typ); err == nil && uint32(n) != f.Size {
		return fmt.Errorf("%s: args->%s is %d bytes in this kernel, the object assumed %d (%s)", f.Source, f.Field, n, f.Size, why)
	}
	return nil
}

// rawtpProto finds the prototype of the raw tracepoint event's probe
// functions, as the compiler does: that of __bpf_trace_EVENT, else the one
// the typedef btf_trace_EVENT points to; nil when spec has neither.
func rawtpProto(spec kbtf.Finder, event string) *btf.FuncProto {
	for _, fn := range kbtf.ByName[*btf.Func](spec, "__bpf_trace_"+event) {
		if p, ok := fn.Type.(*btf.FuncProto); ok {
			return p
		}
	}
	for _, td := range kbtf.ByName[*btf.Typedef](spec, "btf_trace_"+event) {
		if p, ok := btf.UnderlyingType(td.Type).(*btf.Pointer); ok {
			if fp, ok := btf.UnderlyingType(p.Target).(*btf.FuncProto); ok {
				return fp
			}
		}
	}
	return nil
}
