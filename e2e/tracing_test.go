package e2e

import (
	"bufio"
	"bytes"
	"context"
	"debug/elf"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
	"golang.org/x/sys/unix"
)

// TestScriptsTracing runs the scripts of testdata/tracing (iter probes)
// like TestScripts: compiled with each backend once the workload's pid is
// known, run with bpfrun, compared with the recorded output. bpftrace 0.17
// cannot run them here (no-oracle): their outputs are written by hand.
func TestScriptsTracing(t *testing.T) {
	requireKernel(t)
	for _, s := range loadScriptsIn(t, "../testdata/tracing") {
		t.Run(s.name, func(t *testing.T) {
			for _, be := range backends {
				t.Run(be, func(t *testing.T) {
					var warnings string
					got := trace(t, s, func(t *testing.T, params []string) []string {
						obj := filepath.Join(t.TempDir(), s.name+".o")
						warnings = compile(t, be, s.path, obj, params, s.compileFlags())
						return append(append([]string{filepath.Join(binDir, "bpfrun")}, s.runFlags()...), obj)
					})
					goldenCompare(t, strings.TrimSuffix(s.path, ".bt")+".stderr", warnings, false)
					if got.status != 0 || got.stderr != "" {
						t.Fatalf("bpfrun exit %d, stderr:\n%s", got.status, got.stderr)
					}
					goldenCompare(t, strings.TrimSuffix(s.path, ".bt")+".out", got.stdout, false)
				})
			}
		})
	}
}

// TestScriptsWatchpoint puts a write watchpoint on a global variable of a
// small C program (testdata/watchpoint) with -p, and checks that bpfrun
// prints what bpftrace 0.17 prints (recorded in counter.out, live when
// bpftrace is installed). Where the machine has no hardware breakpoints,
// the program must still pass the verifier and bpfrun must say why it
// cannot attach.
func TestScriptsWatchpoint(t *testing.T) {
	requireKernel(t)
	if _, err := exec.LookPath("gcc"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("gcc is not installed")
		}
		t.Skip("needs gcc")
	}
	dir := t.TempDir()
	target := filepath.Join(dir, "wtarget")
	if out, err := exec.Command("gcc", "-O1", "-no-pie", "-o", target, "../testdata/watchpoint/wtarget.c").CombinedOutput(); err != nil {
		t.Fatalf("gcc: %v\n%s", err, out)
	}
	addr, err := symbolAddress(target, "counter")
	if err != nil {
		t.Fatal(err)
	}
	script := "../testdata/watchpoint/counter.bt"
	golden := strings.TrimSuffix(script, ".bt") + ".out"
	param := fmt.Sprintf("0x%x", addr)
	if err := breakpointsWork(); err != nil {
		t.Logf("no hardware breakpoints here: %v", err)
		for _, be := range backends {
			obj := filepath.Join(dir, be+".o")
			compile(t, be, script, obj, []string{param}, nil)
			if out, err := exec.Command(filepath.Join(binDir, "bpfrun"), "--dry-run", obj).CombinedOutput(); err != nil {
				t.Errorf("%s: bpfrun --dry-run: %v\n%s", be, err, out)
			}
			got := traceTarget(t, target, []string{filepath.Join(binDir, "bpfrun"), obj})
			want := fmt.Sprintf("ERROR: attach watchpoint:%d:8:w: perf_event_open: %v (this machine has no hardware breakpoints)\n", addr, err)
			if got.status != 255 || got.stderr != want {
				t.Errorf("%s: exit %d, stderr:\n%s\nwant:\n%s", be, got.status, got.stderr, want)
			}
		}
		return
	}
	if bt, err := exec.LookPath("bpftrace"); err == nil || os.Getenv("CI") == "true" {
		if err != nil {
			t.Fatal("bpftrace (the oracle) is not installed")
		}
		r := traceTarget(t, target, []string{bt, script, param})
		if r.status != 0 {
			t.Fatalf("bpftrace failed (%d): %s", r.status, r.stderr)
		}
		goldenCompare(t, golden, r.stdout, *updateOracle)
	}
	for _, be := range backends {
		t.Run(be, func(t *testing.T) {
			obj := filepath.Join(t.TempDir(), "counter.o")
			compile(t, be, script, obj, []string{param}, nil)
			got := traceTarget(t, target, []string{filepath.Join(binDir, "bpfrun"), obj})
			if got.status != 0 || got.stderr != "" {
				t.Fatalf("bpfrun exit %d, stderr:\n%s", got.status, got.stderr)
			}
			goldenCompare(t, golden, got.stdout, false)
		})
	}
}

// symbolAddress is the value of symbol name in the ELF file path.
func symbolAddress(path, name string) (uint64, error) {
	f, err := elf.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	syms, err := f.Symbols()
	if err != nil {
		return 0, err
	}
	for _, s := range syms {
		if s.Name == name {
			return s.Value, nil
		}
	}
	return 0, fmt.Errorf("%s: no symbol %s", path, name)
}

// breakpointsWork opens (and closes) a hardware write breakpoint on a
// variable of this process.
func breakpointsWork() error {
	var v uint64
	attr := unix.PerfEventAttr{
		Type:    unix.PERF_TYPE_BREAKPOINT,
		Size:    uint32(unsafe.Sizeof(unix.PerfEventAttr{})),
		Sample:  1,
		Bits:    unix.PerfBitDisabled,
		Bp_type: 2, // HW_BREAKPOINT_W
		Ext1:    uint64(uintptr(unsafe.Pointer(&v))),
		Ext2:    8,
	}
	fd, err := unix.PerfEventOpen(&attr, 0, -1, -1, unix.PERF_FLAG_FD_CLOEXEC)
	if err != nil {
		return err
	}
	return unix.Close(fd)
}

// traceTarget starts target (waiting for a byte on stdin), runs the tracer
// command with -p and the target's pid, lets the target run once every
// probe is attached and returns what the tracer printed. The tracer ends
// by itself when the target exits; it gets SIGINT if it has not after 5 s.
func traceTarget(t *testing.T, target string, tracer []string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	tg := exec.CommandContext(ctx, target)
	in, err := tg.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := tg.Start(); err != nil {
		t.Fatal(err)
	}
	defer tg.Process.Kill()
	args := append([]string{tracer[0], "-p", fmt.Sprint(tg.Process.Pid)}, tracer[1:]...)
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
	attached := make(chan struct{})
	var stderr strings.Builder
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		sc := bufio.NewScanner(errPipe)
		var once sync.Once
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.Contains(line, notifyEnv):
				once.Do(func() { close(attached) })
			case !strings.Contains(line, "RLIMIT_MEMLOCK"):
				stderr.WriteString(line + "\n")
			}
		}
		io.Copy(io.Discard, errPipe)
	}()
	done := make(chan error, 1)
	go func() { wg.Wait(); done <- cmd.Wait() }()
	var werr error
	select {
	case <-attached:
		io.WriteString(in, "g")
		tg.Wait()
		select {
		case werr = <-done:
		case <-time.After(5 * time.Second):
			cmd.Process.Signal(syscall.SIGINT)
			werr = <-done
		}
	case werr = <-done:
	}
	var ee *exec.ExitError
	status := 0
	if errors.As(werr, &ee) {
		status = ee.ExitCode()
	} else if werr != nil {
		t.Fatalf("%s: %v", strings.Join(args, " "), werr)
	}
	if ctx.Err() != nil {
		t.Fatalf("%s: timed out; stdout:\n%s\nstderr:\n%s", strings.Join(args, " "), stdout.String(), stderr.String())
	}
	return result{stdout: stdout.String(), stderr: stderr.String(), status: status}
}

// TestDryRunKfunc loads the kfunc test script (testdata/kernels/kfunc.bt)
// and the iter ones with bpfrun --dry-run. Where this kernel refuses fentry
// programs (kernel.md: the development machine does), bpfrun must say so
// in those words for the first kfunc program; TestKernels runs the script
// in kernels that take it.
func TestDryRunKfunc(t *testing.T) {
	requireKernel(t)
	line := regexp.MustCompile(`(?m)^\w+ \(.+\): verified, \d+ insns, [1-9]\d* processed by the verifier$`)
	fentryErr := loadFentry()
	for _, script := range []string{"../testdata/kernels/kfunc.bt", "../testdata/kernels/iter.bt", "../testdata/tracing/iter_task.bt"} {
		for _, be := range backends {
			obj := filepath.Join(t.TempDir(), "x.o")
			compile(t, be, script, obj, []string{"1"}, nil)
			out, err := exec.Command(filepath.Join(binDir, "bpfrun"), "--dry-run", obj).CombinedOutput()
			if strings.Contains(script, "kfunc") && fentryErr != nil {
				want := "ERROR: load program kfunc_vfs_write (kfunc:vmlinux:vfs_write): kfunc/kretfunc not available for your kernel version: it refuses fentry programs (" + fentryErr.Error() + ")\n"
				if err == nil || string(out) != want {
					t.Errorf("%s/%s: bpfrun --dry-run: %v\n%s\nwant:\n%s", script, be, err, out, want)
				}
				continue
			}
			if err != nil || !line.Match(out) {
				t.Errorf("%s/%s: bpfrun --dry-run: %v\n%s", script, be, err, out)
			}
		}
	}
}

// loadFentry loads an empty fentry program on vfs_write and returns the
// errno of the kernel's refusal, or nil.
func loadFentry() error {
	prog, err := ebpf.NewProgram(&ebpf.ProgramSpec{
		Type: ebpf.Tracing, AttachType: ebpf.AttachTraceFEntry, AttachTo: "vfs_write", License: "GPL",
		Instructions: asm.Instructions{asm.Mov.Imm(asm.R0, 0), asm.Return()},
	})
	if err == nil {
		prog.Close()
		return nil
	}
	var errno unix.Errno
	if errors.As(err, &errno) {
		return errno
	}
	return err
}

// TestDryRunKfuncMissing compiles a kfunc probe against kernel types that have a
// function the running kernel lacks: bpfrun must name it.
func TestDryRunKfuncMissing(t *testing.T) {
	requireKernel(t)
	i32 := &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}
	fn := &btf.Func{Name: "bpftc_missing", Linkage: btf.GlobalFunc,
		Type: &btf.FuncProto{Return: i32, Params: []btf.FuncParam{{Name: "x", Type: i32}}}}
	b, err := btf.NewBuilder([]btf.Type{fn}, nil)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := b.Marshal(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	types, src := filepath.Join(dir, "types.btf"), filepath.Join(dir, "missing.bt")
	if err := os.WriteFile(types, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(src, []byte("kretfunc:bpftc_missing { @ = count(); }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	want := "ERROR: load program kretfunc_bpftc_missing (kretfunc:vmlinux:bpftc_missing): the running kernel's BTF has no function bpftc_missing: attach Tracing/TraceFExit: fexit bpftc_missing not supported\n"
	for _, be := range backends {
		obj := filepath.Join(dir, be+".o")
		compile(t, be, src, obj, nil, []string{"--btf", types})
		for _, args := range [][]string{{"--dry-run", obj}, {obj}} {
			cmd := exec.Command(filepath.Join(binDir, "bpfrun"), args...)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			err := cmd.Run()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 255 || stderr.String() != want {
				t.Errorf("%s: bpfrun %v: %v\n%s\nwant:\n%s", be, args, err, stderr.String(), want)
			}
		}
	}
}
