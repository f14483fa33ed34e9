package abi

// ActionHelperError is the action id of a HelperErrorRecord: a helper call
// checked under bpftrace's -k/-kk failed (OUT-14).
const ActionHelperError = 30006

// HelperErrorRecord is the payload of an ActionHelperError record, after
// the u64 id: struct { u64 error; s64 retcode; } where error indexes
// Meta.HelperErrors and retcode is the helper's (32-bit) return value.
type HelperErrorRecord struct {
	Error   uint64
	Retcode int64
}

// HelperError is one checked helper call site.
type HelperError struct {
	Helper string `json:"helper"` // bpftrace's name: "map_delete_elem", "probe_read_str"
	Line   int    `json:"line"`   // where the call is in the script (1-based)
	Col    int    `json:"col"`
	// Start and End are the byte offsets of the expression in the script;
	// the compiler renders them into Prefix and Context.
	Start int `json:"start"`
	End   int `json:"end"`
	// Prefix is the location as bpftrace prints it ("stdin:1:22-34"), and
	// Context the source line and the ~ markers under the range, each
	// ending with "\n" (empty for a range over several lines).
	Prefix  string `json:"prefix,omitempty"`
	Context string `json:"context,omitempty"`
}
