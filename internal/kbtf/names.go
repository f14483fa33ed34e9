package kbtf

import "slices"

// Lookups by name compare name with the name of every named type (the
// functions apart, as most named types are functions, and few lookups
// want one): no index by name is built, as hashing every name of vmlinux
// costs more than all the lookups of a compilation.

// nameRef is a named type: its ID and its name's offset.
type nameRef struct {
	id, nameOff uint32
}

// named reports whether types of kind have a name cilium's TypeName
// returns (and so can be found by name).
func named(kind uint32) bool {
	switch kind {
	case kindInt, kindStruct, kindUnion, kindEnum, kindFwd, kindTypedef, kindFunc,
		kindVar, kindDatasec, kindFloat, kindEnum64:
		return true
	}
	return false
}

// isName reports whether the string at off is exactly name.
func (ix *index) isName(off uint32, name string) bool {
	end := uint64(off) + uint64(len(name))
	if end >= uint64(len(ix.strs)) || ix.strs[off] != name[0] || ix.strs[end] != 0 {
		return false
	}
	return string(ix.strs[off:end]) == name && (off == 0 || ix.strs[off-1] == 0)
}

// kindSet selects the kinds a lookup wants; nil is all.
type kindSet func(kind uint32) bool

// idsNamed returns, in ID order, the types of kinds named exactly name.
func (ix *index) idsNamed(name string, kinds kindSet) []uint32 {
	if name == "" {
		return nil
	}
	var ids []uint32
	if kinds == nil || kinds(kindFunc) {
		for _, r := range ix.funcs {
			if ix.isName(r.nameOff, name) {
				ids = append(ids, r.id)
			}
		}
	}
	funcs := len(ids)
	for _, r := range ix.other {
		if ix.isName(r.nameOff, name) && (kinds == nil || kinds(ix.kind(r.id))) {
			ids = append(ids, r.id)
		}
	}
	if funcs > 0 && len(ids) > funcs {
		slices.Sort(ids)
	}
	return ids
}

// kind returns the kind of type id, which exists.
func (ix *index) kind(id uint32) uint32 {
	return le.Uint32(ix.types[ix.offs[id]+4:]) >> 24 & 0x1f
}
