package loader

import (
	"errors"
	"fmt"
	"io"
	"os"
	"unsafe"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"

	"github.com/bpftc/bpftc/loader/abi"
)

// Breakpoint types of perf_event_attr.bp_type (linux/hw_breakpoint.h).
const (
	hwBreakpointR = 1
	hwBreakpointW = 2
	hwBreakpointX = 4
)

// watchpointAttr is the perf event of a watchpoint: a hardware breakpoint
// on a.Len bytes at a.Address, sampled on every access of a.Mode.
func watchpointAttr(a abi.AttachPoint) unix.PerfEventAttr {
	var bp uint32
	for _, m := range a.Mode {
		switch m {
		case 'r':
			bp |= hwBreakpointR
		case 'w':
			bp |= hwBreakpointW
		case 'x':
			bp |= hwBreakpointX
		}
	}
	return unix.PerfEventAttr{
		Type:    unix.PERF_TYPE_BREAKPOINT,
		Size:    uint32(unsafe.Sizeof(unix.PerfEventAttr{})),
		Sample:  1,
		Bits:    unix.PerfBitDisabled,
		Bp_type: bp,
		Ext1:    a.Address, // bp_addr
		Ext2:    a.Len,     // bp_len
	}
}

// attachWatchpoint attaches a watchpoint of the run. With a target
// process, the probe builtin names it as bpftrace 0.17 would:
// watchpoint:/proc/PID/exe:ADDR:LEN:MODE (the command's path with -c).
func (r *runner) attachWatchpoint(prog *ebpf.Program, a abi.AttachPoint) (io.Closer, error) {
	if pid := r.proc.PID; pid > 0 {
		target := fmt.Sprintf("/proc/%d/exe", pid)
		if r.proc.CPID != 0 {
			if p, err := os.Readlink(target); err == nil {
				target = p
			}
		}
		name := abi.WatchpointName(target, a.Address, a.Len, a.Mode)
		for i, p := range r.meta.Probes {
			if p == a.Name {
				r.meta.Probes[i] = name
			}
		}
	}
	return attachWatchpoint(prog, a, r.proc.PID)
}

// attachWatchpoint attaches a watchpoint probe as bpftrace 0.17 does: on
// process pid's address (every CPU it runs on) with -p or -c, on the
// kernel's on every CPU without.
func attachWatchpoint(prog *ebpf.Program, a abi.AttachPoint, pid int) (io.Closer, error) {
	attr := watchpointAttr(a)
	type target struct{ pid, cpu int }
	targets := []target{{pid, -1}}
	if pid <= 0 {
		cpus, err := onlineCPUs()
		if err != nil {
			return nil, err
		}
		targets = targets[:0]
		for _, cpu := range cpus {
			targets = append(targets, target{-1, cpu})
		}
	}
	var links closers
	for _, t := range targets {
		fd, err := unix.PerfEventOpen(&attr, t.pid, t.cpu, -1, unix.PERF_FLAG_FD_CLOEXEC)
		if err != nil {
			links.Close()
			return nil, watchpointError(err, t.pid)
		}
		l, err := attachPerfFD(prog, fd)
		if err != nil {
			links.Close()
			return nil, err
		}
		links = append(links, l)
	}
	if len(links) == 1 {
		return links[0], nil
	}
	return links, nil
}

// watchpointError explains a failed perf_event_open of a breakpoint.
func watchpointError(err error, pid int) error {
	switch {
	case errors.Is(err, unix.ENOSPC):
		return errors.New("No more HW registers left")
	case errors.Is(err, unix.ENOENT), errors.Is(err, unix.ENODEV), errors.Is(err, unix.EOPNOTSUPP):
		return fmt.Errorf("perf_event_open: %w (this machine has no hardware breakpoints)", err)
	case errors.Is(err, unix.ESRCH):
		return fmt.Errorf("perf_event_open: %w (no process %d)", err, pid)
	}
	return fmt.Errorf("perf_event_open: %w", err)
}
