package compiler

import (
	"fmt"

	"github.com/bpftc/bpftc/backend"
	"github.com/bpftc/bpftc/elfwriter"
	"github.com/bpftc/bpftc/ir"
	"github.com/bpftc/bpftc/loader/abi"
	"github.com/cilium/ebpf"
)

var mapTypes = map[ir.MapKind]ebpf.MapType{
	ir.MapHash:           ebpf.Hash,
	ir.MapArray:          ebpf.Array,
	ir.MapPerCPUHash:     ebpf.PerCPUHash,
	ir.MapPerCPUArray:    ebpf.PerCPUArray,
	ir.MapRingBuf:        ebpf.RingBuf,
	ir.MapStackTrace:     ebpf.StackTrace,
	ir.MapPerfEventArray: ebpf.PerfEventArray,
}

// object assembles the neutral object from a module's maps and the backend's
// programs; seal adds the loader metadata.
func object(m *ir.Module, progs []backend.Program, meta *abi.Meta) (*elfwriter.Object, error) {
	obj := &elfwriter.Object{License: "GPL", Data: rodata(m, meta)}
	for _, mp := range m.Maps {
		t, ok := mapTypes[mp.Kind]
		if !ok {
			return nil, fmt.Errorf("map %s: unknown kind %s", mp.Name, mp.Kind)
		}
		obj.Maps = append(obj.Maps, elfwriter.Map{
			Name: mp.Name, Type: t, KeySize: uint32(mp.KeySize), ValueSize: uint32(mp.ValueSize),
			MaxEntries: uint32(mp.MaxEntries),
		})
	}
	sections := map[string]string{}
	for _, p := range meta.Programs {
		sections[p.Name] = p.Section
	}
	for _, p := range progs {
		sec, ok := sections[p.Name]
		if p.Sub {
			sec, ok = ".text", true
		}
		if !ok {
			return nil, fmt.Errorf("program %s has no metadata", p.Name)
		}
		obj.Programs = append(obj.Programs, elfwriter.Program{Name: p.Name, Section: sec, Insns: p.Insns})
	}
	return obj, nil
}
