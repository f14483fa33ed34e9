package loader

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/bpftc/bpftc/loader/abi"
)

// tracefsDirs are where tracefs is mounted, in the order the kernel
// documents them.
var tracefsDirs = []string{"/sys/kernel/tracing", "/sys/kernel/debug/tracing"}

// preflight refuses, before anything is loaded or BEGIN runs, a probe this
// host cannot attach for a reason the file system shows: a tracepoint the
// kernel does not have, or a uprobe whose binary or symbol is missing. The
// error names the probe as the attach error would. Reasons only the kernel
// knows are still found when attaching.
func (o *Object) preflight() error {
	events := tracefsEvents()
	for _, p := range o.meta.Programs {
		for _, a := range p.Attach {
			var err error
			switch a.Provider {
			case abi.ProviderTracepoint:
				err = checkTracepoint(events, a)
			case abi.ProviderUprobe, abi.ProviderUretprobe:
				_, _, err = resolveUprobe(a)
			case abi.ProviderUsdt:
				_, err = openELF(a.Target)
				err = binaryError(a.Target, err)
			}
			if err != nil {
				return fmt.Errorf("attach %s: %w", a.Name, err)
			}
		}
	}
	return nil
}

// tracefsEvents returns the events directory of the mounted tracefs, or ""
// when none is mounted (tracepoints then fail when attached).
func tracefsEvents() string {
	for _, d := range tracefsDirs {
		ev := filepath.Join(d, "events")
		if _, err := os.Stat(ev); err == nil {
			return ev
		}
	}
	return ""
}

// checkTracepoint refuses a tracepoint whose event directory is missing.
func checkTracepoint(events string, a abi.AttachPoint) error {
	group, name, err := tracepointName(a)
	if err != nil || events == "" {
		return err
	}
	if _, err := os.Stat(filepath.Join(events, group, name)); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("tracepoint %s:%s not found", group, name)
	}
	return nil
}

// binaryError words the error of opening a probe's binary; nil stays nil.
func binaryError(path string, err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("binary %s does not exist on this host", path)
	}
	return fmt.Errorf("read %s: %w", path, err)
}
