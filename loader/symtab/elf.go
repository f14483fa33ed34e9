package symtab

import (
	"debug/elf"
	"errors"
	"fmt"
	"sort"

	"github.com/bpftc/bpftc/internal/cxxsort"
)

// Symbol is a symbol of an ELF file: its value is a virtual address in the
// file's own layout.
type Symbol struct {
	Name  string
	Value uint64
	Size  uint64
	Func  bool // STT_FUNC or STT_GNU_IFUNC
}

// segment is a PT_LOAD program header.
type segment struct {
	vaddr, memsz, off, filesz uint64
}

// File is the symbol table of an ELF executable or shared object.
type File struct {
	Path string
	Type elf.Type
	syms []Symbol // in file order
	// byAddr indexes syms sorted by Value as bcc sorts them.
	byAddr []int
	// funcs maps function names to their first index in syms.
	funcs map[string]int
	segs  []segment
}

// STT_GNU_IFUNC, an indirect function (STT_LOOS).
const sttGNUIFunc = elf.SymType(10)

// Open reads the symbols (.symtab and .dynsym) and the loadable segments of
// the ELF file at path.
func Open(path string) (*File, error) {
	ef, err := elf.Open(path)
	if err != nil {
		return nil, err
	}
	defer ef.Close()
	f := &File{Path: path, Type: ef.Type, funcs: map[string]int{}}
	for _, p := range ef.Progs {
		if p.Type == elf.PT_LOAD {
			f.segs = append(f.segs, segment{p.Vaddr, p.Memsz, p.Off, p.Filesz})
		}
	}
	// bcc reads the separate debug file's symbols first, then the file's.
	if df := openDebugFile(ef, path); df != nil {
		err := f.addSymbols(df)
		df.Close()
		if err != nil {
			return nil, fmt.Errorf("read symbols of the debug file of %s: %w", path, err)
		}
	}
	if err := f.addSymbols(ef); err != nil {
		return nil, fmt.Errorf("read symbols of %s: %w", path, err)
	}
	for i, s := range f.syms {
		if _, dup := f.funcs[s.Name]; s.Func && !dup {
			f.funcs[s.Name] = i
		}
	}
	// bcc sorts by address with std::sort, whose order among symbols at
	// the same address (aliases such as getpid and __getpid) decides the
	// name printed.
	f.byAddr = make([]int, len(f.syms))
	for i := range f.byAddr {
		f.byAddr[i] = i
	}
	cxxsort.Sort(f.byAddr, func(a, b *int) bool { return f.syms[*a].Value < f.syms[*b].Value })
	return f, nil
}

// addSymbols appends the named, non-zero symbols of ef's symbol tables, in
// section order as bcc reads them.
func (f *File) addSymbols(ef *elf.File) error {
	readers := []func() ([]elf.Symbol, error){ef.Symbols, ef.DynamicSymbols}
	if sectionIndex(ef, elf.SHT_DYNSYM) < sectionIndex(ef, elf.SHT_SYMTAB) {
		readers[0], readers[1] = readers[1], readers[0]
	}
	for _, read := range readers {
		syms, err := read()
		if err != nil && !errors.Is(err, elf.ErrNoSymbols) {
			return err
		}
		for _, s := range syms {
			if s.Name == "" || s.Value == 0 {
				continue
			}
			typ := elf.ST_TYPE(s.Info)
			f.syms = append(f.syms, Symbol{Name: s.Name, Value: s.Value, Size: s.Size, Func: typ == elf.STT_FUNC || typ == sttGNUIFunc})
		}
	}
	return nil
}

// sectionIndex is the index of the first section of type t, or the number
// of sections.
func sectionIndex(ef *elf.File, t elf.SectionType) int {
	for i, s := range ef.Sections {
		if s.Type == t {
			return i
		}
	}
	return len(ef.Sections)
}

// Lookup returns the function symbol called name.
func (f *File) Lookup(name string) (Symbol, bool) {
	i, ok := f.funcs[name]
	if !ok {
		return Symbol{}, false
	}
	return f.syms[i], true
}

// FuncNames returns the names of the function symbols, sorted.
func (f *File) FuncNames() []string {
	names := make([]string, 0, len(f.funcs))
	for n := range f.funcs {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Containing returns the function symbol whose range holds vaddr, as bcc's
// sym_address_cb finds it for address uprobes (the first in file order).
func (f *File) Containing(vaddr uint64) (Symbol, bool) {
	for _, s := range f.syms {
		if s.Func && vaddr >= s.Value && vaddr < s.Value+s.Size {
			return s, true
		}
	}
	return Symbol{}, false
}

// At returns the symbol holding vaddr as bcc resolves user addresses: the
// last symbol (in bcc's order) at or below vaddr whose size covers it,
// looking through symbols nested in a larger one.
func (f *File) At(vaddr uint64) (Symbol, bool) {
	i := sort.Search(len(f.byAddr), func(i int) bool { return f.syms[f.byAddr[i]].Value > vaddr })
	if i == 0 {
		return Symbol{}, false
	}
	i--
	limit := f.syms[f.byAddr[i]].Value
	for ; i >= 0; i-- {
		s := f.syms[f.byAddr[i]]
		if vaddr < s.Value {
			break
		}
		if vaddr < s.Value+s.Size {
			return s, true
		}
		if limit > s.Value+s.Size {
			break
		}
	}
	return Symbol{}, false
}

// FileOffset converts a virtual address to an offset in the file through
// the loadable segment that holds it.
func (f *File) FileOffset(vaddr uint64) (uint64, bool) {
	for _, s := range f.segs {
		if vaddr >= s.vaddr && vaddr < s.vaddr+s.memsz {
			return vaddr - s.vaddr + s.off, true
		}
	}
	return 0, false
}

// VAddr converts a file offset to a virtual address through the loadable
// segment that maps it.
func (f *File) VAddr(off uint64) (uint64, bool) {
	for _, s := range f.segs {
		if off >= s.off && off < s.off+s.filesz {
			return off - s.off + s.vaddr, true
		}
	}
	return 0, false
}
