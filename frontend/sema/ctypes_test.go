package sema

import (
	"testing"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/parser"
	"github.com/bpftc/bpftc/frontend/source"
)

// preamble parses C definitions followed by an empty probe.
func preamble(t *testing.T, defs string) *ast.Program {
	t.Helper()
	f := &source.File{Name: "stdin", Text: defs + " BEGIN {}"}
	prog, diags := parser.Parse(f, &parser.Options{})
	if diags.Err() != nil {
		t.Fatalf("parse: %v", diags)
	}
	return prog
}

// TestRecordLayout checks sizes and offsets against gcc's for the same
// definitions (x86-64).
func TestRecordLayout(t *testing.T) {
	defs := `struct A { char c; int i; short s; };
struct B { char c; long l; char d[3]; };
union U { char c[5]; int i; short s; };
struct C { struct A a; char x; union U u; };
struct D { int a; union { char u1; long u2; }; struct { short s1; short s2; }; char t; };
struct E { unsigned int lo : 4, mid : 12, hi : 20; char c; };
struct F { char c; int *p; unsigned char u[3]; signed char s[2]; uint16_t w; };
struct G { char c; struct { char a; int b; } in[2]; };`
	ct := newCTypes(preamble(t, defs), nil)
	if len(ct.errs) > 0 {
		t.Fatalf("errors: %v", ct.errs)
	}
	for _, tc := range []struct {
		record string
		size   int
		fields map[string]int
	}{
		{"struct A", 12, map[string]int{"c": 0, "i": 4, "s": 8}},
		{"struct B", 24, map[string]int{"l": 8, "d": 16}},
		{"union U", 8, map[string]int{"c": 0, "i": 0, "s": 0}},
		{"struct C", 24, map[string]int{"x": 12, "u": 16}},
		{"struct D", 24, map[string]int{"u1": 8, "u2": 8, "s1": 16, "s2": 18, "t": 20}},
		{"struct E", 8, map[string]int{"lo": 0, "mid": 0, "hi": 4, "c": 7}},
		{"struct F", 24, map[string]int{"p": 8, "u": 16, "s": 19, "w": 22}},
		{"struct G", 20, map[string]int{"in": 4}},
	} {
		r := ct.record(tc.record)
		if r == nil {
			t.Errorf("%s: not found", tc.record)
			continue
		}
		if r.Size != tc.size {
			t.Errorf("sizeof(%s) = %d, want %d", tc.record, r.Size, tc.size)
		}
		for name, off := range tc.fields {
			f := r.Field(name)
			if f == nil {
				t.Errorf("%s.%s: no such field", tc.record, name)
			} else if f.Offset != off {
				t.Errorf("offsetof(%s, %s) = %d, want %d", tc.record, name, f.Offset, off)
			}
		}
	}
}

// TestFieldTypes checks how C types become bpftrace types (clang's rules
// in bpftrace 0.17: plain char arrays are strings).
func TestFieldTypes(t *testing.T) {
	ct := newCTypes(preamble(t, `enum e { X = 3, Y };
struct T { char s[4]; unsigned char u[4]; int a[2][3]; long *p; struct T *next; enum e k; _Bool b; unsigned long long q; void (*fn)(int); };`), nil)
	r := ct.record("struct T")
	for _, tc := range []struct{ field, want string }{
		{"s", "string[4]"},
		{"u", "unsigned int8[4]"},
		{"a", "int32[3][2]"},
		{"p", "int64 *"},
		{"next", "struct T *"},
		{"k", "unsigned int32"},
		{"b", "unsigned int8"},
		{"q", "unsigned int64"},
		{"fn", "none *"},
	} {
		if f := r.Field(tc.field); f == nil || f.Type.String() != tc.want {
			t.Errorf("field %s: got %v, want %s", tc.field, f, tc.want)
		}
	}
	if v, ok := ct.enum("Y"); !ok || v != 4 {
		t.Errorf("enum Y = %d, %v; want 4", v, ok)
	}
}

// TestCTypeErrors checks clang's messages for unknown and incomplete types.
func TestCTypeErrors(t *testing.T) {
	for _, tc := range []struct{ defs, want string }{
		{"struct Foo { foo_t m; }", "definitions.h:2:14: error: unknown type name 'foo_t'"},
		{"struct Foo { struct bar m; }", "definitions.h:2:25: error: field has incomplete type 'struct bar'"},
	} {
		ct := newCTypes(preamble(t, tc.defs), nil)
		if len(ct.errs) == 0 || ct.errs[0] != tc.want {
			t.Errorf("%s: got %q, want %q", tc.defs, ct.errs, tc.want)
		}
	}
}

func TestCanonicalWords(t *testing.T) {
	for in, want := range map[string]string{
		"long unsigned int": "unsigned long", "unsigned": "unsigned int", "signed char": "signed char",
		"short int": "short", "long long int": "long long", "signed": "int", "char": "char",
	} {
		if got := canonicalWords(in); got != want {
			t.Errorf("canonicalWords(%q) = %q, want %q", in, got, want)
		}
	}
}
