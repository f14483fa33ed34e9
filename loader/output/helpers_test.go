package output

import (
	"encoding/binary"
	"math/bits"

	"github.com/bpftc/bpftc/loader/abi"
)

// Builders of raw keys, values and records in the loader/abi layouts, so the
// tests feed the renderer exactly what the loader reads from the kernel.

// tv is a typed value: its abi type and its bytes.
type tv struct {
	t abi.Type
	b []byte
}

func intv(v uint64, size int, signed bool) tv {
	b := make([]byte, size)
	putInt(b, v)
	return tv{abi.Type{Kind: abi.KindInt, Size: size, Signed: signed}, b}
}

func i64(v int64) tv  { return intv(uint64(v), 8, true) }
func u64(v uint64) tv { return intv(v, 8, false) }
func i32(v int32) tv  { return intv(uint64(v), 4, true) }
func u32(v uint32) tv { return intv(uint64(v), 4, false) }
func i8(v int8) tv    { return intv(uint64(v), 1, true) }
func u8(v uint8) tv   { return intv(uint64(v), 1, false) }

// str is a NUL-padded string of size bytes (64 when size is 0).
func str(s string, size int) tv {
	if size == 0 {
		size = 64
	}
	b := make([]byte, size)
	copy(b, s)
	return tv{abi.Type{Kind: abi.KindString, Size: size}, b}
}

// tuple lays fields out with natural alignment, as C would.
func tuple(fields ...tv) tv {
	fs, b := layout(0, fields)
	return tv{abi.Type{Kind: abi.KindTuple, Size: len(b), Fields: fs}, b}
}

// layout places parts from offset start, each aligned to its own alignment.
func layout(start int, parts []tv) ([]abi.Field, []byte) {
	b := make([]byte, start)
	var fs []abi.Field
	maxAlign := 1
	for _, p := range parts {
		a := align(p.t)
		maxAlign = max(maxAlign, a)
		for len(b)%a != 0 {
			b = append(b, 0)
		}
		fs = append(fs, abi.Field{Offset: len(b), Type: p.t})
		b = append(b, p.b...)
	}
	for len(b)%maxAlign != 0 {
		b = append(b, 0)
	}
	return fs, b
}

func align(t abi.Type) int {
	switch t.Kind {
	case abi.KindInt:
		return t.Size
	case abi.KindTuple:
		a := 1
		for _, f := range t.Fields {
			a = max(a, align(f.Type))
		}
		return a
	}
	return 1
}

// record builds a printf call site and one record for it.
func record(format string, args ...tv) (*abi.Printf, []byte) {
	fs, b := layout(8, args)
	binary.NativeEndian.PutUint64(b, abi.ActionPrintf)
	return &abi.Printf{Format: format, Args: fs}, b
}

// mapOf describes a map whose key has the layout of the sample key parts.
func mapOf(name string, agg abi.Agg, value abi.Type, key ...tv) *abi.Map {
	m := &abi.Map{Name: name, Symbol: "AT_" + name[1:], Agg: agg, Value: value, KeySize: 8}
	if agg != abi.AggNone {
		m.PerCPU = true
	}
	if len(key) > 0 {
		fs, b := layout(0, key)
		m.Key, m.KeySize = fs, len(b)
	}
	return m
}

// keyOf is the key bytes of parts.
func keyOf(parts ...tv) []byte {
	if len(parts) == 0 {
		return make([]byte, 8)
	}
	_, b := layout(0, parts)
	return b
}

func cat(parts ...[]byte) []byte {
	var b []byte
	for _, p := range parts {
		b = append(b, p...)
	}
	return b
}

// Per-CPU value layouts of abi.Agg.
func countVal(n uint64) []byte       { return u64(n).b }
func sumVal(n int64) []byte          { return i64(n).b }
func minMaxVal(v int64) []byte       { return cat(i64(v).b, u64(1).b) }
func unsetMinMax() []byte            { return make([]byte, 16) }
func statsVal(total, n int64) []byte { return cat(i64(total).b, u64(uint64(n)).b) }

// histBucket is bpftrace 0.17's hist() bucket of n, with its 32-bit clamp.
func histBucket(n int64) int {
	switch {
	case n < 0:
		return 0
	case n == 0:
		return 1
	case n >= 1<<32:
		return 33
	}
	return bits.Len64(uint64(n)) + 1
}

// lhistBucket is bpftrace 0.17's lhist() bucket of n.
func lhistBucket(n, lo, hi, step int64) int {
	b := (hi - lo) / step
	switch {
	case n < lo:
		return 0
	case n > hi:
		return int(b) + 1
	}
	return int(min((n-lo)/step+1, b+1))
}

const histBuckets = 66

func histMap(name string, key ...tv) *abi.Map {
	m := mapOf(name, abi.AggHist, abi.Type{}, key...)
	m.Hist = &abi.Hist{Buckets: histBuckets}
	return m
}

func lhistMap(name string, lo, hi, step int64, key ...tv) *abi.Map {
	m := mapOf(name, abi.AggLhist, abi.Type{}, key...)
	m.Hist = &abi.Hist{Buckets: int((hi-lo)/step + 2), Min: lo, Max: hi, Step: step}
	return m
}

// histVal is one CPU's buckets after recording samples.
func histVal(m *abi.Map, samples ...int64) []byte {
	b := make([]uint64, m.Hist.Buckets)
	for _, s := range samples {
		if m.Agg == abi.AggHist {
			b[histBucket(s)]++
		} else {
			b[lhistBucket(s, m.Hist.Min, m.Hist.Max, m.Hist.Step)]++
		}
	}
	out := make([]byte, 8*len(b))
	for i, v := range b {
		binary.NativeEndian.PutUint64(out[8*i:], v)
	}
	return out
}

// one is an entry with a single (or per-CPU) value.
func one(key []byte, vals ...[]byte) Entry { return Entry{Key: key, Values: vals} }

var (
	tInt64  = abi.Type{Kind: abi.KindInt, Size: 8, Signed: true}
	tUint64 = abi.Type{Kind: abi.KindInt, Size: 8}
)
