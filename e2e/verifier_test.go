package e2e

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// tooComplex passes every check of the compiler, but the verifier walks its
// loop iteration by iteration (native backend; LLVM computes the result
// without the loop) and gives up after a million instructions.
const tooComplex = `BEGIN
{
	$i = 0;
	while ($i < 10000000) {
		$i = $i + 1;
	}
	printf("%d\n", $i);
}
`

// verifierDiag is the shape of a rejection: the script position of the
// instruction the verifier stopped at, its message, the line with its
// marker, then the end of the verifier's log.
var verifierDiag = regexp.MustCompile(`^loop\.bt:[45]:\d+-\d+: ERROR: the kernel verifier rejected this program: BPF program is too large\. Processed 1000001 insn
        (while \(\$i < 10000000\) \{|\$i = \$i \+ 1;)
 +~+
program BEGIN \(BEGIN\), instruction \d+; the verifier's (last lines \(-v shows them all\)|log):
(\t.*\n)+(verification log buffer not big enough, its first lines are missing: try increasing the BPFTRACE_LOG_SIZE .*\n)?$`)

// TestVerifierError runs a script the verifier rejects with bpftc run and,
// compiled, with bpfrun -v: both print the script line the failing
// instruction came from, in the compiler's diagnostic shape, and exit 255.
func TestVerifierError(t *testing.T) {
	requireKernel(t)
	if testing.Short() {
		t.Skip("the verifier takes seconds to give up")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "loop.bt")
	if err := os.WriteFile(src, []byte(tooComplex), 0o644); err != nil {
		t.Fatal(err)
	}
	obj := filepath.Join(dir, "loop.o")
	compile(t, "native", src, obj, nil, nil)
	for _, tc := range []struct {
		name string
		cmd  []string
		full bool
	}{
		{"bpftc run", []string{filepath.Join(binDir, "bpftc"), "run", src}, false},
		{"bpfrun -v", []string{filepath.Join(binDir, "bpfrun"), "-v", obj}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(tc.cmd[0], tc.cmd[1:]...)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			err := cmd.Run()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 255 {
				t.Errorf("exit: %v, want status 255", err)
			}
			got := stderr.String()
			if !verifierDiag.MatchString(got) {
				t.Fatalf("stderr does not match %s:\n%s", verifierDiag, clip(got))
			}
			lines := strings.Count(got, "\n")
			if tc.full && lines < 100 || !tc.full && lines > 10 {
				t.Errorf("%d lines of log (full log: %v):\n%s", lines, tc.full, clip(got))
			}
		})
	}
}

// clip shortens a long output for a test message.
func clip(s string) string {
	if len(s) > 3000 {
		return s[:1500] + "\n...\n" + s[len(s)-1500:]
	}
	return s
}
