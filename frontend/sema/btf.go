package sema

import (
	"github.com/cilium/ebpf/btf"

	"github.com/bpftc/bpftc/internal/kbtf"
)

// kernelTypes gives the kernel's types from its BTF (/sys/kernel/btf/vmlinux,
// or the file Options.BTFPath names), as bpftrace 0.17 does when a script
// names a type it does not define (PRE-08). The BTF is opened on first use
// only, and kbtf decodes just the types looked up (with what they hold by
// value), not the whole of vmlinux.
type kernelTypes struct {
	path    string // BTF file; "" means the running kernel's
	loaded  bool
	spec    *kbtf.Types // answers as a *btf.Spec would
	enums   map[string]int64
	records map[string]*Record
	anon    map[btf.Type]*Record
}

func newKernelTypes(path string) *kernelTypes {
	return &kernelTypes{path: path, records: map[string]*Record{}, anon: map[btf.Type]*Record{}, enums: map[string]int64{}}
}

// load reads the kernel's BTF once; without it every lookup fails.
func (k *kernelTypes) load() bool {
	if !k.loaded {
		k.loaded = true
		k.spec, _ = kbtf.Open(k.path)
	}
	return k.spec != nil
}

// enum returns the value of a kernel enumerator.
func (k *kernelTypes) enum(name string) (int64, bool) {
	if v, ok := k.enums[name]; ok {
		return v, true
	}
	if !k.load() {
		return 0, false
	}
	v, ok := k.spec.Enumerator(name)
	if ok {
		k.enums[name] = v
	}
	return v, ok
}

// has reports whether the kernel defines a record called name
// ("struct foo").
func (k *kernelTypes) has(name string) bool {
	return k.lookup(name) != nil
}

// lookup finds the BTF struct or union called name ("struct foo").
func (k *kernelTypes) lookup(name string) btf.Type {
	if !k.load() {
		return nil
	}
	if kind, _ := splitRecordName(name); kind == "" {
		return nil
	}
	return kbtf.FindRecord(k.spec, name)
}

func splitRecordName(name string) (kind, bare string) {
	for _, k := range []string{"struct ", "union "} {
		if len(name) > len(k) && name[:len(k)] == k {
			return k[:len(k)-1], name[len(k):]
		}
	}
	return "", ""
}

// record returns the layout of the kernel record called name, or nil.
func (k *kernelTypes) record(name string) *Record {
	if r, ok := k.records[name]; ok {
		return r
	}
	t := k.lookup(name)
	if t == nil {
		return nil
	}
	return k.layout(t, name)
}

// typedef types a kernel typedef.
func (k *kernelTypes) typedef(name string) *Type {
	if !k.load() {
		return nil
	}
	tds := kbtf.ByName[*btf.Typedef](k.spec, name)
	if len(tds) == 0 {
		return nil
	}
	return k.convert(tds[0].Type)
}

// layout converts a BTF struct or union; members of anonymous nested
// records are flattened into it, as clang shows them to bpftrace.
func (k *kernelTypes) layout(t btf.Type, name string) *Record {
	var members []btf.Member
	var size uint32
	switch t := t.(type) {
	case *btf.Struct:
		members, size = t.Members, t.Size
	case *btf.Union:
		members, size = t.Members, t.Size
	default:
		return nil
	}
	r := &Record{Name: name, Size: int(size), Align: 1, Kernel: true, BTF: t}
	if name != "" {
		k.records[name] = r
	} else {
		k.anon[t] = r
	}
	for i, m := range members {
		ft := k.convert(m.Type)
		r.Align = max(r.Align, ft.Align())
		if ft.Kind == KindRecord && ft.Record != nil {
			r.Align = max(r.Align, ft.Record.Align)
		}
		off := int(m.Offset)
		f := &RecordField{Name: m.Name, Offset: off / 8, Type: ft, Access: []int{i}}
		if m.BitfieldSize > 0 {
			f.Bits, f.BitOffset = int(m.BitfieldSize), off%8
		}
		if m.Name == "" {
			if ft.Kind == KindRecord && ft.Record != nil {
				for _, sub := range ft.Record.Fields {
					c := *sub
					c.Offset += off / 8
					c.Access = append([]int{i}, sub.Access...)
					r.Fields = append(r.Fields, &c)
				}
			}
			continue
		}
		r.Fields = append(r.Fields, f)
	}
	return r
}

// convert types a BTF type as clang types bpftrace's generated header.
// Pointed-to records are only named; they are laid out when dereferenced.
func (k *kernelTypes) convert(t btf.Type) *Type {
	switch t := btf.UnderlyingType(t).(type) {
	case *btf.Int:
		switch {
		case t.Encoding == btf.Bool:
			return IntType(int(t.Size), false)
		case t.Name == "char":
			return IntType(1, true)
		case t.Size == 1 || t.Size == 2 || t.Size == 4 || t.Size == 8:
			return IntType(int(t.Size), t.Encoding == btf.Signed)
		}
		return &Type{Kind: KindNone, Size: int(t.Size)}
	case *btf.Pointer:
		return PtrType(k.pointee(t.Target), ASNone)
	case *btf.Array:
		if in, ok := btf.UnderlyingType(t.Type).(*btf.Int); ok && in.Name == "char" {
			return StringType(int(t.Nelems))
		}
		return ArrayType(k.convert(t.Type), int(t.Nelems))
	case *btf.Struct:
		return k.recordType(t, "struct", t.Name)
	case *btf.Union:
		return k.recordType(t, "union", t.Name)
	case *btf.Enum:
		return IntType(int(t.Size), false)
	case *btf.Float:
		return &Type{Kind: KindNone, Size: int(t.Size)}
	case *btf.Fwd:
		kind := "struct"
		if t.Kind == btf.FwdUnion {
			kind = "union"
		}
		return &Type{Kind: KindRecord, Name: kind + " " + t.Name}
	}
	return &Type{Kind: KindNone}
}

func (k *kernelTypes) recordType(t btf.Type, kind, name string) *Type {
	if name == "" {
		r, ok := k.anon[t]
		if !ok {
			r = k.layout(t, "")
			r.Name = kind + " (anonymous)"
		}
		return RecordType(r)
	}
	full := kind + " " + name
	r, ok := k.records[full]
	if !ok {
		r = k.layout(t, full)
	}
	return RecordType(r)
}

// pointee types what a pointer points to without laying out named
// records.
func (k *kernelTypes) pointee(t btf.Type) *Type {
	switch u := btf.UnderlyingType(t).(type) {
	case *btf.Struct:
		if u.Name != "" {
			return &Type{Kind: KindRecord, Name: "struct " + u.Name}
		}
	case *btf.Union:
		if u.Name != "" {
			return &Type{Kind: KindRecord, Name: "union " + u.Name}
		}
	case *btf.Void:
		return &Type{Kind: KindNone}
	}
	return k.convert(t)
}
