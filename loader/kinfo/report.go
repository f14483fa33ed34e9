package kinfo

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"
)

// Line is one "Name: Value" line of a [Section].
type Line struct {
	Name  string
	Value string
	// Err says why a probe answered "no" when the kernel refused with
	// something other than "not supported" (EPERM, a missing symbol...).
	// Write prints it only when asked to.
	Err error
}

// Section is a titled group of lines, as bpftrace's --info prints them.
type Section struct {
	Title string
	Lines []Line
}

// Options tunes [Write].
type Options struct {
	// Reasons appends " (reason)" to each line whose probe failed with an
	// error other than "not supported".
	Reasons bool
}

// Write prints sections in bpftrace 0.17's --info layout: the title, each
// line indented by two spaces, and a blank line after every section.
func Write(w io.Writer, sections []Section, opts *Options) error {
	var b strings.Builder
	for _, s := range sections {
		b.WriteString(s.Title)
		b.WriteByte('\n')
		for _, l := range s.Lines {
			fmt.Fprintf(&b, "  %s: %s", l.Name, l.Value)
			if opts != nil && opts.Reasons && l.Err != nil {
				fmt.Fprintf(&b, " (%s)", reason(l.Err))
			}
			b.WriteByte('\n')
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Kernel probes the running kernel and returns bpftrace's four kernel
// sections: "Kernel helpers", "Kernel features", "Map types" and "Probe
// types". It needs the privileges to load programs (root, or CAP_BPF with
// CAP_PERFMON); without them every probe answers "no".
//
// The probes run concurrently while the kernel's BTF (read once, for the
// fentry and iterator loads) is parsed: about 20 ms in all here, where
// bpftrace 0.17 takes 40.
func Kernel() []Section {
	sections := []struct {
		title  string
		checks []check
	}{
		{"Kernel helpers", helperChecks()},
		{"Kernel features", featureChecks()},
		{"Map types", mapChecks()},
		{"Probe types", probeChecks()},
	}
	out := make([]Section, len(sections))
	var wg sync.WaitGroup
	for i, s := range sections {
		out[i] = Section{Title: s.title, Lines: make([]Line, len(s.checks))}
		for j, c := range s.checks {
			wg.Add(1)
			go func() {
				defer wg.Done()
				out[i].Lines[j] = c()
			}()
		}
	}
	wg.Wait()
	return out
}

// check computes one line of a section.
type check func() Line

// yesNoCheck is a check whose probe answers yes (nil) or no.
func yesNoCheck(name string, probe func() error) check {
	return func() Line { return yesNo(name, probe()) }
}

// yesNo turns a probe's result into a line: nil is "yes"; any error is
// "no", and one other than "not supported" is kept as the reason.
func yesNo(name string, err error) Line {
	if err == nil {
		return Line{Name: name, Value: "yes"}
	}
	if isNotSupported(err) {
		return Line{Name: name, Value: "no"}
	}
	return Line{Name: name, Value: "no", Err: err}
}

// reason is the short cause of a failed probe: the verifier's last words
// or the kernel's errno, without cilium's general advice.
func reason(err error) string {
	var ve *ebpf.VerifierError
	if errors.As(err, &ve) {
		for i := len(ve.Log) - 1; i >= 0; i-- {
			if l := strings.TrimSpace(ve.Log[i]); l != "" && !strings.HasPrefix(l, "processed ") {
				return "verifier: " + l
			}
		}
	}
	var errno unix.Errno
	if errors.As(err, &errno) {
		return errno.Error()
	}
	return err.Error()
}
