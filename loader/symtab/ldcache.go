package symtab

import (
	"bytes"
	"encoding/binary"
	"os"
	"strings"
)

// LdCachePath is the dynamic linker's cache of library paths.
const LdCachePath = "/etc/ld.so.cache"

// ldCache formats (glibc's elf/cache.c).
const (
	ldCacheOldMagic = "ld.so-1.7.0"
	ldCacheNewMagic = "glibc-ld.so.cache1.1"
	ldCacheNewHead  = 48 // magic+version, nlibs, len_strings, flags, extension offset, 3 unused
	ldCacheNewEntry = 24 // flags, key, value, osversion, hwcap
	ldCacheOldEntry = 12 // flags, key, value
)

// Library entry flags: an ELF libc6 library and its ABI.
const (
	ldFlagTypeMask = 0x00ff
	ldFlagLibc6    = 0x0003
	ldFlagABIMask  = 0xff00
)

// lib64ABIs are the ABI flags of 64-bit libraries (bcc's match_so_flags).
var lib64ABIs = map[int32]bool{0x0100: true, 0x0200: true, 0x0300: true, 0x0400: true, 0x0500: true, 0x0a00: true}

// ldEntry is one library of the cache.
type ldEntry struct {
	flags      int32
	name, path string
}

// readLdCache parses an ld.so.cache image in the new format, after an old
// format part if there is one.
func readLdCache(b []byte) []ldEntry {
	le := binary.LittleEndian
	if bytes.HasPrefix(b, []byte(ldCacheOldMagic)) {
		if len(b) < 16 {
			return nil
		}
		n := int(le.Uint32(b[12:]))
		off := 16 + n*ldCacheOldEntry
		off = (off + 7) &^ 7
		if off > len(b) {
			return nil
		}
		b = b[off:]
	}
	if !bytes.HasPrefix(b, []byte(ldCacheNewMagic)) || len(b) < ldCacheNewHead {
		return nil
	}
	n := int(le.Uint32(b[20:]))
	str := func(off uint32) string {
		if int(off) >= len(b) {
			return ""
		}
		s := b[off:]
		if i := bytes.IndexByte(s, 0); i >= 0 {
			s = s[:i]
		}
		return string(s)
	}
	var out []ldEntry
	for i := 0; i < n; i++ {
		e := ldCacheNewHead + i*ldCacheNewEntry
		if e+ldCacheNewEntry > len(b) {
			break
		}
		out = append(out, ldEntry{int32(le.Uint32(b[e:])), str(le.Uint32(b[e+4:])), str(le.Uint32(b[e+8:]))})
	}
	return out
}

// matchSoFlags reports whether a cache entry is a library this (64-bit)
// process could load.
func matchSoFlags(flags int32) bool {
	return flags&ldFlagTypeMask == ldFlagLibc6 && lib64ABIs[flags&ldFlagABIMask]
}

// Library finds the path of library "lib"+name (uprobe:libc:f names "c") in
// the ld.so cache the way bcc_procutils_which_so does: the first entry whose
// name starts with "lib<name>.so". A name with a '/' is a path already.
func Library(name string) (string, bool) {
	if strings.Contains(name, "/") {
		return name, true
	}
	b, err := os.ReadFile(LdCachePath)
	if err != nil {
		return "", false
	}
	soname := "lib" + name + ".so"
	for _, e := range readLdCache(b) {
		if strings.HasPrefix(e.name, soname) && matchSoFlags(e.flags) {
			return e.path, true
		}
	}
	return "", false
}
