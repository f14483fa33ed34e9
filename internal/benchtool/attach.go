package main

import (
	"debug/elf"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// attachResult is the start-to-attached times of one command.
type attachResult struct {
	label string
	argv  []string
	sum   summary
}

// measureAttach times, for s, how long bpfrun (on the object compiled
// beforehand), "bpftc run" and bpftrace take from start until their probes
// are attached, interleaved, cfg.runs times each.
func measureAttach(cfg *config, s *script, progress io.Writer) ([]attachResult, error) {
	fmt.Fprintf(progress, "start to attached: %s\n", s.name)
	obj := filepath.Join(cfg.tmp, s.name+".attach.o")
	if _, err := runOnce(append([]string{cfg.bpftc, "compile", "-o", obj, s.path}, s.params...)); err != nil {
		return nil, err
	}
	rs := []attachResult{
		{label: "`bpfrun OBJ.o` (compiled beforehand)", argv: []string{cfg.bpfrun, obj}},
		{label: "`bpftc run` (compile, load, attach)", argv: append([]string{cfg.bpftc, "run", s.path}, s.params...)},
		{label: "`bpftrace`", argv: append([]string{cfg.bpftrace, s.path}, s.params...)},
	}
	times := make([][]time.Duration, len(rs))
	for r := range cfg.runs {
		for k := range rs {
			i := (k + r) % len(rs)
			t, err := startTracer(rs[i].argv, attachTimeout)
			if err != nil {
				return nil, err
			}
			if _, err := t.stop(stopTimeout); err != nil {
				return nil, fmt.Errorf("%s: %w", rs[i].argv[0], err)
			}
			times[i] = append(times[i], t.attached)
		}
	}
	for i := range rs {
		rs[i].sum = summarise(times[i])
	}
	return rs, nil
}

// writeAttach prints the start-to-attached table.
func writeAttach(w io.Writer, cfg *config, s *script, rs []attachResult) {
	fmt.Fprintf(w, "### Start to attached\n\nTime from just before the fork until `%s` appears on stderr, for `%s`, "+
		"%d runs each, interleaved. Target: bpfrun within 30 ms.\n\n", notifyLine, s.path, cfg.runs)
	t := &table{head: []string{"command", "median", "min", "target"}}
	for i, r := range rs {
		v := ""
		if i == 0 {
			v = verdict(r.sum.median <= 30*time.Millisecond)
		}
		t.add(r.label, ms(r.sum.median), ms(r.sum.min), v)
	}
	t.write(w)
}

// writeSizes prints the size of each binary and whether it is static.
func writeSizes(w io.Writer, bins []string) error {
	fmt.Fprintf(w, "### bpfrun binary\n\n")
	t := &table{head: []string{"build", "bytes", "MiB", "static"}}
	for _, b := range bins {
		label, path, ok := cutLabel(b)
		if !ok {
			return fmt.Errorf("size: %q is not LABEL=PATH", b)
		}
		fi, err := os.Stat(path)
		if err != nil {
			return err
		}
		static, err := isStatic(path)
		if err != nil {
			return err
		}
		t.add(label, fmt.Sprint(fi.Size()), fmt.Sprintf("%.1f", float64(fi.Size())/(1<<20)), fmt.Sprint(static))
	}
	t.write(w)
	return nil
}

// cutLabel splits "LABEL=PATH" at its last '='.
func cutLabel(s string) (label, path string, ok bool) {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '=' {
			return s[:i], s[i+1:], i > 0 && i < len(s)-1
		}
	}
	return "", "", false
}

// isStatic reports whether the executable at path asks for no dynamic
// loader.
func isStatic(path string) (bool, error) {
	f, err := elf.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			return false, nil
		}
	}
	return true, nil
}
