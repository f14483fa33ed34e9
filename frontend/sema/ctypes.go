package sema

import (
	"fmt"
	"strings"

	"github.com/bpftc/bpftc/frontend/ast"
)

// cTypes resolves the C types a script names: the records and enums of its
// preamble, C base types and common typedefs, and (lazily, only when a
// script needs one) the kernel's types from BTF. Layouts follow the x86-64
// System V ABI, as clang computes them for bpftrace 0.17.
type cTypes struct {
	decls   map[string]*ast.CDecl // "struct foo" -> its definition
	top     map[*ast.CDecl]*ast.CDecl
	records map[string]*Record
	busy    map[string]bool
	unnamed map[*ast.CDecl]string
	// enums holds every enumerator's value; enumTypes the defined enums.
	enums     map[string]int64
	enumTypes map[string]bool
	defs      string // the preamble as handed to clang
	kernel    *kernelTypes
	// kernChecked says whether kernel types were checked for conflicts
	// with the preamble's.
	kernChecked bool
	// errs are clang's complaints ("definitions.h:2:14: error: ..."); missing
	// says one was an unknown type name.
	errs    []string
	missing bool
}

func newCTypes(p *ast.Program, kernel *kernelTypes) *cTypes {
	ct := &cTypes{
		decls:     map[string]*ast.CDecl{},
		top:       map[*ast.CDecl]*ast.CDecl{},
		records:   map[string]*Record{},
		busy:      map[string]bool{},
		unnamed:   map[*ast.CDecl]string{},
		enums:     map[string]int64{},
		enumTypes: map[string]bool{},
		defs:      p.CDefinitions,
		kernel:    kernel,
	}
	for _, it := range p.Preamble {
		if d, ok := it.(*ast.CDecl); ok {
			ct.declare(d, d)
		}
	}
	// Lay out every record now, as clang would, to report unknown types.
	for _, it := range p.Preamble {
		if d, ok := it.(*ast.CDecl); ok && d.Kind != ast.CEnum && d.Name != "" {
			ct.record(d.Kind.String() + " " + d.Name)
		}
	}
	return ct
}

// declare registers d and the named records defined inside it.
func (ct *cTypes) declare(d, top *ast.CDecl) {
	ct.top[d] = top
	if d.Kind == ast.CEnum {
		for _, e := range d.Enumerators {
			ct.enums[e.Name] = e.Value
		}
		if d.Name != "" {
			ct.enumTypes["enum "+d.Name] = true
		}
		return
	}
	if d.Name != "" {
		ct.decls[d.Kind.String()+" "+d.Name] = d
	}
	for _, f := range d.Fields {
		if f.Type != nil && f.Type.Decl != nil {
			ct.declare(f.Type.Decl, top)
		}
	}
}

// enum returns the value of an enumerator.
func (ct *cTypes) enum(name string) (int64, bool) {
	if v, ok := ct.enums[name]; ok {
		return v, true
	}
	if k := ct.kern(); k != nil {
		return k.enum(name)
	}
	return 0, false
}

// kern returns the kernel's types, or nil when they cannot be used: like
// bpftrace 0.17, a preamble that redefines a kernel record makes clang
// reject the BTF header, and then no kernel type is known.
func (ct *cTypes) kern() *kernelTypes {
	if ct.kernel == nil || ct.kernChecked {
		return ct.kernel
	}
	ct.kernChecked = true
	for name := range ct.decls {
		if ct.kernel.has(name) {
			ct.kernel = nil
			break
		}
	}
	return ct.kernel
}

// hasRecord reports whether a record called name ("struct foo") exists.
func (ct *cTypes) hasRecord(name string) bool {
	return ct.record(name) != nil
}

// record returns the layout of the record called name, or nil.
func (ct *cTypes) record(name string) *Record {
	if r, ok := ct.records[name]; ok {
		return r
	}
	d := ct.decls[name]
	if d == nil {
		k := ct.kern()
		if k == nil {
			return nil
		}
		r := k.record(name)
		ct.records[name] = r
		return r
	}
	if ct.busy[name] {
		return nil
	}
	ct.busy[name] = true
	r := ct.layout(d, name)
	delete(ct.busy, name)
	ct.records[name] = r
	return r
}

// layout computes the layout of a struct or union definition.
func (ct *cTypes) layout(d *ast.CDecl, name string) *Record {
	r := &Record{Name: name, Align: 1}
	off := 0 // in bits
	for _, f := range d.Fields {
		t, calign := ct.fieldType(d, f)
		if t == nil {
			continue
		}
		size := t.Size
		fo, bitOff := 0, 0
		switch {
		case f.Bits >= 0:
			unit := size * 8
			if d.Kind == ast.CUnion {
				fo, bitOff = 0, 0
			} else {
				// A bit-field sits in the storage unit of its type that
				// holds its first bit, unless it would cross the unit's end.
				if f.Bits == 0 {
					off = alignBits(off, unit)
					continue
				}
				if off/unit != (off+f.Bits-1)/unit {
					off = alignBits(off, unit)
				}
				// bpftrace 0.17 places it at the byte holding its first bit.
				fo = off / 8
				bitOff = off % 8
				off += f.Bits
			}
			r.Align = max(r.Align, calign)
			if f.Name != "" {
				r.Fields = append(r.Fields, &RecordField{Name: f.Name, Offset: fo, Type: t, Bits: f.Bits, BitOffset: bitOff})
			}
			if d.Kind == ast.CUnion {
				off = max(off, alignBits(f.Bits, 8))
			}
			continue
		case d.Kind == ast.CUnion:
			fo = 0
			off = max(off, size*8)
		default:
			off = alignBits(off, calign*8)
			fo = off / 8
			off += size * 8
		}
		r.Align = max(r.Align, calign)
		if f.Name == "" && t.Kind == KindRecord && t.Record != nil {
			// Members of an anonymous struct or union belong to the parent.
			for _, sub := range t.Record.Fields {
				c := *sub
				c.Offset += fo
				r.Fields = append(r.Fields, &c)
			}
			continue
		}
		r.Fields = append(r.Fields, &RecordField{Name: f.Name, Offset: fo, Type: t})
	}
	r.Size = alignBits(off, r.Align*8) / 8
	return r
}

func alignBits(n, a int) int {
	if a <= 0 {
		return n
	}
	return (n + a - 1) / a * a
}

// fieldType types a member of record d; it also returns its C alignment.
// Unknown types are reported as clang would.
func (ct *cTypes) fieldType(d *ast.CDecl, f *ast.CField) (*Type, int) {
	ctype := f.Type
	if ctype == nil {
		return nil, 1
	}
	var t *Type
	calign := 1
	switch {
	case ctype.Func:
		// A function pointer: a pointer to nothing bpftrace reads.
		t, calign = PtrType(None, ASNone), 8
	case ctype.Decl != nil && ctype.Decl.Kind != ast.CEnum:
		name := ctype.Name
		if name == "" {
			name = ct.unnamedName(d, ctype.Decl)
		}
		var r *Record
		if ctype.Decl.Name != "" {
			r = ct.record(name)
		} else {
			r = ct.records[name]
			if r == nil {
				r = ct.layout(ctype.Decl, name)
				ct.records[name] = r
			}
		}
		if r == nil {
			return nil, 1
		}
		t, calign = RecordType(r), r.Align
	case ctype.Decl != nil: // inline enum
		t, calign = IntType(4, false), 4
	default:
		var ok bool
		t, calign, ok = ct.named(ctype.Name, ctype.Ptr > 0 || ctype.Func)
		if !ok {
			ct.errorAt(d, ctype.Name, "error: unknown type name '%s'", ctype.Name)
			ct.missing = true
			return nil, 1
		}
		if t == nil && ctype.Ptr == 0 && len(ctype.Dims) == 0 || t != nil && t.Kind == KindNone && t.Size == 0 && ctype.Ptr == 0 {
			ct.errorAt(d, f.Name, "error: field has incomplete type '%s'", ctype.Name)
			if t == nil {
				ct.errorAt(d, ctype.Name, "note: forward declaration of '%s'", ctype.Name)
			}
			return nil, 1
		}
		if t == nil {
			// A pointer to a record laid out later (or never).
			t = &Type{Kind: KindRecord, Name: ctype.Name}
		}
	}
	for i := 0; i < ctype.Ptr && !ctype.Func; i++ {
		t, calign = PtrType(t, ASNone), 8
	}
	for i := len(ctype.Dims) - 1; i >= 0; i-- {
		n := int(max(ctype.Dims[i], 0))
		if t.Kind == KindInt && t.Size == 1 && t.Signed && isPlainChar(ctype, i) {
			t = StringType(n)
		} else {
			t = ArrayType(t, n)
		}
	}
	return t, calign
}

// isPlainChar reports whether the innermost element of a field's array
// type is plain char (not signed or unsigned char), which bpftrace 0.17
// turns into a string.
func isPlainChar(ctype *ast.CType, dim int) bool {
	return dim == len(ctype.Dims)-1 && ctype.Ptr == 0 && canonicalWords(ctype.Name) == "char"
}

// named resolves a base type, typedef or "struct x" name. A record not
// (yet) laid out returns a nil type with ok set when ptrOnly allows it.
func (ct *cTypes) named(name string, ptrOnly bool) (*Type, int, bool) {
	if t, ok := baseCType(canonicalWords(name)); ok {
		if t.Kind == KindNone {
			return t, 1, true
		}
		return t, t.Size, true
	}
	if td, ok := cTypedefs[name]; ok {
		t, _ := baseCType(td)
		return t, t.Size, true
	}
	if ct.enumTypes[name] {
		return IntType(4, false), 4, true
	}
	if strings.HasPrefix(name, "struct ") || strings.HasPrefix(name, "union ") {
		if ptrOnly {
			// Laid out when dereferenced.
			return nil, 8, true
		}
		r := ct.record(name)
		if r == nil {
			return nil, 8, true
		}
		return RecordType(r), r.Align, true
	}
	if strings.HasPrefix(name, "enum ") {
		return IntType(4, false), 4, ptrOnly || ct.kern() != nil
	}
	if k := ct.kern(); k != nil {
		if t := k.typedef(name); t != nil {
			return t, t.Align(), true
		}
	}
	return nil, 1, false
}

// canonicalWords normalises C base type words: "long unsigned int" ->
// "unsigned long", "signed" -> "int".
func canonicalWords(name string) string {
	if !strings.ContainsRune(name, ' ') {
		switch name {
		case "signed", "__signed__":
			return "int"
		case "unsigned":
			return "unsigned int"
		}
		return name
	}
	var unsigned, signed bool
	longs, base := 0, ""
	for _, w := range strings.Fields(name) {
		switch w {
		case "unsigned":
			unsigned = true
		case "signed", "__signed__":
			signed = true
		case "long":
			longs++
		case "int":
			if base == "" {
				base = "int"
			}
		default:
			base = w
		}
	}
	switch {
	case longs == 1 && base == "double":
		return "long double"
	case longs > 0:
		base = strings.Repeat("long ", longs)
		base = base[:len(base)-1]
	case base == "":
		base = "int"
	}
	switch {
	case unsigned:
		return "unsigned " + base
	case signed && base == "char":
		return "signed char"
	}
	return base
}

// baseCType types a canonical C base type name.
func baseCType(name string) (*Type, bool) {
	switch name {
	case "char", "signed char":
		return IntType(1, true), true
	case "unsigned char", "_Bool", "bool":
		return IntType(1, false), true
	case "short", "signed short":
		return IntType(2, true), true
	case "unsigned short":
		return IntType(2, false), true
	case "int":
		return IntType(4, true), true
	case "unsigned int":
		return IntType(4, false), true
	case "long", "long long":
		return IntType(8, true), true
	case "unsigned long", "unsigned long long":
		return IntType(8, false), true
	case "void":
		return &Type{Kind: KindNone}, true
	case "float":
		return &Type{Kind: KindNone, Size: 4}, true
	case "double":
		return &Type{Kind: KindNone, Size: 8}, true
	case "long double", "__int128", "unsigned __int128":
		return &Type{Kind: KindNone, Size: 16}, true
	}
	return nil, false
}

// cTypedefs are the typedefs scripts use most, with the kernel's meaning
// (bpftrace 0.17 takes unknown names from the kernel's BTF).
var cTypedefs = map[string]string{
	"int8_t": "signed char", "uint8_t": "unsigned char", "int16_t": "short", "uint16_t": "unsigned short",
	"int32_t": "int", "uint32_t": "unsigned int", "int64_t": "long", "uint64_t": "unsigned long",
	"s8": "signed char", "u8": "unsigned char", "s16": "short", "u16": "unsigned short",
	"s32": "int", "u32": "unsigned int", "s64": "long long", "u64": "unsigned long long",
	"__s8": "signed char", "__u8": "unsigned char", "__s16": "short", "__u16": "unsigned short",
	"__s32": "int", "__u32": "unsigned int", "__s64": "long long", "__u64": "unsigned long long",
	"__be16": "unsigned short", "__le16": "unsigned short", "__be32": "unsigned int", "__le32": "unsigned int",
	"__be64": "unsigned long long", "__le64": "unsigned long long",
	"size_t": "unsigned long", "ssize_t": "long", "uintptr_t": "unsigned long", "intptr_t": "long",
	"ptrdiff_t": "long", "pid_t": "int", "uid_t": "unsigned int", "gid_t": "unsigned int",
	"off_t": "long", "loff_t": "long long", "dev_t": "unsigned int", "ino_t": "unsigned long",
	"umode_t": "unsigned short", "time64_t": "long long", "ktime_t": "long long",
	"gfp_t": "unsigned int", "sector_t": "unsigned long long", "bool": "_Bool",
}

// unnamedName names an anonymous record defined inside d as clang does:
// "struct Outer::(unnamed at definitions.h:LINE:COL)".
func (ct *cTypes) unnamedName(outer, d *ast.CDecl) string {
	if n, ok := ct.unnamed[d]; ok {
		return n
	}
	parent := outer.Name
	if parent == "" {
		parent = ct.unnamed[outer]
		parent = parent[strings.IndexByte(parent, ' ')+1:]
	}
	line, col := ct.position(ct.top[d], d)
	n := fmt.Sprintf("%s %s::(unnamed at definitions.h:%d:%d)", d.Kind, parent, line, col)
	ct.unnamed[d] = n
	return n
}

// position finds where nested definition d starts in the preamble as
// clang sees it (definitions.h has one line before the script's).
func (ct *cTypes) position(top, d *ast.CDecl) (int, int) {
	if top == nil {
		return 2, 1
	}
	start := strings.Index(ct.defs, top.Text)
	if start < 0 {
		start = 0
	}
	// The k-th "struct {" / "union {" of the text is the k-th definition
	// in pre-order.
	k := declIndex(top, d, new(int))
	pos := nthRecordKeyword(top.Text, k)
	abs := start + pos
	line := 2 + strings.Count(ct.defs[:abs], "\n")
	col := abs - (strings.LastIndexByte(ct.defs[:abs], '\n') + 1) + 1
	return line, col
}

func declIndex(cur, want *ast.CDecl, n *int) int {
	if cur == want {
		return *n
	}
	*n++
	for _, f := range cur.Fields {
		if f.Type != nil && f.Type.Decl != nil {
			if i := declIndex(f.Type.Decl, want, n); i >= 0 {
				return i
			}
		}
	}
	return -1
}

// nthRecordKeyword returns the offset of the k-th struct/union/enum keyword
// of text that starts a definition (is followed by a "{").
func nthRecordKeyword(text string, k int) int {
	for i := 0; i < len(text); i++ {
		if !isIdentByte(text[i]) || i > 0 && isIdentByte(text[i-1]) {
			continue
		}
		j := i
		for j < len(text) && isIdentByte(text[j]) {
			j++
		}
		w := text[i:j]
		if w != "struct" && w != "union" && w != "enum" {
			i = j
			continue
		}
		m := j
		for m < len(text) && (text[m] == ' ' || text[m] == '\t' || text[m] == '\n' || isIdentByte(text[m])) {
			m++
		}
		if m < len(text) && text[m] == '{' {
			if k == 0 {
				return i
			}
			k--
		}
		i = j
	}
	return 0
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// errorAt records clang's error about word inside definition d.
func (ct *cTypes) errorAt(d *ast.CDecl, word, format string, args ...any) {
	line, col := ct.wordPosition(d, word)
	ct.errs = append(ct.errs, fmt.Sprintf("definitions.h:%d:%d: %s", line, col, fmt.Sprintf(format, args...)))
}

// wordPosition finds the first whole-word occurrence of word in the
// definition holding d ("struct x" looks for x).
func (ct *cTypes) wordPosition(d *ast.CDecl, word string) (int, int) {
	top := ct.top[d]
	if top == nil {
		return 2, 1
	}
	start := strings.Index(ct.defs, top.Text)
	if i := strings.LastIndexByte(word, ' '); i >= 0 {
		word = word[i+1:]
	}
	pos := wordIndex(top.Text, word)
	if start < 0 || pos < 0 {
		return 2, 1
	}
	abs := start + pos
	line := 2 + strings.Count(ct.defs[:abs], "\n")
	col := abs - (strings.LastIndexByte(ct.defs[:abs], '\n') + 1) + 1
	return line, col
}

// wordIndex finds name as a whole word in text.
func wordIndex(text, name string) int {
	for i := 0; i+len(name) <= len(text); i++ {
		if text[i:i+len(name)] == name && (i == 0 || !isIdentByte(text[i-1])) && (i+len(name) == len(text) || !isIdentByte(text[i+len(name)])) {
			return i
		}
	}
	return -1
}
