package llvm

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bpftc/bpftc/ir"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

func golden(t *testing.T, path string, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%s: %v (go test -update writes it)", path, err)
	}
	if d := cmp.Diff(string(want), got); d != "" {
		t.Errorf("%s (go test -update rewrites it; review the diff) (-want +got):\n%s", path, d)
	}
}

// TestTranslate checks the LLVM IR of small hand-built functions.
func TestTranslate(t *testing.T) {
	for _, tc := range translateCases {
		t.Run(tc.name, func(t *testing.T) {
			x := newBuilder()
			tc.build(x)
			if err := ir.Verify(x.m); err != nil {
				t.Fatalf("bad test input: %v", err)
			}
			before := x.m.String()
			text, err := Translate(x.m)
			if err != nil {
				t.Fatal(err)
			}
			if x.m.String() != before {
				t.Errorf("Translate modified the module")
			}
			golden(t, filepath.Join("testdata", tc.name+".ll"), text)
		})
	}
}

// TestTranslateErrors feeds IR the verifier would refuse: Translate
// returns an error instead of panicking.
func TestTranslateErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		build func(x *builder)
		err   string
	}{
		{"unknown map", func(x *builder) { x.mp().Sym = "AT_nope"; x.ret(x.c(0)) }, "unknown map AT_nope"},
		{"unknown helper", func(x *builder) { x.ret(x.call(ir.I64, "nope")) }, "unknown helper nope"},
		{"bad load size", func(x *builder) { x.ret(x.load(ir.I64, x.ctx(), 0, 3, false)) }, "bad load size 3"},
		{"bad store size", func(x *builder) { x.store(x.alloca(8), 0, 16, x.c(1)); x.ret(x.c(0)) }, "bad store size 16"},
		{"bad zero size", func(x *builder) { x.mem(ir.OpZero, 0, 0, x.alloca(8)); x.ret(x.c(0)) }, "bad size 0"},
		{"unknown map kind", func(x *builder) { x.m.Maps[0].Kind = 0; x.ret(x.c(0)) }, "unknown kind"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := newBuilder()
			tc.build(x)
			_, err := Translate(x.m)
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("err = %v, want %q", err, tc.err)
			}
		})
	}
}
