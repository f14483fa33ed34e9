package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/cilium/ebpf/btf"
)

// writeBTF writes to out the types of the BTF in that roots names, with
// everything they contain by value, typedefs and qualifiers; a pointer to
// a named record outside the roots points to a forward declaration
// instead, as the compiler only names such records. It returns the size
// written.
func writeBTF(in, out string, roots rootSet) (int, error) {
	spec, err := btf.LoadSpec(in)
	if err != nil {
		return 0, fmt.Errorf("read BTF: %w", err)
	}
	tr := &trimmer{keep: roots.records, memo: map[btf.Type]btf.Type{}, fwds: map[string]*btf.Fwd{}}
	var kept []btf.Type
	for t, err := range spec.All() {
		if err != nil {
			return 0, fmt.Errorf("read BTF: %w", err)
		}
		if tr.isRoot(t, roots) {
			kept = append(kept, tr.conv(t))
		}
	}
	if len(kept) == 0 {
		return 0, errors.New("no kernel type is used")
	}
	b, err := btf.NewBuilder(kept, nil)
	if err != nil {
		return 0, err
	}
	raw, err := b.Marshal(nil, nil)
	if err != nil {
		return 0, err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return 0, err
	}
	return len(raw), os.WriteFile(out, raw, 0o644)
}

// trimmer copies types, pruning pointers to records it does not keep.
type trimmer struct {
	keep map[string]bool // "struct foo"
	memo map[btf.Type]btf.Type
	fwds map[string]*btf.Fwd
}

// isRoot reports whether t is a record, typedef or enum the roots name.
func (tr *trimmer) isRoot(t btf.Type, roots rootSet) bool {
	switch t := t.(type) {
	case *btf.Struct:
		return t.Name != "" && roots.records["struct "+t.Name]
	case *btf.Union:
		return t.Name != "" && roots.records["union "+t.Name]
	case *btf.Typedef, *btf.Func:
		return roots.idents[t.TypeName()]
	case *btf.Enum:
		if roots.idents[t.Name] {
			return true
		}
		for _, v := range t.Values {
			if roots.idents[v.Name] {
				return true
			}
		}
	}
	return false
}

// conv returns the trimmed copy of t.
func (tr *trimmer) conv(t btf.Type) btf.Type {
	if c, ok := tr.memo[t]; ok {
		return c
	}
	switch t := t.(type) {
	case *btf.Pointer:
		c := &btf.Pointer{}
		tr.memo[t] = c
		c.Target = tr.pointee(t.Target)
		return c
	case *btf.Array:
		c := &btf.Array{Nelems: t.Nelems}
		tr.memo[t] = c
		c.Type, c.Index = tr.conv(t.Type), tr.conv(t.Index)
		return c
	case *btf.Struct:
		c := &btf.Struct{Name: t.Name, Size: t.Size}
		tr.memo[t] = c
		c.Members = tr.members(t.Members)
		return c
	case *btf.Union:
		c := &btf.Union{Name: t.Name, Size: t.Size}
		tr.memo[t] = c
		c.Members = tr.members(t.Members)
		return c
	case *btf.Typedef:
		c := &btf.Typedef{Name: t.Name}
		tr.memo[t] = c
		c.Type = tr.conv(t.Type)
		return c
	case *btf.Const:
		c := &btf.Const{}
		tr.memo[t] = c
		c.Type = tr.conv(t.Type)
		return c
	case *btf.Volatile:
		c := &btf.Volatile{}
		tr.memo[t] = c
		c.Type = tr.conv(t.Type)
		return c
	case *btf.Restrict:
		c := &btf.Restrict{}
		tr.memo[t] = c
		c.Type = tr.conv(t.Type)
		return c
	case *btf.TypeTag:
		// Type tags only annotate pointers (__user, __rcu); drop them.
		return tr.conv(t.Type)
	case *btf.Func:
		c := &btf.Func{Name: t.Name, Linkage: t.Linkage}
		tr.memo[t] = c
		c.Type = tr.conv(t.Type)
		return c
	case *btf.FuncProto:
		c := &btf.FuncProto{}
		tr.memo[t] = c
		c.Return = tr.conv(t.Return)
		for _, p := range t.Params {
			c.Params = append(c.Params, btf.FuncParam{Name: p.Name, Type: tr.conv(p.Type)})
		}
		return c
	case *btf.Int:
		c := *t
		tr.memo[t] = &c
		return &c
	case *btf.Enum:
		c := &btf.Enum{Name: t.Name, Size: t.Size, Signed: t.Signed, Values: append([]btf.EnumValue(nil), t.Values...)}
		tr.memo[t] = c
		return c
	case *btf.Float:
		c := *t
		tr.memo[t] = &c
		return &c
	case *btf.Fwd:
		c := *t
		tr.memo[t] = &c
		return &c
	}
	return t // void
}

func (tr *trimmer) members(ms []btf.Member) []btf.Member {
	out := make([]btf.Member, len(ms))
	for i, m := range ms {
		out[i] = btf.Member{Name: m.Name, Type: tr.conv(m.Type), Offset: m.Offset, BitfieldSize: m.BitfieldSize}
	}
	return out
}

// pointee converts what a pointer points to: a named record outside the
// roots, possibly qualified, becomes a forward declaration.
func (tr *trimmer) pointee(t btf.Type) btf.Type {
	switch u := t.(type) {
	case *btf.Struct:
		if u.Name != "" && !tr.keep["struct "+u.Name] {
			return tr.fwd(u.Name, btf.FwdStruct)
		}
	case *btf.Union:
		if u.Name != "" && !tr.keep["union "+u.Name] {
			return tr.fwd(u.Name, btf.FwdUnion)
		}
	case *btf.Const:
		return &btf.Const{Type: tr.pointee(u.Type)}
	case *btf.Volatile:
		return &btf.Volatile{Type: tr.pointee(u.Type)}
	case *btf.TypeTag:
		return tr.pointee(u.Type)
	}
	return tr.conv(t)
}

func (tr *trimmer) fwd(name string, kind btf.FwdKind) *btf.Fwd {
	key := fmt.Sprint(kind, name)
	if f, ok := tr.fwds[key]; ok {
		return f
	}
	f := &btf.Fwd{Name: name, Kind: kind}
	tr.fwds[key] = f
	return f
}
