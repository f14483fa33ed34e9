package output

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
	"testing"

	"github.com/bpftc/bpftc/loader/abi"
)

// A tiny script model: each statement is written out as bpftrace source and
// also applied to simulated per-CPU maps in the loader/abi layouts, so the
// oracle's map printing can be compared with ours.

// kp is a key part: an int64 or a string.
type kp struct {
	s     string
	n     int64
	isStr bool
}

func ki(n int64) kp  { return kp{n: n} }
func ks(s string) kp { return kp{s: s, isStr: true} }

const simStrLen = 16 // size of string keys and values in the simulation

// stmt is one statement of the BEGIN block.
type stmt struct {
	m     string // "@x"
	key   []kp
	fn    string // count sum min max avg stats hist lhist set print clear zero
	v     int64
	sv    string // set: a string value
	tuple bool   // set: the tuple (v, sv)
	lh    [3]int64
	top   int
	div   int
}

func (s stmt) source() string {
	switch s.fn {
	case "print":
		return fmt.Sprintf("print(%s, %d, %d);", s.m, s.top, s.div)
	case "clear", "zero":
		return fmt.Sprintf("%s(%s);", s.fn, s.m)
	}
	var b strings.Builder
	b.WriteString(s.m)
	if len(s.key) > 0 {
		parts := make([]string, len(s.key))
		for i, k := range s.key {
			if k.isStr {
				parts[i] = bpftraceString(k.s)
			} else {
				parts[i] = fmt.Sprint(k.n)
			}
		}
		b.WriteString("[" + strings.Join(parts, ", ") + "]")
	}
	b.WriteString(" = ")
	switch s.fn {
	case "count":
		b.WriteString("count()")
	case "set":
		switch {
		case s.tuple:
			fmt.Fprintf(&b, "(%d, %s)", s.v, bpftraceString(s.sv))
		case s.sv != "":
			b.WriteString(bpftraceString(s.sv))
		default:
			fmt.Fprint(&b, s.v)
		}
	case "lhist":
		fmt.Fprintf(&b, "lhist(%d, %d, %d, %d)", s.v, s.lh[0], s.lh[1], s.lh[2])
	default:
		fmt.Fprintf(&b, "%s(%d)", s.fn, s.v)
	}
	b.WriteString(";")
	return b.String()
}

// simMap is a map's description and its entries, one value per CPU.
type simMap struct {
	m    *abi.Map
	keys [][]byte
	vals map[string][][]byte
}

// sim is the state of all maps of a script.
type sim struct {
	maps  map[string]*simMap
	order []*abi.Map
	cpu   int
}

const simCPUs = 2

func (s *sim) mapFor(st stmt) *simMap {
	if sm, ok := s.maps[st.m]; ok {
		return sm
	}
	var parts []tv
	for _, k := range st.key {
		if k.isStr {
			parts = append(parts, str(k.s, simStrLen))
		} else {
			parts = append(parts, i64(k.n))
		}
	}
	var m *abi.Map
	switch st.fn {
	case "hist":
		m = histMap(st.m, parts...)
	case "lhist":
		m = lhistMap(st.m, st.lh[0], st.lh[1], st.lh[2], parts...)
	case "count":
		m = mapOf(st.m, abi.AggCount, tUint64, parts...)
		if len(parts) == 0 {
			m.Array, m.KeySize = true, 4
		}
	case "set":
		t := tInt64
		switch {
		case st.tuple:
			t = tuple(i64(0), str("", simStrLen)).t
		case st.sv != "":
			t = str("", simStrLen).t
		}
		m = mapOf(st.m, abi.AggNone, t, parts...)
	default:
		m = mapOf(st.m, abi.Agg(st.fn), tInt64, parts...)
	}
	sm := &simMap{m: m, vals: map[string][][]byte{}}
	s.maps[st.m] = sm
	s.order = append(s.order, m)
	return sm
}

func (s *sim) keyBytes(sm *simMap, st stmt) []byte {
	if len(st.key) == 0 {
		return make([]byte, sm.m.KeySize)
	}
	var parts []tv
	for _, k := range st.key {
		if k.isStr {
			parts = append(parts, str(k.s, simStrLen))
		} else {
			parts = append(parts, i64(k.n))
		}
	}
	return keyOf(parts...)
}

// apply runs one update statement on CPU s.cpu (which alternates).
func (s *sim) apply(st stmt) {
	sm := s.mapFor(st)
	key := s.keyBytes(sm, st)
	vals, ok := sm.vals[string(key)]
	if !ok {
		vals = make([][]byte, simCPUs)
		for i := range vals {
			vals[i] = make([]byte, valueSize(sm.m))
		}
		sm.vals[string(key)] = vals
		sm.keys = append(sm.keys, key)
	}
	s.cpu = (s.cpu + 1) % simCPUs
	v := vals[s.cpu]
	ne := binary.NativeEndian
	switch st.fn {
	case "count":
		ne.PutUint64(v, ne.Uint64(v)+1)
	case "sum":
		ne.PutUint64(v, ne.Uint64(v)+uint64(st.v))
	case "min", "max":
		cur, set := int64(ne.Uint64(v)), ne.Uint64(v[8:]) != 0
		if !set || (st.fn == "min" && st.v < cur) || (st.fn == "max" && st.v > cur) {
			ne.PutUint64(v, uint64(st.v))
			ne.PutUint64(v[8:], 1)
		}
	case "avg", "stats":
		ne.PutUint64(v, ne.Uint64(v)+uint64(st.v))
		ne.PutUint64(v[8:], ne.Uint64(v[8:])+1)
	case "hist", "lhist":
		var b int
		if st.fn == "hist" {
			b = histBucket(st.v)
		} else {
			b = lhistBucket(st.v, st.lh[0], st.lh[1], st.lh[2])
		}
		ne.PutUint64(v[8*b:], ne.Uint64(v[8*b:])+1)
	case "set":
		var t tv
		switch {
		case st.tuple:
			t = tuple(i64(st.v), str(st.sv, simStrLen))
		case st.sv != "":
			t = str(st.sv, simStrLen)
		default:
			t = i64(st.v)
		}
		copy(vals[0], t.b)
	}
}

func (s *sim) entries(name string) []Entry {
	sm := s.maps[name]
	var es []Entry
	for _, k := range sm.keys {
		vals := sm.vals[string(k)]
		if !sm.m.PerCPU {
			vals = vals[:1]
		}
		es = append(es, Entry{Key: k, Values: vals})
	}
	return es
}

func (s *sim) clear(name string, zeroOnly bool) {
	sm := s.maps[name]
	if zeroOnly || sm.m.Array {
		for _, vals := range sm.vals {
			for _, v := range vals {
				clear(v)
			}
		}
		return
	}
	sm.keys, sm.vals = nil, map[string][][]byte{}
}

// render runs a script's statements through the simulation and our
// renderer: async print/clear/zero after all updates, then the exit output.
func render(t *testing.T, script []stmt, json bool) string {
	s := &sim{maps: map[string]*simMap{}}
	var out bytes.Buffer
	o := NewText(&out, &out)
	if json {
		o = NewJSON(&out, &out)
	}
	for _, st := range script {
		switch st.fn {
		case "print", "clear", "zero":
		default:
			s.apply(st)
		}
	}
	for _, st := range script {
		switch st.fn {
		case "print":
			if err := o.Map(s.maps[st.m].m, s.entries(st.m), st.top, st.div); err != nil {
				t.Fatal(err)
			}
		case "clear", "zero":
			s.clear(st.m, st.fn == "zero")
		}
	}
	o.ExitSeparator()
	all := map[string][]Entry{}
	for name := range s.maps {
		all[name] = s.entries(name)
	}
	if err := PrintMaps(o, s.order, all); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

func program(script []stmt) string {
	var b strings.Builder
	b.WriteString("BEGIN {\n")
	for _, st := range script {
		b.WriteString("\t" + st.source() + "\n")
	}
	b.WriteString("\texit();\n}\n")
	return b.String()
}

// oracleScripts fill maps of every kind with known values.
func oracleScripts() map[string][]stmt {
	scripts := map[string][]stmt{}
	// count, sum, min, max, plain values; print with top and div.
	var agg []stmt
	for i, k := range []string{"read", "write", "openat", "close", "ioctl", "mmap"} {
		for j := 0; j <= i*2; j++ {
			agg = append(agg, stmt{m: "@c", key: []kp{ks(k)}, fn: "count"})
		}
	}
	agg = append(agg,
		stmt{m: "@n", fn: "count"}, stmt{m: "@n", fn: "count"}, stmt{m: "@n", fn: "count"},
		stmt{m: "@s", key: []kp{ki(1)}, fn: "sum", v: -5}, stmt{m: "@s", key: []kp{ki(1)}, fn: "sum", v: -7},
		stmt{m: "@s", key: []kp{ki(2)}, fn: "sum", v: 100}, stmt{m: "@s", key: []kp{ki(-3)}, fn: "sum", v: 0x7fffffffffff},
		stmt{m: "@mn", key: []kp{ki(1)}, fn: "min", v: 5}, stmt{m: "@mn", key: []kp{ki(1)}, fn: "min", v: 7},
		stmt{m: "@mn", key: []kp{ki(2)}, fn: "min", v: -3}, stmt{m: "@mn", key: []kp{ki(2)}, fn: "min", v: 5},
		stmt{m: "@mn", key: []kp{ki(3)}, fn: "min", v: 1000},
		stmt{m: "@mx", key: []kp{ks("a")}, fn: "max", v: 5}, stmt{m: "@mx", key: []kp{ks("a")}, fn: "max", v: 3},
		stmt{m: "@mx", key: []kp{ks("b")}, fn: "max", v: 99},
		stmt{m: "@x", key: []kp{ki(3)}, fn: "set", v: 1}, stmt{m: "@x", key: []kp{ki(-1)}, fn: "set", v: -5},
		stmt{m: "@x", key: []kp{ki(7)}, fn: "set", v: 1 << 40},
		stmt{m: "@str", key: []kp{ki(3)}, fn: "set", sv: "c"}, stmt{m: "@str", key: []kp{ki(-2)}, fn: "set", sv: "z"},
		stmt{m: "@str", key: []kp{ki(1)}, fn: "set", sv: "a \"quoted\"\tvalue"},
		stmt{m: "@tup", key: []kp{ks("b"), ki(2)}, fn: "set", v: -1, sv: "x", tuple: true},
		stmt{m: "@tup", key: []kp{ks("a"), ki(9)}, fn: "set", v: 7, sv: "y", tuple: true},
		stmt{m: "@tup", key: []kp{ks("b"), ki(1)}, fn: "set", v: 8, sv: "z", tuple: true},
		stmt{m: "@z", fn: "set", v: 42},
		stmt{m: "@e", key: []kp{ki(1)}, fn: "set", v: 1},
		stmt{fn: "clear", m: "@e"},
		stmt{fn: "print", m: "@c", top: 3},
		stmt{fn: "print", m: "@c", div: 2},
		stmt{fn: "print", m: "@s", top: 2, div: 3},
		stmt{fn: "print", m: "@mn", top: 0, div: 2},
		stmt{fn: "print", m: "@mx", top: 1},
		stmt{fn: "print", m: "@x", div: 4},
		stmt{fn: "print", m: "@tup", top: 2, div: 2},
		stmt{fn: "print", m: "@n"},
		stmt{fn: "clear", m: "@n"},
	)
	scripts["aggregations"] = agg

	// hist and lhist: every bucket kind, keyed and not, many keys with equal
	// totals (std::sort tie order), print with top and div, zero.
	var hs []stmt
	for _, v := range []int64{-5, 0, 1, 1, 2, 3, 100, 1000, 1024, 5000, 1 << 20, 3 << 29, 1 << 31, 3000000000, 1 << 40} {
		hs = append(hs, stmt{m: "@h", fn: "hist", v: v})
	}
	for i := int64(0); i < 40; i++ {
		hs = append(hs, stmt{m: "@hk", key: []kp{ki(i * 37 % 300)}, fn: "hist", v: i % 5})
		if i%7 == 0 {
			hs = append(hs, stmt{m: "@hk", key: []kp{ki(i * 37 % 300)}, fn: "hist", v: 1000})
		}
	}
	for _, v := range []int64{-1, 0, 5, 55, 99, 100, 101, 5000} {
		hs = append(hs, stmt{m: "@l", fn: "lhist", v: v, lh: [3]int64{0, 100, 10}})
	}
	for _, v := range []int64{2048, 5000, 1024, 1023, 4095} {
		hs = append(hs, stmt{m: "@lk", key: []kp{ks("k")}, fn: "lhist", v: v, lh: [3]int64{1024, 4096, 1024}})
	}
	for _, v := range []int64{3, 9, 10, 1 << 21} {
		hs = append(hs, stmt{m: "@lk", key: []kp{ks("j")}, fn: "lhist", v: v, lh: [3]int64{1024, 4096, 1024}})
	}
	for _, v := range []int64{3, 9, 10} {
		hs = append(hs, stmt{m: "@lm", fn: "lhist", v: v, lh: [3]int64{1, 10, 4}})
	}
	for i := int64(0); i < 60; i++ {
		hs = append(hs, stmt{m: "@big", key: []kp{ki(i % 3)}, fn: "hist", v: 1 << 10})
	}
	// Bars where single precision matters: 15/26*52 and 15/52*52 truncate
	// to 30 and 15 in float, to 29 and 14 in double.
	for _, bc := range [][3]int64{{1, 2, 26}, {1, 8, 15}, {2, 1, 52}, {2, 16, 15}, {2, 64, 30}} {
		for i := int64(0); i < bc[2]; i++ {
			hs = append(hs, stmt{m: "@bars", key: []kp{ki(bc[0])}, fn: "hist", v: bc[1]})
		}
	}
	hs = append(hs, stmt{m: "@zh", key: []kp{ki(1)}, fn: "hist", v: 4}, stmt{m: "@zh", key: []kp{ki(2)}, fn: "hist", v: 5}, stmt{m: "@zh", key: []kp{ki(2)}, fn: "hist", v: 6})
	hs = append(hs,
		stmt{fn: "print", m: "@h", div: 2},
		stmt{fn: "print", m: "@hk", top: 5},
		stmt{fn: "print", m: "@lk", div: 3},
		stmt{fn: "print", m: "@big", top: 2, div: 7},
		stmt{fn: "zero", m: "@zh"},
	)
	scripts["histograms"] = hs

	// avg and stats: negative values, many keys with equal averages.
	var st []stmt
	for i := int64(0); i < 30; i++ {
		st = append(st, stmt{m: "@st", key: []kp{ki(i * 11 % 97)}, fn: "stats", v: 5 + i%3})
		st = append(st, stmt{m: "@av", key: []kp{ks(fmt.Sprint("k", i))}, fn: "avg", v: -(i % 4)})
	}
	st = append(st,
		stmt{m: "@a1", fn: "avg", v: -4}, stmt{m: "@a1", fn: "avg", v: 1},
		stmt{m: "@s1", fn: "stats", v: -4}, stmt{m: "@s1", fn: "stats", v: 9},
		stmt{m: "@ae", key: []kp{ki(1)}, fn: "avg", v: 1},
		stmt{fn: "clear", m: "@ae"},
		stmt{fn: "print", m: "@av", top: 4, div: 2},
		stmt{fn: "print", m: "@st", top: 4, div: 2},
	)
	scripts["stats"] = st
	return scripts
}

// TestMapsOracle compares our text and JSON map printing with bpftrace's.
func TestMapsOracle(t *testing.T) {
	requireBpftrace(t)
	for name, script := range oracleScripts() {
		for _, json := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/json=%v", name, json), func(t *testing.T) {
				prog := program(script)
				got := runOracle(t, json, prog)
				want := render(t, script, json)
				diffLines(t, name, got, want)
				if t.Failed() {
					t.Logf("program:\n%s", prog)
				}
			})
		}
	}
}
