package compiler

import (
	"path/filepath"
	"strings"

	"github.com/bpftc/bpftc/frontend/source"
	"github.com/bpftc/bpftc/loader/abi"
)

// renderHelperErrors fills in how the loader prints each -k check site: the
// location prefix and the source excerpt of a warning at its range, the
// same text bpftrace's LOG(WARNING, loc) prints around the message.
//
// The file name is the one the script was given by, as bpftrace prints it,
// except that an absolute path keeps only its base name: an object must not
// depend on the directory it was compiled in (e2e.TestReproducible).
func renderHelperErrors(meta *abi.Meta, f *source.File) {
	const mark = "\x00"
	if filepath.IsAbs(f.Name) {
		g := *f
		g.Name = filepath.Base(f.Name)
		f = &g
	}
	for i := range meta.HelperErrors {
		he := &meta.HelperErrors[i]
		span := source.Span{Start: source.Pos(he.Start), End: source.Pos(he.End)}
		he.Line, he.Col = f.Position(span.Start)
		var b strings.Builder
		source.List{{Span: span, Severity: source.Warning, Msg: mark}}.Render(&b, f)
		text := b.String()
		before, after, ok := strings.Cut(text, ": WARNING: "+mark+"\n")
		if !ok {
			continue
		}
		he.Prefix, he.Context = before, after
	}
}
