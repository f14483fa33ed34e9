package symtab

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"sort"
	"strconv"
)

// KallsymsPath is where the kernel lists its symbols.
const KallsymsPath = "/proc/kallsyms"

// Kernel is the kernel's symbol table, sorted by address.
type Kernel struct {
	addrs []uint64
	names []string
	text  []bool // a function (type t or T)
}

// ReadKallsyms reads a /proc/kallsyms-style listing ("ADDR TYPE NAME
// [MODULE]"). Symbols at address 0 (kptr_restrict) are left out.
func ReadKallsyms(r io.Reader) (*Kernel, error) {
	k := &Kernel{}
	type entry struct {
		addr uint64
		name string
		text bool
	}
	var es []entry
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		f := bytes.Fields(sc.Bytes())
		if len(f) < 3 {
			continue
		}
		addr, err := strconv.ParseUint(string(f[0]), 16, 64)
		if err != nil || addr == 0 {
			continue
		}
		t := f[1][0]
		es = append(es, entry{addr, string(f[2]), t == 't' || t == 'T'})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	sort.SliceStable(es, func(i, j int) bool { return es[i].addr < es[j].addr })
	k.addrs = make([]uint64, len(es))
	k.names = make([]string, len(es))
	k.text = make([]bool, len(es))
	for i, e := range es {
		k.addrs[i], k.names[i], k.text[i] = e.addr, e.name, e.text
	}
	return k, nil
}

// LoadKallsyms reads /proc/kallsyms.
func LoadKallsyms() (*Kernel, error) {
	f, err := os.Open(KallsymsPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadKallsyms(f)
}

// At returns the symbol at or closest below addr, as bcc's ksym lookup does.
func (k *Kernel) At(addr uint64) (string, bool) {
	i := sort.Search(len(k.addrs), func(i int) bool { return k.addrs[i] > addr })
	if i == 0 {
		return "", false
	}
	return k.names[i-1], true
}

// Functions returns the names of the kernel's text symbols, sorted and
// without duplicates.
func (k *Kernel) Functions() []string {
	seen := map[string]bool{}
	var out []string
	for i, n := range k.names {
		if k.text[i] && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// TextSymbols returns the names of the functions (types t and T) of a
// /proc/kallsyms-style listing, sorted and without duplicates, without
// building the address table.
func TextSymbols(r io.Reader) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Bytes()
		// ADDR TYPE NAME [MODULE]
		sp := bytes.IndexByte(line, ' ')
		if sp < 0 || sp+3 >= len(line) || line[sp+1] != 't' && line[sp+1] != 'T' || line[sp+2] != ' ' {
			continue
		}
		name := line[sp+3:]
		if end := bytes.IndexAny(name, " \t"); end >= 0 {
			name = name[:end]
		}
		if !seen[string(name)] {
			s := string(name)
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out, sc.Err()
}
