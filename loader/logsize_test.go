package loader

import (
	"errors"
	"strings"
	"testing"
)

func TestCutLog(t *testing.T) {
	log := []string{"0: (b7) r1 = 0", "1: (95) exit", "R0 !read_ok"}
	for _, tc := range []struct {
		size uint64
		want int // lines kept
		cut  bool
	}{
		{0, 3, false},    // the default, 1000000
		{1000, 3, false}, // fits
		{41, 3, false},   // 15+13+12 bytes and the NUL, exactly
		{40, 2, true},
		{14, 1, true},
		{5, 0, true},
	} {
		o := &Object{logSize: tc.size}
		ve := &VerifierError{Log: append([]string(nil), log...), FullLog: true}
		err := o.cutLog(ve)
		if !errors.Is(err, ve) {
			t.Fatalf("size %d: cutLog returned another error", tc.size)
		}
		if len(ve.Log) != tc.want || (ve.CutAt != 0) != tc.cut {
			t.Errorf("size %d: kept %q, CutAt %d", tc.size, ve.Log, ve.CutAt)
		}
		if d := ve.Diagnostic(); strings.Contains(d, "BPFTRACE_LOG_SIZE") != tc.cut {
			t.Errorf("size %d: diagnostic:\n%s", tc.size, d)
		}
		if tc.want > 0 && ve.Log[len(ve.Log)-1] != log[2] {
			t.Errorf("size %d: the last line is gone: %q", tc.size, ve.Log)
		}
	}
}
