package ir_test

import (
	"strings"
	"testing"

	"github.com/bpftc/bpftc/ir"
)

// TestCoreLoad parses, verifies and prints loads that carry a CO-RE field,
// and refuses one that does not read the context.
func TestCoreLoad(t *testing.T) {
	for _, tc := range []struct {
		name, text, err string
	}{
		{name: "context", text: `
func f "" (ctx:ptr)
b0:
	v0:ptr = ctx
	v1:i64 = load.s32 v0, 24, core struct trace_event_raw_x 0:2
	v2:i64 = load.u64 v0, 16, core struct trace_event_raw_x 0:3:1
	v3:i64 = add v1, v2
	ret v3
`},
		{name: "not the context", err: "CO-RE load", text: `
func f "" (ctx:ptr)
b0:
	v0:ptr = alloca 8
	v1:i64 = load.u32 v0, 0, core struct trace_event_raw_x 0:2
	ret v1
`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := ir.Parse(strings.TrimPrefix(tc.text, "\n"))
			if err != nil {
				t.Fatal(err)
			}
			err = ir.Verify(m)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("verify: %v, want an error with %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := m.String(); got != tc.text {
				t.Errorf("printed:\n%s", got)
			}
			if err := ir.Optimize(m, &ir.OptimizeOptions{Verify: true}); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(m.String(), "load.s32 v0, 24, core struct trace_event_raw_x 0:2") {
				t.Errorf("optimising lost the CO-RE field:\n%s", m)
			}
		})
	}
}
