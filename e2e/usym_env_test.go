package e2e

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
)

// usymTarget calls usym_probe (in C++, ns::usym_probe(int)) once, then
// waits for a byte on stdin before it exits.
const usymTarget = `#include <unistd.h>
#ifdef __cplusplus
namespace ns {
#else
#define noexcept
#endif
__attribute__((noinline)) void usym_probe(int x) noexcept { __asm__ volatile("" : : "r"(x)); }
#ifdef __cplusplus
}
using ns::usym_probe;
#endif
int main(void) { char b; usym_probe(1); return read(0, &b, 1) < 0; }
`

// buildUsymTarget compiles usymTarget with compiler (gcc or g++) into dir.
func buildUsymTarget(t *testing.T, compiler, dir string) string {
	t.Helper()
	cc, err := exec.LookPath(compiler)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not installed", compiler)
		}
		t.Skipf("%s is not installed", compiler)
	}
	ext := ".c"
	if compiler == "g++" {
		ext = ".cc"
	}
	src := filepath.Join(dir, "target"+ext)
	if err := os.WriteFile(src, []byte(usymTarget), 0o644); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "target"+strings.ReplaceAll(ext, ".", "-"))
	if out, err := exec.Command(cc, "-O1", "-pie", "-fPIE", "-o", bin, src).CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", compiler, err, out)
	}
	return bin
}

// traceTwice runs the tracer args while two processes of target call
// usym_probe one after the other, both still running when their events
// print, and returns the output with addresses as ADDR.
func traceTwice(t *testing.T, args []string, env []string, target string) string {
	t.Helper()
	p := startSignalled(t, args, env)
	p.waitAttached(t)
	var stdins []io.WriteCloser
	for i := 1; i <= 2; i++ {
		cmd := exec.Command(target)
		in, err := cmd.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		defer cmd.Wait()
		defer in.Close()
		stdins = append(stdins, in)
		p.waitOutput(t, "\n", i) // one line per call (-q)
	}
	p.signal(t, syscall.SIGINT)
	p.wait(t, 20e9)
	return regexp.MustCompile(`0x[0-9a-f]+`).ReplaceAllString(p.output(), "ADDR")
}

// usymTracers are bpftrace, bpftc run and bpfrun on script.
func usymTracers(t *testing.T, script string) map[string][]string {
	src := filepath.Join(t.TempDir(), "usym.bt")
	if err := os.WriteFile(src, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	return signalTracers(t, src, "-q")
}

// TestCacheUserSymbols resolves usym in two processes of one PIE
// executable (ENV-10). With BPFTRACE_CACHE_USER_SYMBOLS=1 the first
// process's layout serves the second, whose address (another load address,
// with ASLR) resolves to nothing; with 0, or unset without -c and with ASLR
// on, each process resolves in its own layout. Each output must be
// bpftrace 0.17's.
func TestCacheUserSymbols(t *testing.T) {
	requireKernel(t)
	if b, _ := os.ReadFile("/proc/sys/kernel/randomize_va_space"); strings.TrimSpace(string(b)) == "0" {
		t.Skip("needs ASLR")
	}
	target := buildUsymTarget(t, "gcc", t.TempDir())
	tracers := usymTracers(t, "uprobe:"+target+":usym_probe { printf(\"%s\\n\", usym(reg(\"ip\"))); }\n")
	for _, tc := range []struct {
		env, want string
	}{
		{"BPFTRACE_CACHE_USER_SYMBOLS=1", "usym_probe\nADDR\n\n\n"},
		{"BPFTRACE_CACHE_USER_SYMBOLS=0", "usym_probe\nusym_probe\n\n\n"},
		{"", "usym_probe\nusym_probe\n\n\n"},
	} {
		t.Run(orDefault(tc.env, "unset"), func(t *testing.T) {
			env := []string{tc.env}
			if tc.env == "" {
				env = nil
			}
			for _, name := range []string{"bpftrace", "bpftc run", "bpfrun"} {
				if got := traceTwice(t, tracers[name], env, target); got != tc.want {
					t.Errorf("%s printed:\n%s--- want\n%s", name, got, tc.want)
				}
			}
		})
	}
}

// TestNoCppDemangle resolves usym in a C++ program (ENV-08): bpftrace
// 0.17 prints ns::usym_probe(int), or the mangled name with
// BPFTRACE_NO_CPP_DEMANGLE=1.
func TestNoCppDemangle(t *testing.T) {
	requireKernel(t)
	target := buildUsymTarget(t, "g++", t.TempDir())
	tracers := usymTracers(t, "uprobe:"+target+":_ZN2ns10usym_probeEi { printf(\"%s\\n\", usym(reg(\"ip\"))); }\n")
	for _, tc := range []struct {
		env, want string
	}{
		{"BPFTRACE_NO_CPP_DEMANGLE=1", "_ZN2ns10usym_probeEi\n_ZN2ns10usym_probeEi\n\n\n"},
		{"BPFTRACE_NO_CPP_DEMANGLE=0", "ns::usym_probe(int)\nns::usym_probe(int)\n\n\n"},
	} {
		t.Run(tc.env, func(t *testing.T) {
			for _, name := range []string{"bpftrace", "bpftc run", "bpfrun"} {
				if got := traceTwice(t, tracers[name], []string{tc.env}, target); got != tc.want {
					t.Errorf("%s printed:\n%s--- want\n%s", name, got, tc.want)
				}
			}
		})
	}
}
