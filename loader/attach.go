package loader

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"

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
	case abi.ProviderInterval, abi.ProviderProfile, abi.ProviderSoftware, abi.ProviderHardware:
		return attachPerf(prog, a)
	case abi.ProviderUprobe, abi.ProviderUretprobe:
		return attachUprobe(prog, a)
	case abi.ProviderKprobe, abi.ProviderKretprobe:
		return attachKprobe(prog, a)
	case abi.ProviderRawTracepoint:
		return attachRawTracepoint(prog, a)
	case abi.ProviderKfunc, abi.ProviderKretfunc:
		return attachTracing(prog, a)
	case abi.ProviderIter:
		return attachIter(prog, a)
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

// attachRawTracepoint attaches prog to the raw tracepoint a.Target.
func attachRawTracepoint(prog *ebpf.Program, a abi.AttachPoint) (io.Closer, error) {
	l, err := link.AttachRawTracepoint(link.RawTracepointOptions{Name: a.Target, Program: prog})
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("raw tracepoint %s not found", a.Target)
	}
	return l, err
}

// closers closes several links as one.
type closers []io.Closer

// Close closes every link, last first.
func (cs closers) Close() error {
	var errs []error
	for i := len(cs) - 1; i >= 0; i-- {
		errs = append(errs, cs[i].Close())
	}
	return errors.Join(errs...)
}

// progAttach is one attach point of a program.
type progAttach struct {
	prog *abi.Program
	ap   abi.AttachPoint
}

// attachesReversed lists the providers whose probes the kernel runs in the
// reverse order of attachment (bpftrace 0.17's attach_reverse).
var attachesReversed = map[string]bool{
	abi.ProviderKprobe: true, abi.ProviderUprobe: true, abi.ProviderUretprobe: true, abi.ProviderUsdt: true,
	abi.ProviderSoftware: true,
}

// attachOrder is the order bpftrace 0.17 attaches probes in, so that
// probes on the same event run in declaration order (PRB-21): first,
// forwards, those the kernel runs in attach order, then, backwards, the
// others. BEGIN and END are left out.
func attachOrder(progs []abi.Program) []progAttach {
	var all []progAttach
	for i := range progs {
		for _, a := range progs[i].Attach {
			if a.Provider != abi.ProviderBegin && a.Provider != abi.ProviderEnd {
				all = append(all, progAttach{&progs[i], a})
			}
		}
	}
	out := make([]progAttach, 0, len(all))
	for _, pa := range all {
		if !attachesReversed[pa.ap.Provider] {
			out = append(out, pa)
		}
	}
	for i := len(all) - 1; i >= 0; i-- {
		if attachesReversed[all[i].ap.Provider] {
			out = append(out, all[i])
		}
	}
	return out
}
