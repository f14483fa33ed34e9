package elfwriter

import (
	"debug/elf"
	"encoding/binary"
	"errors"
	"io"
	"strings"
)

// Write encodes obj as an ELF64 relocatable BPF object and writes it to w in
// one call, so that w receives nothing when obj is invalid. The same Object
// always gives the same bytes.
func Write(w io.Writer, obj *Object) error {
	b, err := Bytes(obj)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// Bytes returns obj encoded as an ELF64 relocatable BPF object; see [Write].
func Bytes(obj *Object) ([]byte, error) {
	if obj == nil {
		return nil, errors.New("nil object")
	}
	bo, err := byteOrder(obj.ByteOrder)
	if err != nil {
		return nil, err
	}
	ix, err := check(obj)
	if err != nil {
		return nil, err
	}
	progs, err := encodePrograms(obj, ix, bo)
	if err != nil {
		return nil, err
	}
	blob, ext, maps, err := encodeBTF(obj, bo, progs)
	if err != nil {
		return nil, err
	}
	return layout(obj, bo, progs, blob, ext, maps)
}

// byteOrder maps the requested order to binary.LittleEndian or
// binary.BigEndian.
func byteOrder(bo binary.ByteOrder) (binary.ByteOrder, error) {
	switch bo {
	case binary.LittleEndian, binary.BigEndian:
		return bo, nil
	case nil, binary.NativeEndian:
		if binary.NativeEndian.Uint16([]byte{1, 0}) == 1 {
			return binary.LittleEndian, nil
		}
		return binary.BigEndian, nil
	}
	return nil, errors.New("byte order: neither little nor big endian")
}

// layout puts the encoded parts into sections, builds the symbol table and
// encodes the file. Section order follows LLVM: programs each followed by
// its relocations, license, .maps, data, .BTF, .BTF.ext, then the extra
// sections and the symbol and string tables.
func layout(obj *Object, bo binary.ByteOrder, progs []*progSection, blob, ext []byte, maps mapLayout) ([]byte, error) {
	var secs []section
	add := func(s section) uint16 {
		secs = append(secs, s)
		return uint16(len(secs)) // index 0 is SHT_NULL
	}
	var relSecs []int // positions in secs whose sh_link is .symtab

	progIdx := make([]uint16, len(progs))
	for i, p := range progs {
		progIdx[i] = add(section{name: p.name, typ: elf.SHT_PROGBITS, flags: elf.SHF_ALLOC | elf.SHF_EXECINSTR, data: p.code, align: 8})
		if len(p.rels) > 0 {
			add(section{name: ".rel" + p.name, typ: elf.SHT_REL, flags: elf.SHF_INFO_LINK, data: encodeRels(bo, p.rels), info: uint32(progIdx[i]), align: 8, entsize: relSize})
			relSecs = append(relSecs, len(secs)-1)
		}
	}
	add(section{name: "license", typ: elf.SHT_PROGBITS, flags: elf.SHF_ALLOC | elf.SHF_WRITE, data: append([]byte(obj.License), 0), align: 1})
	var mapsIdx uint16
	if len(obj.Maps) > 0 {
		mapsIdx = add(section{name: ".maps", typ: elf.SHT_PROGBITS, flags: elf.SHF_ALLOC | elf.SHF_WRITE, data: make([]byte, maps.size), align: 8})
	}
	dataIdx := make([]uint16, len(obj.Data))
	for i := range obj.Data {
		dataIdx[i] = add(dataSection(&obj.Data[i]))
	}
	if blob != nil {
		add(section{name: ".BTF", typ: elf.SHT_PROGBITS, data: blob, align: 4})
	}
	if ext != nil {
		add(section{name: ".BTF.ext", typ: elf.SHT_PROGBITS, data: ext, align: 4})
	}
	for _, x := range obj.Extra {
		add(section{name: x.Name, typ: elf.SHT_PROGBITS, data: x.Contents, align: 1})
	}

	syms, locals := symbols(obj, progs, progIdx, mapsIdx, maps, dataIdx)
	symtab, strtab := encodeSymtab(bo, syms)
	symtabIdx := add(section{name: ".symtab", typ: elf.SHT_SYMTAB, data: symtab, info: uint32(locals), align: 8, entsize: symSize})
	secs[symtabIdx-1].link = uint32(add(section{name: ".strtab", typ: elf.SHT_STRTAB, data: strtab, align: 1}))
	for _, i := range relSecs {
		secs[i].link = uint32(symtabIdx)
	}
	return encodeELF(bo, secs)
}

// dataSection returns the ELF section of a data section: .rodata* read
// only, .data* writable, .bss writable and without contents.
func dataSection(d *Data) section {
	s := section{name: d.Name, typ: elf.SHT_PROGBITS, flags: elf.SHF_ALLOC | elf.SHF_WRITE, data: d.Contents, align: 8}
	switch {
	case d.Name == ".bss":
		s.typ, s.data, s.size = elf.SHT_NOBITS, nil, uint64(d.Size)
	case strings.HasPrefix(d.Name, ".rodata"):
		s.flags = elf.SHF_ALLOC
	}
	if s.typ == elf.SHT_PROGBITS && s.data == nil {
		s.data = make([]byte, d.Size)
	}
	return s
}

// symbols returns the symbol table in the order index assumes: null, the
// data section symbols, .text's section symbol and the subprograms (when
// there are any), then programs, maps and variables; and the number of
// local symbols.
func symbols(obj *Object, progs []*progSection, progIdx []uint16, mapsIdx uint16, maps mapLayout, dataIdx []uint16) ([]symbol, int) {
	n := 2 + len(obj.Data) + len(obj.Programs) + len(obj.Maps)
	for _, d := range obj.Data {
		n += len(d.Variables)
	}
	syms := make([]symbol, 1, n)
	for _, idx := range dataIdx {
		syms = append(syms, symbol{info: elf.ST_INFO(elf.STB_LOCAL, elf.STT_SECTION), shndx: idx})
	}

	funcs := make([]symbol, len(obj.Programs))
	var subs []symbol
	for i, s := range progs {
		if s.name == textSection {
			subs = append(subs, symbol{info: elf.ST_INFO(elf.STB_LOCAL, elf.STT_SECTION), shndx: progIdx[i]})
		}
		for _, p := range s.progs {
			bind := elf.STB_GLOBAL
			if s.name == textSection {
				bind = elf.STB_LOCAL
			}
			funcs[p.prog] = symbol{name: obj.Programs[p.prog].Name, info: elf.ST_INFO(bind, elf.STT_FUNC), shndx: progIdx[i], value: p.off, size: p.size}
		}
	}
	for i, f := range funcs {
		if obj.Programs[i].Section == textSection {
			subs = append(subs, f)
		}
	}
	syms = append(syms, subs...)
	locals := len(syms)
	for i, f := range funcs {
		if obj.Programs[i].Section != textSection {
			syms = append(syms, f)
		}
	}

	object := elf.ST_INFO(elf.STB_GLOBAL, elf.STT_OBJECT)
	for i, m := range obj.Maps {
		syms = append(syms, symbol{name: m.Name, info: object, shndx: mapsIdx, value: uint64(maps.offsets[i]), size: uint64(maps.sizes[i])})
	}
	for i, d := range obj.Data {
		for _, v := range d.Variables {
			syms = append(syms, symbol{name: v.Name, info: object, shndx: dataIdx[i], value: uint64(v.Offset), size: uint64(v.Size)})
		}
	}
	return syms, locals
}
