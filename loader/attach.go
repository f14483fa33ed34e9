package loader

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unsafe"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"
	"golang.org/x/sys/unix"

	"github.com/bpftc/bpftc/loader/abi"
)

// attach attaches prog to one attach point. BEGIN and END are never attached:
// they run with BPF_PROG_TEST_RUN.
func attach(prog *ebpf.Program, a abi.AttachPoint) (io.Closer, error) {
	switch a.Provider {
	case abi.ProviderTracepoint:
		group, name, err := tracepointName(a)
		if err != nil {
			return nil, err
		}
		l, err := link.Tracepoint(group, name, prog, nil)
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("tracepoint %s:%s not found", group, name)
		}
		return l, err
	case abi.ProviderInterval:
		return attachInterval(prog, a.PeriodNS)
	}
	return nil, fmt.Errorf("provider %q cannot be attached", a.Provider)
}

// tracepointName splits a tracepoint attach point into category and event.
// Target is "cat:event" (or "cat/event"); without a target the probe name
// "tracepoint:cat:event" is used.
func tracepointName(a abi.AttachPoint) (group, name string, err error) {
	t := a.Target
	if t == "" {
		_, t, _ = strings.Cut(a.Name, ":")
	}
	group, name, ok := strings.Cut(t, ":")
	if !ok {
		group, name, ok = strings.Cut(t, "/")
	}
	if !ok || group == "" || name == "" || strings.ContainsAny(name, ":/") {
		return "", "", fmt.Errorf("%s: tracepoint target %q is not category:event", a.Name, t)
	}
	return group, name, nil
}

// perfLink is a software perf event with a program attached; closing it
// detaches the program and closes the event.
type perfLink struct {
	fd   int
	link io.Closer // nil when attached with PERF_EVENT_IOC_SET_BPF
}

// attachInterval opens a CPU clock perf event on CPU 0 firing every periodNS
// and attaches prog to it: interval probes fire on one CPU only (PRB-12).
func attachInterval(prog *ebpf.Program, periodNS uint64) (io.Closer, error) {
	attr := unix.PerfEventAttr{
		Type:   unix.PERF_TYPE_SOFTWARE,
		Config: unix.PERF_COUNT_SW_CPU_CLOCK,
		Size:   uint32(unsafe.Sizeof(unix.PerfEventAttr{})),
		Sample: periodNS,
		Bits:   unix.PerfBitDisabled,
	}
	fd, err := unix.PerfEventOpen(&attr, -1, 0, -1, unix.PERF_FLAG_FD_CLOEXEC)
	if err != nil {
		return nil, fmt.Errorf("perf_event_open: %w", err)
	}
	pl := &perfLink{fd: fd}
	l, linkErr := link.AttachRawLink(link.RawLinkOptions{Target: fd, Program: prog, Attach: ebpf.AttachPerfEvent})
	if linkErr == nil {
		pl.link = l
	} else if err := unix.IoctlSetInt(fd, unix.PERF_EVENT_IOC_SET_BPF, prog.FD()); err != nil {
		// Kernels before 5.15 have no BPF links for perf events: the ioctl is
		// the fallback, and its error the one to report.
		unix.Close(fd)
		return nil, fmt.Errorf("attach program to perf event: %w (bpf link: %v)", os.NewSyscallError("ioctl", err), linkErr)
	}
	if err := unix.IoctlSetInt(fd, unix.PERF_EVENT_IOC_ENABLE, 0); err != nil {
		pl.Close()
		return nil, fmt.Errorf("enable perf event: %w", os.NewSyscallError("ioctl", err))
	}
	return pl, nil
}

// Close detaches the program and closes the perf event.
func (p *perfLink) Close() error {
	// Stop the event first: detaching the program can take a grace period,
	// during which it would keep firing.
	err := unix.IoctlSetInt(p.fd, unix.PERF_EVENT_IOC_DISABLE, 0)
	if p.link != nil {
		err = errors.Join(err, p.link.Close())
	}
	return errors.Join(err, unix.Close(p.fd))
}
