package loader

import (
	"errors"
	"fmt"
	"sync"

	"github.com/cilium/ebpf"

	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/output"
)

// ErrStopped is what [Live.ReadMap] returns once the run it belongs to has
// stopped and its maps are being released.
var ErrStopped = errors.New("the object is no longer running")

// Live is the maps of a running object, as RunOptions.Live receives them
// (on the run's goroutine: it must return quickly): they can be read while
// the probes fire. It is safe for concurrent use.
type Live struct {
	meta *abi.Meta
	maps map[string]*ebpf.Map // by ELF symbol

	mu      sync.RWMutex // held for reading by every read, for writing by stop
	stopped bool
}

// NewLive is the Live view of maps created elsewhere (tests, tools that load
// objects themselves), by ELF symbol; it never stops and closes nothing.
func NewLive(meta *abi.Meta, maps map[string]*ebpf.Map) *Live {
	return &Live{meta: meta, maps: maps}
}

// Meta returns the object's metadata. Callers must not modify it.
func (lv *Live) Meta() *abi.Meta { return lv.meta }

// ReadMap reads every entry of the bpftrace map name ("@x") from the kernel:
// each entry's key bytes and its value, one per possible CPU for per-CPU maps
// (output.Reduce folds them). Keys that programs delete during the read are
// skipped and keys they add may be missed: the result is no snapshot of a
// single instant. After the run stops it returns ErrStopped.
func (lv *Live) ReadMap(name string) ([]output.Entry, error) {
	var m *abi.Map
	for i := range lv.meta.Maps {
		if lv.meta.Maps[i].Name == name {
			m = &lv.meta.Maps[i]
			break
		}
	}
	if m == nil {
		return nil, fmt.Errorf("read map %s: no such map", name)
	}
	lv.mu.RLock()
	defer lv.mu.RUnlock()
	if lv.stopped {
		return nil, ErrStopped
	}
	bm := lv.maps[m.Symbol]
	if bm == nil {
		return nil, fmt.Errorf("read map %s: not loaded", name)
	}
	entries, err := readEntries(bm)
	return entries, mapOp("read map", m, err)
}

// stop makes every later read fail with ErrStopped, after waiting for the
// reads under way.
func (lv *Live) stop() {
	lv.mu.Lock()
	lv.stopped = true
	lv.mu.Unlock()
}

// startLive makes the Live of a run when opts.Live is set. It returns what
// to call once every probe is attached (the test hook, then opts.Live) and
// what stops the Live, to defer so that it runs before the kernel objects
// are released: reads under way finish first, later ones fail.
func (opts *RunOptions) startLive(o *Object, l *loaded) (attached, stop func()) {
	if opts.Live == nil {
		return opts.attached, func() {}
	}
	lv := NewLive(o.meta, l.maps.Maps)
	attached = func() {
		if opts.attached != nil {
			opts.attached()
		}
		opts.Live(lv)
	}
	return attached, lv.stop
}
