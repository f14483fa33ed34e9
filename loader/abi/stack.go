package abi

// Kinds of values added for stacks and the other loader-resolved values of
// bpftrace 0.17's later builtins.
const (
	// KindKstack is kstack/kstack(): an s64 stack id (a negative errno when
	// bpf_get_stackid failed) into the BPF_MAP_TYPE_STACK_TRACE map
	// Type.Stack names (Size 8).
	KindKstack Kind = "kstack"
	// KindUstack is ustack/ustack(): u64 = (u32 stack id) | pid << 32, the
	// pid whose address space symbolises the frames (Size 8).
	KindUstack Kind = "ustack"
	// KindMacaddr is macaddr(): 6 bytes printed as XX:XX:XX:XX:XX:XX (Size 6).
	KindMacaddr Kind = "macaddr"
	// KindCgroupPath is cgroup_path(): u64 index into Meta.CgroupPaths (the
	// hierarchy filter), u64 cgroup id (Size 16), printed as the paths of
	// the cgroup in every matching hierarchy.
	KindCgroupPath Kind = "cgroup_path"
)

// Stack describes the stack map and format of a kstack or ustack value.
type Stack struct {
	// Map is the ELF symbol of the BPF_MAP_TYPE_STACK_TRACE map (u32 key,
	// Limit u64 addresses per value).
	Map string `json:"map"`
	// Mode is "bpftrace" (symbol+offset, indented) or "perf" (tab, hex
	// address, symbol+offset, and for user stacks the module).
	Mode string `json:"mode"`
	// Limit is the number of frames the map keeps.
	Limit int `json:"limit"`
}

// Stack modes.
const (
	StackModeBpftrace = "bpftrace"
	StackModePerf     = "perf"
)
