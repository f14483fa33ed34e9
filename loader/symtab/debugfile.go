package symtab

import (
	"bytes"
	"debug/elf"
	"encoding/hex"
	"hash/crc32"
	"os"
	"path/filepath"
)

// DebugRoot is where separate debug files are installed.
var DebugRoot = "/usr/lib/debug"

// openDebugFile finds the separate debug file of the ELF file ef read
// from path, as bcc does: by build id under DebugRoot/.build-id, then by
// .gnu_debuglink (next to the file, in its .debug directory, under
// DebugRoot) with a matching CRC. It returns nil when there is none.
func openDebugFile(ef *elf.File, path string) *elf.File {
	if id := buildID(ef); len(id) > 1 {
		h := hex.EncodeToString(id)
		if df, err := elf.Open(filepath.Join(DebugRoot, ".build-id", h[:2], h[2:]+".debug")); err == nil {
			return df
		}
	}
	name, crc, ok := debugLink(ef)
	if !ok {
		return nil
	}
	dir := filepath.Dir(path)
	for i, cand := range []string{
		dir + "/" + name,
		dir + "/.debug/" + name,
		DebugRoot + dir + "/" + name,
	} {
		if i == 0 && sameFile(cand, path) {
			continue
		}
		b, err := os.ReadFile(cand)
		if err != nil || crc32.ChecksumIEEE(b) != crc {
			continue
		}
		if df, err := elf.NewFile(bytes.NewReader(b)); err == nil {
			return df
		}
	}
	return nil
}

// buildID returns the GNU build id note of ef.
func buildID(ef *elf.File) []byte {
	for _, s := range ef.Sections {
		if s.Type != elf.SHT_NOTE {
			continue
		}
		b, err := s.Data()
		if err != nil {
			continue
		}
		bo := ef.ByteOrder
		for len(b) >= 12 {
			namesz, descsz, typ := bo.Uint32(b), bo.Uint32(b[4:]), bo.Uint32(b[8:])
			nameEnd := 12 + align4(namesz)
			descEnd := nameEnd + align4(descsz)
			if uint64(descEnd) > uint64(len(b)) {
				break
			}
			if typ == 3 && namesz == 4 && string(b[12:15]) == "GNU" {
				return b[nameEnd : nameEnd+descsz]
			}
			b = b[descEnd:]
		}
	}
	return nil
}

func align4(n uint32) uint32 { return (n + 3) &^ 3 }

// debugLink reads the .gnu_debuglink section: a file name, padding, and
// the file's CRC32.
func debugLink(ef *elf.File) (string, uint32, bool) {
	s := ef.Section(".gnu_debuglink")
	if s == nil {
		return "", 0, false
	}
	b, err := s.Data()
	if err != nil || len(b) <= 5 {
		return "", 0, false
	}
	end := bytes.IndexByte(b, 0)
	if end <= 0 {
		return "", 0, false
	}
	off := (end + 4) &^ 3
	if off+4 > len(b) {
		return "", 0, false
	}
	return string(b[:end]), ef.ByteOrder.Uint32(b[off:]), true
}

// sameFile reports whether two paths name the same file.
func sameFile(a, b string) bool {
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}
