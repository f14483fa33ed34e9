package output

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/bpftc/bpftc/loader/abi"
)

// row is one map entry with its per-CPU values reduced.
type row struct {
	key     []byte
	n       uint64   // count, sum, min, max; plain integers (widened); the sort value
	val     []byte   // plain values: the reduced value bytes
	buckets []uint64 // hist, lhist
	total   uint64   // hist: sum of buckets; avg, stats: total
	count   int64    // avg, stats
	avg     int64    // avg, stats: total / count
}

// reduce checks entries against m's layouts (already checked by
// checkLayout) and folds the per-CPU values of each entry into a row
// (abi.Agg documents each layout).
func reduce(m *abi.Map, entries []Entry) ([]row, error) {
	size := valueSize(m)
	rows := make([]row, len(entries))
	for i, e := range entries {
		if err := checkKey(m, e.Key); err != nil {
			return nil, err
		}
		if len(e.Values) == 0 {
			return nil, fmt.Errorf("entry %d has no value", i)
		}
		for _, v := range e.Values {
			if len(v) < size {
				return nil, fmt.Errorf("value of %d bytes, want %d", len(v), size)
			}
		}
		r := &rows[i]
		r.key = e.Key
		reduceEntry(m, e.Values, r)
	}
	return rows, nil
}

// reduceEntry folds vals into r.
func reduceEntry(m *abi.Map, vals [][]byte, r *row) {
	ne := binary.NativeEndian
	switch m.Agg {
	case abi.AggCount, abi.AggSum:
		for _, v := range vals {
			r.n += ne.Uint64(v)
		}
	case abi.AggMin, abi.AggMax:
		set := false
		for _, v := range vals {
			if ne.Uint64(v[8:]) == 0 {
				continue
			}
			x := int64(ne.Uint64(v))
			if !set || (m.Agg == abi.AggMin && x < int64(r.n)) || (m.Agg == abi.AggMax && x > int64(r.n)) {
				r.n = uint64(x)
			}
			set = true
		}
		if m.Agg == abi.AggMin && r.n == 0xffffffff {
			// 0.17 stores min() as 0xffffffff - n, and 0 reads as unset.
			r.n = 0
		}
	case abi.AggAvg, abi.AggStats:
		for _, v := range vals {
			r.total += ne.Uint64(v)
			r.count += int64(ne.Uint64(v[8:]))
		}
		if r.count != 0 {
			r.avg = int64(r.total) / r.count
		}
	case abi.AggHist, abi.AggLhist:
		r.buckets = make([]uint64, m.Hist.Buckets)
		for _, v := range vals {
			for b := range r.buckets {
				r.buckets[b] += ne.Uint64(v[8*b:])
			}
		}
		for _, c := range r.buckets {
			r.total += c
		}
	default:
		reducePlain(m.Value, vals, r)
	}
}

// reducePlain reduces a plain value: integers are summed across CPUs in
// their own width (bpftrace's reduce_value), other values are taken from the
// first CPU.
func reducePlain(t abi.Type, vals [][]byte, r *row) {
	if t.Kind != abi.KindInt {
		r.val = vals[0][:t.Size]
		return
	}
	var sum uint64
	for _, v := range vals {
		sum += readInt(v[:t.Size], false)
	}
	r.val = make([]byte, t.Size)
	putInt(r.val, sum)
	r.n = readInt(r.val, t.Signed)
}

// putInt stores the low len(b) bytes of v in native order.
func putInt(b []byte, v uint64) {
	ne := binary.NativeEndian
	switch len(b) {
	case 1:
		b[0] = byte(v)
	case 2:
		ne.PutUint16(b, uint16(v))
	case 4:
		ne.PutUint32(b, uint32(v))
	case 8:
		ne.PutUint64(b, v)
	}
}

// valueSize is the size of one CPU's value of m.
func valueSize(m *abi.Map) int {
	switch m.Agg {
	case abi.AggCount, abi.AggSum:
		return 8
	case abi.AggMin, abi.AggMax, abi.AggAvg, abi.AggStats:
		return 16
	case abi.AggHist, abi.AggLhist:
		return 8 * m.Hist.Buckets
	}
	return m.Value.Size
}

// zeroEntry is the entry an array map has before anything is written to it.
func zeroEntry(m *abi.Map) Entry {
	return Entry{Key: make([]byte, m.KeySize), Values: [][]byte{make([]byte, valueSize(m))}}
}

// checkLayout rejects map descriptions the renderer cannot read.
func checkLayout(m *abi.Map) error {
	if m.KeySize < 0 || m.KeySize > 1<<16 {
		return fmt.Errorf("key size %d", m.KeySize)
	}
	switch m.Agg {
	case abi.AggCount, abi.AggSum, abi.AggMin, abi.AggMax, abi.AggAvg, abi.AggStats:
	case abi.AggHist, abi.AggLhist:
		if m.Hist == nil || m.Hist.Buckets <= 0 || m.Hist.Buckets > 1<<16 {
			return fmt.Errorf("%s map without bucket layout", m.Agg)
		}
		// bpftrace 0.17 keeps lhist bounds in C int.
		if m.Agg == abi.AggLhist && (m.Hist.Step <= 0 || m.Hist.Step > math.MaxInt32) {
			return fmt.Errorf("lhist step %d", m.Hist.Step)
		}
	case abi.AggNone:
		if err := checkType(m.Value); err != nil {
			return fmt.Errorf("value: %w", err)
		}
	default:
		return fmt.Errorf("unknown aggregation %q", m.Agg)
	}
	for i, f := range m.Key {
		if err := checkType(f.Type); err != nil {
			return fmt.Errorf("key part %d: %w", i+1, err)
		}
		if f.Offset < 0 {
			return fmt.Errorf("key part %d at offset %d", i+1, f.Offset)
		}
	}
	return nil
}

// checkType rejects value types the renderer cannot read.
func checkType(t abi.Type) error {
	if t.Size < 0 || t.Size > 1<<16 {
		return fmt.Errorf("%s of %d bytes", t.Kind, t.Size)
	}
	switch t.Kind {
	case abi.KindInt:
		switch t.Size {
		case 1, 2, 4, 8:
			return nil
		}
		return fmt.Errorf("integer of %d bytes", t.Size)
	case abi.KindString:
		return nil
	case abi.KindBuffer:
		if t.Size < 1 {
			return fmt.Errorf("buffer of %d bytes", t.Size)
		}
		return nil
	case abi.KindKsym, abi.KindUsym, abi.KindUsername, abi.KindProbe, abi.KindStrerror, abi.KindTimestamp, abi.KindInet, abi.KindKstack, abi.KindUstack, abi.KindMacaddr, abi.KindCgroupPath:
		if t.Size != kindSize(t.Kind) {
			return fmt.Errorf("%s of %d bytes", t.Kind, t.Size)
		}
		return nil
	case abi.KindPointer:
		if t.Size != 8 {
			return fmt.Errorf("pointer of %d bytes", t.Size)
		}
		return nil
	case abi.KindArray:
		if t.Elem == nil || t.Len < 0 || t.Len*t.Elem.Size > t.Size {
			return fmt.Errorf("array of %d bytes without a fitting element type", t.Size)
		}
		return checkType(*t.Elem)
	case abi.KindTuple, abi.KindRecord:
		for i, f := range t.Fields {
			if f.Offset < 0 || f.Offset+f.Type.Size > t.Size {
				return fmt.Errorf("tuple field %d outside the tuple", i+1)
			}
			if err := checkType(f.Type); err != nil {
				return fmt.Errorf("tuple field %d: %w", i+1, err)
			}
		}
		return nil
	}
	return fmt.Errorf("kind %q", t.Kind)
}

// checkKey rejects a key too short for m's key parts.
func checkKey(m *abi.Map, key []byte) error {
	for i, f := range m.Key {
		if f.Offset+f.Type.Size > len(key) {
			return fmt.Errorf("key of %d bytes, part %d ends at %d", len(key), i+1, f.Offset+f.Type.Size)
		}
	}
	return nil
}
