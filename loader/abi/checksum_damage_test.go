package abi

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"os"
	"strings"
	"testing"
)

// TestChecksumDamaged checks that a damaged section header is an error:
// a size far past the end of the file (no allocation of that size, no
// panic) and a compressed section (which has no raw reader).
func TestChecksumDamaged(t *testing.T) {
	obj, err := os.ReadFile("../testdata/hello.o")
	if err != nil {
		t.Fatal(err)
	}
	f, err := elf.NewFile(bytes.NewReader(obj))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Checksum(f); err != nil {
		t.Fatalf("intact object: %v", err)
	}
	// The section to damage: the first with contents.
	shoff := binary.LittleEndian.Uint64(obj[0x28:])
	idx := -1
	for i, s := range f.Sections {
		if s.Type != elf.SHT_NULL && s.Type != elf.SHT_NOBITS && s.Name != MetaSection && s.Size > 0 {
			idx = i
			break
		}
	}
	if idx < 0 {
		t.Fatal("no section to damage")
	}
	hdr := shoff + uint64(idx)*64
	for _, tc := range []struct {
		name, want string
		damage     func(b []byte)
	}{
		{"size past the end", "unexpected EOF", func(b []byte) { binary.LittleEndian.PutUint64(b[hdr+32:], 1<<62) }},
		{"compressed", "compressed", func(b []byte) {
			flags := binary.LittleEndian.Uint64(b[hdr+8:])
			binary.LittleEndian.PutUint64(b[hdr+8:], flags|uint64(elf.SHF_COMPRESSED))
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := bytes.Clone(obj)
			tc.damage(b)
			f, err := elf.NewFile(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("debug/elf refuses the damaged object: %v", err)
			}
			if _, err := Checksum(f); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Checksum = %v, want an error with %q", err, tc.want)
			}
		})
	}
}
