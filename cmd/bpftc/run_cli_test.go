package main

import (
	"os"
	"strings"
	"testing"
)

// TestRunCLI checks bpftrace's command line in run mode (CLI-19): -V and
// --version, -h and --help, bad flags and a bare command line, with
// bpftrace's streams and statuses, as "bpftc run" and as "bpftrace".
func TestRunCLI(t *testing.T) {
	version := "bpftrace v0.17.0 (bpftc 0.1.0)\n"
	for _, tc := range []struct {
		args       []string // after the program name
		status     int
		stdout     string
		stderrHead string // the first line of stderr, "" for none
		usage      bool   // stderr ends with the usage
	}{
		{args: []string{"--version"}, stdout: version},
		{args: []string{"-V"}, stdout: version},
		{args: []string{"-e", "BEGIN {}", "-V"}, stdout: version},
		{args: []string{"-h"}, stderrHead: "USAGE:", usage: true},
		{args: []string{"--help"}, stderrHead: "USAGE:", usage: true},
		{args: []string{"-qh"}, stderrHead: "USAGE:", usage: true},
		{args: []string{}, status: 1, stderrHead: "USAGE:", usage: true},
		{args: []string{"-idonotexist"}, status: 1, stderrHead: "PROG: invalid option -- 'i'", usage: true},
		{args: []string{"-qz"}, status: 1, stderrHead: "PROG: invalid option -- 'z'", usage: true},
		{args: []string{"--foo=1"}, status: 1, stderrHead: "PROG: unrecognized option '--foo=1'", usage: true},
		{args: []string{"-e"}, status: 1, stderrHead: "PROG: option requires an argument -- 'e'", usage: true},
		{args: []string{"--include"}, status: 1, stderrHead: "PROG: option '--include' requires an argument", usage: true},
	} {
		for _, prog := range []string{"bpftrace", "bpftc run"} {
			argv := append([]string{"/usr/bin/bpftrace"}, tc.args...)
			if prog != "bpftrace" {
				argv = append([]string{"bpftc", "run"}, tc.args...)
			}
			var out, errb strings.Builder
			st := run(argv, &out, &errb)
			stderr := errb.String()
			head, _, _ := strings.Cut(stderr, "\n")
			name := prog
			if prog == "bpftrace" {
				name = "/usr/bin/bpftrace" // getopt's argv[0]
			}
			want := strings.ReplaceAll(tc.stderrHead, "PROG", name)
			if st != tc.status || out.String() != tc.stdout || head != want {
				t.Errorf("%s %q: status %d, stdout %q, stderr %q; want %d, %q, first line %q", prog, tc.args, st, out.String(), stderr, tc.status, tc.stdout, want)
			}
			if tc.usage && !strings.HasSuffix(stderr, runUsage(prog)) {
				t.Errorf("%s %q: stderr does not end with the usage:\n%s", prog, tc.args, stderr)
			}
		}
	}
}

// TestOwnVersion checks that bpftc keeps its own version line.
func TestOwnVersion(t *testing.T) {
	out, _, st := runBpftc(t, "--version")
	if st != 0 || out != "bpftc version 0.1.0\n" {
		t.Errorf("bpftc --version: %d %q", st, out)
	}
}

// TestRunUsageLayout checks the usage keeps bpftrace's sections, in its
// order, and names the command.
func TestRunUsageLayout(t *testing.T) {
	u := runUsage("bpftrace")
	last := -1
	for _, h := range []string{"USAGE:\n", "\nOPTIONS:\n", "\nTROUBLESHOOTING OPTIONS:\n", "\nENVIRONMENT:\n", "\nEXAMPLES:\n"} {
		i := strings.Index(u, h)
		if i <= last {
			t.Errorf("usage: %q missing or out of order", h)
		}
		last = i
	}
	for _, want := range []string{"    bpftrace [options] -e 'program'\n", "    --info         Print information about kernel BPF support\n", "BPFTRACE_MAX_BPF_PROGS"} {
		if !strings.Contains(u, want) {
			t.Errorf("usage lacks %q", want)
		}
	}
}

// TestRunInfo checks "bpftrace --info" prints bpftrace's sections on
// stderr (the kernel lines are compared with bpftrace's in e2e.TestInfo).
func TestRunInfo(t *testing.T) {
	if os.Geteuid() != 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("needs root")
		}
		t.Skip("needs root")
	}
	var out, errb strings.Builder
	st := run([]string{"bpftrace", "--info"}, &out, &errb)
	if st != 0 || out.Len() != 0 {
		t.Fatalf("status %d, stdout %q, stderr %q", st, out.String(), errb.String())
	}
	var titles []string
	for _, l := range strings.Split(errb.String(), "\n") {
		if l != "" && !strings.HasPrefix(l, " ") {
			titles = append(titles, l)
		}
	}
	want := "System Build Kernel helpers Kernel features Map types Probe types"
	if got := strings.Join(titles, " "); got != want {
		t.Errorf("sections %q, want %q", got, want)
	}
	for _, line := range []string{"  version: bpftc 0.1.0 (bpftrace v0.17.0)\n", "  LLVM: none (native backend)\n", "  perf_event_array: yes\n"} {
		if !strings.Contains(errb.String(), line) {
			t.Errorf("--info lacks %q", line)
		}
	}
}
