package elfwriter_test

import (
	"os"
	"testing"

	"encoding/binary"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"

	"github.com/bpftc/bpftc/elfwriter"
)

// Values the test programs write, checked after running them.
const (
	beginAction = 30000
	beginValue  = 42
	rodataValue = 5
)

// countProgram is "tracepoint:syscalls:sys_enter_getppid { @[tgid] = count() }"
// on a PERCPU_HASH: look up, increment in place, insert 1 when missing.
func countProgram() elfwriter.Program {
	return elfwriter.Program{
		Name:    "tp_getppid",
		Section: "tracepoint/syscalls/sys_enter_getppid",
		Insns: asm.Instructions{
			asm.FnGetCurrentPidTgid.Call(),
			asm.RSh.Imm(asm.R0, 32),
			asm.StoreMem(asm.R10, -4, asm.R0, asm.Word),
			asm.Mov.Reg(asm.R2, asm.R10),
			asm.Add.Imm(asm.R2, -4),
			asm.LoadMapPtr(asm.R1, 0).WithReference("AT_counts"),
			asm.FnMapLookupElem.Call(),
			asm.JEq.Imm(asm.R0, 0, "init"),
			asm.LoadMem(asm.R1, asm.R0, 0, asm.DWord),
			asm.Add.Imm(asm.R1, 1),
			asm.StoreMem(asm.R0, 0, asm.R1, asm.DWord),
			asm.Mov.Imm(asm.R0, 0),
			asm.Return(),
			asm.Mov.Imm(asm.R1, 1).WithSymbol("init"),
			asm.StoreMem(asm.R10, -16, asm.R1, asm.DWord),
			asm.LoadMapPtr(asm.R1, 0).WithReference("AT_counts"),
			asm.Mov.Reg(asm.R2, asm.R10),
			asm.Add.Imm(asm.R2, -4),
			asm.Mov.Reg(asm.R3, asm.R10),
			asm.Add.Imm(asm.R3, -16),
			asm.Mov.Imm(asm.R4, 0),
			asm.FnMapUpdateElem.Call(),
			asm.Mov.Imm(asm.R0, 0),
			asm.Return(),
		},
	}
}

// beginProgram is BEGIN: it sends {u64 30000; u64 42} through the ring
// buffer.
func beginProgram() elfwriter.Program {
	return elfwriter.Program{
		Name:    "BEGIN",
		Section: "raw_tp",
		Insns: asm.Instructions{
			asm.Mov.Imm(asm.R1, beginAction),
			asm.StoreMem(asm.R10, -16, asm.R1, asm.DWord),
			asm.Mov.Imm(asm.R1, beginValue),
			asm.StoreMem(asm.R10, -8, asm.R1, asm.DWord),
			asm.LoadMapPtr(asm.R1, 0).WithReference("AT__events"),
			asm.Mov.Reg(asm.R2, asm.R10),
			asm.Add.Imm(asm.R2, -16),
			asm.Mov.Imm(asm.R3, 16),
			asm.Mov.Imm(asm.R4, 0),
			asm.FnRingbufOutput.Call(),
			asm.Mov.Imm(asm.R0, 0),
			asm.Return(),
		},
	}
}

// dataProgram copies the .rodata variable cfg_x to out_b (through the
// section .bss+8), to pair+4 (a u32, through an offset into a variable) and
// to cnt (through the variable's symbol).
func dataProgram() elfwriter.Program {
	return elfwriter.Program{
		Name:    "rd",
		Section: "raw_tp",
		Insns: asm.Instructions{
			asm.LoadMapValue(asm.R1, 0, 0).WithReference("cfg_x"),
			asm.LoadMem(asm.R1, asm.R1, 0, asm.DWord),
			asm.LoadMapValue(asm.R2, 0, 8).WithReference(".bss"),
			asm.StoreMem(asm.R2, 0, asm.R1, asm.DWord),
			asm.LoadMapValue(asm.R2, 0, 4).WithReference("pair"),
			asm.StoreMem(asm.R2, 0, asm.R1, asm.Word),
			asm.LoadMapValue(asm.R2, 0, 0).WithReference("cnt"),
			asm.StoreMem(asm.R2, 0, asm.R1, asm.DWord),
			asm.Mov.Imm(asm.R0, 0),
			asm.Return(),
		},
	}
}

// perfPrograms are two programs sharing the perf_event section; the second
// counts into AT_hits.
func perfPrograms() []elfwriter.Program {
	return []elfwriter.Program{
		{Name: "prof_0", Section: "perf_event", Insns: asm.Instructions{
			asm.Mov.Imm(asm.R0, 0),
			asm.Return(),
		}},
		{Name: "prof_1", Section: "perf_event", Insns: asm.Instructions{
			asm.StoreImm(asm.R10, -4, 0, asm.Word),
			asm.Mov.Reg(asm.R2, asm.R10),
			asm.Add.Imm(asm.R2, -4),
			asm.LoadMapPtr(asm.R1, 0).WithReference("AT_hits"),
			asm.FnMapLookupElem.Call(),
			asm.JEq.Imm(asm.R0, 0, "out"),
			asm.Mov.Imm(asm.R1, 1),
			asm.StoreXAdd(asm.R0, asm.R1, asm.DWord),
			asm.Mov.Imm(asm.R0, 0).WithSymbol("out"),
			asm.Return(),
		}},
	}
}

// fullObject has every kind of program, map and data section the tests
// cover. Each call builds fresh values, so determinism tests see no shared
// pointers.
func fullObject() *elfwriter.Object {
	u32 := &btf.Int{Name: "u32", Size: 4}
	u64 := &btf.Int{Name: "u64", Size: 8}
	rodata := make([]byte, 8)
	binary.NativeEndian.PutUint64(rodata, rodataValue)
	return &elfwriter.Object{
		License: "GPL",
		Programs: append([]elfwriter.Program{countProgram(), beginProgram(), dataProgram()},
			perfPrograms()...),
		Maps: []elfwriter.Map{
			{Name: "AT_counts", Type: ebpf.PerCPUHash, KeySize: 4, ValueSize: 8, MaxEntries: 1024, Key: u32, Value: u64},
			{Name: "AT__events", Type: ebpf.RingBuf, MaxEntries: 1 << 16},
			{Name: "AT_hits", Type: ebpf.Array, KeySize: 4, ValueSize: 8, MaxEntries: 1},
			{Name: "AT_lru", Type: ebpf.LRUHash, KeySize: 8, ValueSize: 16, MaxEntries: 64, Flags: 2},
		},
		Data: []elfwriter.Data{
			{Name: ".rodata", Size: 8, Contents: rodata, Variables: []elfwriter.Variable{{Name: "cfg_x", Size: 8}}},
			{Name: ".data", Size: 16, Contents: make([]byte, 16), Variables: []elfwriter.Variable{
				{Name: "pair", Offset: 8, Size: 8, Type: &btf.Array{Index: u32, Type: u32, Nelems: 2}},
				{Name: "cnt", Offset: 0, Size: 8, Type: u64},
			}},
			{Name: ".bss", Size: 24, Variables: []elfwriter.Variable{
				{Name: "out_a", Offset: 0, Size: 8},
				{Name: "out_b", Offset: 8, Size: 8},
				{Name: "name", Offset: 16, Size: 6},
			}},
		},
		Extra: []elfwriter.Section{{Name: ".bpftc.meta", Contents: []byte(`{"schema":1}`)}},
	}
}

// minimalObject is one program and nothing else.
func minimalObject() *elfwriter.Object {
	return &elfwriter.Object{
		License: "GPL",
		Programs: []elfwriter.Program{{Name: "BEGIN", Section: "raw_tp", Insns: asm.Instructions{
			asm.Mov.Imm(asm.R0, 0),
			asm.Return(),
		}}},
	}
}

// writeFile writes b to path or fails the test.
func writeFile(tb testing.TB, path string, b []byte) {
	tb.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		tb.Fatal(err)
	}
}
