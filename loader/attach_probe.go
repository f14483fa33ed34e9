package loader

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"

	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/symtab"
)

// checkProbeAttach checks the fields of the attach points that are neither
// BEGIN, END, tracepoint nor interval.
func checkProbeAttach(a abi.AttachPoint) error {
	if handled, err := checkTracingAttach(a); handled {
		return err
	}
	switch a.Provider {
	case abi.ProviderProfile:
		if a.PeriodNS == 0 && a.Freq == 0 {
			return errors.New("no period or frequency")
		}
	case abi.ProviderSoftware, abi.ProviderHardware:
		if a.Count == 0 {
			return errors.New("no sample count")
		}
	case abi.ProviderUprobe, abi.ProviderUretprobe:
		if a.Target == "" || a.Func == "" && a.Address == 0 {
			return errors.New("needs a binary and a function or address")
		}
	case abi.ProviderKprobe, abi.ProviderKretprobe:
		if a.Func == "" {
			return errors.New("needs a function")
		}
	case abi.ProviderUsdt:
		return checkUsdtAttach(a)
	case abi.ProviderRawTracepoint:
		if a.Target == "" {
			return errors.New("needs an event")
		}
	}
	return nil
}

// elfFiles caches the symbol tables uprobes resolve against.
var elfFiles sync.Map // path -> *symtab.File

func openELF(path string) (*symtab.File, error) {
	if f, ok := elfFiles.Load(path); ok {
		return f.(*symtab.File), nil
	}
	f, err := symtab.Open(path)
	if err != nil {
		return nil, err
	}
	elfFiles.Store(path, f)
	return f, nil
}

// attachUprobe attaches prog to a user function, at the place
// resolveUprobe finds.
func attachUprobe(prog *ebpf.Program, a abi.AttachPoint) (io.Closer, error) {
	sym, addr, err := resolveUprobe(a)
	if err != nil {
		return nil, err
	}
	ex, err := link.OpenExecutable(a.Target)
	if err != nil {
		return nil, err
	}
	opts := &link.UprobeOptions{Address: addr}
	if a.Provider == abi.ProviderUretprobe {
		return ex.Uretprobe(sym, prog, opts)
	}
	return ex.Uprobe(sym, prog, opts)
}

// resolveUprobe finds the symbol and file offset of a uprobe, checking the
// place as bpftrace 0.17's resolve_offset_uprobe does (in its words): the
// symbol or address must resolve, the offset must fall inside the function,
// and uretprobes go only on a function's first byte. The instruction
// boundary of an offset is not checked.
func resolveUprobe(a abi.AttachPoint) (sym string, fileOff uint64, err error) {
	f, err := openELF(a.Target)
	if err != nil {
		return "", 0, binaryError(a.Target, err)
	}
	var s symtab.Symbol
	off := a.Offset
	if a.Func == "" {
		var ok bool
		if s, ok = f.Containing(a.Address); !ok {
			return "", 0, fmt.Errorf("Could not resolve address: %s:0x%x", a.Target, a.Address)
		}
		off = a.Address - s.Value
	} else {
		var ok bool
		if s, ok = f.Lookup(a.Func); !ok {
			return "", 0, fmt.Errorf("Could not resolve symbol: %s:%s", a.Target, a.Func)
		}
	}
	if a.Provider == abi.ProviderUretprobe && off != 0 {
		return "", 0, fmt.Errorf("uretprobes cannot be attached at function offset. (address resolved to: %s+%d)", s.Name, off)
	}
	if off >= s.Size {
		return "", 0, fmt.Errorf("Offset outside the function bounds ('%s' size is %d)", s.Name, s.Size)
	}
	symOff, ok := f.FileOffset(s.Value)
	if !ok {
		return "", 0, fmt.Errorf("%s: symbol %s at 0x%x is in no loadable segment", a.Target, s.Name, s.Value)
	}
	return s.Name, symOff + off, nil
}

// bannedKretprobes are the functions bpftrace 0.17 refuses kretprobes on:
// the return trampoline takes these locks itself.
var bannedKretprobes = map[string]bool{
	"_raw_spin_lock": true, "_raw_spin_lock_irqsave": true,
	"_raw_spin_unlock_irqrestore": true, "queued_spin_lock_slowpath": true,
}

// BannedError is bpftrace 0.17's refusal of a kretprobe on one of
// bannedKretprobes, printed as bpftrace prints it (exit status 1).
type BannedError struct {
	Func string
}

// Error returns bpftrace's words.
func (e *BannedError) Error() string {
	return "error: kretprobe:" + e.Func + " can't be used as it might lock up your system."
}

// attachKprobe attaches prog to a kernel function. Kernels built without
// CONFIG_KPROBES have neither the kprobe PMU nor kprobe_events: the error
// then says so.
func attachKprobe(prog *ebpf.Program, a abi.AttachPoint) (io.Closer, error) {
	if a.Provider == abi.ProviderKretprobe && bannedKretprobes[a.Func] {
		return nil, &BannedError{Func: a.Func}
	}
	if err := checkKprobePlace(a); err != nil {
		return nil, err
	}
	opts := &link.KprobeOptions{Offset: a.Offset}
	var l link.Link
	var err error
	if a.Provider == abi.ProviderKretprobe {
		l, err = link.Kretprobe(a.Func, prog, opts)
	} else {
		l, err = link.Kprobe(a.Func, prog, opts)
	}
	if err == nil {
		return l, nil
	}
	if !kprobesAvailable() {
		return nil, errors.New("this kernel cannot attach kprobes: it has neither the kprobe PMU (/sys/bus/event_source/devices/kprobe) nor kprobe_events in tracefs (built without CONFIG_KPROBES?)")
	}
	return nil, err
}

// kprobesAvailable reports whether the kernel offers a way to create
// kprobes.
func kprobesAvailable() bool {
	for _, p := range []string{
		"/sys/bus/event_source/devices/kprobe/type",
		"/sys/kernel/tracing/kprobe_events",
		"/sys/kernel/debug/tracing/kprobe_events",
	} {
		if _, err := os.Stat(p); err == nil {
			return true
		}
	}
	return false
}
