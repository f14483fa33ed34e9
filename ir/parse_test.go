package ir_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bpftc/bpftc/ir"
)

// TestParseRoundTrip parses every golden IR file and prints it again.
func TestParseRoundTrip(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/scripts/*.ir")
	if len(paths) == 0 {
		t.Fatal("no golden IR files")
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		m, err := ir.Parse(string(b))
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if err := ir.Verify(m); err != nil {
			t.Errorf("%s: %v", p, err)
		}
		if got := m.String(); got != string(b) {
			t.Errorf("%s: printing the parsed module differs:\n%s", p, got)
		}
		if err := ir.Optimize(m, &ir.OptimizeOptions{Verify: true}); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
}

// passTests run the optimiser on text and compare the result with text.
var passTests = []struct{ name, in, want string }{
	{
		name: "fold constants and the branch they decide",
		in: `
func f "" (ctx:ptr)
b0:
	v1:i64 = const 6
	v2:i64 = const 7
	v3:i64 = mul v1, v2
	v4:i64 = const 42
	v5:i64 = eq v3, v4
	br v5, b1, b2
b1: <- b0
	ret v3
b2: <- b0
	ret v1
`,
		want: `
func f "" (ctx:ptr)
b0:
	v3:i64 = const 42
	ret v3
`,
	},
	{
		name: "a test of a comparison is the comparison",
		in: `
func f "" (ctx:ptr)
b0:
	v1:i64 = call get_current_pid_tgid
	v2:i64 = const 5
	v3:i64 = ult v1, v2
	v4:i64 = const 0
	v5:i64 = eq v3, v4
	br v5, b1, b2
b1: <- b0
	ret v4
b2: <- b0
	ret v2
`,
		want: `
func f "" (ctx:ptr)
b0:
	v1:i64 = call get_current_pid_tgid
	v2:i64 = const 5
	v4:i64 = const 0
	v5:i64 = uge v1, v2
	br v5, b1, b2
b1: <- b0
	ret v4
b2: <- b0
	ret v2
`,
	},
	{
		name: "phis of one value and empty blocks go away",
		in: `
func f "" (ctx:ptr)
b0:
	v1:i64 = call get_current_pid_tgid
	br v1, b1, b2
b1: <- b0
	jmp b3
b2: <- b0
	jmp b3
b3: <- b1 b2
	v2:i64 = phi v1, v1
	ret v2
`,
		want: `
func f "" (ctx:ptr)
b0:
	v1:i64 = call get_current_pid_tgid
	ret v1
`,
	},
	{
		name: "field offsets are never folded, even at offset 0, but merge",
		in: `
func f "" (ctx:ptr)
b0:
	v1:i64 = call get_current_task
	v2:i64 = coreoff 0, struct task_struct 0:1
	v3:i64 = add v1, v2
	v4:i64 = coreoff 0, struct task_struct 0:1
	v5:i64 = add v1, v4
	v6:i64 = add v3, v5
	ret v6
`,
		want: `
func f "" (ctx:ptr)
b0:
	v1:i64 = call get_current_task
	v2:i64 = coreoff 0, struct task_struct 0:1
	v3:i64 = add v1, v2
	v6:i64 = add v3, v3
	ret v6
`,
	},
}

func TestPasses(t *testing.T) {
	for _, tc := range passTests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := ir.Parse(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if err := ir.Optimize(m, &ir.OptimizeOptions{Verify: true}); err != nil {
				t.Fatal(err)
			}
			if got, want := strings.TrimSpace(m.String()), strings.TrimSpace(tc.want); got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}
