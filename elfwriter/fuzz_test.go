package elfwriter_test

import (
	"bytes"
	"encoding/binary"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"

	"github.com/bpftc/bpftc/elfwriter"
)

// Pools the fuzzer draws from: valid and invalid names, so that it reaches
// both the error paths and the encoder.
var (
	fuzzNames    = []string{"a", "b", "AT_x", "AT__events", "cnt", "@x", "", "9z", "BEGIN", ".rodata", ".bss", ".data.x"}
	fuzzSections = []string{"raw_tp", "perf_event", "tracepoint/syscalls/sys_enter_getppid", "kprobe/do_sys_open", "", ".text", "license", "x\n"}
	fuzzData     = []string{".rodata", ".data", ".bss", ".data.x", ".rodata.y", ".text", ".bss.z"}
	fuzzMaps     = []ebpf.MapType{ebpf.Hash, ebpf.Array, ebpf.PerCPUHash, ebpf.RingBuf, ebpf.PerfEventArray, ebpf.UnspecifiedMap}
)

// fuzzReader hands out bytes of the fuzz input, then zeros.
type fuzzReader struct{ b []byte }

func (r *fuzzReader) byte() byte {
	if len(r.b) == 0 {
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *fuzzReader) pick(n int) int { return int(r.byte()) % n }

func (r *fuzzReader) u32() uint32 {
	return uint32(r.byte()) | uint32(r.byte())<<8
}

// fuzzObject decodes an Object from fuzz input.
func fuzzObject(data []byte) *elfwriter.Object {
	r := &fuzzReader{data}
	obj := &elfwriter.Object{License: "GPL"}
	if r.byte()&1 == 1 {
		obj.ByteOrder = binary.BigEndian
	}
	for len(r.b) > 0 {
		switch r.pick(6) {
		case 0:
			obj.Programs = append(obj.Programs, elfwriter.Program{
				Name:    fuzzNames[r.pick(len(fuzzNames))],
				Section: fuzzSections[r.pick(len(fuzzSections))],
				Insns:   fuzzInsns(r),
			})
		case 1:
			m := elfwriter.Map{
				Name:       fuzzNames[r.pick(len(fuzzNames))],
				Type:       fuzzMaps[r.pick(len(fuzzMaps))],
				KeySize:    r.u32() % 64,
				ValueSize:  r.u32() % 64,
				MaxEntries: r.u32(),
				Flags:      uint32(r.byte() & 3),
			}
			if r.byte()&1 == 1 {
				m.Key = &btf.Int{Name: "u32", Size: 4}
			}
			obj.Maps = append(obj.Maps, m)
		case 2:
			d := elfwriter.Data{Name: fuzzData[r.pick(len(fuzzData))], Size: r.u32() % 64}
			if r.byte()&1 == 1 {
				d.Contents = make([]byte, d.Size)
			}
			for range r.pick(4) {
				d.Variables = append(d.Variables, elfwriter.Variable{
					Name:   fuzzNames[r.pick(len(fuzzNames))],
					Offset: r.u32() % 64,
					Size:   r.u32() % 16,
				})
			}
			obj.Data = append(obj.Data, d)
		case 3:
			obj.Extra = append(obj.Extra, elfwriter.Section{Name: []string{".bpftc.meta", ".note", ".data.no"}[r.pick(3)], Contents: []byte{r.byte()}})
		case 4:
			if r.byte() == 0 {
				obj.License = ""
			}
		case 5:
			obj.Programs = append(obj.Programs, elfwriter.Program{Name: "p", Section: "raw_tp"})
		}
	}
	return obj
}

// fuzzInsns returns a few instructions, some with references.
func fuzzInsns(r *fuzzReader) asm.Instructions {
	var insns asm.Instructions
	for range r.pick(5) {
		name := fuzzNames[r.pick(len(fuzzNames))]
		switch r.pick(5) {
		case 0:
			insns = append(insns, asm.LoadMapPtr(asm.R1, 0).WithReference(name))
		case 1:
			insns = append(insns, asm.LoadMapValue(asm.R1, 0, r.u32()%32).WithReference(name))
		case 2:
			insns = append(insns, asm.Mov.Imm(asm.R0, int32(r.u32())))
		case 3:
			insns = append(insns, asm.Ja.Label(name), asm.Mov.Imm(asm.R0, 0).WithSymbol(name))
		case 4:
			insns = append(insns, asm.Call.Label(name))
		}
	}
	return append(insns, asm.Return())
}

// FuzzWrite checks that any Object gives an error or an object cilium/ebpf
// reads back with all its entry programs, and never a panic.
func FuzzWrite(f *testing.F) {
	f.Add([]byte{0, 0, 3, 0, 2, 0})
	f.Add([]byte{1, 1, 0, 1, 4, 0, 2, 0, 0, 8, 0, 1, 1, 0, 3, 0, 2, 8, 0, 0, 0, 0, 1, 2, 0})
	f.Add([]byte{0, 2, 0, 8, 0, 1, 1, 4, 0, 0, 8, 0, 0, 0, 2, 1, 3, 1, 0, 1})
	f.Add([]byte{0, 0, 8, 1, 1, 5, 0, 1, 3, 0, 3, 1, 1, 0, 0, 4, 0, 0, 0, 4, 1, 16, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		obj := fuzzObject(data)
		b, err := elfwriter.Bytes(obj)
		if err != nil {
			return
		}
		spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("written object does not parse: %v", err)
		}
		entries := 0 // subprograms (.text) are linked in, not programs
		for _, p := range obj.Programs {
			if p.Section != ".text" {
				entries++
			}
		}
		if len(spec.Programs) != entries || len(spec.Maps) < len(obj.Maps) {
			t.Fatalf("read back %d programs and %d maps, wrote %d and %d", len(spec.Programs), len(spec.Maps), entries, len(obj.Maps))
		}
		again, err := elfwriter.Bytes(fuzzObject(data))
		if err != nil || !bytes.Equal(b, again) {
			t.Fatalf("second encoding differs (err %v)", err)
		}
	})
}
