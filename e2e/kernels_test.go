package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// runInKernel boots another kernel under qemu (../shared/docs/kernel.md).
const runInKernel = "../../shared/tools/run-in-kernel.sh"

// guestKernel is a kernel the kprobe tests boot, and the kprobe offset
// that lands right after its functions' ftrace call: Debian's 6.1 has no
// IBT (call __fentry__ at 0), 6.12 has (endbr64, then the call at 4).
type guestKernel struct {
	name   string
	offset string
}

var guestKernels = []guestKernel{{"debian-6.1", "5"}, {"debian-6.12", "9"}}

// guestRun is the shell script the guest runs: every object given, each
// with bpfrun around one run of the workload, its output between markers.
// Objects of c_*.bt scripts run the workload themselves: bpfrun -c ./kwl.
// Objects of v_*.bt scripts are only loaded (bpfrun --dry-run): their
// output is the first lines of bpfrun's stderr (an error and its source).
const guestRun = `for o in "$@"; do
	: >"/tmp/$o.err"
	case "$o" in
	v_*)
		./bpfrun --dry-run "$o" >"/tmp/$o.out" 2>"/tmp/$o.err"
		echo "@@@ $o $?"
		cat "/tmp/$o.out"
		head -n 3 "/tmp/$o.err"
		echo "@@@ stderr"
		continue
		;;
	c_*)
		./bpfrun -c ./kwl "$o" >"/tmp/$o.out" 2>"/tmp/$o.err"
		echo "@@@ $o $?"
		cat "/tmp/$o.out"
		echo "@@@ stderr"
		cat "/tmp/$o.err"
		continue
		;;
	esac
	__BPFTRACE_NOTIFY_PROBES_ATTACHED=1 ./bpfrun "$o" >"/tmp/$o.out" 2>>"/tmp/$o.err" &
	pid=$!
	n=0
	while ! grep -q __BPFTRACE_NOTIFY "/tmp/$o.err" && kill -0 $pid 2>/dev/null && [ $n -lt 600 ]; do
		sleep 0.1
		n=$((n+1))
	done
	./kwl
	sleep 0.3
	kill -INT $pid 2>/dev/null
	wait $pid
	echo "@@@ $o $?"
	cat "/tmp/$o.out"
	echo "@@@ stderr"
	grep -v __BPFTRACE_NOTIFY "/tmp/$o.err"
done
echo "@@@ end"
`

// requireQemu checks that kernels can be booted here; under CI=true it
// fails instead of skipping.
func requireQemu(t *testing.T) {
	t.Helper()
	var why string
	if _, err := os.Stat(runInKernel); err != nil {
		why = "no " + runInKernel
	} else if os.Geteuid() != 0 {
		why = "needs root (run-in-kernel.sh installs qemu)"
	} else if _, err := exec.LookPath("gcc"); err != nil {
		why = "needs gcc"
	}
	if why == "" {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("kernel test cannot run in CI: %s", why)
	}
	t.Skip(why)
}

// TestKernels compiles every script of testdata/kernels here, once per
// backend, boots Debian's 6.1 and 6.12 kernels (in parallel, each once)
// with bpfrun, the objects and a static workload, and checks that every
// object prints the recorded output on both: kprobes, kretprobes, kfunc
// and kretfunc probes (which this kernel refuses), iterators and
// watchpoints attach and fire there, and objects built on this kernel run
// on those. The outputs follow bpftrace 0.17's printing (it cannot run in
// the guests); the watchpoint script's was checked against bpftrace here.
// Objects of v_*.bt scripts only go through the verifier: override()'s
// bpf_override_return, which Debian's kernels lack, is refused there.
func TestKernels(t *testing.T) {
	requireQemu(t)
	if testing.Short() {
		t.Skip("boots kernels under qemu")
	}
	scripts, err := filepath.Glob("../testdata/kernels/*.bt")
	if err != nil || len(scripts) == 0 {
		t.Fatal("no scripts in ../testdata/kernels")
	}
	type run struct {
		kernel guestKernel
		out    string
		err    error
	}
	runs := make([]run, len(guestKernels))
	var wg sync.WaitGroup
	dirs := make([]string, len(guestKernels))
	for i, k := range guestKernels {
		dir := t.TempDir()
		dirs[i] = dir
		stageGuest(t, dir, scripts, k)
		runs[i].kernel = k
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command(runInKernel, k.name, dir, "sh ./run.sh *.o")
			cmd.Env = append(os.Environ(), "RIK_QUIET=1", "RIK_TIMEOUT=240")
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Run(); err != nil {
				runs[i].err = fmt.Errorf("%s: %v\n%s", k.name, err, stderr.String())
			}
			runs[i].out = stdout.String()
		}()
	}
	// The same objects also run on this kernel, where the probe types
	// allow: one object, three kernels.
	host := hostObjects(t, scripts, dirs)
	var hostOut string
	var hostErr error
	wg.Add(1)
	go func() {
		defer wg.Done()
		cmd := exec.Command("sh", append([]string{"./run.sh"}, host...)...)
		cmd.Dir = dirs[0]
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			hostErr = fmt.Errorf("this kernel: %v\n%s", err, stderr.String())
		}
		hostOut = stdout.String()
	}()
	wg.Wait()
	runs = append(runs, run{kernel: guestKernel{name: "this-kernel"}, out: hostOut, err: hostErr})
	for _, r := range runs {
		t.Run(r.kernel.name, func(t *testing.T) {
			if r.err != nil {
				t.Fatal(r.err)
			}
			results := splitGuestOutput(r.out)
			if _, ok := results["end"]; !ok {
				t.Fatalf("the guest did not finish:\n%s", r.out)
			}
			for _, path := range scripts {
				name := strings.TrimSuffix(filepath.Base(path), ".bt")
				if r.kernel.name == "this-kernel" && !slices.Contains(host, name+"-native.o") {
					continue
				}
				want, err := guestWant(path, r.kernel.name)
				if err != nil {
					t.Fatal(err)
				}
				for _, be := range backends {
					t.Run(name+"/"+be, func(t *testing.T) {
						res, ok := results[name+"-"+be+".o"]
						if !ok {
							t.Fatalf("no result in the guest's output:\n%s", r.out)
						}
						got := res.stdout
						if strings.HasPrefix(name, "v_") {
							// The status is part of the expected output.
							got = "exit " + res.status + "\n" + got
						} else if res.status != "0" || res.stderr != "" {
							t.Errorf("bpfrun exit %s, stderr:\n%s", res.status, res.stderr)
						}
						if got != string(want) {
							t.Errorf("output differs:\n--- want\n%s--- got\n%s", want, got)
						}
					})
				}
			}
		})
	}
}

// guestWant reads the output a script must print on kernel: NAME.KERNEL.out
// where the kernels differ (a verifier's wording), else NAME.out.
func guestWant(script, kernel string) ([]byte, error) {
	base := strings.TrimSuffix(script, ".bt")
	if b, err := os.ReadFile(base + "." + kernel + ".out"); err == nil {
		return b, nil
	}
	return os.ReadFile(base + ".out")
}

// hostObjects names the objects of the scripts whose probes this kernel can
// attach (no kprobes, kretprobes, kfuncs or kretfuncs), and checks that
// each is byte-identical in every guest's directory: the object that runs
// here is the one that ran on the other kernels.
func hostObjects(t *testing.T, scripts, dirs []string) []string {
	t.Helper()
	var objs []string
	for _, path := range scripts {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		text := "\n" + string(b)
		if strings.Contains(text, "\nkprobe:") || strings.Contains(text, "\nkretprobe:") ||
			strings.Contains(text, "\nkfunc:") || strings.Contains(text, "\nkretfunc:") {
			continue
		}
		name := strings.TrimSuffix(filepath.Base(path), ".bt")
		for _, be := range backends {
			o := name + "-" + be + ".o"
			first, err := os.ReadFile(filepath.Join(dirs[0], o))
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range dirs[1:] {
				other, err := os.ReadFile(filepath.Join(d, o))
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(first, other) {
					t.Errorf("%s differs between the kernels' directories", o)
				}
			}
			objs = append(objs, o)
		}
	}
	if len(objs) == 0 {
		t.Fatal("no script in testdata/kernels runs on this kernel")
	}
	return objs
}

// stageGuest fills dir with what the guest needs: bpfrun (static), the
// workload, the runner script and one object per script and backend.
func stageGuest(t *testing.T, dir string, scripts []string, k guestKernel) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(binDir, "bpfrun"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "bpfrun"), b, 0o755); err != nil {
		t.Fatal(err)
	}
	kwl := filepath.Join(dir, "kwl")
	if out, err := exec.Command("gcc", "-static", "-O1", "-o", kwl, "../testdata/kernels/kwl.c").CombinedOutput(); err != nil {
		t.Fatalf("gcc: %v\n%s", err, out)
	}
	counter, err := symbolAddress(kwl, "kwl_counter")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "run.sh"), []byte(guestRun), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range scripts {
		name := strings.TrimSuffix(filepath.Base(path), ".bt")
		for _, be := range backends {
			// Every script gets the kernel's kprobe offset as $1 and
			// the address of kwl's kwl_counter (static, not PIE) as $2.
			params := []string{k.offset, fmt.Sprintf("0x%x", counter)}
			compile(t, be, path, filepath.Join(dir, name+"-"+be+".o"), params, scriptFlags(t, path))
		}
	}
}

// scriptFlags are the bpftc compile flags of a script's "// flags:" line
// (--unsafe for override()).
func scriptFlags(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := &script{}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "// flags:"); ok {
			s.flags = strings.Fields(v)
		}
	}
	return s.compileFlags()
}

// guestResult is what one object printed in the guest.
type guestResult struct {
	status, stdout, stderr string
}

// splitGuestOutput cuts the guest's output at the runner's markers.
func splitGuestOutput(out string) map[string]*guestResult {
	results := map[string]*guestResult{}
	var cur *guestResult
	inErr := false
	for _, line := range strings.SplitAfter(out, "\n") {
		// A marker may follow stray console text on the same line (the
		// guest's serial console interleaves stderr it could not silence).
		if i := strings.Index(line, "@@@ "); i >= 0 {
			rest := line[i+4:]
			f := strings.Fields(rest)
			switch {
			case len(f) == 1 && f[0] == "stderr":
				inErr = true
			case len(f) == 1 && f[0] == "end":
				results["end"] = &guestResult{}
				cur = nil
			case len(f) == 2:
				cur = &guestResult{status: f[1]}
				results[f[0]] = cur
				inErr = false
			}
			continue
		}
		if cur == nil {
			continue
		}
		line = strings.ReplaceAll(line, "\r", "")
		if inErr {
			cur.stderr += line
		} else {
			cur.stdout += line
		}
	}
	return results
}
