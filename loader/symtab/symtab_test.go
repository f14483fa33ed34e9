package symtab

import (
	"encoding/binary"
	"strings"
	"testing"
)

// file builds a File from symbols in file order, as Open would.
func file(syms ...Symbol) *File {
	f := &File{syms: syms, funcs: map[string]int{}}
	for i := range syms {
		f.byAddr = append(f.byAddr, i)
		if _, dup := f.funcs[syms[i].Name]; syms[i].Func && !dup {
			f.funcs[syms[i].Name] = i
		}
	}
	// Already sorted by address in the tests below.
	return f
}

func TestAt(t *testing.T) {
	f := file(
		Symbol{Name: "goo", Value: 0x0, Size: 0x6, Func: true},
		Symbol{Name: "foo", Value: 0x6, Size: 0x10, Func: true},
		Symbol{Name: "bar", Value: 0x8, Size: 0x4, Func: true},
		Symbol{Name: "baz", Value: 0x16, Size: 0x10, Func: true},
		Symbol{Name: "empty", Value: 0x30, Size: 0, Func: true},
	)
	for _, tc := range []struct {
		addr uint64
		want string
	}{
		{0x0, "goo"}, {0x5, "goo"}, {0x6, "foo"}, {0x9, "bar"}, {0x12, "foo"}, // nested
		{0x16, "baz"}, {0x25, "baz"}, {0x26, ""}, {0x30, ""}, {0x100, ""},
	} {
		s, ok := f.At(tc.addr)
		if got := s.Name; !ok && got != "" || got != tc.want {
			t.Errorf("At(%#x) = %q, %v; want %q", tc.addr, got, ok, tc.want)
		}
	}
	if s, ok := f.Containing(0x9); !ok || s.Name != "foo" {
		t.Errorf("Containing(9) = %v, %v; want foo (first in file order)", s, ok)
	}
}

func TestSegments(t *testing.T) {
	f := &File{segs: []segment{{vaddr: 0x1000, memsz: 0x500, off: 0x1000, filesz: 0x500}, {vaddr: 0x3de8, memsz: 0x300, off: 0x2de8, filesz: 0x250}}}
	if off, ok := f.FileOffset(0x1139); !ok || off != 0x1139 {
		t.Errorf("FileOffset(0x1139) = %#x, %v", off, ok)
	}
	if off, ok := f.FileOffset(0x3e00); !ok || off != 0x2e00 {
		t.Errorf("FileOffset(0x3e00) = %#x, %v", off, ok)
	}
	if v, ok := f.VAddr(0x2e00); !ok || v != 0x3e00 {
		t.Errorf("VAddr(0x2e00) = %#x, %v", v, ok)
	}
	if _, ok := f.VAddr(0x9000); ok {
		t.Errorf("VAddr(0x9000) resolved")
	}
}

func TestKallsyms(t *testing.T) {
	k, err := ReadKallsyms(strings.NewReader(`ffffffff81000000 T _stext
ffffffff81000010 t helper
ffffffff81000100 T vfs_read
ffffffff81000200 D some_data
0000000000000000 T hidden
ffffffff81000300 T mod_func	[mod]
`))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		addr uint64
		want string
	}{{0xffffffff81000100, "vfs_read"}, {0xffffffff81000101, "vfs_read"}, {0xffffffff81000010, "helper"}, {0xffffffff81000350, "mod_func"}} {
		if got, _ := k.At(tc.addr); got != tc.want {
			t.Errorf("At(%#x) = %q, want %q", tc.addr, got, tc.want)
		}
	}
	if _, ok := k.At(0x1000); ok {
		t.Errorf("At below the first symbol resolved")
	}
	if got := strings.Join(k.Functions(), " "); got != "_stext helper mod_func vfs_read" {
		t.Errorf("Functions() = %s", got)
	}
}

func TestReadLdCache(t *testing.T) {
	// Header, two entries, then the strings the entries point at.
	var b []byte
	b = append(b, ldCacheNewMagic...)
	b = binary.LittleEndian.AppendUint32(b, 2)            // nlibs
	b = binary.LittleEndian.AppendUint32(b, 0)            // len_strings
	b = append(b, make([]byte, ldCacheNewHead-len(b))...) // flags, extension, unused
	strOff := uint32(ldCacheNewHead + 2*ldCacheNewEntry)
	strs := "libc.so.6\x00/lib32/libc.so.6\x00/lib/x86_64-linux-gnu/libc.so.6\x00"
	entry := func(flags int32, key, value uint32) {
		b = binary.LittleEndian.AppendUint32(b, uint32(flags))
		b = binary.LittleEndian.AppendUint32(b, key)
		b = binary.LittleEndian.AppendUint32(b, value)
		b = append(b, make([]byte, 12)...) // osversion, hwcap
	}
	entry(0x0003, strOff, strOff+10)    // 32-bit libc6
	entry(0x0303, strOff, strOff+10+17) // x86-64 libc6
	b = append(b, strs...)
	es := readLdCache(b)
	if len(es) != 2 || es[1].name != "libc.so.6" || es[1].path != "/lib/x86_64-linux-gnu/libc.so.6" {
		t.Fatalf("readLdCache = %+v", es)
	}
	if matchSoFlags(es[0].flags) || !matchSoFlags(es[1].flags) {
		t.Errorf("matchSoFlags: 32-bit %v, 64-bit %v", matchSoFlags(es[0].flags), matchSoFlags(es[1].flags))
	}
}

func TestLibraryPath(t *testing.T) {
	if p, ok := Library("/opt/lib/libfoo.so"); !ok || p != "/opt/lib/libfoo.so" {
		t.Errorf("a path is kept: %q, %v", p, ok)
	}
	if _, ok := Library("no-such-library-xyz"); ok {
		t.Errorf("an unknown library resolved")
	}
}

func TestTextSymbols(t *testing.T) {
	got, err := TextSymbols(strings.NewReader("ffffffff81000000 T b_func\nffffffff81000010 t a_func\nffffffff81000020 D data\nffffffff81000030 t a_func\nffffffff81000040 T mod_fn\t[mod]\n"))
	if err != nil || strings.Join(got, " ") != "a_func b_func mod_fn" {
		t.Errorf("TextSymbols = %v, %v", got, err)
	}
}
