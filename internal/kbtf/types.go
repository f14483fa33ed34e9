package kbtf

import (
	"errors"
	"fmt"
	"slices"

	"github.com/cilium/ebpf/btf"
)

// Types is kernel BTF decoded on demand. Its methods answer as those of
// the *btf.Spec that btf.LoadSpec gives for the same BTF would, except
// that a named struct or union reached only through a pointer has no
// members until it is looked up by name (sema resolves pointees by name).
// A nil *Types has no types. A Types is not safe for concurrent use; Open returns a new one each
// time, and they share the read-only raw BTF.
type Types struct {
	ix     *index
	cache  map[uint32]btf.Type
	filled map[uint32]bool
	legacy map[uint32][2]btf.Bits // ints that describe bit-fields: offset, size
}

// FromBytes indexes raw BTF (not split BTF); it keeps raw.
func FromBytes(raw []byte) (*Types, error) {
	ix, err := parse(raw)
	if err != nil {
		return nil, fmt.Errorf("kernel types: %w", err)
	}
	return newTypes(ix), nil
}

func newTypes(ix *index) *Types {
	// struct task_struct holds about 400 types by value.
	return &Types{ix: ix, cache: make(map[uint32]btf.Type, 512), filled: make(map[uint32]bool, 512), legacy: map[uint32][2]btf.Bits{}}
}

// Raw returns the BTF as read (mapped, for the running kernel's), for
// scans of its own; it must not be modified.
func (t *Types) Raw() []byte {
	if t == nil {
		return nil
	}
	return t.ix.raw
}

// NumTypes returns the number of types, void included.
func (t *Types) NumTypes() int { return len(t.ix.offs) }

// TypeByID returns type id with what it holds by value.
func (t *Types) TypeByID(id btf.TypeID) (btf.Type, error) {
	if err := t.fill(uint32(id)); err != nil {
		return nil, err
	}
	return t.decode(uint32(id))
}

// AnyTypesByName returns the types called exactly name, in ID order, or
// btf.ErrNotFound.
func (t *Types) AnyTypesByName(name string) ([]btf.Type, error) {
	return t.typesNamed(name, nil)
}

// typesNamed is AnyTypesByName for the kinds kinds selects.
func (t *Types) typesNamed(name string, kinds kindSet) ([]btf.Type, error) {
	if t == nil {
		return nil, btf.ErrNotFound
	}
	ids := t.ix.idsNamed(name, kinds)
	if len(ids) == 0 {
		return nil, btf.ErrNotFound
	}
	types := make([]btf.Type, 0, len(ids))
	for _, id := range ids {
		typ, err := t.TypeByID(btf.TypeID(id))
		if err != nil {
			return nil, err
		}
		types = append(types, typ)
	}
	return types, nil
}

// TypeByName sets *typ to the only type called name of the type typ
// points to (typ is a **btf.Struct, **btf.Typedef, ...), as
// btf.Spec.TypeByName does; it wraps btf.ErrMultipleMatches when there are
// several and btf.ErrNotFound when there is none.
func (t *Types) TypeByName(name string, typ any) error {
	switch p := typ.(type) {
	case **btf.Struct:
		return only(t, name, p)
	case **btf.Union:
		return only(t, name, p)
	case **btf.Typedef:
		return only(t, name, p)
	case **btf.Func:
		return only(t, name, p)
	case **btf.Enum:
		return only(t, name, p)
	case **btf.Int:
		return only(t, name, p)
	case **btf.Fwd:
		return only(t, name, p)
	case **btf.Var:
		return only(t, name, p)
	case **btf.Datasec:
		return only(t, name, p)
	case **btf.Float:
		return only(t, name, p)
	}
	return fmt.Errorf("type argument %T: not a pointer to a named btf type", typ)
}

func only[T btf.Type](f Finder, name string, dst *T) error {
	if dst == nil {
		return errors.New("type argument: nil pointer")
	}
	all := ByName[T](f, name)
	switch len(all) {
	case 0:
		return fmt.Errorf("%T %s: %w", *dst, name, btf.ErrNotFound)
	case 1:
		*dst = all[0]
		return nil
	}
	return fmt.Errorf("type %s(%T): %w", name, all[0], btf.ErrMultipleMatches)
}

// FuncNames lists the names of the functions, sorted, each once.
func (t *Types) FuncNames() []string {
	if t == nil {
		return nil
	}
	var names []string
	for id := 1; id < len(t.ix.offs); id++ {
		h, _ := t.ix.header(uint32(id))
		if h.kind() != kindFunc {
			continue
		}
		if name, err := t.ix.str(h.nameOff); err == nil && name != "" {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// Enumerator returns the value of the first enumerator called name, in ID
// order: sign-extended for a signed 32-bit enum.
func (t *Types) Enumerator(name string) (int64, bool) {
	if t == nil || name == "" {
		return 0, false
	}
	for _, id := range t.ix.enums {
		h, _ := t.ix.header(id)
		if h.kind() == kindEnum {
			for i := range h.vlen() {
				if t.ix.isName(h.word(2*i), name) {
					v := h.word(2*i + 1)
					if h.kflag() {
						return int64(int32(v)), true
					}
					return int64(v), true
				}
			}
			continue
		}
		for i := range h.vlen() {
			if t.ix.isName(h.word(3*i), name) {
				return int64(uint64(h.word(3*i+2))<<32 | uint64(h.word(3*i+1))), true
			}
		}
	}
	return 0, false
}
