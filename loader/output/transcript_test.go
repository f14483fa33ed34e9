package output

import (
	"bytes"
	"testing"

	"github.com/bpftc/bpftc/loader/abi"
	"github.com/google/go-cmp/cmp"
)

// The expected outputs below are copied from language.md's transcripts of
// bpftrace 0.17 (T1–T8, T11, T34); the entries are what the kernel would
// hold for those scripts in the loader/abi layouts.

// scene is a set of maps with their entries, as at exit.
type scene struct {
	maps    []*abi.Map
	entries map[string][]Entry
}

func (s *scene) add(m *abi.Map, es ...Entry) *abi.Map {
	if _, ok := s.entries[m.Name]; !ok {
		s.maps = append(s.maps, m)
	}
	if s.entries == nil {
		s.entries = map[string][]Entry{}
	}
	s.entries[m.Name] = append(s.entries[m.Name], es...)
	return m
}

// exitOutput runs the exit sequence: separator, then every map.
func (s *scene) exitOutput(t *testing.T, json bool) (out, stdout string) {
	t.Helper()
	var o, so bytes.Buffer
	var w Output
	if json {
		w = NewJSON(&o, &so)
	} else {
		w = NewText(&o, &so)
	}
	w.ExitSeparator()
	if err := PrintMaps(w, s.maps, s.entries); err != nil {
		t.Fatal(err)
	}
	return o.String(), so.String()
}

func zero16() []byte { return make([]byte, 16) }

// t1 is the reference program of T1/T2.
func t1() *scene {
	s := &scene{}
	a := histMap("@a")
	s.add(a, one(keyOf(), histVal(a, 5), histVal(a)))
	b := lhistMap("@b", 0, 10, 1)
	s.add(b, one(keyOf(), histVal(b), histVal(b, 3)))
	s.add(mapOf("@c", abi.AggStats, tInt64), one(keyOf(), statsVal(7, 1), zero16()))
	s.add(mapOf("@d", abi.AggAvg, tInt64), one(keyOf(), zero16(), statsVal(4, 1)))
	s.add(mapOf("@e", abi.AggCount, tUint64, i64(0), str("", 2)), one(keyOf(i64(1), str("x", 2)), countVal(1), countVal(0)))
	f := tuple(i64(1), str("two", 4))
	s.add(mapOf("@f", abi.AggNone, f.t), one(keyOf(), f.b))
	return s
}

const t1Text = `@a: 
[4, 8)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|

@b: 
[3, 4)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|

@c: count 1, average 7, total 7

@d: 4

@e[1, x]: 1
@f: (1, two)
`

const t2JSON = `{"type": "hist", "data": {"@a": [{"min": 4, "max": 7, "count": 1}]}}
{"type": "hist", "data": {"@b": [{"min": 3, "max": 3, "count": 1}]}}
{"type": "stats", "data": {"@c": {"count": 1, "average": 7, "total": 7}}}
{"type": "stats", "data": {"@d": 4}}
{"type": "map", "data": {"@e": {"1,x": 1}}}
{"type": "map", "data": {"@f": [1,"two"]}}
`

// t3 has every hist bucket kind (T3).
func t3() *scene {
	s := &scene{}
	h := histMap("@h")
	s.add(h, one(keyOf(), histVal(h, -5, 0, 1, 1, 2, 3, 100, 1024, 1048576), histVal(h, 1073741824, 1099511627776, 0x7fffffffffffffff)))
	return s
}

const t3Text = `@h: 
(..., 0)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
[0]                    1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
[1]                    2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
[2, 4)                 2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
[4, 8)                 0 |                                                    |
[8, 16)                0 |                                                    |
[16, 32)               0 |                                                    |
[32, 64)               0 |                                                    |
[64, 128)              1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
[128, 256)             0 |                                                    |
[256, 512)             0 |                                                    |
[512, 1K)              0 |                                                    |
[1K, 2K)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
[2K, 4K)               0 |                                                    |
[4K, 8K)               0 |                                                    |
[8K, 16K)              0 |                                                    |
[16K, 32K)             0 |                                                    |
[32K, 64K)             0 |                                                    |
[64K, 128K)            0 |                                                    |
[128K, 256K)           0 |                                                    |
[256K, 512K)           0 |                                                    |
[512K, 1M)             0 |                                                    |
[1M, 2M)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
[2M, 4M)               0 |                                                    |
[4M, 8M)               0 |                                                    |
[8M, 16M)              0 |                                                    |
[16M, 32M)             0 |                                                    |
[32M, 64M)             0 |                                                    |
[64M, 128M)            0 |                                                    |
[128M, 256M)           0 |                                                    |
[256M, 512M)           0 |                                                    |
[512M, 1G)             0 |                                                    |
[1G, 2G)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
[2G, 4G)               2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|

`

// t4 has lhist underflow, overflow, value == max, K labels and a step that
// does not divide the range (T4).
func t4() *scene {
	s := &scene{}
	l := lhistMap("@l", 0, 100, 10)
	s.add(l, one(keyOf(), histVal(l, -1, 0, 55, 100, 101, 5000)))
	k := lhistMap("@k", 1024, 4096, 1024)
	s.add(k, one(keyOf(), histVal(k, 2048, 5000)))
	m := lhistMap("@m", 1, 10, 4)
	s.add(m, one(keyOf(), histVal(m, 3, 10, 9)))
	return s
}

const t4Text = `@k: 
[2K, 3K)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
[3K, 4K)               0 |                                                    |
[4K, ...)              1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|

@l: 
(..., 0)               1 |@@@@@@@@@@@@@@@@@                                   |
[0, 10)                1 |@@@@@@@@@@@@@@@@@                                   |
[10, 20)               0 |                                                    |
[20, 30)               0 |                                                    |
[30, 40)               0 |                                                    |
[40, 50)               0 |                                                    |
[50, 60)               1 |@@@@@@@@@@@@@@@@@                                   |
[60, 70)               0 |                                                    |
[70, 80)               0 |                                                    |
[80, 90)               0 |                                                    |
[90, 100)              0 |                                                    |
[100, ...)             3 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|

@m: 
[1, 5)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
[5, 9)                 0 |                                                    |
[10, ...)              2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|

`

// t5 is T5's JSON histograms.
func t5() *scene {
	s := &scene{}
	l := lhistMap("@l", 0, 100, 10)
	s.add(l, one(keyOf(), histVal(l, -1, 55, 5000)))
	m := lhistMap("@m", 1, 10, 4)
	s.add(m, one(keyOf(), histVal(m, 3, 9)))
	h := histMap("@h")
	s.add(h, one(keyOf(), histVal(h, -5, 0, 1, 2, 100)))
	g := histMap("@g")
	s.add(g, one(keyOf(), histVal(g, 3000000000, 1073741824)))
	return s
}

const t5JSON = `{"type": "hist", "data": {"@g": [{"min": 1073741824, "max": 2147483647, "count": 1}, {"min": -2147483648, "max": 0, "count": 1}]}}
{"type": "hist", "data": {"@h": [{"max": -1, "count": 1}, {"min": 0, "max": 0, "count": 1}, {"min": 1, "max": 1, "count": 1}, {"min": 2, "max": 3, "count": 1}, {"min": 4, "max": 7, "count": 0}, {"min": 8, "max": 15, "count": 0}, {"min": 16, "max": 31, "count": 0}, {"min": 32, "max": 63, "count": 0}, {"min": 64, "max": 127, "count": 1}]}}
{"type": "hist", "data": {"@l": [{"max": -1, "count": 1}, {"min": 0, "max": 9, "count": 0}, {"min": 10, "max": 19, "count": 0}, {"min": 20, "max": 29, "count": 0}, {"min": 30, "max": 39, "count": 0}, {"min": 40, "max": 49, "count": 0}, {"min": 50, "max": 59, "count": 1}, {"min": 60, "max": 69, "count": 0}, {"min": 70, "max": 79, "count": 0}, {"min": 80, "max": 89, "count": 0}, {"min": 90, "max": 99, "count": 0}, {"min": 100, "count": 1}]}}
{"type": "hist", "data": {"@m": [{"min": 1, "max": 4, "count": 1}, {"min": 5, "max": 8, "count": 0}, {"min": 10, "count": 1}]}}
`

// t6 covers map order by name, empty maps, value order and key rendering.
func t6() *scene {
	s := &scene{}
	s.add(mapOf("@z", abi.AggNone, tInt64), one(keyOf(), i64(1).b))
	s.add(mapOf("@a", abi.AggNone, tInt64, i64(0)))
	s.add(histMap("@h"))
	s.add(mapOf("@", abi.AggNone, tInt64), one(keyOf(), i64(5).b))
	s.add(mapOf("@B", abi.AggNone, tInt64), one(keyOf(), i64(3).b))
	s.add(mapOf("@_x", abi.AggNone, tInt64), one(keyOf(), i64(4).b))
	x := mapOf("@x", abi.AggNone, tInt64, i64(0))
	for _, kv := range [][2]int64{{3, 1}, {1, 2}, {2, 0}, {-1, -5}} {
		s.add(x, one(keyOf(i64(kv[0])), i64(kv[1]).b))
	}
	sv := str("", 2)
	ms := mapOf("@s", abi.AggNone, sv.t, i64(0))
	for _, kv := range []struct {
		k int64
		v string
	}{{3, "c"}, {1, "a"}, {-2, "z"}, {2, "b"}} {
		s.add(ms, one(keyOf(i64(kv.k)), str(kv.v, 2).b))
	}
	mt := mapOf("@t", abi.AggNone, sv.t, str("", 2), i64(0))
	for _, kv := range []struct {
		k1 string
		k2 int64
		v  string
	}{{"b", 2, "v"}, {"a", 9, "w"}, {"b", 1, "u"}} {
		s.add(mt, one(keyOf(str(kv.k1, 2), i64(kv.k2)), str(kv.v, 2).b))
	}
	s.add(mapOf("@u", abi.AggNone, i8(0).t), one(keyOf(), i8(-3).b))
	s.add(mapOf("@v", abi.AggNone, u8(0).t), one(keyOf(), u8(250).b))
	s.add(mapOf("@big", abi.AggNone, tInt64), one(keyOf(), u64(0xffffffffffffffff).b))
	return s
}

const t6Text = `@: 5
@B: 3
@_x: 4

@big: -1

@s[1]: a
@s[2]: b
@s[3]: c
@s[-2]: z
@t[a, 9]: w
@t[b, 1]: u
@t[b, 2]: v
@u: -3
@v: 250
@x[-1]: -5
@x[2]: 0
@x[3]: 1
@x[1]: 2
@z: 1
`

// t7 covers aggregations, the unkeyed count array, clear() and the min/max
// quirks (T7); t8 adds the values of T8.
func t7(withT8 bool) *scene {
	s := &scene{}
	c := mapOf("@c", abi.AggCount, tUint64)
	c.Array, c.KeySize = true, 4
	s.add(c, one(make([]byte, 4), countVal(1), countVal(0)))
	c2 := mapOf("@c2", abi.AggCount, tUint64)
	c2.Array, c2.KeySize = true, 4
	s.add(c2) // cleared: the loader zeroes arrays; no entry means zero too
	s.add(mapOf("@su", abi.AggSum, tInt64), one(keyOf(), sumVal(-5), sumVal(0)))
	s.add(mapOf("@av", abi.AggAvg, tInt64), one(keyOf(), statsVal(-4, 1), statsVal(1, 1)))
	s.add(mapOf("@st", abi.AggStats, tInt64, i64(0)), one(keyOf(i64(1)), statsVal(-4, 1), zero16()))
	s.add(mapOf("@mn", abi.AggMin, tInt64), one(keyOf(), minMaxVal(7), minMaxVal(5)))
	s.add(mapOf("@mxneg", abi.AggMax, tInt64))
	s.add(mapOf("@keep", abi.AggNone, tInt64, i64(0)), one(keyOf(i64(1)), i64(1).b))
	s.add(mapOf("@gone", abi.AggNone, tInt64, i64(0)))
	if !withT8 {
		s.add(mapOf("@mn2", abi.AggMin, tInt64))
		s.add(mapOf("@mx", abi.AggMax, tInt64), one(keyOf(), minMaxVal(5), unsetMinMax()))
		return s
	}
	sv := str("", 4)
	s.add(mapOf("@str", abi.AggNone, sv.t, str("", 2)), one(keyOf(str("k", 2)), str(`v"q`, 4).b))
	tu := tuple(i64(1), str("a", 2))
	s.add(mapOf("@t", abi.AggNone, tu.t, i64(0)), one(keyOf(i64(1)), tu.b))
	p := str("", 6)
	s.add(mapOf("@p", abi.AggNone, p.t), one(keyOf(), str("BEGIN", 6).b))
	return s
}

const t7Text = `@av: -1

@c: 1
@c2: 0

@keep[1]: 1
@mn: 5

@mx: 5

@st[1]: count 1, average -4, total -4

@su: -5
`

const t8JSON = `{"type": "stats", "data": {"@av": -1}}
{"type": "map", "data": {"@c": 1}}
{"type": "map", "data": {"@c2": 0}}
{"type": "map", "data": {"@keep": {"1": 1}}}
{"type": "map", "data": {"@mn": 5}}
{"type": "map", "data": {"@p": "BEGIN"}}
{"type": "stats", "data": {"@st": {"1": {"count": 1, "average": -4, "total": -4}}}}
{"type": "map", "data": {"@str": {"k": "v\"q"}}}
{"type": "map", "data": {"@su": -5}}
{"type": "map", "data": {"@t": {"1": [1,"a"]}}}
`

func TestExitTranscripts(t *testing.T) {
	tests := []struct {
		name  string
		scene *scene
		json  bool
		want  string
	}{
		{"T1", t1(), false, t1Text},
		{"T2", t1(), true, t2JSON},
		{"T3", t3(), false, t3Text},
		{"T4", t4(), false, t4Text},
		{"T5", t5(), true, t5JSON},
		{"T6", t6(), false, t6Text},
		{"T7", t7(false), false, t7Text},
		{"T8", t7(true), true, t8JSON},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, stdout := tt.scene.exitOutput(t, tt.json)
			if d := cmp.Diff(tt.want, out); d != "" {
				t.Errorf("maps (-want +got):\n%s", d)
			}
			if stdout != "\n\n" {
				t.Errorf("stdout = %q, want the exit separator", stdout)
			}
		})
	}
}

// TestPrintTranscript replays T11: print(@map, top, div) and zero().
func TestPrintTranscript(t *testing.T) {
	c := mapOf("@c", abi.AggCount, tUint64, str("", 2))
	s := mapOf("@s", abi.AggStats, tInt64, i64(0))
	a := mapOf("@a", abi.AggAvg, tInt64, i64(0))
	h := histMap("@h", i64(0))
	cEntries := func(zero bool) []Entry {
		var es []Entry
		for _, kv := range []struct {
			k string
			n uint64
		}{{"c", 3}, {"a", 1}, {"b", 2}} {
			if zero {
				kv.n = 0
			}
			es = append(es, one(keyOf(str(kv.k, 2)), countVal(kv.n), countVal(0)))
		}
		return es
	}
	sEntries := []Entry{
		one(keyOf(i64(1)), statsVal(10, 1)),
		one(keyOf(i64(2)), statsVal(2, 1), statsVal(4, 1)),
	}
	aEntries := []Entry{
		one(keyOf(i64(2)), statsVal(3, 1)),
		one(keyOf(i64(1)), statsVal(10, 1)),
	}
	hEntries := []Entry{
		one(keyOf(i64(1)), histVal(h, 5)),
		one(keyOf(i64(2)), histVal(h, 1), histVal(h, 1)),
	}
	var out bytes.Buffer
	o := NewText(&out, &out)
	o.AttachedProbes(1)
	steps := []struct {
		m        *abi.Map
		es       []Entry
		top, div int
	}{
		{c, cEntries(false), 2, 0},
		{c, cEntries(false), 0, 2},
		{s, sEntries, 1, 0},
		{a, aEntries, 1, 0},
		{a, aEntries, 0, 2},
		{h, hEntries, 1, 0},
		{h, hEntries, 0, 2},
	}
	for _, st := range steps {
		if err := o.Map(st.m, st.es, st.top, st.div); err != nil {
			t.Fatal(err)
		}
	}
	o.ExitSeparator()
	err := PrintMaps(o, []*abi.Map{s, h, c, a}, map[string][]Entry{
		"@c": cEntries(true), "@s": sEntries, "@a": aEntries, "@h": hEntries,
	})
	if err != nil {
		t.Fatal(err)
	}
	want := `Attaching 1 probe...
@c[b]: 2
@c[c]: 3
@c[a]: 0
@c[b]: 1
@c[c]: 1
@s[2]: count 2, average 3, total 6
@s[1]: count 1, average 10, total 10

@a[1]: 10

@a[2]: 1
@a[1]: 5

@h[2]: 
[1]                    2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|

@h[1]: 
[4, 8)                 0 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|

@h[2]: 
[1]                    1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|



@a[2]: 3
@a[1]: 10

@c[c]: 0
@c[a]: 0
@c[b]: 0
@h[1]: 
[4, 8)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|

@h[2]: 
[1]                    2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|

@s[2]: count 2, average 3, total 6
@s[1]: count 1, average 10, total 10

`
	if d := cmp.Diff(want, out.String()); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}

// TestSyscountTranscript replays T34's END block: print(@m, 10) then clear.
func TestSyscountTranscript(t *testing.T) {
	sys := mapOf("@syscall", abi.AggCount, tUint64, i64(0))
	proc := mapOf("@process", abi.AggCount, tUint64, str("", 16))
	var sysEntries, procEntries []Entry
	for _, kv := range [][2]uint64{{262, 13417}, {0, 4358}, {1, 12}, {9, 2787}, {89, 3195}, {17, 3271}, {3, 5270}, {202, 6208}, {14, 6499}, {257, 6602}, {10, 6850}, {4, 7}, {5, 2000}} {
		sysEntries = append(sysEntries, one(keyOf(i64(int64(kv[0]))), countVal(kv[1]/2), countVal(kv[1]-kv[1]/2)))
	}
	for _, kv := range []struct {
		k string
		n uint64
	}{{"python3", 15369}, {"cat", 3}, {"tail", 16}, {"bpftrace", 49493}, {"timeout", 141}, {"memfd:sealed-91", 342}, {"wrap.sh", 742}, {"sh", 1060}} {
		procEntries = append(procEntries, one(keyOf(str(kv.k, 16)), countVal(kv.n), countVal(0)))
	}
	var out bytes.Buffer
	o := NewText(&out, &out)
	o.AttachedProbes(3)
	o.Printf("Counting syscalls... Hit Ctrl-C to end.\n")
	o.Printf("\nTop 10 syscalls IDs:\n")
	if err := o.Map(sys, sysEntries, 10, 0); err != nil {
		t.Fatal(err)
	}
	o.Printf("\nTop 10 processes:\n")
	if err := o.Map(proc, procEntries, 10, 0); err != nil {
		t.Fatal(err)
	}
	o.ExitSeparator()
	if err := PrintMaps(o, []*abi.Map{sys, proc}, nil); err != nil {
		t.Fatal(err)
	}
	want := `Attaching 3 probes...
Counting syscalls... Hit Ctrl-C to end.

Top 10 syscalls IDs:
@syscall[9]: 2787
@syscall[89]: 3195
@syscall[17]: 3271
@syscall[0]: 4358
@syscall[3]: 5270
@syscall[202]: 6208
@syscall[14]: 6499
@syscall[257]: 6602
@syscall[10]: 6850
@syscall[262]: 13417

Top 10 processes:
@process[cat]: 3
@process[tail]: 16
@process[timeout]: 141
@process[memfd:sealed-91]: 342
@process[wrap.sh]: 742
@process[sh]: 1060
@process[python3]: 15369
@process[bpftrace]: 49493




`
	if d := cmp.Diff(want, out.String()); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}

// TestStreams checks which stream each message goes to (T20–T22) and the
// JSON forms of the non-map messages (T2, OUT-13).
func TestStreams(t *testing.T) {
	tests := []struct {
		name             string
		json             bool
		run              func(o Output)
		wantOut, wantStd string
	}{
		{"T22 -o file", false, func(o Output) {
			o.AttachedProbes(1)
			o.Printf("hi\n")
			o.ExitSeparator()
			o.Map(mapOf("@x", abi.AggNone, tInt64), []Entry{one(keyOf(), i64(1).b)}, 0, 0)
		}, "Attaching 1 probe...\nhi\n@x: 1\n", "\n\n"},
		{"T20 two probes", false, func(o Output) {
			o.AttachedProbes(2)
			o.Printf("end1\n")
		}, "Attaching 2 probes...\nend1\n", ""},
		{"no probes", false, func(o Output) { o.AttachedProbes(0) }, "", "No probes to attach\n"},
		{"lost", false, func(o Output) { o.Lost(7) }, "Lost 7 events\n", ""},
		{"T2 json", true, func(o Output) {
			o.AttachedProbes(1)
			o.Printf("42   |ff|str\n")
			o.ExitSeparator()
		}, "{\"type\": \"attached_probes\", \"data\": {\"probes\": 1}}\n{\"type\": \"printf\", \"data\": \"42   |ff|str\\n\"}\n", "\n\n"},
		{"json lost", true, func(o Output) { o.Lost(3) }, "{\"type\": \"lost_events\", \"data\": {\"events\": 3}}\n", ""},
		{"json escapes", true, func(o Output) { o.Printf("é\x01\x7f\t\r\\\"\n") },
			`{"type": "printf", "data": "\uffffffc3\uffffffa9\u0001` + "\x7f" + `\t\r\\\"\n"}` + "\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, std bytes.Buffer
			o := NewText(&out, &std)
			if tt.json {
				o = NewJSON(&out, &std)
			}
			tt.run(o)
			if out.String() != tt.wantOut || std.String() != tt.wantStd {
				t.Errorf("out %q stdout %q, want %q and %q", out.String(), std.String(), tt.wantOut, tt.wantStd)
			}
		})
	}
}
