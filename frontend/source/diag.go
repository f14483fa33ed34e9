package source

import (
	"fmt"
	"sort"
	"strings"
)

// Severity says whether a [Diagnostic] stops compilation.
type Severity uint8

const (
	// Error diagnostics make [List.Err] non-nil.
	Error Severity = iota
	// Warning diagnostics are printed but do not stop compilation.
	Warning
)

// String returns the word bpftrace prints for sev: "ERROR" or "WARNING".
func (sev Severity) String() string {
	if sev == Warning {
		return "WARNING"
	}
	return "ERROR"
}

// Diagnostic is one message about a span of a file. Hint, when set, is
// printed on its own line after the source excerpt.
type Diagnostic struct {
	Span
	Severity Severity
	Msg      string
	Hint     string
	// NoLoc diagnostics have no location and print as "ERROR: msg"; Raw
	// ones print as Msg alone (clang's lines about the C definitions).
	NoLoc, Raw bool
}

// List is a list of diagnostics. [List.Sort] orders it the way bpftrace
// reports a pass's messages.
type List []Diagnostic

// Errorf appends an error at span s.
func (l *List) Errorf(s Span, format string, args ...any) {
	*l = append(*l, Diagnostic{Span: s, Severity: Error, Msg: fmt.Sprintf(format, args...)})
}

// Warnf appends a warning at span s.
func (l *List) Warnf(s Span, format string, args ...any) {
	*l = append(*l, Diagnostic{Span: s, Severity: Warning, Msg: fmt.Sprintf(format, args...)})
}

// Sort orders l by position: by where each span ends, then inner spans
// before the spans enclosing them. This is the post-order in which bpftrace's
// passes report (language.md T24: an argument's error precedes its call's).
// The sort is stable.
func (l List) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].End != l[j].End {
			return l[i].End < l[j].End
		}
		return l[i].Start > l[j].Start
	})
}

// ErrorCount returns the number of diagnostics with severity [Error].
func (l List) ErrorCount() int {
	n := 0
	for _, d := range l {
		if d.Severity == Error {
			n++
		}
	}
	return n
}

// Err returns l as an error when it holds at least one error, else nil;
// warnings alone do not count.
func (l List) Err() error {
	if l.ErrorCount() == 0 {
		return nil
	}
	return l
}

// Error returns the messages of l's errors, one per line, each prefixed with
// its byte range ("12-15: syntax error, unexpected ;"). Use [List.Render]
// for bpftrace's output with lines and columns.
func (l List) Error() string {
	var b strings.Builder
	for _, d := range l {
		if d.Severity != Error {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "%d-%d: %s", d.Start, d.End, d.Msg)
	}
	return b.String()
}
