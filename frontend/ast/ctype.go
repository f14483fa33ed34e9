package ast

// CKind says whether a [CDecl] is a struct, a union or an enum.
type CKind uint8

// C definition kinds.
const (
	CStruct CKind = iota
	CUnion
	CEnum
)

// String returns the C keyword of k.
func (k CKind) String() string {
	switch k {
	case CUnion:
		return "union"
	case CEnum:
		return "enum"
	}
	return "struct"
}

// CDecl is a C struct, union or enum definition from the preamble (or one
// nested inside a field's type). Name is empty for an anonymous type.
type CDecl struct {
	Base
	Kind        CKind
	Name        string
	Fields      []*CField      // struct and union members
	Enumerators []*CEnumerator // enum constants
	Text        string         // the definition as written (top level only)
}

// CField is one struct or union member. Name is empty for an anonymous
// nested struct or union; Bits is the bit-field width or -1.
type CField struct {
	Name string
	Type *CType
	Bits int
}

// CType is a field's type: a base type name ("int", "unsigned long",
// "struct task_struct", "my_typedef"), or an inline definition (Decl) for
// nested struct/union/enum bodies, then Ptr levels of pointer and array
// dimensions (outermost first; -1 when the size could not be evaluated).
// Func marks a function pointer, whose Name is the return type.
type CType struct {
	Name string
	Decl *CDecl
	Ptr  int
	Dims []int64
	Func bool
}

// CEnumerator is one enum constant with its value. Expr is the explicit
// value's text ("" when implicit); Resolved is false when Expr could not be
// evaluated (it may use a macro from a header).
type CEnumerator struct {
	Name     string
	Value    int64
	Expr     string
	Resolved bool
}
