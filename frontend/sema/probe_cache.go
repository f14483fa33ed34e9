package sema

import "github.com/bpftc/bpftc/loader/symtab"

// sysCache holds what the checker read from the system about probe
// targets, so that each file is read once per check.
type sysCache struct {
	symbols     map[string][]string           // function symbols by ELF path
	kernelFuncs []string                      // text symbols of /proc/kallsyms, once read
	traceable   map[string]bool               // available_filter_functions, once read
	usdt        map[string][]symtab.USDTProbe // SDT notes by ELF path
	usdtPID     []symtab.USDTProbe            // SDT notes of the -p process
	kfuncs      *kfuncCache                   // kernel functions kfunc probes match (probe_kfunc.go)
	tpRecords   map[string]*TPRecord          // tracepoint record types by "cat:event" (probe_tp_core.go)
	tpIndex     *tpClassIndex                 // event classes by record layout, once scanned
}

// sysCache returns the checker's cache, creating it on first use.
func (c *checker) sysCache() *sysCache {
	if c.sys == nil {
		c.sys = &sysCache{symbols: map[string][]string{}}
	}
	return c.sys
}
