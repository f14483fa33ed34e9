package ast

// Integer is an integer literal. Literals are parsed as unsigned 64-bit
// numbers and typed as int64 (language.md LEX-12); a leading minus sign is
// folded into the literal.
type Integer struct {
	Base
	Value int64
	Raw   string // source text, e.g. "-0x10", "1_000", "1e6", "5ul"
}

// String is a string literal with its escapes decoded.
type String struct {
	Base
	Value string
}

// Builtin is a builtin variable such as pid, comm, arg0, kstack or retval.
type Builtin struct {
	Base
	Name string
}

// Identifier is a bare identifier: an enum constant, a type name (as the
// argument of sizeof), or a name the checker will reject. Type names from
// the lexer's struct mode read "struct foo".
type Identifier struct {
	Base
	Name string
}

// StackMode is the stack-mode keyword bpftrace or perf used as an argument
// of kstack/ustack.
type StackMode struct {
	Base
	Mode string
}

// Positional is a positional parameter $N (N >= 1).
type Positional struct {
	Base
	N int64
}

// PositionalCount is $#, the number of positional parameters.
type PositionalCount struct {
	Base
}

// Call is a function call f(args).
type Call struct {
	Base
	Name string
	Args []Expr
}

// Map is a map access @name or @name[k1, k2]; Name includes the "@" and is
// "@" for the anonymous map. Keys is nil for a scalar map.
type Map struct {
	Base
	Name string
	Keys []Expr
}

// Var is a scratch variable $name; Name includes the "$".
type Var struct {
	Base
	Name string
}

// Binary is a binary operation X Op Y. Loc is the operator.
type Binary struct {
	Base
	Op   Op
	X, Y Expr
}

// Unary is a unary operation: -x, !x, ~x, *x, ++x, --x, or (Postfix)
// x++ and x--. Loc is the operator.
type Unary struct {
	Base
	Op      Op
	X       Expr
	Postfix bool
}

// Ternary is Cond ? Then : Else.
type Ternary struct {
	Base
	Cond, Then, Else Expr
}

// Field is a field access X.Name, or X->Name when Arrow is set. Loc is the
// "." token for X.Name and the whole expression for X->Name.
type Field struct {
	Base
	X     Expr
	Name  string
	Arrow bool
}

// TupleIndex is a tuple element access X.Index. Loc is the index token.
type TupleIndex struct {
	Base
	X     Expr
	Index int64
}

// Index is an array or pointer index X[Index]. Loc runs from "[" to "]".
type Index struct {
	Base
	X, Index Expr
}

// TypeName names a type in a cast or sizeof: an integer type such as
// "uint8", a record such as "struct task_struct", or any other identifier,
// with Ptr levels of pointer.
type TypeName struct {
	Base
	Name string
	Ptr  int
}

// Cast is a cast (Type)X. Loc runs from "(" to the first "*" or the ")".
type Cast struct {
	Base
	Type *TypeName
	X    Expr
}

// Tuple is a tuple literal (e1, e2, ...) with at least two elements.
type Tuple struct {
	Base
	Elems []Expr
}

// Sizeof is sizeof(type) or sizeof(expr): exactly one of Type and X is set.
// A bare identifier argument is taken as a type name.
type Sizeof struct {
	Base
	Type *TypeName
	X    Expr
}

// Offsetof is offsetof(type, field[.field...]) or offsetof(expr, field),
// a bpftrace 0.18 addition: exactly one of Type and X is set.
type Offsetof struct {
	Base
	Type  *TypeName
	X     Expr
	Field []string
}

func (*Integer) exprNode()         {}
func (*String) exprNode()          {}
func (*Builtin) exprNode()         {}
func (*Identifier) exprNode()      {}
func (*StackMode) exprNode()       {}
func (*Positional) exprNode()      {}
func (*PositionalCount) exprNode() {}
func (*Call) exprNode()            {}
func (*Map) exprNode()             {}
func (*Var) exprNode()             {}
func (*Binary) exprNode()          {}
func (*Unary) exprNode()           {}
func (*Ternary) exprNode()         {}
func (*Field) exprNode()           {}
func (*TupleIndex) exprNode()      {}
func (*Index) exprNode()           {}
func (*Cast) exprNode()            {}
func (*Tuple) exprNode()           {}
func (*Sizeof) exprNode()          {}
func (*Offsetof) exprNode()        {}
