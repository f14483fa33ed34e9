package abi

// FieldRead is one assumption the compiler made about the target kernel: a
// field of a tracepoint record or of a kernel type read at a fixed offset.
// The loader checks every read that is not a CO-RE relocation against the
// host before loading.
type FieldRead struct {
	// Source is where the layout came from: "tracepoint:CAT:EVENT" (the
	// event's format file) or "btf" (the kernel's types).
	Source string `json:"source"`
	// Type is the kernel record of a BTF read ("struct task_struct"), or
	// the BTF record a CO-RE tracepoint read goes through ("struct
	// trace_event_raw_sched_wakeup_template").
	Type string `json:"type,omitempty"`
	// Field is the member read: "filename" for args->filename.
	Field string `json:"field"`
	// Offset and Size are where the compiler read the field, in bytes from
	// the start of the record.
	Offset uint32 `json:"offset"`
	Size   uint32 `json:"size"`
	// CORE says the read is relocated by the loader (BPF CO-RE), so its
	// offset is not an assumption; when the target kernel's BTF lacks the
	// tracepoint record Type, the loader reads at Offset instead and
	// checks it like a fixed read.
	CORE bool `json:"core,omitempty"`
}

// SourceBTF is the FieldRead.Source of reads of kernel types.
const SourceBTF = "btf"
