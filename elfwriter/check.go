package elfwriter

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/cilium/ebpf"
)

// symKind says what a global symbol names.
type symKind uint8

const (
	kindProgram symKind = iota + 1
	kindMap
	kindVar
)

// global is a named global symbol of the object.
type global struct {
	kind symKind
	sym  uint32 // index in .symtab
	idx  int    // index in Object.Programs, Object.Maps or Object.Data
	v    int    // index in Data.Variables (kindVar)
}

// index gives what references and symbols need to know about an Object.
// Symbol order in .symtab: null, one section symbol per data section, then
// the globals: programs, maps, variables, each in Object order.
type index struct {
	obj     *Object
	globals map[string]global
	data    map[string]int // data section name -> index in Object.Data
	// subs are the static subprograms (programs in .text, see text.go):
	// their symbols are locals after the data section symbols.
	subs    map[string]sub
	textSym uint32 // .symtab index of .text's section symbol, when subs
}

// sectionSym is the .symtab index of data section d's section symbol.
func sectionSym(d int) uint32 { return uint32(1 + d) }

// check validates obj and indexes its symbols. It never modifies obj.
func check(obj *Object) (*index, error) {
	if obj.License == "" {
		return nil, errors.New("license: missing")
	}
	if strings.IndexByte(obj.License, 0) >= 0 {
		return nil, errors.New("license: contains a NUL byte")
	}
	if len(obj.Programs) == 0 {
		return nil, errors.New("object has no programs")
	}
	c := &checker{
		ix: &index{
			obj:     obj,
			globals: make(map[string]global, len(obj.Programs)+len(obj.Maps)),
			data:    make(map[string]int, len(obj.Data)),
		},
		sections: make(map[string]string),
		next:     uint32(1 + len(obj.Data)),
	}
	if err := c.subprograms(obj); err != nil {
		return nil, err
	}
	for _, step := range []func(*Object) error{c.programs, c.maps, c.data, c.extras} {
		if err := step(obj); err != nil {
			return nil, err
		}
	}
	return c.ix, nil
}

// checker holds the state of check.
type checker struct {
	ix       *index
	sections map[string]string // ELF section name -> its user, for errors
	next     uint32            // .symtab index of the next global
}

// symbol adds a global symbol.
func (c *checker) symbol(name string, g global) error {
	if !isIdent(name) {
		return fmt.Errorf("symbol %q: not a C identifier", name)
	}
	if _, dup := c.ix.globals[name]; dup {
		return fmt.Errorf("symbol %s: duplicate", name)
	}
	if _, dup := c.ix.subs[name]; dup {
		return fmt.Errorf("symbol %s: duplicate", name)
	}
	g.sym = c.next
	c.next++
	c.ix.globals[name] = g
	return nil
}

func (c *checker) programs(obj *Object) error {
	for i := range obj.Programs {
		p := &obj.Programs[i]
		if p.Section != textSection {
			if err := c.symbol(p.Name, global{kind: kindProgram, idx: i}); err != nil {
				return fmt.Errorf("program: %w", err)
			}
			if err := checkProgramSection(p.Section); err != nil {
				return fmt.Errorf("program %s: %w", p.Name, err)
			}
		}
		if len(p.Insns) == 0 {
			return fmt.Errorf("program %s: no instructions", p.Name)
		}
		if err := checkExt(p); err != nil {
			return fmt.Errorf("program %s: %w", p.Name, err)
		}
		c.sections[p.Section] = "a program section"
	}
	return nil
}

func (c *checker) maps(obj *Object) error {
	for i := range obj.Maps {
		m := &obj.Maps[i]
		if err := c.symbol(m.Name, global{kind: kindMap, idx: i}); err != nil {
			return fmt.Errorf("map: %w", err)
		}
		if err := checkMap(m); err != nil {
			return fmt.Errorf("map %s: %w", m.Name, err)
		}
	}
	return nil
}

func (c *checker) data(obj *Object) error {
	for i := range obj.Data {
		d := &obj.Data[i]
		if err := checkData(d); err != nil {
			return fmt.Errorf("data section %q: %w", d.Name, err)
		}
		if _, dup := c.ix.data[d.Name]; dup {
			return fmt.Errorf("data section %s: duplicate", d.Name)
		}
		c.ix.data[d.Name] = i
		c.sections[d.Name] = "a data section"
		for j := range d.Variables {
			if err := c.symbol(d.Variables[j].Name, global{kind: kindVar, idx: i, v: j}); err != nil {
				return fmt.Errorf("data section %s: variable: %w", d.Name, err)
			}
		}
	}
	return nil
}

func (c *checker) extras(obj *Object) error {
	for _, s := range obj.Extra {
		if err := checkSectionName(s.Name); err != nil {
			return fmt.Errorf("extra section %q: %w", s.Name, err)
		}
		if use, dup := c.sections[s.Name]; dup {
			return fmt.Errorf("extra section %s: name already used by %s", s.Name, use)
		}
		c.sections[s.Name] = "another extra section"
	}
	return nil
}

// checkMap validates a map definition.
func checkMap(m *Map) error {
	if m.Type == ebpf.UnspecifiedMap {
		return errors.New("unspecified map type")
	}
	if m.Type == ebpf.RingBuf && (m.KeySize != 0 || m.ValueSize != 0 || m.Key != nil || m.Value != nil) {
		return errors.New("ring buffer with a key or value")
	}
	if _, err := typeSize(m.Key, m.KeySize); err != nil {
		return fmt.Errorf("key: %w", err)
	}
	if _, err := typeSize(m.Value, m.ValueSize); err != nil {
		return fmt.Errorf("value: %w", err)
	}
	return nil
}

// checkData validates a data section and its variables.
func checkData(d *Data) error {
	if !isDataName(d.Name) {
		return errors.New("name is not .bss, .data[.name] or .rodata[.name]")
	}
	if d.Size == 0 {
		return errors.New("size 0")
	}
	if d.Contents != nil && uint64(len(d.Contents)) != uint64(d.Size) {
		return fmt.Errorf("%d bytes of contents for size %d", len(d.Contents), d.Size)
	}
	if d.Name == ".bss" && slices.ContainsFunc(d.Contents, func(b byte) bool { return b != 0 }) {
		return errors.New("non-zero contents in a NOBITS section")
	}
	vars := sortedVars(d.Variables)
	for i, v := range vars {
		if v.Size == 0 {
			return fmt.Errorf("variable %s: size 0", v.Name)
		}
		if uint64(v.Offset)+uint64(v.Size) > uint64(d.Size) {
			return fmt.Errorf("variable %s: bytes %d..%d outside the section's %d", v.Name, v.Offset, uint64(v.Offset)+uint64(v.Size), d.Size)
		}
		if i > 0 && v.Offset < vars[i-1].Offset+vars[i-1].Size {
			return fmt.Errorf("variable %s overlaps variable %s", v.Name, vars[i-1].Name)
		}
		if _, err := typeSize(v.Type, v.Size); err != nil {
			return fmt.Errorf("variable %s: %w", v.Name, err)
		}
	}
	return nil
}

// sortedVars returns vars ordered by offset, keeping the given order for
// equal offsets.
func sortedVars(vars []Variable) []Variable {
	s := slices.Clone(vars)
	slices.SortStableFunc(s, func(a, b Variable) int { return cmp.Compare(a.Offset, b.Offset) })
	return s
}

// reservedPrefixes are section name prefixes that cilium/ebpf or libbpf
// interpret; neither programs nor extra sections may use them.
var reservedPrefixes = []string{"license", "version", "maps", ".maps", ".data", ".rodata", ".bss", ".rel", ".BTF", ".text", ".symtab", ".strtab", ".shstrtab", ".struct_ops", ".kconfig", ".ksyms"}

// checkProgramSection validates a program section name.
func checkProgramSection(name string) error {
	if err := checkSectionName(name); err != nil {
		return err
	}
	if name[0] == '.' {
		return fmt.Errorf("section %q: program sections must not start with '.'", name)
	}
	return nil
}

// checkSectionName rejects empty names, control characters and the names
// the loaders give a meaning.
func checkSectionName(name string) error {
	if name == "" {
		return errors.New("empty section name")
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; c < 0x20 || c == 0x7f {
			return fmt.Errorf("section %q: control character in name", name)
		}
	}
	for _, p := range reservedPrefixes {
		if strings.HasPrefix(name, p) {
			return fmt.Errorf("section %q: name prefix %q is reserved", name, p)
		}
	}
	return nil
}

// isIdent reports whether s is a C identifier.
func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || i > 0 && '0' <= c && c <= '9' {
			continue
		}
		return false
	}
	return true
}

// isDataName reports whether s names a data section both loaders turn into
// an array map: .bss, .data, .rodata, or .data.x / .rodata.x.
func isDataName(s string) bool {
	if s == ".bss" {
		return true
	}
	rest, ok := strings.CutPrefix(s, ".data")
	if !ok {
		rest, ok = strings.CutPrefix(s, ".rodata")
	}
	if !ok {
		return false
	}
	if rest == "" {
		return true
	}
	if rest[0] != '.' || len(rest) == 1 {
		return false
	}
	for i := 1; i < len(rest); i++ {
		c := rest[i]
		if c != '.' && c != '_' && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}
