package sema

// bpftrace 0.17 builds one BPF program per probe block, except for blocks
// that need one per attach point (it "expands" them): those that read the
// probe builtin, read args with a tracepoint attach point, or attach to
// usdt probes. Its code generator counts the expanded programs against
// BPFTRACE_MAX_BPF_PROGS.

// ExpandedPrograms returns how many BPF programs bpftrace 0.17 would
// generate for the expanded probe blocks of the script, adding attach
// point by attach point, and stops at the first total above max; over
// reports whether it went above.
func (in *Info) ExpandedPrograms(max uint64) (n uint64, over bool) {
	for _, pi := range in.Probes {
		if !needsExpansion(pi) {
			continue
		}
		for _, m := range pi.matches {
			n += uint64(m)
			if n > max {
				return n, true
			}
		}
	}
	return n, false
}

// needsExpansion reports whether bpftrace 0.17 builds one program per
// attach point of pi's block.
func needsExpansion(pi *ProbeInfo) bool {
	p := pi.Probe
	if len(p.Attach) > 0 && p.Attach[0].Provider == ProviderUsdt {
		return true
	}
	if usesBuiltin(p, "probe") {
		return true
	}
	for _, ap := range p.Attach {
		if ap.Provider == ProviderTracepoint {
			return usesBuiltin(p, "args")
		}
	}
	return false
}
