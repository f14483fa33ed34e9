package output

import (
	"github.com/bpftc/bpftc/internal/cxxsort"

	"bytes"
	"sort"

	"github.com/bpftc/bpftc/loader/abi"
)

// Entry order (OUT-05). bpftrace 0.17 sorts values with std::sort, which is
// not stable; cxxsort.Sort reproduces libstdc++'s algorithm, so ties come out as
// bpftrace's would from the same input order. For up to 16 entries that is
// the input order (std::sort is an insertion sort there); for hist, lhist,
// avg and stats maps the input order is the key bytes (bpftrace collects
// them in a std::map), so their output matches bpftrace exactly; for other
// maps it is the order of the entries given, i.e. the kernel's iteration
// order, which bpftrace's hash maps do not reproduce either.

// orderPlain orders count, sum, min, max and plain maps: by value when the
// value is an integer (signed or not as its type), by key otherwise.
func orderPlain(m *abi.Map, rows []row) {
	switch m.Agg {
	case abi.AggCount:
		cxxsort.Sort(rows, func(a, b *row) bool { return a.n < b.n })
	case abi.AggSum:
		if m.Value.Signed {
			cxxsort.Sort(rows, func(a, b *row) bool { return int64(a.n) < int64(b.n) })
		} else {
			cxxsort.Sort(rows, func(a, b *row) bool { return a.n < b.n })
		}
	case abi.AggMin, abi.AggMax:
		cxxsort.Sort(rows, func(a, b *row) bool { return int64(a.n) < int64(b.n) })
	default:
		switch {
		case m.Value.Kind != abi.KindInt:
			orderByKey(m.Key, rows)
		case m.Value.Signed:
			cxxsort.Sort(rows, func(a, b *row) bool { return int64(a.n) < int64(b.n) })
		default:
			cxxsort.Sort(rows, func(a, b *row) bool { return a.n < b.n })
		}
	}
}

// orderByKey sorts by key parts, the first part most significant, with one
// stable sort per part from the last: integer parts compare unsigned, string
// parts with strncmp, other parts not at all (bpftrace's sort_by_key).
func orderByKey(key []abi.Field, rows []row) {
	for i := len(key) - 1; i >= 0; i-- {
		f := key[i]
		lo, hi := f.Offset, f.Offset+f.Type.Size
		switch f.Type.Kind {
		case abi.KindInt:
			sort.SliceStable(rows, func(a, b int) bool {
				return readInt(rows[a].key[lo:hi], false) < readInt(rows[b].key[lo:hi], false)
			})
		case abi.KindString:
			sort.SliceStable(rows, func(a, b int) bool {
				return strncmp(rows[a].key[lo:hi], rows[b].key[lo:hi]) < 0
			})
		}
	}
}

// strncmp compares two fixed-size C strings as unsigned bytes up to the
// first NUL.
func strncmp(a, b []byte) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return int(a[i]) - int(b[i])
		}
		if a[i] == 0 {
			return 0
		}
	}
	return 0
}

// orderByTotal orders hist and lhist entries by the sum of their buckets,
// starting from key byte order.
func orderByTotal(rows []row) {
	sortKeyBytes(rows)
	cxxsort.Sort(rows, func(a, b *row) bool { return a.total < b.total })
}

// orderByAverage orders avg and stats entries by their average, starting
// from key byte order.
func orderByAverage(rows []row) {
	sortKeyBytes(rows)
	cxxsort.Sort(rows, func(a, b *row) bool { return a.avg < b.avg })
}

// sortKeyBytes puts rows in std::map<std::vector<uint8_t>> order.
func sortKeyBytes(rows []row) {
	sort.SliceStable(rows, func(a, b int) bool { return bytes.Compare(rows[a].key, rows[b].key) < 0 })
}
