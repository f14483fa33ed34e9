package parser

import "strings"

// ctok is a C token of the preamble: an identifier ('i'), a number ('n'),
// a string ('s') or character ('c') literal, or punctuation ('p').
type ctok struct {
	kind byte
	text string
}

// cTokenize splits C text into tokens, dropping white space, comments and
// line continuations.
func cTokenize(s string) []ctok {
	var out []ctok
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
		case c == '\\' && i+1 < len(s) && s[i+1] == '\n':
			i += 2
		case c == '/' && i+1 < len(s) && s[i+1] == '/':
			j := strings.IndexByte(s[i:], '\n')
			if j < 0 {
				return out
			}
			i += j
		case c == '/' && i+1 < len(s) && s[i+1] == '*':
			j := strings.Index(s[i+2:], "*/")
			if j < 0 {
				return out
			}
			i += j + 4
		case isIdentStart(c):
			j := scanIdent(s, i)
			out = append(out, ctok{'i', s[i:j]})
			i = j
		case isDigit(c) || (c == '.' && i+1 < len(s) && isDigit(s[i+1])):
			j := i + 1
			for j < len(s) && (isIdentChar(s[j]) || s[j] == '.') {
				j++
			}
			out = append(out, ctok{'n', s[i:j]})
			i = j
		case c == '"' || c == '\'':
			j := i + 1
			for j < len(s) && s[j] != c && s[j] != '\n' {
				if s[j] == '\\' {
					j++
				}
				j++
			}
			if j < len(s) {
				j++
			}
			if j > len(s) {
				j = len(s)
			}
			k := byte('s')
			if c == '\'' {
				k = 'c'
			}
			out = append(out, ctok{k, s[i:j]})
			i = j
		default:
			n := 1
			for _, op := range [...]string{"...", "<<=", ">>=", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "->", "##", "++", "--"} {
				if strings.HasPrefix(s[i:], op) {
					n = len(op)
					break
				}
			}
			out = append(out, ctok{'p', s[i : i+n]})
			i += n
		}
	}
	return out
}

// joinTokens concatenates token texts without separators, the way bpftrace
// 0.17 builds a macro's value from clang's tokens.
func joinTokens(ts []ctok) string {
	var b strings.Builder
	for _, t := range ts {
		b.WriteString(t.text)
	}
	return b.String()
}

// cInt converts a C integer literal (decimal, octal, hex, with u/l
// suffixes) or a simple character literal.
func cInt(t ctok) (int64, bool) {
	if t.kind == 'c' {
		s := t.text
		if len(s) == 3 {
			return int64(s[1]), true
		}
		if len(s) == 4 && s[1] == '\\' {
			switch s[2] {
			case 'n':
				return '\n', true
			case 't':
				return '\t', true
			case '0':
				return 0, true
			case '\\', '\'', '"':
				return int64(s[2]), true
			}
		}
		return 0, false
	}
	if t.kind != 'n' {
		return 0, false
	}
	s := strings.TrimRight(t.text, "uUlL")
	v, n, err := stoull(s, 0)
	if err != "" || n != len(s) {
		return 0, false
	}
	return int64(v), true
}
