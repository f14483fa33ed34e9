package main

import (
	"debug/elf"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// attachResult is the start-to-attached times of one command, and its
// resident memory once attached.
type attachResult struct {
	label string
	argv  []string
	sum   summary
	rss   []int64 // VmRSS in KiB, read right after attach, one per run
	hwm   []int64 // VmHWM (peak RSS) in KiB, read right after attach
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
	n, err := countAttachPoints(cfg.bpftc, obj)
	if err != nil {
		return nil, err
	}
	s.attachPoints = n
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
			rss, hwm, merr := memoryOf(t.pid())
			if _, err := t.stop(stopTimeout); err != nil {
				return nil, fmt.Errorf("%s: %w", rs[i].argv[0], err)
			}
			times[i] = append(times[i], t.attached)
			if merr == nil {
				rs[i].rss = append(rs[i].rss, rss)
				rs[i].hwm = append(rs[i].hwm, hwm)
			}
		}
	}
	for i := range rs {
		rs[i].sum = summarise(times[i])
	}
	return rs, nil
}

// writeAttach prints the start-to-attached table.
func writeAttach(w io.Writer, cfg *config, s *script, rs []attachResult) {
	fmt.Fprintf(w, "### Start to attached\n\nTime from just before the fork until `%s` appears on stderr, for `%s` "+
		"(%d attach points), %d runs each, interleaved; resident memory (VmRSS, and VmHWM: the peak so far) "+
		"read from /proc right after attach, median over the runs. Target: bpfrun within 30 ms.\n\n",
		notifyLine, s.path, s.attachPoints, cfg.runs)
	t := &table{head: []string{"command", "median", "min", "RSS", "peak RSS", "target"}}
	for i, r := range rs {
		v := ""
		if i == 0 {
			v = verdict(r.sum.median <= 30*time.Millisecond)
		}
		t.add(r.label, ms(r.sum.median), ms(r.sum.min), mib(medianInt(r.rss)), mib(medianInt(r.hwm)), v)
	}
	t.write(w)
}

// countAttachPoints counts the attach points of obj, from its metadata.
func countAttachPoints(bpftc, obj string) (int, error) {
	out, err := exec.Command(bpftc, "inspect", "--json", obj).Output()
	if err != nil {
		return 0, fmt.Errorf("inspect %s: %w", obj, err)
	}
	var doc struct {
		Meta struct {
			Programs []struct {
				Attach []json.RawMessage `json:"attach"`
			} `json:"programs"`
		} `json:"meta"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		return 0, fmt.Errorf("inspect %s: %w", obj, err)
	}
	n := 0
	for _, p := range doc.Meta.Programs {
		n += len(p.Attach)
	}
	return n, nil
}

// memoryOf reads the resident set size and its peak, in KiB, of process
// pid from /proc/PID/status.
func memoryOf(pid int) (rss, hwm int64, err error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		switch k {
		case "VmRSS":
			rss = n
		case "VmHWM":
			hwm = n
		}
	}
	if rss == 0 {
		return 0, 0, fmt.Errorf("pid %d: no VmRSS", pid)
	}
	return rss, hwm, nil
}

// medianInt is the median of xs, 0 when empty.
func medianInt(xs []int64) int64 {
	if len(xs) == 0 {
		return 0
	}
	ys := append([]int64(nil), xs...)
	sort.Slice(ys, func(i, j int) bool { return ys[i] < ys[j] })
	return ys[len(ys)/2]
}

// mib formats KiB as MiB with one decimal.
func mib(kib int64) string {
	if kib == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f MiB", float64(kib)/1024)
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
