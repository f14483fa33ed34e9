package fastjson

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"
)

type kind string

type inner struct {
	N    int    `json:"n"`
	Name string `json:"name,omitempty"`
}

type plain struct {
	B      bool     `json:"b"`
	BO     bool     `json:"bo,omitempty"`
	I8     int8     `json:"i8"`
	I      int      `json:"i,omitempty"`
	I64    int64    `json:"i64"`
	U16    uint16   `json:"u16,omitempty"`
	U64    uint64   `json:"u64"`
	S      string   `json:"s"`
	SO     string   `json:"so,omitempty"`
	K      kind     `json:"k"`
	P      *inner   `json:"p"`
	PO     *inner   `json:"po,omitempty"`
	L      []inner  `json:"l"`
	LO     []string `json:"lo,omitempty"`
	A      [2]int   `json:"a"`
	AO     [0]int   `json:"ao,omitempty"`
	In     inner    `json:"in"`
	InO    inner    `json:"ino,omitempty"` // structs are never empty
	Skip   int      `json:"-"`
	Dash   int      `json:"-,"`
	NoTag  string
	Opts   int `json:",omitempty,other"`
	hidden int
}

// Types encoding/json must handle.
type (
	withMap    struct{ M map[string]int }
	withFloat  struct{ F float64 }
	withAny    struct{ X any }
	withBytes  struct{ B []byte }
	withTime   struct{ T time.Time }
	withString struct {
		N int `json:"n,string"`
	}
	withOmitZero struct {
		N int `json:"n,omitzero"`
	}
	withOddName struct {
		N int `json:"a<b"`
	}
	withEmbedded  struct{ inner }
	valueMarshal  struct{ N int }
	withMarshaler struct{ V valueMarshal }
	ptrMarshal    struct{ N int }
	withPtrMarsh  struct{ V []ptrMarshal }
	duplicate     struct {
		A int `json:"B"`
		B int
		C int `json:"c"`
	}
)

func (valueMarshal) MarshalJSON() ([]byte, error) { return []byte(`"custom"`), nil }
func (*ptrMarshal) MarshalText() ([]byte, error)  { return []byte("text"), nil }

func TestMarshalMatchesEncodingJSON(t *testing.T) {
	var all strings.Builder
	for c := range 128 {
		all.WriteByte(byte(c))
	}
	full := plain{
		B: true, BO: true, I8: math.MinInt8, I: -1, I64: math.MaxInt64, U16: 7, U64: math.MaxUint64,
		S: all.String(), SO: "é\u2028\u2029\xff\xfe<>&ü𝄞", K: "kind", P: &inner{N: 1, Name: `q"\`},
		PO: &inner{}, L: []inner{{N: 2}, {Name: "x"}}, LO: []string{"", "a"}, A: [2]int{3, 4},
		In: inner{N: 5}, Skip: 6, Dash: 7, NoTag: "nt", Opts: 8, hidden: 9,
	}
	cyclic := &struct{ P any }{}
	cyclic.P = cyclic
	cases := []struct {
		name string
		v    any
	}{
		{"nil", nil},
		{"zero struct", plain{}},
		{"zero pointer", &plain{}},
		{"full", &full},
		{"empty slices", plain{L: []inner{}, LO: []string{}}},
		{"string", "a<b"},
		{"int slice", []int{1, -2}},
		{"nil slice", []string(nil)},
		{"map", withMap{M: map[string]int{"b": 1, "a": 2}}},
		{"float", withFloat{F: 1.5e300}},
		{"interface", withAny{X: []int{1}}},
		{"bytes", withBytes{B: []byte("hi")}},
		{"time", withTime{T: time.Unix(0, 0).UTC()}},
		{"string option", withString{N: 3}},
		{"omitzero", withOmitZero{}},
		{"escaped name", withOddName{N: 1}},
		{"embedded", withEmbedded{inner{N: 1}}},
		{"MarshalJSON", withMarshaler{}},
		{"pointer MarshalText", withPtrMarsh{V: []ptrMarshal{{}}}},
		{"duplicate names", duplicate{A: 1, B: 2, C: 3}},
		{"nested pointers", &[]*inner{nil, {N: 1}}},
	}
	for _, c := range cases {
		want, wantErr := json.Marshal(c.v)
		got, err := Marshal(c.v)
		if string(got) != string(want) || (err == nil) != (wantErr == nil) {
			t.Errorf("%s:\n got %s, %v\nwant %s, %v", c.name, got, err, want, wantErr)
		}
	}
	if _, err := Marshal(cyclic); err == nil {
		t.Errorf("cyclic value: no error")
	}
}

func TestNative(t *testing.T) {
	if !Native(&plain{P: &inner{}, L: []inner{{}}, S: "\x00"}) {
		t.Errorf("plain struct: not native")
	}
	for _, v := range []any{withMap{}, withEmbedded{}, withMarshaler{}, withPtrMarsh{V: []ptrMarshal{{}}}, duplicate{}} {
		if Native(v) {
			t.Errorf("%T: native, want encoding/json", v)
		}
	}
}

func BenchmarkMarshal(b *testing.B) {
	v := &plain{S: "hello", L: make([]inner, 10)}
	for b.Loop() {
		Marshal(v)
	}
}
