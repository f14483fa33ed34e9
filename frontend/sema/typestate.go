package sema

import (
	"strings"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/source"
)

// typeState is what the checker keeps about C types and memory reads.
type typeState struct {
	ct *cTypes
	// asNone is set when some probe_read has no address space.
	asNone bool
	// none holds expressions left without a type (see markNone).
	none map[ast.Expr]bool
	// late lists errors to move after others (see orderLate).
	late []lateDiag
	// early is set when an error bpftrace finds in every pass was reported.
	early bool
}

func (c *checker) typeState() *typeState {
	if c.ts == nil {
		c.ts = &typeState{ct: newCTypes(&ast.Program{}, nil)}
	}
	return c.ts
}

func (c *checker) ctypes() *cTypes { return c.typeState().ct }

// startTypes lays out the C definitions of p's preamble. Like clang in
// bpftrace 0.17, an error there stops compilation: it reports false.
func (c *checker) startTypes(p *ast.Program) bool {
	c.ts = &typeState{ct: newCTypes(p, newKernelTypes(c.opts.BTFPath))}
	ct := c.ts.ct
	if len(ct.errs) == 0 {
		return true
	}
	for _, e := range ct.errs {
		c.diags = append(c.diags, source.Diagnostic{Severity: source.Error, Msg: e, NoLoc: true, Raw: true})
	}
	if ct.missing {
		c.diags = append(c.diags, source.Diagnostic{Severity: source.Error, NoLoc: true,
			Msg: "Include headers with missing type definitions or install BTF information to your system."})
	}
	return false
}

// finishTypes adds the warnings bpftrace 0.17 prints while generating
// code, after the checker's.
func (c *checker) finishTypes() {
	if c.ts != nil && c.ts.early {
		c.dropLastPassErrors()
	}
	if c.ts != nil && c.ts.asNone && c.diags.ErrorCount() == 0 {
		c.diags = append(c.diags, source.Diagnostic{Severity: source.Warning, NoLoc: true, Msg: "Addrspace is not set"})
	}
}

// earlyErrorf reports an error that bpftrace 0.17 finds in every pass of
// its checker: the first pass then stops it, and the errors its last pass
// alone reports never show.
func (c *checker) earlyErrorf(n ast.Node, format string, args ...any) {
	c.earlyErrorAt(n.Loc(), format, args...)
}

func (c *checker) earlyErrorAt(s source.Span, format string, args ...any) {
	if !c.quiet {
		c.diags.Errorf(s, format, args...)
		c.typeState().early = true
	}
}

// lastPassOnly lists the beginnings of messages bpftrace 0.17 reports only
// in its checker's last pass.
var lastPassOnly = []string{
	"Undefined map: ", "Undefined variable: ", "Invalid expression for assignment",
	"Type mismatch for '", "The array index operator", "the index ", "Invalid tuple index",
	"Ternary operator must return", "Invalid condition in ternary",
	"Can not access index ", "none type passed to ", "Invalid condition in if",
	"Invalid type for predicate",
}

// dropLastPassErrors removes, after an early error, the diagnostics
// bpftrace would not have reached.
func (c *checker) dropLastPassErrors() {
	out := c.diags[:0]
	for _, d := range c.diags {
		if !lastPassMessage(d.Msg) {
			out = append(out, d)
		}
	}
	c.diags = out
}

func lastPassMessage(msg string) bool {
	if strings.Contains(msg, " specifier expects a value of type ") && strings.HasSuffix(msg, "(none supplied)") {
		return true
	}
	if strings.HasPrefix(msg, "Can not access field '") && strings.Contains(msg, "' on expression of type '") {
		return true
	}
	if strings.HasPrefix(msg, "The ") && strings.Contains(msg, " operator can not be used on expressions of type") {
		return true
	}
	for _, p := range lastPassOnly {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}
