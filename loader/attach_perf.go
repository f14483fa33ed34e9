package loader

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unsafe"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"
	"golang.org/x/sys/unix"

	"github.com/bpftc/bpftc/loader/abi"
)

// onlineCPUsFile lists the CPUs profile, software and hardware probes sample.
const onlineCPUsFile = "/sys/devices/system/cpu/online"

// perfLink is a perf event with a program attached; closing it detaches the
// program and closes the event.
type perfLink struct {
	fd   int
	link io.Closer // nil when attached with PERF_EVENT_IOC_SET_BPF
}

// perfAttr is the perf event of an interval, profile, software or hardware
// attach point.
func perfAttr(a abi.AttachPoint) unix.PerfEventAttr {
	attr := unix.PerfEventAttr{
		Type:   unix.PERF_TYPE_SOFTWARE,
		Config: unix.PERF_COUNT_SW_CPU_CLOCK,
		Size:   uint32(unsafe.Sizeof(unix.PerfEventAttr{})),
		Sample: a.PeriodNS,
		Bits:   unix.PerfBitDisabled,
	}
	switch a.Provider {
	case abi.ProviderSoftware, abi.ProviderHardware:
		attr.Type, attr.Config, attr.Sample = a.PerfType, a.PerfConfig, a.Count
	default:
		if a.Freq != 0 {
			attr.Sample = a.Freq
			attr.Bits |= unix.PerfBitFreq
		}
	}
	return attr
}

// attachPerf opens the attach point's perf event and attaches prog to it:
// on CPU 0 for interval probes (PRB-12), on every online CPU otherwise.
func attachPerf(prog *ebpf.Program, a abi.AttachPoint) (io.Closer, error) {
	cpus := []int{0}
	if a.Provider != abi.ProviderInterval {
		var err error
		if cpus, err = onlineCPUs(); err != nil {
			return nil, err
		}
	}
	attr := perfAttr(a)
	var links closers
	for _, cpu := range cpus {
		l, err := attachPerfEvent(prog, &attr, cpu)
		if err != nil {
			links.Close()
			if a.Provider == abi.ProviderHardware && errors.Is(err, unix.ENOENT) {
				err = fmt.Errorf("%w (this machine has no PMU that counts %s)", err, a.Target)
			}
			return nil, err
		}
		links = append(links, l)
	}
	if len(links) == 1 {
		return links[0], nil
	}
	return links, nil
}

// attachPerfEvent opens one perf event on cpu, attaches prog and enables it.
func attachPerfEvent(prog *ebpf.Program, attr *unix.PerfEventAttr, cpu int) (*perfLink, error) {
	fd, err := unix.PerfEventOpen(attr, -1, cpu, -1, unix.PERF_FLAG_FD_CLOEXEC)
	if err != nil {
		return nil, fmt.Errorf("perf_event_open on CPU %d: %w", cpu, err)
	}
	return attachPerfFD(prog, fd)
}

// attachPerfFD attaches prog to the perf event fd and enables it; the
// returned link owns fd.
func attachPerfFD(prog *ebpf.Program, fd int) (*perfLink, error) {
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

// onlineCPUs reads the online CPU list ("0-3,5").
func onlineCPUs() ([]int, error) {
	b, err := os.ReadFile(onlineCPUsFile)
	if err != nil {
		return nil, fmt.Errorf("online CPUs: %w", err)
	}
	cpus, err := parseCPUList(strings.TrimSpace(string(b)))
	if err != nil {
		return nil, fmt.Errorf("online CPUs: %s: %w", onlineCPUsFile, err)
	}
	return cpus, nil
}

// parseCPUList parses a kernel CPU list such as "0-3,5".
func parseCPUList(s string) ([]int, error) {
	var cpus []int
	for _, r := range strings.Split(s, ",") {
		lo, hi, isRange := strings.Cut(r, "-")
		first, err := strconv.Atoi(lo)
		if err != nil {
			return nil, fmt.Errorf("bad CPU list %q", s)
		}
		last := first
		if isRange {
			if last, err = strconv.Atoi(hi); err != nil || last < first {
				return nil, fmt.Errorf("bad CPU list %q", s)
			}
		}
		for c := first; c <= last; c++ {
			cpus = append(cpus, c)
		}
	}
	if len(cpus) == 0 {
		return nil, fmt.Errorf("bad CPU list %q", s)
	}
	return cpus, nil
}
