package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/bpftc/bpftc/compiler"
	"github.com/bpftc/bpftc/frontend/source"
)

func TestSummarise(t *testing.T) {
	ms := time.Millisecond
	tests := []struct {
		in       []time.Duration
		med, min time.Duration
	}{
		{nil, 0, 0},
		{[]time.Duration{3 * ms}, 3 * ms, 3 * ms},
		{[]time.Duration{5 * ms, 1 * ms, 3 * ms}, 3 * ms, 1 * ms},
		{[]time.Duration{4 * ms, 1 * ms, 2 * ms, 9 * ms}, 3 * ms, 1 * ms},
	}
	for _, tt := range tests {
		got := summarise(slices.Clone(tt.in))
		if got.median != tt.med || got.min != tt.min || got.n != len(tt.in) {
			t.Errorf("summarise(%v) = %+v, want median %v min %v", tt.in, got, tt.med, tt.min)
		}
	}
}

func TestMedianFloatKeepsOrder(t *testing.T) {
	xs := []float64{9, 1, 5, 3}
	if got := medianFloat(xs); got != 4 {
		t.Errorf("median = %v, want 4", got)
	}
	if !slices.Equal(xs, []float64{9, 1, 5, 3}) {
		t.Errorf("medianFloat reordered its argument: %v", xs)
	}
}

func TestHeaderParams(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"BEGIN { exit(); }\n", nil},
		{"// params: PID\nt:x:y /pid == $1/ {}\n", []string{fakePID}},
		{"// a comment\n// params: PID 7 abc\n", []string{fakePID, "7", "abc"}},
	}
	for _, tt := range tests {
		if got := headerParams(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("headerParams(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestCutLabel(t *testing.T) {
	tests := []struct {
		in, label, path string
		ok              bool
	}{
		{"plain=/tmp/x", "plain", "/tmp/x", true},
		{"CGO_ENABLED=0 go build=/tmp/x", "CGO_ENABLED=0 go build", "/tmp/x", true},
		{"nolabel", "", "", false},
		{"=/tmp/x", "", "/tmp/x", false},
		{"label=", "label", "", false},
	}
	for _, tt := range tests {
		label, path, ok := cutLabel(tt.in)
		if label != tt.label || path != tt.path || ok != tt.ok {
			t.Errorf("cutLabel(%q) = %q, %q, %v", tt.in, label, path, ok)
		}
	}
}

// TestInsnSlots counts the slots of a compiled object and compares them
// with the compiler's own count.
func TestInsnSlots(t *testing.T) {
	text, err := os.ReadFile("../../testdata/scripts/hello.bt")
	if err != nil {
		t.Fatal(err)
	}
	res, err := compiler.Compile(&source.File{Name: "hello.bt", Text: string(text)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, p := range res.Programs {
		want += int(p.Insns.Size() / 8)
	}
	path := filepath.Join(t.TempDir(), "hello.o")
	if err := os.WriteFile(path, res.Object, 0o644); err != nil {
		t.Fatal(err)
	}
	got, progs, err := insnSlots(path, "")
	if err != nil {
		t.Fatal(err)
	}
	if got != want || progs != len(res.Programs) {
		t.Errorf("insnSlots = %d in %d programs, want %d in %d", got, progs, want, len(res.Programs))
	}
	if got, _, _ := insnSlots(path, "s_"); got != 0 {
		t.Errorf("insnSlots with prefix s_ = %d, want 0", got)
	}
}
