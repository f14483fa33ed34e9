package parser

import (
	"bytes"
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var oracle = flag.Bool("oracle", false, "compare testdata/errors with the output of the installed bpftrace (needs root)")

// oracleDiffs are the error scripts whose expected output knowingly differs
// from bpftrace 0.17's, with the reason.
var oracleDiffs = map[string]string{
	"invalid_probe_type":    "bpftrace 0.17 aborts with 'FATAL: Invalid probe type made it to attachpoint parser'",
	"macro_recursion_limit": "columns past the end of the line are clamped to it (bpftrace prints 3:14-1015)",
	"unicode_invalid":       "columns count characters, bpftrace counts bytes",
	"macro_never_ending":    "bpftrace 0.17 expands this macro forever; we stop after 64 KiB of expansion",
}

// TestErrorsOracle runs bpftrace on every error script (go test -oracle)
// and compares its stderr, less the sandbox's RLIMIT_MEMLOCK line, with
// the .err golden.
func TestErrorsOracle(t *testing.T) {
	if !*oracle {
		t.Skip("run with -oracle to compare with bpftrace")
	}
	bin, err := exec.LookPath("bpftrace")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range files(t, "testdata/errors/*.bt") {
		name := strings.TrimSuffix(filepath.Base(path), ".bt")
		t.Run(name, func(t *testing.T) {
			if why, ok := oracleDiffs[name]; ok {
				t.Skip(why)
			}
			_, opts := readScript(t, path)
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, append([]string{filepath.Base(path)}, opts.Params...)...)
			cmd.Dir = filepath.Dir(path)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			cmd.Run()
			var got strings.Builder
			for _, l := range strings.SplitAfter(stderr.String(), "\n") {
				if !strings.Contains(l, "RLIMIT_MEMLOCK") {
					got.WriteString(l)
				}
			}
			want, err := os.ReadFile(strings.TrimSuffix(path, ".bt") + ".err")
			if err != nil {
				t.Fatal(err)
			}
			if got.String() != string(want) {
				t.Errorf("bpftrace:\n%s\ngolden:\n%s", got.String(), want)
			}
		})
	}
}
