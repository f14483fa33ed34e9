package sema

import (
	"sort"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/loader/abi"
)

// invalidWatchpointModes are the access combinations x86_64 debug
// registers cannot watch (Intel SDM vol. 3, 17.2.4).
var invalidWatchpointModes = map[string]bool{"r": true, "rx": true, "wx": true, "rwx": true}

// expandWatchpoint checks watchpoint:ADDR:LEN:MODE (PRB-15) as bpftrace
// 0.17 does. The address is the -p process's when bpfrun gets one, the
// kernel's otherwise. The func+argN forms, and so asyncwatchpoint (PRB-16),
// arm the watchpoint from a uprobe at run time: bpftc does not compile
// them.
func (c *checker) expandWatchpoint(pi *ProbeInfo, ap *ast.AttachPoint) {
	if ap.Func != "" {
		c.errorf(ap, "%s probes on function arguments are not supported yet by bpftc", ap.Provider)
		return
	}
	ok := true
	fail := func(format string, args ...any) {
		c.errorf(ap, format, args...)
		ok = false
	}
	if ap.Provider == ProviderAsyncWatchpoint {
		fail("%s requires a function name", ap.Provider)
	} else if ap.Address == 0 {
		fail("watchpoint must be attached to a non-zero address")
	}
	if ap.Len != 1 && ap.Len != 2 && ap.Len != 4 && ap.Len != 8 {
		fail("watchpoint length must be one of (1,2,4,8)")
	}
	if ap.Mode == "" {
		fail("watchpoint mode must be combination of (r,w,x)")
	}
	mode := []byte(ap.Mode)
	sort.Slice(mode, func(i, j int) bool { return mode[i] < mode[j] })
	for _, m := range mode {
		if m != 'r' && m != 'w' && m != 'x' {
			fail("watchpoint mode must be combination of (r,w,x)")
		}
	}
	for i := 1; i < len(mode); i++ {
		if mode[i-1] == mode[i] {
			fail("watchpoint modes may not be duplicated")
		}
	}
	if invalidWatchpointModes[string(mode)] {
		fail("invalid watchpoint mode: %s", mode)
	}
	if !ok {
		return
	}
	pi.Attach = append(pi.Attach, Attach{
		Provider: ProviderWatchpoint,
		Address:  ap.Address,
		Len:      ap.Len,
		Mode:     string(mode),
		Name:     abi.WatchpointName("", ap.Address, ap.Len, string(mode)),
	})
}
