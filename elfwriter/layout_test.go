package elfwriter_test

import (
	"bytes"
	"debug/elf"
	"testing"
)

// TestELFLayout checks the section checklist of object-format.md section 2
// with debug/elf.
func TestELFLayout(t *testing.T) {
	obj := fullObject()
	f, err := elf.NewFile(bytes.NewReader(mustBytes(t, obj)))
	if err != nil {
		t.Fatal(err)
	}
	if f.Class != elf.ELFCLASS64 || f.Type != elf.ET_REL || f.Machine != elf.EM_BPF {
		t.Errorf("header: %v %v %v", f.Class, f.Type, f.Machine)
	}

	want := map[string]struct {
		typ   elf.SectionType
		flags elf.SectionFlag
	}{
		"tracepoint/syscalls/sys_enter_getppid": {elf.SHT_PROGBITS, elf.SHF_ALLOC | elf.SHF_EXECINSTR},
		"raw_tp":                                {elf.SHT_PROGBITS, elf.SHF_ALLOC | elf.SHF_EXECINSTR},
		"perf_event":                            {elf.SHT_PROGBITS, elf.SHF_ALLOC | elf.SHF_EXECINSTR},
		"license":                               {elf.SHT_PROGBITS, elf.SHF_ALLOC | elf.SHF_WRITE},
		".maps":                                 {elf.SHT_PROGBITS, elf.SHF_ALLOC | elf.SHF_WRITE},
		".rodata":                               {elf.SHT_PROGBITS, elf.SHF_ALLOC},
		".data":                                 {elf.SHT_PROGBITS, elf.SHF_ALLOC | elf.SHF_WRITE},
		".bss":                                  {elf.SHT_NOBITS, elf.SHF_ALLOC | elf.SHF_WRITE},
		".BTF":                                  {elf.SHT_PROGBITS, 0},
		".BTF.ext":                              {elf.SHT_PROGBITS, 0},
		".bpftc.meta":                           {elf.SHT_PROGBITS, 0},
		".symtab":                               {elf.SHT_SYMTAB, 0},
		".strtab":                               {elf.SHT_STRTAB, 0},
		".shstrtab":                             {elf.SHT_STRTAB, 0},
	}
	symtab := f.Section(".symtab")
	for i, s := range f.Sections[1:] {
		if s.Type == elf.SHT_REL {
			target := f.Sections[s.Info]
			if s.Name != ".rel"+target.Name || s.Entsize != 16 || s.Link != uint32(sectionIndex(f, symtab)) || target.Flags&elf.SHF_EXECINSTR == 0 {
				t.Errorf("section %d %s: entsize %d link %d info %d (%s)", i+1, s.Name, s.Entsize, s.Link, s.Info, target.Name)
			}
			continue
		}
		w, ok := want[s.Name]
		if !ok || s.Type != w.typ || s.Flags != w.flags {
			t.Errorf("section %s: %v %v, want %v %v (known %v)", s.Name, s.Type, s.Flags, w.typ, w.flags, ok)
		}
		delete(want, s.Name)
	}
	if len(want) != 0 {
		t.Errorf("missing sections: %v", want)
	}

	if b, _ := f.Section("license").Data(); string(b) != "GPL\x00" {
		t.Errorf("license %q", b)
	}
	if b, _ := f.Section(".bpftc.meta").Data(); !bytes.Equal(b, obj.Extra[0].Contents) {
		t.Errorf(".bpftc.meta %q", b)
	}
	if b, _ := f.Section(".maps").Data(); bytes.ContainsFunc(b, func(r rune) bool { return r != 0 }) || len(b) == 0 {
		t.Errorf(".maps not zeroed: %x", b)
	}

	syms, err := f.Symbols() // without the null symbol
	if err != nil {
		t.Fatal(err)
	}
	firstGlobal := int(symtab.Info) - 1
	size := map[string]uint64{}
	for i, s := range syms {
		local := elf.ST_BIND(s.Info) == elf.STB_LOCAL
		if local != (i < firstGlobal) {
			t.Errorf("symbol %d %q: local %v, first global %d", i+1, s.Name, local, firstGlobal+1)
		}
		if elf.ST_TYPE(s.Info) == elf.STT_FUNC {
			size[f.Sections[s.Section].Name] += s.Size
		}
	}
	for _, s := range f.Sections {
		if s.Flags&elf.SHF_EXECINSTR != 0 && size[s.Name] != s.Size {
			t.Errorf("section %s: %d bytes, programs cover %d", s.Name, s.Size, size[s.Name])
		}
	}
}

func sectionIndex(f *elf.File, s *elf.Section) int {
	for i, x := range f.Sections {
		if x == s {
			return i
		}
	}
	return -1
}
