package output

import (
	"strings"
	"testing"

	"github.com/bpftc/bpftc/loader/abi"
)

// printfCase is one printf call: its format, arguments and bpftrace's output.
type printfCase struct {
	format string
	args   []tv
	want   string
}

// Expected outputs are from language.md (T1, T12, T16, PF rows).
var printfCases = []printfCase{
	{"%-5d|%x|%s\n", []tv{i64(42), i64(255), str("str", 0)}, "42   |ff|str\n"},
	{"[%d][%u][%x][%X][%o][%c][%p]\n", []tv{i64(-5), i64(-5), i64(255), i64(255), i64(8), i64(65), i64(4096)}, "[-5][4294967291][ff][FF][10][A][0x1000]\n"},
	{"[%5d][%-5d][%05d][%.3d][%10.4d]\n", []tv{i64(42), i64(42), i64(42), i64(42), i64(42)}, "[   42][42   ][00042][042][      0042]\n"},
	{"[%s][%10s][%-10s][%.2s]\n", []tv{str("abc", 0), str("abc", 0), str("abc", 0), str("abc", 0)}, "[abc][       abc][abc       ][ab]\n"},
	{"[%hhd][%hd][%ld][%lld][%lu][%llx][%hhu][%hu][%zd][%jd][%td]\n", []tv{i64(300), i64(70000), i64(-1), i64(-1), i64(-1), i64(-1), i64(300), i64(70000), i64(5), i64(6), i64(7)}, "[44][4464][-1][-1][18446744073709551615][ffffffffffffffff][44][4464][5][6][7]\n"},
	{"%d %d %ld %lu %x %lx\n", []tv{i64(0x100000001), i64(-1), i64(0x100000001), i64(0x100000001), i64(0x100000001), i64(0x100000001)}, "1 -1 4294967297 4294967297 1 100000001\n"},
	{"%d %u %d\n", []tv{u32(0xffffffff), i8(-1), u64(0xffffffffffffffff)}, "-1 4294967295 -1\n"},
	{"[%p] [%p] [%10p] [%-10p|] [%c] [%5c] [%x] [%X] [%o]\n", []tv{i64(0), i64(255), i64(16), i64(16), i64(0), i64(66), i64(-1), i64(-1), i64(-1)}, "[(nil)] [0xff] [      0x10] [0x10      |] [] [    B] [ffffffff] [FFFFFFFF] [37777777777]\n"},
	{"%% %d\n", []tv{i64(5)}, "% 5\n"},
	{"100%%\n", nil, "100%%\n"},
	{"a%%b%s%%\n", []tv{str("x", 0)}, "a%bx%%\n"},
	{"%d %s %d %s|\n", []tv{i64(42), str("hello", 0), i64(2), str("", 0)}, "42 hello 2 |\n"},
	{"%c|\n", []tv{i64(0x141)}, "A|\n"},
	{"%5.1s|\n", []tv{str("abc", 0)}, "    a|\n"},
	{"%s|\n", []tv{str("full", 4)}, "full|\n"},
	{"%%d\n", []tv{i64(5)}, "%d\n"},
	{"no args at all\n", nil, "no args at all\n"},
	{"", nil, ""},
	{"%-05d|%08.3x|%-8p|\n", []tv{i64(7), i64(255), i64(1)}, "7    |     0ff|0x1     |\n"},
	{"%u %d\n", []tv{i32(-2), u8(200)}, "4294967294 200\n"},
}

func TestFormatPrintf(t *testing.T) {
	for _, tc := range printfCases {
		t.Run(tc.format, func(t *testing.T) {
			p, rec := record(tc.format, tc.args...)
			got, err := FormatPrintf(p, rec)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestFormatPrintfErrors(t *testing.T) {
	tests := []struct {
		name string
		p    *abi.Printf
		rec  []byte
	}{
		{"too many args", &abi.Printf{Format: "%d\n", Args: []abi.Field{{Offset: 8, Type: tInt64}, {Offset: 16, Type: tInt64}}}, make([]byte, 24)},
		{"short record", &abi.Printf{Format: "%d\n", Args: []abi.Field{{Offset: 8, Type: tInt64}}}, make([]byte, 12)},
		{"odd int", &abi.Printf{Format: "%d\n", Args: []abi.Field{{Offset: 8, Type: abi.Type{Kind: abi.KindInt, Size: 3}}}}, make([]byte, 16)},
		{"tuple arg", &abi.Printf{Format: "%s\n", Args: []abi.Field{{Offset: 8, Type: tuple(i64(1)).t}}}, make([]byte, 16)},
		{"buffer conversion", &abi.Printf{Format: "%rx\n", Args: []abi.Field{{Offset: 8, Type: str("", 8).t}}}, make([]byte, 16)},
		{"negative offset", &abi.Printf{Format: "%d\n", Args: []abi.Field{{Offset: -8, Type: tInt64}}}, make([]byte, 16)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := FormatPrintf(tt.p, tt.rec); err == nil {
				t.Error("no error")
			}
		})
	}
}

func TestSplitFormat(t *testing.T) {
	tests := []struct {
		format string
		parts  []string
	}{
		{"a %d b %s c", []string{"a %d", " b %s", " c"}},
		{"%%d", []string{"%%d"}},
		{"%-10.3lld|%rx%rh%r", []string{"%-10.3lld", "|%rx", "%rh", "%r"}},
		{"50% done %.d %+d %i %hhc %5.ld", []string{"50% done %.d %+d %i %hhc %5.ld"}},
		{"%hhx%hX%jo%zu%tp", []string{"%hhx", "%hX", "%jo", "%zu", "%tp"}},
	}
	for _, tt := range tests {
		parts, n := splitFormat(tt.format)
		if len(parts) != len(tt.parts) || n != len(tt.parts)-btoi(len(tt.parts) > 0 && !endsInConv(tt.parts[len(tt.parts)-1])) {
			t.Errorf("%q: %q (%d conversions), want %q", tt.format, parts, n, tt.parts)
			continue
		}
		for i := range parts {
			if parts[i] != tt.parts[i] {
				t.Errorf("%q: %q, want %q", tt.format, parts, tt.parts)
			}
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func endsInConv(s string) bool {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '%' {
			return matchConversion(s[i:]) == len(s)-i
		}
	}
	return false
}

// FuzzFormatPrintf checks that any format renders without panicking.
func FuzzFormatPrintf(f *testing.F) {
	for _, tc := range printfCases {
		f.Add(tc.format, int64(-5), "abc")
	}
	f.Fuzz(func(t *testing.T, format string, n int64, s string) {
		args := []tv{i64(n), str(s, len(s)+1), i32(int32(n)), str(s, 4)}
		_, nconv := splitFormat(format)
		if nconv < len(args) {
			args = args[:nconv]
		}
		p, rec := record(format, args...)
		got, err := FormatPrintf(p, rec)
		if err != nil {
			if strings.Contains(err.Error(), "%r conversions") {
				return
			}
			t.Fatal(err)
		}
		if len(args) == 0 && nconv == 0 && got != format {
			t.Errorf("%q printed %q, want it verbatim", format, got)
		}
	})
}

func BenchmarkFormatPrintf(b *testing.B) {
	p, rec := record("pid %d comm %s ret %-5ld fd %x ptr %p\n", i64(4242), str("bpftrace", 16), i64(-2), i64(255), u64(0xffff8880deadbeef))
	f, err := NewFormatter(p)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("Append", func(b *testing.B) {
		b.ReportAllocs()
		var buf []byte
		for b.Loop() {
			buf, err = f.Append(buf[:0], rec)
			if err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("FormatPrintf", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := FormatPrintf(p, rec); err != nil {
				b.Fatal(err)
			}
		}
	})
}
