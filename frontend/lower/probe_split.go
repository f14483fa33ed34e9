package lower

import (
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/sema"
)

// splitForProbeBuiltin gives a probe that uses the probe builtin one
// program per attach point, each with its own probe name constant, as
// bpftrace 0.17 does (BIV-19). Other probes are returned as they are.
func splitForProbeBuiltin(pi *sema.ProbeInfo) []*sema.ProbeInfo {
	if len(pi.Attach) < 2 || !usesProbeBuiltin(pi.Probe) {
		return []*sema.ProbeInfo{pi}
	}
	out := make([]*sema.ProbeInfo, len(pi.Attach))
	for i := range pi.Attach {
		one := *pi
		one.Attach = pi.Attach[i : i+1]
		out[i] = &one
	}
	return out
}

// usesProbeBuiltin reports whether p's predicate or body reads probe.
func usesProbeBuiltin(p *ast.Probe) bool {
	found := false
	ast.Inspect(p, func(n ast.Node) bool {
		if b, ok := n.(*ast.Builtin); ok && b.Name == "probe" {
			found = true
		}
		return !found
	})
	return found
}
