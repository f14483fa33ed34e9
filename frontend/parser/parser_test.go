package parser

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/source"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// golden compares got with the golden file path, rewriting it under -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if d := cmp.Diff(string(want), string(got)); err != nil || d != "" {
		t.Errorf("%s (go test -update rewrites it): %v\n%s", path, err, d)
	}
}

// files returns the files matching pattern and fails when there are none.
func files(t testing.TB, pattern string) []string {
	t.Helper()
	m, err := filepath.Glob(pattern)
	if err != nil || len(m) == 0 {
		t.Fatalf("no files match %s: %v", pattern, err)
	}
	return m
}

// noStaleGoldens fails for a golden file whose script is missing.
func noStaleGoldens(t *testing.T, dir, ext string) {
	t.Helper()
	for _, g := range files(t, filepath.Join(dir, "*"+ext)) {
		if _, err := os.Stat(strings.TrimSuffix(g, ext) + ".bt"); err != nil {
			t.Errorf("%s has no script: %v", g, err)
		}
	}
}

// readScript loads a test script. A first line "// params: a b" gives the
// positional parameters.
func readScript(t testing.TB, path string) (*source.File, *Options) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	opts := &Options{}
	if first, _, _ := strings.Cut(text, "\n"); strings.HasPrefix(first, "// params:") {
		opts.Params = strings.Fields(strings.TrimPrefix(first, "// params:"))
	}
	return &source.File{Name: filepath.Base(path), Text: text}, opts
}

// render returns the rendered diagnostics followed by the tree.
func render(f *source.File, prog *ast.Program, diags source.List) []byte {
	var b bytes.Buffer
	diags.Render(&b, f)
	if prog != nil {
		ast.Fprint(&b, prog)
	}
	return b.Bytes()
}

func TestGolden(t *testing.T) {
	for _, path := range files(t, "testdata/*.bt") {
		t.Run(filepath.Base(path), func(t *testing.T) {
			f, opts := readScript(t, path)
			prog, diags := Parse(f, opts)
			if prog == nil {
				t.Errorf("no program:\n%s", render(f, nil, diags))
			}
			golden(t, strings.TrimSuffix(path, ".bt")+".ast", render(f, prog, diags))
		})
	}
	noStaleGoldens(t, "testdata", ".ast")
}

// TestErrors checks the rendered diagnostics of malformed scripts. Every
// .err file was compared with bpftrace 0.17's output for the same script.
func TestErrors(t *testing.T) {
	for _, path := range files(t, "testdata/errors/*.bt") {
		t.Run(filepath.Base(path), func(t *testing.T) {
			f, opts := readScript(t, path)
			_, diags := Parse(f, opts)
			if diags.Err() == nil {
				t.Errorf("no error")
			}
			var b bytes.Buffer
			diags.Render(&b, f)
			golden(t, strings.TrimSuffix(path, ".bt")+".err", b.Bytes())
		})
	}
	noStaleGoldens(t, "testdata/errors", ".err")
}
