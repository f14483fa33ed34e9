package main

import "github.com/bpftc/bpftc/frontend/source"

// withoutWarnings drops the warnings of diags (--no-warnings, CLI-16),
// keeping errors in order.
func withoutWarnings(diags source.List) source.List {
	out := diags[:0:0]
	for _, d := range diags {
		if d.Severity != source.Warning {
			out = append(out, d)
		}
	}
	return out
}
