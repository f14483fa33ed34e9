package kbtf

import (
	"strings"

	"github.com/cilium/ebpf/btf"
)

// Finder looks types up by name: a *Types or a *btf.Spec.
type Finder interface {
	AnyTypesByName(name string) ([]btf.Type, error)
}

// ByName returns the types of Go type T called name, in ID order.
func ByName[T btf.Type](f Finder, name string) []T {
	var types []btf.Type
	var err error
	if k, ok := f.(*Types); ok {
		types, err = k.typesNamed(name, kindsOf[T]())
	} else {
		types, err = f.AnyTypesByName(name)
	}
	if err != nil {
		return nil
	}
	var out []T
	for _, t := range types {
		if x, ok := t.(T); ok {
			out = append(out, x)
		}
	}
	return out
}

// FindRecord returns the first struct or union called name ("struct foo",
// "union bar"), or nil.
func FindRecord(f Finder, name string) btf.Type {
	kind, bare, ok := strings.Cut(name, " ")
	if !ok || bare == "" {
		return nil
	}
	var types []btf.Type
	var err error
	if k, ok := f.(*Types); ok {
		types, err = k.typesNamed(bare, isRecord)
	} else {
		types, err = f.AnyTypesByName(bare)
	}
	if err != nil {
		return nil
	}
	for _, t := range types {
		switch t.(type) {
		case *btf.Struct:
			if kind == "struct" {
				return t
			}
		case *btf.Union:
			if kind == "union" {
				return t
			}
		}
	}
	return nil
}

func isRecord(kind uint32) bool { return kind == kindStruct || kind == kindUnion }

// kindsOf selects the BTF kinds decoded as T; nil selects all.
func kindsOf[T btf.Type]() kindSet {
	var zero T
	var want uint32
	switch any(zero).(type) {
	case *btf.Struct:
		want = kindStruct
	case *btf.Union:
		want = kindUnion
	case *btf.Typedef:
		want = kindTypedef
	case *btf.Func:
		want = kindFunc
	case *btf.Fwd:
		want = kindFwd
	case *btf.Int:
		want = kindInt
	case *btf.Var:
		want = kindVar
	case *btf.Datasec:
		want = kindDatasec
	case *btf.Float:
		want = kindFloat
	case *btf.Enum:
		return func(kind uint32) bool { return kind == kindEnum || kind == kindEnum64 }
	default:
		return nil
	}
	return func(kind uint32) bool { return kind == want }
}
