package elfwriter

import (
	"encoding/binary"
	"fmt"

	"github.com/cilium/ebpf/btf"
)

// btfTypes builds the BTF of an object the way clang writes it for
// libbpf-style C: each map is an anonymous struct whose members are
// pointers, "__uint(name, N)" being "int (*name)[N]" and "__type(name, T)"
// being "T *name"; one VAR per map and per variable; one DATASEC per
// section that holds them.
type btfTypes struct {
	intT      *btf.Int                  // "int": element type of the __uint arrays
	arraySize *btf.Int                  // "__ARRAY_SIZE_TYPE__": index type of every array
	uints     map[uint32]*btf.Pointer   // N -> int (*)[N]
	ptrs      map[btf.Type]*btf.Pointer // T -> T *
	ints      map[uint32]*btf.Int       // size -> unsigned integer
}

func newBTFTypes() *btfTypes {
	return &btfTypes{
		intT:      &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed},
		arraySize: &btf.Int{Name: "__ARRAY_SIZE_TYPE__", Size: 4},
		uints:     make(map[uint32]*btf.Pointer),
		ptrs:      make(map[btf.Type]*btf.Pointer),
		ints:      make(map[uint32]*btf.Int),
	}
}

// uint returns the type of a "__uint(name, n)" member, shared between maps.
func (bt *btfTypes) uint(n uint32) *btf.Pointer {
	p := bt.uints[n]
	if p == nil {
		p = &btf.Pointer{Target: &btf.Array{Index: bt.arraySize, Type: bt.intT, Nelems: n}}
		bt.uints[n] = p
	}
	return p
}

// ptr returns a pointer to t, shared between maps.
func (bt *btfTypes) ptr(t btf.Type) *btf.Pointer {
	p := bt.ptrs[t]
	if p == nil {
		p = &btf.Pointer{Target: t}
		bt.ptrs[t] = p
	}
	return p
}

// unsigned returns the unsigned integer type "u<bits>" of size bytes.
func (bt *btfTypes) unsigned(size uint32) *btf.Int {
	i := bt.ints[size]
	if i == nil {
		i = &btf.Int{Name: fmt.Sprintf("u%d", 8*size), Size: size}
		bt.ints[size] = i
	}
	return i
}

// mapDef returns the anonymous struct that defines m.
func (bt *btfTypes) mapDef(m *Map) *btf.Struct {
	var members []btf.Member
	member := func(name string, t btf.Type) {
		members = append(members, btf.Member{Name: name, Type: t, Offset: btf.Bits(64 * len(members))})
	}
	member("type", bt.uint(uint32(m.Type)))
	if m.MaxEntries != 0 {
		member("max_entries", bt.uint(m.MaxEntries))
	}
	switch {
	case m.Key != nil:
		member("key", bt.ptr(m.Key))
	case m.KeySize != 0:
		member("key_size", bt.uint(m.KeySize))
	}
	switch {
	case m.Value != nil:
		member("value", bt.ptr(m.Value))
	case m.ValueSize != 0:
		member("value_size", bt.uint(m.ValueSize))
	}
	if m.Flags != 0 {
		member("map_flags", bt.uint(m.Flags))
	}
	return &btf.Struct{Size: uint32(8 * len(members)), Members: members}
}

// varType returns v's BTF type: the given one, or an unsigned integer or
// byte array of its size.
func (bt *btfTypes) varType(v *Variable) btf.Type {
	if v.Type != nil {
		return v.Type
	}
	switch v.Size {
	case 1, 2, 4, 8:
		return bt.unsigned(v.Size)
	}
	return &btf.Array{Index: bt.arraySize, Type: bt.unsigned(1), Nelems: v.Size}
}

// mapLayout places each map definition in .maps.
type mapLayout struct {
	offsets, sizes []uint32
	size           uint32 // size of .maps
}

// encodeBTF returns the .BTF and .BTF.ext contents for obj, whose
// programs are laid out in progs, and the layout of .maps.
func encodeBTF(obj *Object, bo binary.ByteOrder, progs []*progSection) (blob, ext []byte, layout mapLayout, err error) {
	err = safely("encode BTF", func() error {
		var roots []btf.Type
		bt := newBTFTypes()
		layout = mapLayout{offsets: make([]uint32, len(obj.Maps)), sizes: make([]uint32, len(obj.Maps))}
		if len(obj.Maps) > 0 {
			ds := &btf.Datasec{Name: ".maps"}
			for i := range obj.Maps {
				m := &obj.Maps[i]
				def := bt.mapDef(m)
				layout.offsets[i], layout.sizes[i] = layout.size, def.Size
				ds.Vars = append(ds.Vars, btf.VarSecinfo{
					Type:   &btf.Var{Name: m.Name, Type: def, Linkage: btf.GlobalVar},
					Offset: layout.size,
					Size:   def.Size,
				})
				layout.size += def.Size
			}
			ds.Size = layout.size
			roots = append(roots, ds)
		}
		for i := range obj.Data {
			d := &obj.Data[i]
			if len(d.Variables) == 0 {
				continue // the kernel refuses a DATASEC without variables
			}
			ds := &btf.Datasec{Name: d.Name, Size: d.Size}
			for _, v := range sortedVars(d.Variables) {
				ds.Vars = append(ds.Vars, btf.VarSecinfo{
					Type:   &btf.Var{Name: v.Name, Type: bt.varType(&v), Linkage: btf.GlobalVar},
					Offset: v.Offset,
					Size:   v.Size,
				})
			}
			roots = append(roots, ds)
		}
		b, err := btf.NewBuilder(roots, nil)
		if err != nil {
			return err
		}
		types, err := addExtTypes(b, obj, bt.intT)
		if err != nil {
			return err
		}
		blob, err = b.Marshal(nil, &btf.MarshalOptions{Order: bo})
		if err != nil {
			return err
		}
		blob, ext, err = encodeExt(blob, obj, progs, types, bo)
		return err
	})
	return blob, ext, layout, err
}

// typeSize returns the size of a key, value or variable: that of t when set
// (which must agree with a non-zero size), else size.
func typeSize(t btf.Type, size uint32) (n uint32, err error) {
	if t == nil {
		return size, nil
	}
	err = safely("BTF type", func() error {
		s, err := btf.Sizeof(t)
		if err != nil {
			return err
		}
		if size != 0 && uint64(s) != uint64(size) {
			return fmt.Errorf("type %v has %d bytes, size says %d", t, s, size)
		}
		n = uint32(s)
		return nil
	})
	return n, err
}

// safely runs f and turns a panic into an error. cilium's btf package may
// panic on malformed caller-built types (a nil *btf.Int in a struct member,
// say); Write must return an error instead.
func safely(step string, f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: malformed type: %v", step, r)
		}
	}()
	if err := f(); err != nil {
		return fmt.Errorf("%s: %w", step, err)
	}
	return nil
}
