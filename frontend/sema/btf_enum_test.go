package sema

import (
	"encoding/binary"
	"testing"
)

// rawBTF builds a BTF blob: an int, a struct with one member, and a signed
// and an unsigned enum.
func rawBTF() []byte {
	strs := "\x00int\x00s\x00m\x00e\x00NEG\x00POS\x00u\x00BIG\x00"
	off := func(s string) uint32 {
		for i := 0; i+len(s) < len(strs); i++ {
			if strs[i:i+len(s)] == s && strs[i+len(s)] == 0 && (i == 0 || strs[i-1] == 0) {
				return uint32(i)
			}
		}
		panic(s)
	}
	var types []byte
	put := func(v ...uint32) {
		for _, x := range v {
			types = binary.LittleEndian.AppendUint32(types, x)
		}
	}
	put(off("int"), btfKindInt<<24, 4, 32)                  // int
	put(off("s"), btfKindStruct<<24|1, 4, off("m"), 1, 0)   // struct s { int m; }
	put(off("e"), 1<<31|btfKindEnum<<24|2, 4)               // signed enum e
	put(off("NEG"), uint32(0xfffffffe), off("POS"), 7)      // NEG = -2, POS = 7
	put(off("u"), btfKindEnum64<<24|1, 8, off("BIG"), 1, 1) // BIG = 1<<32 | 1
	hdr := make([]byte, 24)
	binary.LittleEndian.PutUint16(hdr, 0xeb9f)
	hdr[2] = 1
	binary.LittleEndian.PutUint32(hdr[4:], 24)
	binary.LittleEndian.PutUint32(hdr[8:], 0)
	binary.LittleEndian.PutUint32(hdr[12:], uint32(len(types)))
	binary.LittleEndian.PutUint32(hdr[16:], uint32(len(types)))
	binary.LittleEndian.PutUint32(hdr[20:], uint32(len(strs)))
	return append(append(hdr, types...), strs...)
}

func TestFindKernelEnum(t *testing.T) {
	raw := rawBTF()
	for _, tc := range []struct {
		name string
		v    int64
		ok   bool
	}{
		{"NEG", -2, true}, {"POS", 7, true}, {"BIG", 1<<32 | 1, true}, {"m", 0, false}, {"NE", 0, false},
	} {
		if v, ok := findKernelEnum(raw, tc.name); v != tc.v || ok != tc.ok {
			t.Errorf("%s: got %d, %v; want %d, %v", tc.name, v, ok, tc.v, tc.ok)
		}
	}
	if _, ok := findKernelEnum(raw[:30], "NEG"); ok {
		t.Errorf("truncated BTF: found an enumerator")
	}
}
