package loader

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"

	"github.com/bpftc/bpftc/internal/srcmark"
)

// VerifierError is a program the kernel verifier rejected. Error names the
// program and its probe and keeps the log's last lines; Diagnostic places
// the rejected instruction in the script, through the object's line info,
// in the shape of the compiler's diagnostics.
type VerifierError struct {
	Program string // program symbol
	Probe   string // its attach points, as the script names them
	Cause   error  // what loading returned: "permission denied", ...
	// Log is the verifier's log, without its closing statistics.
	Log []string
	// Insn is the instruction (slot) the verifier stopped at, -1 when the
	// log does not say.
	Insn int
	// Source is the script line Insn came from; nil when the object has no
	// line info for it.
	Source *SourceLine
	// FullLog makes Diagnostic show the whole log rather than its last
	// lines (-v).
	FullLog bool
	// CutAt is the log size the log did not fit in, its first lines
	// dropped (logsize.go); 0 when the whole log is there.
	CutAt uint64
	err   error
}

// SourceLine is where in the script an instruction came from.
type SourceLine struct {
	File      string
	Line, Col int    // 1-based
	Text      string // the whole line
}

func (e *VerifierError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "load program %s (%s): %v", e.Program, e.Probe, e.Cause)
	for _, line := range tail(e.Log, verifierLines) {
		b.WriteString("\n\t")
		b.WriteString(line)
	}
	return b.String()
}

func (e *VerifierError) Unwrap() error { return e.err }

// Diagnostic renders e for a terminal, ending with a newline:
//
//	FILE:LINE:COL-COL: ERROR: the kernel verifier rejected this program: LAST LOG LINE
//	<the script line>
//	<~ under the statement or expression>
//	program NAME (PROBE), instruction N; the verifier's last lines (-v shows them all):
//		<log lines>
//
// Without line info it is "ERROR: " and Error().
func (e *VerifierError) Diagnostic() string {
	lines := tail(e.Log, verifierLines)
	if e.FullLog {
		lines = e.Log
	}
	var b strings.Builder
	if e.Source == nil {
		b.WriteString("ERROR: load program " + e.Program + " (" + e.Probe + "): " + fmt.Sprint(e.Cause) + "\n")
	} else {
		s := e.Source
		end := exprEnd(s.Text, s.Col)
		fmt.Fprintf(&b, "%s:%d:%d-%d: ERROR: the kernel verifier rejected this program", s.File, s.Line, s.Col, end)
		if last := lastMessage(e.Log); last != "" {
			b.WriteString(": " + last)
		}
		b.WriteByte('\n')
		srcmark.Line(&b, s.Text, s.Col, end)
		fmt.Fprintf(&b, "program %s (%s), instruction %d; ", e.Program, e.Probe, e.Insn)
		if e.FullLog {
			b.WriteString("the verifier's log:\n")
		} else {
			b.WriteString("the verifier's last lines (-v shows them all):\n")
		}
	}
	for _, line := range lines {
		b.WriteString("\t" + line + "\n")
	}
	if e.FullLog && e.CutAt != 0 {
		b.WriteString(cutNote(e.CutAt))
	}
	return b.String()
}

// newVerifierError describes a rejection of program ps; err is what
// loading returned, an *ebpf.VerifierError.
func newVerifierError(name, probe string, ps *ebpf.ProgramSpec, ve *ebpf.VerifierError, err error) *VerifierError {
	log := make([]string, 0, len(ve.Log))
	for _, l := range ve.Log {
		log = append(log, strings.TrimRight(l, " \t"))
	}
	for len(log) > 0 && (log[len(log)-1] == "" || isStatistics(log[len(log)-1])) {
		log = log[:len(log)-1]
	}
	e := &VerifierError{Program: name, Probe: probe, Cause: ve.Cause, Log: log, Insn: failedInsn(log), err: err}
	if ps != nil && e.Insn >= 0 {
		e.Source = sourceOf(ps, e.Insn)
	}
	return e
}

// isStatistics reports whether a log line is one of the summaries the
// verifier ends with.
func isStatistics(l string) bool {
	return strings.HasPrefix(l, "processed ") || strings.HasPrefix(l, "verification time ") || strings.HasPrefix(l, "stack depth ")
}

// failedInsn returns the instruction of the log's last "N: (op) ..." line,
// or -1.
func failedInsn(log []string) int {
	for i := len(log) - 1; i >= 0; i-- {
		num, rest, ok := strings.Cut(log[i], ": (")
		if !ok || rest == "" {
			continue
		}
		if n, err := strconv.Atoi(num); err == nil && n >= 0 {
			return n
		}
	}
	return -1
}

// lastMessage returns the log's last line that is neither an instruction
// nor a source line (the kernel prints "; text @ file:line").
func lastMessage(log []string) string {
	for i := len(log) - 1; i >= 0; i-- {
		l := strings.TrimSpace(log[i])
		if l == "" || strings.HasPrefix(l, ";") {
			continue
		}
		if num, _, ok := strings.Cut(l, ": ("); ok {
			if _, err := strconv.Atoi(num); err == nil {
				continue
			}
		}
		return l
	}
	return ""
}

// sourceOf returns the line info in effect at instruction slot insn of ps.
func sourceOf(ps *ebpf.ProgramSpec, insn int) *SourceLine {
	var cur *btf.Line
	iter := ps.Instructions.Iterate()
	for iter.Next() && int(iter.Offset) <= insn {
		if l, ok := iter.Ins.Source().(*btf.Line); ok && l.LineNumber() > 0 {
			cur = l
		}
	}
	if cur == nil {
		return nil
	}
	col := int(cur.LineColumn())
	if col < 1 {
		col = 1
	}
	return &SourceLine{File: cur.FileName(), Line: int(cur.LineNumber()), Col: col, Text: cur.Line()}
}

func tail(lines []string, n int) []string {
	if len(lines) > n {
		return lines[len(lines)-n:]
	}
	return lines
}

// asVerifierError returns the rejection in err, if any.
func asVerifierError(err error) (*ebpf.VerifierError, bool) {
	var ve *ebpf.VerifierError
	ok := errors.As(err, &ve)
	return ve, ok
}
