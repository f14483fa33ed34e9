package abi

import "strconv"

// Providers of BPF tracing programs (fentry, fexit, iterators) and of
// hardware watchpoints.
const (
	// ProviderKfunc and ProviderKretfunc attach at the entry (fentry) and
	// the return (fexit) of the kernel function Func, of module Target
	// ("vmlinux" for the kernel itself).
	ProviderKfunc    = "kfunc"
	ProviderKretfunc = "kretfunc"
	// ProviderIter is a BPF iterator over the kernel objects Func names
	// ("task", "task_file"): the loader reads it once to the end, or pins
	// its link at Pin.
	ProviderIter = "iter"
	// ProviderWatchpoint is a hardware breakpoint on the Len bytes at
	// Address, triggered by the accesses of Mode: of the -p process when
	// one is given, of the kernel otherwise.
	ProviderWatchpoint = "watchpoint"
)

// SourceKfunc prefixes the FieldRead.Source of the arguments of a kfunc or
// kretfunc probe: "kfunc:vfs_read". Field is the parameter's name
// ("$retval" for the return value), Offset 8 times its position, Size its
// size in bytes (0: not checked).
const SourceKfunc = "kfunc:"

// WatchpointName is a watchpoint's probe name as bpftrace 0.17 spells it
// for the probe builtin: the target is /proc/PID/exe with -p PID, empty
// without (a kernel address).
func WatchpointName(target string, addr, length uint64, mode string) string {
	n := ProviderWatchpoint
	if target != "" {
		n += ":" + target
	}
	return n + ":" + strconv.FormatUint(addr, 10) + ":" + strconv.FormatUint(length, 10) + ":" + mode
}
