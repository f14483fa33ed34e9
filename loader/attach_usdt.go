package loader

import (
	"errors"
	"fmt"
	"io"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"

	"github.com/bpftc/bpftc/loader/abi"
)

// checkUsdtAttach checks the fields of a usdt attach point.
func checkUsdtAttach(a abi.AttachPoint) error {
	if a.Target == "" || a.Address == 0 {
		return errors.New("needs a binary and a location address")
	}
	return nil
}

// attachUsdt attaches prog to one location of a USDT probe: a uprobe at
// the location's file offset, for process pid only unless pid is 0. When
// the probe has a semaphore, the kernel increments it in every process the
// uprobe is installed in (the uprobe's reference counter) and decrements it
// when the link closes.
func attachUsdt(prog *ebpf.Program, a abi.AttachPoint, pid int) (io.Closer, error) {
	f, err := openELF(a.Target)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", a.Target, err)
	}
	off, ok := f.FileOffset(a.Address)
	if !ok {
		return nil, fmt.Errorf("%s: usdt location 0x%x is in no loadable segment", a.Target, a.Address)
	}
	opts := &link.UprobeOptions{Address: off, PID: pid}
	if a.Semaphore != 0 {
		if opts.RefCtrOffset, ok = f.FileOffset(a.Semaphore); !ok {
			return nil, fmt.Errorf("%s: usdt semaphore 0x%x is in no loadable segment", a.Target, a.Semaphore)
		}
	}
	ex, err := link.OpenExecutable(a.Target)
	if err != nil {
		return nil, err
	}
	l, err := ex.Uprobe(a.Func, prog, opts)
	if err != nil && pid != 0 {
		return nil, fmt.Errorf("Error attaching probe: %s, to PID: %d: %w", a.Name, pid, err)
	}
	return l, err
}
