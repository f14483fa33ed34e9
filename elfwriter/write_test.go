package elfwriter_test

import (
	"bytes"
	"encoding/binary"
	"os/exec"
	"strings"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
	"github.com/google/go-cmp/cmp"

	"github.com/bpftc/bpftc/elfwriter"
)

// mustBytes encodes obj or fails the test.
func mustBytes(tb testing.TB, obj *elfwriter.Object) []byte {
	tb.Helper()
	b, err := elfwriter.Bytes(obj)
	if err != nil {
		tb.Fatalf("Bytes: %v", err)
	}
	return b
}

// readSpec parses an object with cilium/ebpf.
func readSpec(tb testing.TB, b []byte) *ebpf.CollectionSpec {
	tb.Helper()
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(b))
	if err != nil {
		tb.Fatalf("LoadCollectionSpecFromReader: %v", err)
	}
	return spec
}

func TestSpecPrograms(t *testing.T) {
	obj := fullObject()
	spec := readSpec(t, mustBytes(t, obj))

	want := map[string]struct {
		typ      ebpf.ProgramType
		section  string
		attachTo string
	}{
		"tp_getppid": {ebpf.TracePoint, "tracepoint/syscalls/sys_enter_getppid", "syscalls/sys_enter_getppid"},
		"BEGIN":      {ebpf.RawTracepoint, "raw_tp", ""},
		"rd":         {ebpf.RawTracepoint, "raw_tp", ""},
		"prof_0":     {ebpf.PerfEvent, "perf_event", ""},
		"prof_1":     {ebpf.PerfEvent, "perf_event", ""},
	}
	if len(spec.Programs) != len(want) {
		t.Errorf("got %d programs, want %d", len(spec.Programs), len(want))
	}
	for _, p := range obj.Programs {
		ps := spec.Programs[p.Name]
		if ps == nil {
			t.Errorf("program %s missing", p.Name)
			continue
		}
		w := want[p.Name]
		if ps.Type != w.typ || ps.SectionName != w.section || ps.AttachTo != w.attachTo || ps.License != "GPL" {
			t.Errorf("program %s: type %v section %q attach %q license %q, want %v %q %q GPL",
				p.Name, ps.Type, ps.SectionName, ps.AttachTo, ps.License, w.typ, w.section, w.attachTo)
		}
		compareInsns(t, obj, p, ps.Instructions)
	}
}

// compareInsns checks that got, read back by cilium, is p's code: the same
// encoding once references are blanked, and each reference read as cilium
// would have produced it (map name; data section name plus offset).
func compareInsns(t *testing.T, obj *elfwriter.Object, p elfwriter.Program, got asm.Instructions) {
	t.Helper()
	if len(got) != len(p.Insns) {
		t.Errorf("program %s: %d instructions, want %d\n%v", p.Name, len(got), len(p.Insns), got)
		return
	}
	if a, b := blank(t, p.Insns), blank(t, got); !bytes.Equal(a, b) {
		t.Errorf("program %s: encoding differs\nwant:\n%v\ngot:\n%v", p.Name, p.Insns, got)
	}
	for i, ins := range p.Insns {
		ref := ins.Reference()
		if ref == "" || !ins.IsLoadFromMap() {
			continue
		}
		wantRef, wantOff := ref, uint32(uint64(ins.Constant)>>32)
		if ins.Src == asm.PseudoMapValue {
			wantRef, wantOff = dataTarget(obj, ref, wantOff)
		}
		g := got[i]
		if g.Reference() != wantRef || g.Src != ins.Src || uint32(uint64(g.Constant)>>32) != wantOff {
			t.Errorf("program %s: instruction %d: got %v (ref %q), want ref %q src %v offset %d",
				p.Name, i, g, g.Reference(), wantRef, ins.Src, wantOff)
		}
	}
}

// dataTarget returns the data section and offset in it a reference names.
func dataTarget(obj *elfwriter.Object, ref string, off uint32) (string, uint32) {
	for _, d := range obj.Data {
		if d.Name == ref {
			return ref, off
		}
		for _, v := range d.Variables {
			if v.Name == ref {
				return d.Name, v.Offset + off
			}
		}
	}
	return "?" + ref, off
}

// blank encodes insns with map and data loads zeroed, resolving labels.
func blank(t *testing.T, insns asm.Instructions) []byte {
	t.Helper()
	c := make(asm.Instructions, len(insns))
	for i, ins := range insns {
		if ins.IsLoadFromMap() {
			ins.Src, ins.Constant = asm.R0, 0
			ins = ins.WithReference("")
		}
		c[i] = ins
	}
	var buf bytes.Buffer
	if err := c.Marshal(&buf, binary.LittleEndian); err != nil {
		t.Fatalf("marshal: %v", err)
	}
	return buf.Bytes()
}

func TestSpecMaps(t *testing.T) {
	obj := fullObject()
	spec := readSpec(t, mustBytes(t, obj))
	for _, m := range obj.Maps {
		ms := spec.Maps[m.Name]
		if ms == nil {
			t.Errorf("map %s missing", m.Name)
			continue
		}
		got := [5]uint32{uint32(ms.Type), ms.KeySize, ms.ValueSize, ms.MaxEntries, ms.Flags}
		want := [5]uint32{uint32(m.Type), m.KeySize, m.ValueSize, m.MaxEntries, m.Flags}
		if got != want {
			t.Errorf("map %s: type, key, value, max, flags = %v, want %v", m.Name, got, want)
		}
		if (ms.Key != nil) != (m.Key != nil) || (ms.Value != nil) != (m.Value != nil) {
			t.Errorf("map %s: BTF key %v value %v, want %v %v", m.Name, ms.Key, ms.Value, m.Key, m.Value)
		}
	}
	for _, d := range obj.Data {
		ms := spec.Maps[d.Name]
		if ms == nil {
			t.Errorf("data map %s missing", d.Name)
			continue
		}
		if ms.Type != ebpf.Array || ms.ValueSize != d.Size || ms.MaxEntries != 1 {
			t.Errorf("data map %s: %v value %d entries %d, want Array %d 1", d.Name, ms.Type, ms.ValueSize, ms.MaxEntries, d.Size)
		}
		if ro := ms.Flags&(1<<7) != 0; ro != strings.HasPrefix(d.Name, ".rodata") {
			t.Errorf("data map %s: flags %#x", d.Name, ms.Flags)
		}
	}
	if n := len(obj.Maps) + len(obj.Data); len(spec.Maps) != n {
		t.Errorf("got %d maps, want %d", len(spec.Maps), n)
	}
}

func TestSpecVariables(t *testing.T) {
	obj := fullObject()
	spec := readSpec(t, mustBytes(t, obj))
	type variable struct {
		Section      string
		Offset, Size uint32
		Value        []byte
		Typed        bool
	}
	got := map[string]variable{}
	for name, v := range spec.Variables {
		got[name] = variable{v.SectionName, v.Offset, v.Size(), v.Value, v.Type != nil}
	}
	want := map[string]variable{}
	for _, d := range obj.Data {
		for _, v := range d.Variables {
			val := make([]byte, v.Size)
			if d.Contents != nil {
				copy(val, d.Contents[v.Offset:])
			}
			want[v.Name] = variable{d.Name, v.Offset, v.Size, val, true}
		}
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("variables (-want +got):\n%s", d)
	}
	if err := spec.Variables["cfg_x"].Set(uint64(7)); err != nil {
		t.Errorf("set cfg_x: %v", err)
	}
}

func TestSpecMinimal(t *testing.T) {
	b := mustBytes(t, minimalObject())
	spec := readSpec(t, b)
	if len(spec.Programs) != 1 || len(spec.Maps) != 0 {
		t.Errorf("got %d programs, %d maps; want 1, 0", len(spec.Programs), len(spec.Maps))
	}
	// The only BTF is the program's func_info.
	for _, p := range spec.Programs {
		if fn := btf.FuncMetadata(&p.Instructions[0]); fn == nil || fn.Name != p.Name {
			t.Errorf("program %s: func_info %v", p.Name, fn)
		}
	}
}

func TestBigEndian(t *testing.T) {
	obj := fullObject()
	obj.ByteOrder = binary.BigEndian
	spec := readSpec(t, mustBytes(t, obj))
	if spec.ByteOrder != binary.BigEndian {
		t.Fatalf("byte order %v", spec.ByteOrder)
	}
	for _, p := range obj.Programs {
		ps := spec.Programs[p.Name]
		if ps == nil {
			t.Fatalf("program %s missing", p.Name)
		}
		compareInsns(t, obj, p, ps.Instructions)
	}
	if m := spec.Maps["AT_counts"]; m == nil || m.MaxEntries != 1024 {
		t.Errorf("AT_counts: %v", m)
	}
}

func TestDeterministic(t *testing.T) {
	for _, bo := range []binary.ByteOrder{nil, binary.LittleEndian, binary.BigEndian} {
		a := fullObject()
		a.ByteOrder = bo
		b := fullObject()
		b.ByteOrder = bo
		first := mustBytes(t, a)
		if again := mustBytes(t, a); !bytes.Equal(first, again) {
			t.Errorf("%v: same Object, different bytes", bo)
		}
		if other := mustBytes(t, b); !bytes.Equal(first, other) {
			t.Errorf("%v: equal Objects, different bytes", bo)
		}
	}
}

func TestWriteMatchesBytes(t *testing.T) {
	obj := fullObject()
	var buf bytes.Buffer
	if err := elfwriter.Write(&buf, obj); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), mustBytes(t, obj)) {
		t.Error("Write and Bytes differ")
	}
	buf.Reset()
	obj.License = ""
	if err := elfwriter.Write(&buf, obj); err == nil || buf.Len() != 0 {
		t.Errorf("invalid object: err %v, %d bytes written", err, buf.Len())
	}
}

// TestReadelf checks that LLVM's tools read the object without complaint
// and see what clang would have written.
func TestReadelf(t *testing.T) {
	readelf, err := exec.LookPath("llvm-readelf")
	if err != nil {
		t.Skip("llvm-readelf not installed")
	}
	for _, bo := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		obj := fullObject()
		obj.ByteOrder = bo
		path := t.TempDir() + "/obj.o"
		writeFile(t, path, mustBytes(t, obj))
		var stdout, stderr bytes.Buffer
		cmd := exec.Command(readelf, "--all", path)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil || stderr.Len() > 0 {
			t.Fatalf("%v: llvm-readelf: %v\n%s", bo, err, stderr.String())
		}
		out := stdout.String()
		for _, want := range []string{
			"Machine:                           EM_BPF",
			"Type:                              REL (Relocatable file)",
			".reltracepoint/syscalls/sys_enter_getppid REL",
			"R_BPF_64_64            0000000000000000 AT_counts",
			"R_BPF_64_64            0000000000000020 AT__events",
			"R_BPF_64_64            0000000000000000 cfg_x",
			"R_BPF_64_64            0000000000000000 .bss",
			"FUNC    GLOBAL DEFAULT     1 tp_getppid",
			"OBJECT  GLOBAL DEFAULT",
			"SECTION LOCAL  DEFAULT",
			".bss              NOBITS",
			".bpftc.meta       PROGBITS",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("%v: llvm-readelf output lacks %q", bo, want)
			}
		}
		if t.Failed() {
			t.Logf("llvm-readelf --all:\n%s", out)
		}
	}
}
