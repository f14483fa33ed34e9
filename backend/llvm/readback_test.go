package llvm

import (
	"strings"
	"testing"

	"github.com/bpftc/bpftc/ir"
	"github.com/cilium/ebpf/asm"
)

func TestCheckInsns(t *testing.T) {
	m := &ir.Module{Maps: []*ir.Map{{Name: "AT_m", Kind: ir.MapHash, KeySize: 8, ValueSize: 8, MaxEntries: 1}}}
	for _, tc := range []struct {
		name string
		ins  asm.Instruction
		err  string
	}{
		{"map", asm.LoadMapPtr(asm.R1, 0).WithReference("AT_m"), ""},
		{"helper", asm.FnKtimeGetNs.Call(), ""},
		{"unknown map", asm.LoadMapPtr(asm.R1, 0).WithReference("AT_x"), `unexpected reference to "AT_x"`},
		{"library call", asm.Call.Label("memcpy"), `call to "memcpy"`},
		{"data", asm.LoadMapValue(asm.R1, 0, 0).WithReference(".rodata"), `unexpected reference to ".rodata"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := checkInsns(asm.Instructions{tc.ins, asm.Return()}, m)
			switch {
			case tc.err == "" && err != nil:
				t.Errorf("unexpected error %v", err)
			case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
				t.Errorf("err = %v, want %q", err, tc.err)
			}
		})
	}
}

func TestReadBackMissingProgram(t *testing.T) {
	requireTools(t)
	m := countByPid()
	obj, err := (&Backend{}).build([]byte(mustTranslate(t, m)))
	if err != nil {
		t.Fatal(err)
	}
	m.Funcs[0].Name = "g"
	if _, err := readBack(obj, m); err == nil || !strings.Contains(err.Error(), "no program g") {
		t.Errorf("err = %v", err)
	}
}

func mustTranslate(t *testing.T, m *ir.Module) string {
	t.Helper()
	s, err := Translate(m)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
