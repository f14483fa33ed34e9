package compiler

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bpftc/bpftc/backend"
	"github.com/bpftc/bpftc/backend/llvm"
	"github.com/bpftc/bpftc/backend/native"
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/source"
	"github.com/bpftc/bpftc/ir"
	"github.com/cilium/ebpf"
)

var update = flag.Bool("update", false, "rewrite golden files")

// scripts returns the testdata scripts with the parameters their header asks
// for (PID becomes a fixed number, so output is stable).
func scripts(tb testing.TB) map[string]*testScript {
	paths, err := filepath.Glob("../testdata/scripts/*.bt")
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no scripts in ../testdata/scripts")
	}
	out := map[string]*testScript{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		s := &testScript{path: p, file: &source.File{Name: filepath.Base(p), Text: string(b)}}
		for _, line := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, "// params:"); ok {
				s.params = strings.Fields(strings.ReplaceAll(v, "PID", "4242"))
				// "--" ends bpftrace's options; it is no parameter.
				if i := slices.Index(s.params, "--"); i >= 0 {
					s.params = slices.Delete(s.params, i, i+1)
				}
			}
			if v, ok := strings.CutPrefix(line, "// flags:"); ok {
				s.unsafe = strings.Contains(v, "--unsafe")
			}
		}
		out[strings.TrimSuffix(filepath.Base(p), ".bt")] = s
	}
	return out
}

type testScript struct {
	path   string
	file   *source.File
	params []string
	unsafe bool // "// flags: --unsafe"
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%s: %v (go test ./compiler -update writes it)", path, err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs (go test ./compiler -update rewrites it; review the diff):\n--- want\n%s\n--- got\n%s", path, want, got)
	}
}

// TestGolden compiles every testdata script with the IR verifier on after
// every pass, and checks its AST, IR (before and after optimisation) and
// native assembly against golden files.
func TestGolden(t *testing.T) {
	keep := goldenSet(t)
	for name, s := range scripts(t) {
		t.Run(name, func(t *testing.T) {
			var lowered bytes.Buffer
			res, err := Compile(s.file, &Options{
				Params:   s.params,
				Unsafe:   s.unsafe,
				VerifyIR: true,
				AfterPass: func(pass string, m *ir.Module) {
					if pass == "lower" {
						ir.Fprint(&lowered, m, nil)
					}
				},
			})
			if err != nil {
				var b strings.Builder
				res.Diags.Render(&b, s.file)
				t.Fatalf("%v\n%s", err, b.String())
			}
			base := strings.TrimSuffix(s.path, ".bt")
			if !keep[name] {
				for _, ext := range goldenExts {
					if _, err := os.Stat(base + ext); err == nil {
						t.Errorf("%s%s: a golden file for a script not listed in %s", base, ext, goldenList)
					}
				}
				return
			}
			var a bytes.Buffer
			ast.Fprint(&a, res.AST)
			golden(t, base+".ast", a.Bytes())
			golden(t, base+".ir", lowered.Bytes())
			golden(t, base+".opt.ir", []byte(res.Module.String()))
			var asm bytes.Buffer
			for _, p := range res.Programs {
				fmt.Fprintf(&asm, "%v\n", p.Insns)
			}
			golden(t, base+".native.s", asm.Bytes())
			if haveLLVM(t) {
				var ll bytes.Buffer
				if _, err := Compile(s.file, &Options{Params: s.params, Unsafe: s.unsafe, Backend: &llvm.Backend{LL: &ll}}); err != nil {
					t.Fatalf("llvm backend: %v", err)
				}
				golden(t, base+".ll", ll.Bytes())
			}
		})
	}
}

// goldenList names the scripts TestGolden keeps golden files for.
const goldenList = "../testdata/scripts/GOLDEN"

// goldenExts are the golden files of one script.
var goldenExts = []string{".ast", ".ir", ".opt.ir", ".native.s", ".ll"}

// goldenSet reads goldenList: one script name per line, # comments.
func goldenSet(tb testing.TB) map[string]bool {
	b, err := os.ReadFile(goldenList)
	if err != nil {
		tb.Fatal(err)
	}
	set := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if _, err := os.Stat("../testdata/scripts/" + line + ".bt"); err != nil {
			tb.Errorf("%s: no script %s.bt", goldenList, line)
		}
		set[line] = true
	}
	return set
}

// haveLLVM reports whether LLVM's opt and llc are installed, which the
// llvm backend runs; under CI=true they must be.
func haveLLVM(tb testing.TB) bool {
	for _, tool := range []string{"opt", "llc"} {
		_, err := exec.LookPath(tool)
		if err != nil {
			_, err = exec.LookPath(tool + "-14")
		}
		if err != nil {
			if os.Getenv("CI") == "true" {
				tb.Fatalf("the llvm backend needs %s (Debian package llvm-14)", tool)
			}
			tb.Logf("skipping the llvm backend: %s not installed", tool)
			return false
		}
	}
	return true
}

// testBackends returns the code generators every compiling test runs with.
func testBackends(tb testing.TB) []backend.Backend {
	bes := []backend.Backend{&native.Backend{}}
	if haveLLVM(tb) {
		bes = append(bes, &llvm.Backend{})
	}
	return bes
}

// TestDeterministic compiles every script twice and compares the bytes.
func TestDeterministic(t *testing.T) {
	for _, be := range testBackends(t) {
		t.Run(be.Name(), func(t *testing.T) {
			for name, s := range scripts(t) {
				a, err := Compile(s.file, &Options{Params: s.params, Unsafe: s.unsafe, Backend: be})
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				b, err := Compile(s.file, &Options{Params: s.params, Unsafe: s.unsafe, Backend: be})
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if !bytes.Equal(a.Object, b.Object) {
					t.Errorf("%s: two compilations differ", name)
				}
			}
		})
	}
}

// TestObjectsReadBack reads every object back with cilium/ebpf: each
// program has a known type, and the metadata matches.
func TestObjectsReadBack(t *testing.T) {
	for _, be := range testBackends(t) {
		t.Run(be.Name(), func(t *testing.T) { objectsReadBack(t, be) })
	}
}

func objectsReadBack(t *testing.T, be backend.Backend) {
	for name, s := range scripts(t) {
		res, err := Compile(s.file, &Options{Params: s.params, Unsafe: s.unsafe, Backend: be})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(res.Object))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(spec.Programs) != len(res.Meta.Programs) {
			t.Errorf("%s: %d programs in the object, %d in the metadata", name, len(spec.Programs), len(res.Meta.Programs))
		}
		for pn, p := range spec.Programs {
			if p.Type == ebpf.UnspecifiedProgram {
				t.Errorf("%s: program %s has no type (section %s)", name, pn, p.SectionName)
			}
		}
	}
}
