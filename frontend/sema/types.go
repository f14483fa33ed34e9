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
	KindCount              // count() map values
	KindSum                // sum()
	KindMin                // min()
	KindMax                // max()
	KindAvg                // avg()
	KindStats              // stats()
	KindHist               // hist()
	KindLhist              // lhist()
)

// Type is the type of an expression, variable, map key or map value.
type Type struct {
	Kind   Kind
	Size   int  // bytes: 8 for integers in registers, N for string[N]
	Signed bool // integers, sum
	Elems  []*Type
	// Lhist bounds (KindLhist).
	Min, Max, Step int64
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

// IsAgg reports whether t is the value of an aggregating map function.
func (t *Type) IsAgg() bool { return t.Kind >= KindCount }

// IsInt reports whether t is an integer.
func (t *Type) IsInt() bool { return t.Kind == KindInt }

// String spells t as bpftrace 0.17 does in messages ("int64",
// "unsigned int32", "string[16]").
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
	return "?"
}

// Equal reports whether two types are the same (strings of any size are
// compatible only when equal in size).
func (t *Type) Equal(u *Type) bool {
	if t.Kind != u.Kind || t.Size != u.Size || t.Signed != u.Signed || len(t.Elems) != len(u.Elems) {
		return false
	}
	for i := range t.Elems {
		if !t.Elems[i].Equal(u.Elems[i]) {
			return false
		}
	}
	return t.Min == u.Min && t.Max == u.Max && t.Step == u.Step
}

// StorageSize is the bytes t takes in a key, value or record: integers are
// widened to 8 bytes.
func (t *Type) StorageSize() int {
	switch t.Kind {
	case KindInt:
		return 8
	case KindTuple:
		size := 0
		for _, e := range t.Elems {
			size = align(size, e.Align()) + e.StorageSize()
		}
		return align(size, t.Align())
	}
	return t.Size
}

// Align is t's alignment in records and tuples.
func (t *Type) Align() int {
	switch t.Kind {
	case KindInt:
		return 8
	case KindTuple:
		a := 1
		for _, e := range t.Elems {
			a = max(a, e.Align())
		}
		return a
	}
	return 1
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
		return abi.Type{Kind: abi.KindInt, Size: 8, Signed: t.Signed}
	case KindString:
		return abi.Type{Kind: abi.KindString, Size: t.Size}
	case KindTuple:
		at := abi.Type{Kind: abi.KindTuple, Size: t.StorageSize()}
		for i, off := range t.TupleOffsets() {
			at.Fields = append(at.Fields, abi.Field{Offset: off, Type: t.Elems[i].ABI()})
		}
		return at
	}
	return abi.Type{Kind: abi.KindNone}
}
