package compiler

import (
	"fmt"

	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/ir"
	"github.com/bpftc/bpftc/loader/abi"
)

// applyLimits applies bpftrace's BPFTRACE_MAP_KEYS_MAX, the capacity of
// every hash map of the script (ENV-02).
func applyLimits(mod *ir.Module, meta *abi.Meta, opts *Options) error {
	if opts.MapKeysMax > 0 {
		for _, m := range meta.Maps {
			if mp := mod.Map(m.Symbol); mp != nil && !m.Array {
				mp.MaxEntries = opts.MapKeysMax
			}
		}
	}
	return nil
}

// defaultMaxBPFProgs is bpftrace 0.17's BPFTRACE_MAX_BPF_PROGS default.
const defaultMaxBPFProgs = 512

// checkProgramLimit refuses, with bpftrace 0.17's words, a script whose
// expanded probe blocks (one program per attach point: see
// sema.Info.ExpandedPrograms) would make more programs than
// BPFTRACE_MAX_BPF_PROGS (ENV-04). bpftrace names the running total at
// the attach point that went over the limit.
func checkProgramLimit(info *sema.Info, opts *Options) error {
	max := uint64(defaultMaxBPFProgs)
	if opts.MaxBPFProgs != nil {
		max = *opts.MaxBPFProgs
	}
	n, over := info.ExpandedPrograms(max)
	if !over {
		return nil
	}
	return fmt.Errorf("Failed to compile: Your program is trying to generate more than %d BPF programs, which exceeds the current limit of %d.\n"+
		"You can increase the limit through the BPFTRACE_MAX_BPF_PROGS environment variable.", n, max)
}
