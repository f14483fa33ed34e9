package main

import (
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/bpftc/bpftc/compiler"
	"github.com/bpftc/bpftc/frontend/source"
)

// inProcessRuns is how many in-process compilations give the median.
const inProcessRuns = 200

// compileResult is what the compile section learned about one script.
type compileResult struct {
	s                     *script
	inProc                summary
	ours, bpftrace, empty summary
	version               summary // bpftc --version: start-up alone
	oursObj, btObj        string
}

// measureCompile times every script's compilation by bpftc (in-process and
// whole-process), by bpftrace --emit-elf and, as the baseline, the run of
// an empty Go program; the objects are left in tmp.
func measureCompile(cfg *config, scripts []*script, progress io.Writer) ([]compileResult, error) {
	var out []compileResult
	for _, s := range scripts {
		fmt.Fprintf(progress, "compile time: %s\n", s.name)
		r := compileResult{
			s:       s,
			oursObj: filepath.Join(cfg.tmp, s.name+".bpftc.o"),
			btObj:   filepath.Join(cfg.tmp, s.name+".bpftrace.o"),
		}
		var err error
		if r.inProc, err = inProcess(s); err != nil {
			return nil, fmt.Errorf("%s: %w", s.name, err)
		}
		// bpftrace runs in a block of its own: the kernel's work after each
		// of its exits (freeing the programs and maps of its feature
		// probes) would otherwise fall on the short commands next to it.
		light := [][]string{
			append([]string{cfg.bpftc, "compile", "-o", r.oursObj, s.path}, s.params...),
			{cfg.empty},
			{cfg.bpftc, "--version"},
		}
		sums, err := timeInterleaved(light, cfg.runs)
		if err != nil {
			return nil, err
		}
		r.ours, r.empty, r.version = sums[0], sums[1], sums[2]
		bt := [][]string{append([]string{cfg.bpftrace, "--emit-elf", r.btObj, s.path}, s.params...)}
		if sums, err = timeInterleaved(bt, cfg.runs); err != nil {
			return nil, err
		}
		r.bpftrace = sums[0]
		out = append(out, r)
	}
	return out, nil
}

// inProcess times compiler.Compile on s, after one warm-up compilation.
func inProcess(s *script) (summary, error) {
	f := &source.File{Name: filepath.Base(s.path), Text: s.text}
	opts := &compiler.Options{Params: s.params}
	if _, err := compiler.Compile(f, opts); err != nil {
		return summary{}, err
	}
	ds := make([]time.Duration, 0, inProcessRuns)
	for range inProcessRuns {
		start := time.Now()
		res, err := compiler.Compile(f, opts)
		ds = append(ds, time.Since(start))
		if err != nil || len(res.Object) == 0 {
			return summary{}, fmt.Errorf("compile: %v", err)
		}
	}
	return summarise(ds), nil
}

// cell formats a whole-process time as "median (min)".
func cell(s summary) string {
	return fmt.Sprintf("%s (%s)", ms(s.median), ms(s.min))
}

// writeCompile prints the compile-time table.
func writeCompile(w io.Writer, cfg *config, rs []compileResult) {
	fmt.Fprintf(w, "### Compile time\n\nMedian (minimum) wall-clock time of %d runs of each command after a warm-up run; "+
		"bpftc's and the empty program's interleaved, bpftrace's in a block of their own; in-process is the median of %d calls of compiler.Compile. Target: whole-process `bpftc compile` "+
		"within 2× of the empty Go program, in-process under 0.5 ms. `bpftc --version` is bpftc's start-up "+
		"(runtime and package initialisation) without compiling.\n\n", cfg.runs, inProcessRuns)
	t := &table{head: []string{"script", "in-process", "`bpftc compile`", "`bpftrace --emit-elf`",
		"empty Go program", "`bpftc --version`", "bpftc ÷ empty", "bpftrace ÷ bpftc", "target"}}
	for _, r := range rs {
		ok := r.ours.median <= 2*r.empty.median && r.inProc.median < 500*time.Microsecond
		t.add(r.s.name, us(r.inProc.median), cell(r.ours), cell(r.bpftrace), cell(r.empty), cell(r.version),
			ratio(r.ours.median, r.empty.median), ratio(r.bpftrace.median, r.ours.median), verdict(ok))
	}
	t.write(w)
}

// writeInsns prints the instruction-count table from the objects that the
// compile section left behind.
func writeInsns(w io.Writer, rs []compileResult) error {
	fmt.Fprintf(w, "### Instructions\n\n8-byte instruction slots in the object (a 64-bit immediate load takes two), "+
		"summed over its programs: bpftc's executable sections, bpftrace's `s_*` sections. "+
		"Target: never more than bpftrace.\n\n")
	t := &table{head: []string{"script", "bpftc insns (programs)", "bpftrace insns (programs)", "bpftc − bpftrace", "target"}}
	for _, r := range rs {
		ours, op, err := insnSlots(r.oursObj, "")
		if err != nil {
			return err
		}
		bt, bp, err := insnSlots(r.btObj, "s_")
		if err != nil {
			return err
		}
		t.add(r.s.name, fmt.Sprintf("%d (%d)", ours, op), fmt.Sprintf("%d (%d)", bt, bp),
			fmt.Sprintf("%+d (%+.0f %%)", ours-bt, 100*float64(ours-bt)/float64(bt)), verdict(ours <= bt))
	}
	t.write(w)
	return nil
}
