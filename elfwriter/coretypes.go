package elfwriter

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/cilium/ebpf/btf"
)

// coreTypes builds the local types of CO-RE relocations: copies of the
// caller's structs and unions that keep only the members some relocation
// names, at their offsets and with the record's size, so that an object
// reading task_struct->pid does not carry the kernel's whole type graph
// (bpftool gen min_core_btf trims the same way). Loaders match members by
// name, so the copies relocate like the originals; access strings are
// renumbered to the copies' members.
type coreTypes struct {
	recs  map[btf.Type]*coreRec // original composite -> its copy
	order []*coreRec            // in first-use order, for stable output
	voidp *btf.Pointer          // what pointer members become
}

// coreRec is the copy of one struct or union and the members it keeps.
type coreRec struct {
	orig btf.Type // *btf.Struct or *btf.Union
	copy btf.Type
	used []int // member indices of orig to keep, sorted once built
}

// corePath is one relocation's walk over the original types.
type corePath struct {
	root btf.Type // the copy of the relocation's type
	// steps are the access indices after the first; for a member step rec
	// is the record whose member it names.
	steps []coreStep
	first int
	off   int64 // the field's byte offset in the original type
}

type coreStep struct {
	idx int
	rec *coreRec // nil for an array index
}

func newCoreTypes() *coreTypes {
	return &coreTypes{recs: map[btf.Type]*coreRec{}, voidp: &btf.Pointer{Target: &btf.Void{}}}
}

// rec returns the copy record of composite t, making it on first use.
func (ct *coreTypes) rec(t btf.Type) *coreRec {
	if r := ct.recs[t]; r != nil {
		return r
	}
	r := &coreRec{orig: t}
	switch t := t.(type) {
	case *btf.Struct:
		r.copy = &btf.Struct{Name: t.Name, Size: t.Size}
	case *btf.Union:
		r.copy = &btf.Union{Name: t.Name, Size: t.Size}
	}
	ct.recs[t] = r
	ct.order = append(ct.order, r)
	return r
}

func members(t btf.Type) []btf.Member {
	switch t := t.(type) {
	case *btf.Struct:
		return t.Members
	case *btf.Union:
		return t.Members
	}
	return nil
}

// walk follows access over t, noting the members it names, and returns
// the path and the field's byte offset in t.
func (ct *coreTypes) walk(t btf.Type, access string) (*corePath, error) {
	idx, err := parseAccess(access)
	if err != nil {
		return nil, err
	}
	cur := btf.UnderlyingType(t)
	switch cur.(type) {
	case *btf.Struct, *btf.Union:
	default:
		return nil, fmt.Errorf("type %v: not a struct or union", t)
	}
	size, err := btf.Sizeof(cur)
	if err != nil {
		return nil, err
	}
	root := ct.rec(cur)
	p := &corePath{root: root.copy, first: idx[0], off: int64(idx[0]) * int64(size)}
	for _, i := range idx[1:] {
		switch c := cur.(type) {
		case *btf.Struct, *btf.Union:
			ms := members(c)
			if i >= len(ms) {
				return nil, fmt.Errorf("access %s: %v has no member %d", access, c, i)
			}
			r := ct.rec(c)
			if !slices.Contains(r.used, i) {
				r.used = append(r.used, i)
			}
			p.steps = append(p.steps, coreStep{idx: i, rec: r})
			if ms[i].BitfieldSize > 0 {
				return nil, fmt.Errorf("access %s: member %q is a bit-field", access, ms[i].Name)
			}
			p.off += int64(ms[i].Offset.Bytes())
			cur = btf.UnderlyingType(ms[i].Type)
			if _, ok := cur.(*btf.Struct); ok {
				ct.rec(cur)
			} else if _, ok := cur.(*btf.Union); ok {
				ct.rec(cur)
			}
		case *btf.Array:
			if c.Nelems > 0 && uint32(i) >= c.Nelems {
				return nil, fmt.Errorf("access %s: index %d out of %d", access, i, c.Nelems)
			}
			es, err := btf.Sizeof(c.Type)
			if err != nil {
				return nil, err
			}
			p.steps = append(p.steps, coreStep{idx: i})
			p.off += int64(i) * int64(es)
			cur = btf.UnderlyingType(c.Type)
		default:
			return nil, fmt.Errorf("access %s: cannot index %v", access, c)
		}
	}
	return p, nil
}

// parseAccess reads "0:12:1".
func parseAccess(s string) ([]int, error) {
	if s == "" {
		return nil, errors.New("empty access string")
	}
	parts := strings.Split(s, ":")
	idx := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return nil, fmt.Errorf("access string %q: bad index %q", s, p)
		}
		idx[i] = n
	}
	return idx, nil
}

// build fills the copies' members once every path is walked.
func (ct *coreTypes) build() {
	for i := 0; i < len(ct.order); i++ { // leaf may append empty copies
		r := ct.order[i]
		slices.Sort(r.used)
		ms := members(r.orig)
		kept := make([]btf.Member, 0, len(r.used))
		for _, i := range r.used {
			m := ms[i]
			kept = append(kept, btf.Member{Name: m.Name, Type: ct.leaf(m.Type), Offset: m.Offset, BitfieldSize: m.BitfieldSize})
		}
		switch c := r.copy.(type) {
		case *btf.Struct:
			c.Members = kept
		case *btf.Union:
			c.Members = kept
		}
	}
}

// leaf returns the type of a kept member: typedefs and qualifiers dropped,
// records replaced by their copies, pointers made void *; integers, enums
// and floats refer to nothing and are kept as they are.
func (ct *coreTypes) leaf(t btf.Type) btf.Type {
	switch u := btf.UnderlyingType(t).(type) {
	case *btf.Struct, *btf.Union:
		return ct.rec(u).copy
	case *btf.Pointer:
		return ct.voidp
	case *btf.Array:
		return &btf.Array{Index: u.Index, Type: ct.leaf(u.Type), Nelems: u.Nelems}
	case *btf.Int, *btf.Enum, *btf.Float:
		return u
	case *btf.Fwd:
		return u
	}
	// Anything else (function pointers are pointers) cannot be a member;
	// an int of the right size keeps layouts valid.
	size, err := btf.Sizeof(t)
	if err != nil {
		size = 0
	}
	return &btf.Int{Name: "char", Size: uint32(size)}
}

// access renders p's access string over the copies.
func (p *corePath) access() string {
	var sb strings.Builder
	sb.WriteString(strconv.Itoa(p.first))
	for _, s := range p.steps {
		i := s.idx
		if s.rec != nil {
			i, _ = slices.BinarySearch(s.rec.used, s.idx)
		}
		sb.WriteByte(':')
		sb.WriteString(strconv.Itoa(i))
	}
	return sb.String()
}
