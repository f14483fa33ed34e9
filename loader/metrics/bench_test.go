package metrics

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/bpftc/bpftc/loader"
	"github.com/bpftc/bpftc/loader/abi"
)

// BenchmarkScrape10k serves one scrape of a per-CPU hash map of 10 000
// keys (string and integer, as @[comm, pid]) from the kernel, through the
// HTTP handler bpfrun uses, in the text format: a count map, and a hist map.
func BenchmarkScrape10k(b *testing.B) {
	if os.Geteuid() != 0 {
		b.Skip("needs root to create BPF maps")
	}
	const keys = 10000
	for _, agg := range []abi.Agg{abi.AggCount, abi.AggHist} {
		b.Run(string(agg), func(b *testing.B) {
			m := abi.Map{
				Name: "@", Symbol: "AT_", Agg: agg, PerCPU: true, KeySize: 24,
				Key: []abi.Field{{Type: str16}, {Offset: 16, Type: s64}},
			}
			valueSize := 8
			if agg == abi.AggHist {
				m.Hist = &abi.Hist{Buckets: 34}
				valueSize = 8 * 34
			}
			bm, err := ebpf.NewMap(&ebpf.MapSpec{
				Type: ebpf.PerCPUHash, KeySize: 24, ValueSize: uint32(valueSize), MaxEntries: keys,
			})
			if err != nil {
				b.Fatal(err)
			}
			defer bm.Close()
			ncpu, err := ebpf.PossibleCPU()
			if err != nil {
				b.Fatal(err)
			}
			vals := make([][]byte, ncpu)
			for i := range vals {
				vals[i] = make([]byte, valueSize)
				vals[i][0] = byte(i + 1)
			}
			for i := range keys {
				key := append(str(fmt.Sprintf("task-%d", i%97), 16), u64s(int64(i))...)
				if err := bm.Put(key, vals); err != nil {
					b.Fatal(err)
				}
			}
			meta := &abi.Meta{Maps: []abi.Map{m}}
			c, err := New(meta)
			if err != nil {
				b.Fatal(err)
			}
			c.SetSource(loader.NewLive(meta, map[string]*ebpf.Map{"AT_": bm}))
			reg := prometheus.NewRegistry()
			reg.MustRegister(c)
			h := promhttp.HandlerFor(reg, promhttp.HandlerOpts{ErrorHandling: promhttp.HTTPErrorOnError})
			req := httptest.NewRequest("GET", "/metrics", nil)
			req.Header.Set("Accept", "text/plain")
			b.ResetTimer()
			for b.Loop() {
				w := &discard{header: http.Header{}}
				h.ServeHTTP(w, req)
				if w.status != 0 && w.status != http.StatusOK {
					b.Fatalf("status %d", w.status)
				}
			}
		})
	}
}

// discard is an http.ResponseWriter that counts the body away.
type discard struct {
	header http.Header
	status int
	n      int
}

func (d *discard) Header() http.Header { return d.header }
func (d *discard) WriteHeader(s int)   { d.status = s }
func (d *discard) Write(p []byte) (int, error) {
	d.n += len(p)
	return len(p), nil
}
