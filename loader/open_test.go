package loader

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/cilium/ebpf"

	"github.com/bpftc/bpftc/elfwriter"
	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/output"
)

// otherArch is an architecture that is not this machine's.
func otherArch() string {
	if runtime.GOARCH == "arm64" {
		return "amd64"
	}
	return "arm64"
}

// validObject is BEGIN { @x = 1; exit(); } with one tracepoint probe.
func validObject() *testObject {
	o := newTestObject()
	o.addMap(scalarMap("@x", "AT_x"), ebpf.Hash, 8, 1)
	o.program("BEGIN", "raw_tp", concat(setKey("AT_x", 0, 1), exitInsns("out"), ret("out")), beginPoint)
	o.program("tp", "tracepoint/syscalls/sys_enter_getppid", ret("out"), getppid)
	return o
}

// TestOpenRefuses checks that Open refuses, with one clear line, every
// object it could not run correctly. None of this touches the kernel.
func TestOpenRefuses(t *testing.T) {
	tests := []struct {
		name   string
		change func(o *testObject)
		noMeta bool // write the object without its metadata section
		want   string
	}{
		{
			name:   "arch",
			change: func(o *testObject) { o.meta.Arch = otherArch() },
			want:   "object is for " + otherArch() + " (" + hostByteOrder + "-endian), this host is " + runtime.GOARCH + " (" + hostByteOrder + "-endian)",
		},
		{
			name: "byte order",
			change: func(o *testObject) {
				o.meta.ByteOrder = map[string]string{"little": "big", "big": "little"}[hostByteOrder]
			},
			want: map[string]string{
				"little": "object is for " + runtime.GOARCH + " (big-endian), this host is " + runtime.GOARCH + " (little-endian)",
				"big":    "object is for " + runtime.GOARCH + " (little-endian), this host is " + runtime.GOARCH + " (big-endian)",
			}[hostByteOrder],
		},
		{
			name:   "schema",
			change: func(o *testObject) { o.meta.Schema = abi.SchemaVersion + 1 },
			want:   "metadata schema 2 is newer than this loader understands (1)",
		},
		{
			name: "program not in metadata",
			change: func(o *testObject) {
				o.obj.Programs = append(o.obj.Programs, elfwriter.Program{
					Name: "extra", Section: "tracepoint/sched/sched_switch", Insns: ret("out"),
				})
			},
			want: "program extra (section tracepoint/sched/sched_switch) is not in the metadata",
		},
		{
			name: "unknown section",
			change: func(o *testObject) {
				o.program("s_BEGIN_1", "s_BEGIN_1", ret("out"), endPoint)
			},
			want: `program s_BEGIN_1: section "s_BEGIN_1" is not a known program type`,
		},
		{
			name:   "program missing from object",
			change: func(o *testObject) { o.obj.Programs = o.obj.Programs[:1] },
			want:   "metadata names program tp, which the object does not contain",
		},
		{
			name:   "map missing from object",
			change: func(o *testObject) { o.meta.Maps = append(o.meta.Maps, scalarMap("@y", "AT_y")) },
			want:   "metadata names map @y (symbol AT_y), which the object does not contain",
		},
		{
			name:   "key size",
			change: func(o *testObject) { o.meta.Maps[0].KeySize = 4 },
			want:   "map @x: key is 8 bytes, the metadata says 4",
		},
		{
			name:   "per-CPU",
			change: func(o *testObject) { o.meta.Maps[0].PerCPU = true },
			want:   "map @x: type Hash does not match the metadata (percpu true)",
		},
		{
			name:   "section differs",
			change: func(o *testObject) { o.meta.Programs[1].Section = "tracepoint/syscalls/sys_enter_read" },
			want:   `program tp: section is "tracepoint/syscalls/sys_enter_getppid", the metadata says "tracepoint/syscalls/sys_enter_read"`,
		},
		{
			name:   "provider and program type",
			change: func(o *testObject) { o.meta.Programs[1].Attach = []abi.AttachPoint{interval100ms} },
			want:   `program tp: interval:ms:100 needs a PerfEvent program, section "tracepoint/syscalls/sys_enter_getppid" is TracePoint`,
		},
		{
			name: "unsupported provider",
			change: func(o *testObject) {
				o.meta.Programs[1].Attach = []abi.AttachPoint{{Provider: "nosuch", Name: "nosuch:/bin/sh:probe"}}
			},
			want: `program tp: nosuch:/bin/sh:probe: provider "nosuch" is not supported`,
		},
		{
			name: "bad tracepoint target",
			change: func(o *testObject) {
				o.meta.Programs[1].Attach[0].Target = "sys_enter_getppid"
			},
			want: `program tp: tracepoint:syscalls:sys_enter_getppid: tracepoint target "sys_enter_getppid" is not category:event`,
		},
		{
			name: "two BEGIN",
			change: func(o *testObject) {
				o.program("BEGIN2", "raw_tp", ret("out"), beginPoint)
			},
			want: "metadata has 2 BEGIN and 0 END probes, at most one of each is allowed",
		},
		{
			name: "BEGIN shares a program",
			change: func(o *testObject) {
				o.meta.Programs[0].Attach = append(o.meta.Programs[0].Attach, abi.AttachPoint{Provider: abi.ProviderRawTracepoint, Name: "rawtracepoint:sched_switch", Target: "sched_switch"})
			},
			want: "program BEGIN: BEGIN shares the program with rawtracepoint:sched_switch",
		},
		{
			name: "events map type",
			change: func(o *testObject) {
				o.obj.Maps[0] = elfwriter.Map{Name: abi.EventsMap, Type: ebpf.Array, KeySize: 4, ValueSize: 8, MaxEntries: 1}
			},
			want: "map AT__events is a Array, not a RingBuf",
		},
		{
			name:   "no metadata",
			change: func(*testObject) {},
			noMeta: true,
			want:   "read object: no .bpftc.meta section (not built by bpftc)",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := validObject()
			tc.change(o)
			b := o.bytes(t)
			if tc.noMeta {
				var err error
				if b, err = elfwriter.Bytes(&o.obj); err != nil {
					t.Fatal(err)
				}
			}
			_, err := Open(bytes.NewReader(b))
			if err == nil || err.Error() != tc.want {
				t.Errorf("error %v\nwant       %s", err, tc.want)
			}
		})
	}
}

// TestOpen checks that a valid object opens and keeps its metadata, from a
// reader and from a file.
func TestOpen(t *testing.T) {
	o := validObject()
	b := o.bytes(t)
	obj, err := Open(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if got := len(obj.Meta().Programs); got != 2 {
		t.Errorf("%d programs in the metadata, want 2", got)
	}
	if got := obj.probeCount(); got != 2 {
		t.Errorf("probe count %d, want 2", got)
	}
	path := filepath.Join(t.TempDir(), "x.o")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenFile(path); err != nil {
		t.Errorf("OpenFile: %v", err)
	}
	if _, err := OpenFile(path + ".missing"); err == nil {
		t.Error("OpenFile of a missing file succeeded")
	}
}

func TestTracepointName(t *testing.T) {
	tests := []struct {
		a           abi.AttachPoint
		group, name string
	}{
		{abi.AttachPoint{Target: "syscalls:sys_enter_read"}, "syscalls", "sys_enter_read"},
		{abi.AttachPoint{Target: "sched/sched_switch"}, "sched", "sched_switch"},
		{abi.AttachPoint{Name: "tracepoint:block:block_rq_issue"}, "block", "block_rq_issue"},
		{abi.AttachPoint{Name: "tracepoint:block"}, "", ""},
		{abi.AttachPoint{Target: "a:b:c"}, "", ""},
	}
	for _, tc := range tests {
		g, n, err := tracepointName(tc.a)
		if g != tc.group || n != tc.name || (err != nil) != (tc.group == "") {
			t.Errorf("tracepointName(%+v) = %q, %q, %v; want %q, %q", tc.a, g, n, err, tc.group, tc.name)
		}
	}
}

func TestRingSize(t *testing.T) {
	page := os.Getpagesize()
	for _, tc := range []struct {
		in, want int
		ok       bool
	}{
		{0, defaultRingBufferSize, true},
		{page, page, true},
		{1 << 24, 1 << 24, true},
		{page / 2, 0, false},
		{3 * page, 0, false},
	} {
		got, err := ringSize(tc.in)
		if got != tc.want || (err == nil) != tc.ok {
			t.Errorf("ringSize(%d) = %d, %v; want %d (ok %t)", tc.in, got, err, tc.want, tc.ok)
		}
	}
}

// TestRunNoProbes checks bpftrace's behaviour for an object without probes;
// it needs no kernel, as nothing is loaded.
func TestRunNoProbes(t *testing.T) {
	// elfwriter writes no object without programs: build its Open result.
	obj := &Object{spec: &ebpf.CollectionSpec{}, meta: &newTestObject().meta}
	for _, quiet := range []bool{false, true} {
		var buf bytes.Buffer
		err := obj.Run(context.Background(), &RunOptions{Output: output.NewText(&buf, &buf), Quiet: quiet})
		want := "No probes to attach\n"
		if quiet {
			want = ""
		}
		if !errors.Is(err, ErrNoProbes) || buf.String() != want {
			t.Errorf("quiet %t: error %v, output %q; want ErrNoProbes, %q", quiet, err, buf.String(), want)
		}
	}
}
