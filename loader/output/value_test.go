package output

import (
	"encoding/binary"
	"testing"
	"time"

	"github.com/bpftc/bpftc/loader/abi"
)

func TestAppendInet(t *testing.T) {
	v6 := func(words ...uint16) []byte {
		b := make([]byte, 16)
		for i, w := range words {
			binary.BigEndian.PutUint16(b[2*i:], w)
		}
		return b
	}
	tests := []struct {
		af   int64
		addr []byte
		want string
	}{
		{2, []byte{127, 0, 0, 1}, "127.0.0.1"},
		{2, []byte{1, 0, 0, 0}, "1.0.0.0"},
		{10, v6(), "::"},
		{10, v6(0, 0, 0, 0, 0, 0, 0, 1), "::1"},
		{10, v6(0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304), "::ffff:1.2.3.4"},
		{10, v6(0, 0, 0, 0, 0, 0, 0x0102, 0x0304), "::1.2.3.4"},
		{10, v6(1), "1::"},
		{10, v6(0xfe80, 0, 0, 0, 1, 0, 0, 2), "fe80::1:0:0:2"},
		{10, v6(1, 0, 0, 2, 0, 0, 0, 3), "1:0:0:2::3"},
		{10, v6(1, 0, 2, 0, 3, 0, 4, 0), "1:0:2:0:3:0:4:0"},
		{7, []byte{1, 2, 3, 4}, ""},
	}
	for _, tt := range tests {
		if got := string(appendInet(nil, tt.af, tt.addr)); got != tt.want {
			t.Errorf("appendInet(%d, %v) = %q, want %q", tt.af, tt.addr, got, tt.want)
		}
	}
}

func TestStrftime(t *testing.T) {
	at := time.Unix(1700000000, 0).UTC() // Tue 2023-11-14 22:13:20
	tests := []struct {
		format, want string
		ok           bool
	}{
		{"%Y-%m-%d %H:%M:%S", "2023-11-14 22:13:20", true},
		{"%a %A %b %B %e", "Tue Tuesday Nov November 14", true},
		{"%j %U %W %u %w %V %G %g", "318 46 46 2 2 46 2023 23", true},
		{"%C %y %D %F %T %R %r", "20 23 11/14/23 2023-11-14 22:13:20 22:13 10:13:20 PM", true},
		{"%I %l %k %p %P", "10 10 22 PM pm", true},
		{"%-d|%_H|%03e|%^a", "14|22|014|TUE", true},
		{"%s %c", "1700000000 Tue Nov 14 22:13:20 2023", true},
		{"%%|%q|%n|%t|", "%|%q|\n|\t|", true},
		{"%z", "+0000", true},
		{"", "", false},
		{"%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y", "", false}, // 64 bytes do not fit
	}
	for _, tt := range tests {
		got, ok := strftime(tt.format, at)
		if got != tt.want || ok != tt.ok {
			t.Errorf("strftime(%q) = %q, %v; want %q, %v", tt.format, got, ok, tt.want, tt.ok)
		}
	}
}

func TestAppendHexBuffer(t *testing.T) {
	b := []byte("a\tb\x00\xff~")
	for mode, want := range map[int]string{
		bufAscii:  `a\x09b\x00\xff~`,
		bufEscape: `\x61\x09\x62\x00\xff\x7e`,
		bufHex:    "61 09 62 00 ff 7e",
	} {
		if got := string(appendHexBuffer(nil, b, mode)); got != want {
			t.Errorf("mode %d: %q, want %q", mode, got, want)
		}
	}
}

func TestStrerror(t *testing.T) {
	for e, want := range map[uint64]string{
		0: "Success", 2: "No such file or directory", 133: "Memory page has hardware error",
		134: "Unknown error 134", 1<<64 - 1: "Unknown error -1",
	} {
		if got := strerror(e); got != want {
			t.Errorf("strerror(%d) = %q, want %q", e, got, want)
		}
	}
}

// TestAppendValue renders values of every kind as print() does.
func TestAppendValue(t *testing.T) {
	r := &Resolver{probes: []string{"BEGIN", "tracepoint:a:b"}, kallsyms: "/nonexistent", passwd: "/nonexistent"}
	u64 := func(vs ...uint64) []byte {
		b := make([]byte, 8*len(vs))
		for i, v := range vs {
			binary.NativeEndian.PutUint64(b[8*i:], v)
		}
		return b
	}
	tuple := abi.Type{Kind: abi.KindTuple, Size: 16, Fields: []abi.Field{
		{Offset: 0, Type: abi.Type{Kind: abi.KindInt, Size: 1, Signed: true}},
		{Offset: 1, Type: abi.Type{Kind: abi.KindString, Size: 4}},
		{Offset: 8, Type: abi.Type{Kind: abi.KindProbe, Size: 8}},
	}}
	tupleBytes := append([]byte{0xfe, 'a', '"', 0, 0, 0, 0, 0}, u64(1)...)
	u8 := abi.Type{Kind: abi.KindInt, Size: 1}
	tests := []struct {
		name       string
		t          abi.Type
		b          []byte
		text, json string
	}{
		{"tuple", tuple, tupleBytes, `(-2, a", tracepoint:a:b)`, `[-2,"a\"","tracepoint:a:b"]`},
		{"uint8 array", abi.Type{Kind: abi.KindArray, Size: 3, Elem: &u8, Len: 3}, []byte{1, 2, 255}, "[1,2,255]", "[1,2,255]"},
		{"record", abi.Type{Kind: abi.KindRecord, Size: 2, Fields: []abi.Field{{Name: "x", Type: u8}, {Offset: 1, Name: "y", Type: u8}}},
			[]byte{3, 4}, "{ .x = 3, .y = 4 }", `{ "x": 3, "y": 4 }`},
		{"pointer", abi.Type{Kind: abi.KindPointer, Size: 8}, u64(1<<64 - 1), "-1", "-1"},
		{"ksym unresolved", abi.Type{Kind: abi.KindKsym, Size: 8}, u64(0xabc), "0xabc", `"0xabc"`},
		{"ksym null", abi.Type{Kind: abi.KindKsym, Size: 8}, u64(0), "0", `"0"`},
		{"strerror", abi.Type{Kind: abi.KindStrerror, Size: 8}, u64(2), "No such file or directory", "No such file or directory"},
		{"inet", abi.Type{Kind: abi.KindInet, Size: 24}, append(u64(2), 10, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), "10.0.0.1", `"10.0.0.1"`},
		{"buffer", abi.Type{Kind: abi.KindBuffer, Size: 5}, []byte{3, 'a', 0, '\n', 'z'}, `a\x00\x0a`, `"a\\x00\\x0a"`},
		{"timestamp without boot time", abi.Type{Kind: abi.KindTimestamp, Size: 16}, u64(0, 0), "(?)", "(?)"},
		{"username unknown", abi.Type{Kind: abi.KindUsername, Size: 8}, u64(0), "", `""`},
	}
	for _, tt := range tests {
		if got := string(r.appendValue(nil, tt.t, tt.b, false, 1)); got != tt.text {
			t.Errorf("%s: text %q, want %q", tt.name, got, tt.text)
		}
		if got := string(r.appendValue(nil, tt.t, tt.b, true, 1)); got != tt.json {
			t.Errorf("%s: json %q, want %q", tt.name, got, tt.json)
		}
	}
}

// TestTimestamp checks strftime() values: boot time plus the nanoseconds,
// %f as microseconds.
func TestTimestamp(t *testing.T) {
	r := &Resolver{strftimes: []string{"%H:%M:%S.%f", "%S"}, boot: time.Unix(100, 999_000_000)}
	local := time.Local
	time.Local = time.UTC
	defer func() { time.Local = local }()
	if got := r.timestamp(0, 2_500_000); got != "00:01:41.001500" {
		t.Errorf("timestamp = %q", got)
	}
	if got := r.timestamp(2, 0); got != "(?)" {
		t.Errorf("unknown format id: %q", got)
	}
}
