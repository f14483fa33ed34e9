package sema

import "github.com/cilium/ebpf/btf"

// Record is the layout of a C struct or union, from the script's preamble
// or the kernel's BTF.
type Record struct {
	Name   string // "struct foo", "union bar"
	Size   int
	Align  int // C alignment, for records nested by value
	Fields []*RecordField
	// Kernel says the layout comes from the kernel's BTF.
	Kernel bool
	// BTF is the kernel's struct or union (a *btf.Struct or *btf.Union)
	// when Kernel is set: lowering relocates field offsets against it
	// (CO-RE).
	BTF btf.Type
}

// RecordField is one member of a record. Members of anonymous nested
// structs and unions are flattened into their parent, as bpftrace 0.17
// does.
type RecordField struct {
	Name   string
	Offset int
	Type   *Type
	// Bits is the width of a bit-field, 0 otherwise; BitOffset is its
	// first bit counted from Offset, the byte holding it (little endian).
	Bits, BitOffset int
	// Access is, in a kernel record, the member indices leading to the
	// field in Record.BTF: one, or more for members of anonymous nested
	// records.
	Access []int
}

// Field returns the field called name, or nil.
func (r *Record) Field(name string) *RecordField {
	for _, f := range r.Fields {
		if f.Name == name {
			return f
		}
	}
	return nil
}
