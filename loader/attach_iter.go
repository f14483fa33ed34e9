package loader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"

	"github.com/bpftc/bpftc/loader/abi"
)

// bpffsDir is where a relative iter pin lands (bpftrace 0.17's prefix).
const bpffsDir = "/sys/fs/bpf"

// iterLink is an iter probe's link: the runner reads the iterator it
// creates once to its end, or pins it.
type iterLink struct {
	l   *link.Iter
	pin string // absolute pin path, or "" to read
}

// Close detaches the program; a pinned link stays in bpffs.
func (it *iterLink) Close() error { return it.l.Close() }

// attachIter creates the link of an iter probe.
func attachIter(prog *ebpf.Program, a abi.AttachPoint) (io.Closer, error) {
	l, err := link.AttachIter(link.IterOptions{Program: prog})
	if err != nil {
		return nil, err
	}
	it := &iterLink{l: l}
	if a.Pin != "" {
		it.pin = a.Pin
		if !filepath.IsAbs(it.pin) {
			it.pin = filepath.Join(bpffsDir, it.pin)
		}
	}
	return it, nil
}

// rawWriter is an output that can take text as it is: the iterator's,
// which bpftrace writes straight to stdout.
type rawWriter interface{ Raw(b []byte) }

// runProbes runs the attached probes: an iter probe's iterator is read to its
// end (or pinned) and the run ends, as in bpftrace 0.17's run_iter; other
// probes print events until exit() or the end of ctx.
func (r *runner) runProbes(ctx context.Context) (exited bool, err error) {
	for _, c := range r.links {
		if it, ok := c.(*iterLink); ok {
			return false, r.iterate(it)
		}
	}
	return r.loop(ctx)
}

// iterate copies the iterator's text to the output, or pins its link and
// says where.
func (r *runner) iterate(it *iterLink) error {
	raw := func(b []byte) {
		if w, ok := r.out.(rawWriter); ok {
			w.Raw(b)
		} else {
			r.out.Printf(string(b))
		}
	}
	if it.pin != "" {
		if err := it.l.Pin(it.pin); err != nil {
			return fmt.Errorf("pin iter probe link at %s: %w", it.pin, err)
		}
		raw([]byte("Program pinned to " + it.pin + "\n"))
		return nil
	}
	rd, err := it.l.Open()
	if err != nil {
		return fmt.Errorf("open iter probe link: %w", err)
	}
	defer rd.Close()
	buf := make([]byte, 4096)
	for {
		n, err := rd.Read(buf)
		if n > 0 {
			raw(buf[:n])
		}
		if errors.Is(err, io.EOF) || err == nil && n == 0 {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read iter probe: %w", err)
		}
	}
}
