package abi

// Action ids of unwatch() and skboutput() (bpftrace 0.17's
// watchpoint_detach and skboutput).
const (
	// ActionUnwatch is an UnwatchRecord: detach every probe on an address.
	ActionUnwatch = 30010
	// ActionSkbOutput starts a packet record in SkbEventsMap: SkbRecord.
	ActionSkbOutput = 30011
)

// UnwatchRecord is the payload of an ActionUnwatch record, after the u64
// id: struct { u64 addr; }. The loader detaches every attach point whose
// address (bpftrace's notion: a watchpoint's or an address uprobe's,
// 0 for the others) equals addr.
type UnwatchRecord struct {
	Addr uint64
}

// SkbEventsMap is the symbol of the BPF_MAP_TYPE_PERF_EVENT_ARRAY
// skboutput() sends packets through (bpf_skb_output takes no ring buffer).
// Its max_entries is 0: the loader sizes it to the possible CPUs.
const SkbEventsMap = "AT__skb"

// SkbRecordSize is the size of the header of a perf sample in
// SkbEventsMap: struct { u64 action (ActionSkbOutput); u64 id (index of
// Meta.SkbOutputs); u64 ns (CLOCK_BOOTTIME); }, followed by the packet
// bytes the helper copied and the perf sample's padding.
const SkbRecordSize = 24

// SkbOutput is one skboutput() call site: the pcap file it writes and how
// many bytes of each packet to skip.
type SkbOutput struct {
	Path   string `json:"path"`
	Offset int64  `json:"offset,omitempty"`
}
