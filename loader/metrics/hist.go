package metrics

import (
	"math"
	"slices"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/bpftc/bpftc/loader/abi"
)

// Native histogram schemas: schema s splits every power of two into 2^s
// exponential buckets.
const (
	histSchema  = 0 // hist: one bucket per power of two, as bpftrace's
	lhistSchema = 3 // lhist: eight, a resolution of about 9%
)

// zeroThreshold is the width of the native zero bucket: below 1, so that it
// holds exactly the zeros of integer values, and above 0, which tells
// Prometheus 2.42 that the histogram is native even while it is empty.
var zeroThreshold = math.Ldexp(1, -128)

// layout maps the buckets of a hist or lhist map to Prometheus buckets.
type layout struct {
	// bounds is the classic upper bound (le) of each bpftrace bucket: the
	// largest integer it holds, +Inf for the last, unbounded one.
	bounds []float64
	// reps is the value each bpftrace bucket stands for in the native
	// histogram: its largest integer, or its smallest for the last one.
	reps   []int64
	schema int32
}

// newLayout computes the layout of m's buckets (abi.AggHist, abi.AggLhist).
// hist buckets are: negatives, 0, 1, then [2^k, 2^(k+1)) for k = 1, 2...
// up to the last, which holds everything from its lower bound up. lhist
// buckets are: below Min, [Min+(i-1)Step, Min+i*Step) for i = 1..N, then
// everything from Min+N*Step up.
func newLayout(m *abi.Map) *layout {
	n := m.Hist.Buckets
	l := &layout{bounds: make([]float64, n), reps: make([]int64, n), schema: histSchema}
	if m.Agg == abi.AggLhist {
		l.schema = lhistSchema
	}
	for i := range n {
		var upper, lower int64
		if m.Agg == abi.AggLhist {
			upper = m.Hist.Min + int64(i)*m.Hist.Step - 1
			lower = m.Hist.Min + int64(i-1)*m.Hist.Step
		} else {
			upper, lower = histUpper(i), histUpper(i-1)+1
		}
		l.bounds[i], l.reps[i] = float64(upper), upper
		if i == n-1 {
			l.bounds[i], l.reps[i] = math.Inf(1), lower
		}
	}
	return l
}

// histUpper is the largest value in hist bucket i: -1, 0, 1, then 2^(i-1)-1
// (2^62-1 past the range of int64).
func histUpper(i int) int64 {
	if i <= 2 {
		return int64(i) - 1
	}
	return int64(1)<<min(i-1, 62) - 1
}

// histogram is the Prometheus histogram of one entry's bucket counts: its
// classic buckets and its native ones. bpftrace records no sum of the
// values, so the sum is NaN.
func (l *layout) histogram(counts []uint64) *dto.Histogram {
	h := &dto.Histogram{
		SampleSum:     new(math.NaN()),
		Schema:        new(l.schema),
		ZeroThreshold: new(zeroThreshold),
		Bucket:        make([]*dto.Bucket, len(counts)),
	}
	var total, zero uint64
	var pos, neg []indexed
	for i, c := range counts {
		total += c
		h.Bucket[i] = &dto.Bucket{CumulativeCount: new(total), UpperBound: new(l.bounds[i])}
		if c == 0 {
			continue
		}
		switch r := l.reps[i]; {
		case r == 0:
			zero += c
		case r > 0:
			pos = append(pos, indexed{nativeIndex(float64(r), l.schema), c})
		default:
			neg = append(neg, indexed{nativeIndex(-float64(r), l.schema), c})
		}
	}
	slices.Reverse(neg) // reps grow towards 0: their indexes shrink
	h.SampleCount, h.ZeroCount = new(total), new(zero)
	h.PositiveSpan, h.PositiveDelta = spans(pos)
	h.NegativeSpan, h.NegativeDelta = spans(neg)
	return h
}

// indexed is the count of one native bucket.
type indexed struct {
	index int32
	count uint64
}

// nativeIndex is the index of the native bucket of the given schema that
// holds v > 0: bucket i holds (2^((i-1)/2^schema), 2^(i/2^schema)].
func nativeIndex(v float64, schema int32) int32 {
	frac, exp := math.Frexp(v) // v = frac * 2^exp, frac in [0.5, 1)
	return int32(math.Ceil((float64(exp) + math.Log2(frac)) * math.Ldexp(1, int(schema))))
}

// spans encodes buckets sorted by index, the same index possibly repeated,
// as native histogram spans and count deltas.
func spans(b []indexed) ([]*dto.BucketSpan, []int64) {
	var sp []*dto.BucketSpan
	var deltas []int64
	var last int32
	var prev int64
	for k, x := range b {
		if k > 0 && x.index == last {
			prev += int64(x.count)
			deltas[len(deltas)-1] += int64(x.count)
			continue
		}
		if k == 0 || x.index != last+1 {
			off := x.index
			if k > 0 {
				off = x.index - last - 1
			}
			sp = append(sp, &dto.BucketSpan{Offset: new(off), Length: new(uint32(0))})
		}
		*sp[len(sp)-1].Length++
		deltas = append(deltas, int64(x.count)-prev)
		prev, last = int64(x.count), x.index
	}
	return sp, deltas
}

// histMetric is one entry of a hist or lhist map, as a prometheus.Metric
// that carries classic and native buckets together (the const histograms
// of client_golang carry one kind or the other).
type histMetric struct {
	desc   *prometheus.Desc
	labels []*dto.LabelPair
	layout *layout
	counts []uint64
}

// Desc implements prometheus.Metric.
func (h *histMetric) Desc() *prometheus.Desc { return h.desc }

// Write implements prometheus.Metric.
func (h *histMetric) Write(out *dto.Metric) error {
	out.Label = h.labels
	out.Histogram = h.layout.histogram(h.counts)
	return nil
}
