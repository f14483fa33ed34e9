package sema

import (
	"testing"

	"github.com/bpftc/bpftc/frontend/ast"
)

func TestParamRefText(t *testing.T) {
	params := []string{"hello", "a\x00b"}
	tests := []struct {
		n, off   int64
		capacity int
		limit    int64
		want     string
	}{
		{1, 0, 64, -1, "hello"},
		{1, 1, 64, -1, "ello"},
		{1, 5, 64, -1, ""},
		{1, 0, 64, 3, "hel"},
		{1, 0, 4, -1, "hel"}, // capacity includes the NUL
		{1, 0, 64, 0, ""},
		{2, 0, 64, -1, "a"},
		{3, 0, 64, -1, ""}, // missing parameters are empty
	}
	for _, tt := range tests {
		r := &ParamRef{Param: &ast.Positional{N: tt.n}, Offset: tt.off}
		if got := r.Text(params, tt.capacity, tt.limit); got != tt.want {
			t.Errorf("$%d+%d cap %d limit %d: %q, want %q", tt.n, tt.off, tt.capacity, tt.limit, got, tt.want)
		}
	}
}

func TestPton(t *testing.T) {
	tests := []struct {
		in   string
		want []byte
	}{
		{"1.2.3.4", []byte{1, 2, 3, 4}},
		{"::1", []byte{15: 1}},
		{"1.2.3.4.5.6", nil},
		{"01.2.3.4", nil},
		{"::ffff:1.2.3.4", nil}, // has a '.', so it is taken as IPv4
		{"abc", nil},
	}
	for _, tt := range tests {
		got, ok := Pton(tt.in)
		if ok != (tt.want != nil) || string(got) != string(tt.want) {
			t.Errorf("Pton(%q) = %v, %v; want %v", tt.in, got, ok, tt.want)
		}
	}
}
