package output

import (
	"bytes"
	"strings"
	"testing"

	"github.com/bpftc/bpftc/loader/abi"
)

func renderOne(t *testing.T, json bool, m *abi.Map, es []Entry, top, div int) string {
	t.Helper()
	var b bytes.Buffer
	o := NewText(&b, &b)
	if json {
		o = NewJSON(&b, &b)
	}
	if err := o.Map(m, es, top, div); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestEmptyAndZeroMaps covers OUT-03 and OUT-08's empty and all-zero forms.
func TestEmptyAndZeroMaps(t *testing.T) {
	h := histMap("@h", i64(0))
	l := lhistMap("@l", 0, 10, 1)
	arr := mapOf("@c", abi.AggCount, tUint64)
	arr.Array, arr.KeySize = true, 4
	tests := []struct {
		name     string
		m        *abi.Map
		es       []Entry
		text     string
		jsonText string
	}{
		{"empty hash", mapOf("@x", abi.AggNone, tInt64, i64(0)), nil, "\n", ""},
		{"empty count", mapOf("@x", abi.AggCount, tUint64, i64(0)), nil, "\n", ""},
		{"empty hist", h, nil, "\n", ""},
		{"empty lhist", l, nil, "\n", ""},
		{"empty avg", mapOf("@a", abi.AggAvg, tInt64), nil, "\n\n", ""},
		{"empty stats", mapOf("@s", abi.AggStats, tInt64, i64(0)), nil, "\n\n", ""},
		{"empty min", mapOf("@m", abi.AggMin, tInt64), nil, "\n", ""},
		{"array without entry", arr, nil, "@c: 0\n", `{"type": "map", "data": {"@c": 0}}` + "\n"},
		{"zeroed hist", h, []Entry{one(keyOf(i64(1)), histVal(h)), one(keyOf(i64(2)), histVal(h))},
			"@h[1]: \n\n@h[2]: \n\n", `{"type": "hist", "data": {"@h": {"1": [], "2": []}}}` + "\n"},
		{"zeroed lhist", l, []Entry{one(keyOf(), histVal(l))}, "@l: \n\n", `{"type": "hist", "data": {"@l": []}}` + "\n"},
		{"zeroed min", mapOf("@m", abi.AggMin, tInt64), []Entry{one(keyOf(), unsetMinMax(), unsetMinMax())}, "@m: 0\n", `{"type": "map", "data": {"@m": 0}}` + "\n"},
		{"zeroed stats", mapOf("@s", abi.AggStats, tInt64), []Entry{one(keyOf(), zero16())},
			"@s: count 0, average 0, total 0\n\n", `{"type": "stats", "data": {"@s": {"count": 0, "average": 0, "total": 0}}}` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := renderOne(t, false, tt.m, tt.es, 0, 0); got != tt.text {
				t.Errorf("text %q, want %q", got, tt.text)
			}
			if got := renderOne(t, true, tt.m, tt.es, 0, 0); got != tt.jsonText {
				t.Errorf("json %q, want %q", got, tt.jsonText)
			}
		})
	}
}

// TestValues covers value rendering, reduction and division details.
func TestValues(t *testing.T) {
	sumU := mapOf("@u", abi.AggSum, tUint64)
	mx := mapOf("@mx", abi.AggMax, tInt64)
	i32m := mapOf("@i", abi.AggNone, i32(0).t)
	i32m.PerCPU = true
	nested := tuple(i64(1), str("two", 4), tuple(i32(3), i8(-4)))
	tests := []struct {
		name     string
		m        *abi.Map
		es       []Entry
		top, div int
		text, js string
	}{
		{"unsigned sum wraps", sumU, []Entry{one(keyOf(), sumVal(-1), sumVal(0))}, 0, 0,
			"@u: 18446744073709551615\n", `{"type": "map", "data": {"@u": 18446744073709551615}}` + "\n"},
		{"max over set CPUs", mx, []Entry{one(keyOf(), minMaxVal(3), unsetMinMax(), minMaxVal(9))}, 0, 0, "@mx: 9\n", ""},
		{"int32 summed in 32 bits", i32m, []Entry{one(keyOf(), i32(0x7fffffff).b, i32(1).b)}, 0, 0, "@i: -2147483648\n", ""},
		{"int32 divided as int32", i32m, []Entry{one(keyOf(), i32(-9).b, i32(0).b)}, 0, 2, "@i: -4\n", ""},
		{"nested tuple", mapOf("@t", abi.AggNone, nested.t), []Entry{one(keyOf(), nested.b)}, 0, 0,
			"@t: (1, two, (3, -4))\n", `{"type": "map", "data": {"@t": [1,"two",[3,-4]]}}` + "\n"},
		{"tuple key", mapOf("@k", abi.AggCount, tUint64, tuple(i64(1), str("a", 2))), []Entry{one(keyOf(tuple(i64(-1), str("b", 2))), countVal(2))}, 0, 0,
			"@k[(-1, b)]: 2\n", `{"type": "map", "data": {"@k": {"(-1, b)": 2}}}` + "\n"},
		{"unsigned key printed signed", mapOf("@k", abi.AggCount, tUint64, u32(0)), []Entry{one(keyOf(u32(0xffffffff)), countVal(1))}, 0, 0, "@k[-1]: 1\n", ""},
		{"string key escaped in json", mapOf("@k", abi.AggCount, tUint64, str("", 8), i64(0)), []Entry{one(keyOf(str("a\"b", 8), i64(3)), countVal(1))}, 0, 0,
			"@k[a\"b, 3]: 1\n", `{"type": "map", "data": {"@k": {"a\"b,3": 1}}}` + "\n"},
		{"top larger than map", mapOf("@c", abi.AggCount, tUint64, i64(0)), []Entry{one(keyOf(i64(1)), countVal(5)), one(keyOf(i64(2)), countVal(1))}, 10, -3,
			"@c[2]: 1\n@c[1]: 5\n", `{"type": "map", "data": {"@c": {"2": 1, "1": 5}}}` + "\n"},
		{"negative top prints all", mapOf("@c", abi.AggCount, tUint64, i64(0)), []Entry{one(keyOf(i64(1)), countVal(5)), one(keyOf(i64(2)), countVal(1))}, -1, 0,
			"@c[2]: 1\n@c[1]: 5\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := renderOne(t, false, tt.m, tt.es, tt.top, tt.div); got != tt.text {
				t.Errorf("text %q, want %q", got, tt.text)
			}
			if tt.js == "" {
				return
			}
			if got := renderOne(t, true, tt.m, tt.es, tt.top, tt.div); got != tt.js {
				t.Errorf("json %q, want %q", got, tt.js)
			}
		})
	}
}

// TestHistQuirks covers the bar width rule, lhist ignoring div and the
// 32-bit count reading of hist_prepare.
func TestHistQuirks(t *testing.T) {
	h := histMap("@h")
	vals := make([]byte, 8*histBuckets)
	put := func(b int, n uint64) { copy(vals[8*b:], u64(n).b) }
	put(3, 3)
	put(4, 7)
	put(5, 1)
	got := renderOne(t, false, h, []Entry{one(keyOf(), vals)}, 0, 0)
	want := "@h: \n" +
		"[2, 4)                 3 |@@@@@@@@@@@@@@@@@@@@@@                              |\n" +
		"[4, 8)                 7 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n" +
		"[8, 16)                1 |@@@@@@@                                             |\n\n"
	if got != want {
		t.Errorf("bars:\n%s\nwant:\n%s", got, want)
	}
	l := lhistMap("@l", 0, 4096, 1024)
	got = renderOne(t, false, l, []Entry{one(keyOf(), histVal(l, 1, 2000, 2000))}, 0, 1000)
	want = "@l: \n" +
		"[0, 1K)                1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |\n" +
		"[1K, 2K)               2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\n"
	if got != want {
		t.Errorf("lhist ignores div:\n%s\nwant:\n%s", got, want)
	}
	// A count of 2^32 reads as 0 in bpftrace's int: nothing to print.
	clear(vals)
	put(3, 1<<32)
	if got := renderOne(t, false, h, []Entry{one(keyOf(), vals)}, 0, 0); got != "@h: \n\n" {
		t.Errorf("2^32 count: %q", got)
	}
}

// TestMapErrors checks that bad layouts and short data are errors, not panics.
func TestMapErrors(t *testing.T) {
	bad := func(mut func(m *abi.Map)) *abi.Map {
		m := mapOf("@x", abi.AggNone, tInt64, i64(0))
		mut(m)
		return m
	}
	tests := []struct {
		name string
		m    *abi.Map
		es   []Entry
	}{
		{"short value", mapOf("@c", abi.AggCount, tUint64), []Entry{one(keyOf(), []byte{1, 2})}},
		{"no value", mapOf("@c", abi.AggCount, tUint64), []Entry{{Key: keyOf()}}},
		{"short key", mapOf("@c", abi.AggCount, tUint64, i64(0)), []Entry{one([]byte{1}, countVal(1))}},
		{"hist without layout", mapOf("@h", abi.AggHist, abi.Type{}), nil},
		{"lhist step 0", func() *abi.Map { m := lhistMap("@l", 0, 10, 1); m.Hist.Step = 0; return m }(), nil},
		{"lhist step beyond int", func() *abi.Map { m := lhistMap("@l", 0, 10, 1); m.Hist.Step = 1 << 32; return m }(), nil},
		{"negative key size", func() *abi.Map { m := mapOf("@c", abi.AggCount, tUint64); m.Array, m.KeySize = true, -4; return m }(), nil},
		{"odd int value", bad(func(m *abi.Map) { m.Value.Size = 3 }), nil},
		{"unknown agg", bad(func(m *abi.Map) { m.Agg = "quantize" }), nil},
		{"key kind none", bad(func(m *abi.Map) { m.Key[0].Type.Kind = abi.KindNone }), nil},
		{"tuple field outside", bad(func(m *abi.Map) {
			m.Value = abi.Type{Kind: abi.KindTuple, Size: 4, Fields: []abi.Field{{Offset: 2, Type: tInt64}}}
		}), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			err := NewText(&b, &b).Map(tt.m, tt.es, 0, 0)
			if err == nil {
				t.Fatalf("no error, output %q", b.String())
			}
			if !strings.HasPrefix(err.Error(), "print map @") {
				t.Errorf("error %q lacks the map name", err)
			}
		})
	}
}

func BenchmarkMap(b *testing.B) {
	c := mapOf("@c", abi.AggCount, tUint64, str("", 16))
	h := histMap("@h", i64(0))
	var ce, he []Entry
	for i := 0; i < 1000; i++ {
		ce = append(ce, one(keyOf(str(strings.Repeat("x", i%15), 16)), countVal(uint64(i*7919%1000)), countVal(1)))
	}
	for i := 0; i < 50; i++ {
		he = append(he, one(keyOf(i64(int64(i))), histVal(h, int64(i), int64(i*100), 1<<20), histVal(h, 5)))
	}
	var out bytes.Buffer
	for _, bc := range []struct {
		name string
		m    *abi.Map
		es   []Entry
	}{{"count1000", c, ce}, {"hist50", h, he}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			o := NewText(&out, &out)
			for b.Loop() {
				out.Reset()
				if err := o.Map(bc.m, bc.es, 0, 0); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
