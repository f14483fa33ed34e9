// Package session runs a loaded object the way the bpftrace command line
// does: output format and file, signals, exit statuses. bpfrun and
// "bpftc run" share it.
package session

import (
	"errors"
	"fmt"
	"io"
	"os"

	"golang.org/x/sys/unix"

	"github.com/bpftc/bpftc/loader"
	"github.com/bpftc/bpftc/loader/output"
)

// Exit statuses, as bpftrace's (language.md ERR-07).
const (
	ExitUsage   = 1   // bad command line or script
	ExitFailure = 255 // the object could not be opened, loaded or attached
)

// StatusError carries the exit status of a failed run and the message to
// print after "ERROR: "; an empty message prints nothing.
type StatusError struct {
	Status int
	Msg    string
}

func (e *StatusError) Error() string { return e.Msg }

// Fail is a StatusError for err; a verifier rejection prints as a
// diagnostic located in the script (diag.go).
func Fail(status int, err error) error {
	if d := asDiagnostic(status, err); d != nil {
		return d
	}
	return &StatusError{Status: status, Msg: err.Error()}
}

// Options are the command-line settings of a run.
type Options struct {
	Format  string // "text" or "json"
	OutPath string // -o FILE, or "" for stdout
	Quiet   bool   // -q
	Stdout  io.Writer
	Verbose bool   // -v: a verifier rejection shows the whole log
	Cmd     string // -c CMD: run CMD, end when it exits (target.go)
	PID     int    // -p PID: usdt probes of that process, end when it exits

	// NoWarnings is --no-warnings: no warnings of failed helper calls.
	NoWarnings bool
}

// CheckFormat validates an output format name, in bpftrace's words (CLI-06).
func CheckFormat(format string) error {
	if format != "text" && format != "json" {
		return &StatusError{ExitUsage, fmt.Sprintf("Invalid output format %q\nValid formats: 'text', 'json'", format)}
	}
	return nil
}

// Run runs obj until it exits or the first SIGINT/SIGTERM, then prints its
// maps; SIGUSR1 prints them while it runs (signals.go).
func Run(obj *loader.Object, o Options) error {
	if err := CheckFormat(o.Format); err != nil {
		return err
	}
	if err := Prepare(obj, o.Cmd); err != nil {
		return err
	}
	out, closeOut, err := newOutput(o.Format, o.OutPath, o.Stdout)
	if err != nil {
		return Fail(ExitFailure, err)
	}
	// Kernels before 5.11 count BPF memory against RLIMIT_MEMLOCK; on later
	// ones the limit does not matter. A failure shows up as a load error.
	// (cilium's rlimit package would probe the kernel in every process's
	// init, bpftc compile included.)
	_ = unix.Setrlimit(unix.RLIMIT_MEMLOCK, &unix.Rlimit{Cur: unix.RLIM_INFINITY, Max: unix.RLIM_INFINITY})
	sigs := catchSignals()
	defer sigs.stop()
	runCtx, proc, cleanup, err := process(sigs.ctx, obj, o)
	if err != nil {
		closeOut()
		return err
	}
	defer cleanup()
	err = obj.Run(runCtx, &loader.RunOptions{Output: out, Quiet: o.Quiet, Process: proc, NoWarnings: o.NoWarnings,
		PrintMaps: sigs.print, OnExit: func(*loader.Live) { sigs.exiting() }})
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if errors.Is(err, loader.ErrNoProbes) {
		return &StatusError{Status: ExitUsage} // bpftrace exits 1, silently
	}
	var limit *loader.LimitError
	var banned *loader.BannedError
	var ksym *loader.KernelSymbolError
	if errors.As(err, &limit) || errors.As(err, &banned) || errors.As(err, &ksym) {
		return Fail(ExitUsage, err) // bpftrace exits 1 (ENV-03, banned kretprobes, kaddr)
	}
	if err != nil {
		return Fail(ExitFailure, FullVerifierLog(err, o.Verbose))
	}
	return nil
}

// Report prints err as bpftrace does and returns the exit status.
func Report(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	if status, ok := reportDiagnostic(err, stderr); ok {
		return status
	}
	var st *StatusError
	if errors.As(err, &st) {
		if st.Msg != "" {
			fmt.Fprintf(stderr, "ERROR: %s\n", st.Msg)
		}
		return st.Status
	}
	fmt.Fprintf(stderr, "ERROR: %v\n", err)
	return ExitUsage
}

// newOutput writes format to the file path, or to stdout when path is ""; the
// exit separator always goes to stdout (CLI-07). Writes are not buffered:
// every Output call is one write, so output appears event by event.
func newOutput(format, path string, stdout io.Writer) (o output.Output, close func() error, err error) {
	out, close := stdout, func() error { return nil }
	if path != "" {
		f, err := os.Create(path)
		if err != nil {
			return nil, nil, err
		}
		out, close = f, f.Close
	}
	if format == "json" {
		return output.NewJSON(out, stdout), close, nil
	}
	return output.NewText(out, stdout), close, nil
}
