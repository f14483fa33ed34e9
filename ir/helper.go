package ir

// Helper describes a BPF helper function that OpCall may name.
type Helper struct {
	Name   string
	ID     int32 // the kernel's helper number
	Args   int   // number of arguments
	Result Type  // I64, Ptr or Void
}

// Helpers lists the helpers the IR may call, by name.
var Helpers = map[string]*Helper{}

func init() {
	for _, h := range []Helper{
		{"map_lookup_elem", 1, 2, Ptr},
		{"map_update_elem", 2, 4, I64},
		{"map_delete_elem", 3, 2, I64},
		{"probe_read", 4, 3, I64},
		{"ktime_get_ns", 5, 0, I64},
		{"trace_printk", 6, 5, I64}, // always given 5 arguments; the format says how many it reads
		{"get_prandom_u32", 7, 0, I64},
		{"get_smp_processor_id", 8, 0, I64},
		{"get_current_pid_tgid", 14, 0, I64},
		{"get_current_uid_gid", 15, 0, I64},
		{"get_current_comm", 16, 2, I64},
		{"perf_event_output", 25, 5, I64},
		{"get_stackid", 27, 3, I64},
		{"get_current_task", 35, 0, I64},
		{"probe_read_str", 45, 3, I64},
		{"get_numa_node_id", 42, 0, I64},
		{"get_current_cgroup_id", 80, 0, I64},
		{"override_return", 58, 2, I64},
		{"send_signal", 109, 1, I64},
		{"skb_output", 111, 5, I64},
		{"probe_read_user", 112, 3, I64},
		{"probe_read_kernel", 113, 3, I64},
		{"probe_read_user_str", 114, 3, I64},
		{"probe_read_kernel_str", 115, 3, I64},
		{"ktime_get_boot_ns", 125, 0, I64},
		{"seq_printf", 126, 5, I64},
		{"ringbuf_output", 130, 4, I64},
		{"d_path", 147, 3, I64},
	} {
		h := h
		Helpers[h.Name] = &h
	}
}
