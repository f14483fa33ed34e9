package lower

import "testing"

func TestKallsymsAddr(t *testing.T) {
	data := []byte("0000000000000000 A fixed_percpu_data\n" +
		"ffffffff81000000 T _text\n" +
		"ffffffff81001000 T do_sys_open_x\n" +
		"ffffffff81002000 t do_sys_open\n" +
		"ffffffff81003000 T do_sys_open\n" +
		"ffffffffc0001000 t mod_fn\t[kvm]\n" +
		"0000000000000000 T zero_sym")
	for _, tc := range []struct {
		name string
		want uint64
		ok   bool
	}{
		{"_text", 0xffffffff81000000, true},
		{"do_sys_open", 0xffffffff81002000, true}, // first of two, not the longer name
		{"mod_fn", 0xffffffffc0001000, true},
		{"sys_open", 0, false}, // a suffix of another name
		{"fixed_percpu_data", 0, false},
		{"zero_sym", 0, false},
		{"", 0, false},
	} {
		got, ok := kallsymsAddr(data, tc.name)
		if got != tc.want || ok != tc.ok {
			t.Errorf("kallsymsAddr(%q) = %#x, %v; want %#x, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}
