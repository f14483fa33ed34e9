package e2e

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBpftraceCommandLine runs bpftc installed as bpftrace and bpftrace
// 0.17 with the same command lines (CLI-19): -V and --version print the
// version on stdout ("bpftrace v0.17.0 (bpftc ...)" for us); -h, --help,
// a bad flag and no argument print getopt's complaint, if any, then the
// usage, on stderr, with bpftrace's status. The usage texts differ (ours
// lists bpftc run's options); their first line is the same.
func TestBpftraceCommandLine(t *testing.T) {
	bt := requireBpftrace(t)
	dir := t.TempDir()
	ours := filepath.Join(dir, "bpftrace")
	if err := os.Symlink(filepath.Join(binDir, "bpftc"), ours); err != nil {
		t.Fatal(err)
	}
	runIt := func(argv ...string) (stdout, stderr string, status int) {
		cmd := exec.Command(argv[0], argv[1:]...)
		cmd.Args[0] = "bpftrace" // getopt's messages start with argv[0]
		var o, e bytes.Buffer
		cmd.Stdout, cmd.Stderr = &o, &e
		err := cmd.Run()
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			status = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, l := range strings.SplitAfter(e.String(), "\n") {
			if !strings.Contains(l, "RLIMIT_MEMLOCK") {
				lines = append(lines, l)
			}
		}
		return o.String(), strings.Join(lines, ""), status
	}
	for _, args := range [][]string{
		{"--version"}, {"-V"},
		{"-h"}, {"--help"}, {"-qh"}, {},
		{"-idonotexist"}, {"-qz"}, {"--foo=1"}, {"-e"}, {"--include"},
	} {
		wantOut, wantErr, wantSt := runIt(append([]string{bt}, args...)...)
		gotOut, gotErr, gotSt := runIt(append([]string{ours}, args...)...)
		head := func(s string) string {
			lines := strings.SplitN(s, "\n", 3)
			return strings.Join(lines[:min(2, len(lines))], "\n")
		}
		if args := strings.Join(args, " "); args == "--version" || args == "-V" {
			if wantOut != "bpftrace v0.17.0\n" || !strings.HasPrefix(gotOut, "bpftrace v0.17.0 (bpftc ") || gotSt != wantSt || gotErr != "" {
				t.Errorf("%s: got %d %q %q, bpftrace %d %q", args, gotSt, gotOut, gotErr, wantSt, wantOut)
			}
			continue
		}
		if gotSt != wantSt || gotOut != wantOut || head(gotErr) != head(wantErr) {
			t.Errorf("%q: status %d, stdout %q, stderr starts %q; bpftrace: %d, %q, %q", args, gotSt, gotOut, head(gotErr), wantSt, wantOut, head(wantErr))
		}
	}
}
