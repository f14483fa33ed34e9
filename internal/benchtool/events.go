package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"
)

// oneLiner is a probe whose per-event cost design.md records.
type oneLiner struct {
	prog     string
	workload string // argument of the workload program: getppid or write
	// design.md's figures in ns/event, measured earlier: the hand-written
	// programs and bpftrace 0.17.
	designFloor, designBpftrace float64
}

var oneLiners = []oneLiner{
	{"t:raw_syscalls:sys_enter { @[comm] = count(); }", "getppid", 171, 196},
	{"t:raw_syscalls:sys_enter { @ = count(); }", "getppid", 87, 123},
	{"t:raw_syscalls:sys_enter { @[pid] = count(); }", "getppid", 182, 188},
	{"t:syscalls:sys_enter_write { @bytes = hist(args->count); }", "write", 120, 203},
}

// eventCost is one tracer's measurement of one probe.
type eventCost struct {
	ns               []float64 // one figure per round
	events           uint64    // events counted in the last round
	xlated, verified int
}

const (
	attachTimeout = 60 * time.Second
	stopTimeout   = 30 * time.Second
)

// measureEvent runs tracer argv until attached, then the workload, and
// returns the nanoseconds per event that its programs' statistics give.
func measureEvent(argv, workload []string, c *eventCost) error {
	t, err := startTracer(argv, attachTimeout)
	if err != nil {
		return err
	}
	ids, err := progIDs(t.pid())
	var before, after runStats
	if err == nil {
		before, err = readStats(ids)
	}
	if err == nil {
		_, err = runOnce(workload)
	}
	if err == nil {
		after, err = readStats(ids)
	}
	if err == nil && c.xlated == 0 {
		c.xlated, c.verified, err = loadedSize(ids)
	}
	out, serr := t.stop(stopTimeout)
	if err != nil {
		return err
	}
	if serr != nil {
		return fmt.Errorf("%s: %w", argv[0], serr)
	}
	if !strings.Contains(out, "@") {
		return fmt.Errorf("%s printed no map", argv[0])
	}
	n := after.count - before.count
	if n == 0 {
		return fmt.Errorf("%s: no event during the workload", argv[0])
	}
	c.ns = append(c.ns, float64(after.runtime-before.runtime)/float64(n))
	c.events = n
	return nil
}

// measureFloor is measureEvent for the hand-written program of one-liner i.
func measureFloor(i int, workload []string, c *eventCost) error {
	f, err := startFloor(i)
	if err != nil {
		return err
	}
	defer f.close()
	id, err := f.id()
	if err != nil {
		return err
	}
	ids := []ebpf.ProgramID{id}
	before, err := readStats(ids)
	if err != nil {
		return err
	}
	if _, err := runOnce(workload); err != nil {
		return err
	}
	after, err := readStats(ids)
	if err != nil {
		return err
	}
	if c.xlated == 0 {
		if c.xlated, c.verified, err = loadedSize(ids); err != nil {
			return err
		}
	}
	n := after.count - before.count
	if n == 0 {
		return errors.New("floor: no event during the workload")
	}
	c.ns = append(c.ns, float64(after.runtime-before.runtime)/float64(n))
	c.events = n
	return nil
}

// eventResult is the three contestants' cost for one one-liner.
type eventResult struct {
	o                     oneLiner
	ours, bpftrace, floor eventCost
}

// measureEvents compiles each one-liner with bpftc and measures it run by
// bpfrun, by bpftrace and as a hand-written program, under the same
// workload, for cfg.rounds rounds, the order rotating every round.
// Statistics are on (BPF_ENABLE_STATS) only while this runs; the sysctl
// kernel.bpf_stats_enabled is left alone.
func measureEvents(cfg *config, progress io.Writer) ([]eventResult, error) {
	stats, err := ebpf.EnableStats(unix.BPF_STATS_RUN_TIME)
	if err != nil {
		return nil, fmt.Errorf("enable statistics: %w", err)
	}
	defer stats.Close()
	var out []eventResult
	for i, o := range oneLiners {
		fmt.Fprintf(progress, "per-event cost: %s\n", o.prog)
		obj := filepath.Join(cfg.tmp, "oneliner"+strconv.Itoa(i)+".o")
		if _, err := runOnce([]string{cfg.bpftc, "compile", "-e", o.prog, "-o", obj}); err != nil {
			return nil, err
		}
		work := []string{cfg.workload, o.workload, strconv.Itoa(cfg.events)}
		r := eventResult{o: o}
		runs := []func() error{
			func() error { return measureEvent([]string{cfg.bpfrun, "-q", obj}, work, &r.ours) },
			func() error { return measureEvent([]string{cfg.bpftrace, "-e", o.prog}, work, &r.bpftrace) },
			func() error { return measureFloor(i, work, &r.floor) },
		}
		for round := range cfg.rounds {
			for k := range runs {
				if err := runs[(k+round)%len(runs)](); err != nil {
					return nil, fmt.Errorf("%s: %w", o.prog, err)
				}
			}
		}
		out = append(out, r)
	}
	return out, nil
}

// writeEvents prints the per-event table.
func writeEvents(w io.Writer, cfg *config, rs []eventResult) {
	fmt.Fprintf(w, "### Per-event cost\n\nns per event = Δrun_time_ns ÷ Δrun_cnt of the programs across a workload of %d "+
		"system calls (`getppid` for raw_syscalls, `write` of 1 B…64 KiB to /dev/null for sys_enter_write), "+
		"median of %d rounds; in each round bpfrun (our object), bpftrace and the hand-written program (floor, "+
		"internal/benchtool/floor.go) run one after the other, the order rotating. design.md's figures, measured "+
		"earlier, are for reference. insns: translated (after the verifier) / verifier-processed. "+
		"Target: within 5 %% of the floor.\n\n", cfg.events, cfg.rounds)
	t := &table{head: []string{"one-liner", "bpfrun", "bpftrace", "floor", "bpfrun vs floor",
		"design.md: bpftrace / floor", "bpfrun insns", "bpftrace insns", "floor insns", "target"}}
	for _, r := range rs {
		ours, bt, fl := medianFloat(r.ours.ns), medianFloat(r.bpftrace.ns), medianFloat(r.floor.ns)
		t.add("`"+r.o.prog+"`", fmt.Sprintf("%.0f", ours), fmt.Sprintf("%.0f", bt), fmt.Sprintf("%.0f", fl),
			fmt.Sprintf("%+.0f %%", 100*(ours-fl)/fl),
			fmt.Sprintf("%.0f / %.0f", r.o.designBpftrace, r.o.designFloor),
			loaded(r.ours), loaded(r.bpftrace), loaded(r.floor),
			verdict(ours <= 1.05*fl))
	}
	t.write(w)
	fmt.Fprintf(w, "Every round (ns/event, in the order run):\n\n")
	for _, r := range rs {
		fmt.Fprintf(w, "- `%s`: bpfrun %s; bpftrace %s; floor %s (%d events in the last round)\n",
			r.o.prog, floats(r.ours.ns), floats(r.bpftrace.ns), floats(r.floor.ns), r.ours.events)
	}
	fmt.Fprintln(w)
}

// loaded formats translated / verified instruction counts.
func loaded(c eventCost) string {
	return fmt.Sprintf("%d / %d", c.xlated, c.verified)
}

// floats formats xs as "1, 2, 3" with no decimals.
func floats(xs []float64) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = fmt.Sprintf("%.0f", x)
	}
	return strings.Join(s, ", ")
}
