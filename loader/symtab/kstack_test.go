package symtab

import (
	"strings"
	"testing"
)

func TestKsyms(t *testing.T) {
	listing := strings.Join([]string{
		"ffffffff81000000 T _stext",
		"ffffffff81000100 t do_one",
		"ffffffff81000200 D some_data", // data symbols are left out
		"ffffffff81000300 T do_two\t[mod]",
		"0000000000001000 T user_space",
		"0000000000000000 T zero",
	}, "\n")
	k, err := ReadKsyms(strings.NewReader(listing))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		addr uint64
		name string
		off  uint64
		ok   bool
	}{
		{0xffffffff81000000, "_stext", 0, true},
		{0xffffffff81000150, "do_one", 0x50, true},
		{0xffffffff81000250, "do_one", 0x150, true},
		{0xffffffff81000300, "do_two", 0, true},
		{0xffffffffc0000000, "do_two", 0xffffffffc0000000 - 0xffffffff81000300, true},
		{0xffffffff80000000, "", 0, false},
	}
	for _, tt := range tests {
		name, off, ok := k.Resolve(tt.addr)
		if name != tt.name || off != tt.off || ok != tt.ok {
			t.Errorf("Resolve(%x) = %s+%d %v, want %s+%d %v", tt.addr, name, off, ok, tt.name, tt.off, tt.ok)
		}
	}
}
