package parser

import (
	"strings"

	"github.com/bpftc/bpftc/frontend/source"
)

// macroUnputLimit is bpftrace 0.17's bound on characters pushed back by
// macro expansion between two plain identifiers (language.md PRE-03).
const macroUnputLimit = 1000

// macroBudget bounds all macro expansion of one pass beyond the size of the
// script. bpftrace has no such bound and loops forever on a macro such as
// "#define A x+A", whose expansion keeps resetting macroUnputLimit's count.
const macroBudget = 1 << 16

// segment is text being scanned: the file, or a macro's replacement pushed
// back into the input. A byte's location is its index plus vdelta.
type segment struct {
	text   string
	i      int
	vdelta int32
	file   bool
}

// lexer is a hand-written equivalent of bpftrace 0.17's flex scanner
// (src/lexer.l). Token locations follow flex's bookkeeping: a token starts
// where the last white space ended, and the columns of a macro's replacement
// or of a "struct X" type name's closing character are counted twice, which
// shifts later locations on the same line (bpftrace quirk, kept so that
// diagnostics print the same columns).
type lexer struct {
	file   *source.File
	seg    segment
	outer  []segment
	begin  source.Pos
	diags  *source.List
	macros map[string]string
	expand bool // expand macros, or only note that one was seen
	unput  int
	budget int // expansion bytes left
	done   bool

	macroSeen bool
}

func newLexer(f *source.File, diags *source.List, macros map[string]string, expand bool) *lexer {
	return &lexer{
		file:   f,
		seg:    segment{text: f.Text, file: true},
		diags:  diags,
		macros: macros,
		expand: expand,
		budget: macroBudget + 16*len(f.Text),
	}
}

// vpos returns the location of the next unread byte.
func (lx *lexer) vpos() source.Pos {
	return source.Pos(int32(lx.seg.i) + lx.seg.vdelta)
}

// span returns the location of the text read since the last white space.
func (lx *lexer) span() source.Span {
	s := source.Span{Start: lx.begin, End: lx.vpos()}
	if lx.seg.vdelta != 0 || len(lx.outer) > 0 {
		s = lx.clamp(s)
	}
	return s
}

// clamp keeps a shifted location on its line of the file, so that it
// renders on that line as bpftrace's column arithmetic does.
func (lx *lexer) clamp(s source.Span) source.Span {
	fi := lx.seg.i
	if !lx.seg.file && len(lx.outer) > 0 {
		fi = lx.outer[0].i
	}
	text := lx.file.Text
	if fi > len(text) {
		fi = len(text)
	}
	end := len(text)
	if j := strings.IndexByte(text[fi:], '\n'); j >= 0 {
		end = fi + j
	}
	if s.Start > source.Pos(end) {
		s.Start = source.Pos(end)
	}
	if s.End > source.Pos(end+1) {
		s.End = source.Pos(end + 1)
	}
	if s.End < s.Start {
		s.End = s.Start
	}
	return s
}

func (lx *lexer) errorf(s source.Span, msg string) {
	lx.diags.Errorf(s, "%s", msg)
}

// peek returns the byte k positions ahead in the current segment, or 0.
func (lx *lexer) peek(k int) byte {
	if j := lx.seg.i + k; j < len(lx.seg.text) {
		return lx.seg.text[j]
	}
	return 0
}

func (lx *lexer) more(k int) bool { return lx.seg.i+k < len(lx.seg.text) }

// newline consumes one '\n' (or '\r'); in the file it ends any column shift.
func (lx *lexer) newline() {
	c := lx.seg.text[lx.seg.i]
	lx.seg.i++
	if c == '\n' && lx.seg.file {
		lx.seg.vdelta = 0
	}
}

func (lx *lexer) tok(k kind) token {
	return token{kind: k, span: lx.span()}
}

// next returns the next token, reporting lexical errors as it skips them.
func (lx *lexer) next() token {
	for {
		if lx.done {
			return lx.tok(tEOF)
		}
		if lx.seg.i >= len(lx.seg.text) {
			if len(lx.outer) == 0 {
				return lx.tok(tEOF)
			}
			n := int32(len(lx.seg.text))
			lx.seg = lx.outer[len(lx.outer)-1]
			lx.outer = lx.outer[:len(lx.outer)-1]
			lx.seg.vdelta += n
			continue
		}
		c := lx.seg.text[lx.seg.i]
		switch {
		case c == ' ' || c == '\t':
			for lx.more(0) && (lx.peek(0) == ' ' || lx.peek(0) == '\t') {
				lx.seg.i++
			}
			lx.begin = lx.vpos()
			continue
		case c == '\n' || c == '\r':
			for lx.more(0) && (lx.peek(0) == '\n' || lx.peek(0) == '\r') {
				lx.newline()
			}
			lx.begin = lx.vpos()
			continue
		case c == '/':
			if t, ok := lx.slash(); ok {
				return t
			}
			continue
		case c == '#':
			if t, ok := lx.hash(); ok {
				return t
			}
			continue
		case c == '"':
			if t, ok := lx.str(); ok {
				return t
			}
			continue
		case c >= '0' && c <= '9':
			if t, ok := lx.number(); ok {
				return t
			}
			continue
		case isIdentStart(c):
			if t, ok := lx.ident(); ok {
				return t
			}
			continue
		case c == '@':
			j := lx.seg.i + 1
			if j < len(lx.seg.text) && isIdentStart(lx.seg.text[j]) {
				j = scanIdent(lx.seg.text, j)
			}
			return lx.text(tMap, j)
		case c == '$':
			j := lx.seg.i + 1
			switch d := lx.peek(1); {
			case d >= '0' && d <= '9':
				for j < len(lx.seg.text) && isDigit(lx.seg.text[j]) {
					j++
				}
				return lx.text(tParam, j)
			case d == '#':
				return lx.text(tParamCount, j+1)
			case isIdentStart(d):
				return lx.text(tVar, scanIdent(lx.seg.text, j))
			}
		case c == ':':
			if j := scanPath(lx.seg.text, lx.seg.i+1); j > lx.seg.i+1 {
				return lx.text(tPath, j)
			}
			return lx.op(tColon, 1)
		}
		if k, n := operator(lx.seg.text[lx.seg.i:]); n > 0 {
			return lx.op(k, n)
		}
		lx.seg.i++
		lx.errorf(lx.span(), "invalid character '"+string([]byte{c})+"'")
	}
}

// text consumes the input up to index j as a token whose text it keeps.
func (lx *lexer) text(k kind, j int) token {
	s := lx.seg.text[lx.seg.i:j]
	lx.seg.i = j
	t := lx.tok(k)
	t.text = s
	return t
}

func (lx *lexer) op(k kind, n int) token {
	lx.seg.i += n
	return lx.tok(k)
}

// slash handles comments, the end-of-predicate token and division
// (language.md LEX-03, LEX-04, LEX-18).
func (lx *lexer) slash() (token, bool) {
	text := lx.seg.text
	i := lx.seg.i
	switch lx.peek(1) {
	case '/':
		// "//".*$ needs a newline: at the very end of the input flex
		// takes "/" followed by "/" as the end of a predicate instead.
		if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
			lx.seg.i = i + j
			return token{}, false
		}
		return lx.op(tEndPred, 1), true
	case '*':
		lx.seg.i += 2
		for {
			if lx.seg.i >= len(text) {
				lx.errorf(lx.span(), "end of file during comment")
				return lx.tok(tEOF), true
			}
			switch text[lx.seg.i] {
			case '*':
				if lx.peek(1) == '/' {
					lx.seg.i += 2
					return token{}, false
				}
				lx.seg.i++
			case '\n':
				lx.newline()
				lx.begin = lx.vpos()
			default:
				lx.seg.i++
			}
		}
	case '=':
		return lx.op(tDivAssign, 2), true
	}
	j := i + 1
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r') {
		j++
	}
	if j < len(text) && (text[j] == '/' || text[j] == '{') {
		return lx.op(tEndPred, 1), true
	}
	return lx.op(tDiv, 1), true
}

// hash handles the shebang line, preprocessor lines and a stray '#'
// (language.md LEX-01, PRE-01).
func (lx *lexer) hash() (token, bool) {
	text := lx.seg.text
	i := lx.seg.i
	nl := strings.IndexByte(text[i:], '\n')
	if lx.peek(1) == '!' {
		if lx.seg.file && (i == 0 || text[i-1] == '\n') && nl >= 0 {
			lx.seg.i = i + nl
			return token{}, false
		}
	} else if lx.more(1) {
		// "#"[^!].* : the character after '#' may itself be a newline.
		j := strings.IndexByte(text[i+2:], '\n')
		if j < 0 {
			j = len(text)
		} else {
			j += i + 2
		}
		return lx.text(tCPreproc, j), true
	}
	lx.seg.i++
	lx.errorf(lx.span(), "invalid character '#'")
	return token{}, false
}

// number scans the longest integer, hexadecimal or scientific literal and
// converts it; a conversion error is reported and the literal dropped.
func (lx *lexer) number() (token, bool) {
	text := lx.seg.text
	i := lx.seg.i
	end := scanInt(text, i)
	if e := end; e < len(text) && (text[e] == 'e' || text[e] == 'E') {
		if e2 := scanInt(text, e+1); e2 > e+1 {
			end = e2
		}
	}
	if text[i] == '0' && i+2 < len(text) && (text[i+1] == 'x' || text[i+1] == 'X') && isHex(text[i+2]) {
		j := i + 2
		for j < len(text) && isHex(text[j]) {
			j++
		}
		if j > end {
			end = j
		}
	}
	t := lx.text(tInt, end)
	v, err := parseUint(t.text)
	if err != "" {
		lx.errorf(t.span, err)
		return token{}, false
	}
	t.val = v
	return t, true
}

// scanInt matches [0-9]([0-9_]*[0-9])?(u|u?l?l)? at i, returning its end
// (i itself when there is no digit).
func scanInt(text string, i int) int {
	if i >= len(text) || !isDigit(text[i]) {
		return i
	}
	end := i + 1
	for j := i + 1; j < len(text) && (isDigit(text[j]) || text[j] == '_'); j++ {
		if isDigit(text[j]) {
			end = j + 1
		}
	}
	if end < len(text) && (text[end] == 'u' || text[end] == 'U') {
		end++
	}
	for n := 0; n < 2 && end < len(text) && (text[end] == 'l' || text[end] == 'L'); n++ {
		end++
	}
	return end
}

// scanPath returns the end of the path characters starting at i
// (language.md LEX-19): [_\-./a-zA-Z0-9#*] or a backslash and any
// character but a newline.
func scanPath(text string, i int) int {
	for i < len(text) {
		c := text[i]
		switch {
		case isIdentChar(c) || c == '-' || c == '.' || c == '/' || c == '#' || c == '*':
			i++
		case c == '\\' && i+1 < len(text) && text[i+1] != '\n':
			i += 2
		default:
			return i
		}
	}
	return i
}

// ident scans an identifier and classifies it: keyword, builtin, function,
// "struct X" type name or C definition, macro, or plain identifier.
func (lx *lexer) ident() (token, bool) {
	j := scanIdent(lx.seg.text, lx.seg.i)
	name := lx.seg.text[lx.seg.i:j]
	if k, ok := keyword(name); ok {
		return lx.text(k, j), true
	}
	switch name {
	case "struct", "union", "enum":
		lx.seg.i = j
		return lx.structMode(name)
	}
	if v, ok := lx.macros[name]; ok && v != name && !lx.expand {
		lx.macroSeen = true
	} else if ok && v != name {
		lx.seg.i = j
		lx.budget -= len(v)
		if lx.unput+len(v) > macroUnputLimit || lx.budget < 0 {
			lx.errorf(lx.span(), "Macro recursion limit reached: "+name+", "+v)
			lx.done = true
			return lx.tok(tEOF), true
		}
		lx.unput += len(v)
		lx.outer = append(lx.outer, lx.seg)
		lx.seg = segment{text: v, vdelta: int32(lx.vposOuter())}
		return token{}, false
	}
	lx.unput = 0
	return lx.text(tIdent, j), true
}

// vposOuter is vpos of the segment just pushed onto outer.
func (lx *lexer) vposOuter() source.Pos {
	s := lx.outer[len(lx.outer)-1]
	return source.Pos(int32(s.i) + s.vdelta)
}

// structMode reads what follows struct/union/enum the way flex's STRUCT and
// BRACE states do: up to '*' or ')' it is a type name, returned as an
// identifier "struct X"; a braced body makes a C definition token instead.
// For offsetof(struct X, f) (bpftrace 0.18) a ',' after a plain name also
// ends the type name, where 0.17 would read on.
func (lx *lexer) structMode(kw string) (token, bool) {
	var buf strings.Builder
	depth := 0
	text := lx.seg.text
	for lx.seg.i < len(text) {
		c := text[lx.seg.i]
		switch {
		case depth == 0 && (c == '*' || c == ')' || (c == ',' && isTypeName(buf.String()))):
			// flex counts the character's column, then pushes it back.
			t := token{kind: tIdent, text: kw + " " + strings.TrimSpace(buf.String())}
			if c == ',' {
				t.span = lx.span()
				return t, true
			}
			lx.seg.i++
			t.span = lx.span()
			lx.seg.i--
			lx.seg.vdelta++
			return t, true
		case c == '{':
			depth++
			buf.WriteByte(c)
			lx.seg.i++
		case c == '}':
			lx.seg.i++
			buf.WriteByte(c)
			if lx.peek(0) == ';' {
				lx.seg.i++
				buf.WriteByte(';')
			}
			if depth == 0 {
				return token{}, false
			}
			depth--
			if depth == 0 {
				t := lx.tok(tStructDefn)
				t.text = kw + buf.String()
				return t, true
			}
		case c == '\n':
			buf.WriteByte(c)
			lx.newline()
			lx.begin = lx.vpos()
		default:
			buf.WriteByte(c)
			lx.seg.i++
		}
	}
	return lx.tok(tEOF), true
}

// str scans a string literal, decoding its escapes (language.md LEX-14,
// LEX-15). Errors are reported as flex does; an unterminated string yields
// no token.
func (lx *lexer) str() (token, bool) {
	text := lx.seg.text
	lx.seg.i++
	// Fast path: no escape before the closing quote.
	for j := lx.seg.i; j < len(text); j++ {
		if c := text[j]; c == '"' {
			s := text[lx.seg.i:j]
			lx.seg.i = j + 1
			t := lx.tok(tString)
			t.text = s
			return t, true
		} else if c == '\\' || c == '\n' {
			break
		}
	}
	var buf []byte
	for {
		if lx.seg.i >= len(text) {
			lx.errorf(lx.span(), "unterminated string")
			return token{}, false
		}
		c := text[lx.seg.i]
		switch c {
		case '"':
			lx.seg.i++
			t := lx.tok(tString)
			t.text = string(buf)
			return t, true
		case '\n':
			lx.seg.i++
			lx.errorf(lx.span(), "unterminated string")
			lx.seg.i--
			lx.newline()
			lx.begin = lx.vpos()
			return token{}, false
		case '\\':
			if !lx.more(1) || lx.peek(1) == '\n' {
				lx.seg.i++
				lx.errorf(lx.span(), "invalid character")
				return token{}, false
			}
			buf = lx.escape(buf)
		default:
			j := lx.seg.i
			for j < len(text) && text[j] != '"' && text[j] != '\\' && text[j] != '\n' {
				j++
			}
			buf = append(buf, text[lx.seg.i:j]...)
			lx.seg.i = j
		}
	}
}

// escape decodes the escape sequence at the current backslash.
func (lx *lexer) escape(buf []byte) []byte {
	text := lx.seg.text
	i := lx.seg.i
	d := text[i+1]
	switch d {
	case 'n':
		buf = append(buf, '\n')
	case 't':
		buf = append(buf, '\t')
	case 'r':
		buf = append(buf, '\r')
	case '"':
		buf = append(buf, '"')
	case '\\':
		buf = append(buf, '\\')
	case '0', '1', '2', '3', '4', '5', '6', '7':
		j, v := i+1, 0
		for j < len(text) && j < i+4 && text[j] >= '0' && text[j] <= '7' {
			v = v*8 + int(text[j]-'0')
			j++
		}
		lx.seg.i = j
		if v > 255 {
			lx.errorf(lx.span(), "octal escape sequence out of range '"+text[i:j]+"'")
		}
		return append(buf, byte(v))
	case 'x', 'X':
		if i+2 < len(text) && isHex(text[i+2]) {
			j, v := i+2, 0
			for j < len(text) && j < i+4 && isHex(text[j]) {
				v = v*16 + digitVal(text[j])
				j++
			}
			lx.seg.i = j
			return append(buf, byte(v))
		}
		fallthrough
	default:
		lx.seg.i = i + 2
		lx.errorf(lx.span(), "invalid escape character '"+text[i:i+2]+"'")
		return buf
	}
	lx.seg.i = i + 2
	return buf
}

// operator matches the longest punctuation token at the start of s.
func operator(s string) (kind, int) {
	c := s[0]
	var c1, c2 byte
	if len(s) > 1 {
		c1 = s[1]
	}
	if len(s) > 2 {
		c2 = s[2]
	}
	switch c {
	case ';':
		return tSemi, 1
	case '{':
		return tLBrace, 1
	case '}':
		return tRBrace, 1
	case '[':
		return tLBracket, 1
	case ']':
		return tRBracket, 1
	case '(':
		return tLParen, 1
	case ')':
		return tRParen, 1
	case ',':
		return tComma, 1
	case '?':
		return tQues, 1
	case '~':
		return tBNot, 1
	case '.':
		return tDot, 1
	case '=':
		if c1 == '=' {
			return tEq, 2
		}
		return tAssign, 1
	case '!':
		if c1 == '=' {
			return tNe, 2
		}
		return tLNot, 1
	case '<':
		switch {
		case c1 == '<' && c2 == '=':
			return tShlAssign, 3
		case c1 == '<':
			return tShl, 2
		case c1 == '=':
			return tLe, 2
		}
		return tLt, 1
	case '>':
		switch {
		case c1 == '>' && c2 == '=':
			return tShrAssign, 3
		case c1 == '>':
			return tShr, 2
		case c1 == '=':
			return tGe, 2
		}
		return tGt, 1
	case '&':
		switch c1 {
		case '&':
			return tLAnd, 2
		case '=':
			return tAndAssign, 2
		}
		return tAnd, 1
	case '|':
		switch c1 {
		case '|':
			return tLOr, 2
		case '=':
			return tOrAssign, 2
		}
		return tOr, 1
	case '^':
		if c1 == '=' {
			return tXorAssign, 2
		}
		return tXor, 1
	case '+':
		switch c1 {
		case '+':
			return tInc, 2
		case '=':
			return tPlusAssign, 2
		}
		return tPlus, 1
	case '-':
		switch c1 {
		case '-':
			return tDec, 2
		case '=':
			return tMinusAssign, 2
		case '>':
			return tPtr, 2
		}
		return tMinus, 1
	case '*':
		if c1 == '=' {
			return tMulAssign, 2
		}
		return tMul, 1
	case '%':
		if c1 == '=' {
			return tModAssign, 2
		}
		return tMod, 1
	}
	return 0, 0
}

// isTypeName reports whether s is one identifier between white space.
func isTypeName(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && isIdentStart(s[0]) && scanIdent(s, 0) == len(s)
}

func isDigit(c byte) bool      { return c >= '0' && c <= '9' }
func isHex(c byte) bool        { return digitVal(c) < 16 }
func isIdentStart(c byte) bool { return c == '_' || (c|0x20 >= 'a' && c|0x20 <= 'z') }
func isIdentChar(c byte) bool  { return isIdentStart(c) || isDigit(c) }

func scanIdent(text string, i int) int {
	for i < len(text) && isIdentChar(text[i]) {
		i++
	}
	return i
}
