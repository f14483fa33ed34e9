package kbtf

import (
	"encoding/binary"
	"errors"
	"testing"

	"github.com/cilium/ebpf/btf"
)

// blob builds raw little-endian BTF from type words and a string section.
func blob(types []uint32, strs string) []byte {
	var t []byte
	for _, w := range types {
		t = binary.LittleEndian.AppendUint32(t, w)
	}
	hdr := make([]byte, headerLen)
	binary.LittleEndian.PutUint16(hdr, btfMagic)
	hdr[2] = 1
	binary.LittleEndian.PutUint32(hdr[4:], headerLen)
	binary.LittleEndian.PutUint32(hdr[12:], uint32(len(t)))
	binary.LittleEndian.PutUint32(hdr[16:], uint32(len(t)))
	binary.LittleEndian.PutUint32(hdr[20:], uint32(len(strs)))
	return append(append(hdr, t...), strs...)
}

// enumBlob: an int, struct s { int m; }, a signed enum e { NEG = -2, POS =
// 7 } and an enum64 u { BIG = 1<<32 | 1 }.
func enumBlob() []byte {
	const strs = "\x00int\x00s\x00m\x00e\x00NEG\x00POS\x00u\x00BIG\x00"
	return blob([]uint32{
		1, kindInt << 24, 4, 32, // [1] int
		5, kindStruct<<24 | 1, 4, 7, 1, 0, // [2] struct s
		9, 1<<31 | kindEnum<<24 | 2, 4, 11, 0xfffffffe, 15, 7, // [3] enum e
		19, kindEnum64<<24 | 1, 8, 21, 1, 1, // [4] enum64 u
	}, strs)
}

func TestEnumerator(t *testing.T) {
	k, err := FromBytes(enumBlob())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		v    int64
		ok   bool
	}{
		{"NEG", -2, true}, {"POS", 7, true}, {"BIG", 1<<32 | 1, true}, {"m", 0, false}, {"NE", 0, false}, {"", 0, false},
	} {
		if v, ok := k.Enumerator(tc.name); v != tc.v || ok != tc.ok {
			t.Errorf("%s: got %d, %v; want %d, %v", tc.name, v, ok, tc.v, tc.ok)
		}
	}
	var nilTypes *Types
	if _, ok := nilTypes.Enumerator("NEG"); ok {
		t.Errorf("nil Types: found an enumerator")
	}
}

func TestBigEndian(t *testing.T) {
	le := enumBlob()
	be := make([]byte, len(le))
	copy(be, le)
	// Swap the header's fields and every word of the type section.
	be[0], be[1] = le[1], le[0]
	for i := 4; i < headerLen; i += 4 {
		binary.BigEndian.PutUint32(be[i:], binary.LittleEndian.Uint32(le[i:]))
	}
	typeEnd := headerLen + int(binary.LittleEndian.Uint32(le[12:]))
	for i := headerLen; i < typeEnd; i += 4 {
		binary.BigEndian.PutUint32(be[i:], binary.LittleEndian.Uint32(le[i:]))
	}
	for _, raw := range [][]byte{le, be} {
		k, err := FromBytes(raw)
		if err != nil {
			t.Fatal(err)
		}
		var s *btf.Struct
		if err := k.TypeByName("s", &s); err != nil || len(s.Members) != 1 || s.Members[0].Name != "m" {
			t.Errorf("struct s: %v, %v", s, err)
		}
	}
}

func TestBadBTF(t *testing.T) {
	good := enumBlob()
	for name, raw := range map[string][]byte{
		"empty":       nil,
		"short":       good[:10],
		"no magic":    append([]byte{0, 0}, good[2:]...),
		"version":     append(append([]byte{}, good[:2]...), append([]byte{2}, good[3:]...)...),
		"truncated":   good[:40],
		"unknown":     blob([]uint32{0, 25 << 24, 0}, "\x00"),
		"strs no NUL": blob([]uint32{1, kindInt << 24, 4, 32}, "\x00int"),
	} {
		if _, err := FromBytes(raw); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	// Lookups in indexable but inconsistent BTF fail without panicking.
	for name, raw := range map[string][]byte{
		"dangling member": blob([]uint32{1, kindStruct<<24 | 1, 4, 1, 99, 0}, "\x00s\x00"),
		"name offset":     blob([]uint32{1, kindStruct<<24 | 1, 4, 50, 1, 0}, "\x00s\x00"),
	} {
		k, err := FromBytes(raw)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, err := k.AnyTypesByName("s"); err == nil || errors.Is(err, btf.ErrNotFound) {
			t.Errorf("%s: lookup error %v", name, err)
		}
	}
}

// FuzzTypes: any input is indexed or refused, and every lookup answers or
// errors, without panicking or looping.
func FuzzTypes(f *testing.F) {
	f.Add(enumBlob())
	f.Add(blob([]uint32{
		1, kindStruct<<24 | 2, 16, 3, 2, 0, 5, 4, 64, // [1] struct a { p *a; t td; }
		0, kindPointer << 24, 1, // [2] *a
		0, kindTypedef<<24 | 0, 5, // [3] unnamed typedef (bad) -> [5]
		7, kindTypedef << 24, 3, // [4] typedef td -> [3] (a loop)
		9, kindFwd<<24 | 1<<31, 0, // [5] fwd union u
		11, kindFunc<<24 | 1, 7, // [6] func f
		0, kindFuncProto<<24 | 1, 2, 3, 2, // [7] proto (p *a)
		13, kindDeclTag << 24, 1, 0xffffffff, // [8] decl tag on a
	}, "\x00a\x00p\x00t\x00td\x00u\x00f\x00x\x00"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		k, err := FromBytes(raw)
		if err != nil {
			return
		}
		for _, name := range []string{"a", "s", "td", "u", "f", "e", "int"} {
			k.AnyTypesByName(name)
			FindRecord(k, "struct "+name)
			ByName[*btf.Typedef](k, name)
			k.Enumerator(name)
		}
		for id := range min(k.NumTypes(), 64) {
			k.TypeByID(btf.TypeID(id))
		}
		k.FuncNames()
	})
}
