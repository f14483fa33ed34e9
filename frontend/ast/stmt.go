package ast

import "github.com/bpftc/bpftc/frontend/source"

// Block is a braced statement list { s1; s2 }.
type Block struct {
	Base
	Stmts []Stmt
}

// ExprStmt is an expression used as a statement, such as a call.
type ExprStmt struct {
	Base
	X Expr
}

// AssignMap is @m[k] = Value, or a compound assignment such as @m += Value
// when Op is not OpAssign (Op is then the binary operator, OpAdd for +=).
// Loc is the "=" token for a plain assignment and the whole statement for
// a compound one.
type AssignMap struct {
	Base
	Map   *Map
	Op    Op
	OpAt  source.Span // the operator token
	Value Expr
}

// AssignVar is $v = Value or a compound assignment, like [AssignMap].
type AssignVar struct {
	Base
	Var   *Var
	Op    Op
	OpAt  source.Span // the operator token
	Value Expr
}

// If is if (Cond) Then [else Else]; Else is nil, a *Block or an *If.
// Loc is 1:1 (offset 0), as in bpftrace 0.17 (language.md STM-07).
type If struct {
	Base
	Cond Expr
	Then *Block
	Else Stmt
}

// Unroll is unroll (Count) Body; Count is an *Integer, *Positional or
// *PositionalCount. Loc runs from "unroll" to ")".
type Unroll struct {
	Base
	Count Expr
	Body  *Block
}

// While is while (Cond) Body. Loc is the "while" keyword.
type While struct {
	Base
	Cond Expr
	Body *Block
}

// For is a bpftrace 0.21+ loop: for ($kv : @map) Body when Map is set, or
// (0.24) for ($i : Start..End) Body.
type For struct {
	Base
	Var        *Var
	Map        *Map
	Start, End Expr
	Body       *Block
}

// JumpKind says which jump a [Jump] is.
type JumpKind uint8

// Jump kinds.
const (
	Break JumpKind = iota
	Continue
	Return
)

// String returns the keyword of k.
func (k JumpKind) String() string {
	switch k {
	case Break:
		return "break"
	case Continue:
		return "continue"
	}
	return "return"
}

// Jump is break, continue or return.
type Jump struct {
	Base
	Kind JumpKind
}

// Let is a bpftrace 0.22+ declaration let $x [= Value]; Value may be nil.
type Let struct {
	Base
	Var   *Var
	Value Expr
}

func (*Block) stmtNode()     {}
func (*ExprStmt) stmtNode()  {}
func (*AssignMap) stmtNode() {}
func (*AssignVar) stmtNode() {}
func (*If) stmtNode()        {}
func (*Unroll) stmtNode()    {}
func (*While) stmtNode()     {}
func (*For) stmtNode()       {}
func (*Jump) stmtNode()      {}
func (*Let) stmtNode()       {}
