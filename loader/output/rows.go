package output

import (
	"fmt"

	"github.com/bpftc/bpftc/loader/abi"
)

// Row is one map entry with its per-CPU values reduced as bpftrace does when
// it prints the map, for readers that export maps rather than print them
// (loader/metrics).
type Row struct {
	Key []byte
	// Value is a count, sum, min or max, or a plain integer value widened to
	// 64 bits (read it as int64 when the map's value type is signed).
	Value uint64
	// Total and Count are the sums over CPUs of avg and stats values.
	Total uint64
	Count int64
	// Buckets are the bucket counts of hist and lhist values.
	Buckets []uint64
}

// Reduce checks m's layout and the entries read from its BPF map and folds
// each entry's per-CPU values into a Row: counts and sums added, min and max
// over the CPUs that set one, avg and stats totals added, histogram buckets
// added, plain integers added in their own width (abi.Agg has the layouts).
// Plain values that are not integers keep Value 0.
func Reduce(m *abi.Map, entries []Entry) ([]Row, error) {
	if err := checkLayout(m); err != nil {
		return nil, fmt.Errorf("map %s: %w", m.Name, err)
	}
	rows, err := reduce(m, entries)
	if err != nil {
		return nil, fmt.Errorf("map %s: %w", m.Name, err)
	}
	out := make([]Row, len(rows))
	for i := range rows {
		r := &rows[i]
		out[i] = Row{Key: r.key, Value: r.n, Total: r.total, Count: r.count, Buckets: r.buckets}
	}
	return out, nil
}

// AppendKeyText appends one part of a map key, of type t, as bpftrace prints
// it between the brackets of @m[...]: integers signed, strings up to NUL,
// resolved kinds (ksym, username, probe...) as their text.
func (r *Resolver) AppendKeyText(dst []byte, t abi.Type, b []byte) []byte {
	if len(b) < t.Size {
		return dst
	}
	return r.appendKeyText(dst, t, b[:t.Size])
}
