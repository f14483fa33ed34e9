package ast

import "github.com/bpftc/bpftc/frontend/source"

// Node is any syntax tree node.
type Node interface {
	// Span returns the node's extent: from its first token's span start to
	// its last token's end (Bison's default location, language.md ERR-03).
	Span() source.Span
	// Loc returns the range bpftrace 0.17 attaches to diagnostics about the
	// node. It often differs from Span: a binary operation is located at its
	// operator, an if statement and a probe at 1:1 (language.md STM-07).
	Loc() source.Span
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Base holds the two spans every node carries; embed it in node types.
type Base struct {
	// Range is the node's extent, returned by Span.
	Range source.Span
	// At is the location bpftrace reports diagnostics at, returned by Loc.
	At source.Span
}

// Span implements Node.Span.
func (b *Base) Span() source.Span { return b.Range }

// Loc implements Node.Loc.
func (b *Base) Loc() source.Span { return b.At }

// BaseAt returns a Base whose extent and diagnostic location are both s.
func BaseAt(s source.Span) Base { return Base{Range: s, At: s} }
