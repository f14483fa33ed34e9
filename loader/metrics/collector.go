package metrics

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/bpftc/bpftc/loader"
	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/output"
)

// Source reads the entries of a running object's maps; *loader.Live is one.
type Source interface {
	// ReadMap returns every entry of the bpftrace map name ("@x"), per-CPU
	// values unreduced.
	ReadMap(name string) ([]output.Entry, error)
}

// Collector is a prometheus.Collector that reads an object's maps from its
// Source at every scrape. It is safe for concurrent use; scrapes run one at
// a time.
type Collector struct {
	fams    []*family
	skipped []string

	mu  sync.Mutex // serialises scrapes: res is not safe for concurrent use
	src Source
	res *output.Resolver
}

// family is one exported map.
type family struct {
	m      *abi.Map
	kind   kind
	name   string
	desc   *prometheus.Desc
	layout *layout // kindHistogram
}

// New prepares the metrics of meta's maps, in metadata order; it fails when
// two maps would export the same metric name. Until SetSource, the
// Collector collects nothing.
func New(meta *abi.Meta) (*Collector, error) {
	c := &Collector{res: output.NewResolver(meta)}
	for i := range meta.Maps {
		m := &meta.Maps[i]
		k := kindOf(m)
		if k == kindNone {
			c.skipped = append(c.skipped, m.Name)
			continue
		}
		if (k == kindHistogram) != (m.Hist != nil) || m.Hist != nil && m.Hist.Buckets <= 0 {
			return nil, fmt.Errorf("metrics: map %s: %s without a bucket layout", m.Name, m.Agg)
		}
		f := &family{m: m, kind: k, name: metricName(m.Name, k)}
		help := fmt.Sprintf("bpftrace map %s (%s)", m.Name, m.Agg)
		f.desc = prometheus.NewDesc(f.name, help, labelNames(m), nil)
		if k == kindHistogram {
			f.layout = newLayout(m)
		}
		c.fams = append(c.fams, f)
	}
	if err := checkNames(c.fams); err != nil {
		return nil, fmt.Errorf("metrics: %w", err)
	}
	return c, nil
}

// Skipped names the maps that export no metric: those whose values are not
// numbers (strings, tuples, stacks...).
func (c *Collector) Skipped() []string { return c.skipped }

// SetSource sets where later scrapes read the maps.
func (c *Collector) SetSource(src Source) {
	c.mu.Lock()
	c.src = src
	c.mu.Unlock()
}

// Describe implements prometheus.Collector.
func (c *Collector) Describe(ch chan<- *prometheus.Desc) {
	for _, f := range c.fams {
		ch <- f.desc
	}
}

// Collect implements prometheus.Collector: it reads and reduces every map
// now. A map that cannot be read yields an invalid metric carrying the
// error; once the object stops (loader.ErrStopped) the scrape ends there.
func (c *Collector) Collect(ch chan<- prometheus.Metric) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.src == nil {
		return
	}
	for _, f := range c.fams {
		err := c.collect(f, ch)
		if err != nil {
			ch <- prometheus.NewInvalidMetric(f.desc, err)
		}
		if errors.Is(err, loader.ErrStopped) {
			return
		}
	}
}

// collect sends the metrics of one map.
func (c *Collector) collect(f *family, ch chan<- prometheus.Metric) error {
	entries, err := c.src.ReadMap(f.m.Name)
	if err != nil {
		return err
	}
	rows, err := output.Reduce(f.m, entries)
	if err != nil {
		return err
	}
	rows, labels := c.label(f.m, rows)
	for i := range rows {
		m, err := f.metric(&rows[i], labels[i])
		if err != nil {
			return fmt.Errorf("map %s: %w", f.m.Name, err)
		}
		ch <- m
	}
	return nil
}

// metric is the Prometheus metric of one reduced row.
func (f *family) metric(r *output.Row, labels []string) (prometheus.Metric, error) {
	switch f.kind {
	case kindCounter:
		return prometheus.NewConstMetric(f.desc, prometheus.CounterValue, f.number(r.Value), labels...)
	case kindSummary:
		return prometheus.NewConstSummary(f.desc, uint64(r.Count), float64(int64(r.Total)), nil, labels...)
	case kindHistogram:
		return &histMetric{desc: f.desc, labels: prometheus.MakeLabelPairs(f.desc, labels), layout: f.layout, counts: r.Buckets}, nil
	}
	v := f.number(r.Value)
	if f.m.Agg == abi.AggAvg {
		v = float64(average(r))
	}
	return prometheus.NewConstMetric(f.desc, prometheus.GaugeValue, v, labels...)
}

// number reads a reduced value as the map's type: sums and plain integers
// with their signedness, min and max signed, counts unsigned.
func (f *family) number(v uint64) float64 {
	switch {
	case f.m.Agg == abi.AggMin || f.m.Agg == abi.AggMax:
		return float64(int64(v))
	case f.m.Agg != abi.AggCount && f.m.Value.Signed:
		return float64(int64(v))
	}
	return float64(v)
}

// average is avg()'s value as bpftrace prints it: the integer quotient.
func average(r *output.Row) int64 {
	if r.Count == 0 {
		return 0
	}
	return int64(r.Total) / r.Count
}

// label returns the label values of each row, the key parts as bpftrace
// prints them made valid UTF-8. Rows whose keys print the same (kernel
// addresses in one function, say) are merged into the first (see merge).
func (c *Collector) label(m *abi.Map, rows []output.Row) ([]output.Row, [][]string) {
	labels := make([][]string, 0, len(rows))
	if len(m.Key) == 0 {
		for range rows {
			labels = append(labels, nil)
		}
		return rows, labels
	}
	seen := make(map[string]int, len(rows))
	var buf []byte
	out := rows[:0]
	for _, r := range rows {
		vals := make([]string, len(m.Key))
		for i, f := range m.Key {
			buf = c.res.AppendKeyText(buf[:0], f.Type, r.Key[f.Offset:])
			if utf8.Valid(buf) {
				vals[i] = string(buf)
			} else {
				vals[i] = strings.ToValidUTF8(string(buf), "\uFFFD")
			}
		}
		id := vals[0]
		if len(vals) > 1 {
			id = strings.Join(vals, "\xff") // 0xff is in no valid UTF-8 text
		}
		if j, ok := seen[id]; ok {
			merge(m, &out[j], &r)
			continue
		}
		seen[id] = len(out)
		out = append(out, r)
		labels = append(labels, vals)
	}
	return out, labels
}

// merge folds row b into row a of the same labels: counts, sums, totals
// and buckets add up, min and max keep the extreme, plain integers the
// larger.
func merge(m *abi.Map, a, b *output.Row) {
	signed := m.Agg == abi.AggMin || m.Agg == abi.AggMax || m.Value.Signed
	less := func(x, y uint64) bool {
		if signed {
			return int64(x) < int64(y)
		}
		return x < y
	}
	switch m.Agg {
	case abi.AggCount, abi.AggSum:
		a.Value += b.Value
	case abi.AggMin:
		if less(b.Value, a.Value) {
			a.Value = b.Value
		}
	case abi.AggAvg, abi.AggStats:
		a.Total += b.Total
		a.Count += b.Count
	case abi.AggHist, abi.AggLhist:
		buckets := make([]uint64, len(a.Buckets))
		for i := range buckets {
			buckets[i] = a.Buckets[i] + b.Buckets[i]
		}
		a.Buckets = buckets
	default: // max, plain integers
		if less(a.Value, b.Value) {
			a.Value = b.Value
		}
	}
}
