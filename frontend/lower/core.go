package lower

import (
	"strconv"
	"strings"

	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/ir"
	"github.com/bpftc/bpftc/loader/abi"
)

// CO-RE: reads of kernel records typed from the kernel's BTF do not use
// the offsets of the kernel the script is compiled on. Each field offset
// is an ir.OpCoreOff carrying its BTF access path, which the object
// records as a relocation, and the loader rewrites for the running kernel
// (as clang's __builtin_preserve_access_index does). The path starts where
// a pointer to a kernel record is dereferenced (p->f, *p, p[i], a record
// variable) and grows with every member and array index taken by value
// (p->a.b[2]); anything else (bit-fields, the script's own structs)
// keeps the compile-time offset.

// corePath is how an aggregate's offset relocates: the kernel record its
// pointer points to and the access path from it.
type corePath struct {
	rec    *sema.Record
	access []int
	fields []fieldRef // the fields followed, for the metadata
}

type fieldRef struct {
	rec *sema.Record
	f   *sema.RecordField
}

// coreRoot starts a's path when a is, at index first, an element of an
// array of kernel records t in kernel memory.
func (l *lowerer) coreRoot(a aggregate, t *sema.Type, first int64) aggregate {
	a.core = nil
	if a.internal || t == nil || t.Kind != sema.KindRecord || t.Record == nil {
		return a
	}
	r := t.Record
	if !r.Kernel || r.BTF == nil || strings.Contains(r.Name, "(anonymous)") || first < 0 || first > 1<<20 {
		return a
	}
	a.core = &corePath{rec: r, access: []int{int(first)}}
	return a
}

// fieldOf returns member f of record r held in a.
func (l *lowerer) fieldOf(a aggregate, r *sema.Record, f *sema.RecordField) aggregate {
	a.off += int64(f.Offset)
	if a.core == nil || f.Bits != 0 || len(f.Access) == 0 {
		a.core = nil
		return a
	}
	c := *a.core
	c.access = append(append([]int(nil), c.access...), f.Access...)
	c.fields = append(append([]fieldRef(nil), c.fields...), fieldRef{r, f})
	a.core = &c
	return a
}

// elemOf returns element idx (of size bytes) of the array held in a.
func (l *lowerer) elemOf(a aggregate, idx int64, size int) aggregate {
	a.off += idx * int64(size)
	if a.core == nil || idx < 0 || idx > 1<<20 {
		a.core = nil
		return a
	}
	c := *a.core
	c.access = append(append([]int(nil), c.access...), int(idx))
	a.core = &c
	return a
}

// relocated returns a's offset as an OpCoreOff value, or nil when a has
// no path or its offset is that of the record itself.
func (l *lowerer) relocated(a aggregate) *ir.Value {
	c := a.core
	if c == nil || len(c.access) == 1 && c.access[0] == 0 {
		return nil
	}
	var sb strings.Builder
	for i, x := range c.access {
		if i > 0 {
			sb.WriteByte(':')
		}
		sb.WriteString(strconv.Itoa(x))
	}
	acc := sb.String()
	key := c.rec.Name + " " + acc
	if l.mod.CoreFields == nil {
		l.mod.CoreFields = map[string]ir.CoreField{}
	}
	l.mod.CoreFields[key] = ir.CoreField{Type: c.rec.BTF, Access: acc}
	v := l.b.value(ir.OpCoreOff, ir.I64)
	v.Aux, v.Sym = a.off, key
	for _, fr := range c.fields {
		l.markCORE(fr)
	}
	return v
}

// markCORE records in the metadata that reads of fr are relocated.
func (l *lowerer) markCORE(fr fieldRef) {
	for i := range l.meta.Fields {
		x := &l.meta.Fields[i]
		if x.Source == abi.SourceBTF && x.Type == fr.rec.Name && x.Field == fr.f.Name {
			x.CORE = true
		}
	}
}
