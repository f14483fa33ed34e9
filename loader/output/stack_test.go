package output

import (
	"encoding/binary"
	"testing"

	"github.com/bpftc/bpftc/loader/abi"
)

// fakeStacks serves one stack: id 7 of map AT__stack_3.
func fakeStacks(sym string, id uint32, frames []uint64) int {
	if sym != "AT__stack_3" || id != 7 {
		return -2
	}
	copy(frames, []uint64{0x1000, 0x2000})
	return 0
}

func TestAppendStack(t *testing.T) {
	r := &Resolver{}
	r.SetStackReader(fakeStacks)
	val := func(v uint64) []byte {
		b := make([]byte, 8)
		binary.NativeEndian.PutUint64(b, v)
		return b
	}
	kstack := func(mode string) abi.Type {
		return abi.Type{Kind: abi.KindKstack, Size: 8, Stack: &abi.Stack{Map: "AT__stack_3", Mode: mode, Limit: 3}}
	}
	ustack := abi.Type{Kind: abi.KindUstack, Size: 8, Stack: &abi.Stack{Map: "AT__stack_3", Mode: abi.StackModePerf, Limit: 3}}
	tests := []struct {
		name string
		t    abi.Type
		v    uint64
		key  bool
		want string
	}{
		// Addresses no symbol holds print as pointers (no kallsyms entry
		// is that low; no process has pid 0x7fffffff).
		{"value", kstack(abi.StackModeBpftrace), 7, false, "\n        0x1000\n        0x2000\n"},
		{"key", kstack(abi.StackModeBpftrace), 7, true, "\n    0x1000\n    0x2000\n"},
		{"perf", kstack(abi.StackModePerf), 7, false, "\n\t1000 0x1000\n\t2000 0x2000\n"},
		{"user perf", ustack, 7 | 0x7fffffff<<32, false, "\n\t1000 0x1000 ([unknown])\n\t2000 0x2000 ([unknown])\n"},
		{"efault", kstack(abi.StackModeBpftrace), uint64(0xfffffff2), false, ""},
	}
	for _, tt := range tests {
		var got []byte
		if tt.key {
			got = r.appendKeyText(nil, tt.t, val(tt.v))
		} else {
			got = r.appendText(nil, tt.t, val(tt.v))
		}
		if string(got) != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestMacaddr(t *testing.T) {
	if got := string(appendMacaddr(nil, []byte{5, 4, 0xab, 2, 1, 0xf0})); got != "05:04:AB:02:01:F0" {
		t.Errorf("macaddr %q", got)
	}
}

func TestWildcardMatch(t *testing.T) {
	tests := []struct {
		pattern, s string
		want       bool
	}{
		{"*", "unified", true}, {"unified", "unified", true}, {"uni*", "unified", true},
		{"*fied", "unified", true}, {"u*i*d", "unified", true}, {"cpu", "cpuacct", false},
		{"cpu*", "cpuacct", true}, {"x*", "unified", false}, {"", "", true},
	}
	for _, tt := range tests {
		if got := wildcardMatch(tt.pattern, tt.s); got != tt.want {
			t.Errorf("wildcardMatch(%q, %q) = %v", tt.pattern, tt.s, got)
		}
	}
}
