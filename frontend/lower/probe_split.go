package lower

import (
	"strings"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/sema"
)

// splitForProbeBuiltin gives a probe that uses the probe builtin one
// program per attach point, each with its own probe name constant, as
// bpftrace 0.17 does (BIV-19). A probe whose attach points need programs
// of different kinds (BEGIN,END or tracepoint,interval) gets one program per
// kind. Other probes are returned as they are.
func splitForProbeBuiltin(pi *sema.ProbeInfo) []*sema.ProbeInfo {
	if len(pi.Attach) < 2 {
		return []*sema.ProbeInfo{pi}
	}
	if !usesProbeBuiltin(pi.Probe) && !usesUsdtArgs(pi) {
		return splitByKind(pi)
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

// splitByKind groups attach points by the kind of program they need,
// keeping their order: BEGIN and END share one program (the loader runs
// it for both), the others share a program when their sections have the
// same prefix (all tracepoints, all perf events, ...).
func splitByKind(pi *sema.ProbeInfo) []*sema.ProbeInfo {
	var keys []string
	groups := map[string][]sema.Attach{}
	for _, a := range pi.Attach {
		k := specialKey
		if a.Provider != sema.ProviderBegin && a.Provider != sema.ProviderEnd {
			k, _, _ = strings.Cut(section(a), "/")
		}
		if ownProgram[a.Provider] {
			k = section(a)
		}
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], a)
	}
	if len(keys) == 1 {
		return []*sema.ProbeInfo{pi}
	}
	out := make([]*sema.ProbeInfo, len(keys))
	for i, k := range keys {
		one := *pi
		one.Attach = groups[k]
		out[i] = &one
	}
	return out
}

// specialKey groups BEGIN and END apart from raw tracepoints, whose
// sections also start with "raw_tp".
const specialKey = "BEGIN,END"
