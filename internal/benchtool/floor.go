package main

import (
	"errors"
	"fmt"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/link"
)

// floorProbe is a hand-written program for one of the one-liners, loaded
// and attached directly: what the best known code for it costs per event
// on this machine, now (design.md's "hand-written" column, re-measured).
type floorProbe struct {
	maps []*ebpf.Map
	prog *ebpf.Program
	lnk  link.Link
}

// close detaches and frees everything the probe holds.
func (f *floorProbe) close() {
	if f.lnk != nil {
		f.lnk.Close()
	}
	if f.prog != nil {
		f.prog.Close()
	}
	for _, m := range f.maps {
		m.Close()
	}
}

// countByKey is "@[KEY] = count()": key into the stack at -16 (keySize
// bytes) by the given instructions, one lookup, the per-CPU value
// incremented in place, the update helper only on a miss.
func countByKey(m *ebpf.Map, key asm.Instructions) asm.Instructions {
	insns := append(asm.Instructions{}, key...)
	return append(insns,
		asm.LoadMapPtr(asm.R1, m.FD()),
		asm.Mov.Reg(asm.R2, asm.RFP),
		asm.Add.Imm(asm.R2, -16),
		asm.FnMapLookupElem.Call(),
		asm.JEq.Imm(asm.R0, 0, "miss"),
		asm.LoadMem(asm.R1, asm.R0, 0, asm.DWord),
		asm.Add.Imm(asm.R1, 1),
		asm.StoreMem(asm.R0, 0, asm.R1, asm.DWord),
		asm.Ja.Label("out"),
		storeImmDW(asm.RFP, -24, 1).WithSymbol("miss"),
		asm.LoadMapPtr(asm.R1, m.FD()),
		asm.Mov.Reg(asm.R2, asm.RFP),
		asm.Add.Imm(asm.R2, -16),
		asm.Mov.Reg(asm.R3, asm.RFP),
		asm.Add.Imm(asm.R3, -24),
		asm.Mov.Imm(asm.R4, 0),
		asm.FnMapUpdateElem.Call(),
		asm.Mov.Imm(asm.R0, 0).WithSymbol("out"),
		asm.Return(),
	)
}

// storeImmDW is *(u64 *)(dst + off) = imm, which asm.StoreImm declines to
// build.
func storeImmDW(dst asm.Register, off int16, imm int32) asm.Instruction {
	return asm.Instruction{OpCode: asm.StoreImmOp(asm.DWord), Dst: dst, Offset: off, Constant: int64(imm)}
}

// slotStride keeps each CPU's counter on its own cache line.
const slotStride = 64

// floorProgram builds the hand-written program and maps for one-liner i
// (an index into oneLiners).
func floorProgram(i int) (maps []*ebpf.Map, insns asm.Instructions, err error) {
	newMap := func(spec *ebpf.MapSpec) *ebpf.Map {
		if err != nil {
			return nil
		}
		var m *ebpf.Map
		if m, err = ebpf.NewMap(spec); err == nil {
			maps = append(maps, m)
		}
		return m
	}
	switch i {
	case 0: // @[comm] = count()
		m := newMap(&ebpf.MapSpec{Type: ebpf.PerCPUHash, KeySize: 16, ValueSize: 8, MaxEntries: 4096})
		if err != nil {
			return nil, nil, err
		}
		insns = countByKey(m, asm.Instructions{
			asm.Mov.Reg(asm.R1, asm.RFP),
			asm.Add.Imm(asm.R1, -16),
			asm.Mov.Imm(asm.R2, 16),
			asm.FnGetCurrentComm.Call(),
		})
	case 1: // @ = count(): this CPU's slot of one array value, no lookup
		cpus, cerr := ebpf.PossibleCPU()
		if cerr != nil {
			return nil, nil, cerr
		}
		m := newMap(&ebpf.MapSpec{Type: ebpf.Array, KeySize: 4, ValueSize: uint32(cpus * slotStride), MaxEntries: 1})
		if err != nil {
			return nil, nil, err
		}
		insns = asm.Instructions{
			asm.FnGetSmpProcessorId.Call(),
			asm.JGE.Imm(asm.R0, int32(cpus), "out"),
			asm.LSh.Imm(asm.R0, 6), // × slotStride
			asm.LoadMapValue(asm.R1, m.FD(), 0),
			asm.Add.Reg(asm.R1, asm.R0),
			asm.LoadMem(asm.R2, asm.R1, 0, asm.DWord),
			asm.Add.Imm(asm.R2, 1),
			asm.StoreMem(asm.R1, 0, asm.R2, asm.DWord),
			asm.Mov.Imm(asm.R0, 0).WithSymbol("out"),
			asm.Return(),
		}
	case 2: // @[pid] = count()
		m := newMap(&ebpf.MapSpec{Type: ebpf.PerCPUHash, KeySize: 8, ValueSize: 8, MaxEntries: 4096})
		if err != nil {
			return nil, nil, err
		}
		insns = countByKey(m, asm.Instructions{
			asm.FnGetCurrentPidTgid.Call(),
			asm.RSh.Imm(asm.R0, 32),
			asm.StoreMem(asm.RFP, -16, asm.R0, asm.DWord),
		})
	case 3: // @bytes = hist(args->count): all buckets in one per-CPU value
		m := newMap(&ebpf.MapSpec{Type: ebpf.PerCPUArray, KeySize: 4, ValueSize: 66 * 8, MaxEntries: 1})
		if err != nil {
			return nil, nil, err
		}
		insns = asm.Instructions{
			asm.LoadMem(asm.R6, asm.R1, 32, asm.DWord), // args->count
			asm.Mov.Imm(asm.R7, 0),
			asm.JSLT.Imm(asm.R6, 0, "index"),
			asm.Mov.Imm(asm.R7, 1),
			asm.JEq.Imm(asm.R6, 0, "index"),
			asm.Mov.Imm(asm.R7, 2),
		}
		shifts := []int32{32, 16, 8, 4, 2, 1}
		for k, sh := range shifts {
			next := "index"
			if k+1 < len(shifts) {
				next = fmt.Sprintf("step%d", shifts[k+1])
			}
			first := asm.Mov.Reg(asm.R1, asm.R6)
			if k > 0 {
				first = first.WithSymbol(fmt.Sprintf("step%d", sh))
			}
			insns = append(insns,
				first,
				asm.RSh.Imm(asm.R1, sh),
				asm.JEq.Imm(asm.R1, 0, next),
				asm.Mov.Reg(asm.R6, asm.R1),
				asm.Add.Imm(asm.R7, sh),
			)
		}
		insns = append(insns,
			asm.StoreImm(asm.RFP, -4, 0, asm.Word).WithSymbol("index"),
			asm.LoadMapPtr(asm.R1, m.FD()),
			asm.Mov.Reg(asm.R2, asm.RFP),
			asm.Add.Imm(asm.R2, -4),
			asm.FnMapLookupElem.Call(),
			asm.JEq.Imm(asm.R0, 0, "out"),
			asm.JGT.Imm(asm.R7, 65, "out"),
			asm.LSh.Imm(asm.R7, 3),
			asm.Add.Reg(asm.R0, asm.R7),
			asm.LoadMem(asm.R1, asm.R0, 0, asm.DWord),
			asm.Add.Imm(asm.R1, 1),
			asm.StoreMem(asm.R0, 0, asm.R1, asm.DWord),
			asm.Mov.Imm(asm.R0, 0).WithSymbol("out"),
			asm.Return(),
		)
	default:
		return nil, nil, fmt.Errorf("no hand-written program for one-liner %d", i)
	}
	return maps, insns, err
}

// floorTracepoints are the attach points of the one-liners, in order.
var floorTracepoints = [][2]string{
	{"raw_syscalls", "sys_enter"},
	{"raw_syscalls", "sys_enter"},
	{"raw_syscalls", "sys_enter"},
	{"syscalls", "sys_enter_write"},
}

// startFloor loads and attaches the hand-written program for one-liner i.
func startFloor(i int) (*floorProbe, error) {
	if i >= len(floorTracepoints) {
		return nil, errors.New("floor: no tracepoint")
	}
	f := &floorProbe{}
	maps, insns, err := floorProgram(i)
	f.maps = maps
	if err == nil {
		f.prog, err = ebpf.NewProgram(&ebpf.ProgramSpec{
			Name: "floor", Type: ebpf.TracePoint, License: "GPL", Instructions: insns,
		})
	}
	if err == nil {
		tp := floorTracepoints[i]
		f.lnk, err = link.Tracepoint(tp[0], tp[1], f.prog, nil)
	}
	if err != nil {
		f.close()
		return nil, fmt.Errorf("floor: %w", err)
	}
	return f, nil
}

// id is the program's id.
func (f *floorProbe) id() (ebpf.ProgramID, error) {
	info, err := f.prog.Info()
	if err != nil {
		return 0, err
	}
	id, ok := info.ID()
	if !ok {
		return 0, errors.New("floor: program has no id")
	}
	return id, nil
}
