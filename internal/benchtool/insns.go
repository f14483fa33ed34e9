package main

import (
	"debug/elf"
	"strings"
)

// insnSlots is the number of 8-byte BPF instruction slots in the
// executable sections of the ELF object at path whose names have prefix
// (all executable sections when prefix is empty), and how many such
// non-empty sections there are.
func insnSlots(path, prefix string) (slots, progs int, err error) {
	f, err := elf.Open(path)
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	for _, s := range f.Sections {
		if s.Flags&elf.SHF_EXECINSTR == 0 || s.Size == 0 || !strings.HasPrefix(s.Name, prefix) {
			continue
		}
		slots += int(s.Size / 8)
		progs++
	}
	return slots, progs, nil
}
