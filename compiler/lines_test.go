package compiler

import (
	"bytes"
	"sort"
	"testing"

	"github.com/bpftc/bpftc/backend"
	"github.com/bpftc/bpftc/backend/llvm"
	"github.com/bpftc/bpftc/backend/native"
	"github.com/bpftc/bpftc/frontend/source"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"
)

// TestLineInfo reads objects back with cilium/ebpf and checks their
// func_info and line_info: every program starts with its FUNC and a line,
// and every line names the script and holds the script's text at that
// line number. Every script goes through the native backend, a few
// through llvm.
func TestLineInfo(t *testing.T) {
	all := scripts(t)
	names := make([]string, 0, len(all))
	for n := range all {
		names = append(names, n)
	}
	sort.Strings(names)
	bes := []backend.Backend{&native.Backend{}}
	if haveLLVM(t) {
		bes = append(bes, &llvm.Backend{})
	}
	for _, be := range bes {
		t.Run(be.Name(), func(t *testing.T) {
			for i, name := range names {
				if be.Name() == "llvm" && i%10 != 0 {
					continue
				}
				checkLines(t, name, all[name], be)
			}
		})
	}
}

func checkLines(t *testing.T, name string, s *testScript, be backend.Backend) {
	res, err := Compile(s.file, &Options{Params: s.params, Unsafe: s.unsafe, Backend: be})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(res.Object))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	lines := newLineTable(s.file)
	for pn, p := range spec.Programs {
		insns := p.Instructions
		if fn := btf.FuncMetadata(&insns[0]); fn == nil || fn.Name != pn {
			t.Errorf("%s: %s: func_info %v", name, pn, fn)
		}
		if _, ok := insns[0].Source().(*btf.Line); !ok {
			t.Errorf("%s: %s: no line at its first instruction", name, pn)
		}
		n := 0
		for i := range insns {
			l, ok := insns[i].Source().(*btf.Line)
			if !ok {
				continue
			}
			n++
			if l.FileName() != s.file.Name || l.LineNumber() < 1 || int(l.LineNumber()) > len(lines.starts) {
				t.Errorf("%s: %s: instruction %d: line %s:%d", name, pn, i, l.FileName(), l.LineNumber())
				continue
			}
			if want := s.file.Line(int(l.LineNumber())); l.Line() != want {
				t.Errorf("%s: %s: instruction %d: line %d is %q, the script has %q", name, pn, i, l.LineNumber(), l.Line(), want)
			}
		}
		// Most probes are several statements: expect more than one line.
		if n < 2 && len(insns) > 20 {
			t.Errorf("%s: %s: %d lines for %d instructions", name, pn, n, len(insns))
		}
	}
}

// TestLineTable compares lineTable with source.File at every offset.
func TestLineTable(t *testing.T) {
	f := &source.File{Name: "x.bt", Text: "BEGIN {\n\t@é = \"ü\";\n\n}"}
	lt := newLineTable(f)
	for p := 0; p <= len(f.Text); p++ {
		line, col, text := lt.line(int32(p))
		wl, wc := f.Position(source.Pos(p))
		if int(line) != wl || int(col) != wc || text != f.Line(wl) {
			t.Errorf("offset %d: %d:%d %q, want %d:%d %q", p, line, col, text, wl, wc, f.Line(wl))
		}
	}
}
