package compiler

import (
	"bytes"
	"crypto/sha256"
	"debug/elf"
	"encoding/binary"
	"encoding/hex"
	"fmt"

	"github.com/bpftc/bpftc/loader/abi"
)

// sectionSpan is where a section's contents are in an encoded object.
type sectionSpan struct {
	off, size uint64
}

// checksum returns [abi.Checksum] of the ELF64 object b, which elfwriter
// wrote, and where its metadata section is (size 0 when it has none). It
// reads the section headers straight from b instead of going through
// debug/elf; anything it does not expect from elfwriter (extended section
// numbering, compressed sections, names or contents out of bounds) sends
// it to the debug/elf reader, so both always agree.
func checksum(b []byte) (string, sectionSpan, error) {
	if sum, meta, ok := quickChecksum(b); ok {
		return sum, meta, nil
	}
	f, err := elf.NewFile(bytes.NewReader(b))
	if err != nil {
		return "", sectionSpan{}, fmt.Errorf("read back object: %w", err)
	}
	sum, err := abi.Checksum(f)
	if err != nil {
		return "", sectionSpan{}, fmt.Errorf("read back object: %w", err)
	}
	var meta sectionSpan
	if s := f.Section(abi.MetaSection); s != nil {
		meta = sectionSpan{s.Offset, s.Size}
	}
	return sum, meta, nil
}

// quickChecksum is checksum's fast path; ok is false when b is not the
// plain ELF64 object it expects.
func quickChecksum(b []byte) (sum string, meta sectionSpan, ok bool) {
	if len(b) < 64 || string(b[:4]) != elf.ELFMAG || elf.Class(b[elf.EI_CLASS]) != elf.ELFCLASS64 {
		return "", meta, false
	}
	var bo binary.ByteOrder
	switch elf.Data(b[elf.EI_DATA]) {
	case elf.ELFDATA2LSB:
		bo = binary.LittleEndian
	case elf.ELFDATA2MSB:
		bo = binary.BigEndian
	default:
		return "", meta, false
	}
	shoff := bo.Uint64(b[40:])
	shentsize := bo.Uint16(b[58:])
	shnum := uint64(bo.Uint16(b[60:]))
	shstrndx := uint64(bo.Uint16(b[62:]))
	const shdr = 64
	if shentsize != shdr || shnum == 0 || shstrndx >= shnum || shoff > uint64(len(b)) || shnum*shdr > uint64(len(b))-shoff {
		return "", meta, false
	}
	headers := b[shoff : shoff+shnum*shdr]
	contents := func(h []byte) ([]byte, bool) {
		off, size := bo.Uint64(h[24:]), bo.Uint64(h[32:])
		if off > uint64(len(b)) || size > uint64(len(b))-off {
			return nil, false
		}
		return b[off : off+size], true
	}
	strtab, ok := contents(headers[shstrndx*shdr:])
	if !ok || elf.SectionType(bo.Uint32(headers[shstrndx*shdr+4:])) == elf.SHT_NOBITS {
		return "", meta, false
	}
	h := sha256.New()
	var hdr [5 * 8]byte
	metaSeen := false
	for i := uint64(0); i < shnum; i++ {
		sh := headers[i*shdr : (i+1)*shdr]
		typ := elf.SectionType(bo.Uint32(sh[4:]))
		flags := bo.Uint64(sh[8:])
		if flags&uint64(elf.SHF_COMPRESSED) != 0 {
			return "", meta, false
		}
		nameOff := uint64(bo.Uint32(sh[0:]))
		if nameOff >= uint64(len(strtab)) {
			return "", meta, false
		}
		end := bytes.IndexByte(strtab[nameOff:], 0)
		if end < 0 {
			return "", meta, false
		}
		name := strtab[nameOff : nameOff+uint64(end)]
		if typ == elf.SHT_NULL {
			continue
		}
		if string(name) == abi.MetaSection {
			if !metaSeen {
				metaSeen = true
				meta = sectionSpan{bo.Uint64(sh[24:]), bo.Uint64(sh[32:])}
			}
			continue
		}
		h.Write(name)
		h.Write([]byte{0})
		le := binary.LittleEndian
		le.PutUint64(hdr[0:], uint64(typ))
		le.PutUint64(hdr[8:], flags)
		le.PutUint64(hdr[16:], uint64(bo.Uint32(sh[40:])))
		le.PutUint64(hdr[24:], uint64(bo.Uint32(sh[44:])))
		le.PutUint64(hdr[32:], bo.Uint64(sh[32:]))
		h.Write(hdr[:])
		if typ == elf.SHT_NOBITS {
			continue
		}
		data, ok := contents(sh)
		if !ok {
			return "", meta, false
		}
		h.Write(data)
	}
	var digest [sha256.Size]byte
	return abi.ChecksumPrefix + hex.EncodeToString(h.Sum(digest[:0])), meta, true
}
