package kbtf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
)

// BTF type kinds (kernel include/uapi/linux/btf.h).
const (
	kindInt       = 1
	kindPointer   = 2
	kindArray     = 3
	kindStruct    = 4
	kindUnion     = 5
	kindEnum      = 6
	kindFwd       = 7
	kindTypedef   = 8
	kindVolatile  = 9
	kindConst     = 10
	kindRestrict  = 11
	kindFunc      = 12
	kindFuncProto = 13
	kindVar       = 14
	kindDatasec   = 15
	kindFloat     = 16
	kindDeclTag   = 17
	kindTypeTag   = 18
	kindEnum64    = 19
)

const (
	btfMagic  = 0xeb9f
	headerLen = 24 // the fixed part of struct btf_header
	typeLen   = 12 // struct btf_type
)

var le = binary.LittleEndian

// index is the raw BTF with the offset of every type: enough to decode any
// type by ID, built in one pass over the type headers.
type index struct {
	raw   []byte // as read, header included
	types []byte
	strs  []byte
	offs  []uint32            // offs[id] is the type's offset in types; offs[0] is void
	tags  map[uint32][]uint32 // decl tag IDs by the ID they annotate
	funcs []nameRef           // named functions, in ID order
	other []nameRef           // the other named types, in ID order
	enums []uint32            // enums and enum64s, named or not
}

// parse reads the BTF header and indexes the type section. Big-endian BTF
// is converted to little-endian first (every field of the type section is
// a 32-bit word).
func parse(raw []byte) (*index, error) {
	if len(raw) < headerLen {
		return nil, errors.New("read header: BTF too short")
	}
	var bo binary.ByteOrder
	switch {
	case le.Uint16(raw) == btfMagic:
		bo = le
	case binary.BigEndian.Uint16(raw) == btfMagic:
		bo = binary.BigEndian
	default:
		return nil, errors.New("read header: no BTF magic")
	}
	if raw[2] != 1 {
		return nil, fmt.Errorf("read header: unexpected version %d", raw[2])
	}
	if raw[3] != 0 {
		return nil, fmt.Errorf("read header: unsupported flags %#x", raw[3])
	}
	hdrLen := uint64(bo.Uint32(raw[4:]))
	typeOff, typeSize := uint64(bo.Uint32(raw[8:])), uint64(bo.Uint32(raw[12:]))
	strOff, strSize := uint64(bo.Uint32(raw[16:])), uint64(bo.Uint32(raw[20:]))
	if hdrLen < headerLen || hdrLen > uint64(len(raw)) {
		return nil, errors.New("read header: header length out of bounds")
	}
	body := raw[hdrLen:]
	if typeOff+typeSize > uint64(len(body)) {
		return nil, errors.New("read header: type section out of bounds")
	}
	if strOff+strSize > uint64(len(body)) {
		return nil, errors.New("read header: string section out of bounds")
	}
	ix := &index{raw: raw, types: body[typeOff : typeOff+typeSize], strs: body[strOff : strOff+strSize]}
	if n := len(ix.strs); n > 0 && (ix.strs[0] != 0 || ix.strs[n-1] != 0) {
		return nil, errors.New("read strings: string section does not start and end with NUL")
	}
	if bo != binary.ByteOrder(le) {
		ix.types = swapWords(ix.types)
	}
	return ix, ix.walk()
}

// swapWords returns a copy of b with every 32-bit word byte-swapped; a
// trailing partial word is copied as it is.
func swapWords(b []byte) []byte {
	out := make([]byte, len(b))
	copy(out, b)
	for i := 0; i+4 <= len(out); i += 4 {
		out[i], out[i+1], out[i+2], out[i+3] = out[i+3], out[i+2], out[i+1], out[i]
	}
	return out
}

// dataLen is the size of what follows the header of a type of kind with
// vlen entries; ok is false for an unknown kind.
func dataLen(kind, vlen uint32) (n int, ok bool) {
	switch kind {
	case kindInt, kindVar, kindDeclTag:
		return 4, true
	case kindArray:
		return 12, true
	case kindStruct, kindUnion, kindDatasec, kindEnum64:
		return 12 * int(vlen), true
	case kindEnum, kindFuncProto:
		return 8 * int(vlen), true
	case kindPointer, kindFwd, kindTypedef, kindVolatile, kindConst, kindRestrict,
		kindFunc, kindFloat, kindTypeTag:
		return 0, true
	}
	return 0, false
}

// kinds describes each kind for walk: the size of its data (fixed, plus
// per entry), whether it is known and whether walk lists it by name.
var kinds = func() (k [32]struct {
	fixed, each   uint8
	known, listed bool
}) {
	for kind := range uint32(32) {
		if n, ok := dataLen(kind, 0); ok {
			m, _ := dataLen(kind, 1)
			k[kind].fixed, k[kind].each, k[kind].known = uint8(n), uint8(m-n), true
		}
		k[kind].listed = named(kind) && kind != kindFunc
	}
	return k
}()

// walk records the offset of every type, the named ones, the enums and
// the decl tags. It runs once per process on vmlinux's 130,000 types, so it
// decodes no more than the header's info word.
func (ix *index) walk() error {
	t := ix.types
	estimate := len(t)/24 + 1 // vmlinux: 25 bytes a type, 45 % functions
	offs := make([]uint32, 1, estimate)
	ix.funcs = make([]nameRef, 0, estimate/2)
	for off := 0; off < len(t); {
		id := uint32(len(offs))
		if off+typeLen > len(t) {
			return fmt.Errorf("type %d: header truncated", id)
		}
		h := t[off : off+typeLen]
		info := le.Uint32(h[4:])
		kind := info >> 24 & 0x1f
		k := &kinds[kind]
		if !k.known {
			return fmt.Errorf("type %d: unknown kind %d", id, kind)
		}
		if nameOff := le.Uint32(h); nameOff != 0 {
			if kind == kindFunc {
				ix.funcs = append(ix.funcs, nameRef{id, nameOff})
			} else if k.listed {
				ix.other = append(ix.other, nameRef{id, nameOff})
			}
		}
		switch kind {
		case kindEnum, kindEnum64:
			ix.enums = append(ix.enums, id)
		case kindDeclTag:
			if ix.tags == nil {
				ix.tags = map[uint32][]uint32{}
			}
			target := le.Uint32(h[8:])
			ix.tags[target] = append(ix.tags[target], id)
		}
		offs = append(offs, uint32(off))
		off += typeLen + int(k.fixed) + int(k.each)*int(info&0xffff)
		if off > len(t) {
			return fmt.Errorf("type %d: data truncated", id)
		}
	}
	ix.offs = offs
	return nil
}

// header is a decoded struct btf_type.
type header struct {
	nameOff uint32
	info    uint32
	sizeTyp uint32 // size or type, by kind
	data    []byte // what follows the header
}

func (h header) kind() uint32      { return h.info >> 24 & 0x1f }
func (h header) vlen() int         { return int(h.info & 0xffff) }
func (h header) kflag() bool       { return h.info>>31 != 0 }
func (h header) word(i int) uint32 { return le.Uint32(h.data[4*i:]) }

// header returns the header of type id; walk checked its bounds.
func (ix *index) header(id uint32) (header, error) {
	if id == 0 || int(id) >= len(ix.offs) {
		return header{}, fmt.Errorf("type %d: no such type", id)
	}
	off := int(ix.offs[id])
	t := ix.types[off:]
	h := header{nameOff: le.Uint32(t), info: le.Uint32(t[4:]), sizeTyp: le.Uint32(t[8:])}
	n, _ := dataLen(h.kind(), h.info&0xffff)
	h.data = t[typeLen : typeLen+n]
	return h, nil
}

// str returns the string at off of the string section.
func (ix *index) str(off uint32) (string, error) {
	if off == 0 {
		return "", nil
	}
	if uint64(off) >= uint64(len(ix.strs)) {
		return "", fmt.Errorf("string %d: out of bounds", off)
	}
	if ix.strs[off-1] != 0 {
		return "", fmt.Errorf("string %d: not the start of a string", off)
	}
	n := bytes.IndexByte(ix.strs[off:], 0)
	if n < 0 {
		return "", fmt.Errorf("string %d: not NUL-terminated", off)
	}
	return string(ix.strs[off : int(off)+n]), nil
}
