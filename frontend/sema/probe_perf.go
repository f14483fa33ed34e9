package sema

import (
	"fmt"

	"github.com/bpftc/bpftc/frontend/ast"
)

// Perf event types (perf_event_attr.type).
const (
	perfTypeHardware = 0
	perfTypeSoftware = 1
)

// perfEvent is one software or hardware event bpftrace 0.17 knows: its name,
// its perf alias, its perf_event_attr config and the default sample period.
type perfEvent struct {
	name, alias string
	config      uint64
	count       uint64
}

// softwareEvents is bpftrace 0.17's SW_PROBE_LIST (PRB-13).
var softwareEvents = []perfEvent{
	{"alignment-faults", "", 7, 1},
	{"bpf-output", "", 10, 1},
	{"context-switches", "cs", 3, 1000},
	{"cpu-clock", "cpu", 0, 1000000},
	{"cpu-migrations", "", 4, 1},
	{"dummy", "", 9, 1},
	{"emulation-faults", "", 8, 1},
	{"major-faults", "", 6, 1},
	{"minor-faults", "", 5, 100},
	{"page-faults", "faults", 2, 100},
	{"task-clock", "", 1, 1},
}

// hardwareEvents is bpftrace 0.17's HW_PROBE_LIST (PRB-14).
var hardwareEvents = []perfEvent{
	{"backend-stalls", "", 8, 1000000},
	{"branch-instructions", "branches", 4, 100000},
	{"branch-misses", "", 5, 100000},
	{"bus-cycles", "", 6, 100000},
	{"cache-misses", "", 3, 1000000},
	{"cache-references", "", 2, 1000000},
	{"cpu-cycles", "cycles", 0, 1000000},
	{"frontend-stalls", "", 7, 1000000},
	{"instructions", "", 1, 1000000},
	{"ref-cycles", "", 9, 1000000},
}

func findPerfEvent(list []perfEvent, name string) *perfEvent {
	for i := range list {
		if e := &list[i]; e.name == name || e.alias != "" && e.alias == name {
			return e
		}
	}
	return nil
}

// expandProfile checks profile:UNIT:N, which samples every CPU (PRB-11).
func (c *checker) expandProfile(pi *ProbeInfo, ap *ast.AttachPoint) {
	if ap.Target != "hz" && ap.Target != "s" && ap.Target != "ms" && ap.Target != "us" {
		c.errorf(ap, "%s is not an accepted unit of time", ap.Target)
		return
	}
	if ap.Freq == 0 {
		c.errorf(ap, "profile frequency should be a positive integer")
		return
	}
	a := Attach{Provider: ProviderProfile, Name: fmt.Sprintf("profile:%s:%d", ap.Target, ap.Freq)}
	if ap.Target == "hz" {
		a.Freq = ap.Freq
	} else {
		a.PeriodNS = ap.Freq * intervalUnits[ap.Target]
	}
	pi.Attach = append(pi.Attach, a)
}

// expandPerfEvent checks software:EVENT[:COUNT] and hardware:EVENT[:COUNT]
// (PRB-13, PRB-14).
func (c *checker) expandPerfEvent(pi *ProbeInfo, ap *ast.AttachPoint) {
	list, typ := softwareEvents, uint32(perfTypeSoftware)
	if ap.Provider == ProviderHardware {
		list, typ = hardwareEvents, perfTypeHardware
	}
	if ap.Target == "" {
		c.errorf(ap, "%s probe must have a %s event name", ap.Provider, ap.Provider)
		return
	}
	if ap.NeedExpansion || hasWildcard(ap.Target) {
		c.errorf(ap, "wildcards are not allowed for hardware probe type")
		return
	}
	ev := findPerfEvent(list, ap.Target)
	if ev == nil {
		c.errorf(ap, "%s is not a %s probe", ap.Target, ap.Provider)
		return
	}
	name := ap.Provider + ":" + ap.Target
	count := ev.count
	if ap.Freq != 0 {
		name += fmt.Sprintf(":%d", ap.Freq)
		count = ap.Freq
	}
	pi.Attach = append(pi.Attach, Attach{
		Provider:   ap.Provider,
		Target:     ev.name,
		Name:       name,
		PerfType:   typ,
		PerfConfig: ev.config,
		Count:      count,
	})
}

func hasWildcard(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '*' {
			return true
		}
	}
	return false
}
