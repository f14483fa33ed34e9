package sema

import (
	"strconv"
	"strings"

	"github.com/cilium/ebpf/btf"

	"github.com/bpftc/bpftc/frontend/tracepoint"
)

// Tracepoint args through CO-RE. A tracepoint's record is, in the kernel's
// BTF, struct trace_event_raw_CLASS, CLASS being the event class
// (DECLARE_EVENT_CLASS) the event is defined from: the event's own name
// for TRACE_EVENT (sched:sched_switch), a template's for DEFINE_EVENT
// (sched:sched_wakeup is sched_wakeup_template's). Neither tracefs nor
// BTF links an event to its class by name, so the class is found by what
// the two agree on:
//
//   - btf_trace_EVENT, the typedef of the event's probe prototype, must be
//     in the BTF: it is there for every tracepoint of vmlinux, and is not
//     for syscalls:* (ftrace's own events, whose record is the generic
//     trace_event_raw_sys_enter) nor for events of modules;
//   - the class's struct must list exactly the format file's fields, with
//     the same names (__data_loc_NAME for a __data_loc field), offsets and
//     sizes, between its trace_entry header and __data;
//   - the class's probe function, __bpf_trace_CLASS, must take the
//     event's prototype (typedefs and qualifiers aside).
//
// EVENT itself is tried first; otherwise every class whose struct has
// the format's field names and offsets is a candidate, and exactly one
// candidate must pass. When none or several do (about 2% of this
// machine's events: classes with identical records and prototypes) args
// keeps the format file's fixed offsets, which the loader checks. A
// disagreement between the format file and BTF, as when --tracefs and
// --btf come from different kernels, falls back the same way rather than
// failing: the object is then what it was before CO-RE, checked at load.

// TPRecord is a tracepoint record's type in the kernel's BTF, whose layout
// agrees with the event's format file.
type TPRecord struct {
	Name string // "struct trace_event_raw_sched_wakeup_template"
	BTF  *btf.Struct
	// Members locates the args fields in BTF; __data_loc fields, whose
	// member is the u32 word, are left out.
	Members map[string]TPMember
}

// TPMember is where an args field is in TPRecord.BTF.
type TPMember struct {
	Index int // member index: the field's access string is "0:Index"
	Elem  int // element size of an array member, 0 otherwise
}

// argsRecord sets pi.ArgsCORE, once, to the record type every tracepoint
// the probe attaches to shares, if any: one program reads every event's
// record at the same offsets.
func (c *checker) argsRecord(pi *ProbeInfo) {
	if pi.argsResolved {
		return
	}
	pi.argsResolved = true
	var rec *TPRecord
	for _, a := range pi.Attach {
		if a.Provider != ProviderTracepoint || a.Format == nil {
			return
		}
		r := c.tpRecord(a.Target, a.Format)
		if r == nil || rec != nil && r.BTF != rec.BTF {
			return
		}
		rec = r
	}
	pi.ArgsCORE = rec
}

// tpRecord finds the record type of the tracepoint "cat:event", once per
// check.
func (c *checker) tpRecord(target string, f *tracepoint.Format) *TPRecord {
	sc := c.sysCache()
	if r, ok := sc.tpRecords[target]; ok {
		return r
	}
	r := c.findTPRecord(target, f)
	if sc.tpRecords == nil {
		sc.tpRecords = map[string]*TPRecord{}
	}
	sc.tpRecords[target] = r
	return r
}

func (c *checker) findTPRecord(target string, f *tracepoint.Format) *TPRecord {
	cat, ev := splitColon(target)
	// syscalls:* never have a record of their own (see above): no need
	// to read the kernel's types for them.
	if cat == "syscalls" || len(f.Fields) == 0 {
		return nil
	}
	k := c.ctypes().kernel
	if k == nil || !k.load() {
		return nil
	}
	proto := k.tpProto(ev)
	if proto == nil {
		return nil
	}
	if r := k.tpClassRecord(ev, f, proto); r != nil {
		return r
	}
	if c.sysCache().tpIndex == nil {
		c.sysCache().tpIndex = scanTPClasses(k.spec)
	}
	var found *TPRecord
	for _, class := range c.sysCache().tpIndex.bySig[formatSignature(f)] {
		if class == ev {
			continue
		}
		if r := k.tpClassRecord(class, f, proto); r != nil {
			if found != nil {
				return nil // two classes fit: which one is the event's is unknown
			}
			found = r
		}
	}
	return found
}

// tpProto returns the prototype the btf_trace_EVENT typedef points to.
func (k *kernelTypes) tpProto(event string) *btf.FuncProto {
	types, err := k.spec.AnyTypesByName("btf_trace_" + event)
	if err != nil {
		return nil
	}
	for _, t := range types {
		if td, ok := t.(*btf.Typedef); ok {
			if p, ok := btf.UnderlyingType(td.Type).(*btf.Pointer); ok {
				if fp, ok := btf.UnderlyingType(p.Target).(*btf.FuncProto); ok {
					return fp
				}
			}
		}
	}
	return nil
}

// tpClassRecord returns struct trace_event_raw_CLASS when its layout is
// format f's and __bpf_trace_CLASS takes proto.
func (k *kernelTypes) tpClassRecord(class string, f *tracepoint.Format, proto *btf.FuncProto) *TPRecord {
	s := k.structNamed("trace_event_raw_" + class)
	if s == nil {
		return nil
	}
	rec := &TPRecord{Name: "struct " + s.Name, BTF: s, Members: map[string]TPMember{}}
	ms := s.Members
	if len(ms) < len(f.Fields)+1 || ms[0].Name != "ent" || ms[0].Offset != 0 {
		return nil
	}
	for _, m := range ms[len(f.Fields)+1:] {
		if m.Name != "__data" {
			return nil
		}
	}
	for i, fd := range f.Fields {
		m := ms[i+1]
		name := fd.Name
		if fd.DataLoc {
			name = "__data_loc_" + fd.Name
		}
		size, err := btf.Sizeof(m.Type)
		if m.Name != name || m.BitfieldSize != 0 || m.Offset%8 != 0 || int(m.Offset.Bytes()) != fd.Offset || err != nil || size != fd.Size {
			return nil
		}
		if fd.DataLoc {
			continue
		}
		tm := TPMember{Index: i + 1}
		if arr, ok := btf.UnderlyingType(m.Type).(*btf.Array); ok {
			es, err := btf.Sizeof(arr.Type)
			if err != nil || es <= 0 {
				return nil
			}
			tm.Elem = es
		}
		rec.Members[fd.Name] = tm
	}
	fn := k.funcNamed("__bpf_trace_" + class)
	if fn == nil || !sameParams(fn, proto) {
		return nil
	}
	return rec
}

// structNamed returns the struct called name, or nil.
func (k *kernelTypes) structNamed(name string) *btf.Struct {
	types, err := k.spec.AnyTypesByName(name)
	if err != nil {
		return nil
	}
	for _, t := range types {
		if s, ok := t.(*btf.Struct); ok {
			return s
		}
	}
	return nil
}

// funcNamed returns the prototype of the function called name, or nil.
func (k *kernelTypes) funcNamed(name string) *btf.FuncProto {
	types, err := k.spec.AnyTypesByName(name)
	if err != nil {
		return nil
	}
	for _, t := range types {
		if f, ok := t.(*btf.Func); ok {
			if fp, ok := f.Type.(*btf.FuncProto); ok {
				return fp
			}
		}
	}
	return nil
}

// formatSignature lists f's fields as the class index does: "name@offset"
// in order, __data_loc fields by their member's name.
func formatSignature(f *tracepoint.Format) string {
	var sb strings.Builder
	for i, fd := range f.Fields {
		if i > 0 {
			sb.WriteByte(' ')
		}
		if fd.DataLoc {
			sb.WriteString("__data_loc_")
		}
		sb.WriteString(fd.Name)
		sb.WriteByte('@')
		sb.WriteString(strconv.Itoa(fd.Offset))
	}
	return sb.String()
}

// sameParams reports whether two prototypes take the same parameters,
// typedefs and qualifiers aside (an event may spell its class's
// prototype with other typedefs: uint64_t for xfs_fsblock_t).
func sameParams(a, b *btf.FuncProto) bool {
	if len(a.Params) != len(b.Params) {
		return false
	}
	for i := range a.Params {
		if !sameShape(a.Params[i].Type, b.Params[i].Type, 2) {
			return false
		}
	}
	return true
}

// sameShape compares two types without their typedefs and qualifiers,
// following pointers depth levels deep; records compare by name.
func sameShape(a, b btf.Type, depth int) bool {
	a, b = bareType(a), bareType(b)
	switch x := a.(type) {
	case *btf.Void:
		_, ok := b.(*btf.Void)
		return ok
	case *btf.Int:
		y, ok := b.(*btf.Int)
		return ok && x.Size == y.Size && x.Encoding == y.Encoding
	case *btf.Enum:
		y, ok := b.(*btf.Enum)
		return ok && x.Size == y.Size
	case *btf.Pointer:
		y, ok := b.(*btf.Pointer)
		return ok && (depth == 0 || sameShape(x.Target, y.Target, depth-1))
	case *btf.Array:
		y, ok := b.(*btf.Array)
		return ok && x.Nelems == y.Nelems && sameShape(x.Type, y.Type, depth)
	case *btf.FuncProto:
		_, ok := b.(*btf.FuncProto)
		return ok
	case *btf.Struct, *btf.Union, *btf.Fwd:
		switch b.(type) {
		case *btf.Struct, *btf.Union, *btf.Fwd:
			return a.TypeName() == b.TypeName()
		}
		return false
	}
	return a.TypeName() == b.TypeName()
}

// bareType strips typedefs and qualifiers.
func bareType(t btf.Type) btf.Type {
	for range 32 {
		switch x := t.(type) {
		case *btf.Typedef:
			t = x.Type
		case *btf.Const:
			t = x.Type
		case *btf.Volatile:
			t = x.Type
		case *btf.Restrict:
			t = x.Type
		case *btf.TypeTag:
			t = x.Type
		default:
			return t
		}
	}
	return t
}
