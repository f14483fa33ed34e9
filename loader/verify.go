package loader

import (
	"regexp"
	"strconv"
	"sync"

	"github.com/cilium/ebpf"
)

// ProgramReport is what the kernel verifier said about one program.
type ProgramReport struct {
	Name      string // program symbol
	Probe     string // its first attach point
	Insns     int    // instruction slots
	Processed int    // instructions the verifier processed ("processed N insns")
}

// processedRE is compiled on first use: bpftc links this package, and
// compiling it at start-up would slow every bpftc command.
var processedRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`processed (\d+) insns`) })

// Verify loads every program of the object through the kernel verifier and
// closes it again, attaching nothing: the check a pipeline runs on a canary
// host (bpfrun --dry-run).
func (o *Object) Verify() ([]ProgramReport, error) {
	l, err := o.load(defaultRingBufferSize)
	if err != nil {
		return nil, err
	}
	defer l.close()
	var reports []ProgramReport
	for _, p := range o.meta.Programs {
		ps := l.specs[p.Name].Copy()
		r := ProgramReport{Name: p.Name, Probe: p.Attach[0].Name, Insns: int(ps.Instructions.Size() / 8)}
		// Load once more with statistics in the log: the first load, without
		// a log, is the one whose errors the user sees.
		opts := o.programOptions()
		opts.LogLevel = ebpf.LogLevelStats
		prog, err := loadProgram(ps, l.maps.Maps, opts)
		if err != nil {
			return nil, o.cutLog(loadError(&p, ps, err))
		}
		if m := processedRE().FindStringSubmatch(prog.VerifierLog); m != nil {
			r.Processed, _ = strconv.Atoi(m[1])
		}
		prog.Close()
		reports = append(reports, r)
	}
	return reports, nil
}
