package metrics

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bpftc/bpftc/loader/abi"
)

func TestLayout(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		name   string
		m      abi.Map
		bounds []float64
		reps   []int64
		schema int32
	}{
		{"hist", abi.Map{Agg: abi.AggHist, Hist: &abi.Hist{Buckets: 34}},
			[]float64{-1, 0, 1, 3, 7, 15, 31, 63, 127, 255, 511, 1023, 2047, 4095, 8191, 16383, 32767, 65535,
				1<<17 - 1, 1<<18 - 1, 1<<19 - 1, 1<<20 - 1, 1<<21 - 1, 1<<22 - 1, 1<<23 - 1, 1<<24 - 1, 1<<25 - 1,
				1<<26 - 1, 1<<27 - 1, 1<<28 - 1, 1<<29 - 1, 1<<30 - 1, 1<<31 - 1, inf},
			[]int64{-1, 0, 1, 3, 7, 15, 31, 63, 127, 255, 511, 1023, 2047, 4095, 8191, 16383, 32767, 65535,
				1<<17 - 1, 1<<18 - 1, 1<<19 - 1, 1<<20 - 1, 1<<21 - 1, 1<<22 - 1, 1<<23 - 1, 1<<24 - 1, 1<<25 - 1,
				1<<26 - 1, 1<<27 - 1, 1<<28 - 1, 1<<29 - 1, 1<<30 - 1, 1<<31 - 1, 1 << 31},
			0},
		// lhist(x, 0, 100, 25): (..., 0), [0, 25) ... [75, 100), [100, ...)
		{"lhist", abi.Map{Agg: abi.AggLhist, Hist: &abi.Hist{Buckets: 6, Min: 0, Max: 100, Step: 25}},
			[]float64{-1, 24, 49, 74, 99, inf}, []int64{-1, 24, 49, 74, 99, 100}, 3},
		// lhist(x, -10, 10, 7): the last in-range bucket ends at 11, past MAX.
		{"lhist uneven", abi.Map{Agg: abi.AggLhist, Hist: &abi.Hist{Buckets: 4, Min: -10, Max: 10, Step: 7}},
			[]float64{-11, -4, 3, inf}, []int64{-11, -4, 3, 4}, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := newLayout(&tc.m)
			if diff := cmp.Diff(tc.bounds, l.bounds); diff != "" {
				t.Errorf("bounds (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.reps, l.reps); diff != "" {
				t.Errorf("reps (-want +got):\n%s", diff)
			}
			if l.schema != tc.schema {
				t.Errorf("schema %d, want %d", l.schema, tc.schema)
			}
		})
	}
}

func TestNativeIndex(t *testing.T) {
	tests := []struct {
		v      float64
		schema int32
		want   int32
	}{
		{1, 0, 0}, {2, 0, 1}, {3, 0, 2}, {4, 0, 2}, {5, 0, 3}, {1023, 0, 10}, {1024, 0, 10}, {1 << 31, 0, 31},
		{0.75, 0, 0}, {0.5, 0, -1},
		{1, 3, 0}, {2, 3, 8}, {3, 3, 13}, {4, 3, 16}, {99, 3, 54},
	}
	for _, tc := range tests {
		if got := nativeIndex(tc.v, tc.schema); got != tc.want {
			t.Errorf("nativeIndex(%v, %d) = %d, want %d", tc.v, tc.schema, got, tc.want)
		}
		// Bucket i holds (2^((i-1)/2^s), 2^(i/2^s)].
		lo := math.Exp2(float64(tc.want-1) / math.Exp2(float64(tc.schema)))
		hi := math.Exp2(float64(tc.want) / math.Exp2(float64(tc.schema)))
		if !(tc.v > lo && tc.v <= hi*(1+1e-12)) {
			t.Errorf("nativeIndex(%v, %d): %v not in (%v, %v]", tc.v, tc.schema, tc.v, lo, hi)
		}
	}
}

func TestSpans(t *testing.T) {
	type span struct {
		Offset int32
		Length uint32
	}
	tests := []struct {
		name   string
		in     []indexed
		spans  []span
		deltas []int64
	}{
		{"empty", nil, nil, nil},
		{"one", []indexed{{3, 5}}, []span{{3, 1}}, []int64{5}},
		{"run", []indexed{{-1, 2}, {0, 5}, {1, 1}}, []span{{-1, 3}}, []int64{2, 3, -4}},
		{"gap", []indexed{{0, 1}, {1, 2}, {5, 4}, {6, 4}}, []span{{0, 2}, {3, 2}}, []int64{1, 1, 2, 0}},
		{"repeated index", []indexed{{2, 1}, {2, 3}, {3, 1}}, []span{{2, 2}}, []int64{4, -3}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sp, deltas := spans(tc.in)
			var got []span
			for _, s := range sp {
				got = append(got, span{s.GetOffset(), s.GetLength()})
			}
			if diff := cmp.Diff(tc.spans, got); diff != "" {
				t.Errorf("spans (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.deltas, deltas); diff != "" {
				t.Errorf("deltas (-want +got):\n%s", diff)
			}
		})
	}
}

// TestHistogram checks both bucket kinds of one hist value: values -3, 0,
// 0, 1, 2, 3, 100, 5G.
func TestHistogram(t *testing.T) {
	l := newLayout(&abi.Map{Agg: abi.AggHist, Hist: &abi.Hist{Buckets: 34}})
	counts := make([]uint64, 34)
	counts[0], counts[1], counts[2], counts[3], counts[8], counts[33] = 1, 2, 1, 2, 1, 1
	h := l.histogram(counts)
	if h.GetSampleCount() != 8 || !math.IsNaN(h.GetSampleSum()) {
		t.Errorf("count %d, sum %v; want 8, NaN", h.GetSampleCount(), h.GetSampleSum())
	}
	want := map[float64]uint64{-1: 1, 0: 3, 1: 4, 3: 6, 7: 6, 63: 6, 127: 7, 1<<31 - 1: 7, math.Inf(1): 8}
	if len(h.Bucket) != 34 {
		t.Fatalf("%d classic buckets, want 34", len(h.Bucket))
	}
	for _, b := range h.Bucket {
		if c, ok := want[b.GetUpperBound()]; ok && c != b.GetCumulativeCount() {
			t.Errorf("bucket le=%v: %d, want %d", b.GetUpperBound(), b.GetCumulativeCount(), c)
		}
	}
	if h.GetSchema() != 0 || h.GetZeroCount() != 2 || h.GetZeroThreshold() <= 0 || h.GetZeroThreshold() >= 1 {
		t.Errorf("schema %d, zero count %d, threshold %v", h.GetSchema(), h.GetZeroCount(), h.GetZeroThreshold())
	}
	// Positive: 1 -> index 0, [2,4) -> 2, [64,128) -> 7, [2G, ...) -> 31.
	type span struct {
		Offset int32
		Length uint32
	}
	var pos, neg []span
	for _, s := range h.PositiveSpan {
		pos = append(pos, span{s.GetOffset(), s.GetLength()})
	}
	for _, s := range h.NegativeSpan {
		neg = append(neg, span{s.GetOffset(), s.GetLength()})
	}
	if diff := cmp.Diff([]span{{0, 1}, {1, 1}, {4, 1}, {23, 1}}, pos); diff != "" {
		t.Errorf("positive spans (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int64{1, 1, -1, 0}, h.PositiveDelta); diff != "" {
		t.Errorf("positive deltas (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]span{{0, 1}}, neg); diff != "" {
		t.Errorf("negative spans (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int64{1}, h.NegativeDelta); diff != "" {
		t.Errorf("negative deltas (-want +got):\n%s", diff)
	}
}
