package e2e

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// Inputs that replace the machine's kernel facts (make testdata-inputs).
const (
	testBTF     = "../testdata/btf/vmlinux.btf"
	testTracefs = "../testdata/tracefs"
)

// sandbox is a world-readable copy of bpftc, bpfrun, the test inputs and
// the scripts, and an output directory user nobody (65534) can write.
type sandbox struct {
	dir, bpftc, btf, tracefs, out string
}

func newSandbox(t *testing.T) *sandbox {
	t.Helper()
	for _, tool := range []string{"unshare", "setpriv"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("%s (util-linux) is not installed", tool)
			}
			t.Skip(tool + " not installed")
		}
	}
	dir := t.TempDir()
	sb := &sandbox{dir: dir, bpftc: filepath.Join(dir, "bpftc"), btf: filepath.Join(dir, "vmlinux.btf"),
		tracefs: filepath.Join(dir, "tracefs"), out: filepath.Join(dir, "out")}
	cp := exec.Command("cp", "-r", filepath.Join(binDir, "bpftc"), testBTF, testTracefs, "../testdata/scripts", dir)
	if out, err := cp.CombinedOutput(); err != nil {
		t.Fatalf("copy the inputs: %v\n%s", err, out)
	}
	if err := os.Mkdir(sb.out, 0o777); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("chmod", "-R", "a+rX", dir).CombinedOutput(); err != nil {
		t.Fatalf("chmod: %v\n%s", err, out)
	}
	os.Chmod(sb.out, 0o777)
	return sb
}

// hide is the shell prelude that runs a command in a new mount namespace
// with tmpfs over /sys/kernel (no tracefs, no BTF), as user nobody.
const hide = `mount -t tmpfs none /sys/kernel &&
test ! -e /sys/kernel/btf/vmlinux && test ! -e /sys/kernel/tracing/events &&
exec setpriv --reuid=65534 --regid=65534 --clear-groups "$@"`

// compileHidden runs bpftc compile args... without the machine's kernel
// facts and as nobody, and returns its combined output and error.
func (sb *sandbox) compileHidden(args ...string) ([]byte, error) {
	cmd := exec.Command("unshare", append([]string{"--mount", "--propagation", "private", "sh", "-c", hide, "sh", sb.bpftc, "compile"}, args...)...)
	cmd.Dir = sb.dir
	return cmd.CombinedOutput()
}

// anywhereExcluded are scripts that need more of the machine than the test
// inputs hold (a marker in the script, and why). None do: kaddr() symbols,
// for one, are resolved by bpfrun when the object loads.
var anywhereExcluded = map[string]string{}

// TestCompileAnywhere compiles every script that needs only the test
// inputs as user nobody, with no tracefs and no BTF visible, and requires
// the objects to be byte-identical to those compiled with the machine's
// tracefs and BTF; then bpfrun runs one of them.
func TestCompileAnywhere(t *testing.T) {
	requireKernel(t)
	sb := newSandbox(t)
	// Without the inputs, the sandbox really knows no tracepoint or type.
	if out, err := sb.compileHidden("-o", "out/x.o", "-e", "tracepoint:syscalls:sys_enter_getppid { @ = curtask->pid; }"); err == nil ||
		!strings.Contains(string(out), "tracepoint not found: syscalls:sys_enter_getppid") {
		t.Fatalf("the sandbox sees the machine's tracefs: %v\n%s", err, out)
	}
	if out, err := sb.compileHidden("-o", "out/x.o", "--tracefs", "tracefs", "-e", "tracepoint:syscalls:sys_enter_getppid { @ = curtask->pid; }"); err == nil {
		t.Fatalf("the sandbox sees the machine's BTF:\n%s", out)
	}
	// Objects are identical only when the inputs come from this kernel.
	same := inputsKernel(t) == kernelRelease(t)
	if !same {
		t.Logf("the test inputs come from kernel %s, this is %s: objects may differ", inputsKernel(t), kernelRelease(t))
	}
	compiled := 0
scripts:
	for _, s := range loadScripts(t) {
		for marker, why := range anywhereExcluded {
			if strings.Contains(s.text, marker) {
				t.Logf("%s: not compiled anywhere: %s", s.name, why)
				continue scripts
			}
		}
		src := filepath.Join("scripts", s.name+".bt")
		args := append([]string{"-o", "out/" + s.name + ".o"}, s.compileFlags()...)
		args = append(args, "--btf", "vmlinux.btf", "--tracefs", "tracefs", src)
		params := s.fixedParams("4242")
		if out, err := sb.compileHidden(append(args, params...)...); err != nil {
			t.Errorf("%s: compile without the machine: %v\n%s(make testdata-inputs writes the tracepoints and types a new script needs;"+
				" anywhereExcluded lists scripts that need more of the machine)", s.name, err, out)
			continue
		}
		// The same command on the machine (same working directory and
		// script path, which objects may record).
		normalArgs := append(append([]string{"compile", "-o", s.name + ".o"}, s.compileFlags()...), src)
		normal := exec.Command(sb.bpftc, append(normalArgs, params...)...)
		normal.Dir = sb.dir
		if out, err := normal.CombinedOutput(); err != nil {
			t.Fatalf("%s: compile: %v\n%s", s.name, err, out)
		}
		a, _ := os.ReadFile(filepath.Join(sb.out, s.name+".o"))
		b, _ := os.ReadFile(filepath.Join(sb.dir, s.name+".o"))
		if same && !bytes.Equal(a, b) {
			t.Errorf("%s: the object compiled without the machine differs from the one compiled on it (make testdata-inputs?)", s.name)
		}
		compiled++
	}
	if compiled < 30 {
		t.Errorf("only %d scripts compiled anywhere", compiled)
	}
	// curtask reads kernel types; fn_ksym resolves kaddr() symbols, which
	// user nobody cannot see in /proc/kallsyms, when bpfrun loads it.
	for _, name := range []string{"curtask", "fn_ksym"} {
		t.Run("bpfrun/"+name, func(t *testing.T) {
			if !same {
				t.Skip("the test inputs come from another kernel")
			}
			var s *script
			for _, x := range loadScripts(t) {
				if x.name == name {
					s = x
				}
			}
			got := trace(t, s, func(t *testing.T, params []string) []string {
				obj := "out/run_" + name + ".o"
				if out, err := sb.compileHidden(append([]string{"-o", obj, "--btf", "vmlinux.btf", "--tracefs", "tracefs", "scripts/" + name + ".bt"}, params...)...); err != nil {
					t.Fatalf("compile without the machine: %v\n%s", err, out)
				}
				return []string{filepath.Join(binDir, "bpfrun"), filepath.Join(sb.dir, obj)}
			})
			if got.status != 0 || got.stderr != "" {
				t.Fatalf("bpfrun exit %d, stderr:\n%s", got.status, got.stderr)
			}
			goldenCompare(t, strings.TrimSuffix(s.path, ".bt")+".out", got.stdout, false)
		})
	}
}

// inputsKernel is the kernel release the test inputs were taken from.
func inputsKernel(t *testing.T) string {
	t.Helper()
	note, err := os.ReadFile(filepath.Join(filepath.Dir(testBTF), "NOTE.md"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^kernel: (\S+)$`).FindSubmatch(note)
	if m == nil {
		t.Fatal("testdata/btf/NOTE.md names no kernel")
	}
	return string(m[1])
}

// kernelRelease is uname -r.
func kernelRelease(t *testing.T) string {
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		t.Fatal(err)
	}
	return unix.ByteSliceToString(u.Release[:])
}
