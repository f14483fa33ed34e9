package loader

import (
	"encoding/binary"
	"net/netip"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/output"
)

// le64 is v as 8 bytes in the host's order.
func le64(vs ...uint64) []byte {
	var b []byte
	for _, v := range vs {
		b = binary.NativeEndian.AppendUint64(b, v)
	}
	return b
}

func TestGoValue(t *testing.T) {
	meta := &abi.Meta{Probes: []string{"BEGIN", "tracepoint:syscalls:sys_enter_read"}}
	str := abi.Type{Kind: abi.KindString, Size: 8}
	u16 := abi.Type{Kind: abi.KindInt, Size: 2}
	s32 := abi.Type{Kind: abi.KindInt, Size: 4, Signed: true}
	v4 := append(le64(syscall.AF_INET), 10, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
	tests := []struct {
		name string
		t    abi.Type
		b    []byte
		want any
	}{
		{"s32", s32, []byte{0xfe, 0xff, 0xff, 0xff}, int64(-2)},
		{"u16", u16, []byte{0xfe, 0xff}, uint64(0xfffe)},
		{"string", str, []byte("sshd\x00xyz"), "sshd"},
		{"full string", str, []byte("12345678"), "12345678"},
		{"buffer", abi.Type{Kind: abi.KindBuffer, Size: 5}, []byte{2, 0xab, 0xcd, 0, 0}, []byte{0xab, 0xcd}},
		{"tuple", abi.Type{Kind: abi.KindTuple, Size: 16, Fields: []abi.Field{{Offset: 0, Type: s32}, {Offset: 8, Type: str}}},
			append([]byte{7, 0, 0, 0, 0, 0, 0, 0}, "ab\x00\x00\x00\x00\x00\x00"...), []any{int64(7), "ab"}},
		{"record", abi.Type{Kind: abi.KindRecord, Size: 4, Fields: []abi.Field{{Name: "a", Type: u16}, {Name: "b", Offset: 2, Type: u16}}},
			[]byte{1, 0, 2, 0}, map[string]any{"a": uint64(1), "b": uint64(2)}},
		{"array", abi.Type{Kind: abi.KindArray, Size: 4, Len: 2, Elem: &u16}, []byte{1, 0, 2, 0}, []any{uint64(1), uint64(2)}},
		{"inet", abi.Type{Kind: abi.KindInet, Size: 24}, v4, netip.MustParseAddr("10.0.0.1")},
		{"strerror", abi.Type{Kind: abi.KindStrerror, Size: 8}, le64(2), syscall.ENOENT},
		{"probe", abi.Type{Kind: abi.KindProbe, Size: 8}, le64(1), "tracepoint:syscalls:sys_enter_read"},
		{"ksym", abi.Type{Kind: abi.KindKsym, Size: 8}, le64(0xffffffff81000000), uint64(0xffffffff81000000)},
		{"timestamp", abi.Type{Kind: abi.KindTimestamp, Size: 16}, le64(0, 1234), uint64(1234)},
		{"short", s32, []byte{1}, nil},
	}
	for _, tc := range tests {
		got := goValue(meta, tc.t, tc.b)
		if d := cmp.Diff(tc.want, got, cmp.Comparer(func(a, b netip.Addr) bool { return a == b })); d != "" {
			t.Errorf("%s: %v (-want +got)\n%s", tc.name, got, d)
		}
	}
}

func TestRows(t *testing.T) {
	u64 := abi.Type{Kind: abi.KindInt, Size: 8}
	strKey := []abi.Field{{Type: abi.Type{Kind: abi.KindString, Size: 4}}}
	tests := []struct {
		name    string
		m       abi.Map
		entries []output.Entry
		want    []Row
	}{
		{
			name: "per-CPU counts by string, sorted by key",
			m:    abi.Map{Name: "@", Agg: abi.AggCount, PerCPU: true, KeySize: 4, Key: strKey, Value: u64},
			entries: []output.Entry{
				{Key: []byte("zsh\x00"), Values: [][]byte{le64(1), le64(2)}},
				{Key: []byte("bash"), Values: [][]byte{le64(5), le64(0)}},
			},
			want: []Row{{Key: []any{"bash"}, Value: uint64(5)}, {Key: []any{"zsh"}, Value: uint64(3)}},
		},
		{
			name:    "signed sum",
			m:       abi.Map{Name: "@s", Agg: abi.AggSum, PerCPU: true, KeySize: 8, Value: abi.Type{Kind: abi.KindInt, Size: 8, Signed: true}},
			entries: []output.Entry{{Key: le64(0), Values: [][]byte{le64(uint64(1<<64 - 5)), le64(2)}}},
			want:    []Row{{Value: int64(-3)}},
		},
		{
			name: "stats and avg",
			m:    abi.Map{Name: "@st", Agg: abi.AggStats, PerCPU: true, KeySize: 8, Key: keyedByInt, Value: u64},
			entries: []output.Entry{
				{Key: le64(2), Values: [][]byte{le64(10, 2), le64(20, 1)}},
				{Key: le64(1), Values: [][]byte{le64(0, 0), le64(0, 0)}},
			},
			want: []Row{{Key: []any{int64(1)}, Value: Stats{}}, {Key: []any{int64(2)}, Value: Stats{Count: 3, Average: 10, Total: 30}}},
		},
		{
			name:    "hist",
			m:       abi.Map{Name: "@h", Agg: abi.AggHist, PerCPU: true, KeySize: 8, Value: u64, Hist: &abi.Hist{Buckets: 3}},
			entries: []output.Entry{{Key: le64(0), Values: [][]byte{le64(0, 1, 2), le64(0, 0, 3)}}},
			want:    []Row{{Value: []uint64{0, 1, 5}}},
		},
		{
			name:    "assigned string",
			m:       abi.Map{Name: "@c", Agg: abi.AggNone, KeySize: 8, Key: keyedByInt, Value: abi.Type{Kind: abi.KindString, Size: 4}},
			entries: []output.Entry{{Key: le64(uint64(1<<64 - 1)), Values: [][]byte{[]byte("hi\x00\x00")}}},
			want:    []Row{{Key: []any{int64(-1)}, Value: "hi"}},
		},
		{
			name:    "assigned unsigned int",
			m:       abi.Map{Name: "@u", Agg: abi.AggNone, KeySize: 8, Value: abi.Type{Kind: abi.KindInt, Size: 4}},
			entries: []output.Entry{{Key: le64(0), Values: [][]byte{{0xff, 0xff, 0xff, 0xff}}}},
			want:    []Row{{Value: uint64(0xffffffff)}},
		},
	}
	for _, tc := range tests {
		got, err := rows(nil, &tc.m, tc.entries)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if d := cmp.Diff(tc.want, got); d != "" {
			t.Errorf("%s (-want +got)\n%s", tc.name, d)
		}
	}
	if _, err := rows(nil, &abi.Map{Name: "@bad", Agg: "median"}, nil); err == nil {
		t.Error("unknown aggregation accepted")
	}
}

// TestEvent decodes the arguments of a printf record.
func TestEvent(t *testing.T) {
	meta := &abi.Meta{Printfs: []abi.Printf{{Format: "%s %d\n", Args: []abi.Field{
		{Offset: 8, Type: abi.Type{Kind: abi.KindString, Size: 8}},
		{Offset: 16, Type: abi.Type{Kind: abi.KindInt, Size: 8, Signed: true}},
	}}}}
	r := &runner{meta: meta}
	rec := append(append(le64(0), "cat\x00\x00\x00\x00\x00"...), le64(uint64(1<<64-4))...)
	got := r.event(0, "cat -4\n", rec)
	want := Event{Printf: 0, Text: "cat -4\n", Args: []any{"cat", int64(-4)}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
}
