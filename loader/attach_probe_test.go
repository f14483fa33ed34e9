package loader

import (
	"slices"
	"testing"

	"golang.org/x/sys/unix"

	"github.com/bpftc/bpftc/loader/abi"
)

func TestParseCPUList(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []int
		err  bool
	}{
		{"0", []int{0}, false},
		{"0-3", []int{0, 1, 2, 3}, false},
		{"0-1,4,6-7", []int{0, 1, 4, 6, 7}, false},
		{"", nil, true},
		{"3-1", nil, true},
		{"a", nil, true},
	} {
		got, err := parseCPUList(tc.in)
		if (err != nil) != tc.err || !slices.Equal(got, tc.want) {
			t.Errorf("parseCPUList(%q) = %v, %v", tc.in, got, err)
		}
	}
}

func TestPerfAttr(t *testing.T) {
	for _, tc := range []struct {
		a                    abi.AttachPoint
		typ, sample, freqBit uint64
		config               uint64
	}{
		{abi.AttachPoint{Provider: abi.ProviderInterval, PeriodNS: 1e9}, unix.PERF_TYPE_SOFTWARE, 1e9, 0, unix.PERF_COUNT_SW_CPU_CLOCK},
		{abi.AttachPoint{Provider: abi.ProviderProfile, Freq: 99}, unix.PERF_TYPE_SOFTWARE, 99, unix.PerfBitFreq, unix.PERF_COUNT_SW_CPU_CLOCK},
		{abi.AttachPoint{Provider: abi.ProviderSoftware, PerfType: 1, PerfConfig: 3, Count: 1000}, unix.PERF_TYPE_SOFTWARE, 1000, 0, unix.PERF_COUNT_SW_CONTEXT_SWITCHES},
		{abi.AttachPoint{Provider: abi.ProviderHardware, PerfType: 0, PerfConfig: 0, Count: 1e6}, unix.PERF_TYPE_HARDWARE, 1e6, 0, unix.PERF_COUNT_HW_CPU_CYCLES},
	} {
		attr := perfAttr(tc.a)
		if uint64(attr.Type) != tc.typ || attr.Config != tc.config || attr.Sample != tc.sample || attr.Bits&unix.PerfBitFreq != tc.freqBit {
			t.Errorf("%s: attr %+v", tc.a.Provider, attr)
		}
		if attr.Bits&unix.PerfBitDisabled == 0 {
			t.Errorf("%s: event not opened disabled", tc.a.Provider)
		}
	}
}

// TestAttachOrder checks bpftrace's order: tracepoints, kretprobes and
// timers forwards, then kprobes, uprobes and software events backwards.
func TestAttachOrder(t *testing.T) {
	progs := []abi.Program{
		{Name: "BEGIN", Attach: []abi.AttachPoint{{Provider: abi.ProviderBegin, Name: "BEGIN"}}},
		{Name: "a", Attach: []abi.AttachPoint{{Provider: abi.ProviderUprobe, Name: "u1"}, {Provider: abi.ProviderUprobe, Name: "u2"}}},
		{Name: "b", Attach: []abi.AttachPoint{{Provider: abi.ProviderTracepoint, Name: "t1"}}},
		{Name: "c", Attach: []abi.AttachPoint{{Provider: abi.ProviderKretprobe, Name: "kr"}}},
		{Name: "d", Attach: []abi.AttachPoint{{Provider: abi.ProviderKprobe, Name: "k"}}},
		{Name: "END", Attach: []abi.AttachPoint{{Provider: abi.ProviderEnd, Name: "END"}}},
	}
	var got []string
	for _, pa := range attachOrder(progs) {
		got = append(got, pa.prog.Name+":"+pa.ap.Name)
	}
	want := []string{"b:t1", "c:kr", "d:k", "a:u2", "a:u1"}
	if !slices.Equal(got, want) {
		t.Errorf("attachOrder = %v, want %v", got, want)
	}
}
