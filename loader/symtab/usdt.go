package symtab

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
)

// USDTProbe is one statically defined probe of an ELF file, as its
// .note.stapsdt notes describe it: every note with the same provider and
// name is one location of the probe (a probe macro inlined or repeated).
type USDTProbe struct {
	Path     string // the file the notes were read from
	Provider string
	Name     string
	// Semaphore is the virtual address of the probe's is-enabled counter
	// (a u16 the program tests before firing), 0 when it has none.
	Semaphore uint64
	Locations []USDTLocation
}

// USDTLocation is one place a probe fires: the virtual address of its nop
// and its argument specification, e.g. "-4@%edi 8@-16(%rbp) 4@$5".
type USDTLocation struct {
	PC   uint64
	Args string
}

// The owner and type of a SystemTap SDT note, and the section that anchors
// prelink adjustments.
const (
	sdtNoteOwner   = "stapsdt"
	sdtNoteType    = 3
	sdtNoteSection = ".note.stapsdt"
	sdtBaseSection = ".stapsdt.base"
)

// USDTProbes reads the SDT notes of the ELF file at path, grouping them by
// provider and name in the order the probes first appear, as bcc does. A
// file without notes has no probes and no error.
func USDTProbes(path string) ([]USDTProbe, error) {
	ef, err := elf.Open(path)
	if err != nil {
		return nil, err
	}
	defer ef.Close()
	return readUSDT(ef, path)
}

// readUSDT reads the notes of an open ELF file.
func readUSDT(ef *elf.File, path string) ([]USDTProbe, error) {
	sec := ef.Section(sdtNoteSection)
	if sec == nil {
		return nil, nil
	}
	data, err := sec.Data()
	if err != nil {
		return nil, fmt.Errorf("read %s of %s: %w", sdtNoteSection, path, err)
	}
	// A prelinked file moved its code: the base section's address now
	// differs from the one recorded in the notes by the same amount.
	var base uint64
	hasBase := false
	if b := ef.Section(sdtBaseSection); b != nil {
		base, hasBase = b.Addr, true
	}
	addrSize := 8
	if ef.Class == elf.ELFCLASS32 {
		addrSize = 4
	}
	var probes []USDTProbe
	index := map[[2]string]int{}
	for len(data) > 0 {
		n, rest, err := nextNote(data, ef.ByteOrder)
		if err != nil {
			return nil, fmt.Errorf("read %s of %s: %w", sdtNoteSection, path, err)
		}
		data = rest
		if n.owner != sdtNoteOwner || n.typ != sdtNoteType {
			continue
		}
		d, err := decodeSDT(n.desc, addrSize, ef.ByteOrder)
		if err != nil {
			return nil, fmt.Errorf("read %s of %s: %w", sdtNoteSection, path, err)
		}
		if hasBase && d.base != 0 {
			d.pc += base - d.base
			if d.sem != 0 {
				d.sem += base - d.base
			}
		}
		key := [2]string{d.provider, d.name}
		i, ok := index[key]
		if !ok {
			i = len(probes)
			index[key] = i
			probes = append(probes, USDTProbe{Path: path, Provider: d.provider, Name: d.name, Semaphore: d.sem})
		}
		probes[i].Locations = append(probes[i].Locations, USDTLocation{PC: d.pc, Args: d.args})
	}
	return probes, nil
}

// note is one ELF note.
type note struct {
	owner string
	typ   uint32
	desc  []byte
}

// nextNote splits the first note off data: namesz, descsz and type, then
// the owner name and the descriptor, each padded to 4 bytes.
func nextNote(data []byte, bo binary.ByteOrder) (note, []byte, error) {
	if len(data) < 12 {
		return note{}, nil, errors.New("truncated note header")
	}
	namesz := uint64(bo.Uint32(data[0:]))
	descsz := uint64(bo.Uint32(data[4:]))
	typ := bo.Uint32(data[8:])
	data = data[12:]
	nameEnd := noteAlign(namesz)
	descEnd := nameEnd + noteAlign(descsz)
	if uint64(len(data)) < nameEnd+descsz {
		return note{}, nil, errors.New("truncated note")
	}
	owner := string(bytes.TrimRight(data[:namesz], "\x00"))
	desc := data[nameEnd : nameEnd+descsz]
	if uint64(len(data)) < descEnd {
		descEnd = uint64(len(data))
	}
	return note{owner: owner, typ: typ, desc: desc}, data[descEnd:], nil
}

// noteAlign rounds a note field's size up to 4 bytes.
func noteAlign(n uint64) uint64 { return (n + 3) &^ 3 }

// sdtDesc is a decoded SDT note descriptor.
type sdtDesc struct {
	pc, base, sem        uint64
	provider, name, args string
}

// decodeSDT decodes a note descriptor: the probe's address, the link-time
// address of _.stapsdt.base and the semaphore's address, then the
// NUL-terminated provider, name and argument strings.
func decodeSDT(desc []byte, addrSize int, bo binary.ByteOrder) (sdtDesc, error) {
	if len(desc) < 3*addrSize {
		return sdtDesc{}, errors.New("truncated stapsdt note")
	}
	addr := func(i int) uint64 {
		if addrSize == 4 {
			return uint64(bo.Uint32(desc[i*4:]))
		}
		return bo.Uint64(desc[i*8:])
	}
	d := sdtDesc{pc: addr(0), base: addr(1), sem: addr(2)}
	strs := bytes.SplitN(desc[3*addrSize:], []byte{0}, 4)
	if len(strs) < 3 {
		return sdtDesc{}, errors.New("stapsdt note without provider, name and arguments")
	}
	d.provider, d.name, d.args = string(strs[0]), string(strs[1]), string(strs[2])
	if d.provider == "" || d.name == "" {
		return sdtDesc{}, errors.New("stapsdt note with an empty provider or name")
	}
	return d, nil
}
