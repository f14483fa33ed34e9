package e2e

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

var (
	update       = flag.Bool("update", false, "rewrite golden files")
	updateOracle = flag.Bool("update-oracle", false, "rewrite .out files with bpftrace's output")
	binDir       string
)

func TestMain(m *testing.M) {
	if spec := os.Getenv(WorkloadEnv); spec != "" {
		if err := RunWorkload(spec); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	flag.Parse()
	defaultParallel()
	dir, err := os.MkdirTemp("", "bpftc-e2e-")
	if err != nil {
		panic(err)
	}
	binDir = dir
	code := func() int {
		defer os.RemoveAll(dir)
		for _, cmd := range []string{"bpftc", "bpfrun"} {
			b := exec.Command("go", "build", "-tags", "urfave_cli_no_docs", "-o", filepath.Join(dir, cmd), "../cmd/"+cmd)
			b.Env = append(os.Environ(), "CGO_ENABLED=0")
			if out, err := b.CombinedOutput(); err != nil {
				fmt.Fprintf(os.Stderr, "build %s: %v\n%s", cmd, err, out)
				return 1
			}
		}
		return m.Run()
	}()
	os.Exit(code)
}

// defaultParallel lets twice as many parallel tests run as there are CPUs
// (at least 4) unless -parallel says otherwise: the script tests mostly
// wait for bpftrace, workloads and timers.
func defaultParallel() {
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == "test.parallel" })
	if f := flag.Lookup("test.parallel"); f != nil && !set {
		f.Value.Set(fmt.Sprint(max(4, 2*runtime.GOMAXPROCS(0))))
	}
}

// requireKernel skips t unless it runs as root with tracefs; under CI=true
// it fails instead.
func requireKernel(t *testing.T) {
	t.Helper()
	var why string
	if os.Geteuid() != 0 {
		why = "needs root"
	} else if _, err := os.Stat("/sys/kernel/tracing/events/syscalls"); err != nil {
		why = "needs tracefs at /sys/kernel/tracing"
	}
	if why == "" {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("kernel test cannot run in CI: %s", why)
	}
	t.Skip(why)
}

// requireBpftrace returns bpftrace's path, skipping (failing in CI) without it.
func requireBpftrace(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("bpftrace")
	if err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("bpftrace (the oracle) is not installed")
	}
	t.Skip("bpftrace not installed")
	return ""
}

// script is a testdata script and what its header says.
type script struct {
	name, path string
	text       string
	workload   string   // "// workload: ..." line
	params     []string // "// params: ..." line; PID is the workload's pid
	noOracle   string   // "// no-oracle: reason": bpftrace cannot run it here
	// flags is the "// flags: ..." line: bpftrace options, of which -f
	// FORMAT, -q and --usdt-file-activation go to bpfrun and --unsafe to
	// bpftc compile.
	flags []string
	// env is the "// env: NAME=VALUE ..." line: the environment of every
	// command that compiles or runs the script (bpftrace, bpftc, bpfrun).
	env []string
}

// runFlags are the script's flags bpfrun and bpftc run take.
func (s *script) runFlags() []string {
	var out []string
	for i := 0; i < len(s.flags); i++ {
		if s.flags[i] == "-f" && i+1 < len(s.flags) {
			out = append(out, "-f", s.flags[i+1])
			i++
		}
		if s.flags[i] == "-q" || s.flags[i] == "--usdt-file-activation" {
			out = append(out, s.flags[i])
		}
	}
	return out
}

// compileFlags are the script's flags bpftc compile takes.
func (s *script) compileFlags() []string {
	var out []string
	for _, f := range s.flags {
		if f == "--unsafe" || f == "-k" || f == "-kk" {
			out = append(out, f)
		}
	}
	return out
}

// fixedParams are the script's parameters with PID replaced by pid, for
// tests that compile a script without running its workload.
func (s *script) fixedParams(pid string) []string {
	var out []string
	for _, p := range s.params {
		out = append(out, strings.ReplaceAll(p, "PID", pid))
	}
	return out
}

func loadScripts(t *testing.T) []*script { return loadScriptsIn(t, "../testdata/scripts") }

// loadScriptsIn reads the .bt scripts of dir and their headers.
func loadScriptsIn(t *testing.T, dir string) []*script {
	paths, err := filepath.Glob(dir + "/*.bt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no scripts in %s: %v", dir, err)
	}
	var out []*script
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		s := &script{name: strings.TrimSuffix(filepath.Base(p), ".bt"), path: p, text: string(b)}
		for _, line := range strings.Split(s.text, "\n") {
			if v, ok := strings.CutPrefix(line, "// workload:"); ok {
				s.workload = strings.TrimSpace(v)
			}
			if v, ok := strings.CutPrefix(line, "// params:"); ok {
				s.params = strings.Fields(v)
			}
			if v, ok := strings.CutPrefix(line, "// no-oracle:"); ok {
				s.noOracle = strings.TrimSpace(v)
			}
			if v, ok := strings.CutPrefix(line, "// flags:"); ok {
				s.flags = strings.Fields(v)
			}
			if v, ok := strings.CutPrefix(line, "// env:"); ok {
				s.env = strings.Fields(v)
			}
		}
		out = append(out, s)
	}
	return out
}

// result is what a tracer printed.
type result struct {
	stdout, stderr string
	status         int
}

const notifyEnv = "__BPFTRACE_NOTIFY_PROBES_ATTACHED"

// trace runs a tracer command against the script's workload: the workload
// starts paused, the tracer gets its pid as a parameter, the workload runs
// once every probe is attached, and the tracer is interrupted (SIGINT) after
// the workload exits, unless it exits by itself first.
// tracer returns the command line that runs the script with the given
// positional parameters.
type tracer func(t *testing.T, params []string) []string

// fixed is a tracer that appends the parameters to a command.
func fixed(cmd ...string) tracer {
	return func(_ *testing.T, params []string) []string { return append(cmd, params...) }
}

func trace(t *testing.T, s *script, tr tracer) result {
	t.Helper()
	r, err := traceOnce(t, s, tr, 30*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// traceOracle is trace for bpftrace, which now and then (about one run in
// twenty here) never exits after SIGINT: such a run is retried once.
func traceOracle(t *testing.T, s *script, tr tracer) result {
	t.Helper()
	r, err := traceOnce(t, s, tr, 15*time.Second)
	if err != nil {
		t.Logf("retrying the oracle: %v", err)
		r, err = traceOnce(t, s, tr, 30*time.Second)
	}
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func traceOnce(t *testing.T, s *script, tr tracer, timeout time.Duration) (result, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	wl := exec.CommandContext(ctx, os.Args[0])
	wl.Env = append(os.Environ(), WorkloadEnv+"="+orDefault(s.workload, "sleep 0"))
	wlIn, err := wl.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := wl.Start(); err != nil {
		t.Fatal(err)
	}
	defer wl.Process.Kill()
	var params []string
	for _, p := range s.params {
		params = append(params, strings.ReplaceAll(p, "PID", fmt.Sprint(wl.Process.Pid)))
	}
	args := tr(t, params)
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	cmd.Env = append(append(os.Environ(), s.env...), notifyEnv+"=1")
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	errPipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	attached := make(chan struct{})
	var stderr strings.Builder
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		sc := bufio.NewScanner(errPipe)
		once := sync.Once{}
		for sc.Scan() {
			line := sc.Text()
			if strings.Contains(line, notifyEnv) {
				once.Do(func() { close(attached) })
				continue
			}
			if strings.Contains(line, "RLIMIT_MEMLOCK") {
				continue // bpftrace's sandbox-only complaint
			}
			stderr.WriteString(line + "\n")
		}
		io.Copy(io.Discard, errPipe)
	}()
	done := make(chan error, 1)
	go func() { wg.Wait(); done <- cmd.Wait() }()
	var werr error
	select {
	case <-attached:
		io.WriteString(wlIn, "go\n")
		werr = wl.Wait()
		// Give the last events time to reach user space, unless the
		// tracer exits by itself before; a script that calls exit() gets
		// longer, so that SIGINT does not cut its exit short.
		grace := 300 * time.Millisecond
		if strings.Contains(s.text, "exit()") {
			grace = 10 * time.Second
		}
		select {
		case err := <-done:
			werr = firstErr(werr, err)
		case <-time.After(grace):
			cmd.Process.Signal(syscall.SIGINT)
			werr = firstErr(werr, interruptAgain(cmd, args[0], done))
		}
	case werr = <-done:
		wlIn.Close()
	}
	status := 0
	if ee, ok := werr.(*exec.ExitError); ok {
		status = ee.ExitCode()
	} else if werr != nil {
		return result{}, fmt.Errorf("%s: %v", strings.Join(args, " "), werr)
	}
	if ctx.Err() != nil {
		return result{}, fmt.Errorf("%s: timed out; stdout:\n%s\nstderr:\n%s", strings.Join(args, " "), stdout.String(), stderr.String())
	}
	return result{stdout: stdout.String(), stderr: stderr.String(), status: status}, nil
}

// interruptAgain waits for the tracer to end after its SIGINT. bpftrace
// 0.17 now and then misses a SIGINT that arrives as it goes back to
// waiting for events (seen with uprobes and usdt probes: it sleeps in
// epoll_wait with the signal handled and never looks at its flag again),
// so bpftrace, and only bpftrace, gets another SIGINT after 3 s of
// silence; our tracers must end on the first.
func interruptAgain(cmd *exec.Cmd, tracer string, done <-chan error) error {
	if filepath.Base(tracer) != "bpftrace" {
		return <-done
	}
	select {
	case err := <-done:
		return err
	case <-time.After(3 * time.Second):
		cmd.Process.Signal(syscall.SIGINT)
		return <-done
	}
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if _, ok := e.(*exec.ExitError); ok || e == nil {
			continue
		}
		return e
	}
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

func goldenCompare(t *testing.T, path, got string, rewrite bool) {
	t.Helper()
	if rewrite {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%s: %v (go test ./e2e -update-oracle writes it from bpftrace)", path, err)
	}
	if string(want) != got {
		t.Errorf("%s differs:\n--- want\n%s\n--- got\n%s", path, want, got)
	}
}

var _ = runtime.GOARCH
