package kbtf

import (
	"fmt"

	"github.com/cilium/ebpf/btf"
)

// Decoding follows cilium/ebpf's btf package type for type, so that a
// decoded type equals the one btf.LoadSpec would give, with one
// exception: a named struct or union reached only through a pointer is a
// shell (name and size, no members) until a lookup reaches it by value or
// by name, which fills in that same value.

// maxDepth bounds the typedef and qualifier chains followed behind a
// pointer (cilium's UnderlyingType gives up at the same depth).
const maxDepth = 32

// decode returns the type id, making it (and what it refers to) on first
// use; structs and unions are made without members (see fill).
func (t *Types) decode(id uint32) (typ btf.Type, err error) {
	if id == 0 {
		return (*btf.Void)(nil), nil
	}
	if typ, ok := t.cache[id]; ok {
		return typ, nil
	}
	h, err := t.ix.header(id)
	if err != nil {
		return nil, err
	}
	name, err := t.ix.str(h.nameOff)
	if err != nil {
		return nil, fmt.Errorf("type %d: name: %w", id, err)
	}
	defer func() {
		if err != nil {
			delete(t.cache, id)
		}
	}()
	// ref decodes the type a field of typ refers to.
	ref := func(to uint32, dst *btf.Type) {
		if err == nil {
			*dst, err = t.decode(to)
		}
	}
	switch h.kind() {
	case kindInt:
		raw := h.word(0)
		bits, off := btf.Bits(raw&0xff), btf.Bits(raw>>16&0xff)
		if off > 0 || bits.Bytes() != h.sizeTyp {
			t.legacy[id] = [2]btf.Bits{off, bits}
		}
		typ = &btf.Int{Name: name, Size: h.sizeTyp, Encoding: btf.IntEncoding(raw >> 24 & 0xf)}
		t.cache[id] = typ
	case kindPointer:
		p := &btf.Pointer{}
		t.cache[id], typ = p, p
		ref(h.sizeTyp, &p.Target)
	case kindArray:
		a := &btf.Array{Nelems: h.word(2)}
		t.cache[id], typ = a, a
		ref(h.word(1), &a.Index)
		ref(h.word(0), &a.Type)
	case kindStruct:
		typ = &btf.Struct{Name: name, Size: h.sizeTyp}
		t.cache[id] = typ
	case kindUnion:
		typ = &btf.Union{Name: name, Size: h.sizeTyp}
		t.cache[id] = typ
	case kindEnum, kindEnum64:
		e := &btf.Enum{Name: name, Size: h.sizeTyp, Signed: h.kflag()}
		t.cache[id], typ = e, e
		e.Values, err = t.enumValues(h)
	case kindFwd:
		kind := btf.FwdStruct
		if h.kflag() {
			kind = btf.FwdUnion
		}
		typ = &btf.Fwd{Name: name, Kind: kind}
		t.cache[id] = typ
	case kindTypedef:
		td := &btf.Typedef{Name: name}
		t.cache[id], typ = td, td
		ref(h.sizeTyp, &td.Type)
	case kindVolatile:
		q := &btf.Volatile{}
		t.cache[id], typ = q, q
		ref(h.sizeTyp, &q.Type)
	case kindConst:
		q := &btf.Const{}
		t.cache[id], typ = q, q
		ref(h.sizeTyp, &q.Type)
	case kindRestrict:
		q := &btf.Restrict{}
		t.cache[id], typ = q, q
		ref(h.sizeTyp, &q.Type)
	case kindTypeTag:
		q := &btf.TypeTag{Value: name}
		t.cache[id], typ = q, q
		ref(h.sizeTyp, &q.Type)
	case kindFunc:
		f := &btf.Func{Name: name, Linkage: btf.FuncLinkage(h.vlen())}
		t.cache[id], typ = f, f
		ref(h.sizeTyp, &f.Type)
	case kindFuncProto:
		fp := &btf.FuncProto{}
		t.cache[id], typ = fp, fp
		params := make([]btf.FuncParam, h.vlen())
		for i := range params {
			params[i].Name, err = t.ix.str(h.word(2 * i))
			if err != nil {
				return nil, fmt.Errorf("type %d: parameter %d: %w", id, i, err)
			}
			ref(h.word(2*i+1), &params[i].Type)
		}
		ref(h.sizeTyp, &fp.Return)
		fp.Params = params
	case kindVar:
		v := &btf.Var{Name: name, Linkage: btf.VarLinkage(h.word(0))}
		t.cache[id], typ = v, v
		ref(h.sizeTyp, &v.Type)
	case kindDatasec:
		ds := &btf.Datasec{Name: name, Size: h.sizeTyp}
		t.cache[id], typ = ds, ds
		vars := make([]btf.VarSecinfo, h.vlen())
		for i := range vars {
			vars[i].Offset, vars[i].Size = h.word(3*i+1), h.word(3*i+2)
			ref(h.word(3*i), &vars[i].Type)
		}
		ds.Vars = vars
	case kindFloat:
		typ = &btf.Float{Name: name, Size: h.sizeTyp}
		t.cache[id] = typ
	default: // decl tags are attached to what they annotate, never referred to
		return nil, fmt.Errorf("type %d: kind %d cannot be referred to", id, h.kind())
	}
	if err != nil {
		return nil, err
	}
	return typ, t.declTags(id, typ, false)
}

// enumValues reads the enumerators of an enum or enum64; those of a signed
// 32-bit enum are sign-extended.
func (t *Types) enumValues(h header) ([]btf.EnumValue, error) {
	vals := make([]btf.EnumValue, h.vlen())
	for i := range vals {
		var err error
		if h.kind() == kindEnum64 {
			vals[i].Name, err = t.ix.str(h.word(3 * i))
			vals[i].Value = uint64(h.word(3*i+2))<<32 | uint64(h.word(3*i+1))
		} else {
			vals[i].Name, err = t.ix.str(h.word(2 * i))
			v := h.word(2*i + 1)
			vals[i].Value = uint64(v)
			if h.kflag() {
				vals[i].Value = uint64(int64(int32(v)))
			}
		}
		if err != nil {
			return nil, fmt.Errorf("enumerator %d: %w", i, err)
		}
	}
	return vals, nil
}

// declTags attaches the decl tags that annotate id to typ: those of a
// struct or union (members) once it is filled, the others when made.
func (t *Types) declTags(id uint32, typ btf.Type, filled bool) error {
	for _, tag := range t.ix.tags[id] {
		h, err := t.ix.header(tag)
		if err != nil {
			return err
		}
		value, err := t.ix.str(h.nameOff)
		if err != nil {
			return fmt.Errorf("type %d: name: %w", tag, err)
		}
		idx := int(int32(h.word(0)))
		if idx < -1 {
			return fmt.Errorf("decl tag %d: bad component index %d", tag, idx)
		}
		switch typ := typ.(type) {
		case *btf.Var:
			if idx != -1 {
				return fmt.Errorf("decl tag %d: component index %d on a variable", tag, idx)
			}
			typ.Tags = append(typ.Tags, value)
		case *btf.Typedef:
			if idx != -1 {
				return fmt.Errorf("decl tag %d: component index %d on a typedef", tag, idx)
			}
			typ.Tags = append(typ.Tags, value)
		case *btf.Func:
			fp, ok := typ.Type.(*btf.FuncProto)
			if !ok {
				return fmt.Errorf("decl tag %d: function %s has no prototype", tag, typ.Name)
			}
			if len(typ.ParamTags) == 0 {
				typ.ParamTags = make([][]string, len(fp.Params))
			}
			if idx == -1 {
				typ.Tags = append(typ.Tags, value)
			} else if idx < len(fp.Params) {
				typ.ParamTags[idx] = append(typ.ParamTags[idx], value)
			} else {
				return fmt.Errorf("decl tag %d: %s has no parameter %d", tag, typ.Name, idx)
			}
		case *btf.Struct, *btf.Union:
			if !filled {
				continue
			}
			if err := recordTag(typ, idx, value); err != nil {
				return fmt.Errorf("decl tag %d: %w", tag, err)
			}
		default:
			return fmt.Errorf("decl tag %d: cannot annotate %T", tag, typ)
		}
	}
	return nil
}

func recordTag(typ btf.Type, idx int, value string) error {
	var members []btf.Member
	var tags *[]string
	switch r := typ.(type) {
	case *btf.Struct:
		members, tags = r.Members, &r.Tags
	case *btf.Union:
		members, tags = r.Members, &r.Tags
	}
	switch {
	case idx == -1:
		*tags = append(*tags, value)
	case idx < len(members):
		members[idx].Tags = append(members[idx].Tags, value)
	default:
		return fmt.Errorf("%s has no member %d", typ.TypeName(), idx)
	}
	return nil
}

// fill decodes what id holds by value: the members of structs and unions,
// recursively, but not records behind pointers, which sema only names.
func (t *Types) fill(id uint32) error {
	if id == 0 || t.filled[id] {
		return nil
	}
	typ, err := t.decode(id)
	if err != nil {
		return err
	}
	t.filled[id] = true
	h, _ := t.ix.header(id) // decode checked id
	switch h.kind() {
	case kindStruct, kindUnion:
		members, err := t.members(h)
		if err != nil {
			return fmt.Errorf("type %d: %w", id, err)
		}
		switch r := typ.(type) {
		case *btf.Struct:
			r.Members = members
		case *btf.Union:
			r.Members = members
		}
		if err := t.declTags(id, typ, true); err != nil {
			return err
		}
		for i := range h.vlen() {
			if err := t.fill(h.word(3*i + 1)); err != nil {
				return err
			}
		}
	case kindTypedef, kindVolatile, kindConst, kindRestrict, kindTypeTag, kindFunc, kindVar:
		return t.fill(h.sizeTyp)
	case kindPointer:
		if !t.namedRecordAt(h.sizeTyp) {
			return t.fill(h.sizeTyp)
		}
	case kindArray:
		if err := t.fill(h.word(1)); err != nil {
			return err
		}
		return t.fill(h.word(0))
	case kindFuncProto:
		for i := range h.vlen() {
			if err := t.fill(h.word(2*i + 1)); err != nil {
				return err
			}
		}
		return t.fill(h.sizeTyp)
	case kindDatasec:
		for i := range h.vlen() {
			if err := t.fill(h.word(3 * i)); err != nil {
				return err
			}
		}
	}
	return nil
}

// members decodes the members of a struct or union, with cilium's reading
// of bit-fields: from the offset when the kind flag is set, else from a
// member whose type is an int with bit-field encoding.
func (t *Types) members(h header) ([]btf.Member, error) {
	ms := make([]btf.Member, h.vlen())
	for i := range ms {
		name, err := t.ix.str(h.word(3 * i))
		if err != nil {
			return nil, fmt.Errorf("member %d: %w", i, err)
		}
		typID, off := h.word(3*i+1), h.word(3*i+2)
		typ, err := t.decode(typID)
		if err != nil {
			return nil, fmt.Errorf("member %s: %w", name, err)
		}
		m := btf.Member{Name: name, Type: typ, Offset: btf.Bits(off)}
		if h.kflag() {
			m.BitfieldSize, m.Offset = btf.Bits(off>>24), btf.Bits(off&0xffffff)
		} else if lb, ok := t.legacy[typID]; ok {
			m.Offset += lb[0]
			m.BitfieldSize = lb[1]
		}
		ms[i] = m
	}
	return ms, nil
}

// namedRecordAt reports whether id is, past typedefs and qualifiers, a
// named struct or union.
func (t *Types) namedRecordAt(id uint32) bool {
	for range maxDepth {
		h, err := t.ix.header(id)
		if err != nil {
			return false
		}
		switch h.kind() {
		case kindTypedef, kindVolatile, kindConst, kindRestrict, kindTypeTag:
			id = h.sizeTyp
		case kindStruct, kindUnion:
			return h.nameOff != 0
		default:
			return false
		}
	}
	return false
}
