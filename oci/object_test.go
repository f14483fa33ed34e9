package oci

import (
	"encoding/binary"
	"testing"

	"github.com/bpftc/bpftc/loader/abi"
)

// testMeta is the metadata of the test objects.
var testMeta = abi.Meta{
	Schema:     abi.SchemaVersion,
	Compiler:   "bpftc test",
	SourceHash: "sha256:0123",
	Arch:       "amd64",
	ByteOrder:  "little",
	Programs: []abi.Program{
		{Name: "p0", Section: "raw_tracepoint/x", Attach: []abi.AttachPoint{{Provider: abi.ProviderBegin, Name: "BEGIN"}}},
		{Name: "p1", Section: "tracepoint/syscalls/sys_enter_openat", Attach: []abi.AttachPoint{
			{Provider: abi.ProviderTracepoint, Target: "syscalls:sys_enter_openat", Name: "tracepoint:syscalls:sys_enter_openat"},
			{Provider: abi.ProviderTracepoint, Target: "syscalls:sys_enter_openat", Name: "tracepoint:syscalls:sys_enter_openat"},
		}},
		{Name: "p2", Section: "perf_event", Attach: []abi.AttachPoint{{Provider: abi.ProviderInterval, Name: "interval:s:1", PeriodNS: 1e9}}},
	},
}

// testObject returns a little-endian ELF file whose only section is a
// .bpftc.meta holding m: all Push reads of an object.
func testObject(t *testing.T, m *abi.Meta) []byte {
	t.Helper()
	meta, err := m.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return elfWith(abi.MetaSection, meta)
}

// elfWith builds an ELF64 relocatable file with one section name of data.
func elfWith(name string, data []byte) []byte {
	le := binary.LittleEndian
	shstr := append([]byte("\x00"+name+"\x00.shstrtab\x00"), 0)
	b := make([]byte, 64)
	copy(b, "\x7fELF\x02\x01\x01")
	le.PutUint16(b[16:], 1)   // ET_REL
	le.PutUint16(b[18:], 247) // EM_BPF
	le.PutUint32(b[20:], 1)
	le.PutUint16(b[52:], 64)
	le.PutUint16(b[58:], 64)
	le.PutUint16(b[60:], 3)
	le.PutUint16(b[62:], 2)
	dataOff := len(b)
	b = append(b, data...)
	strOff := len(b)
	b = append(b, shstr...)
	for len(b)%8 != 0 {
		b = append(b, 0)
	}
	le.PutUint64(b[40:], uint64(len(b)))
	sh := func(nameOff, typ uint32, off, size int) {
		h := make([]byte, 64)
		le.PutUint32(h[0:], nameOff)
		le.PutUint32(h[4:], typ)
		le.PutUint64(h[24:], uint64(off))
		le.PutUint64(h[32:], uint64(size))
		le.PutUint64(h[48:], 1)
		b = append(b, h...)
	}
	sh(0, 0, 0, 0)
	sh(1, 1, dataOff, len(data))                   // SHT_PROGBITS
	sh(uint32(2+len(name)), 3, strOff, len(shstr)) // SHT_STRTAB
	return b
}
