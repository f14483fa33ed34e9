package elfwriter

import (
	"debug/elf"
	"encoding/binary"
	"fmt"
)

// Sizes of the ELF64 records this package writes.
const (
	ehdrSize = 64
	shdrSize = 64
	symSize  = 24
	relSize  = 16
)

// section is one ELF section before layout. Index 0 (SHT_NULL) and the
// section name table are added by encodeELF.
type section struct {
	name    string
	typ     elf.SectionType
	flags   elf.SectionFlag
	data    []byte // contents; nil for SHT_NOBITS
	size    uint64 // size of a SHT_NOBITS section
	link    uint32
	info    uint32
	align   uint64
	entsize uint64
}

// symbol is one .symtab entry.
type symbol struct {
	name  string
	info  byte // elf.ST_INFO(bind, type)
	shndx uint16
	value uint64
	size  uint64
}

// rel is one Elf64_Rel entry, of type R_BPF_64_64 unless typ says else.
type rel struct {
	off uint64 // byte offset of the instruction in its section
	sym uint32 // symbol table index
	typ uint32 // 0 (R_BPF_64_64) or relCall
}

// rBPF64_64 is R_BPF_64_64, the relocation of an ld_imm64 instruction.
const rBPF64_64 = 1

// relCall is R_BPF_64_32, the relocation of a BPF-to-BPF call.
const relCall = 10

// encodeRels encodes rels as the contents of a SHT_REL section.
func encodeRels(bo binary.ByteOrder, rels []rel) []byte {
	b := make([]byte, len(rels)*relSize)
	for i, r := range rels {
		e := b[i*relSize:]
		bo.PutUint64(e[0:], r.off)
		typ := uint32(rBPF64_64)
		if r.typ != 0 {
			typ = r.typ
		}
		bo.PutUint64(e[8:], uint64(r.sym)<<32|uint64(typ))
	}
	return b
}

// encodeSymtab encodes syms as the contents of .symtab and its .strtab.
// Symbols with an empty name (null, section symbols) get string offset 0.
func encodeSymtab(bo binary.ByteOrder, syms []symbol) (symtab, strtab []byte) {
	symtab = make([]byte, len(syms)*symSize)
	strtab = []byte{0}
	for i, s := range syms {
		e := symtab[i*symSize:]
		if s.name != "" {
			bo.PutUint32(e[0:], uint32(len(strtab)))
			strtab = append(strtab, s.name...)
			strtab = append(strtab, 0)
		}
		e[4] = s.info
		e[5] = byte(elf.STV_DEFAULT)
		bo.PutUint16(e[6:], s.shndx)
		bo.PutUint64(e[8:], s.value)
		bo.PutUint64(e[16:], s.size)
	}
	return symtab, strtab
}

// encodeELF lays out an ET_REL, EM_BPF object: header, the contents of
// secs in order, then the section header table. secs[i] gets section index
// i+1; a .shstrtab section is appended after them.
func encodeELF(bo binary.ByteOrder, secs []section) ([]byte, error) {
	shnum := len(secs) + 2 // null and .shstrtab
	if shnum >= int(elf.SHN_LORESERVE) {
		return nil, fmt.Errorf("layout: %d sections, at most %d allowed", shnum, elf.SHN_LORESERVE-1)
	}

	shstrtab := []byte{0}
	nameOff := make([]uint32, len(secs)+1)
	for i, s := range secs {
		nameOff[i] = uint32(len(shstrtab))
		shstrtab = append(shstrtab, s.name...)
		shstrtab = append(shstrtab, 0)
	}
	nameOff[len(secs)] = uint32(len(shstrtab))
	shstrtab = append(shstrtab, ".shstrtab\x00"...)
	secs = append(secs, section{name: ".shstrtab", typ: elf.SHT_STRTAB, data: shstrtab, align: 1})

	size := ehdrSize + shnum*shdrSize
	for _, s := range secs {
		size += len(s.data) + int(s.align)
	}
	buf := make([]byte, ehdrSize, size)

	offs := make([]uint64, len(secs))
	for i, s := range secs {
		buf = pad(buf, s.align)
		offs[i] = uint64(len(buf))
		if s.typ != elf.SHT_NOBITS {
			buf = append(buf, s.data...)
		}
	}
	buf = pad(buf, 8)
	shoff := uint64(len(buf))

	buf = append(buf, make([]byte, shdrSize)...) // SHT_NULL
	for i, s := range secs {
		h := make([]byte, shdrSize)
		size := uint64(len(s.data))
		if s.typ == elf.SHT_NOBITS {
			size = s.size
		}
		bo.PutUint32(h[0:], nameOff[i])
		bo.PutUint32(h[4:], uint32(s.typ))
		bo.PutUint64(h[8:], uint64(s.flags))
		// h[16:24] sh_addr stays 0 in a relocatable object.
		bo.PutUint64(h[24:], offs[i])
		bo.PutUint64(h[32:], size)
		bo.PutUint32(h[40:], s.link)
		bo.PutUint32(h[44:], s.info)
		bo.PutUint64(h[48:], s.align)
		bo.PutUint64(h[56:], s.entsize)
		buf = append(buf, h...)
	}

	putHeader(buf[:ehdrSize], bo, shoff, uint16(shnum))
	return buf, nil
}

// putHeader writes the ELF header; the section name table is the last
// section.
func putHeader(h []byte, bo binary.ByteOrder, shoff uint64, shnum uint16) {
	copy(h, elf.ELFMAG)
	h[elf.EI_CLASS] = byte(elf.ELFCLASS64)
	h[elf.EI_DATA] = byte(elf.ELFDATA2LSB)
	if bo == binary.BigEndian {
		h[elf.EI_DATA] = byte(elf.ELFDATA2MSB)
	}
	h[elf.EI_VERSION] = byte(elf.EV_CURRENT)
	h[elf.EI_OSABI] = byte(elf.ELFOSABI_NONE)
	bo.PutUint16(h[16:], uint16(elf.ET_REL))
	bo.PutUint16(h[18:], uint16(elf.EM_BPF))
	bo.PutUint32(h[20:], uint32(elf.EV_CURRENT))
	// e_entry and e_phoff stay 0.
	bo.PutUint64(h[40:], shoff)
	// e_flags stays 0.
	bo.PutUint16(h[52:], ehdrSize)
	// e_phentsize and e_phnum stay 0.
	bo.PutUint16(h[58:], shdrSize)
	bo.PutUint16(h[60:], shnum)
	bo.PutUint16(h[62:], shnum-1)
}

// pad appends zero bytes to b up to a multiple of align.
func pad(b []byte, align uint64) []byte {
	if align <= 1 {
		return b
	}
	for uint64(len(b))%align != 0 {
		b = append(b, 0)
	}
	return b
}
