package sema

// Record is the layout of a C struct or union, from the script's preamble
// or the kernel's BTF.
type Record struct {
	Name   string // "struct foo", "union bar"
	Size   int
	Align  int // C alignment, for records nested by value
	Fields []*RecordField
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
