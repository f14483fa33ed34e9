package parser

import "strings"

// Preprocessor conditionals of the preamble (language.md PRE-04): #if,
// #ifdef, #ifndef, #elif, #else and #endif choose which directives and C
// definitions count, as clang's preprocessor does for bpftrace 0.17.

// condGroup is one open #if group.
type condGroup struct {
	outerOn bool // the enclosing group is active
	on      bool // the current branch is active
	taken   bool // a branch of the group was active
}

// active reports whether preamble items are kept at this point.
func (p *parser) active() bool {
	return len(p.conds) == 0 || p.conds[len(p.conds)-1].on
}

// conditional handles a conditional directive; it reports false for other
// directives. An #elif, #else or #endif without its #if is ignored.
func (p *parser) conditional(text string) bool {
	name, rest := splitDirective(text)
	switch name {
	case "if", "ifdef", "ifndef":
		outer := p.active()
		on := false
		if outer {
			switch name {
			case "if":
				on = p.condTrue(rest)
			case "ifdef":
				on = p.isDefined(rest[:scanIdent(rest, 0)])
			default:
				on = !p.isDefined(rest[:scanIdent(rest, 0)])
			}
		}
		p.conds = append(p.conds, condGroup{outerOn: outer, on: on, taken: on})
	case "elif", "else":
		if len(p.conds) == 0 {
			return true
		}
		g := &p.conds[len(p.conds)-1]
		g.on = g.outerOn && !g.taken && (name == "else" || p.condTrue(rest))
		g.taken = g.taken || g.on
	case "endif":
		if len(p.conds) > 0 {
			p.conds = p.conds[:len(p.conds)-1]
		}
	default:
		return false
	}
	return true
}

// splitDirective splits "#name rest" into its name and the rest.
func splitDirective(text string) (name, rest string) {
	body := strings.TrimLeft(text[1:], " \t")
	name = body[:scanIdent(body, 0)]
	return name, strings.TrimLeft(body[len(name):], " \t")
}

// isDefined reports whether name is a macro, with or without a value.
func (p *parser) isDefined(name string) bool {
	return name != "" && (p.macros[name] != "" || p.defined[name])
}

// undef forgets the macro name (#undef).
func (p *parser) undef(name string) {
	delete(p.macros, name)
	delete(p.defined, name)
	delete(p.cconsts, name)
}

// condTrue evaluates the expression of #if or #elif: defined(X) and
// defined X are 1 or 0, macros expand, other identifiers are 0. An
// expression that does not evaluate is false.
func (p *parser) condTrue(expr string) bool {
	toks, ok := p.condTokens(cTokenize(expr), 0)
	if !ok {
		return false
	}
	v, ok := evalConst(toks, nil)
	return ok && v != 0
}

// maxCondDepth bounds macro expansion in conditions (self-referencing
// macros).
const maxCondDepth = 16

// condTokens replaces the identifiers of a condition by numbers.
func (p *parser) condTokens(in []ctok, depth int) ([]ctok, bool) {
	if depth > maxCondDepth {
		return nil, false
	}
	out := make([]ctok, 0, len(in))
	for i := 0; i < len(in); i++ {
		t := in[i]
		if t.kind != 'i' {
			out = append(out, t)
			continue
		}
		if t.text == "defined" {
			j := i + 1
			paren := j < len(in) && in[j].kind == 'p' && in[j].text == "("
			if paren {
				j++
			}
			if j >= len(in) || in[j].kind != 'i' {
				return nil, false
			}
			name := in[j].text
			if paren {
				j++
				if j >= len(in) || in[j].text != ")" {
					return nil, false
				}
			}
			out = append(out, boolTok(p.isDefined(name)))
			i = j
			continue
		}
		if v := p.macros[t.text]; v != "" {
			sub, ok := p.condTokens(cTokenize(v), depth+1)
			if !ok {
				return nil, false
			}
			out = append(out, sub...)
			continue
		}
		out = append(out, ctok{'n', "0"})
	}
	return out, true
}

func boolTok(b bool) ctok {
	if b {
		return ctok{'n', "1"}
	}
	return ctok{'n', "0"}
}
