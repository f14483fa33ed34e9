package tracepoint

import "testing"

const openat = `name: sys_enter_openat
ID: 782
format:
	field:unsigned short common_type;	offset:0;	size:2;	signed:0;
	field:int common_pid;	offset:4;	size:4;	signed:1;

	field:int __syscall_nr;	offset:8;	size:4;	signed:1;
	field:int dfd;	offset:16;	size:8;	signed:0;
	field:const char * filename;	offset:24;	size:8;	signed:0;
	field:__data_loc char[] name;	offset:32;	size:4;	signed:0;
	field:char comm[16];	offset:36;	size:16;	signed:0;
`

func TestParse(t *testing.T) {
	f, err := Parse(openat)
	if err != nil {
		t.Fatal(err)
	}
	want := []Field{
		{Name: "__syscall_nr", CType: "int", Offset: 8, Size: 4, Signed: true},
		{Name: "dfd", CType: "int", Offset: 16, Size: 8},
		{Name: "filename", CType: "const char *", Offset: 24, Size: 8, Pointer: true},
		{Name: "name", CType: "char", Offset: 32, Size: 4, DataLoc: true},
		{Name: "comm", CType: "char", Offset: 36, Size: 16, Array: 16},
	}
	if f.Name != "sys_enter_openat" || f.ID != 782 || len(f.Fields) != len(want) {
		t.Fatalf("got %+v", f)
	}
	for i := range want {
		if f.Fields[i] != want[i] {
			t.Errorf("field %d: got %+v, want %+v", i, f.Fields[i], want[i])
		}
	}
}

func TestGlob(t *testing.T) {
	for _, c := range []struct {
		p, s string
		ok   bool
	}{
		{"sys_enter_*", "sys_enter_openat", true},
		{"sys_enter_open*", "sys_enter_read", false},
		{"*", "x", true},
		{"a*b*c", "aXbYc", true},
		{"a*b*c", "aXcYb", false},
		{"exact", "exact", true},
		{"*at", "openat", true},
	} {
		if Glob(c.p, c.s) != c.ok {
			t.Errorf("Glob(%q, %q) != %v", c.p, c.s, c.ok)
		}
	}
}
