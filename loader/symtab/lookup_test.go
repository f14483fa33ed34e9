package symtab

import (
	"strings"
	"testing"
)

func TestLookupKallsyms(t *testing.T) {
	const listing = "0000000000000000 A fixed_percpu_data\n" +
		"ffffffff81000000 T _text\n" +
		"ffffffff81001000 T do_sys_open_x\n" +
		"ffffffff81002000 t do_sys_open\n" +
		"ffffffff81003000 T do_sys_open\n" +
		"ffffffffc0001000 t mod_fn\t[kvm]\n" +
		"0000000000000000 T zero_sym\n" +
		"ffffffff81004000 T last"
	got, err := LookupKallsyms(strings.NewReader(listing),
		[]string{"_text", "do_sys_open", "mod_fn", "sys_open", "fixed_percpu_data", "zero_sym", "", "last"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]uint64{
		"_text":       0xffffffff81000000,
		"do_sys_open": 0xffffffff81002000, // the first of two, not the longer name
		"mod_fn":      0xffffffffc0001000,
		"last":        0xffffffff81004000, // no newline at the end
	}
	if len(got) != len(want) {
		t.Errorf("got %d symbols %v, want %v", len(got), got, want)
	}
	for name, addr := range want {
		if got[name] != addr {
			t.Errorf("%s: got %#x, want %#x", name, got[name], addr)
		}
	}
}
