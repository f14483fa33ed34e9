package sema

import (
	"github.com/bpftc/bpftc/loader/abi"

	"fmt"
	"strconv"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/tracepoint"
)

// Attach is one expanded attach point.
type Attach struct {
	Provider string // one of the Provider constants
	// Target is the tracepoint "cat:event", the uprobe binary, the
	// software/hardware event or the raw tracepoint.
	Target string
	Name   string // the full probe name, as the probe builtin gives it
	// Func is the uprobe symbol or kprobe function, Offset the bytes into it
	// (func+off), Address the file address of an address uprobe.
	Func     string
	Offset   uint64
	Address  uint64
	PeriodNS uint64 // interval, profile:s/ms/us
	Freq     uint64 // profile:hz
	// PerfType, PerfConfig and Count select a software or hardware perf
	// event and its sample period.
	PerfType   uint32
	PerfConfig uint64
	Count      uint64
	Format     *tracepoint.Format
	// USDT is the location of a usdt probe (probe_usdt.go).
	USDT *USDTLocation
	// Len and Mode are a watchpoint's, Pin an iter probe's
	// (probe_tracing.go).
	Len  uint64
	Mode string
	Pin  string
}

// ProbeInfo is a checked probe block.
type ProbeInfo struct {
	Probe  *ast.Probe
	Attach []Attach
	// Args is the tracepoint record layout args-> reads (the first
	// expanded tracepoint's; the others must agree on every field used).
	Args *tracepoint.Format
	// Ctx is what args (kfunc, kretfunc) and ctx (iter) read from the
	// program's context (probe_kfunc.go, probe_iter.go).
	Ctx *CtxLayout
	// ArgsCORE is the BTF type of the tracepoint record args reads, when
	// every attach point's event has the same one: args reads are then
	// CO-RE relocations (probe_tp_core.go). Nil: fixed offsets.
	ArgsCORE     *TPRecord
	argsResolved bool
	// matches counts the attach points each of Probe's expanded to
	// (programs.go).
	matches []int
}

// Provider kinds: the names the loader reads in the metadata.
const (
	ProviderBegin         = abi.ProviderBegin
	ProviderEnd           = abi.ProviderEnd
	ProviderTracepoint    = abi.ProviderTracepoint
	ProviderInterval      = abi.ProviderInterval
	ProviderProfile       = abi.ProviderProfile
	ProviderSoftware      = abi.ProviderSoftware
	ProviderHardware      = abi.ProviderHardware
	ProviderUprobe        = abi.ProviderUprobe
	ProviderUretprobe     = abi.ProviderUretprobe
	ProviderKprobe        = abi.ProviderKprobe
	ProviderKretprobe     = abi.ProviderKretprobe
	ProviderRawTracepoint = abi.ProviderRawTracepoint
	ProviderUsdt          = abi.ProviderUsdt
)

var intervalUnits = map[string]uint64{"s": 1e9, "ms": 1e6, "us": 1e3}

// expand resolves a probe's attach points.
func (c *checker) expand(p *ast.Probe) *ProbeInfo {
	pi := &ProbeInfo{Probe: p}
	for _, ap := range p.Attach {
		before := len(pi.Attach)
		switch ap.Provider {
		case ProviderBegin, ProviderEnd:
			if c.specials[ap.Provider] {
				c.errorf(ap, "More than one %s probe defined", ap.Provider)
			}
			c.specials[ap.Provider] = true
			pi.Attach = append(pi.Attach, Attach{Provider: ap.Provider, Name: ap.Provider})
		case ProviderTracepoint:
			c.expandTracepoint(pi, ap)
		case ProviderInterval:
			c.expandInterval(pi, ap)
		case ProviderProfile:
			c.expandProfile(pi, ap)
		case ProviderSoftware, ProviderHardware:
			c.expandPerfEvent(pi, ap)
		case ProviderUprobe, ProviderUretprobe:
			c.expandUprobe(pi, ap)
		case ProviderKprobe, ProviderKretprobe:
			c.expandKprobe(pi, ap)
		case ProviderRawTracepoint:
			c.expandRawTracepoint(pi, ap)
		case ProviderUsdt:
			c.expandUsdt(pi, ap)
		case ProviderKfunc, ProviderKretfunc, ProviderIter, ProviderWatchpoint, ProviderAsyncWatchpoint:
			c.expandTracing(pi, ap)
		default:
			c.errorf(ap, "%s probes are not supported yet by bpftc", ap.Provider)
		}
		pi.matches = append(pi.matches, len(pi.Attach)-before)
	}
	return pi
}

func (c *checker) expandTracepoint(pi *ProbeInfo, ap *ast.AttachPoint) {
	if len(ap.Parts) != 3 {
		c.errorf(ap, "tracepoint probe type requires 2 arguments")
		return
	}
	cat, ev := ap.Parts[1], ap.Parts[2]
	names := []string{cat + ":" + ev}
	if ap.NeedExpansion {
		var err error
		names, err = tracepoint.Match(c.opts.tracefs(), cat, ev)
		if err != nil || len(names) == 0 {
			c.errorf(ap, "tracepoint not found: %s:%s", cat, ev)
			return
		}
	}
	for _, n := range names {
		cat, ev := splitColon(n)
		f, err := tracepoint.Load(c.opts.tracefs(), cat, ev)
		if err != nil {
			c.errorf(ap, "tracepoint not found: %s:%s", cat, ev)
			continue
		}
		if pi.Args == nil {
			pi.Args = f
		}
		pi.Attach = append(pi.Attach, Attach{Provider: ProviderTracepoint, Target: n, Name: "tracepoint:" + n, Format: f})
	}
}

func (c *checker) expandInterval(pi *ProbeInfo, ap *ast.AttachPoint) {
	if len(ap.Parts) != 3 {
		c.errorf(ap, "interval probe type requires 2 arguments")
		return
	}
	unit, ok := intervalUnits[ap.Parts[1]]
	if ap.Parts[1] == "hz" {
		ok = true
	}
	n, err := strconv.ParseUint(ap.Parts[2], 10, 64)
	if !ok || err != nil || n == 0 {
		c.errorf(ap, "Invalid rate of interval probe: %s", ap.Raw)
		return
	}
	period := n * unit
	if ap.Parts[1] == "hz" {
		period = 1e9 / n
	}
	pi.Attach = append(pi.Attach, Attach{
		Provider: ProviderInterval,
		Name:     fmt.Sprintf("interval:%s:%d", ap.Parts[1], n),
		PeriodNS: period,
	})
}

func splitColon(s string) (string, string) {
	for i := 0; i < len(s); i++ {
		if s[i] == ':' {
			return s[:i], s[i+1:]
		}
	}
	return s, ""
}
