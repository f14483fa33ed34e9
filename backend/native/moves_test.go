package native

import (
	"strings"
	"testing"
)

// moveTests check that coalescing, r0 and shared returns leave out moves
// and duplicate tails: count is how often each string may appear.
var moveTests = []struct {
	name  string
	in    string
	count map[string]int
}{
	{
		name: "a phi live across a call shares its arguments' register",
		in: `
func f "" (ctx:ptr)
b0:
	v0:ptr = ctx
	v1:i64 = load.u64 v0, 16
	v2:i64 = const 0
	v3:i64 = sge v1, v2
	br v3, b1, b2
b1: <- b0
	v4:i64 = const 10
	v5:i64 = udiv v1, v4
	v6:i64 = const 1
	v7:i64 = add v5, v6
	jmp b3
b2: <- b0
	jmp b3
b3: <- b1 b2
	v8:i64 = phi v7, v2
	v9:i64 = call get_current_pid_tgid
	v10:i64 = add v9, v8
	ret v10
`,
		count: map[string]int{"MovReg dst: r6 src: r1": 0, "MovReg dst: r1": 0, "DivImm dst: r6": 1},
	},
	{
		name: "a block returning a constant after work jumps to the shared return",
		in: `
map @AT_x hash key 8 value 8 max 16

func f "" (ctx:ptr)
b0:
	v1:ptr = alloca 8
	v2:i64 = const 0
	store.u64 v1, 0, v2
	v5:map = map @AT_x
	v6:ptr = call map_lookup_elem, v5, v1
	br v6, b1, b2
b1: <- b0
	v8:i64 = const 1
	store.u64 v6, 0, v8
	ret v2
b2: <- b0
	ret v2
`,
		count: map[string]int{"Exit": 1},
	},
	{
		name: "a subtraction into its second operand's register negates and adds",
		in: `
func f "" (ctx:ptr)
b0:
	v0:ptr = ctx
	v1:i64 = load.u64 v0, 16
	v2:i64 = load.u64 v0, 8
	v3:i64 = sub v1, v2
	v4:i64 = add v3, v1
	ret v4
`,
		count: map[string]int{"NegImm": 1, "SubReg": 0},
	},
	{
		name: "a lookup's pointer passed to the next call stays in r0",
		in: `
map @AT_x hash key 8 value 8 max 16

func f "" (ctx:ptr)
b0:
	v1:ptr = alloca 8
	v2:i64 = const 0
	store.u64 v1, 0, v2
	v5:map = map @AT_x
	v6:ptr = call map_lookup_elem, v5, v1
	br v6, b1, b2
b1: <- b0
	v9:i64 = call map_update_elem, v5, v1, v6, v2
	ret v2
b2: <- b0
	ret v2
`,
		count: map[string]int{"MovReg dst: r3 src: r0": 1, "MovReg dst: r1 src: r0": 0},
	},
}

func TestFewerMoves(t *testing.T) {
	for _, tc := range moveTests {
		t.Run(tc.name, func(t *testing.T) {
			got := compileText(t, tc.in)
			for s, n := range tc.count {
				if c := strings.Count(got, s); c != n {
					t.Errorf("%q appears %d times, want %d, in\n%s", s, c, n, got)
				}
			}
		})
	}
}
