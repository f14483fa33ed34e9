package parser

import (
	"strings"

	"github.com/bpftc/bpftc/frontend/ast"
)

// directive turns a preprocessor line of the preamble into an include, a
// define (registered for macro expansion, language.md PRE-03) or an opaque
// directive left to the C preprocessor.
func (p *parser) directive(t token) ast.PreambleItem {
	base := ast.BaseAt(t.span)
	body := strings.TrimLeft(t.text[1:], " \t")
	name := body[:scanIdent(body, 0)]
	rest := strings.TrimLeft(body[len(name):], " \t")
	switch name {
	case "include":
		if len(rest) > 1 && (rest[0] == '<' || rest[0] == '"') {
			end := byte('>')
			if rest[0] == '"' {
				end = '"'
			}
			if j := strings.IndexByte(rest[1:], end); j >= 0 {
				return &ast.Include{Base: base, Path: rest[1 : j+1], System: end == '>', Text: t.text}
			}
		}
	case "define":
		n := scanIdent(rest, 0)
		if n > 0 && !isDigit(rest[0]) {
			toks := cTokenize(rest[n:])
			d := &ast.Define{
				Base:     base,
				Name:     rest[:n],
				Value:    joinTokens(toks),
				Function: n < len(rest) && rest[n] == '(',
				Text:     t.text,
			}
			if d.Value != "" {
				p.macros[d.Name] = d.Value
			} else {
				// A macro without a value is defined but not expanded.
				delete(p.macros, d.Name)
			}
			if p.defined == nil {
				p.defined = make(map[string]bool)
			}
			p.defined[d.Name] = true
			delete(p.cconsts, d.Name)
			if len(toks) == 1 && !d.Function {
				if v, ok := cInt(toks[0]); ok {
					if p.cconsts == nil {
						p.cconsts = make(map[string]int64)
					}
					p.cconsts[d.Name] = v
				}
			}
			return d
		}
	case "undef":
		p.undef(rest[:scanIdent(rest, 0)])
	}
	return &ast.Directive{Base: base, Text: t.text}
}

// evalConst evaluates a C integer constant expression over known constants
// (earlier enumerators and numeric #defines).
func evalConst(ts []ctok, consts map[string]int64) (int64, bool) {
	e := ceval{toks: ts, consts: consts, ok: true}
	v := e.cond()
	if e.i != len(e.toks) {
		return 0, false
	}
	return v, e.ok
}

type ceval struct {
	toks   []ctok
	i      int
	consts map[string]int64
	ok     bool
}

func (e *ceval) peek() string {
	if e.i < len(e.toks) && e.toks[e.i].kind == 'p' {
		return e.toks[e.i].text
	}
	return ""
}

func (e *ceval) cond() int64 {
	c := e.binary(0)
	if e.peek() != "?" {
		return c
	}
	e.i++
	a := e.cond()
	if e.peek() != ":" {
		e.ok = false
		return 0
	}
	e.i++
	b := e.cond()
	if c != 0 {
		return a
	}
	return b
}

var cBinLevels = [][]string{
	{"||"}, {"&&"}, {"|"}, {"^"}, {"&"}, {"==", "!="}, {"<", ">", "<=", ">="},
	{"<<", ">>"}, {"+", "-"}, {"*", "/", "%"},
}

func (e *ceval) binary(level int) int64 {
	if level == len(cBinLevels) {
		return e.unary()
	}
	x := e.binary(level + 1)
	for {
		op := e.peek()
		found := false
		for _, o := range cBinLevels[level] {
			if o == op {
				found = true
			}
		}
		if !found || op == "" {
			return x
		}
		e.i++
		y := e.binary(level + 1)
		x = cBinop(op, x, y, &e.ok)
	}
}

func cBinop(op string, x, y int64, ok *bool) int64 {
	b := func(c bool) int64 {
		if c {
			return 1
		}
		return 0
	}
	switch op {
	case "||":
		return b(x != 0 || y != 0)
	case "&&":
		return b(x != 0 && y != 0)
	case "|":
		return x | y
	case "^":
		return x ^ y
	case "&":
		return x & y
	case "==":
		return b(x == y)
	case "!=":
		return b(x != y)
	case "<":
		return b(x < y)
	case ">":
		return b(x > y)
	case "<=":
		return b(x <= y)
	case ">=":
		return b(x >= y)
	case "<<":
		return x << uint64(y&63)
	case ">>":
		return x >> uint64(y&63)
	case "+":
		return x + y
	case "-":
		return x - y
	case "*":
		return x * y
	}
	if y == 0 {
		*ok = false
		return 0
	}
	if op == "/" {
		return x / y
	}
	return x % y
}

func (e *ceval) unary() int64 {
	switch e.peek() {
	case "-":
		e.i++
		return -e.unary()
	case "+":
		e.i++
		return e.unary()
	case "~":
		e.i++
		return ^e.unary()
	case "!":
		e.i++
		if e.unary() == 0 {
			return 1
		}
		return 0
	case "(":
		e.i++
		v := e.cond()
		if e.peek() != ")" {
			e.ok = false
			return 0
		}
		e.i++
		return v
	}
	if e.i >= len(e.toks) {
		e.ok = false
		return 0
	}
	t := e.toks[e.i]
	e.i++
	if t.kind == 'i' {
		v, ok := e.consts[t.text]
		if !ok {
			e.ok = false
		}
		return v
	}
	v, ok := cInt(t)
	if !ok {
		e.ok = false
	}
	return v
}
