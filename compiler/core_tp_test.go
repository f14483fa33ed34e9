package compiler

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"strconv"
	"testing"

	"github.com/bpftc/bpftc/frontend/source"
	"github.com/bpftc/bpftc/loader/abi"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"
	"github.com/cilium/ebpf/link"
	"golang.org/x/sys/unix"
)

// coreTPScript reads two args fields of raw_syscalls:sys_enter, whose
// record is struct trace_event_raw_sys_enter { ent; long id; unsigned
// long args[6]; }: TestCORETracepoint moves id.
const coreTPScript = `tracepoint:raw_syscalls:sys_enter /pid == $1 && args->args[1] == 98765/ { @x = args->id; }`

// TestCORETracepoint compiles reads of tracepoint args, which go through
// the event's BTF record as CO-RE relocations of the context loads, and
// runs the object attached to the real tracepoint twice: relocated
// against the kernel's types, and against a copy of them in which id sits
// where args[0] is. A getpgid(54321, 98765) call must then be seen as
// syscall 121 (getpgid) and as 54321 (its first argument).
func TestCORETracepoint(t *testing.T) {
	if os.Geteuid() != 0 {
		skipOrFail(t, "needs root to load programs")
	}
	kernel, err := btf.LoadKernelSpec()
	if err != nil {
		skipOrFail(t, "needs the kernel's BTF: "+err.Error())
	}
	var rec *btf.Struct
	if err := kernel.TypeByName("trace_event_raw_sys_enter", &rec); err != nil {
		t.Fatal(err)
	}
	moved := btf.Copy(rec).(*btf.Struct)
	var argsOff btf.Bits
	for _, m := range moved.Members {
		if m.Name == "args" {
			argsOff = m.Offset
		}
	}
	for i := range moved.Members {
		if moved.Members[i].Name == "id" {
			moved.Members[i].Offset = argsOff
		}
	}
	var b btf.Builder
	if _, err := b.Add(moved); err != nil {
		t.Fatal(err)
	}
	raw, err := b.Marshal(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	target, err := btf.LoadSpecFromReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}

	params := []string{strconv.Itoa(os.Getpid())}
	for _, be := range testBackends(t) {
		t.Run(be.Name(), func(t *testing.T) {
			res, err := Compile(&source.File{Name: "core_tp.bt", Text: coreTPScript}, &Options{Backend: be, Params: params})
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range []string{"id", "args"} {
				want := abi.FieldRead{Source: "tracepoint:raw_syscalls:sys_enter", Type: "struct trace_event_raw_sys_enter", Field: f, CORE: true}
				found := false
				for _, got := range res.Meta.Fields {
					got.Offset, got.Size = 0, 0
					found = found || got == want
				}
				if !found {
					t.Errorf("metadata fields %+v lack %+v", res.Meta.Fields, want)
				}
			}
			for _, tc := range []struct {
				name  string
				types *btf.Spec
				want  int64
			}{
				{"kernel", nil, unix.SYS_GETPGID},
				{"moved", target, 54321},
			} {
				if got := runSysEnter(t, res.Object, tc.types); got != tc.want {
					t.Errorf("%s: @x = %d, want %d", tc.name, got, tc.want)
				}
			}
		})
	}
}

// runSysEnter loads obj relocated against types (nil: the kernel's),
// attaches its program to raw_syscalls:sys_enter, calls getpgid(54321,
// 98765) and returns what the program stored in @x.
func runSysEnter(t *testing.T, obj []byte, types *btf.Spec) int64 {
	t.Helper()
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(obj))
	if err != nil {
		t.Fatal(err)
	}
	coll, err := ebpf.NewCollectionWithOptions(spec, ebpf.CollectionOptions{Programs: ebpf.ProgramOptions{KernelTypes: types}})
	if err != nil {
		var verr *ebpf.VerifierError
		if errors.As(err, &verr) {
			t.Fatalf("%+v", verr)
		}
		t.Fatal(err)
	}
	defer coll.Close()
	if len(coll.Programs) != 1 {
		t.Fatalf("%d programs, want 1", len(coll.Programs))
	}
	for _, prog := range coll.Programs {
		l, err := link.Tracepoint("raw_syscalls", "sys_enter", prog, nil)
		if err != nil {
			t.Fatal(err)
		}
		unix.Syscall(unix.SYS_GETPGID, 54321, 98765, 0)
		l.Close()
	}
	m := coll.Maps["AT_x"]
	if m == nil {
		t.Fatal("no map AT_x")
	}
	var key, value []byte
	it := m.Iterate()
	var got int64 = -1
	for it.Next(&key, &value) {
		if len(value) >= 8 {
			got = int64(binary.LittleEndian.Uint64(value))
		}
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	return got
}
