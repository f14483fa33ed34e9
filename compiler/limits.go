package compiler

import (
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
