package compiler

import (
	"fmt"
	"path/filepath"
	"sort"
	"unicode/utf8"

	"github.com/bpftc/bpftc/backend"
	"github.com/bpftc/bpftc/elfwriter"
	"github.com/bpftc/bpftc/frontend/source"
	"github.com/bpftc/bpftc/ir"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
)

// annotate adds to obj's programs their line info, mapped through f, and
// the CO-RE relocations of m's field offsets.
func annotate(obj *elfwriter.Object, f *source.File, m *ir.Module) error {
	t := newLineTable(f)
	for i := range obj.Programs {
		p := &obj.Programs[i]
		p.Lines = t.lines(p.Insns)
		relos, err := coreRelocations(p.Insns, m)
		if err != nil {
			return fmt.Errorf("program %s: %w", p.Name, err)
		}
		p.CORE = relos
	}
	return nil
}

// coreRelocations returns the CO-RE relocations of the instructions the
// backend marked (backend.WithCORE).
func coreRelocations(insns asm.Instructions, m *ir.Module) ([]elfwriter.CORERelocation, error) {
	var out []elfwriter.CORERelocation
	for i := range insns {
		sym := backend.CORE(&insns[i])
		if sym == "" {
			continue
		}
		cf, ok := m.CoreFields[sym]
		if !ok {
			return nil, fmt.Errorf("instruction %d: unknown CO-RE field %q", i, sym)
		}
		typ, ok := cf.Type.(btf.Type)
		if !ok {
			return nil, fmt.Errorf("CO-RE field %q: %T is not a BTF type", sym, cf.Type)
		}
		out = append(out, elfwriter.CORERelocation{Insn: i, Type: typ, Access: cf.Access})
	}
	return out, nil
}

// lineTable turns source byte offsets into lines and columns without
// rescanning the file for every instruction.
type lineTable struct {
	f      *source.File
	name   string // the file's base name: objects must not depend on where the script was
	starts []int  // byte offset of each line's first byte
}

func newLineTable(f *source.File) *lineTable {
	t := &lineTable{f: f, name: "stdin", starts: []int{0}}
	if f.Name != "" {
		t.name = filepath.Base(f.Name)
	}
	for i := 0; i < len(f.Text); i++ {
		if f.Text[i] == '\n' {
			t.starts = append(t.starts, i+1)
		}
	}
	return t
}

// line returns the 1-based line and column of pos (columns count
// characters, as source.File.Position does) and the line's text.
func (t *lineTable) line(pos int32) (line, col uint32, text string) {
	p := min(int(pos), len(t.f.Text))
	i := sort.Search(len(t.starts), func(i int) bool { return t.starts[i] > p }) - 1
	start := t.starts[i]
	end := len(t.f.Text)
	if i+1 < len(t.starts) {
		end = t.starts[i+1] - 1
	}
	col = 1
	for j := start; j < p; j++ {
		if utf8.RuneStart(t.f.Text[j]) {
			col++
		}
	}
	return uint32(i + 1), col, t.f.Text[start:end]
}

// lines returns the line_info of insns: one line per change of source
// position, from the positions the backend attached (backend.WithPos).
func (t *lineTable) lines(insns asm.Instructions) []elfwriter.Line {
	var out []elfwriter.Line
	last := int32(-1)
	for i := range insns {
		pos := backend.Pos(&insns[i])
		if pos < 0 || pos == last {
			continue
		}
		last = pos
		line, col, text := t.line(pos)
		if n := len(out); n > 0 && out[n-1].Line == line && out[n-1].Col == col {
			continue
		}
		out = append(out, elfwriter.Line{Insn: i, File: t.name, Text: text, Line: line, Col: col})
	}
	return out
}
