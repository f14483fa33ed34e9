package kinfo

import (
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/features"
)

// mapTypes are bpftrace 0.17's "Map types" lines, then ours: bpfrun sends
// every printed record through a ring buffer, so a kernel without one
// (before 5.8) cannot run bpftc objects. bpftrace 0.17 probes an array
// for "percpu hash" (a slip in its table); we probe the per-CPU hash.
var mapTypes = []struct {
	name string
	typ  ebpf.MapType
}{
	{"hash", ebpf.Hash},
	{"percpu hash", ebpf.PerCPUHash},
	{"array", ebpf.Array},
	{"percpu array", ebpf.PerCPUArray},
	{"stack_trace", ebpf.StackTrace},
	{"perf_event_array", ebpf.PerfEventArray},
	{"ringbuf", ebpf.RingBuf},
}

// mapChecks answer the "Map types" section with cilium's probes, which
// create a small map of each type.
func mapChecks() []check {
	checks := make([]check, len(mapTypes))
	for i, m := range mapTypes {
		checks[i] = yesNoCheck(m.name, func() error { return features.HaveMapType(m.typ) })
	}
	return checks
}
