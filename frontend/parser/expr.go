package parser

import (
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/source"
)

// binPrec gives the binary operators' precedence levels (language.md 1.6);
// all are left-associative. Zero means not a binary operator.
var binPrec = [numKinds]int8{
	tLOr:  1,
	tLAnd: 2,
	tOr:   3,
	tXor:  4,
	tAnd:  5,
	tEq:   6, tNe: 6,
	tLt: 7, tLe: 7, tGt: 7, tGe: 7,
	tShl: 8, tShr: 8,
	tPlus: 9, tMinus: 9,
	tMul: 10, tDiv: 10, tMod: 10,
}

var binOps = [numKinds]ast.Op{
	tLOr: ast.OpLOr, tLAnd: ast.OpLAnd, tOr: ast.OpOr, tXor: ast.OpXor, tAnd: ast.OpAnd,
	tEq: ast.OpEq, tNe: ast.OpNe, tLt: ast.OpLt, tLe: ast.OpLe, tGt: ast.OpGt, tGe: ast.OpGe,
	tShl: ast.OpShl, tShr: ast.OpShr, tPlus: ast.OpAdd, tMinus: ast.OpSub,
	tMul: ast.OpMul, tDiv: ast.OpDiv, tMod: ast.OpMod,
}

// expr parses a full expression (conditional_expr).
func (p *parser) expr() ast.Expr {
	return p.conditionalFrom(p.binaryFrom(p.castExpr(), 1))
}

// conditionalFrom parses "? expr : conditional_expr" after the condition c.
func (p *parser) conditionalFrom(c ast.Expr) ast.Expr {
	if p.k() != tQues {
		return c
	}
	p.advance()
	a := p.expr()
	if p.k() != tColon {
		p.unexpected(tColon)
	}
	p.advance()
	b := p.conditionalFrom(p.binaryFrom(p.castExpr(), 1))
	return &ast.Ternary{Base: ast.BaseAt(span(p.ext(c), p.ext(b))), Cond: c, Then: a, Else: b}
}

// binaryFrom parses binary operators of precedence minPrec or more after
// the left operand x, by precedence climbing.
func (p *parser) binaryFrom(x ast.Expr, minPrec int8) ast.Expr {
	for {
		op := p.cur()
		prec := binPrec[op.kind]
		if prec == 0 || prec < minPrec {
			return x
		}
		p.advance()
		y := p.castExpr()
		for next := binPrec[p.k()]; next > prec; next = binPrec[p.k()] {
			y = p.binaryFrom(y, prec+1)
		}
		x = &ast.Binary{
			Base: ast.Base{Range: span(p.ext(x), p.ext(y)), At: op.span},
			Op:   binOps[op.kind],
			X:    x,
			Y:    y,
		}
	}
}

// castAhead reports whether "(" IDENT ")" or "(" IDENT "*" starts here,
// which Bison always shifts as a cast.
func (p *parser) castAhead() bool {
	if p.k() != tLParen || p.peekKind(1) != tIdent {
		return false
	}
	k := p.peekKind(2)
	return k == tRParen || k == tMul
}

// castExpr parses cast_expr: (T)e, (T *)e, (T **)e or a unary expression.
func (p *parser) castExpr() ast.Expr {
	if !p.castAhead() {
		return p.unary()
	}
	lp := p.advance()
	id := p.advance()
	tn := &ast.TypeName{Base: ast.BaseAt(id.span), Name: id.text}
	at := span(lp.span, p.cur().span)
	if p.advance().kind == tMul {
		tn.Ptr = 1
		switch p.k() {
		case tRParen:
			p.advance()
		case tMul:
			p.advance()
			tn.Ptr = 2
			p.expect(tRParen)
		default:
			p.unexpected(tRParen, tMul)
		}
	}
	x := p.castExpr()
	return &ast.Cast{Base: ast.Base{Range: span(lp.span, p.ext(x)), At: at}, Type: tn, X: x}
}

var unaryOps = [numKinds]ast.Op{tMul: ast.OpDeref, tBNot: ast.OpBNot, tLNot: ast.OpLNot, tMinus: ast.OpNeg}

// unary parses unary_expr.
func (p *parser) unary() ast.Expr {
	t := p.cur()
	switch t.kind {
	case tMinus:
		if p.peekKind(1) == tInt {
			return p.postfixOps(p.negInt(), false)
		}
		fallthrough
	case tMul, tBNot, tLNot:
		p.advance()
		x := p.castExpr()
		return &ast.Unary{Base: ast.Base{Range: span(t.span, p.ext(x)), At: t.span}, Op: unaryOps[t.kind], X: x}
	case tInc, tDec:
		p.advance()
		op := ast.OpInc
		if t.kind == tDec {
			op = ast.OpDec
		}
		switch n := p.cur(); {
		case n.kind == tMap || n.kind == tVar:
			x := p.mapOrVar()
			return &ast.Unary{Base: ast.Base{Range: span(t.span, x.Span()), At: t.span}, Op: op, X: x}
		case isIdentKind(n.kind):
			p.advance()
			p.fail(t.span, "The "+op.String()+" operator must be applied to a map or variable")
		default:
			p.unexpected()
		}
	}
	if t.kind == tMap || t.kind == tVar {
		return p.postfixOps(p.mapOrVar(), true)
	}
	return p.postfixOps(p.primary(), false)
}

// isIdentKind reports whether k is one of the tokens of Bison's ident rule
// (names after "." and "->").
func isIdentKind(k kind) bool {
	switch k {
	case tIdent, tBuiltin, tCall, tCallBuiltin, tStackMode:
		return true
	}
	return false
}

// isPrimaryStart reports whether k begins a postfix expression.
func isPrimaryStart(k kind) bool {
	switch k {
	case tIdent, tInt, tString, tStackMode, tBuiltin, tCallBuiltin, tCall, tLParen,
		tParam, tParamCount, tMap, tVar:
		return true
	}
	return false
}

// postfixOps parses field, tuple element, index and (after a bare map or
// variable) ++/-- suffixes of x.
func (p *parser) postfixOps(x ast.Expr, bare bool) ast.Expr {
	for {
		t := p.cur()
		switch t.kind {
		case tInc, tDec:
			if !bare {
				return x
			}
			p.advance()
			op := ast.OpInc
			if t.kind == tDec {
				op = ast.OpDec
			}
			x = &ast.Unary{Base: ast.Base{Range: span(x.Span(), t.span), At: t.span}, Op: op, X: x, Postfix: true}
		case tDot:
			if p.inRange && p.peekKind(1) == tDot {
				return x
			}
			p.advance()
			n := p.cur()
			switch {
			case n.kind == tInt:
				p.advance()
				x = &ast.TupleIndex{Base: ast.Base{Range: span(p.ext(x), n.span), At: n.span}, X: x, Index: int64(n.val)}
			case isIdentKind(n.kind):
				p.advance()
				x = &ast.Field{Base: ast.Base{Range: span(p.ext(x), n.span), At: t.span}, X: x, Name: n.text}
			default:
				p.unexpected()
			}
		case tPtr:
			p.advance()
			n := p.cur()
			if !isIdentKind(n.kind) {
				p.unexpected()
			}
			p.advance()
			x = &ast.Field{Base: ast.BaseAt(span(p.ext(x), n.span)), X: x, Name: n.text, Arrow: true}
		case tLBracket:
			p.advance()
			idx := p.expr()
			if p.k() != tRBracket {
				p.unexpected(tRBracket)
			}
			rb := p.advance()
			x = &ast.Index{Base: ast.Base{Range: span(p.ext(x), rb.span), At: span(t.span, rb.span)}, X: x, Index: idx}
		default:
			return x
		}
		bare = false
	}
}

// mapOrVar parses a variable, or a map with its optional [keys].
func (p *parser) mapOrVar() ast.Expr {
	t := p.advance()
	if t.kind == tVar {
		return &ast.Var{Base: ast.BaseAt(t.span), Name: t.text}
	}
	m := &ast.Map{Base: ast.BaseAt(t.span), Name: t.text}
	if p.k() == tLBracket {
		p.advance()
		var rb token
		m.Keys, rb = p.vargs(tRBracket)
		m.Base = ast.BaseAt(span(t.span, rb.span))
	}
	return m
}

// vargs parses "expr {, expr}" and the closing token.
func (p *parser) vargs(close kind) ([]ast.Expr, token) {
	var list []ast.Expr
	for {
		list = append(list, p.expr())
		switch p.k() {
		case tComma:
			p.advance()
			continue
		case close:
			return list, p.advance()
		}
		p.unexpected(close, tComma)
	}
}

// negInt parses "-" INT as one negative literal.
func (p *parser) negInt() ast.Expr {
	m := p.advance()
	t := p.advance()
	return &ast.Integer{Base: ast.BaseAt(span(m.span, t.span)), Value: int64(-t.val), Raw: "-" + t.text}
}

// primary parses primary_expr and calls.
func (p *parser) primary() ast.Expr {
	t := p.cur()
	switch t.kind {
	case tInt:
		p.advance()
		return &ast.Integer{Base: ast.BaseAt(t.span), Value: int64(t.val), Raw: t.text}
	case tString:
		p.advance()
		p.checkString(t)
		return &ast.String{Base: ast.BaseAt(t.span), Value: t.text}
	case tParam:
		p.advance()
		return &ast.Positional{Base: ast.BaseAt(t.span), N: p.paramN(t)}
	case tParamCount:
		p.advance()
		return &ast.PositionalCount{Base: ast.BaseAt(t.span)}
	case tLParen:
		return p.parenOrTuple()
	case tMap, tVar:
		return p.mapOrVar()
	case tIdent, tBuiltin, tCall, tCallBuiltin, tStackMode:
		return p.name()
	}
	p.unexpected()
	return nil
}

// name parses an identifier-like token used as a value or called.
func (p *parser) name() ast.Expr {
	t := p.advance()
	switch n := p.cur(); n.kind {
	case tLParen:
		if t.kind == tIdent && t.text == "offsetof" {
			return p.offsetof(t)
		}
		args, rp := p.callArgs(t.text)
		s := span(t.span, rp.span)
		if t.kind != tCall && t.kind != tCallBuiltin {
			p.fail(t.span, "Unknown function: "+t.text)
		}
		if t.text == "sizeof" && len(args) == 1 {
			sz := &ast.Sizeof{Base: ast.BaseAt(s)}
			if id, ok := args[0].(*ast.Identifier); ok {
				sz.Type = &ast.TypeName{Base: id.Base, Name: id.Name}
			} else {
				sz.X = args[0]
			}
			return sz
		}
		return &ast.Call{Base: ast.BaseAt(s), Name: t.text, Args: args}
	case tInc, tDec:
		p.advance()
		p.fail(t.span, "The "+n.kind.String()+" operator must be applied to a map or variable")
	}
	switch t.kind {
	case tIdent:
		return &ast.Identifier{Base: ast.BaseAt(t.span), Name: t.text}
	case tStackMode:
		return &ast.StackMode{Base: ast.BaseAt(t.span), Mode: t.text}
	case tCall:
		p.unexpected(tInc, tDec)
	}
	return &ast.Builtin{Base: ast.BaseAt(t.span), Name: t.text}
}

// callArgs parses "(" [vargs] ")" of a call to fn.
func (p *parser) callArgs(fn string) ([]ast.Expr, token) {
	p.advance()
	outer := p.fn
	p.fn = fn
	defer func() {
		p.fn = outer
		p.argIdx = -1 // bpftrace's func_setter resets the index, not restores it
	}()
	if p.k() == tRParen {
		return nil, p.advance()
	}
	var args []ast.Expr
	for {
		p.argIdx = len(args)
		args = append(args, p.expr())
		switch p.k() {
		case tComma:
			p.advance()
			continue
		case tRParen:
			return args, p.advance()
		}
		p.unexpected(tRParen, tComma)
	}
}

// offsetof parses offsetof(type | expr, field[.field...]), a bpftrace 0.18
// addition. In 0.17 it is an unknown function.
func (p *parser) offsetof(name token) ast.Expr {
	p.advance()
	n := &ast.Offsetof{}
	if t := p.cur(); t.kind == tIdent && p.peekKind(1) == tComma {
		p.advance()
		n.Type = &ast.TypeName{Base: ast.BaseAt(t.span), Name: t.text}
	} else {
		n.X = p.expr()
	}
	p.expect(tComma)
	for {
		f := p.cur()
		if !isIdentKind(f.kind) {
			p.unexpected()
		}
		p.advance()
		n.Field = append(n.Field, f.text)
		if p.k() != tDot {
			break
		}
		p.advance()
	}
	rp := p.expect(tRParen)
	n.Base = ast.BaseAt(span(name.span, rp.span))
	return n
}

// parenOrTuple parses "(" expr ")" or a tuple "(" expr "," vargs ")".
func (p *parser) parenOrTuple() ast.Expr {
	lp := p.advance()
	x := p.expr()
	switch p.k() {
	case tRParen:
		rp := p.advance()
		if p.parens == nil {
			p.parens = make(map[ast.Expr]source.Span)
		}
		p.parens[x] = span(lp.span, rp.span)
		return x
	case tComma:
		p.advance()
		rest, rp := p.vargs(tRParen)
		elems := append([]ast.Expr{x}, rest...)
		return &ast.Tuple{Base: ast.BaseAt(span(lp.span, rp.span)), Elems: elems}
	}
	p.unexpected(tRParen, tComma)
	return nil
}

// maxStringLen is the longest string literal outside printf's format and
// cgroupid (bpftrace 0.17 STRING_SIZE - 1, language.md LEX-14).
const maxStringLen = 63

// checkString applies bpftrace's semantic check of a string literal's
// length, which depends on the innermost enclosing call.
func (p *parser) checkString(t token) {
	if (p.fn == "printf" && p.argIdx == 0) || p.fn == "cgroupid" {
		return
	}
	if len(t.text) > maxStringLen {
		p.lateDiags.Errorf(t.span, "String is too long (over 64 bytes): %s", t.text)
	}
}
