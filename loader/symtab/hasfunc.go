package symtab

import (
	"debug/elf"
	"errors"
)

// HasFunc reports whether the ELF file at path, or its separate debug
// file, has a function symbol called name: what Open(path).Lookup(name)
// reports, without building the address index a full table needs (a
// compiler checking "uprobe:libc:getpid" wants no more than this).
func HasFunc(path, name string) (bool, error) {
	ef, err := elf.Open(path)
	if err != nil {
		return false, err
	}
	defer ef.Close()
	if df := openDebugFile(ef, path); df != nil {
		found, err := hasFunc(df, name)
		df.Close()
		if err != nil || found {
			return found, err
		}
	}
	return hasFunc(ef, name)
}

// hasFunc looks name up among the function symbols of ef's symbol tables
// that addSymbols would keep. 64-bit tables are scanned in place, comparing
// names without making strings of them (debug/elf's Symbols allocates one
// per symbol, most of the cost for libc).
func hasFunc(ef *elf.File, name string) (bool, error) {
	for _, typ := range []elf.SectionType{elf.SHT_DYNSYM, elf.SHT_SYMTAB} {
		found, err := hasFuncIn(ef, typ, name)
		if err != nil || found {
			return found, err
		}
	}
	return false, nil
}

// hasFuncIn looks name up in ef's first symbol table of type typ.
func hasFuncIn(ef *elf.File, typ elf.SectionType, name string) (bool, error) {
	var sec *elf.Section
	for _, s := range ef.Sections {
		if s.Type == typ {
			sec = s
			break
		}
	}
	if sec == nil || name == "" {
		return false, nil
	}
	if ef.Class != elf.ELFCLASS64 || int(sec.Link) >= len(ef.Sections) {
		return hasFuncSlow(ef, typ, name)
	}
	syms, err := sec.Data()
	if err != nil {
		return false, err
	}
	strs, err := ef.Sections[sec.Link].Data()
	if err != nil {
		return false, err
	}
	bo := ef.ByteOrder
	for off := elf.Sym64Size; off+elf.Sym64Size <= len(syms); off += elf.Sym64Size {
		s := syms[off:]
		t := elf.ST_TYPE(s[4])
		if t != elf.STT_FUNC && t != sttGNUIFunc || bo.Uint64(s[8:]) == 0 {
			continue
		}
		at := uint64(bo.Uint32(s))
		end := at + uint64(len(name))
		if end < uint64(len(strs)) && strs[end] == 0 && string(strs[at:end]) == name {
			return true, nil
		}
	}
	return false, nil
}

// hasFuncSlow is hasFuncIn through debug/elf, for 32-bit files.
func hasFuncSlow(ef *elf.File, typ elf.SectionType, name string) (bool, error) {
	read := ef.Symbols
	if typ == elf.SHT_DYNSYM {
		read = ef.DynamicSymbols
	}
	syms, err := read()
	if err != nil && !errors.Is(err, elf.ErrNoSymbols) {
		return false, err
	}
	for _, s := range syms {
		t := elf.ST_TYPE(s.Info)
		if s.Name == name && s.Value != 0 && (t == elf.STT_FUNC || t == sttGNUIFunc) {
			return true, nil
		}
	}
	return false, nil
}
