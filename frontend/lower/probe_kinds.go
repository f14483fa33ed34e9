package lower

import (
	"fmt"
	"strings"

	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/loader/abi"
)

// probeKind says how the programs of one provider are named and placed.
type probeKind struct {
	name    func(a sema.Attach) string // base of the program's symbol
	section func(a sema.Attach) string // ELF section (libbpf spelling)
}

func fixed(s string) func(sema.Attach) string { return func(sema.Attach) string { return s } }

// probeKinds maps each provider to its program naming and section.
var probeKinds = map[string]probeKind{
	sema.ProviderBegin: {fixed("BEGIN"), fixed("raw_tp")},
	sema.ProviderEnd:   {fixed("END"), fixed("raw_tp")},
	sema.ProviderTracepoint: {
		func(a sema.Attach) string {
			_, ev, _ := strings.Cut(a.Target, ":")
			return "tp_" + cIdent(ev)
		},
		func(a sema.Attach) string { return "tracepoint/" + strings.Replace(a.Target, ":", "/", 1) },
	},
	sema.ProviderInterval: {fixed("interval"), fixed("perf_event")},
	sema.ProviderProfile:  {fixed("profile"), fixed("perf_event")},
	sema.ProviderSoftware: {
		func(a sema.Attach) string { return "software_" + cIdent(a.Target) },
		fixed("perf_event"),
	},
	sema.ProviderHardware: {
		func(a sema.Attach) string { return "hardware_" + cIdent(a.Target) },
		fixed("perf_event"),
	},
	sema.ProviderUprobe:    {funcName("uprobe"), fixed("uprobe")},
	sema.ProviderUretprobe: {funcName("uretprobe"), fixed("uretprobe")},
	sema.ProviderUsdt:      {usdtName, fixed("uprobe")},
	sema.ProviderKprobe: {
		funcName("kprobe"),
		func(a sema.Attach) string { return "kprobe/" + a.Func },
	},
	sema.ProviderKretprobe: {
		funcName("kretprobe"),
		func(a sema.Attach) string { return "kretprobe/" + a.Func },
	},
	sema.ProviderRawTracepoint: {
		func(a sema.Attach) string { return "rt_" + cIdent(a.Target) },
		func(a sema.Attach) string { return "raw_tp/" + a.Target },
	},
}

// funcName names uprobe and kprobe programs after their function.
func funcName(prefix string) func(sema.Attach) string {
	return func(a sema.Attach) string {
		if a.Func == "" {
			return fmt.Sprintf("%s_0x%x", prefix, a.Address)
		}
		return prefix + "_" + cIdent(a.Func)
	}
}

// attachABI describes an expanded attach point for the loader.
func attachABI(a sema.Attach) abi.AttachPoint {
	return abi.AttachPoint{
		Provider:   a.Provider,
		Target:     a.Target,
		Name:       a.Name,
		PeriodNS:   a.PeriodNS,
		Freq:       a.Freq,
		PerfType:   a.PerfType,
		PerfConfig: a.PerfConfig,
		Count:      a.Count,
		Func:       a.Func,
		Offset:     a.Offset,
		Address:    a.Address,
		Semaphore:  usdtSemaphore(a),
		Len:        a.Len,
		Mode:       a.Mode,
		Pin:        a.Pin,
	}
}
