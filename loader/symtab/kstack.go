package symtab

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"strconv"

	"github.com/bpftc/bpftc/internal/cxxsort"
)

// Ksyms is the kernel symbol table as bcc 0.26's KSyms builds it for
// bpftrace's stacks: every /proc/kallsyms entry but the data symbols (types
// b, B, d, D, r, R), sorted by address with std::sort.
type Ksyms struct {
	syms []ksym
}

type ksym struct {
	addr uint64
	name string
}

// ReadKsyms reads a /proc/kallsyms-style listing as bcc does.
func ReadKsyms(r io.Reader) (*Ksyms, error) {
	k := &Ksyms{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		f := bytes.Fields(sc.Bytes())
		if len(f) < 3 || len(f[1]) == 0 {
			continue
		}
		addr, err := strconv.ParseUint(string(f[0]), 16, 64)
		// bcc skips 0, ULLONG_MAX and user addresses.
		if err != nil || addr == 0 || addr == ^uint64(0) || addr < 0x00ffffffffffffff {
			continue
		}
		switch f[1][0] {
		case 'b', 'B', 'd', 'D', 'r', 'R':
			continue
		}
		k.syms = append(k.syms, ksym{addr, string(f[2])})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	cxxsort.Sort(k.syms, func(a, b *ksym) bool { return a.addr < b.addr })
	return k, nil
}

// LoadKsyms reads /proc/kallsyms as bcc does.
func LoadKsyms() (*Ksyms, error) {
	f, err := os.Open(KallsymsPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadKsyms(f)
}

// Resolve returns the symbol at or below addr and addr's offset from it
// (bcc's upper_bound, then one step back), or false below every symbol.
func (k *Ksyms) Resolve(addr uint64) (name string, off uint64, ok bool) {
	lo, hi := 0, len(k.syms)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if k.syms[m].addr > addr {
			hi = m
		} else {
			lo = m + 1
		}
	}
	if lo == 0 {
		return "", 0, false
	}
	s := k.syms[lo-1]
	return s.name, addr - s.addr, true
}

// Frame is a user address resolved in a process.
type Frame struct {
	Symbol
	Offset uint64 // from the symbol's start
	Module string // the mapped file, as /proc/PID/maps names it
}

// UserFrame resolves addr in process pid like User, also returning the
// offset into the symbol and the file that maps addr (bcc's bcc_symbol
// name, offset and module).
func (r *Resolver) UserFrame(pid, addr uint64) (Frame, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	ms, err := r.layout(pid)
	if err != nil {
		return Frame{}, false
	}
	for _, m := range ms {
		if addr < m.start || addr >= m.end {
			continue
		}
		f := r.file(pid, m.path)
		if f == nil {
			return Frame{}, false
		}
		vaddr, ok := f.VAddr(addr - m.start + m.off)
		if !ok {
			return Frame{}, false
		}
		s, ok := f.At(vaddr)
		if !ok {
			return Frame{}, false
		}
		off := vaddr - s.Value
		s.Name = r.displayName(s.Name)
		return Frame{Symbol: s, Offset: off, Module: m.path}, true
	}
	return Frame{}, false
}
