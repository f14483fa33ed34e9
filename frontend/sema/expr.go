package sema

import (
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/source"
)

// builtinTypes are the types of the builtin variables bpftc supports.
var builtinTypes = map[string]*Type{
	"pid": Uint64, "tid": Uint64, "uid": Uint64, "gid": Uint64, "nsecs": Uint64,
	"cpu": Uint64, "rand": Uint64, "cgroup": Uint64, "numaid": Uint64,
	"comm": StringType(16),
}

// expr checks e and returns its type, or nil after an error.
func (c *checker) expr(e ast.Expr) *Type {
	t := c.exprType(e)
	if t != nil {
		c.info.Types[e] = t
	}
	return t
}

func (c *checker) exprType(e ast.Expr) *Type {
	switch e := e.(type) {
	case *ast.Integer:
		return Int64
	case *ast.String:
		t := StringType(len(e.Value) + 1)
		t.AS = ASKernel // bpftrace 0.17 keeps literals on the BPF stack
		return t
	case *ast.Builtin:
		return c.builtin(e)
	case *ast.Positional:
		// A non-numeric parameter is an error, but still an int64 (no
		// follow-up errors), as in bpftrace.
		c.positionalInt(e)
		return Int64
	case *ast.PositionalCount:
		return Int64
	case *ast.Var:
		t := c.vars[e.Name]
		if t == nil {
			c.errorf(e, "Undefined or undeclared variable: %s", e.Name)
		}
		return t
	case *ast.Map:
		keys := c.mapKeys(e)
		_ = keys
		mi := c.maps[e.Name]
		if mi == nil || mi.Value == nil {
			if c.quiet {
				// Maybe assigned later, as in @n = @n + 1: guess an
				// integer so the assignment can type the map.
				return Int64
			}
			c.errorf(e, "Undefined map: %s", e.Name)
			return nil
		}
		return internal(mi.Value)
	case *ast.Binary:
		return c.binary(e)
	case *ast.Unary:
		return c.unary(e)
	case *ast.Ternary:
		return c.ternary(e)
	case *ast.Field:
		return c.field(e)
	case *ast.Cast:
		return c.cast(e)
	case *ast.Tuple:
		return c.tuple(e)
	case *ast.TupleIndex:
		t := c.expr(e.X)
		if t == nil {
			if c.isNone(e.X) {
				c.badTupleIndex(e, nil)
			}
			return nil
		}
		if t.Kind != KindTuple {
			c.badTupleIndex(e, t)
			return nil
		}
		if e.Index < 0 || int(e.Index) >= len(t.Elems) {
			c.errorf(e, "Invalid tuple index: %d. Found %d elements in tuple.", e.Index, len(t.Elems))
			return nil
		}
		return internal(t.Elems[e.Index])
	case *ast.Index:
		return c.index(e)
	case *ast.Sizeof:
		return c.sizeof(e)
	case *ast.Offsetof:
		return c.offsetof(e)
	case *ast.Call:
		return c.call(e, false)
	case *ast.Identifier:
		return c.identifier(e)
	}
	c.errorf(e, "this expression is not supported yet by bpftc")
	return nil
}

// internal returns t marked as held in BPF memory when it is a record or
// an array (map values, tuple elements).
func internal(t *Type) *Type {
	if !t.IsAggregate() || t.Internal {
		return t
	}
	u := *t
	u.Internal = true
	return &u
}

// withAS returns t with address space as.
func withAS(t *Type, as AddrSpace) *Type {
	if t.AS == as {
		return t
	}
	u := *t
	u.AS = as
	return &u
}

func (c *checker) builtin(e *ast.Builtin) *Type {
	if t, ok := c.probeBuiltin(e); ok {
		return t
	}
	if t, ok := c.tracingBuiltin(e); ok {
		return t
	}
	if t, ok := c.langBuiltin(e); ok {
		return t
	}
	switch e.Name {
	case "args":
		for _, a := range c.probe.Attach {
			if a.Format == nil {
				c.errorf(e, "The args builtin can only be used with tracepoint/kfunc/uprobeprobes (%s used here)", a.Provider)
				return nil
			}
		}
		if c.probe.Args == nil {
			c.errorf(e, "The args builtin can only be used with tracepoint/kfunc/uprobeprobes (%s used here)", c.probeKind())
			return nil
		}
		as := ASKernel
		if cat, _ := splitColon(c.probe.Attach[len(c.probe.Attach)-1].Target); cat == "syscalls" {
			as = ASUser
		}
		return &Type{Kind: KindArgs, Size: 8, AS: as}
	case "curtask":
		return PtrType(&Type{Kind: KindRecord, Name: "struct task_struct"}, ASKernel)
	case "cpid":
		return c.cpid(e)
	}
	if t, ok := builtinTypes[e.Name]; ok {
		return t
	}
	c.errorf(e, "builtin %s is not supported yet by bpftc", e.Name)
	return nil
}

func (c *checker) probeKind() string {
	if len(c.probe.Attach) > 0 {
		return c.probe.Attach[0].Provider
	}
	return "none"
}

// probeAS is the address space bpftrace 0.17 assumes for the probe's
// pointers (find_addrspace of its single provider type).
func (c *checker) probeAS() AddrSpace {
	prov := ""
	for i, a := range c.probe.Attach {
		if i > 0 && a.Provider != prov {
			return ASNone
		}
		prov = a.Provider
	}
	switch prov {
	case "tracepoint", "kprobe", "kretprobe", "kfunc", "kretfunc", "iter", "rawtracepoint":
		return ASKernel
	case "uprobe", "uretprobe", "usdt":
		return ASUser
	}
	return ASNone
}

// identifier types an enum constant.
func (c *checker) identifier(e *ast.Identifier) *Type {
	if v, ok := c.ctypes().enum(e.Name); ok {
		c.setConst(e, v)
		return Uint64
	}
	c.earlyErrorf(e, "Unknown identifier: '%s'", e.Name)
	return nil
}

// setConst records the compile-time value of e.
func (c *checker) setConst(e ast.Expr, v int64) {
	if c.info.Consts == nil {
		c.info.Consts = map[ast.Expr]int64{}
	}
	c.info.Consts[e] = v
}

// resolve fills in the layout of a record type named but not yet looked
// up (kernel types, records defined after a pointer to them); it returns
// nil when the record is unknown. A name always stands for the same
// layout, so t is completed in place.
func (c *checker) resolve(t *Type) *Type {
	if t.Kind != KindRecord || t.Record != nil {
		return t
	}
	r := c.ctypes().record(t.Name)
	if r == nil {
		return nil
	}
	t.Record, t.Size = r, r.Size
	return t
}

// noteRead records that a probe_read of memory in as is generated: one
// with no address space makes bpftrace 0.17 warn once.
func (c *checker) noteRead(as AddrSpace) {
	if as == ASNone && !c.quiet {
		c.typeState().asNone = true
	}
}

func span(a, b source.Span) source.Span { return source.Span{Start: a.Start, End: b.End} }

func (c *checker) errorAt(s source.Span, format string, args ...any) {
	if !c.quiet {
		c.diags.Errorf(s, format, args...)
	}
}

func (c *checker) warnAt(s source.Span, format string, args ...any) {
	if !c.quiet {
		c.diags.Warnf(s, format, args...)
	}
}

func (c *checker) ternary(e *ast.Ternary) *Type {
	ct := c.expr(e.Cond)
	tt, et := c.expr(e.Then), c.expr(e.Else)
	if ct == nil || tt == nil || et == nil {
		if ct == nil && tt != nil && et != nil && tt.Kind == et.Kind && c.isNone(e.Cond) {
			c.errorf(e, "Invalid condition in ternary: none")
		}
		return nil
	}
	if tt.Kind != et.Kind {
		c.errorf(e, "Ternary operator must return the same type: have '%s' and '%s'", tt.Kind.word(), et.Kind.word())
	}
	if ct.Kind != KindInt {
		c.errorf(e, "Invalid condition in ternary: %s", ct.Kind.word())
	}
	switch tt.Kind {
	case KindString:
		return StringType(64)
	case KindInt:
		return IntType(8, tt.Signed)
	case KindNone:
		return None
	}
	c.errorf(e, "Ternary return type unsupported %s", tt.Kind.word())
	return nil
}

func (c *checker) tuple(e *ast.Tuple) *Type {
	t := &Type{Kind: KindTuple}
	for _, x := range e.Elems {
		et := c.expr(x)
		if et == nil || et.Kind == KindNone || et.Size == 0 {
			return nil
		}
		if et.IsAggregate() {
			c.noteRead(et.AS)
		}
		t.Elems = append(t.Elems, internal(et))
	}
	t.Size = t.StorageSize()
	return t
}

// index types x[i] on arrays and pointers (literal indices only in 0.17).
func (c *checker) index(e *ast.Index) *Type {
	xt, it := c.expr(e.X), c.expr(e.Index)
	if xt == nil || it == nil {
		return nil
	}
	if xt.Kind != KindArray && xt.Kind != KindPtr {
		c.errorf(e, "The array index operator [] can only be used on arrays and pointers, found %s.", xt.Kind.word())
		c.markNone(e)
		return nil
	}
	elem := xt.Elem
	if xt.Kind == KindPtr {
		if r := c.resolve(elem); r != nil {
			elem = r
		}
		if elem.Size == 0 {
			c.errorf(e, "The array index operator [] cannot be used on a pointer to an unsized type (void *).")
			if elem.Kind == KindNone {
				c.markNone(e)
				return nil
			}
		}
	}
	n, lit := c.literalIndex(e.Index)
	switch {
	case it.Kind != KindInt || !lit:
		c.errorf(e, "The array index operator [] only accepts literal integer indices.")
	case xt.Kind == KindArray && (n < 0 || n >= int64(xt.Len)):
		c.errorf(e, "the index %d is out of bounds for array of size %d", n, xt.Len)
	}
	c.setConst(e.Index, n)
	t := withAS(elem, xt.AS)
	if xt.Internal && xt.Kind == KindArray {
		t = internal(t)
	}
	if !t.IsAggregate() && !(xt.Internal && xt.Kind == KindArray) {
		c.noteRead(xt.AS)
	}
	return t
}

// literalIndex evaluates an integer literal or positional parameter.
func (c *checker) literalIndex(e ast.Expr) (int64, bool) {
	switch e.(type) {
	case *ast.Integer, *ast.Positional:
		return c.constInt(e)
	}
	return 0, false
}

// sizeof types sizeof(type) and sizeof(expr); the size is a constant.
func (c *checker) sizeof(e *ast.Sizeof) *Type {
	if e.X != nil {
		t := c.expr(e.X)
		if t == nil {
			return nil
		}
		if t.Kind == KindRecord {
			if t = c.resolve(t); t == nil {
				return nil
			}
		}
		c.setConst(e, int64(t.Size))
		return Uint64
	}
	name := e.Type.Name
	if t, ok := castTypes[name]; ok && e.Type.Ptr == 0 {
		c.setConst(e, int64(t.Size))
		return Uint64
	}
	_, isRecord := splitRecordName(name)
	if isRecord == "" {
		if _, ok := c.ctypes().enum(name); ok {
			c.setConst(e, 8)
			return Uint64
		}
	}
	if r := c.ctypes().record(name); r != nil {
		c.setConst(e, int64(r.Size))
		return Uint64
	}
	c.errorf(e.Type, "Unknown identifier: '%s'", name)
	return nil
}

// offsetof types offsetof(type, field[.field...]) and offsetof(expr,
// field), a bpftrace 0.18 addition (0.17 calls it an unknown function)
// that bpftc accepts with 0.18's messages (sub-fields are 0.23's).
func (c *checker) offsetof(e *ast.Offsetof) *Type {
	var t *Type
	if e.X != nil {
		if t = c.expr(e.X); t == nil {
			return nil
		}
	} else {
		t = &Type{Kind: KindRecord, Name: e.Type.Name}
		if _, ok := castTypes[e.Type.Name]; ok {
			t = castTypes[e.Type.Name]
		}
	}
	off := 0
	for _, name := range e.Field {
		if t.Kind != KindRecord {
			c.errorf(e, "offsetof() 1st argument is not of a record type.")
			return nil
		}
		rt := c.resolve(t)
		if rt == nil {
			c.errorf(e, "'%s' does not exist.", t)
			return nil
		}
		f := rt.Record.Field(name)
		if f == nil {
			c.errorf(e, "'%s' has no field named '%s'", rt, name)
			return nil
		}
		c.noteRecordField(rt.Record, f)
		off += f.Offset
		t = f.Type
	}
	c.setConst(e, int64(off))
	return Uint64
}

func typeName(t *Type) string {
	if t == nil {
		return "none"
	}
	return t.String()
}

// argsStructName is the record bpftrace 0.17 generates for a tracepoint's
// args.
func (c *checker) argsStructName() string {
	if n, ok := c.ctxStructName(); ok {
		return n
	}
	a := c.probe.Attach[0]
	return "struct _tracepoint_" + tpStructName(a.Target)
}

// field types x.f and x->f.
func (c *checker) field(e *ast.Field) *Type {
	xt := c.expr(e.X)
	if xt == nil {
		return nil
	}
	if xt.Kind == KindArgs {
		if !e.Arrow {
			c.earlyErrorf(e, "Can not access field '%s' on type '(ctx) %s *'. Try dereferencing it first, or using '->'", e.Name, c.argsStructName())
			return nil
		}
		return c.argsField(e, xt)
	}
	if e.Arrow {
		at := source.Span{Start: e.Range.Start, End: e.Range.End - source.Pos(len(e.Name))}
		rec := xt.Kind == KindRecord
		if xt = c.deref(xt, at); xt == nil {
			if !rec {
				c.errorf(e, "Can not access field '%s' on expression of type 'none'", e.Name)
				c.markNone(e)
			}
			return nil
		}
	}
	switch xt.Kind {
	case KindPtr:
		c.earlyErrorf(e, "Can not access field '%s' on type '%s'. Try dereferencing it first, or using '->'", e.Name, xt)
		return nil
	case KindTuple:
		c.errorf(e, "Tuples must be indexed with a constant and non-negative integer")
		return nil
	case KindRecord:
	default:
		c.errorf(e, "Can not access field '%s' on expression of type '%s'", e.Name, xt)
		c.markNone(e)
		return nil
	}
	rt := c.resolve(xt)
	if rt == nil {
		c.earlyErrorf(e, "Unknown struct/union: '%s'", xt.Name)
		return nil
	}
	f := rt.Record.Field(e.Name)
	if f == nil {
		c.earlyErrorf(e, "Struct/union of type '%s' does not contain a field named '%s'", rt.Name, e.Name)
		return nil
	}
	c.noteRecordField(rt.Record, f)
	t := withAS(f.Type, xt.AS)
	if xt.Internal {
		t = internal(t)
	} else if !t.IsAggregate() {
		c.noteRead(xt.AS)
	}
	return t
}

// deref types *x (at is where bpftrace reports it: the operator, or the
// whole "x->" of a field access).
func (c *checker) deref(t *Type, at source.Span) *Type {
	switch t.Kind {
	case KindPtr:
		elem := t.Elem
		if elem.Kind == KindRecord {
			elem = c.resolve(elem)
			if elem == nil {
				// Reported by the field access or the use of the value.
				elem = t.Elem
			}
		}
		r := withAS(elem, t.AS)
		if r.Internal {
			u := *r
			u.Internal = false
			r = &u
		}
		if r.IsIntLike() {
			c.noteRead(t.AS)
		}
		return r
	case KindRecord:
		c.earlyErrorAt(at, "Can not dereference struct/union of type '%s'. It is not a pointer.", t.Name)
		return nil
	case KindInt:
		c.noteRead(t.AS)
		return Uint64
	}
	c.errorAt(at, "The dereference operator can not be used on expressions of type '%s'", t)
	return nil
}

// argsField types args->name for tracepoints.
func (c *checker) argsField(e *ast.Field, args *Type) *Type {
	if c.probe.Ctx != nil {
		return c.ctxField(e)
	}
	var ft *Type
	for i, a := range c.probe.Attach {
		f := a.Format.Field(e.Name)
		if f == nil {
			if len(e.Name) > 7 && e.Name[:7] == "common_" {
				c.earlyErrorf(e, "BPF does not support accessing common tracepoint fields")
			} else {
				c.earlyErrorf(e, "Struct/union of type 'struct _tracepoint_%s' does not contain a field named '%s'", tpStructName(a.Target), e.Name)
			}
			return nil
		}
		if i > 0 {
			if first := c.probe.Args.Field(e.Name); first == nil || *first != *f {
				c.errorf(e, "args->%s has a different layout in %s than in %s", e.Name, a.Name, c.probe.Attach[0].Name)
				return nil
			}
		}
		switch {
		case f.DataLoc:
			// bpftrace 0.17 rewrites a __data_loc field to a u64 holding
			// the data's address (ctx + offset).
			ft = IntType(8, false)
		case f.Array > 0 && isCharType(f.CType):
			ft = StringType(f.Size)
		case f.Array > 0:
			es := f.Size / f.Array
			et := c.cFieldType(f.CType, es, f.Signed)
			if et == nil || et.Kind != KindInt {
				c.errorf(e, "array field %s is not supported yet by bpftc", e.Name)
				return nil
			}
			ft = ArrayType(et, f.Array)
		case f.Pointer:
			ft = PtrType(c.pointee(f.CType), ASNone)
		case f.Size == 1 || f.Size == 2 || f.Size == 4 || f.Size == 8:
			ft = IntType(f.Size, f.Signed)
		default:
			c.errorf(e, "field %s of %d bytes is not supported yet by bpftc", e.Name, f.Size)
			return nil
		}
	}
	c.noteArgsField(e.Name)
	return withAS(ft, args.AS)
}

func isCharType(ct string) bool {
	return ct == "char" || ct == "unsigned char" || ct == "const char" || ct == "signed char"
}

// cFieldType types an integer element of a tracepoint array field.
func (c *checker) cFieldType(ctype string, size int, signed bool) *Type {
	if size == 1 || size == 2 || size == 4 || size == 8 {
		return IntType(size, signed)
	}
	return nil
}

// pointee types what a tracepoint field of C type "T *" points to.
func (c *checker) pointee(ctype string) *Type {
	words := stripQualifiers(ctype)
	n := 0
	for len(words) > 0 && words[len(words)-1] == '*' {
		words = trimSpace(words[:len(words)-1])
		n++
	}
	t, _, ok := c.ctypes().named(words, true)
	if !ok || t == nil {
		t = &Type{Kind: KindRecord, Name: words}
		if !ok {
			t = &Type{Kind: KindNone}
		}
	}
	for i := 1; i < n; i++ {
		t = PtrType(t, ASNone)
	}
	return t
}

func stripQualifiers(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && isIdentByte(s[j]) {
			j++
		}
		if j > i {
			w := s[i:j]
			if w != "const" && w != "volatile" && w != "__user" && w != "__restrict" && w != "restrict" {
				if len(out) > 0 && out[len(out)-1] != ' ' {
					out = append(out, ' ')
				}
				out = append(out, w...)
			}
			i = j
			continue
		}
		if s[i] == '*' {
			out = append(out, '*')
		}
		i++
	}
	return trimSpace(string(out))
}

func trimSpace(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	for len(s) > 0 && s[len(s)-1] == ' ' {
		s = s[:len(s)-1]
	}
	return s
}

func tpStructName(target string) string {
	cat, ev := splitColon(target)
	return cat + "_" + ev
}

var castTypes = map[string]*Type{
	"int8": IntType(1, true), "int16": IntType(2, true), "int32": IntType(4, true), "int64": IntType(8, true),
	"uint8": IntType(1, false), "uint16": IntType(2, false), "uint32": IntType(4, false), "uint64": IntType(8, false),
}

func (c *checker) cast(e *ast.Cast) *Type {
	xt := c.expr(e.X)
	if xt == nil {
		return nil
	}
	switch {
	case xt.Kind == KindRecord:
		c.earlyErrorf(e, "Cannot cast from struct type \"%s\"", xt)
	case xt.Kind == KindNone:
		c.earlyErrorf(e, "Cannot cast from \"%s\" type", xt)
	}
	if it, ok := castTypes[e.Type.Name]; ok {
		if e.Type.Ptr > 0 {
			if xt.Kind == KindArgs {
				c.earlyErrorf(e, "Integer pointer casts are not supported for type: ctx")
			}
			t := PtrType(it, xt.AS)
			if e.Type.Ptr > 1 {
				t = PtrType(t, xt.AS)
			}
			return t
		}
		if xt.Kind != KindInt && xt.Kind != KindRecord && xt.Kind != KindPtr && xt.Kind != KindArgs {
			c.earlyErrorf(e, "Casts are not supported for type: \"%s\"", xt)
			return nil
		}
		return withAS(it, xt.AS)
	}
	name := e.Type.Name
	if !c.ctypes().hasRecord(name) {
		c.earlyErrorf(e, "Unknown struct/union: '%s'", name)
		return nil
	}
	if e.Type.Ptr == 0 {
		c.earlyErrorf(e, "Cannot cast to struct type \"%s\"", name)
		return nil
	}
	as := xt.AS
	if as == ASNone {
		as = c.probeAS()
	}
	t := PtrType(RecordType(c.ctypes().record(name)), as)
	if e.Type.Ptr > 1 {
		t = PtrType(t, as)
	}
	return t
}

// binary types a binary operation as bpftrace 0.17 does, with its
// warnings; the type is returned even after an error, as bpftrace goes on.
func (c *checker) binary(e *ast.Binary) *Type {
	xt, yt := c.expr(e.X), c.expr(e.Y)
	if xt == nil || yt == nil {
		c.noneBinary(e, xt, yt)
		return nil
	}
	if xt.Kind == KindPtr || yt.Kind == KindPtr {
		return c.binaryPtr(e, xt, yt)
	}
	signed := xt.Signed && yt.Signed
	if e.Op == ast.OpShl || e.Op == ast.OpShr {
		signed = xt.Signed
	}
	t := IntType(8, signed)
	switch {
	case xt.AS != yt.AS && xt.AS != ASNone && yt.AS != ASNone:
		c.warnf(e, "Addrspace mismatch")
	case xt.AS != ASNone:
		t.AS = xt.AS
	default:
		t.AS = yt.AS
	}
	both := span(e.X.Loc(), e.Y.Loc())
	switch {
	case xt.Kind == KindInt && yt.Kind == KindInt:
		c.binaryInt(e, xt, yt)
	case xt.Kind == KindArray && yt.Kind == KindArray:
		if e.Op != ast.OpEq && e.Op != ast.OpNe {
			c.errorf(e, "The %s operator cannot be used on arrays.", e.Op)
		}
		if xt.Len != yt.Len {
			c.errorf(e, "Only arrays of same size support comparison operators.")
		}
		if xt.Elem.Kind != KindInt || !xt.Equal(yt) {
			c.errorf(e, "Only arrays of same sized integer support comparison operators.")
		}
	case xt.Kind != yt.Kind:
		// bpftrace checks operand types in its final pass only.
		if !c.quiet {
			c.finals.Errorf(both, "Type mismatch for '%s': comparing '%s' with '%s'", e.Op, xt, yt)
		}
	case e.Op != ast.OpEq && e.Op != ast.OpNe:
		c.finalErrorf(e, "The %s operator can not be used on expressions of types %s, %s", e.Op, xt, yt)
	case e.Op == ast.OpEq && xt.Kind == KindString:
		lit, str := e.X, e.Y
		if _, ok := lit.(*ast.String); !ok {
			lit, str = str, lit
		}
		ls, lok := lit.(*ast.String)
		_, sok := str.(*ast.String)
		if lok && !sok && len(ls.Value) > c.info.Types[str].Size {
			c.warnAt(both, "The literal is longer than the variable string (size=%d), condition will always be false", c.info.Types[str].Size)
		}
	}
	return t
}

// binaryInt gives bpftrace's warnings about signedness.
func (c *checker) binaryInt(e *ast.Binary, xt, yt *Type) {
	lsign, rsign := xt.Signed, yt.Signed
	if lsign != rsign {
		switch {
		case lsign && nonNegLiteral(e.X):
			lsign = false
		case rsign && nonNegLiteral(e.Y):
			rsign = false
		default:
			switch e.Op {
			case ast.OpEq, ast.OpNe, ast.OpLe, ast.OpGe, ast.OpLt, ast.OpGt:
				c.warnf(e, "comparison of integers of different signs: '%s' and '%s' can lead to undefined behavior", xt, yt)
			case ast.OpAdd, ast.OpSub, ast.OpMul, ast.OpDiv, ast.OpMod:
				c.warnf(e, "arithmetic on integers of different signs: '%s' and '%s' can lead to undefined behavior", xt, yt)
			}
		}
	}
	if e.Op == ast.OpDiv || e.Op == ast.OpMod {
		if lsign && nonNegLiteral(e.X) {
			lsign = false
		}
		if rsign && nonNegLiteral(e.Y) {
			rsign = false
		}
		if lsign || rsign {
			c.warnf(e, "signed operands for '%s' can lead to undefined behavior (cast to unsigned to silence warning)", e.Op)
		}
	}
}

// binaryPtr types pointer arithmetic and comparisons (EXP-09).
func (c *checker) binaryPtr(e *ast.Binary, xt, yt *Type) *Type {
	leftPtr := xt.Kind == KindPtr
	ptr, other := xt, yt
	if !leftPtr {
		ptr, other = yt, xt
	}
	compare := false
	switch e.Op {
	case ast.OpEq, ast.OpNe, ast.OpLe, ast.OpGe, ast.OpLt, ast.OpGt:
		compare = true
	}
	invalid := func() *Type {
		c.errorf(e, "The %s operator can not be used on expressions of types %s, %s", e.Op, xt, yt)
		return nil
	}
	switch other.Kind {
	case KindPtr:
		if !compare {
			return invalid()
		}
		if !xt.Elem.Equal(yt.Elem) {
			c.warnAt(span(e.X.Loc(), e.Y.Loc()), "comparison of distinct pointer types ('%s, '%s')", xt.Elem, yt.Elem)
		}
		return Uint64
	case KindInt:
		switch {
		case e.Op == ast.OpSub && !leftPtr:
			return invalid()
		case e.Op == ast.OpAdd || e.Op == ast.OpSub:
			c.resolve(ptr.Elem) // scaled by its size
			return PtrType(ptr.Elem, ptr.AS)
		case compare:
			return Int64
		}
	}
	return invalid()
}

// nonNegLiteral reports whether e is a literal that is not negative;
// positional parameters are literals in bpftrace 0.17.
func nonNegLiteral(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Integer:
		return e.Value >= 0
	case *ast.Positional:
		return true
	case *ast.PositionalCount:
		return true
	}
	return false
}

func (c *checker) unary(e *ast.Unary) *Type {
	switch e.Op {
	case ast.OpInc, ast.OpDec:
		var t *Type
		switch x := e.X.(type) {
		case *ast.Var:
			t = c.vars[x.Name]
			if t == nil {
				c.errorf(x, "Undefined or undeclared variable: %s", x.Name)
				return nil
			}
			c.info.Types[x] = t
		case *ast.Map:
			keys := c.mapKeys(x)
			mi := c.maps[x.Name]
			if mi == nil || mi.Value == nil {
				c.defineMap(x, keys, Int64, e)
				mi = c.maps[x.Name]
			}
			t = mi.Value
			c.info.Types[x] = t
		default:
			c.errorf(e, "The %s operator must be applied to a map or variable", e.Op)
			return nil
		}
		if t.Kind != KindInt && t.Kind != KindPtr {
			c.errorf(e, "The %s operator can not be used on expressions of type '%s'", e.Op, t)
			return nil
		}
		if t.Kind == KindPtr {
			c.resolve(t.Elem) // stepped by its size
			return t
		}
		return IntType(8, t.Signed)
	}
	t := c.expr(e.X)
	if t == nil {
		return nil
	}
	if e.Op == ast.OpDeref {
		r := c.deref(t, e.Loc())
		if r == nil && t.Kind != KindRecord {
			c.markNone(e)
		}
		return r
	}
	if t.Kind != KindInt {
		c.errorf(e, "The %s operator can not be used on expressions of type '%s'", e.Op, t)
		// bpftrace goes on with an integer type.
		if e.Op == ast.OpLNot && t.Size != 1 && t.Size != 2 && t.Size != 4 && t.Size != 8 {
			return nil
		}
	}
	if e.Op == ast.OpLNot {
		return IntType(t.Size, false)
	}
	return IntType(8, t.Signed)
}
