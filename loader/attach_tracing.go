package loader

import (
	"errors"
	"fmt"
	"io"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"
	"golang.org/x/sys/unix"

	"github.com/bpftc/bpftc/loader/abi"
)

func init() {
	programTypes[abi.ProviderKfunc] = ebpf.Tracing
	programTypes[abi.ProviderKretfunc] = ebpf.Tracing
	programTypes[abi.ProviderIter] = ebpf.Tracing
	programTypes[abi.ProviderWatchpoint] = ebpf.PerfEvent
	// bpftrace 0.17 attaches kfunc and iter probes in reverse
	// (attach_reverse), kretfunc ones in order.
	attachesReversed[abi.ProviderKfunc] = true
	attachesReversed[abi.ProviderIter] = true
}

// errnoENOTSUPP is the kernel-internal ENOTSUPP the bpf() syscall returns
// for attach types an architecture lacks (no BPF trampoline).
const errnoENOTSUPP = unix.Errno(524)

// checkTracingAttach checks the fields of kfunc, kretfunc, iter and
// watchpoint attach points; handled is false for other providers.
func checkTracingAttach(a abi.AttachPoint) (handled bool, err error) {
	switch a.Provider {
	case abi.ProviderKfunc, abi.ProviderKretfunc:
		if a.Func == "" {
			return true, errors.New("needs a function")
		}
	case abi.ProviderIter:
		if a.Func == "" {
			return true, errors.New("needs an iterator")
		}
	case abi.ProviderWatchpoint:
		if a.Address == 0 || a.Len == 0 || a.Mode == "" {
			return true, errors.New("needs an address, a length and a mode")
		}
	default:
		return false, nil
	}
	return true, nil
}

// attachTracing attaches a kfunc (fentry) or kretfunc (fexit) program to
// the kernel function it was loaded for.
func attachTracing(prog *ebpf.Program, a abi.AttachPoint) (io.Closer, error) {
	l, err := link.AttachTracing(link.TracingOptions{Program: prog})
	if errno, ok := trampolineRefused(err); ok {
		return nil, fmt.Errorf("kfunc/kretfunc not available for your kernel version: it refuses to attach %s programs (%w)", tracingKind(a), errno)
	}
	return l, err
}

// tracingKind is the kind of program of a kfunc or kretfunc probe.
func tracingKind(a abi.AttachPoint) string {
	if a.Provider == abi.ProviderKretfunc {
		return "fexit"
	}
	return "fentry"
}

// trampolineRefused reports whether err is a kernel's refusal of BPF
// trampolines (not permitted, or not supported by the architecture).
func trampolineRefused(err error) (unix.Errno, bool) {
	var errno unix.Errno
	if !errors.As(err, &errno) {
		return 0, false
	}
	return errno, errno == unix.EPERM || errno == unix.EOPNOTSUPP || errno == errnoENOTSUPP
}

// tracingLoadError says in bpftrace's words, when it has some, why the
// kernel refused a kfunc, kretfunc or iter program; other errors are
// returned as they are.
func tracingLoadError(p *abi.Program, err error) error {
	a := p.Attach[0]
	var ve *ebpf.VerifierError
	if errors.As(err, &ve) && len(ve.Log) > 0 {
		return err // the verifier's own words
	}
	switch a.Provider {
	case abi.ProviderKfunc, abi.ProviderKretfunc:
		if errors.Is(err, ebpf.ErrNotSupported) {
			return fmt.Errorf("the running kernel's BTF has no function %s: %w", a.Func, err)
		}
		if errno, ok := trampolineRefused(err); ok {
			return fmt.Errorf("kfunc/kretfunc not available for your kernel version: it refuses %s programs (%w)", tracingKind(a), errno)
		}
	case abi.ProviderIter:
		if errors.Is(err, ebpf.ErrNotSupported) || errors.Is(err, unix.EPERM) || errors.Is(err, unix.EINVAL) {
			return fmt.Errorf("iter %s not available for your kernel version. (%w)", a.Func, err)
		}
	}
	return err
}
