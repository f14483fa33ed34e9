package parser

import (
	"maps"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/source"
)

// Options are optional settings of [Parse]; a nil *Options means none.
type Options struct {
	// Params are the positional parameters $1, $2, ... as given on the
	// command line; $N inside an attach point is replaced by Params[N-1]
	// (or "" when missing).
	Params []string
	// Macros are object-like macros known besides the script's own
	// #define lines, such as those of included headers: name → replacement.
	Macros map[string]string
	// PID is bpftrace's -p: with it, usdt:NAME names a probe of that
	// process (the binary may be left out).
	PID int
}

// Parse parses a bpftrace script. It reports lexical errors and stops at the
// first syntax error with bpftrace 0.17's messages and locations (language.md
// ERR-03, ERR-05). The program is nil only when there was a lexical or
// syntax error; attach point errors and the string length limit (LEX-14)
// are reported with a program.
//
// Like bpftrace, a script whose probes use macros (the preamble's #define
// lines and opts.Macros) is parsed twice: first without expanding them, so
// that "#define PLUS +" then "1 PLUS 2" is a syntax error as in bpftrace,
// then with.
func Parse(f *source.File, opts *Options) (*ast.Program, source.List) {
	if opts == nil {
		opts = &Options{}
	}
	macros := make(map[string]string, len(opts.Macros))
	for k, v := range opts.Macros {
		if v != "" { // bpftrace ignores macros without a value
			macros[k] = v
		}
	}
	// Each pass starts from the same macros: #define, #undef and
	// conditionals of the preamble change them in order.
	prog, diags, used := parseOnce(f, opts, maps.Clone(macros), false)
	if prog == nil || !used {
		// Expanding no identifier, the second pass would repeat the first.
		return prog, diags
	}
	prog, diags, _ = parseOnce(f, opts, macros, true)
	return prog, diags
}

// bailout is the panic value that unwinds the parser after its first
// syntax error; Parse recovers it and nothing else.
type bailout struct{}

// parseOnce runs one pass. The #define lines of the preamble are added to
// macros as they are seen; they are expanded when expand is set, otherwise
// the result reports whether an identifier would have been.
func parseOnce(f *source.File, opts *Options, macros map[string]string, expand bool) (prog *ast.Program, diags source.List, used bool) {
	p := &parser{file: f, params: opts.Params, pid: opts.PID, argIdx: -1, macros: macros}
	for k := range opts.Macros {
		if p.defined == nil {
			p.defined = make(map[string]bool, len(opts.Macros))
		}
		p.defined[k] = true
	}
	p.lx = newLexer(f, &p.diags, macros, expand)
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			prog, diags, used = nil, p.diags, false
		}
	}()
	prog = p.program()
	if p.diags.ErrorCount() > 0 {
		return nil, p.diags, false
	}
	p.attachPoints(prog)
	if p.diags.ErrorCount() == 0 {
		p.diags = append(p.diags, p.lateDiags...)
	}
	return prog, p.diags, p.lx.macroSeen
}

// parser is a recursive-descent parser whose decisions, error points and
// "expecting" lists reproduce bpftrace 0.17's LALR(1) Bison parser
// (src/parser.yy) with default reductions: an error is detected in the
// first state that has no reduction, so after a complete expression only
// the enclosing construct's closing tokens are listed, and a list longer
// than four tokens is left out.
type parser struct {
	file   *source.File
	lx     *lexer
	diags  source.List
	params []string
	pid    int // Options.PID

	toks    [4]token // lookahead ring: toks[head], toks[(head+1)&3], ...
	head    int
	ntoks   int
	prevEnd source.Pos // end of the last consumed token

	// parens maps a parenthesized expression to its extent including the
	// parentheses, which Bison's locations of enclosing rules cover.
	parens map[ast.Expr]source.Span
	// inRange stops postfix parsing before ".." in a for range.
	inRange bool

	// fn and argIdx track the innermost call for the string length check
	// (bpftrace's SemanticAnalyser func_ and func_arg_idx_).
	fn     string
	argIdx int

	// lateDiags are reported only when parsing succeeded, as bpftrace's
	// later passes do: string lengths and C definition errors.
	lateDiags source.List
	cconsts   map[string]int64 // enumerators and numeric #defines so far

	// macros are the known macros, the preamble's #defines included.
	macros map[string]string
	// defined holds the names of all macros, those without a value too
	// (for #ifdef and defined()); conds are the open #if groups (cond.go).
	defined map[string]bool
	conds   []condGroup
}

// cur returns the current token, scanning it if needed. Tokens are
// scanned only when the parser needs them, as Bison's lookahead is, so
// that lexical errors after a rule's error are not reported.
func (p *parser) cur() token {
	if p.ntoks == 0 {
		p.fill()
	}
	return p.toks[p.head]
}

// k returns the current token's kind.
func (p *parser) k() kind {
	if p.ntoks == 0 {
		p.fill()
	}
	return p.toks[p.head].kind
}

// peekKind returns the kind of the token n places ahead (n < 3).
func (p *parser) peekKind(n int) kind {
	for p.ntoks <= n {
		p.fill()
	}
	return p.toks[(p.head+n)&3].kind
}

func (p *parser) fill() {
	p.toks[(p.head+p.ntoks)&3] = p.lx.next()
	p.ntoks++
}

// peek returns the token n places ahead (n < 3).
func (p *parser) peek(n int) token {
	for p.ntoks <= n {
		p.fill()
	}
	return p.toks[(p.head+n)&3]
}

// advance consumes and returns the current token.
func (p *parser) advance() token {
	t := p.cur()
	p.head = (p.head + 1) & 3
	p.ntoks--
	p.prevEnd = t.span.End
	return t
}

// fail reports an error at s and stops parsing.
func (p *parser) fail(s source.Span, msg string) {
	p.diags.Errorf(s, "%s", msg)
	panic(bailout{})
}

// unexpected reports Bison's syntax error for the current token, listing
// the expected tokens (at most four, in token order), and stops parsing.
func (p *parser) unexpected(expected ...kind) {
	t := p.cur()
	msg := "syntax error, unexpected " + t.kind.String()
	if len(expected) > 0 && len(expected) <= 4 {
		sortKinds(expected)
		msg += ", expecting "
		for i, k := range expected {
			if i > 0 {
				msg += " or "
			}
			msg += k.String()
		}
	}
	p.fail(t.span, msg)
}

func sortKinds(ks []kind) {
	for i := 1; i < len(ks); i++ {
		for j := i; j > 0 && ks[j] < ks[j-1]; j-- {
			ks[j], ks[j-1] = ks[j-1], ks[j]
		}
	}
}

// expect consumes a token of kind k or reports the syntax error listing k.
func (p *parser) expect(k kind) token {
	if p.k() != k {
		p.unexpected(k)
	}
	return p.advance()
}

// ext returns the extent of the grammar symbol that produced x: its span,
// widened to its parentheses if it was parenthesized.
func (p *parser) ext(x ast.Expr) source.Span {
	if s, ok := p.parens[x]; ok {
		return s
	}
	return x.Span()
}

func span(a, b source.Span) source.Span { return source.Span{Start: a.Start, End: b.End} }
