package compiler

import (
	"errors"
	"fmt"
	"strings"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/cheader"
	"github.com/bpftc/bpftc/frontend/parser"
	"github.com/bpftc/bpftc/frontend/source"
)

// includeHeaders reads the headers of --include (opts.Includes) and of the
// script's #include lines, searching opts.IncludeDirs (-I) first (CLI-14,
// PRE): when they define macros or are local headers with C definitions,
// the script is parsed again knowing the macros, and the local headers'
// definitions join the preamble. Without clang, only #define lines and
// struct, union and enum definitions are read; a local header with other
// C gets a clear error. A missing header is clang's fatal error.
func includeHeaders(f *source.File, prog *ast.Program, diags source.List, opts *Options) (*ast.Program, source.List) {
	var incs []*ast.Include
	for _, it := range prog.Preamble {
		if inc, ok := it.(*ast.Include); ok {
			incs = append(incs, inc)
		}
	}
	if len(incs) == 0 && len(opts.Includes) == 0 && !needsKconfig(prog, opts) {
		return prog, diags
	}
	ld := headerLoader(opts)
	fatal := func(at string, err error) (*ast.Program, source.List) {
		var nf *cheader.NotFoundError
		msg := err.Error()
		if errors.As(err, &nf) {
			msg = "fatal error: " + msg
		}
		diags = append(diags, source.Diagnostic{Severity: source.Error, Raw: true, NoLoc: true, Msg: at + msg})
		return prog, diags
	}
	for _, name := range forcedIncludes(opts) {
		if err := ld.Include(cheader.Header{Name: name}, ""); err != nil {
			return fatal("", err)
		}
	}
	for _, inc := range incs {
		if err := ld.Include(cheader.Header{Name: inc.Path, System: inc.System}, ""); err != nil {
			line, col := definitionsPosition(prog.CDefinitions, inc.Text)
			return fatal(fmt.Sprintf("definitions.h:%d:%d: ", line, col), err)
		}
	}
	var decls []ast.PreambleItem
	for _, l := range ld.Locals {
		items, err := headerDecls(l)
		if err != nil {
			diags = append(diags, source.Diagnostic{Severity: source.Error, NoLoc: true, Msg: err.Error()})
			return prog, diags
		}
		decls = append(decls, items...)
	}
	if len(ld.Macros) > 0 {
		prog, diags = parser.Parse(f, &parser.Options{Params: opts.Params, PID: opts.Process.PID, Macros: predefinedMacros(opts, ld.Macros)})
		if diags.Err() != nil {
			return prog, diags
		}
	}
	prog.Preamble = append(decls, prog.Preamble...)
	return prog, diags
}

// definitionsPosition is where clang reports an #include line of the
// preamble: its line in definitions.h (one line comes before the script's
// preamble) and the column of its quote or bracket.
func definitionsPosition(defs, text string) (int, int) {
	start := strings.Index(defs, text)
	if start < 0 {
		return 2, 10
	}
	line := 2 + strings.Count(defs[:start], "\n")
	col := strings.IndexAny(text, "\"<") + 1
	return line, col
}

// headerDecls parses the C definitions of a local header as the preamble
// of a script of its own.
func headerDecls(l cheader.Local) ([]ast.PreambleItem, error) {
	var text strings.Builder
	for _, line := range strings.Split(l.Text, "\n") {
		// Directives were read already (and conditionals are ignored).
		if _, _, ok := cheader.Directive(line); ok {
			text.WriteString("\n")
			continue
		}
		text.WriteString(line)
		text.WriteString("\n")
	}
	if strings.TrimSpace(text.String()) == "" {
		return nil, nil
	}
	hf := &source.File{Name: l.Path, Text: text.String() + "BEGIN{}"}
	p, diags := parser.Parse(hf, nil)
	if diags.Err() != nil || p == nil {
		var b strings.Builder
		diags.Render(&b, hf)
		msg, _, _ := strings.Cut(b.String(), "\n")
		return nil, fmt.Errorf("%s (bpftc reads only the #define lines and the struct, union and enum definitions of local headers: it does not run clang)", strings.Replace(msg, "ERROR: ", "", 1))
	}
	var items []ast.PreambleItem
	for _, it := range p.Preamble {
		if d, ok := it.(*ast.CDecl); ok {
			items = append(items, d)
		}
	}
	return items, nil
}
