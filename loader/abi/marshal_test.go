package abi

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/bpftc/bpftc/internal/fastjson"
)

// TestMarshalMatchesEncodingJSON checks that Meta.Marshal writes what
// json.Marshal writes, for metadata with every field set to random
// values (strings with characters JSON escapes), and that no field sends
// Meta to encoding/json's slower path.
func TestMarshalMatchesEncodingJSON(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 50 {
		var m Meta
		if i > 0 {
			fill(reflect.ValueOf(&m).Elem(), rng, 0)
		}
		if !fastjson.Native(&m) {
			t.Fatalf("Meta is not encoded by fastjson itself: keep its fields to bools, integers, strings, structs, pointers and slices")
		}
		got, err := m.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		want, err := json.Marshal(&m)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Fatalf("Marshal:\n%s\njson.Marshal:\n%s", got, want)
		}
	}
}

// fill sets v to random values: each field, element and pointer is set or
// left empty at random, so omitempty is exercised both ways.
func fill(v reflect.Value, rng *rand.Rand, depth int) {
	if depth > 0 && rng.IntN(4) == 0 {
		return // leave zero
	}
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(rng.Int64() >> rng.IntN(64))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(rng.Uint64() >> rng.IntN(64))
	case reflect.String:
		const chars = "aZ0 _%\"\\<>&\n\t\x01\x7fé\u2028\xff"
		b := make([]byte, rng.IntN(12))
		for i := range b {
			b[i] = chars[rng.IntN(len(chars))]
		}
		v.SetString(string(b))
	case reflect.Pointer:
		if depth < 4 {
			v.Set(reflect.New(v.Type().Elem()))
			fill(v.Elem(), rng, depth+1)
		}
	case reflect.Slice:
		if depth < 4 {
			n := rng.IntN(3)
			v.Set(reflect.MakeSlice(v.Type(), n, n))
			for i := range n {
				fill(v.Index(i), rng, depth+1)
			}
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), rng, depth+1)
			}
		}
	}
}
