package sema

import (
	"fmt"
	"strings"

	"github.com/bpftc/bpftc/loader/abi"
)

// Kind classifies a bpftrace type.
type Kind uint8

// Type kinds.
const (
	KindNone   Kind = iota // no value (statements, printf)
	KindInt                // integer of Size bytes
	KindString             // string[Size]
	KindTuple              // (a, b, ...)
	KindArgs               // the tracepoint args pointer
	KindPtr                // pointer to Elem (Size 8), reading from AS
	KindRecord             // C struct or union Record (Size bytes)
	KindArray              // Len elements of Elem (Size bytes)
	KindCount              // count() map values
	KindSum                // sum()
	KindMin                // min()
	KindMax                // max()
	KindAvg                // avg()
	KindStats              // stats()
	KindHist               // hist()
	KindLhist              // lhist()
)

// AddrSpace is where a pointer points, as bpftrace 0.17 infers it from the
// probe type; it picks the probe_read helper.
type AddrSpace uint8

// Address spaces.
const (
	ASNone   AddrSpace = iota // unknown: plain probe_read, with a warning
	ASKernel                  // probe_read_kernel
	ASUser                    // probe_read_user
)

// Type is the type of an expression, variable, map key or map value.
type Type struct {
	Kind   Kind
	Size   int  // bytes: 1, 2, 4 or 8 for integers, N for string[N]
	Signed bool // integers, sum
	Elems  []*Type
	// Elem is a pointer's pointee or an array's element type.
	Elem *Type
	// Len is an array's element count.
	Len int
	// Name is a record's C name ("struct foo"); Record is its layout, nil
	// while unknown (a kernel type not yet looked up).
	Name   string
	Record *Record
	// AS is the address space a pointer points into, or that a record or
	// array value (an address until it is copied) lives in.
	AS AddrSpace
	// Internal marks a record or array value held in BPF memory (a map
	// value, a tuple element) rather than at an address in AS.
	Internal bool
	// Lhist bounds (KindLhist).
	Min, Max, Step int64
	// Stack is the mode and frame limit of kstack and ustack values.
	Stack StackSpec
}

// Common types.
var (
	None   = &Type{Kind: KindNone}
	Int64  = &Type{Kind: KindInt, Size: 8, Signed: true}
	Uint64 = &Type{Kind: KindInt, Size: 8}
)

// IntType returns an integer type.
func IntType(size int, signed bool) *Type { return &Type{Kind: KindInt, Size: size, Signed: signed} }

// StringType returns string[n].
func StringType(n int) *Type { return &Type{Kind: KindString, Size: n} }

// PtrType returns a pointer to elem in address space as.
func PtrType(elem *Type, as AddrSpace) *Type {
	return &Type{Kind: KindPtr, Size: 8, Elem: elem, AS: as}
}

// ArrayType returns elem[n].
func ArrayType(elem *Type, n int) *Type {
	return &Type{Kind: KindArray, Size: n * elem.Size, Elem: elem, Len: n}
}

// RecordType returns the type of a value of record r.
func RecordType(r *Record) *Type {
	return &Type{Kind: KindRecord, Size: r.Size, Name: r.Name, Record: r}
}

// IsAgg reports whether t is the value of an aggregating map function.
func (t *Type) IsAgg() bool { return t.Kind >= KindCount && t.Kind <= KindLhist }

// IsInt reports whether t is an integer.
func (t *Type) IsInt() bool { return t.Kind == KindInt }

// IsPtr reports whether t is a pointer.
func (t *Type) IsPtr() bool { return t.Kind == KindPtr }

// IsIntLike reports whether t is held in a register as a 64-bit value:
// integers and pointers.
func (t *Type) IsIntLike() bool { return t.Kind == KindInt || t.Kind == KindPtr }

// IsAggregate reports whether t is a record or an array, values that are
// addresses until copied into BPF memory.
func (t *Type) IsAggregate() bool { return t.Kind == KindRecord || t.Kind == KindArray }

// String spells t as bpftrace 0.17 does in messages ("int64",
// "unsigned int32", "string[16]", "struct foo *", "int32[4]").
func (t *Type) String() string {
	switch t.Kind {
	case KindNone:
		return "none"
	case KindInt:
		s := fmt.Sprintf("int%d", t.Size*8)
		if !t.Signed {
			s = "unsigned " + s
		}
		return s
	case KindString:
		return fmt.Sprintf("string[%d]", t.Size)
	case KindTuple:
		var parts []string
		for _, e := range t.Elems {
			parts = append(parts, e.String())
		}
		return "(" + strings.Join(parts, ",") + ")"
	case KindArgs:
		return "args"
	case KindPtr:
		if t.Elem == nil {
			return "pointer"
		}
		return t.Elem.String() + " *"
	case KindRecord:
		if t.Name == "" {
			return "record"
		}
		return t.Name
	case KindArray:
		if t.Elem == nil {
			return "array"
		}
		return fmt.Sprintf("%s[%d]", t.Elem, t.Len)
	case KindCount:
		return "count"
	case KindSum:
		return "sum"
	case KindMin:
		return "min"
	case KindMax:
		return "max"
	case KindAvg:
		return "avg"
	case KindStats:
		return "stats"
	case KindHist:
		return "hist"
	case KindLhist:
		return "lhist"
	}
	return t.specialString()
}

// Equal reports whether two types are the same (strings of any size are
// compatible only when equal in size).
func (t *Type) Equal(u *Type) bool {
	if t == u {
		return true
	}
	if t == nil || u == nil {
		return false
	}
	if t.Kind == KindRecord && u.Kind == KindRecord {
		return t.Name == u.Name
	}
	if t.Kind != u.Kind || t.Size != u.Size || t.Signed != u.Signed || len(t.Elems) != len(u.Elems) {
		return false
	}
	for i := range t.Elems {
		if !t.Elems[i].Equal(u.Elems[i]) {
			return false
		}
	}
	switch t.Kind {
	case KindPtr:
		return t.Elem.Equal(u.Elem)
	case KindArray:
		return t.Len == u.Len && t.Elem.Equal(u.Elem)
	}
	return t.Min == u.Min && t.Max == u.Max && t.Step == u.Step && t.Stack == u.Stack
}

// SameType is bpftrace's IsSameType: the same kind, the same record name,
// pointers to the same type; sizes and signedness do not matter.
func (t *Type) SameType(u *Type) bool {
	if t.Kind != u.Kind {
		return false
	}
	switch t.Kind {
	case KindRecord:
		return t.Name == u.Name
	case KindPtr:
		if t.Elem == nil || u.Elem == nil {
			return t.Elem == u.Elem
		}
		return t.Elem.SameType(u.Elem)
	}
	return true
}

// StorageSize is the bytes t takes in a key, value, tuple or record.
func (t *Type) StorageSize() int {
	if t.Kind == KindTuple {
		size := 0
		for _, e := range t.Elems {
			size = align(size, e.Align()) + e.StorageSize()
		}
		return align(size, t.Align())
	}
	return t.Size
}

// Align is t's alignment in records and tuples (that of the LLVM type
// bpftrace 0.17 gives it: records are byte arrays).
func (t *Type) Align() int {
	switch t.Kind {
	case KindInt:
		if t.Size == 1 || t.Size == 2 || t.Size == 4 || t.Size == 8 {
			return t.Size
		}
		return 8
	case KindPtr:
		return 8
	case KindArray:
		if t.Elem != nil {
			return t.Elem.Align()
		}
	case KindTuple:
		a := 1
		for _, e := range t.Elems {
			a = max(a, e.Align())
		}
		return a
	}
	return t.specialAlign()
}

// TupleOffsets returns the offset of each element of a tuple.
func (t *Type) TupleOffsets() []int {
	var offs []int
	off := 0
	for _, e := range t.Elems {
		off = align(off, e.Align())
		offs = append(offs, off)
		off += e.StorageSize()
	}
	return offs
}

func align(n, a int) int { return (n + a - 1) / a * a }

// ABI describes t for the loader.
func (t *Type) ABI() abi.Type {
	switch t.Kind {
	case KindInt:
		return abi.Type{Kind: abi.KindInt, Size: t.Size, Signed: t.Signed}
	case KindString:
		return abi.Type{Kind: abi.KindString, Size: t.Size}
	case KindPtr:
		return abi.Type{Kind: abi.KindPointer, Size: 8}
	case KindTuple:
		at := abi.Type{Kind: abi.KindTuple, Size: t.StorageSize()}
		for i, off := range t.TupleOffsets() {
			at.Fields = append(at.Fields, abi.Field{Offset: off, Type: t.Elems[i].ABI()})
		}
		return at
	case KindArray:
		elem := t.Elem.ABI()
		return abi.Type{Kind: abi.KindArray, Size: t.Size, Elem: &elem, Len: t.Len}
	case KindRecord:
		at := abi.Type{Kind: abi.KindRecord, Size: t.Size}
		if t.Record != nil {
			for _, f := range t.Record.Fields {
				ft := f.Type.ABI()
				if f.Offset+ft.Size > t.Size && ft.Kind == abi.KindInt {
					// A bit-field near the end: bpftrace 0.17 prints the
					// bytes of its type from the field's first byte, past
					// the record's end; what is there prints as zero.
					ft.Size = max(1, t.Size-f.Offset)
					for ft.Size&(ft.Size-1) != 0 {
						ft.Size &= ft.Size - 1
					}
				}
				at.Fields = append(at.Fields, abi.Field{Offset: f.Offset, Name: f.Name, Type: ft})
			}
		}
		return at
	}
	return t.specialABI()
}
