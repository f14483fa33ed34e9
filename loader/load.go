package loader

import (
	"errors"
	"fmt"
	"strings"

	"github.com/cilium/ebpf"

	"github.com/bpftc/bpftc/loader/abi"
)

// defaultRingBufferSize is the size of abi.EventsMap when RunOptions leave it 0.
const defaultRingBufferSize = 1 << 20

// verifierLines is how many lines of the verifier log a load error shows.
const verifierLines = 6

// loaded is an object's kernel side: its maps and programs.
type loaded struct {
	maps  *ebpf.Collection         // every map of the object, no programs
	progs map[string]*ebpf.Program // by ELF symbol
}

// load creates the object's maps, sizing the ring buffer, then loads its
// programs one by one in metadata order, so that a rejection names its probe.
func (o *Object) load(ringSize int) (*loaded, error) {
	spec := o.spec.Copy()
	if ms := spec.Maps[abi.EventsMap]; ms != nil {
		ms.MaxEntries = uint32(ringSize)
	}
	progs := spec.Programs
	spec.Programs = nil
	maps, err := ebpf.NewCollection(spec)
	if err != nil {
		return nil, fmt.Errorf("create maps: %w", err)
	}
	l := &loaded{maps: maps, progs: make(map[string]*ebpf.Program, len(progs))}
	for _, p := range o.meta.Programs {
		prog, err := loadProgram(progs[p.Name], maps.Maps, ebpf.ProgramOptions{})
		if err != nil {
			l.close()
			return nil, loadError(&p, err)
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

// loadError names the program and its probe, and keeps the last lines of a
// verifier log.
func loadError(p *abi.Program, err error) error {
	probe := p.Attach[0].Name
	if len(p.Attach) > 1 {
		probe += ", ..."
	}
	var ve *ebpf.VerifierError
	if !errors.As(err, &ve) {
		return fmt.Errorf("load program %s (%s): %w", p.Name, probe, err)
	}
	log := ve.Log
	if n := len(log); n > 0 && strings.HasPrefix(log[n-1], "processed ") {
		log = log[:n-1]
	}
	if len(log) > verifierLines {
		log = log[len(log)-verifierLines:]
	}
	var b strings.Builder
	fmt.Fprintf(&b, "load program %s (%s): %v", p.Name, probe, ve.Cause)
	for _, line := range log {
		b.WriteString("\n\t")
		b.WriteString(strings.TrimRight(line, " \t"))
	}
	return &loadErr{msg: b.String(), err: err}
}

// loadErr is a verifier rejection with a multi-line message.
type loadErr struct {
	msg string
	err error
}

func (e *loadErr) Error() string { return e.msg }
func (e *loadErr) Unwrap() error { return e.err }

// close releases the programs and maps.
func (l *loaded) close() {
	for _, p := range l.progs {
		p.Close()
	}
	l.maps.Close()
}
