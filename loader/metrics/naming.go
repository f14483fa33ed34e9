package metrics

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/bpftc/bpftc/loader/abi"
)

// Prefix starts the name of every metric.
const Prefix = "bpftrace_"

// unnamedMap stands for the empty name of the map "@".
const unnamedMap = "map"

// kind is the Prometheus type a map is exported as.
type kind int

const (
	kindNone      kind = iota // not exported
	kindCounter               // count, sum
	kindGauge                 // min, max, avg, plain integers
	kindSummary               // stats: count and sum, no quantiles
	kindHistogram             // hist, lhist
)

// kindOf is the metric type of m, or kindNone for maps without a number
// (plain values that are not integers).
func kindOf(m *abi.Map) kind {
	switch m.Agg {
	case abi.AggCount, abi.AggSum:
		return kindCounter
	case abi.AggMin, abi.AggMax, abi.AggAvg:
		return kindGauge
	case abi.AggStats:
		return kindSummary
	case abi.AggHist, abi.AggLhist:
		return kindHistogram
	case abi.AggNone:
		if m.Value.Kind == abi.KindInt {
			return kindGauge
		}
	}
	return kindNone
}

// metricName is the name of the metric family of a bpftrace map ("@x") of
// the given kind: Prefix, the map name without "@" ("map" for "@") with
// every character outside [a-zA-Z0-9_] replaced by '_', and "_total" for
// counters unless the name, prefix included, already ends so.
func metricName(mapName string, k kind) string {
	base := sanitize(strings.TrimPrefix(mapName, "@"))
	if base == "" {
		base = unnamedMap
	}
	name := Prefix + base
	if k == kindCounter && !strings.HasSuffix(name, "_total") {
		name += "_total"
	}
	return name
}

// seriesNames are the names the series of a family of kind k use in the text
// exposition formats; two maps must not share any.
func seriesNames(name string, k kind) []string {
	switch k {
	case kindHistogram:
		return []string{name, name + "_bucket", name + "_sum", name + "_count"}
	case kindSummary:
		return []string{name, name + "_sum", name + "_count"}
	}
	return []string{name}
}

// labelNames are the label names of m's key parts: the part's name in the
// metadata when it has one, sanitised, else "key" for a single part and
// "key0", "key1"... for several. Names Prometheus reserves ("__" prefix,
// "le", "quantile") and repeated names fall back to "keyN".
func labelNames(m *abi.Map) []string {
	names := make([]string, len(m.Key))
	seen := make(map[string]bool, len(m.Key))
	for i, f := range m.Key {
		n := sanitize(f.Name)
		if n != "" && n[0] >= '0' && n[0] <= '9' {
			n = "_" + n
		}
		if n == "" || strings.HasPrefix(n, "__") || n == "le" || n == "quantile" || seen[n] {
			n = "key" + strconv.Itoa(i)
			if len(m.Key) == 1 {
				n = "key"
			}
		}
		for seen[n] {
			n += "_"
		}
		seen[n] = true
		names[i] = n
	}
	return names
}

// sanitize replaces every byte outside [a-zA-Z0-9_] with '_'.
func sanitize(s string) string {
	b := []byte(s)
	for i, c := range b {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			b[i] = '_'
		}
	}
	return string(b)
}

// checkNames rejects two maps whose metrics would share a series name, e.g.
// @x = count() and @x_total = 1.
func checkNames(fams []*family) error {
	owner := make(map[string]string)
	for _, f := range fams {
		for _, s := range seriesNames(f.name, f.kind) {
			if o, ok := owner[s]; ok && o != f.m.Name {
				return fmt.Errorf("maps %s and %s both export %s", o, f.m.Name, s)
			}
			owner[s] = f.m.Name
		}
	}
	return nil
}
