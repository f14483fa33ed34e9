package loader

import (
	"bytes"
	"os"
	"runtime"
	"sync"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/bpftc/bpftc/elfwriter"
	"github.com/bpftc/bpftc/loader/abi"
)

// This file builds the test objects: programs in cilium asm, maps, and the
// matching metadata, written with elfwriter as bpftc would.

// requireKernel skips t unless this process can load BPF programs; under
// CI=true it fails instead (style.md section 8).
func requireKernel(t *testing.T) {
	t.Helper()
	if err := probeKernel(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("kernel test cannot run in CI: %v", err)
		}
		t.Skipf("needs BPF privileges (go test -exec sudo): %v", err)
	}
}

// probeKernel loads a two-instruction raw tracepoint program once.
var probeKernel = sync.OnceValue(func() error {
	p, err := ebpf.NewProgram(&ebpf.ProgramSpec{
		Type:         ebpf.RawTracepoint,
		License:      "GPL",
		Instructions: asm.Instructions{asm.Mov.Imm(asm.R0, 0), asm.Return()},
	})
	if err != nil {
		return err
	}
	return p.Close()
})

// testObject is an object under construction.
type testObject struct {
	meta abi.Meta
	obj  elfwriter.Object
}

// newTestObject starts an object with the runtime maps (events, exit).
func newTestObject() *testObject {
	o := &testObject{
		meta: abi.Meta{
			Schema:    abi.SchemaVersion,
			Compiler:  "loader test",
			Arch:      runtime.GOARCH,
			ByteOrder: hostByteOrder,
		},
		obj: elfwriter.Object{License: "GPL"},
	}
	o.obj.Maps = append(o.obj.Maps,
		elfwriter.Map{Name: abi.EventsMap, Type: ebpf.RingBuf, MaxEntries: 4096},
		elfwriter.Map{Name: abi.ExitMap, Type: ebpf.Array, KeySize: 4, ValueSize: 8, MaxEntries: 1},
	)
	return o
}

// program adds a program with its attach points.
func (o *testObject) program(name, section string, insns asm.Instructions, attach ...abi.AttachPoint) {
	o.obj.Programs = append(o.obj.Programs, elfwriter.Program{Name: name, Section: section, Insns: insns})
	o.meta.Programs = append(o.meta.Programs, abi.Program{Name: name, Section: section, Attach: attach})
}

// printf adds a printf format and returns its action id.
func (o *testObject) printf(format string, args ...abi.Field) int64 {
	o.meta.Printfs = append(o.meta.Printfs, abi.Printf{Format: format, Args: args})
	return int64(len(o.meta.Printfs) - 1)
}

// addMap adds a bpftrace map and its BPF map.
func (o *testObject) addMap(m abi.Map, typ ebpf.MapType, valueSize, maxEntries uint32) {
	o.meta.Maps = append(o.meta.Maps, m)
	o.obj.Maps = append(o.obj.Maps, elfwriter.Map{
		Name: m.Symbol, Type: typ, KeySize: uint32(m.KeySize), ValueSize: valueSize, MaxEntries: maxEntries,
	})
}

// bytes writes the object with its metadata section.
func (o *testObject) bytes(t *testing.T) []byte {
	t.Helper()
	meta, err := o.meta.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	obj := o.obj
	obj.Extra = append(obj.Extra, elfwriter.Section{Name: abi.MetaSection, Contents: meta})
	b, err := elfwriter.Bytes(&obj)
	if err != nil {
		t.Fatalf("elfwriter: %v", err)
	}
	return b
}

// open writes and opens the object.
func (o *testObject) open(t *testing.T) *Object {
	t.Helper()
	obj, err := Open(bytes.NewReader(o.bytes(t)))
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	return obj
}

// Attach points used by the tests.
var (
	beginPoint = abi.AttachPoint{Provider: abi.ProviderBegin, Name: "BEGIN"}
	endPoint   = abi.AttachPoint{Provider: abi.ProviderEnd, Name: "END"}
	getppid    = abi.AttachPoint{
		Provider: abi.ProviderTracepoint, Target: "syscalls:sys_enter_getppid",
		Name: "tracepoint:syscalls:sys_enter_getppid",
	}
	interval100ms = abi.AttachPoint{Provider: abi.ProviderInterval, Name: "interval:ms:100", PeriodNS: 100e6}
)

// Stack slots of the test programs.
const (
	slotRecord = -32 // a record of up to 32 bytes
	slotKey    = -40 // a u64 map key
	slotValue  = -48 // a u64 map value
	slotIndex  = -52 // a u32 array index
)

// emit sends the record stored at slotRecord, n bytes, to the ring buffer.
func emit(n int32) asm.Instructions {
	return asm.Instructions{
		asm.LoadMapPtr(asm.R1, 0).WithReference(abi.EventsMap),
		asm.Mov.Reg(asm.R2, asm.R10),
		asm.Add.Imm(asm.R2, slotRecord),
		asm.Mov.Imm(asm.R3, n),
		asm.Mov.Imm(asm.R4, 0),
		asm.FnRingbufOutput.Call(),
	}
}

// storeRecord writes u64 words at slotRecord.
func storeRecord(words ...int64) asm.Instructions {
	var insns asm.Instructions
	for i, w := range words {
		insns = append(insns,
			asm.LoadImm(asm.R1, w, asm.DWord),
			asm.StoreMem(asm.R10, int16(slotRecord+8*i), asm.R1, asm.DWord),
		)
	}
	return insns
}

// record stores words and emits them as one record.
func record(words ...int64) asm.Instructions {
	return append(storeRecord(words...), emit(int32(8*len(words)))...)
}

// mapRecord emits a clear, zero or print record for map index i.
func mapRecord(action int64, i, top, div uint32) asm.Instructions {
	w1 := int64(uint64(i) | uint64(top)<<32)
	if action != abi.ActionPrint {
		return record(action, int64(i))
	}
	return append(storeRecord(action, w1, int64(div)), emit(20)...)
}

// exitInsns emits an exit record and sets the exit flag, as exit() does.
func exitInsns(label string) asm.Instructions {
	insns := record(abi.ActionExit)
	return append(insns,
		asm.StoreImm(asm.R10, slotIndex, 0, asm.Word),
		asm.LoadMapPtr(asm.R1, 0).WithReference(abi.ExitMap),
		asm.Mov.Reg(asm.R2, asm.R10),
		asm.Add.Imm(asm.R2, slotIndex),
		asm.FnMapLookupElem.Call(),
		asm.JEq.Imm(asm.R0, 0, label),
		storeImm64(asm.R0, 0, 1),
	)
}

// ret ends a program with return 0; label names its first instruction.
func ret(label string) asm.Instructions {
	return asm.Instructions{asm.Mov.Imm(asm.R0, 0).WithSymbol(label), asm.Return()}
}

// setKey stores key at slotKey and value at slotValue and updates map sym.
func setKey(sym string, key, value int64) asm.Instructions {
	return asm.Instructions{
		asm.LoadImm(asm.R1, key, asm.DWord),
		asm.StoreMem(asm.R10, slotKey, asm.R1, asm.DWord),
		asm.LoadImm(asm.R1, value, asm.DWord),
		asm.StoreMem(asm.R10, slotValue, asm.R1, asm.DWord),
		asm.LoadMapPtr(asm.R1, 0).WithReference(sym),
		asm.Mov.Reg(asm.R2, asm.R10),
		asm.Add.Imm(asm.R2, slotKey),
		asm.Mov.Reg(asm.R3, asm.R10),
		asm.Add.Imm(asm.R3, slotValue),
		asm.Mov.Imm(asm.R4, 0),
		asm.FnMapUpdateElem.Call(),
	}
}

// countPid adds one to the u64 per-CPU value of map sym keyed by the pid.
func countPid(sym string) asm.Instructions {
	return asm.Instructions{
		asm.FnGetCurrentPidTgid.Call(),
		asm.RSh.Imm(asm.R0, 32),
		asm.StoreMem(asm.R10, slotKey, asm.R0, asm.DWord),
		asm.LoadMapPtr(asm.R1, 0).WithReference(sym),
		asm.Mov.Reg(asm.R2, asm.R10),
		asm.Add.Imm(asm.R2, slotKey),
		asm.FnMapLookupElem.Call(),
		asm.JNE.Imm(asm.R0, 0, "inc"),
		storeImm64(asm.R10, slotValue, 1),
		asm.LoadMapPtr(asm.R1, 0).WithReference(sym),
		asm.Mov.Reg(asm.R2, asm.R10),
		asm.Add.Imm(asm.R2, slotKey),
		asm.Mov.Reg(asm.R3, asm.R10),
		asm.Add.Imm(asm.R3, slotValue),
		asm.Mov.Imm(asm.R4, 0),
		asm.FnMapUpdateElem.Call(),
		asm.Ja.Label("out"),
		asm.LoadMem(asm.R1, asm.R0, 0, asm.DWord).WithSymbol("inc"),
		asm.Add.Imm(asm.R1, 1),
		asm.StoreMem(asm.R0, 0, asm.R1, asm.DWord),
	}
}

// storeImm64 is *(u64 *)(dst + off) = imm, which asm.StoreImm refuses to build.
func storeImm64(dst asm.Register, off int16, imm int32) asm.Instruction {
	return asm.Instruction{OpCode: asm.StoreImmOp(asm.DWord), Dst: dst, Offset: off, Constant: int64(imm)}
}

// concat joins instruction lists.
func concat(parts ...asm.Instructions) asm.Instructions {
	var all asm.Instructions
	for _, p := range parts {
		all = append(all, p...)
	}
	return all
}

// Map descriptions used by the tests.
var (
	int64Type  = abi.Type{Kind: abi.KindInt, Size: 8, Signed: true}
	keyedByInt = []abi.Field{{Offset: 0, Type: int64Type}}
)

// scalarMap is @name = value, kept in a hash map with an 8-byte zero key.
func scalarMap(name, sym string) abi.Map {
	return abi.Map{Name: name, Symbol: sym, Agg: abi.AggNone, KeySize: 8, Value: int64Type}
}

// keyedMap is @name[int] = value.
func keyedMap(name, sym string) abi.Map {
	return abi.Map{Name: name, Symbol: sym, Agg: abi.AggNone, KeySize: 8, Key: keyedByInt, Value: int64Type}
}
