package loader

import (
	"bytes"
	"crypto/sha256"
	"debug/elf"
	"encoding/binary"
	"encoding/hex"
	"os"
	"runtime"
	"testing"

	"github.com/bpftc/bpftc/loader/abi"
)

// sealed writes the object with the checksum of its sections in the
// metadata, as the compiler does.
func (o *testObject) sealed(t *testing.T) []byte {
	t.Helper()
	o.meta.Checksum = ""
	f, err := elf.NewFile(bytes.NewReader(o.bytes(t)))
	if err != nil {
		t.Fatal(err)
	}
	if o.meta.Checksum, err = abi.Checksum(f); err != nil {
		t.Fatal(err)
	}
	return o.bytes(t)
}

// sectionHeader returns the file offset of the header of section name.
func sectionHeader(t *testing.T, b []byte, name string) (hdr int, sec *elf.Section) {
	t.Helper()
	f, err := elf.NewFile(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	shoff := int(binary.LittleEndian.Uint64(b[40:]))
	for i, s := range f.Sections {
		if s.Name == name {
			return shoff + i*64, s
		}
	}
	t.Fatalf("no section %s", name)
	return 0, nil
}

// replaceOnce replaces old by new, of the same length, in b.
func replaceOnce(t *testing.T, b []byte, old, new string) {
	t.Helper()
	if len(old) != len(new) || bytes.Count(b, []byte(old)) != 1 {
		t.Fatalf("cannot replace %q by %q", old, new)
	}
	i := bytes.Index(b, []byte(old))
	copy(b[i:], new)
}

// TestRefusals damages a sealed object the ways a copy to a fleet can go
// wrong and checks each refusal's one line; none touches the kernel.
func TestRefusals(t *testing.T) {
	if hostByteOrder != "little" || runtime.GOARCH != "amd64" {
		t.Skip("the damaged objects are written for little-endian amd64")
	}
	tests := []struct {
		name   string
		change func(t *testing.T, b []byte) []byte
		want   string // "" opens
	}{
		{"intact", func(t *testing.T, b []byte) []byte { return b }, ""},
		{
			name: "program byte flipped",
			change: func(t *testing.T, b []byte) []byte {
				_, s := sectionHeader(t, b, "tracepoint/syscalls/sys_enter_getppid")
				b[s.Offset+1] ^= 0x40
				return b
			},
			want: "object is corrupt: checksum mismatch (sections changed after compilation)",
		},
		{
			name: "section flags changed",
			change: func(t *testing.T, b []byte) []byte {
				hdr, _ := sectionHeader(t, b, "license")
				b[hdr+8] ^= byte(elf.SHF_WRITE)
				return b
			},
			want: "object is corrupt: checksum mismatch (sections changed after compilation)",
		},
		{"truncated", func(t *testing.T, b []byte) []byte { return b[:len(b)/2] }, "object is truncated or not an ELF file"},
		{"last byte cut", func(t *testing.T, b []byte) []byte { return b[:len(b)-1] }, "object is truncated or not an ELF file"},
		{
			name: "section past the end",
			change: func(t *testing.T, b []byte) []byte {
				hdr, _ := sectionHeader(t, b, ".BTF")
				binary.LittleEndian.PutUint64(b[hdr+24:], uint64(len(b)))
				return b
			},
			want: "object is truncated or not an ELF file",
		},
		{"not ELF", func(t *testing.T, b []byte) []byte { return []byte("BEGIN { exit(); }\n") }, "object is truncated or not an ELF file"},
		{"empty", func(t *testing.T, b []byte) []byte { return nil }, "object is truncated or not an ELF file"},
		{
			name: "e_machine",
			change: func(t *testing.T, b []byte) []byte {
				binary.LittleEndian.PutUint16(b[18:], uint16(elf.EM_X86_64))
				return b
			},
			want: "not a BPF object: its ELF machine is EM_X86_64, not EM_BPF",
		},
		{
			name: "schema rewritten",
			change: func(t *testing.T, b []byte) []byte {
				replaceOnce(t, b, `"schema":1`, `"schema":2`)
				return b
			},
			want: "metadata schema 2 is newer than this loader understands (1)",
		},
		{
			name: "schema zero",
			change: func(t *testing.T, b []byte) []byte {
				replaceOnce(t, b, `"schema":1`, `"schema":0`)
				return b
			},
			want: "metadata schema 0 is older than this loader understands (1)",
		},
		{
			name: "arch and byte order rewritten",
			change: func(t *testing.T, b []byte) []byte {
				replaceOnce(t, b, `"arch":"amd64"`, `"arch":"arm64"`)
				replaceOnce(t, b, `"byte_order":"little"`, `"byte_order":"big"   `)
				return b
			},
			want: "object is for arm64 (big-endian), this host is amd64 (little-endian)",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := tc.change(t, validObject().sealed(t))
			_, err := Open(bytes.NewReader(b))
			if tc.want == "" && err != nil {
				t.Fatalf("open: %v", err)
			}
			if tc.want != "" && (err == nil || err.Error() != tc.want) {
				t.Errorf("error %v\nwant       %s", err, tc.want)
			}
		})
	}
}

// TestRefuseMetadata checks the refusals that come from the metadata alone.
func TestRefuseMetadata(t *testing.T) {
	sum := sha256.Sum256([]byte("BEGIN { exit(); }\n"))
	hash := "sha256:" + hex.EncodeToString(sum[:])
	tests := []struct {
		name   string
		change func(o *testObject)
		want   string
	}{
		{"source matches", func(o *testObject) { o.meta.Source, o.meta.SourceHash = "BEGIN { exit(); }\n", hash }, ""},
		{"source differs", func(o *testObject) { o.meta.Source, o.meta.SourceHash = "BEGIN { }\n", hash }, "object is corrupt: embedded source does not match its hash"},
		{"checksum algorithm", func(o *testObject) { o.meta.Checksum = "md5:00" }, `object is corrupt: checksum "md5:00" is not sha256:<hex>`},
		{"checksum wrong", func(o *testObject) { o.meta.Checksum = "sha256:00" }, "object is corrupt: checksum mismatch (sections changed after compilation)"},
		{"no checksum", func(o *testObject) {}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := validObject()
			tc.change(o)
			_, err := Open(bytes.NewReader(o.bytes(t)))
			if tc.want == "" && err != nil {
				t.Fatalf("open: %v", err)
			}
			if tc.want != "" && (err == nil || err.Error() != tc.want) {
				t.Errorf("error %v\nwant       %s", err, tc.want)
			}
		})
	}
}

// TestRefuseBigEndian opens a big-endian object, as a compiler for s390x
// would write it, on a little-endian host (and the reverse on a big one).
func TestRefuseBigEndian(t *testing.T) {
	other := map[string]string{"little": "big", "big": "little"}[hostByteOrder]
	for _, metaOrder := range []string{hostByteOrder, other} {
		o := validObject()
		o.meta.ByteOrder = metaOrder
		o.obj.ByteOrder = binary.BigEndian
		if other == "little" {
			o.obj.ByteOrder = binary.LittleEndian
		}
		_, err := Open(bytes.NewReader(o.bytes(t)))
		want := "object is for " + runtime.GOARCH + " (" + other + "-endian), this host is " + runtime.GOARCH + " (" + hostByteOrder + "-endian)"
		if err == nil || err.Error() != want {
			t.Errorf("metadata %s-endian: error %v\nwant %s", metaOrder, err, want)
		}
	}
}

// TestOpenFilePrefix checks that OpenFile names the file in a refusal.
func TestOpenFilePrefix(t *testing.T) {
	path := t.TempDir() + "/x.o"
	if err := os.WriteFile(path, []byte("not an object"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := OpenFile(path)
	if err == nil || err.Error() != path+": object is truncated or not an ELF file" {
		t.Errorf("error %v", err)
	}
}
