package ir_test

import (
	"strings"
	"testing"

	"github.com/bpftc/bpftc/ir"
)

// optTests cover jump threading, return merging and the stack memory
// passes; each runs the whole pipeline with the verifier on.
var optTests = []struct{ name, in, want string }{
	{
		name: "a map read's default threads into the comparison",
		in: `
map @AT_x hash key 8 value 8 max 16

func f "" (ctx:ptr)
b0:
	v1:ptr = alloca 8
	v2:i64 = const 0
	store.u64 v1, 0, v2
	v3:map = map @AT_x
	v4:ptr = call map_lookup_elem, v3, v1
	br v4, b1, b2
b1: <- b0
	v5:i64 = load.u64 v4, 0
	jmp b3
b2: <- b0
	jmp b3
b3: <- b1 b2
	v6:i64 = phi v5, v2
	v7:i64 = const 1
	v8:i64 = eq v6, v7
	br v8, b4, b5
b4: <- b3
	v9:i64 = call get_current_pid_tgid
	ret v9
b5: <- b3
	ret v2
`,
		want: `
map @AT_x hash key 8 value 8 max 16

func f "" (ctx:ptr)
b0:
	v1:ptr = alloca 8
	v2:i64 = const 0
	store.u64 v1, 0, v2
	v3:map = map @AT_x
	v4:ptr = call map_lookup_elem, v3, v1
	br v4, b1, b5
b1: <- b0
	v5:i64 = load.u64 v4, 0
	v11:i64 = const 1
	v12:i64 = eq v5, v11
	br v12, b4, b5
b4: <- b1
	v9:i64 = call get_current_pid_tgid
	ret v9
b5: <- b1 b0
	ret v2
`,
	},
	{
		name: "returns of the same constant merge",
		in: `
func f "" (ctx:ptr)
b0:
	v1:i64 = call get_current_pid_tgid
	v2:i64 = const 0
	br v1, b1, b2
b1: <- b0
	v3:i64 = call get_smp_processor_id
	br v3, b3, b4
b2: <- b0
	ret v2
b3: <- b1
	ret v2
b4: <- b1
	ret v3
`,
		want: `
func f "" (ctx:ptr)
b0:
	v1:i64 = call get_current_pid_tgid
	v2:i64 = const 0
	br v1, b1, b2
b1: <- b0
	v3:i64 = call get_smp_processor_id
	br v3, b2, b4
b2: <- b0 b1
	ret v2
b4: <- b1
	ret v3
`,
	},
	{
		name: "stack contents forward to loads and overwritten bytes are not stored",
		in: `
map @AT__events ringbuf key 0 value 0 max 4096

func f "" (ctx:ptr)
b0:
	v1:ptr = alloca 16
	v2:ptr = alloca 16
	zero v1, 0, 16
	v3:i64 = const 7
	store.u64 v1, 0, v3
	v4:i64 = const 4294967297
	store.u64 v1, 8, v4
	memcpy v2, 0, v1, 16
	v5:i64 = load.u32 v2, 12
	v6:i64 = load.u64 v2, 0
	v7:i64 = add v5, v6
	store.u64 v2, 0, v7
	v8:map = map @AT__events
	v9:i64 = const 8
	v10:i64 = const 0
	v11:i64 = call ringbuf_output, v8, v2, v9, v10
	ret v10
`,
		want: `
map @AT__events ringbuf key 0 value 0 max 4096

func f "" (ctx:ptr)
b0:
	v1:ptr = alloca 16
	v2:ptr = alloca 16
	v3:i64 = const 7
	store.u64 v1, 0, v3
	v4:i64 = const 4294967297
	store.u64 v1, 8, v4
	memcpy v2, 0, v1, 16
	v7:i64 = const 8
	store.u64 v2, 0, v7
	v8:map = map @AT__events
	v10:i64 = const 0
	v11:i64 = call ringbuf_output, v8, v2, v7, v10
	ret v10
`,
	},
	{
		name: "a zeroing shrinks to the bytes read before they are written",
		in: `
map @AT__events ringbuf key 0 value 0 max 4096

func f "" (ctx:ptr)
b0:
	v1:ptr = alloca 24
	zero v1, 0, 24
	v2:i64 = call get_current_pid_tgid
	store.u64 v1, 0, v2
	v3:map = map @AT__events
	v4:i64 = const 24
	v5:i64 = const 0
	v6:i64 = call ringbuf_output, v3, v1, v4, v5
	ret v5
`,
		want: `
map @AT__events ringbuf key 0 value 0 max 4096

func f "" (ctx:ptr)
b0:
	v1:ptr = alloca 24
	zero v1, 8, 16
	v2:i64 = call get_current_pid_tgid
	store.u64 v1, 0, v2
	v3:map = map @AT__events
	v4:i64 = const 24
	v5:i64 = const 0
	v6:i64 = call ringbuf_output, v3, v1, v4, v5
	ret v5
`,
	},
	{
		name: "an escaping alloca keeps its stores",
		in: `
func f "" (ctx:ptr)
b0:
	v1:ptr = alloca 8
	v2:ptr = alloca 8
	v3:i64 = const 5
	store.u64 v1, 0, v3
	store.u64 v2, 0, v1
	v4:i64 = load.u64 v2, 0
	ret v4
`,
		want: `
func f "" (ctx:ptr)
b0:
	v1:ptr = alloca 8
	v2:ptr = alloca 8
	v3:i64 = const 5
	store.u64 v1, 0, v3
	store.u64 v2, 0, v1
	v4:i64 = load.u64 v2, 0
	ret v4
`,
	},
}

func TestOptimizations(t *testing.T) {
	for _, tc := range optTests {
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
