package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// config is what the command line sets.
type config struct {
	bpftc, bpfrun, bpftrace string
	empty, workload         string
	tmp                     string
	runs, rounds, events    int
	attachScript            string
	sections                string
	sizes                   multiFlag
}

// multiFlag collects a flag given several times.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(s string) error { *m = append(*m, s); return nil }

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "benchtool: %v\n", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	cfg := &config{}
	fs := flag.NewFlagSet("benchtool", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.bpftc, "bpftc", "bin/bpftc", "bpftc binary")
	fs.StringVar(&cfg.bpfrun, "bpfrun", "bin/bpfrun", "bpfrun binary")
	fs.StringVar(&cfg.bpftrace, "bpftrace", "bpftrace", "bpftrace binary")
	fs.StringVar(&cfg.empty, "empty", "", "an empty Go program, the baseline of whole-process times")
	fs.StringVar(&cfg.workload, "workload", "", "the workload program (scripts/bench-workload.c)")
	fs.StringVar(&cfg.tmp, "tmp", "", "directory for objects (required)")
	fs.IntVar(&cfg.runs, "runs", 20, "runs per command for whole-process and attach times")
	fs.IntVar(&cfg.rounds, "rounds", 5, "rounds per one-liner for per-event cost")
	fs.IntVar(&cfg.events, "events", 1000000, "system calls per workload run")
	fs.StringVar(&cfg.attachScript, "attach-script", "", "script for start-to-attached (default: the first script)")
	fs.StringVar(&cfg.sections, "sections", "compile,events,attach,size", "comma-separated sections to run")
	fs.Var(&cfg.sizes, "size", "LABEL=PATH of a binary whose size to report (repeatable)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if cfg.tmp == "" {
		return errors.New("usage: -tmp DIR is required")
	}
	var scripts []*script
	for _, p := range fs.Args() {
		s, err := loadScript(p)
		if err != nil {
			return err
		}
		scripts = append(scripts, s)
	}
	want := map[string]bool{}
	for _, s := range strings.Split(cfg.sections, ",") {
		want[strings.TrimSpace(s)] = true
	}

	var out bytes.Buffer // printed at the end, so progress lines do not interleave
	writeEnv(&out, cfg)
	if want["compile"] {
		if len(scripts) == 0 || cfg.empty == "" {
			return errors.New("compile: scripts and -empty are required")
		}
		rs, err := measureCompile(cfg, scripts, stderr)
		if err != nil {
			return fmt.Errorf("compile: %w", err)
		}
		writeCompile(&out, cfg, rs)
		if err := writeInsns(&out, rs); err != nil {
			return fmt.Errorf("instructions: %w", err)
		}
	}
	if want["events"] {
		if cfg.workload == "" {
			return errors.New("events: -workload is required")
		}
		rs, err := measureEvents(cfg, stderr)
		if err != nil {
			return fmt.Errorf("per-event cost: %w", err)
		}
		writeEvents(&out, cfg, rs)
	}
	if want["attach"] {
		s, err := attachScript(cfg, scripts)
		if err != nil {
			return err
		}
		rs, err := measureAttach(cfg, s, stderr)
		if err != nil {
			return fmt.Errorf("start to attached: %w", err)
		}
		writeAttach(&out, cfg, s, rs)
	}
	if want["size"] && len(cfg.sizes) > 0 {
		if err := writeSizes(&out, cfg.sizes); err != nil {
			return err
		}
	}
	fmt.Fprintf(&out, "Load average at the end: %s\n", loadavg())
	_, err := stdout.Write(out.Bytes())
	return err
}

// attachScript is the script named by -attach-script, or the first one.
func attachScript(cfg *config, scripts []*script) (*script, error) {
	if cfg.attachScript != "" {
		return loadScript(cfg.attachScript)
	}
	if len(scripts) == 0 {
		return nil, errors.New("attach: no script")
	}
	return scripts[0], nil
}

// writeEnv prints the date and the machine.
func writeEnv(w io.Writer, cfg *config) {
	var uts unix.Utsname
	kernel := "?"
	if unix.Uname(&uts) == nil {
		kernel = unix.ByteSliceToString(uts.Release[:])
	}
	bt := "?"
	if b, err := exec.Command(cfg.bpftrace, "--version").Output(); err == nil {
		bt = strings.TrimSpace(string(b))
	}
	fmt.Fprintf(w, "Date: %s. Machine: %d CPUs (%s), kernel %s, %s, %s. Load average at the start: %s\n\n",
		time.Now().UTC().Format("2006-01-02 15:04 MST"), runtime.NumCPU(), cpuModel(), kernel,
		runtime.Version(), bt, loadavg())
}

// cpuModel is the first "model name" of /proc/cpuinfo.
func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "?"
	}
	for line := range strings.Lines(string(b)) {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "?"
}

// loadavg is the first three fields of /proc/loadavg.
func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}
