package loader

import (
	"fmt"

	"github.com/cilium/ebpf"

	"github.com/bpftc/bpftc/loader/abi"
)

// defaultRingBufferSize is the size of abi.EventsMap when RunOptions leave it 0.
const defaultRingBufferSize = 1 << 20

// verifierLines is how many lines of the verifier log a load error shows.
const verifierLines = 6

// loaded is an object's kernel side: its maps and programs.
type loaded struct {
	maps  *ebpf.Collection             // every map of the object, no programs
	progs map[string]*ebpf.Program     // by ELF symbol
	specs map[string]*ebpf.ProgramSpec // what was loaded, by ELF symbol
}

// load creates the object's maps, sizing the ring buffer, then loads its
// programs one by one in metadata order, so that a rejection names its probe.
func (o *Object) load(ringSize int) (*loaded, error) {
	if err := o.preflight(); err != nil {
		return nil, err
	}
	spec, err := o.checkedSpec(o.host())
	if err != nil {
		return nil, err
	}
	if err := o.setKernelSymbols(spec); err != nil {
		return nil, err
	}
	if ms := spec.Maps[abi.EventsMap]; ms != nil {
		ms.MaxEntries = uint32(ringSize)
	}
	progs := spec.Programs
	spec.Programs = nil
	maps, err := ebpf.NewCollection(spec)
	if err != nil {
		return nil, fmt.Errorf("create maps: %w", err)
	}
	l := &loaded{maps: maps, progs: make(map[string]*ebpf.Program, len(progs)), specs: progs}
	for _, p := range o.meta.Programs {
		prog, err := loadProgram(progs[p.Name], maps.Maps, o.programOptions())
		if err != nil {
			l.close()
			return nil, o.cutLog(loadError(&p, progs[p.Name], err))
		}
		l.progs[p.Name] = prog
	}
	return l, nil
}

// loadProgram links a program's map references to the created maps and loads it.
func loadProgram(ps *ebpf.ProgramSpec, maps map[string]*ebpf.Map, opts ebpf.ProgramOptions) (*ebpf.Program, error) {
	ps = ps.Copy()
	for i := range ps.Instructions {
		ins := &ps.Instructions[i]
		if !ins.IsLoadFromMap() || ins.Reference() == "" {
			continue
		}
		m := maps[ins.Reference()]
		if m == nil {
			return nil, fmt.Errorf("reference to unknown map %s", ins.Reference())
		}
		if err := ins.AssociateMap(m); err != nil {
			return nil, fmt.Errorf("map %s: %w", ins.Reference(), err)
		}
	}
	return ebpf.NewProgramWithOptions(ps, opts)
}

// loadError names the program and its probe; a verifier rejection becomes
// a VerifierError, located in the script through ps's line info.
func loadError(p *abi.Program, ps *ebpf.ProgramSpec, err error) error {
	err = tracingLoadError(p, err)
	probe := p.Attach[0].Name
	if len(p.Attach) > 1 {
		probe += ", ..."
	}
	ve, ok := asVerifierError(err)
	if !ok {
		return fmt.Errorf("load program %s (%s): %w", p.Name, probe, err)
	}
	return newVerifierError(p.Name, probe, ps, ve, err)
}

// close releases the programs and maps.
func (l *loaded) close() {
	for _, p := range l.progs {
		p.Close()
	}
	l.maps.Close()
}
