package loader

import (
	"encoding/binary"
	"errors"
	"syscall"

	"github.com/cilium/ebpf"

	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/output"
)

// usesStacks reports whether any value of the object is a kstack or ustack.
func usesStacks(m *abi.Meta) bool {
	var has func(t *abi.Type) bool
	has = func(t *abi.Type) bool {
		if t.Stack != nil {
			return true
		}
		for i := range t.Fields {
			if has(&t.Fields[i].Type) {
				return true
			}
		}
		return t.Elem != nil && has(t.Elem)
	}
	for i := range m.Maps {
		if has(&m.Maps[i].Value) {
			return true
		}
		for j := range m.Maps[i].Key {
			if has(&m.Maps[i].Key[j].Type) {
				return true
			}
		}
	}
	for _, ps := range [][]abi.Printf{m.Printfs, m.Systems, m.Cats} {
		for i := range ps {
			for j := range ps[i].Args {
				if has(&ps[i].Args[j].Type) {
					return true
				}
			}
		}
	}
	for i := range m.Values {
		if has(&m.Values[i]) {
			return true
		}
	}
	return false
}

// initStacks gives the output the object's stack maps.
func (r *runner) initStacks() {
	if usesStacks(r.meta) {
		r.async.res.SetStackReader(r.l.stackReader())
	}
}

// preloadStacks reads the kernel's symbols before the programs load, as
// bpftrace 0.17 does, when the object prints stacks.
func (o *Object) preloadStacks() {
	if usesStacks(o.meta) {
		output.LoadKernelSymbols()
	}
}

// stackReader reads frames from the object's stack maps for the output.
func (l *loaded) stackReader() output.StackReader {
	var buf []byte
	return func(sym string, id uint32, frames []uint64) int {
		m := l.maps.Maps[sym]
		if m == nil {
			return -int(syscall.ENOENT)
		}
		if int(m.ValueSize()) != 8*len(frames) {
			return -int(syscall.EINVAL)
		}
		if cap(buf) < 8*len(frames) {
			buf = make([]byte, 8*len(frames))
		}
		buf = buf[:8*len(frames)]
		err := m.Lookup(id, buf)
		if err == nil {
			for i := range frames {
				frames[i] = binary.NativeEndian.Uint64(buf[8*i:])
			}
			return 0
		}
		var errno syscall.Errno
		if errors.As(err, &errno) {
			return -int(errno)
		}
		if errors.Is(err, ebpf.ErrKeyNotExist) {
			return -int(syscall.ENOENT)
		}
		return -int(syscall.EINVAL)
	}
}
