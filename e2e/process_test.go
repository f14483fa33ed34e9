package e2e

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestProcessFlags runs the scripts of testdata/process with the -c or -p
// of their "// flags:" line, where -p TARGET stands for a run of the usdt
// target that waits for the tracer: bpftrace, "bpftc run" and bpfrun (for
// both backends) must print the same, and what the .out file recorded. The
// runs end by themselves, when the command or the target exits.
func TestProcessFlags(t *testing.T) {
	requireKernel(t)
	buildUsdtTarget(t)
	for _, s := range loadScriptsIn(t, "../testdata/process") {
		t.Run(s.name, func(t *testing.T) {
			base := strings.TrimSuffix(s.path, ".bt")
			if _, err := os.Stat(base + ".out"); err != nil || *updateOracle || os.Getenv("CI") == "true" {
				bt := requireBpftrace(t)
				r := runWithTarget(t, s, func(flags []string) []string {
					return append(append([]string{bt}, flags...), s.path)
				})
				if r.status != 0 {
					t.Fatalf("bpftrace failed (%d): %s", r.status, r.stderr)
				}
				goldenCompare(t, base+".out", r.stdout, *updateOracle)
			}
			for _, be := range backends {
				t.Run("run-"+be, func(t *testing.T) {
					r := runWithTarget(t, s, func(flags []string) []string {
						return append(append([]string{filepath.Join(binDir, "bpftc"), "run", "--backend", be}, flags...), s.path)
					})
					checkProcessResult(t, base, r)
				})
				t.Run("bpfrun-"+be, func(t *testing.T) {
					r := runWithTarget(t, s, func(flags []string) []string {
						obj := filepath.Join(t.TempDir(), s.name+".o")
						var cflags []string
						for i := 0; i+1 < len(flags); i++ {
							if flags[i] == "-p" {
								cflags = append(cflags, "-p", flags[i+1])
							}
						}
						compile(t, be, s.path, obj, nil, cflags)
						return append(append([]string{filepath.Join(binDir, "bpfrun")}, flags...), obj)
					})
					checkProcessResult(t, base, r)
				})
			}
		})
	}
}

func checkProcessResult(t *testing.T, base string, r result) {
	t.Helper()
	if r.status != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr:\n%s", r.status, r.stderr)
	}
	goldenCompare(t, base+".out", r.stdout, false)
}

// runWithTarget runs the tracer command that cmdline builds from the
// script's flags. For -p TARGET it first starts the usdt target, which
// waits on its standard input until the tracer has attached its probes.
func runWithTarget(t *testing.T, s *script, cmdline func(flags []string) []string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	flags := append([]string(nil), s.flags...)
	var targetIn io.WriteCloser
	for i, f := range flags {
		if f != "TARGET" {
			continue
		}
		target := exec.CommandContext(ctx, usdtTarget, "wait")
		in, err := target.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := target.Start(); err != nil {
			t.Fatal(err)
		}
		defer target.Wait()
		defer in.Close()
		// The target must have mapped its libraries before the tracer
		// reads its mappings.
		time.Sleep(100 * time.Millisecond)
		flags[i] = fmt.Sprint(target.Process.Pid)
		targetIn = in
	}
	args := cmdline(flags)
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	cmd.Env = append(os.Environ(), notifyEnv+"=1")
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	errPipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		sc := bufio.NewScanner(errPipe)
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.Contains(line, notifyEnv):
				if targetIn != nil {
					io.WriteString(targetIn, "go\n")
				}
			case !strings.Contains(line, "RLIMIT_MEMLOCK"):
				stderr.WriteString(line + "\n")
			}
		}
	}()
	wg.Wait()
	err = cmd.Wait()
	if ctx.Err() != nil {
		t.Fatalf("%s: timed out; stdout:\n%s\nstderr:\n%s", strings.Join(args, " "), stdout.String(), stderr.String())
	}
	status := 0
	if ee, ok := err.(*exec.ExitError); ok {
		status = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{stdout: stdout.String(), stderr: stderr.String(), status: status}
}

// TestProcessFlagErrors checks the messages and exit statuses of bad -c
// and -p uses against bpftrace's.
func TestProcessFlagErrors(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		stderr string
		status int
	}{
		{[]string{"-e", `BEGIN { printf("%d\n", cpid); }`}, "stdin:1:24-28: ERROR: cpid cannot be used without child command\n", 1},
		{[]string{"-c", "/nonexistent/cmd", "-e", "BEGIN { exit(); }"}, "ERROR: Failed to fork child: path '/nonexistent/cmd' does not exist or is not executable\n", 255},
		{[]string{"-p", "12x", "-e", "BEGIN { exit(); }"}, "ERROR: pid '12x' is not a valid decimal number\n", 1},
		{[]string{"-p", "0", "-e", "BEGIN { exit(); }"}, "ERROR: pid '0' out of valid pid range [1,4194304]\n", 1},
		{[]string{"-p", "1", "-c", "/usr/bin/true", "-e", "BEGIN { exit(); }"}, "ERROR: USAGE: Cannot use both -c and -p.\n", 1},
	} {
		name := strings.Join(tc.args, " ")
		cmd := exec.Command(filepath.Join(binDir, "bpftc"), append([]string{"run"}, tc.args...)...)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		err := cmd.Run()
		status := 0
		if ee, ok := err.(*exec.ExitError); ok {
			status = ee.ExitCode()
		}
		if status != tc.status || !strings.HasPrefix(stderr.String(), tc.stderr) {
			t.Errorf("bpftc run %s: status %d, stderr:\n%s\nwant status %d, stderr:\n%s", name, status, stderr.String(), tc.status, tc.stderr)
		}
		if bt, err := exec.LookPath("bpftrace"); err == nil {
			cmd := exec.Command(bt, tc.args...)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			cmd.Run()
			got := strings.ReplaceAll(stderr.String(), rlimitLine, "")
			if !strings.HasPrefix(got, tc.stderr) {
				t.Errorf("bpftrace %s: stderr:\n%s\nwant:\n%s", name, got, tc.stderr)
			}
		}
	}
	// An object that reads cpid runs only with -c.
	obj := filepath.Join(t.TempDir(), "cpid.o")
	compile(t, "native", "../testdata/process/exec.bt", obj, nil, nil)
	cmd := exec.Command(filepath.Join(binDir, "bpfrun"), obj)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 || stderr.String() != "ERROR: cpid cannot be used without child command\n" {
		t.Errorf("bpfrun without -c: %v, stderr:\n%s", err, stderr.String())
	}
}

// rlimitLine is the complaint bpftrace prints on every run here.
const rlimitLine = "ERROR: Unknown error -1: couldn't set RLIMIT_MEMLOCK for bpftrace. If your program is not loading, you can try \"ulimit -l 8192\" to fix the problem\n"
