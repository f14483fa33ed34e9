package ast

import (
	"bufio"
	"io"
	"strconv"
	"strings"
)

// Fprint writes the tree rooted at n to w in a stable indented text form:
// one node per line with its operator or values, children indented by two
// spaces, no positions. Golden tests compare this form.
func Fprint(w io.Writer, n Node) error {
	p := printer{w: bufio.NewWriter(w)}
	p.node(n, 0)
	return p.w.Flush()
}

type printer struct {
	w *bufio.Writer
}

func (p *printer) line(depth int, parts ...string) {
	for i := 0; i < depth; i++ {
		p.w.WriteString("  ")
	}
	for i, s := range parts {
		if i > 0 {
			p.w.WriteByte(' ')
		}
		p.w.WriteString(s)
	}
	p.w.WriteByte('\n')
}

func (p *printer) node(n Node, depth int) {
	if isNil(n) {
		p.line(depth, "<nil>")
		return
	}
	p.line(depth, label(n)...)
	switch n := n.(type) {
	case *CDecl:
		p.cdecl(n, depth+1)
		return
	case *AttachPoint:
		return
	}
	for _, c := range Children(n) {
		if _, ok := c.(*TypeName); ok {
			continue // printed in the parent's label
		}
		p.node(c, depth+1)
	}
}

// label returns the words of n's own line.
func label(n Node) []string {
	switch n := n.(type) {
	case *Program:
		return []string{"program"}
	case *Include:
		if n.System {
			return []string{"include", "<" + n.Path + ">"}
		}
		return []string{"include", strconv.Quote(n.Path)}
	case *Define:
		l := []string{"define", n.Name, strconv.Quote(n.Value)}
		if n.Function {
			l = append(l, "function")
		}
		return l
	case *Directive:
		return []string{"directive", strconv.Quote(n.Text)}
	case *CDecl:
		return []string{n.Kind.String(), nameOr(n.Name, "<anon>")}
	case *Probe:
		return []string{"probe"}
	case *AttachPoint:
		return attachLabel(n)
	case *Predicate:
		return []string{"predicate"}
	case *Block:
		return []string{"block"}
	case *ExprStmt:
		return []string{"expr"}
	case *AssignMap:
		return []string{"assign", n.Op.AssignText()}
	case *AssignVar:
		return []string{"assign", n.Op.AssignText()}
	case *If:
		return []string{"if"}
	case *Unroll:
		return []string{"unroll"}
	case *While:
		return []string{"while"}
	case *For:
		return []string{"for"}
	case *Jump:
		return []string{n.Kind.String()}
	case *Let:
		return []string{"let"}
	case *Integer:
		l := []string{"int", strconv.FormatInt(n.Value, 10)}
		if n.Raw != l[1] {
			l = append(l, "raw="+n.Raw)
		}
		return l
	case *String:
		return []string{"string", strconv.Quote(n.Value)}
	case *Builtin:
		return []string{"builtin", n.Name}
	case *Identifier:
		return []string{"ident", strconv.Quote(n.Name)}
	case *StackMode:
		return []string{"stackmode", n.Mode}
	case *Positional:
		return []string{"param", "$" + strconv.FormatInt(n.N, 10)}
	case *PositionalCount:
		return []string{"param", "$#"}
	case *Call:
		return []string{"call", n.Name}
	case *Map:
		return []string{"map", n.Name}
	case *Var:
		return []string{"var", n.Name}
	case *Binary:
		return []string{"binop", n.Op.String()}
	case *Unary:
		if n.Postfix {
			return []string{"unop", n.Op.String(), "post"}
		}
		return []string{"unop", n.Op.String()}
	case *Ternary:
		return []string{"ternary"}
	case *Field:
		if n.Arrow {
			return []string{"field", "->" + n.Name}
		}
		return []string{"field", "." + n.Name}
	case *TupleIndex:
		return []string{"tuple-index", "." + strconv.FormatInt(n.Index, 10)}
	case *Index:
		return []string{"index"}
	case *Cast:
		return []string{"cast", "(" + typeText(n.Type) + ")"}
	case *TypeName:
		return []string{"type", typeText(n)}
	case *Tuple:
		return []string{"tuple"}
	case *Sizeof:
		if n.Type != nil {
			return []string{"sizeof", "(" + typeText(n.Type) + ")"}
		}
		return []string{"sizeof"}
	case *Offsetof:
		l := []string{"offsetof"}
		if n.Type != nil {
			l = append(l, "("+typeText(n.Type)+")")
		}
		return append(l, strings.Join(n.Field, "."))
	}
	return []string{"?"}
}

func nameOr(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

func typeText(t *TypeName) string {
	if t == nil {
		return "<nil>"
	}
	if t.Ptr == 0 {
		return t.Name
	}
	return t.Name + " " + strings.Repeat("*", t.Ptr)
}

func attachLabel(a *AttachPoint) []string {
	l := []string{"attach", strconv.Quote(a.Raw)}
	add := func(k, v string) {
		if v != "" {
			l = append(l, k+"="+strconv.Quote(v))
		}
	}
	addU := func(k string, v uint64) {
		if v != 0 {
			l = append(l, k+"="+strconv.FormatUint(v, 10))
		}
	}
	add("provider", a.Provider)
	add("target", a.Target)
	add("ns", a.Ns)
	add("func", a.Func)
	if a.FuncOffset != 0 {
		l = append(l, "offset="+strconv.FormatInt(a.FuncOffset, 10))
	}
	addU("address", a.Address)
	addU("freq", a.Freq)
	addU("len", a.Len)
	add("mode", a.Mode)
	add("pin", a.Pin)
	if a.Async {
		l = append(l, "async")
	}
	if a.NeedExpansion {
		l = append(l, "wildcard")
	}
	return l
}

func (p *printer) cdecl(d *CDecl, depth int) {
	for _, f := range d.Fields {
		l := []string{"field", nameOr(f.Name, "<anon>"), cTypeText(f.Type)}
		if f.Bits >= 0 {
			l = append(l, ":"+strconv.Itoa(f.Bits))
		}
		p.line(depth, l...)
		if f.Type != nil && f.Type.Decl != nil {
			p.line(depth+1, label(f.Type.Decl)...)
			p.cdecl(f.Type.Decl, depth+2)
		}
	}
	for _, e := range d.Enumerators {
		v := strconv.FormatInt(e.Value, 10)
		if !e.Resolved {
			v = "?"
		}
		l := []string{"enumerator", e.Name, "=", v}
		if e.Expr != "" && e.Expr != v {
			l = append(l, "expr="+strconv.Quote(e.Expr))
		}
		p.line(depth, l...)
	}
}

// cTypeText formats t like a C abstract declarator: "struct foo *[4]".
func cTypeText(t *CType) string {
	if t == nil {
		return "<nil>"
	}
	var b strings.Builder
	b.WriteString(t.Name)
	if t.Decl != nil && t.Name == "" {
		b.WriteString(t.Decl.Kind.String() + " <anon>")
	}
	if t.Ptr > 0 {
		b.WriteString(" " + strings.Repeat("*", t.Ptr))
	}
	if t.Func {
		b.WriteString(" (*)()")
	}
	for _, d := range t.Dims {
		if d < 0 {
			b.WriteString("[?]")
		} else {
			b.WriteString("[" + strconv.FormatInt(d, 10) + "]")
		}
	}
	return b.String()
}
