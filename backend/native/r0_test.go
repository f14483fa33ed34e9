package native

import (
	"strings"
	"testing"

	"github.com/bpftc/bpftc/ir"
)

// regTests check register choices by the instructions they must and must
// not produce.
var regTests = []struct {
	name      string
	in        string
	want, not []string
}{
	{
		name: "a lookup's pointer is used where the call leaves it",
		in: `
map @AT_x hash key 8 value 8 max 16

func f "" (ctx:ptr)
b0:
	v1:ptr = alloca 8
	v2:i64 = call get_current_pid_tgid
	v3:i64 = const 32
	v4:i64 = lshr v2, v3
	store.u64 v1, 0, v4
	v5:map = map @AT_x
	v6:ptr = call map_lookup_elem, v5, v1
	br v6, b1, b2
b1: <- b0
	v7:i64 = load.u64 v6, 0
	v8:i64 = const 1
	v9:i64 = add v7, v8
	store.u64 v6, 0, v9
	jmp b2
b2: <- b0 b1
	v10:i64 = const 0
	ret v10
`,
		want: []string{"JEqImm dst: r0", "src: r0 off: 0", "RShImm dst: r0 imm: 32"},
		not:  []string{"MovReg dst: r1 src: r0"},
	},
	{
		name: "a stack address passed to three calls is kept in a register",
		in: `
map @AT_x hash key 16 value 8 max 16

func f "" (ctx:ptr)
b0:
	v1:ptr = alloca 16
	v2:ptr = alloca 8
	v3:i64 = const 16
	v4:i64 = call get_current_comm, v1, v3
	v5:map = map @AT_x
	v6:ptr = call map_lookup_elem, v5, v1
	v7:i64 = const 1
	store.u64 v2, 0, v7
	v8:i64 = const 0
	v9:i64 = call map_update_elem, v5, v1, v2, v8
	ret v8
`,
		want: []string{"MovReg dst: r6 src: rfp", "MovReg dst: r2 src: r6"},
	},
}

func TestRegisterChoices(t *testing.T) {
	for _, tc := range regTests {
		t.Run(tc.name, func(t *testing.T) {
			got := compileText(t, tc.in)
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("missing %q in\n%s", w, got)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(got, n) {
					t.Errorf("unexpected %q in\n%s", n, got)
				}
			}
		})
	}
}

// compileText compiles a module in the IR's text form and returns its first
// program's instructions as text.
func compileText(t *testing.T, src string) string {
	t.Helper()
	m, err := ir.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	progs, err := (&Backend{}).Compile(m)
	if err != nil {
		t.Fatal(err)
	}
	return progs[0].Insns.String()
}
