package loader

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/bpftc/bpftc/loader/abi"
)

// addrLink is an attached probe with the address bpftrace 0.17 gives it,
// which unwatch() matches.
type addrLink struct {
	io.Closer
	addr uint64
}

// probeAddress is bpftrace 0.17's address of an attach point: a
// watchpoint's, an address uprobe's, 0 for every other probe (so that
// unwatch(0) detaches those, as it does in bpftrace).
func probeAddress(a abi.AttachPoint) uint64 {
	switch a.Provider {
	case abi.ProviderWatchpoint:
		return a.Address
	case abi.ProviderUprobe, abi.ProviderUretprobe:
		if a.Func == "" {
			return a.Address
		}
	}
	return 0
}

// withAddress wraps an attachment so that unwatch() can find it; an
// iterator, which is read rather than left attached, stays as it is.
func withAddress(a abi.AttachPoint, c io.Closer) io.Closer {
	if _, ok := c.(*iterLink); ok {
		return c
	}
	return &addrLink{Closer: c, addr: probeAddress(a)}
}

// unwatch acts on an abi.ActionUnwatch record: it detaches every probe on
// the record's address. Like bpftrace, it says nothing when none is.
func (r *runner) unwatch(rec []byte) error {
	if len(rec) < 16 {
		return fmt.Errorf("event: unwatch record of %d bytes", len(rec))
	}
	addr := binary.NativeEndian.Uint64(rec[8:])
	kept := r.links[:0]
	var errs []error
	for _, c := range r.links {
		if l, ok := c.(*addrLink); ok && l.addr == addr {
			if err := l.Close(); err != nil {
				errs = append(errs, err)
			}
			continue
		}
		kept = append(kept, c)
	}
	clear(r.links[len(kept):])
	r.links = kept
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("unwatch: %w", err)
	}
	return nil
}
