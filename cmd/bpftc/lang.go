package main

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/bpftc/bpftc/compiler"
	"github.com/bpftc/bpftc/loader/session"
)

// helperCheckLevel is bpftrace's -k (1) and -kk (2): which failed helper
// calls the programs report (CLI-15).
func helperCheckLevel(c *cli.Context) int {
	switch {
	case c.Bool("kk"):
		return 2
	case c.Bool("k"):
		return 1
	}
	return 0
}

// bufferMode applies bpftrace's -B to stdout (CLI-13, OUT-17): "line"
// (the default) and "none" write every event as it is printed, "full"
// holds the output until the run ends.
func bufferMode(mode string, stdout io.Writer) (io.Writer, func(), error) {
	switch mode {
	case "", "line", "none":
		return stdout, func() {}, nil
	case "full":
		bw := bufio.NewWriterSize(stdout, 64<<10)
		return bw, func() { bw.Flush() }, nil
	}
	return nil, nil, &session.StatusError{Status: session.ExitUsage, Msg: "USAGE: -B must be either 'line', 'full', or 'none'."}
}

// setProcessName names every thread of the process (what comm shows in
// BEGIN and END, which run in the loader's thread): invoked as "bpftrace",
// bpftc answers to that name as bpftrace does ("print(comm)" in BEGIN). New
// threads inherit the name of the thread that creates them.
func setProcessName(name string) {
	tasks, err := os.ReadDir("/proc/self/task")
	if err != nil {
		return
	}
	for _, t := range tasks {
		os.WriteFile("/proc/self/task/"+t.Name()+"/comm", []byte(name), 0)
	}
}

// envLimits reads bpftrace's BPFTRACE_MAP_KEYS_MAX and
// BPFTRACE_MAX_BPF_PROGS into opts.
func envLimits(opts *compiler.Options) error {
	keys, err := envUint64("BPFTRACE_MAP_KEYS_MAX", 0)
	if err != nil {
		return err
	}
	opts.MapKeysMax = clampInt(keys)
	if _, ok := os.LookupEnv("BPFTRACE_MAX_BPF_PROGS"); ok {
		progs, err := envUint64("BPFTRACE_MAX_BPF_PROGS", 0)
		if err != nil {
			return err
		}
		opts.MaxBPFProgs = &progs
	}
	return nil
}

// envUint64 reads an unsigned environment variable as bpftrace's
// get_uint64_env_var does (istream >> uint64_t: leading space, then
// digits; what follows them is ignored); def when unset.
func envUint64(name string, def uint64) (uint64, error) {
	v, ok := os.LookupEnv(name)
	if !ok {
		return def, nil
	}
	s := strings.TrimLeft(v, " \t\n\v\f\r")
	s = strings.TrimPrefix(s, "+")
	end := 0
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	n, err := strconv.ParseUint(s[:end], 10, 64)
	if err != nil {
		return 0, &session.StatusError{Status: session.ExitUsage, Msg: fmt.Sprintf("Env var '%s' did not contain a valid uint64_t, or was zero-valued.", name)}
	}
	return n, nil
}

func clampInt(n uint64) int {
	if n > math.MaxInt32 {
		return math.MaxInt32
	}
	return int(n)
}
