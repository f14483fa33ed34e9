package metrics

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bpftc/bpftc/loader/abi"
)

func TestMetricName(t *testing.T) {
	tests := []struct {
		mapName string
		kind    kind
		want    string
	}{
		{"@syscalls", kindCounter, "bpftrace_syscalls_total"},
		{"@bytes_total", kindCounter, "bpftrace_bytes_total"},
		{"@total", kindCounter, "bpftrace_total"},
		{"@total", kindGauge, "bpftrace_total"},
		{"@", kindCounter, "bpftrace_map_total"},
		{"@", kindGauge, "bpftrace_map"},
		{"@lat", kindHistogram, "bpftrace_lat"},
		{"@max_us", kindGauge, "bpftrace_max_us"},
		{"@a.b-c", kindGauge, "bpftrace_a_b_c"},
		{"@1x", kindGauge, "bpftrace_1x"},
	}
	for _, tc := range tests {
		if got := metricName(tc.mapName, tc.kind); got != tc.want {
			t.Errorf("metricName(%q, %d) = %q, want %q", tc.mapName, tc.kind, got, tc.want)
		}
	}
}

func TestLabelNames(t *testing.T) {
	part := func(name string) abi.Field {
		return abi.Field{Name: name, Type: abi.Type{Kind: abi.KindInt, Size: 8}}
	}
	tests := []struct {
		name string
		key  []abi.Field
		want []string
	}{
		{"scalar", nil, []string{}},
		{"one unnamed", []abi.Field{part("")}, []string{"key"}},
		{"two unnamed", []abi.Field{part(""), part("")}, []string{"key0", "key1"}},
		{"named", []abi.Field{part("comm"), part("")}, []string{"comm", "key1"}},
		{"sanitised", []abi.Field{part("args->fd"), part("9x")}, []string{"args__fd", "_9x"}},
		{"reserved", []abi.Field{part("__name__"), part("le"), part("quantile")}, []string{"key0", "key1", "key2"}},
		{"reserved single", []abi.Field{part("le")}, []string{"key"}},
		{"repeated", []abi.Field{part("pid"), part("pid")}, []string{"pid", "key1"}},
		{"clash with fallback", []abi.Field{part("key1"), part("")}, []string{"key1", "key1_"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := labelNames(&abi.Map{Key: tc.key})
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("labelNames (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNameClash(t *testing.T) {
	count := abi.Map{Name: "@x", Agg: abi.AggCount, KeySize: 8}
	tests := []struct {
		name  string
		other abi.Map
		err   string
	}{
		{"counter and gauge", abi.Map{Name: "@x_total", Agg: abi.AggNone, KeySize: 8, Value: abi.Type{Kind: abi.KindInt, Size: 8}},
			"metrics: maps @x and @x_total both export bpftrace_x_total"},
		{"histogram series", abi.Map{Name: "@x_total_count", Agg: abi.AggMax, KeySize: 8},
			""},
		{"histogram count", abi.Map{Name: "@h_count", Agg: abi.AggMax, KeySize: 8},
			"metrics: maps @h and @h_count both export bpftrace_h_count"},
		{"string value", abi.Map{Name: "@x_total", Agg: abi.AggNone, KeySize: 8, Value: abi.Type{Kind: abi.KindString, Size: 16}},
			""},
	}
	hist := abi.Map{Name: "@h", Agg: abi.AggHist, KeySize: 8, Hist: &abi.Hist{Buckets: 34}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(&abi.Meta{Maps: []abi.Map{count, hist, tc.other}})
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tc.err {
				t.Errorf("New: error %q, want %q", got, tc.err)
			}
		})
	}
}

func TestSkipped(t *testing.T) {
	c, err := New(&abi.Meta{Maps: []abi.Map{
		{Name: "@s", Agg: abi.AggNone, KeySize: 8, Value: abi.Type{Kind: abi.KindString, Size: 16}},
		{Name: "@k", Agg: abi.AggNone, KeySize: 8, Value: abi.Type{Kind: abi.KindKsym, Size: 8}},
		{Name: "@n", Agg: abi.AggNone, KeySize: 8, Value: abi.Type{Kind: abi.KindInt, Size: 4}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(c.Skipped(), " "); got != "@s @k" {
		t.Errorf("Skipped = %q, want %q", got, "@s @k")
	}
}
