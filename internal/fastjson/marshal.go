package fastjson

import (
	"encoding"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// errUnsupported sends a value to encoding/json.
var errUnsupported = errors.New("fastjson: unsupported value")

// maxDepth bounds the nesting handled here; deeper values (cycles) go to
// encoding/json, which reports them.
const maxDepth = 500

var (
	marshalerType     = reflect.TypeFor[json.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
)

// Marshal returns what json.Marshal(v) returns. Booleans, integers,
// strings, structs without embedded fields, pointers, slices and arrays of
// those, with the json tag's name, "-" and omitempty, are encoded here;
// anything else (maps, floats, interfaces, []byte, Marshaler types, other
// tag options) is left to encoding/json.
func Marshal(v any) ([]byte, error) {
	shared.Lock()
	b, err := shared.e.value(make([]byte, 0, 1024), reflect.ValueOf(v), 0)
	shared.Unlock()
	if err != nil {
		return json.Marshal(v)
	}
	return b, nil
}

// shared is the encoder of every Marshal call: what it learns about types
// (reflection, the costly part) stays true for the life of the process.
var shared = struct {
	sync.Mutex
	e encoder
}{e: encoder{checked: map[reflect.Type]bool{}, structs: map[reflect.Type][]field{}}}

// encoder remembers which types were found free of marshal methods,
// and the fields of the struct types it met (nil: not encoded here).
type encoder struct {
	checked map[reflect.Type]bool
	structs map[reflect.Type][]field
}

func (e *encoder) value(b []byte, v reflect.Value, depth int) ([]byte, error) {
	if !v.IsValid() {
		return append(b, "null"...), nil
	}
	if depth > maxDepth {
		return nil, errUnsupported
	}
	t := v.Type()
	if !e.plain(t) {
		return nil, errUnsupported
	}
	switch t.Kind() {
	case reflect.Bool:
		return strconv.AppendBool(b, v.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.AppendInt(b, v.Int(), 10), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.AppendUint(b, v.Uint(), 10), nil
	case reflect.String:
		return appendString(b, v.String()), nil
	case reflect.Pointer:
		if v.IsNil() {
			return append(b, "null"...), nil
		}
		return e.value(b, v.Elem(), depth+1)
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return nil, errUnsupported // base64
		}
		if v.IsNil() {
			return append(b, "null"...), nil
		}
		return e.elems(b, v, depth)
	case reflect.Array:
		return e.elems(b, v, depth)
	case reflect.Struct:
		return e.fields(b, v, depth)
	}
	return nil, errUnsupported
}

// plain reports whether t is unnamed or neither t nor *t has a MarshalJSON
// or MarshalText method. The answer is cached for every type, unnamed ones
// too: one map lookup costs less than asking reflect for the name.
func (e *encoder) plain(t reflect.Type) bool {
	ok, seen := e.checked[t]
	if !seen {
		ok = true
		if t.Name() != "" {
			p := reflect.PointerTo(t)
			ok = !t.Implements(marshalerType) && !t.Implements(textMarshalerType) &&
				!p.Implements(marshalerType) && !p.Implements(textMarshalerType)
		}
		e.checked[t] = ok
	}
	return ok
}

func (e *encoder) elems(b []byte, v reflect.Value, depth int) ([]byte, error) {
	b = append(b, '[')
	for i := range v.Len() {
		if i > 0 {
			b = append(b, ',')
		}
		var err error
		if b, err = e.value(b, v.Index(i), depth+1); err != nil {
			return nil, err
		}
	}
	return append(b, ']'), nil
}

// field is how a struct field is written: its index, its quoted name with
// the colon, and whether it is left out when empty.
type field struct {
	index     int
	key       string
	omitEmpty bool
}

func (e *encoder) fields(b []byte, v reflect.Value, depth int) ([]byte, error) {
	fs, ok := e.structs[v.Type()]
	if !ok {
		fs = structFields(v.Type())
		e.structs[v.Type()] = fs
	}
	if fs == nil {
		return nil, errUnsupported
	}
	b = append(b, '{')
	first := true
	for _, f := range fs {
		fv := v.Field(f.index)
		if f.omitEmpty && empty(fv) {
			continue
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = append(b, f.key...)
		var err error
		if b, err = e.value(b, fv, depth+1); err != nil {
			return nil, err
		}
	}
	return append(b, '}'), nil
}

// structFields lists the fields of t that encoding/json writes, in its
// order, or returns nil when t needs encoding/json (embedded fields, tag
// options or names it treats specially, duplicate names).
func structFields(t reflect.Type) []field {
	fs := []field{}
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous {
			return nil // promoted fields
		}
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		omitEmpty := false
		for opts != "" {
			var opt string
			opt, opts, _ = strings.Cut(opts, ",")
			switch opt {
			case "omitempty":
				omitEmpty = true
			case "omitzero", "string":
				return nil
			}
		}
		if name == "" {
			name = f.Name
		} else if !plainName(name) {
			return nil
		}
		key := `"` + name + `":`
		for _, g := range fs {
			if g.key == key {
				return nil // encoding/json drops both
			}
		}
		fs = append(fs, field{index: i, key: key, omitEmpty: omitEmpty})
	}
	return fs
}

// plainName reports whether a tag name is one encoding/json keeps and
// writes without escapes.
func plainName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// empty is encoding/json's test for omitempty.
func empty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64,
		reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

const hexDigits = "0123456789abcdef"

// appendString quotes s as encoding/json does by default: control
// characters, quote and backslash escaped, and <, >, & (HTML), U+2028,
// U+2029 as \u escapes; invalid UTF-8 becomes \ufffd.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// Native reports whether Marshal encodes v itself, without encoding/json:
// tests use it to keep a type on the fast path.
func Native(v any) bool {
	e := encoder{checked: map[reflect.Type]bool{}, structs: map[reflect.Type][]field{}}
	_, err := e.value(nil, reflect.ValueOf(v), 0)
	return err == nil
}
