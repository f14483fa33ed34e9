package parser

import (
	"strconv"
	"strings"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/source"
)

// program parses c_definitions probes END.
func (p *parser) program() *ast.Program {
	prog := &ast.Program{}
	var cdefs strings.Builder
	for {
		t := p.cur()
		switch t.kind {
		case tCPreproc:
			p.advance()
			if p.conditional(t.text) || p.active() {
				prog.Preamble = append(prog.Preamble, p.directive(t))
			}
			cdefs.WriteString(t.text + "\n")
			continue
		case tStructDefn:
			p.advance()
			if p.active() {
				prog.Preamble = append(prog.Preamble, p.cdecl(t))
			}
			cdefs.WriteString(t.text + ";\n")
			continue
		}
		break
	}
	prog.CDefinitions = cdefs.String()
	prog.Probes = append(prog.Probes, p.probe())
	for p.k() != tEOF {
		prog.Probes = append(prog.Probes, p.probe())
	}
	prog.Range = source.Span{End: p.prevEnd}
	if len(prog.Preamble) > 0 {
		prog.Range.Start = prog.Preamble[0].Span().Start
	} else {
		prog.Range.Start = prog.Probes[0].Range.Start
	}
	return prog
}

// probe parses attach_points pred block.
func (p *parser) probe() *ast.Probe {
	pr := &ast.Probe{}
	for {
		pr.Attach = append(pr.Attach, p.attachPoint())
		if p.k() != tComma {
			break
		}
		p.advance()
	}
	start := pr.Attach[0].Range.Start
	switch t := p.cur(); t.kind {
	case tEOF:
		end := t.span.End
		if t.span.Empty() && t.span.Start > 0 && int(t.span.Start) <= len(p.file.Text) && p.file.Text[t.span.Start-1] == '\n' {
			// The end of file sits at the start of a line that Bison's
			// location (line+1, column 1) names but a byte offset cannot
			// tell from the end of the line before: step past it.
			end++
		}
		p.fail(source.Span{Start: start, End: end}, "unexpected end of file, expected {")
	case tDiv:
		p.advance()
		x := p.expr()
		end := p.cur()
		if end.kind != tEndPred {
			p.unexpected(tEndPred)
		}
		p.advance()
		pr.Pred = &ast.Predicate{Base: ast.BaseAt(span(t.span, end.span)), X: x}
	}
	if p.k() != tLBrace {
		p.unexpected(tLBrace)
	}
	pr.Body = p.block()
	pr.Range = source.Span{Start: start, End: pr.Body.Range.End}
	return pr
}

// attachPoint glues attach point tokens into bpftrace's raw text
// (language.md LEX-19). Its location starts where the previous token ended,
// Bison's location of the empty rule it begins with.
func (p *parser) attachPoint() *ast.AttachPoint {
	start := p.prevEnd
	var raw strings.Builder
loop:
	for {
		t := p.cur()
		switch t.kind {
		case tIdent, tBuiltin, tCall, tCallBuiltin, tStackMode, tPath:
			raw.WriteString(t.text)
		case tString:
			raw.WriteString(`"` + strings.ReplaceAll(t.text, `"`, `\"`) + `"`)
		case tInt:
			raw.WriteString(strconv.FormatInt(int64(t.val), 10))
		case tColon:
			raw.WriteByte(':')
		case tDot:
			raw.WriteByte('.')
		case tPlus:
			raw.WriteByte('+')
		case tMul:
			raw.WriteByte('*')
		case tLBracket:
			raw.WriteByte('[')
		case tRBracket:
			raw.WriteByte(']')
		case tParam:
			p.advance()
			raw.WriteString("$" + strconv.FormatInt(p.paramN(t), 10))
			continue
		case tParamCount:
			p.advance()
			p.fail(source.Span{Start: start, End: t.span.End}, "Not a positional parameter")
		default:
			break loop
		}
		p.advance()
	}
	s := source.Span{Start: start, End: start}
	if p.prevEnd > start {
		s.End = p.prevEnd
	}
	return &ast.AttachPoint{Base: ast.BaseAt(s), Raw: raw.String()}
}

// paramN returns N of a $N token, reporting $0 and overflow as bpftrace's
// param rule does (language.md LEX-16).
func (p *parser) paramN(t token) int64 {
	n, err := strconv.ParseInt(t.text[1:], 10, 64)
	if err != nil || n == 0 {
		p.fail(t.span, "param "+t.text+" is out of integer range [1, 9223372036854775807]")
	}
	return n
}

// attachPoints splits every attach point of a parsed program, reporting
// errors at the attach point and dropping empty ones (a trailing comma),
// as bpftrace's AttachPointParser does after a successful parse.
func (p *parser) attachPoints(prog *ast.Program) {
	leak := ""
	for _, pr := range prog.Probes {
		kept := pr.Attach[:0]
		for _, ap := range pr.Attach {
			l, err := fillAttachPoint(ap, p.params, p.pid)
			leak += l
			if err != nil {
				p.diags.Errorf(ap.At, "%s", leak+err.Error())
				leak = ""
			}
			if ap.Provider != "" {
				kept = append(kept, ap)
			}
		}
		pr.Attach = kept
		if len(kept) == 0 {
			p.diags.Errorf(pr.At, "No attach points for probe")
		}
	}
}
