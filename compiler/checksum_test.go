package compiler

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"fmt"
	"testing"

	"github.com/bpftc/bpftc/loader/abi"
)

// slowChecksum is checksum by way of debug/elf and abi.Checksum only; it
// reports a panic of abi.Checksum as an error.
func slowChecksum(b []byte) (_ string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	f, err := elf.NewFile(bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	return abi.Checksum(f)
}

// TestChecksumFastPath checks that checksum reads every compiled test
// script's object as abi.Checksum does, on its fast path, and that damaged
// objects either give abi.Checksum's sum or an error where it errs too.
func TestChecksumFastPath(t *testing.T) {
	names, all := sortedScripts(t)
	for _, name := range names {
		s := all[name]
		res, err := Compile(s.file, &Options{Params: s.params, Unsafe: s.unsafe})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want, err := slowChecksum(res.Object)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, meta, ok := quickChecksum(res.Object)
		if !ok || got != want || got != res.Meta.Checksum {
			t.Errorf("%s: fast path %q (ok %v), abi.Checksum %q, metadata %q", name, got, ok, want, res.Meta.Checksum)
		}
		f, _ := elf.NewFile(bytes.NewReader(res.Object))
		if sec := f.Section(abi.MetaSection); sec == nil || meta != (sectionSpan{sec.Offset, sec.Size}) {
			t.Errorf("%s: metadata at %+v, debug/elf says %+v", name, meta, sec)
		}
	}

	_, all = sortedScripts(t)
	res, err := Compile(all["hello"].file, &Options{})
	if err != nil {
		t.Fatal(err)
	}
	obj := res.Object
	shoff := binary.LittleEndian.Uint64(obj[40:])
	damage := map[string]func([]byte) []byte{
		"truncated":        func(b []byte) []byte { return b[:len(b)/2] },
		"short":            func(b []byte) []byte { return b[:10] },
		"bad shoff":        func(b []byte) []byte { binary.LittleEndian.PutUint64(b[40:], 1<<40); return b },
		"bad shstrndx":     func(b []byte) []byte { binary.LittleEndian.PutUint16(b[62:], 500); return b },
		"bad name":         func(b []byte) []byte { binary.LittleEndian.PutUint32(b[shoff+64:], 1<<30); return b },
		"bad size":         func(b []byte) []byte { binary.LittleEndian.PutUint64(b[shoff+64+32:], uint64(len(b))); return b },
		"compressed":       func(b []byte) []byte { b[shoff+64+8+1] |= byte(elf.SHF_COMPRESSED >> 8); return b },
		"big endian class": func(b []byte) []byte { b[elf.EI_DATA] = byte(elf.ELFDATA2MSB); return b },
	}
	for name, f := range damage {
		b := f(bytes.Clone(obj))
		want, wantErr := slowChecksum(b)
		got, _, err := checksum(b)
		if (err != nil) != (wantErr != nil) || got != want {
			t.Errorf("%s: checksum %q, %v; abi.Checksum %q, %v", name, got, err, want, wantErr)
		}
	}
}
