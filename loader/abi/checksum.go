package abi

import (
	"crypto/sha256"
	"debug/elf"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"math"
)

// ChecksumPrefix starts every [Meta.Checksum]: the only algorithm so far.
const ChecksumPrefix = "sha256:"

// Checksum returns the value of [Meta.Checksum] for the ELF object f:
// ChecksumPrefix and the hex SHA-256 of every section but [MetaSection], in
// section header order. Each section counts as its name, a NUL, its type,
// flags, link, info and size (little-endian u64 each), then its contents
// (none for SHT_NOBITS). Offsets do not count, so the metadata section can
// change size without changing the sum. An error means a section could not
// be read: the file is truncated.
func Checksum(f *elf.File) (string, error) {
	h := sha256.New()
	var hdr [5 * 8]byte
	buf := make([]byte, 32<<10) // copies sections into the hash
	for _, s := range f.Sections {
		if s.Type == elf.SHT_NULL || s.Name == MetaSection {
			continue
		}
		io.WriteString(h, s.Name)
		h.Write([]byte{0})
		le := binary.LittleEndian
		le.PutUint64(hdr[0:], uint64(s.Type))
		le.PutUint64(hdr[8:], uint64(s.Flags))
		le.PutUint64(hdr[16:], uint64(s.Link))
		le.PutUint64(hdr[24:], uint64(s.Info))
		le.PutUint64(hdr[32:], s.Size)
		h.Write(hdr[:])
		if s.Type == elf.SHT_NOBITS {
			continue
		}
		// Compressed sections have no raw reader; bpftc writes none.
		if s.Flags&elf.SHF_COMPRESSED != 0 {
			return "", fmt.Errorf("section %s: compressed", s.Name)
		}
		// Streamed, so that a size past the end of the file costs no
		// allocation of that size: the copy stops at the end of the file.
		n, err := io.CopyBuffer(h, io.LimitReader(s.Open(), int64(min(s.FileSize, math.MaxInt64))), buf)
		if uint64(n) != s.FileSize {
			if err == nil || err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return "", fmt.Errorf("section %s: %w", s.Name, err)
		}
	}
	return ChecksumPrefix + hex.EncodeToString(h.Sum(nil)), nil
}
