package symtab

import (
	"bytes"
	"io"
	"os"
	"strconv"
)

// LookupKallsyms finds the addresses of names in a /proc/kallsyms-style
// listing ("ADDR TYPE NAME[\tMODULE]" lines) in one pass: for each name
// the first line that lists it with a non-zero address (under
// kptr_restrict every address reads 0). Names not listed are absent from
// the result.
func LookupKallsyms(r io.Reader, names []string) (map[string]uint64, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return lookupKallsyms(data, names), nil
}

// LookupKernelSymbols is [LookupKallsyms] on /proc/kallsyms.
func LookupKernelSymbols(names []string) (map[string]uint64, error) {
	data, err := os.ReadFile(KallsymsPath)
	if err != nil {
		return nil, err
	}
	return lookupKallsyms(data, names), nil
}

func lookupKallsyms(data []byte, names []string) map[string]uint64 {
	want := make(map[string]bool, len(names))
	for _, n := range names {
		want[n] = true
	}
	found := make(map[string]uint64, len(names))
	for len(data) > 0 && len(found) < len(want) {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		// ADDR TYPE NAME, then a tab and [MODULE] for a module's symbol.
		sp := bytes.IndexByte(line, ' ')
		if sp < 0 || sp+3 > len(line) || line[sp+2] != ' ' {
			continue
		}
		name := line[sp+3:]
		if t := bytes.IndexByte(name, '\t'); t >= 0 {
			name = name[:t]
		}
		if !want[string(name)] {
			continue
		}
		if _, dup := found[string(name)]; dup {
			continue
		}
		addr, err := strconv.ParseUint(string(line[:sp]), 16, 64)
		if err == nil && addr != 0 {
			found[string(name)] = addr
		}
	}
	return found
}
