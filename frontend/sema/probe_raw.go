package sema

import (
	"sort"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/tracepoint"
)

// expandRawTracepoint resolves rawtracepoint[:module]:event (PRB-22, from
// bpftrace 0.18): the program attaches by event name, which the kernel
// checks at attach time. Wildcards match the tracepoints of tracefs.
func (c *checker) expandRawTracepoint(pi *ProbeInfo, ap *ast.AttachPoint) {
	if ap.Func == "" {
		c.errorf(ap, "rawtracepoint should specify an event")
		return
	}
	events := []string{ap.Func}
	if hasWildcard(ap.Func) {
		events = c.rawEvents(ap.Func)
		if len(events) == 0 {
			c.errorf(ap, "rawtracepoint not found: %s", ap.Func)
			return
		}
	}
	c.rawtpArgs(pi, ap, events)
	for _, ev := range events {
		pi.Attach = append(pi.Attach, Attach{
			Provider: ProviderRawTracepoint,
			Target:   ev,
			Name:     ProviderRawTracepoint + ":" + ev,
		})
	}
}

// rawEvents lists the tracepoint events whose name matches pattern, sorted
// and without duplicates.
func (c *checker) rawEvents(pattern string) []string {
	names, err := tracepoint.Match(c.opts.tracefs(), "*", pattern)
	if err != nil {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		_, ev := splitColon(n)
		if !seen[ev] {
			seen[ev] = true
			out = append(out, ev)
		}
	}
	sort.Strings(out)
	return out
}
