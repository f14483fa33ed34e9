package parser

import "github.com/bpftc/bpftc/frontend/ast"

// block parses "{" stmt_list "}". Expression, assignment and jump
// statements are separated by ';' (the last may omit it); if, unroll, while
// and for blocks are not followed by one (language.md STM-01).
func (p *parser) block() *ast.Block {
	lb := p.expect(tLBrace)
	b := &ast.Block{}
	for {
		t := p.cur()
		switch t.kind {
		case tRBrace:
			p.advance()
			b.Base = ast.BaseAt(span(lb.span, t.span))
			return b
		case tIf:
			b.Stmts = append(b.Stmts, p.ifStmt())
			continue
		case tUnroll:
			b.Stmts = append(b.Stmts, p.unrollStmt())
			continue
		case tWhile:
			b.Stmts = append(b.Stmts, p.whileStmt())
			continue
		case tFor:
			b.Stmts = append(b.Stmts, p.forStmt())
			continue
		}
		if !startsSimpleStmt(t) && !p.isLet() {
			p.unexpected(tRBrace)
		}
		b.Stmts = append(b.Stmts, p.simpleStmt())
		switch p.k() {
		case tSemi:
			p.advance()
		case tRBrace:
		default:
			p.unexpected(tRBrace)
		}
	}
}

// startsSimpleStmt reports whether t can begin an expression, assignment or
// jump statement.
func startsSimpleStmt(t token) bool {
	switch t.kind {
	case tBreak, tContinue, tReturn:
		return true
	}
	return startsExpr(t.kind)
}

// startsExpr reports whether k can begin an expression.
func startsExpr(k kind) bool {
	switch k {
	case tIdent, tInt, tString, tStackMode, tBuiltin, tCallBuiltin, tCall, tLParen,
		tParam, tParamCount, tMap, tVar, tMul, tBNot, tLNot, tMinus, tInc, tDec:
		return true
	}
	return false
}

// isLet reports whether a let declaration (bpftrace 0.22) starts here.
func (p *parser) isLet() bool {
	t := p.cur()
	return t.kind == tIdent && t.text == "let" && p.peekKind(1) == tVar
}

func isAssignOp(k kind) bool {
	return k == tAssign || (k >= tShlAssign && k <= tXorAssign)
}

var assignOps = [...]ast.Op{
	tAssign:      ast.OpAssign,
	tShlAssign:   ast.OpShl,
	tShrAssign:   ast.OpShr,
	tPlusAssign:  ast.OpAdd,
	tMinusAssign: ast.OpSub,
	tMulAssign:   ast.OpMul,
	tDivAssign:   ast.OpDiv,
	tModAssign:   ast.OpMod,
	tAndAssign:   ast.OpAnd,
	tOrAssign:    ast.OpOr,
	tXorAssign:   ast.OpXor,
}

// simpleStmt parses an expression, assignment, jump or let statement.
// Assignments need a map or variable token right at the statement start;
// a tuple element there followed by "=" is bpftrace's immutable-tuple error.
func (p *parser) simpleStmt() ast.Stmt {
	t := p.cur()
	switch t.kind {
	case tBreak, tContinue, tReturn:
		p.advance()
		k := ast.Return
		switch t.kind {
		case tBreak:
			k = ast.Break
		case tContinue:
			k = ast.Continue
		}
		return &ast.Jump{Base: ast.BaseAt(t.span), Kind: k}
	}
	if p.isLet() {
		return p.letStmt()
	}
	var x ast.Expr
	switch {
	case t.kind == tMap || t.kind == tVar:
		target := p.mapOrVar()
		if op := p.cur(); isAssignOp(op.kind) {
			return p.assign(target, op)
		}
		x = p.postfixOps(target, true)
	case t.kind == tMinus && p.peekKind(1) == tInt:
		x = p.postfixOps(p.negInt(), false)
	case t.kind == tLParen && p.castAhead(), !isPrimaryStart(t.kind):
		x := p.expr()
		return &ast.ExprStmt{Base: ast.BaseAt(p.ext(x)), X: x}
	default:
		x = p.postfixOps(p.primary(), false)
	}
	if _, ok := x.(*ast.TupleIndex); ok && p.k() == tAssign {
		p.advance()
		v := p.expr()
		p.fail(span(p.ext(x), p.ext(v)), "Tuples are immutable once created. Consider creating a new tuple and assigning it instead.")
	}
	x = p.conditionalFrom(p.binaryFrom(x, 1))
	return &ast.ExprStmt{Base: ast.BaseAt(p.ext(x)), X: x}
}

// assign parses the rest of "target op expr".
func (p *parser) assign(target ast.Expr, op token) ast.Stmt {
	p.advance()
	v := p.expr()
	b := ast.Base{Range: span(target.Span(), p.ext(v)), At: op.span}
	o := assignOps[op.kind]
	if o != ast.OpAssign {
		b.At = b.Range
	}
	if m, ok := target.(*ast.Map); ok {
		return &ast.AssignMap{Base: b, Map: m, Op: o, OpAt: op.span, Value: v}
	}
	return &ast.AssignVar{Base: b, Var: target.(*ast.Var), Op: o, OpAt: op.span, Value: v}
}

// ifStmt parses if (cond) block [else (block | if_stmt)].
func (p *parser) ifStmt() ast.Stmt {
	it := p.advance()
	p.expect(tLParen)
	cond := p.expr()
	p.expect(tRParen)
	if p.k() != tLBrace {
		p.unexpected(tLBrace)
	}
	n := &ast.If{Cond: cond, Then: p.block()}
	end := n.Then.Range
	if p.k() == tElse {
		p.advance()
		switch p.k() {
		case tIf:
			n.Else = p.ifStmt()
		case tLBrace:
			n.Else = p.block()
		default:
			p.unexpected(tLBrace, tIf)
		}
		end = n.Else.Span()
	}
	n.Range = span(it.span, end)
	return n
}

// unrollStmt parses unroll (int | param) block (language.md STM-08).
func (p *parser) unrollStmt() ast.Stmt {
	u := p.advance()
	p.expect(tLParen)
	var count ast.Expr
	switch t := p.cur(); t.kind {
	case tInt:
		count = p.primary()
	case tMinus:
		if p.peekKind(1) != tInt {
			p.advance()
			p.unexpected(tInt)
		}
		count = p.negInt()
	case tParam, tParamCount:
		count = p.primary()
	default:
		p.unexpected(tParamCount, tMinus, tParam, tInt)
	}
	rp := p.expect(tRParen)
	if p.k() != tLBrace {
		p.unexpected(tLBrace)
	}
	body := p.block()
	return &ast.Unroll{
		Base:  ast.Base{Range: span(u.span, body.Range), At: span(u.span, rp.span)},
		Count: count,
		Body:  body,
	}
}

// whileStmt parses while (cond) block.
func (p *parser) whileStmt() ast.Stmt {
	w := p.advance()
	p.expect(tLParen)
	cond := p.expr()
	p.expect(tRParen)
	if p.k() != tLBrace {
		p.unexpected(tLBrace)
	}
	body := p.block()
	return &ast.While{Base: ast.Base{Range: span(w.span, body.Range), At: w.span}, Cond: cond, Body: body}
}

// forStmt parses the later for ($kv : @map) and for ($i : a..b) loops
// (bpftrace 0.21, 0.24); 0.17 reserves the keyword without a grammar.
func (p *parser) forStmt() ast.Stmt {
	f := p.advance()
	p.expect(tLParen)
	vt := p.expect(tVar)
	n := &ast.For{Var: &ast.Var{Base: ast.BaseAt(vt.span), Name: vt.text}}
	p.expect(tColon)
	if p.k() == tMap && p.peekKind(1) == tRParen {
		n.Map = p.mapOrVar().(*ast.Map)
	} else {
		p.inRange = true
		n.Start = p.expr()
		p.inRange = false
		p.expect(tDot)
		p.expect(tDot)
		n.End = p.expr()
	}
	p.expect(tRParen)
	if p.k() != tLBrace {
		p.unexpected(tLBrace)
	}
	n.Body = p.block()
	n.Base = ast.BaseAt(span(f.span, n.Body.Range))
	return n
}

// letStmt parses the later let $x [= expr] declaration (bpftrace 0.22).
func (p *parser) letStmt() ast.Stmt {
	l := p.advance()
	vt := p.advance()
	n := &ast.Let{Var: &ast.Var{Base: ast.BaseAt(vt.span), Name: vt.text}}
	end := vt.span
	if p.k() == tAssign {
		p.advance()
		n.Value = p.expr()
		end = p.ext(n.Value)
	}
	n.Base = ast.BaseAt(span(l.span, end))
	return n
}
