package kbtf

import (
	"fmt"
	"strings"

	"github.com/cilium/ebpf/btf"
)

// describe renders t and everything it holds by value. A named struct or
// union behind a pointer is only named: Types leaves its members to a
// lookup by name, cilium decodes them.
func describe(t btf.Type) string {
	d := &describer{seen: map[btf.Type]int{}}
	d.walk(t, false, 0)
	return d.sb.String()
}

type describer struct {
	sb   strings.Builder
	seen map[btf.Type]int
}

func (d *describer) line(depth int, format string, args ...any) {
	d.sb.WriteString(strings.Repeat(" ", depth))
	fmt.Fprintf(&d.sb, format, args...)
	d.sb.WriteByte('\n')
}

func (d *describer) walk(t btf.Type, viaPtr bool, depth int) {
	if n, ok := d.seen[t]; ok {
		d.line(depth, "#%d", n)
		return
	}
	switch t.(type) {
	case *btf.Struct, *btf.Union:
		if viaPtr && t.TypeName() != "" {
			d.line(depth, "%T %s", t, t.TypeName())
			return
		}
	}
	if _, ok := t.(*btf.Void); !ok {
		d.seen[t] = len(d.seen)
	}
	switch t := t.(type) {
	case *btf.Void:
		d.line(depth, "void %v", t == nil)
	case *btf.Int:
		d.line(depth, "int %s %d %v", t.Name, t.Size, t.Encoding)
	case *btf.Pointer:
		d.line(depth, "ptr")
		d.walk(t.Target, true, depth+1)
	case *btf.Array:
		d.line(depth, "array %d", t.Nelems)
		d.walk(t.Index, false, depth+1)
		d.walk(t.Type, false, depth+1)
	case *btf.Struct:
		d.line(depth, "struct %s %d %v", t.Name, t.Size, t.Tags)
		d.members(t.Members, depth)
	case *btf.Union:
		d.line(depth, "union %s %d %v", t.Name, t.Size, t.Tags)
		d.members(t.Members, depth)
	case *btf.Enum:
		d.line(depth, "enum %s %d %v %v", t.Name, t.Size, t.Signed, t.Values)
	case *btf.Fwd:
		d.line(depth, "fwd %s %v", t.Name, t.Kind)
	case *btf.Typedef:
		d.line(depth, "typedef %s %v", t.Name, t.Tags)
		d.walk(t.Type, viaPtr, depth+1)
	case *btf.Volatile:
		d.line(depth, "volatile")
		d.walk(t.Type, viaPtr, depth+1)
	case *btf.Const:
		d.line(depth, "const")
		d.walk(t.Type, viaPtr, depth+1)
	case *btf.Restrict:
		d.line(depth, "restrict")
		d.walk(t.Type, viaPtr, depth+1)
	case *btf.TypeTag:
		d.line(depth, "typetag %s", t.Value)
		d.walk(t.Type, viaPtr, depth+1)
	case *btf.Func:
		d.line(depth, "func %s %v %v %v", t.Name, t.Linkage, t.Tags, t.ParamTags)
		d.walk(t.Type, false, depth+1)
	case *btf.FuncProto:
		d.line(depth, "proto")
		d.walk(t.Return, false, depth+1)
		for _, p := range t.Params {
			d.line(depth+1, "param %s", p.Name)
			d.walk(p.Type, false, depth+2)
		}
	case *btf.Var:
		d.line(depth, "var %s %v %v", t.Name, t.Linkage, t.Tags)
		d.walk(t.Type, false, depth+1)
	case *btf.Datasec:
		d.line(depth, "datasec %s %d", t.Name, t.Size)
		for _, v := range t.Vars {
			d.line(depth+1, "at %d size %d", v.Offset, v.Size)
			d.walk(v.Type, false, depth+2)
		}
	case *btf.Float:
		d.line(depth, "float %s %d", t.Name, t.Size)
	default:
		d.line(depth, "%T", t)
	}
}

func (d *describer) members(ms []btf.Member, depth int) {
	for _, m := range ms {
		d.line(depth+1, "member %s at %d bits %d %v", m.Name, m.Offset, m.BitfieldSize, m.Tags)
		d.walk(m.Type, false, depth+2)
	}
}
