package parser

import (
	"strings"

	"github.com/bpftc/bpftc/frontend/ast"
)

// cparser parses one C struct, union or enum definition of the preamble
// into the small C type tree of package ast (language.md PRE-06, PRE-07).
// It understands what scripts write (fields, pointers, arrays, bit-fields,
// nested and anonymous records, function pointers, enumerators with
// constant expressions) and skips qualifiers and __attribute__s.
type cparser struct {
	toks   []ctok
	i      int
	consts map[string]int64
}

func (c *cparser) peek() ctok {
	if c.i < len(c.toks) {
		return c.toks[c.i]
	}
	return ctok{}
}

func (c *cparser) next() ctok {
	t := c.peek()
	if c.i < len(c.toks) {
		c.i++
	}
	return t
}

func (c *cparser) is(text string) bool {
	t := c.peek()
	return t.kind != 0 && t.kind != 's' && t.kind != 'c' && t.text == text
}

func (c *cparser) fail(msg string) (*ast.CDecl, string) {
	t := c.peek()
	if t.kind == 0 {
		return nil, msg + " at end of definition"
	}
	return nil, msg + " before '" + t.text + "'"
}

func (c *cparser) expect(text string) string {
	if !c.is(text) {
		_, err := c.fail("expected '" + text + "'")
		return err
	}
	c.next()
	return ""
}

// topDecl parses "struct|union|enum [name] { body } [;]".
func (c *cparser) topDecl() (*ast.CDecl, string) {
	d, err := c.record()
	if err != "" {
		return nil, err
	}
	if c.is(";") {
		c.next()
	}
	if c.peek().kind != 0 {
		return c.fail("unexpected text after the definition")
	}
	return d, ""
}

// record parses a struct/union/enum specifier with a body.
func (c *cparser) record() (*ast.CDecl, string) {
	kw := c.next()
	k, ok := recordKind(kw.text)
	if !ok {
		c.i--
		return c.fail("expected struct, union or enum")
	}
	d := &ast.CDecl{Kind: k}
	c.attributes()
	if c.peek().kind == 'i' {
		d.Name = c.next().text
	}
	return d, c.recordBody(d)
}

func recordKind(kw string) (ast.CKind, bool) {
	switch kw {
	case "struct":
		return ast.CStruct, true
	case "union":
		return ast.CUnion, true
	case "enum":
		return ast.CEnum, true
	}
	return 0, false
}

// recordBody parses "{ fields }" or "{ enumerators }" into d.
func (c *cparser) recordBody(d *ast.CDecl) string {
	if err := c.expect("{"); err != "" {
		return err
	}
	var err string
	if d.Kind == ast.CEnum {
		err = c.enumBody(d)
	} else {
		err = c.fields(d)
	}
	if err != "" {
		return err
	}
	if err := c.expect("}"); err != "" {
		return err
	}
	c.attributes()
	return ""
}

func (c *cparser) enumBody(d *ast.CDecl) string {
	next := int64(0)
	for !c.is("}") {
		t := c.next()
		if t.kind != 'i' {
			c.i--
			_, err := c.fail("expected an enumerator name")
			return err
		}
		e := &ast.CEnumerator{Name: t.text, Value: next, Resolved: true}
		if c.is("=") {
			c.next()
			expr := c.until(",", "}")
			e.Expr = joinSpaced(expr)
			e.Value, e.Resolved = evalConst(expr, c.consts)
		}
		if e.Resolved {
			c.consts[e.Name] = e.Value
		}
		next = e.Value + 1
		d.Enumerators = append(d.Enumerators, e)
		if !c.is(",") {
			break
		}
		c.next()
	}
	return ""
}

// until returns the tokens up to (not including) one of the stop texts at
// parenthesis depth 0.
func (c *cparser) until(stops ...string) []ctok {
	start, depth := c.i, 0
	for c.peek().kind != 0 {
		t := c.peek()
		if depth == 0 && t.kind == 'p' {
			for _, s := range stops {
				if t.text == s {
					return c.toks[start:c.i]
				}
			}
		}
		switch t.text {
		case "(", "[":
			depth++
		case ")", "]":
			depth--
		}
		c.next()
	}
	return c.toks[start:c.i]
}

func (c *cparser) fields(d *ast.CDecl) string {
	for !c.is("}") && c.peek().kind != 0 {
		base, err := c.specifiers()
		if err != "" {
			return err
		}
		if c.is(";") {
			c.next()
			if base.Decl != nil {
				d.Fields = append(d.Fields, &ast.CField{Type: base, Bits: -1})
			}
			continue
		}
		for {
			f, err := c.declarator(base)
			if err != "" {
				return err
			}
			d.Fields = append(d.Fields, f)
			if !c.is(",") {
				break
			}
			c.next()
		}
		if c.is("}") {
			// clang only warns about a missing ';' at the end of the list.
			continue
		}
		if err := c.expect(";"); err != "" {
			return err
		}
	}
	return ""
}

var cQualifiers = map[string]bool{
	"const": true, "volatile": true, "restrict": true, "__restrict": true, "static": true,
	"extern": true, "register": true, "inline": true, "__extension__": true, "_Atomic": true,
	"__volatile__": true, "__const": true,
}

var cBaseWords = map[string]bool{
	"void": true, "char": true, "short": true, "int": true, "long": true, "float": true,
	"double": true, "signed": true, "unsigned": true, "_Bool": true, "bool": true,
	"__int128": true, "__signed__": true,
}

// attributes skips __attribute__((...)) and qualifiers.
func (c *cparser) attributes() {
	for {
		t := c.peek()
		switch {
		case t.kind == 'i' && (t.text == "__attribute__" || t.text == "__attribute" || t.text == "__aligned"):
			c.next()
			if c.is("(") {
				c.skipParens()
			}
		case t.kind == 'i' && cQualifiers[t.text]:
			c.next()
		default:
			return
		}
	}
}

func (c *cparser) skipParens() {
	depth := 0
	for c.peek().kind != 0 {
		switch c.next().text {
		case "(":
			depth++
		case ")":
			depth--
			if depth == 0 {
				return
			}
		}
	}
}

// specifiers parses a member's type: base type words, a typedef name, or
// a struct/union/enum reference or inline definition.
func (c *cparser) specifiers() (*ast.CType, string) {
	t := &ast.CType{}
	var words []string
	named := false
	for {
		c.attributes()
		p := c.peek()
		if p.kind != 'i' {
			break
		}
		switch {
		case (p.text == "struct" || p.text == "union" || p.text == "enum") && !named && len(words) == 0:
			k, _ := recordKind(c.next().text)
			c.attributes()
			name := ""
			if c.peek().kind == 'i' {
				name = c.next().text
			}
			if c.is("{") {
				d := &ast.CDecl{Kind: k, Name: name}
				if err := c.recordBody(d); err != "" {
					return nil, err
				}
				t.Decl = d
			}
			if name != "" {
				t.Name = k.String() + " " + name
			}
			named = true
			continue
		case cBaseWords[p.text]:
			words = append(words, c.next().text)
			continue
		case !named && len(words) == 0:
			words = append(words, c.next().text)
			named = true
			continue
		}
		break
	}
	if len(words) > 0 {
		t.Name = strings.Join(words, " ")
	}
	if t.Name == "" && t.Decl == nil {
		_, err := c.fail("expected a type")
		return nil, err
	}
	return t, ""
}

// declarator parses "*... name [N]... [: bits]" or a function pointer.
func (c *cparser) declarator(base *ast.CType) (*ast.CField, string) {
	t := *base
	t.Dims = nil
	f := &ast.CField{Type: &t, Bits: -1}
	for c.is("*") {
		c.next()
		t.Ptr++
		c.attributes()
	}
	switch {
	case c.is("("):
		c.next()
		for c.is("*") {
			c.next()
		}
		n := c.next()
		if n.kind != 'i' {
			c.i--
			_, err := c.fail("expected a field name")
			return nil, err
		}
		f.Name = n.text
		if err := c.expect(")"); err != "" {
			return nil, err
		}
		if c.is("(") {
			c.skipParens()
		}
		t.Func = true
	case c.peek().kind == 'i':
		f.Name = c.next().text
	default:
		_, err := c.fail("expected a field name")
		return nil, err
	}
	for c.is("[") {
		c.next()
		expr := c.until("]")
		dim := int64(-1)
		if v, ok := evalConst(expr, c.consts); ok {
			dim = v
		} else if len(expr) == 0 {
			dim = 0
		}
		t.Dims = append(t.Dims, dim)
		if err := c.expect("]"); err != "" {
			return nil, err
		}
	}
	if c.is(":") {
		c.next()
		v, ok := evalConst(c.until(",", ";"), c.consts)
		if !ok {
			_, err := c.fail("invalid bit-field width")
			return nil, err
		}
		f.Bits = int(v)
	}
	c.attributes()
	return f, ""
}

func joinSpaced(ts []ctok) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.text
	}
	return strings.Join(parts, " ")
}

// cdecl parses the definition token t of the preamble. Errors are reported
// with the checks that follow parsing, as clang's would be.
func (p *parser) cdecl(t token) ast.PreambleItem {
	if p.cconsts == nil {
		p.cconsts = make(map[string]int64)
	}
	c := cparser{toks: cTokenize(t.text), consts: p.cconsts}
	d, err := c.topDecl()
	if err != "" {
		p.lateDiags.Errorf(t.span, "invalid C definition: %s", err)
	}
	if d == nil {
		d = &ast.CDecl{}
	}
	d.Base = ast.BaseAt(t.span)
	d.Text = t.text
	return d
}
