package output

import (
	"encoding/binary"
	"strconv"

	"github.com/bpftc/bpftc/loader/abi"
)

// appendValue writes a value of type t as bpftrace 0.17's value_to_str does
// for print(value) and map values: integers in their type's width and
// signedness (divided by div), strings up to NUL, tuples "(1, two)" in text
// and [1,"two"] in JSON, and the resolved kinds as text. In JSON the
// string-like kinds are quoted; timestamps and strerror text are not (OUT-16).
func (r *Resolver) appendValue(dst []byte, t abi.Type, b []byte, json bool, div uint64) []byte {
	switch t.Kind {
	case abi.KindInt:
		return appendDividedInt(dst, t, readInt(b, t.Signed), div)
	case abi.KindTuple:
		open, sep, end := "(", ", ", ")"
		if json {
			open, sep, end = "[", ",", "]"
		}
		dst = append(dst, open...)
		for i, f := range t.Fields {
			if i > 0 {
				dst = append(dst, sep...)
			}
			dst = r.appendValue(dst, f.Type, b[f.Offset:f.Offset+f.Type.Size], json, div)
		}
		return append(dst, end...)
	case abi.KindRecord:
		dst = append(dst, "{ "...)
		for i, f := range t.Fields {
			if i > 0 {
				dst = append(dst, ", "...)
			}
			if json {
				dst = append(append(append(dst, '"'), f.Name...), `": `...)
			} else {
				dst = append(append(append(dst, '.'), f.Name...), " = "...)
			}
			dst = r.appendValue(dst, f.Type, b[f.Offset:f.Offset+f.Type.Size], json, div)
		}
		return append(dst, " }"...)
	case abi.KindArray:
		dst = append(dst, '[')
		if t.Elem != nil {
			for i := 0; i < t.Len; i++ {
				if i > 0 {
					dst = append(dst, ',')
				}
				off := i * t.Elem.Size
				dst = r.appendValue(dst, *t.Elem, b[off:off+t.Elem.Size], json, div)
			}
		}
		return append(dst, ']')
	case abi.KindPointer:
		return strconv.AppendInt(dst, int64(readInt(b, true))/int64(uint32(div)), 10)
	}
	if !json || !quotedKind(t.Kind) {
		return r.appendText(dst, t, b)
	}
	start := len(dst)
	dst = r.appendText(dst, t, b)
	text := string(dst[start:])
	dst = append(dst[:start], '"')
	dst = appendJSONString(dst, text)
	return append(dst, '"')
}

// quotedKind reports whether JSON output quotes values of kind k.
func quotedKind(k abi.Kind) bool {
	switch k {
	case abi.KindString, abi.KindBuffer, abi.KindKsym, abi.KindUsym, abi.KindInet, abi.KindUsername, abi.KindProbe, abi.KindKstack, abi.KindUstack:
		return true
	}
	return false
}

// appendText writes the text of a string or resolved value (what printf's
// %s and print() show).
func (r *Resolver) appendText(dst []byte, t abi.Type, b []byte) []byte {
	ne := binary.NativeEndian
	switch t.Kind {
	case abi.KindString:
		return append(dst, cstring(b)...)
	case abi.KindBuffer:
		n := min(int(b[0]), len(b)-1)
		return appendHexBuffer(dst, b[1:1+n], bufAscii)
	case abi.KindKsym:
		return r.appendKsym(dst, ne.Uint64(b))
	case abi.KindUsym:
		return appendUsym(dst, ne.Uint64(b), ne.Uint64(b[8:]))
	case abi.KindUsername:
		return append(dst, r.username(ne.Uint64(b))...)
	case abi.KindProbe:
		return append(dst, r.probe(ne.Uint64(b))...)
	case abi.KindInet:
		return appendInet(dst, int64(ne.Uint64(b)), b[8:])
	case abi.KindTimestamp:
		return append(dst, r.timestamp(ne.Uint64(b), ne.Uint64(b[8:]))...)
	case abi.KindStrerror:
		return append(dst, strerror(ne.Uint64(b))...)
	case abi.KindInt:
		return strconv.AppendInt(dst, int64(readInt(b, t.Signed)), 10)
	}
	return r.appendMoreText(dst, t, b, 8)
}

// appendKeyText writes one part of a map key as bpftrace's MapKey does:
// integers signed whatever their type, strings up to NUL, buffers as their
// whole capacity in %r style, tuples "(1, two)", resolved kinds as text.
func (r *Resolver) appendKeyText(dst []byte, t abi.Type, b []byte) []byte {
	switch t.Kind {
	case abi.KindInt:
		return strconv.AppendInt(dst, int64(readInt(b, true)), 10)
	case abi.KindBuffer:
		return appendHexBuffer(dst, b[1:], bufAscii)
	case abi.KindTuple:
		dst = append(dst, '(')
		for i, f := range t.Fields {
			if i > 0 {
				dst = append(dst, ", "...)
			}
			dst = r.appendKeyText(dst, f.Type, b[f.Offset:f.Offset+f.Type.Size])
		}
		return append(dst, ')')
	case abi.KindRecord:
		dst = append(dst, '{')
		for i, f := range t.Fields {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = append(append(append(dst, '.'), f.Name...), '=')
			dst = r.appendKeyText(dst, f.Type, b[f.Offset:f.Offset+f.Type.Size])
		}
		return append(dst, '}')
	case abi.KindArray:
		dst = append(dst, '[')
		if t.Elem != nil {
			for i := 0; i < t.Len; i++ {
				if i > 0 {
					dst = append(dst, ',')
				}
				off := i * t.Elem.Size
				dst = r.appendKeyText(dst, *t.Elem, b[off:off+t.Elem.Size])
			}
		}
		return append(dst, ']')
	case abi.KindPointer:
		return strconv.AppendUint(append(dst, "0x"...), readInt(b, false), 16)
	case abi.KindKstack, abi.KindUstack:
		return r.appendStack(dst, t, b, 4)
	}
	return r.appendText(dst, t, b)
}

// noValueSeparator reports whether the entries of a map whose values are of
// kind k are printed without a newline between them (OUT-06).
func noValueSeparator(k abi.Kind) bool {
	return k == abi.KindKsym || k == abi.KindUsym || k == abi.KindInet || k == abi.KindKstack || k == abi.KindUstack
}

// kindSize is the size a resolved kind must have, or 0 when any size >= 1
// will do.
func kindSize(k abi.Kind) int {
	switch k {
	case abi.KindKsym, abi.KindUsername, abi.KindProbe, abi.KindStrerror, abi.KindKstack, abi.KindUstack:
		return 8
	case abi.KindMacaddr:
		return 6
	case abi.KindCgroupPath:
		return 16
	case abi.KindTimestamp, abi.KindUsym:
		return 16
	case abi.KindInet:
		return 24
	}
	return 0
}
