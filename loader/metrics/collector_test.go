package metrics

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/common/expfmt"

	"github.com/bpftc/bpftc/loader"
	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/output"
)

// fakeSource serves fixed entries by map name, or an error.
type fakeSource struct {
	entries map[string][]output.Entry
	err     error
}

func (f *fakeSource) ReadMap(name string) ([]output.Entry, error) {
	if f.err != nil {
		return nil, f.err
	}
	return f.entries[name], nil
}

// u64s lays out 64-bit words in native order.
func u64s(words ...int64) []byte {
	b := make([]byte, 8*len(words))
	for i, w := range words {
		binary.NativeEndian.PutUint64(b[8*i:], uint64(w))
	}
	return b
}

// str is a NUL-padded string of n bytes.
func str(s string, n int) []byte {
	b := make([]byte, n)
	copy(b, s)
	return b
}

// cpus is one value per CPU.
func cpus(vals ...[]byte) [][]byte { return vals }

var (
	s64   = abi.Type{Kind: abi.KindInt, Size: 8, Signed: true}
	str16 = abi.Type{Kind: abi.KindString, Size: 16}
	zero8 = make([]byte, 8)
)

// buckets is a histogram value with counts at the given buckets.
func buckets(n int, at map[int]int64) []byte {
	w := make([]int64, n)
	for i, c := range at {
		w[i] = c
	}
	return u64s(w...)
}

// testMaps is one map of each kind, most of them per CPU.
var testMaps = []abi.Map{
	{Name: "@calls", Symbol: "AT_calls", Agg: abi.AggCount, PerCPU: true, KeySize: 16, Key: []abi.Field{{Type: str16, Name: "comm"}}},
	{Name: "@bytes", Symbol: "AT_bytes", Agg: abi.AggSum, PerCPU: true, KeySize: 8, Value: s64},
	{Name: "@lo", Symbol: "AT_lo", Agg: abi.AggMin, PerCPU: true, KeySize: 8},
	{Name: "@hi", Symbol: "AT_hi", Agg: abi.AggMax, PerCPU: true, KeySize: 8},
	{Name: "@mean", Symbol: "AT_mean", Agg: abi.AggAvg, PerCPU: true, KeySize: 8},
	{Name: "@st", Symbol: "AT_st", Agg: abi.AggStats, PerCPU: true, KeySize: 8},
	{Name: "@", Symbol: "AT_", Agg: abi.AggNone, KeySize: 8, Key: []abi.Field{{Type: s64}}, Value: s64},
	{Name: "@name", Symbol: "AT_name", Agg: abi.AggNone, KeySize: 8, Value: str16},
	{Name: "@h", Symbol: "AT_h", Agg: abi.AggHist, PerCPU: true, KeySize: 16, Key: []abi.Field{{Type: str16}}, Hist: &abi.Hist{Buckets: 34}},
	{Name: "@l", Symbol: "AT_l", Agg: abi.AggLhist, KeySize: 24, Key: []abi.Field{{Type: str16}, {Offset: 16, Type: s64}},
		Hist: &abi.Hist{Buckets: 4, Min: 0, Max: 100, Step: 50}},
}

// testEntries are the kernel's entries of testMaps.
var testEntries = map[string][]output.Entry{
	"@calls": {
		{Key: str("bash", 16), Values: cpus(u64s(3), u64s(4))},
		{Key: str("a\"b\\\n", 16), Values: cpus(u64s(1), u64s(0))},
		{Key: str("\xffx", 16), Values: cpus(u64s(2), u64s(0))},
		// Keys that print the same: strings end at the NUL.
		{Key: append([]byte("sh\x00a"), make([]byte, 12)...), Values: cpus(u64s(5), u64s(0))},
		{Key: append([]byte("sh\x00b"), make([]byte, 12)...), Values: cpus(u64s(6), u64s(1))},
	},
	"@bytes": {{Key: zero8, Values: cpus(u64s(-5), u64s(2))}},
	// min and max: struct { s64 value; u64 set; } per CPU.
	"@lo":   {{Key: zero8, Values: cpus(u64s(5, 1), u64s(-2, 1), u64s(-9, 0))}},
	"@hi":   {{Key: zero8, Values: cpus(u64s(5, 1), u64s(9, 0), u64s(7, 1))}},
	"@mean": {{Key: zero8, Values: cpus(u64s(10, 3), u64s(5, 1))}},
	"@st":   {{Key: zero8, Values: cpus(u64s(10, 3), u64s(-5, 1))}},
	"@": {
		{Key: u64s(-42), Values: cpus(u64s(-7))},
		{Key: u64s(7), Values: cpus(u64s(1 << 40))},
	},
	"@name": {{Key: zero8, Values: cpus(str("x", 16))}},
	"@h": {{Key: str("w", 16), Values: cpus(
		buckets(34, map[int]int64{1: 1, 2: 1, 3: 2}),
		buckets(34, map[int]int64{3: 1, 8: 1, 33: 1}),
	)}},
	"@l": {{Key: append(str("k", 16), u64s(3)...), Values: cpus(buckets(4, map[int]int64{0: 1, 1: 2, 2: 3, 3: 4}))}},
}

const wantText = `# HELP bpftrace_bytes_total bpftrace map @bytes (sum)
# TYPE bpftrace_bytes_total counter
bpftrace_bytes_total -3
# HELP bpftrace_calls_total bpftrace map @calls (count)
# TYPE bpftrace_calls_total counter
bpftrace_calls_total{comm="a\"b\\\n"} 1
bpftrace_calls_total{comm="bash"} 7
bpftrace_calls_total{comm="sh"} 12
bpftrace_calls_total{comm="�x"} 2
# HELP bpftrace_h bpftrace map @h (hist)
# TYPE bpftrace_h histogram
bpftrace_h_bucket{key="w",le="-1"} 0
bpftrace_h_bucket{key="w",le="0"} 1
bpftrace_h_bucket{key="w",le="1"} 2
bpftrace_h_bucket{key="w",le="3"} 5
bpftrace_h_bucket{key="w",le="7"} 5
bpftrace_h_bucket{key="w",le="15"} 5
bpftrace_h_bucket{key="w",le="31"} 5
bpftrace_h_bucket{key="w",le="63"} 5
bpftrace_h_bucket{key="w",le="127"} 6
bpftrace_h_bucket{key="w",le="255"} 6
bpftrace_h_bucket{key="w",le="511"} 6
bpftrace_h_bucket{key="w",le="1023"} 6
bpftrace_h_bucket{key="w",le="2047"} 6
bpftrace_h_bucket{key="w",le="4095"} 6
bpftrace_h_bucket{key="w",le="8191"} 6
bpftrace_h_bucket{key="w",le="16383"} 6
bpftrace_h_bucket{key="w",le="32767"} 6
bpftrace_h_bucket{key="w",le="65535"} 6
bpftrace_h_bucket{key="w",le="131071"} 6
bpftrace_h_bucket{key="w",le="262143"} 6
bpftrace_h_bucket{key="w",le="524287"} 6
bpftrace_h_bucket{key="w",le="1.048575e+06"} 6
bpftrace_h_bucket{key="w",le="2.097151e+06"} 6
bpftrace_h_bucket{key="w",le="4.194303e+06"} 6
bpftrace_h_bucket{key="w",le="8.388607e+06"} 6
bpftrace_h_bucket{key="w",le="1.6777215e+07"} 6
bpftrace_h_bucket{key="w",le="3.3554431e+07"} 6
bpftrace_h_bucket{key="w",le="6.7108863e+07"} 6
bpftrace_h_bucket{key="w",le="1.34217727e+08"} 6
bpftrace_h_bucket{key="w",le="2.68435455e+08"} 6
bpftrace_h_bucket{key="w",le="5.36870911e+08"} 6
bpftrace_h_bucket{key="w",le="1.073741823e+09"} 6
bpftrace_h_bucket{key="w",le="2.147483647e+09"} 6
bpftrace_h_bucket{key="w",le="+Inf"} 7
bpftrace_h_sum{key="w"} NaN
bpftrace_h_count{key="w"} 7
# HELP bpftrace_hi bpftrace map @hi (max)
# TYPE bpftrace_hi gauge
bpftrace_hi 7
# HELP bpftrace_l bpftrace map @l (lhist)
# TYPE bpftrace_l histogram
bpftrace_l_bucket{key0="k",key1="3",le="-1"} 1
bpftrace_l_bucket{key0="k",key1="3",le="49"} 3
bpftrace_l_bucket{key0="k",key1="3",le="99"} 6
bpftrace_l_bucket{key0="k",key1="3",le="+Inf"} 10
bpftrace_l_sum{key0="k",key1="3"} NaN
bpftrace_l_count{key0="k",key1="3"} 10
# HELP bpftrace_lo bpftrace map @lo (min)
# TYPE bpftrace_lo gauge
bpftrace_lo -2
# HELP bpftrace_map bpftrace map @ (none)
# TYPE bpftrace_map gauge
bpftrace_map{key="-42"} -7
bpftrace_map{key="7"} 1.099511627776e+12
# HELP bpftrace_mean bpftrace map @mean (avg)
# TYPE bpftrace_mean gauge
bpftrace_mean 3
# HELP bpftrace_st bpftrace map @st (stats)
# TYPE bpftrace_st summary
bpftrace_st_sum 5
bpftrace_st_count 4
`

// TestCollect reads one map of each kind through a fake source: per-CPU
// values reduced, keys as labels, histogram buckets.
func TestCollect(t *testing.T) {
	c, err := New(&abi.Meta{Maps: testMaps})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"@name"}, c.Skipped()); diff != "" {
		t.Errorf("Skipped (-want +got):\n%s", diff)
	}
	reg := prometheus.NewPedanticRegistry()
	if err := reg.Register(c); err != nil {
		t.Fatal(err)
	}
	if got := exposition(t, reg); got != "" {
		t.Errorf("exposition before SetSource: %q, want nothing", got)
	}
	c.SetSource(&fakeSource{entries: testEntries})
	if diff := cmp.Diff(wantText, exposition(t, reg)); diff != "" {
		t.Errorf("exposition (-want +got):\n%s", diff)
	}
	// The native buckets of @l: schema 3, underflow at -1, [0, 50) at 49,
	// [50, 100) at 99 and overflow at 100, both in (2^(53/8), 2^(54/8)].
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != "bpftrace_l" {
			continue
		}
		h := mf.Metric[0].GetHistogram()
		got := fmt.Sprintln(h.GetSchema(), h.NegativeSpan, h.NegativeDelta, h.PositiveSpan, h.PositiveDelta)
		got = strings.Join(strings.Fields(got), " ")
		want := "3 [offset:0 length:1] [1] [offset:45 length:1 offset:8 length:1] [2 5]"
		if got != want {
			t.Errorf("native @l: %s, want %s", got, want)
		}
	}
}

// TestCollectErrors checks that a scrape reports a map it cannot read, and
// that a stopped object ends the scrape with one error.
func TestCollectErrors(t *testing.T) {
	tests := []struct {
		name string
		src  Source
		want string
	}{
		{"stopped", &fakeSource{err: loader.ErrStopped}, "the object is no longer running"},
		{"read error", &fakeSource{err: errors.New("read map @x: lookup: bad file descriptor")}, "lookup: bad file descriptor"},
		{"short value", &fakeSource{entries: map[string][]output.Entry{
			"@calls": {{Key: str("bash", 16), Values: cpus(u64s(3), []byte{1})}}}}, "map @calls: value of 1 bytes, want 8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := New(&abi.Meta{Maps: testMaps})
			if err != nil {
				t.Fatal(err)
			}
			c.SetSource(tc.src)
			reg := prometheus.NewRegistry()
			reg.MustRegister(c)
			_, err = reg.Gather()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Gather: %v, want an error with %q", err, tc.want)
			}
			if tc.name == "stopped" && strings.Count(err.Error(), tc.want) != 1 {
				t.Errorf("Gather: %v: want one error", err)
			}
		})
	}
}

// exposition is what reg serves in the text format.
func exposition(t *testing.T, reg prometheus.Gatherer) string {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	enc := expfmt.NewEncoder(&b, expfmt.NewFormat(expfmt.TypeTextPlain))
	for _, mf := range mfs {
		if err := enc.Encode(mf); err != nil {
			t.Fatal(err)
		}
	}
	return b.String()
}
