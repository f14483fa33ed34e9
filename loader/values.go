package loader

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"fmt"
	"net/netip"
	"slices"
	"syscall"

	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/output"
)

// Row is one entry of a bpftrace map as Go values.
//
// Key has one value per key part (@m[a, b] has two), none for a scalar map.
// Value depends on the map's aggregation: uint64 for count(), int64 or
// uint64 (by the script's type) for sum(), int64 for min(), max() and avg(),
// [Stats] for stats(), the []uint64 bucket counts of abi.AggHist and
// abi.AggLhist for hist() and lhist(), and for assigned values the value
// itself: int64 or uint64 for integers by signedness, string for strings,
// []byte for buf(), []any for tuples and arrays, map[string]any for C
// structs, netip.Addr for ntop(), syscall.Errno for strerror(), the probe
// name for probe, and uint64 for pointers, kernel and user addresses (ksym,
// usym), uids (username) and strftime()'s nanoseconds since boot.
type Row struct {
	Key   []any
	Value any
}

// Stats is the value of a stats() map entry.
type Stats struct {
	Count   int64
	Average int64
	Total   int64
}

// goValue converts b, a value of type t as a program wrote it, to the Go
// value Row documents, or nil when b is too short for t. meta resolves
// probe names; it may be nil.
func goValue(meta *abi.Meta, t abi.Type, b []byte) any {
	if len(b) < t.Size {
		return nil
	}
	b = b[:t.Size]
	ne := binary.NativeEndian
	switch t.Kind {
	case abi.KindInt:
		return intValue(b, t.Signed)
	case abi.KindString:
		if i := bytes.IndexByte(b, 0); i >= 0 {
			b = b[:i]
		}
		return string(b)
	case abi.KindBuffer:
		n := min(int(b[0]), len(b)-1)
		return bytes.Clone(b[1 : 1+n])
	case abi.KindTuple, abi.KindRecord:
		return fieldsValue(meta, t, b)
	case abi.KindArray:
		if t.Elem == nil || t.Len*t.Elem.Size > len(b) {
			return nil
		}
		vs := make([]any, t.Len)
		for i := range vs {
			vs[i] = goValue(meta, *t.Elem, b[i*t.Elem.Size:])
		}
		return vs
	case abi.KindInet:
		return inetValue(b)
	case abi.KindStrerror:
		return syscall.Errno(ne.Uint64(b))
	case abi.KindProbe:
		if id := ne.Uint64(b); meta != nil && id < uint64(len(meta.Probes)) {
			return meta.Probes[id]
		}
		return ""
	case abi.KindTimestamp:
		return ne.Uint64(b[8:])
	case abi.KindPointer, abi.KindKsym, abi.KindUsym, abi.KindUsername:
		return ne.Uint64(b)
	}
	return nil
}

// intValue reads a 1, 2, 4 or 8-byte integer in the host's byte order.
func intValue(b []byte, signed bool) any {
	ne := binary.NativeEndian
	var u uint64
	var s int64
	switch len(b) {
	case 1:
		u, s = uint64(b[0]), int64(int8(b[0]))
	case 2:
		u, s = uint64(ne.Uint16(b)), int64(int16(ne.Uint16(b)))
	case 4:
		u, s = uint64(ne.Uint32(b)), int64(int32(ne.Uint32(b)))
	case 8:
		u, s = ne.Uint64(b), int64(ne.Uint64(b))
	default:
		return nil
	}
	if signed {
		return s
	}
	return u
}

// fieldsValue converts a tuple to []any and a C struct to map[string]any.
func fieldsValue(meta *abi.Meta, t abi.Type, b []byte) any {
	if t.Kind == abi.KindRecord {
		m := make(map[string]any, len(t.Fields))
		for _, f := range t.Fields {
			m[f.Name] = goValue(meta, f.Type, b[min(f.Offset, len(b)):])
		}
		return m
	}
	vs := make([]any, len(t.Fields))
	for i, f := range t.Fields {
		vs[i] = goValue(meta, f.Type, b[min(f.Offset, len(b)):])
	}
	return vs
}

// inetValue converts ntop()'s s64 family and 16 address bytes.
func inetValue(b []byte) any {
	switch int32(binary.NativeEndian.Uint64(b)) {
	case syscall.AF_INET:
		return netip.AddrFrom4([4]byte(b[8:12]))
	case syscall.AF_INET6:
		return netip.AddrFrom16([16]byte(b[8:24]))
	}
	return netip.Addr{}
}

// rows converts the entries of map m, as read from the kernel, to Go
// values with per-CPU values reduced as bpfrun prints them, ordered by key.
func rows(meta *abi.Meta, m *abi.Map, entries []output.Entry) ([]Row, error) {
	reduced, err := output.Reduce(m, entries)
	if err != nil {
		return nil, err
	}
	rows := make([]Row, len(reduced))
	for i, r := range reduced {
		rows[i].Key = keyValues(meta, m, r.Key)
		rows[i].Value = mapValue(meta, m, r, entries[i])
	}
	slices.SortStableFunc(rows, func(a, b Row) int { return compareValues(a.Key, b.Key) })
	return rows, nil
}

// keyValues splits a map key into its parts.
func keyValues(meta *abi.Meta, m *abi.Map, key []byte) []any {
	if len(m.Key) == 0 {
		return nil
	}
	parts := make([]any, len(m.Key))
	for i, f := range m.Key {
		parts[i] = goValue(meta, f.Type, key[min(f.Offset, len(key)):])
	}
	return parts
}

// mapValue is the Go value of one reduced entry (see Row).
func mapValue(meta *abi.Meta, m *abi.Map, r output.Row, e output.Entry) any {
	switch m.Agg {
	case abi.AggCount:
		return r.Value
	case abi.AggSum:
		if m.Value.Signed {
			return int64(r.Value)
		}
		return r.Value
	case abi.AggMin, abi.AggMax:
		return int64(r.Value)
	case abi.AggAvg, abi.AggStats:
		var avg int64
		if r.Count != 0 {
			avg = int64(r.Total) / r.Count
		}
		if m.Agg == abi.AggAvg {
			return avg
		}
		return Stats{Count: r.Count, Average: avg, Total: int64(r.Total)}
	case abi.AggHist, abi.AggLhist:
		return r.Buckets
	}
	if m.Value.Kind == abi.KindInt {
		// Reduce added the per-CPU integers in their own width and widened
		// the sum by the type's signedness.
		if m.Value.Signed {
			return int64(r.Value)
		}
		return r.Value
	}
	return goValue(meta, m.Value, e.Values[0])
}

// compareValues orders keys: integers by value, strings by bytes, lists
// part by part; values of other types by their printed form.
func compareValues(a, b any) int {
	switch x := a.(type) {
	case int64:
		if y, ok := b.(int64); ok {
			return cmp.Compare(x, y)
		}
	case uint64:
		if y, ok := b.(uint64); ok {
			return cmp.Compare(x, y)
		}
	case string:
		if y, ok := b.(string); ok {
			return cmp.Compare(x, y)
		}
	case []any:
		if y, ok := b.([]any); ok {
			for i := 0; i < len(x) && i < len(y); i++ {
				if c := compareValues(x[i], y[i]); c != 0 {
					return c
				}
			}
			return cmp.Compare(len(x), len(y))
		}
	}
	return cmp.Compare(fmt.Sprint(a), fmt.Sprint(b))
}
