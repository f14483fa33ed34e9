package loader

import (
	"encoding/binary"
	"fmt"
	"runtime"

	"github.com/cilium/ebpf"

	"github.com/bpftc/bpftc/loader/abi"
)

// hostByteOrder is this machine's byte order in the metadata's spelling.
var hostByteOrder = func() string {
	if binary.NativeEndian.Uint16([]byte{1, 0}) == 1 {
		return "little"
	}
	return "big"
}()

// checkTarget refuses an object built for another architecture or byte
// order: the metadata's, or that of the ELF header (elfOrder).
func checkTarget(m *abi.Meta, elfOrder string) error {
	order := m.ByteOrder
	if elfOrder != hostByteOrder {
		order = elfOrder
	}
	if m.Arch != runtime.GOARCH || order != hostByteOrder {
		return fmt.Errorf("object is for %s (%s-endian), this host is %s (%s-endian)", m.Arch, order, runtime.GOARCH, hostByteOrder)
	}
	return nil
}

// programTypes gives the program type each attach provider needs.
var programTypes = map[string]ebpf.ProgramType{
	abi.ProviderBegin:         ebpf.RawTracepoint,
	abi.ProviderEnd:           ebpf.RawTracepoint,
	abi.ProviderTracepoint:    ebpf.TracePoint,
	abi.ProviderInterval:      ebpf.PerfEvent,
	abi.ProviderProfile:       ebpf.PerfEvent,
	abi.ProviderSoftware:      ebpf.PerfEvent,
	abi.ProviderHardware:      ebpf.PerfEvent,
	abi.ProviderUprobe:        ebpf.Kprobe,
	abi.ProviderUretprobe:     ebpf.Kprobe,
	abi.ProviderUsdt:          ebpf.Kprobe,
	abi.ProviderKprobe:        ebpf.Kprobe,
	abi.ProviderKretprobe:     ebpf.Kprobe,
	abi.ProviderRawTracepoint: ebpf.RawTracepoint,
}

// check compares the metadata with what cilium read from the ELF, so that no
// program is silently skipped and no map is missing at run time.
func check(m *abi.Meta, spec *ebpf.CollectionSpec) error {
	if bo := spec.ByteOrder; bo != nil && bo.Uint16([]byte{1, 0}) != binary.NativeEndian.Uint16([]byte{1, 0}) {
		return fmt.Errorf("object ELF is not %s-endian", hostByteOrder)
	}
	described := make(map[string]bool, len(m.Programs))
	var begin, end int
	for i := range m.Programs {
		p := &m.Programs[i]
		described[p.Name] = true
		if err := checkProgram(p, spec); err != nil {
			return err
		}
		for _, a := range p.Attach {
			switch a.Provider {
			case abi.ProviderBegin:
				begin++
			case abi.ProviderEnd:
				end++
			}
		}
	}
	if begin > 1 || end > 1 {
		return fmt.Errorf("metadata has %d BEGIN and %d END probes, at most one of each is allowed", begin, end)
	}
	for name, ps := range spec.Programs {
		if !described[name] {
			return fmt.Errorf("program %s (section %s) is not in the metadata", name, ps.SectionName)
		}
	}
	for i := range m.Maps {
		if err := checkMap(&m.Maps[i], spec); err != nil {
			return err
		}
	}
	return checkRuntimeMaps(spec)
}

// checkProgram checks one program of the metadata against the ELF.
func checkProgram(p *abi.Program, spec *ebpf.CollectionSpec) error {
	ps := spec.Programs[p.Name]
	if ps == nil {
		return fmt.Errorf("metadata names program %s, which the object does not contain", p.Name)
	}
	if ps.Type == ebpf.UnspecifiedProgram {
		return fmt.Errorf("program %s: section %q is not a known program type", p.Name, ps.SectionName)
	}
	if ps.SectionName != p.Section {
		return fmt.Errorf("program %s: section is %q, the metadata says %q", p.Name, ps.SectionName, p.Section)
	}
	if len(p.Attach) == 0 {
		return fmt.Errorf("program %s: no attach points", p.Name)
	}
	for _, a := range p.Attach {
		want, ok := programTypes[a.Provider]
		if !ok {
			return fmt.Errorf("program %s: %s: provider %q is not supported", p.Name, a.Name, a.Provider)
		}
		if ps.Type != want {
			return fmt.Errorf("program %s: %s needs a %s program, section %q is %s", p.Name, a.Name, want, ps.SectionName, ps.Type)
		}
		if err := checkAttach(p, a); err != nil {
			return err
		}
	}
	return nil
}

// checkAttach checks the provider-specific fields of one attach point.
func checkAttach(p *abi.Program, a abi.AttachPoint) error {
	switch a.Provider {
	case abi.ProviderBegin, abi.ProviderEnd:
		for _, o := range p.Attach {
			if o.Provider != abi.ProviderBegin && o.Provider != abi.ProviderEnd {
				return fmt.Errorf("program %s: %s shares the program with %s", p.Name, a.Provider, o.Name)
			}
		}
	case abi.ProviderTracepoint:
		if _, _, err := tracepointName(a); err != nil {
			return fmt.Errorf("program %s: %w", p.Name, err)
		}
	case abi.ProviderInterval:
		if a.PeriodNS == 0 && a.Freq == 0 {
			return fmt.Errorf("program %s: %s has no period", p.Name, a.Name)
		}
	default:
		if err := checkProbeAttach(a); err != nil {
			return fmt.Errorf("program %s: %s: %w", p.Name, a.Name, err)
		}
	}
	return nil
}

// checkMap checks that a map of the metadata exists with a matching layout.
func checkMap(m *abi.Map, spec *ebpf.CollectionSpec) error {
	ms := spec.Maps[m.Symbol]
	if ms == nil {
		return fmt.Errorf("metadata names map %s (symbol %s), which the object does not contain", m.Name, m.Symbol)
	}
	if int(ms.KeySize) != m.KeySize {
		return fmt.Errorf("map %s: key is %d bytes, the metadata says %d", m.Name, ms.KeySize, m.KeySize)
	}
	if perCPU(ms.Type) != m.PerCPU {
		return fmt.Errorf("map %s: type %s does not match the metadata (percpu %t)", m.Name, ms.Type, m.PerCPU)
	}
	if isArray(ms.Type) != m.Array {
		return fmt.Errorf("map %s: type %s does not match the metadata (array %t)", m.Name, ms.Type, m.Array)
	}
	return nil
}

// checkRuntimeMaps checks the types of the maps of the runtime protocol,
// which are optional: a script without asynchronous actions needs neither.
func checkRuntimeMaps(spec *ebpf.CollectionSpec) error {
	if ms := spec.Maps[abi.EventsMap]; ms != nil && ms.Type != ebpf.RingBuf {
		return fmt.Errorf("map %s is a %s, not a RingBuf", abi.EventsMap, ms.Type)
	}
	if ms := spec.Maps[abi.ExitMap]; ms != nil && (ms.Type != ebpf.Array || ms.KeySize != 4 || ms.ValueSize != 8) {
		return fmt.Errorf("map %s must be an Array of u64 with u32 keys", abi.ExitMap)
	}
	return nil
}

// perCPU reports whether values of maps of type t are per CPU.
func perCPU(t ebpf.MapType) bool {
	switch t {
	case ebpf.PerCPUHash, ebpf.PerCPUArray, ebpf.LRUCPUHash:
		return true
	}
	return false
}

// isArray reports whether maps of type t have a fixed set of keys.
func isArray(t ebpf.MapType) bool {
	return t == ebpf.Array || t == ebpf.PerCPUArray
}
