package ir

import (
	"fmt"
	"io"
	"strings"
)

// LineCol converts a source byte offset into "line:col" for the printed
// form; nil prints no positions.
type LineCol func(pos int32) string

// Fprint writes m in the canonical text form.
func Fprint(w io.Writer, m *Module, pos LineCol) {
	for _, mp := range m.Maps {
		fmt.Fprintf(w, "map @%s %s key %d value %d max %d\n", mp.Name, mp.Kind, mp.KeySize, mp.ValueSize, mp.MaxEntries)
	}
	for _, f := range m.Funcs {
		fmt.Fprintln(w)
		FprintFunc(w, f, pos)
	}
}

// String returns the text form of m without positions.
func (m *Module) String() string {
	var sb strings.Builder
	Fprint(&sb, m, nil)
	return sb.String()
}

// FprintFunc writes f in the canonical text form.
func FprintFunc(w io.Writer, f *Func, pos LineCol) {
	fmt.Fprintf(w, "func %s %q (ctx:ptr)\n", f.Name, f.Comment)
	for _, b := range f.Blocks {
		fmt.Fprintf(w, "b%d:", b.ID)
		if len(b.Preds) > 0 {
			fmt.Fprint(w, " <-")
			for _, p := range b.Preds {
				fmt.Fprintf(w, " b%d", p.ID)
			}
		}
		fmt.Fprintln(w)
		for _, v := range b.Values {
			line := v.LongString()
			if pos != nil && v.Pos >= 0 {
				line = fmt.Sprintf("%-40s ; %s", line, pos(v.Pos))
			}
			fmt.Fprintf(w, "\t%s\n", line)
		}
		fmt.Fprintf(w, "\t%s\n", b.endString())
	}
}

func (b *Block) endString() string {
	switch b.Kind {
	case BlockIf:
		return fmt.Sprintf("br %s, b%d, b%d", b.Control, b.Succs[0].ID, b.Succs[1].ID)
	case BlockRet:
		return fmt.Sprintf("ret %s", b.Control)
	}
	if len(b.Succs) == 1 {
		return fmt.Sprintf("jmp b%d", b.Succs[0].ID)
	}
	return "<unterminated>"
}

// String returns the value's name, v<ID>.
func (v *Value) String() string { return fmt.Sprintf("v%d", v.ID) }

// LongString returns the whole instruction defining v.
func (v *Value) LongString() string {
	var sb strings.Builder
	if v.Type != Void {
		fmt.Fprintf(&sb, "%s:%s = ", v, v.Type)
	}
	sb.WriteString(v.Op.String())
	switch v.Op {
	case OpLoad, OpStore:
		sign := "u"
		if v.Sign {
			sign = "s"
		}
		fmt.Fprintf(&sb, ".%s%d", sign, int(v.Size)*8)
	}
	var ops []string
	switch v.Op {
	case OpConst:
		ops = append(ops, fmt.Sprint(v.Aux))
	case OpMap:
		ops = append(ops, "@"+v.Sym)
	case OpCall:
		ops = append(ops, v.Sym)
	case OpAlloca:
		ops = append(ops, fmt.Sprint(v.Aux))
	case OpCoreOff:
		ops = append(ops, fmt.Sprint(v.Aux), v.Sym)
	case OpGlobal:
		ops = append(ops, v.Sym)
	}
	for i, a := range v.Args {
		ops = append(ops, a.String())
		if i == 0 {
			switch v.Op {
			case OpLoad, OpStore, OpZero, OpMemcpy:
				ops = append(ops, fmt.Sprint(v.Aux))
			}
		}
	}
	switch v.Op {
	case OpZext, OpSext:
		ops = append(ops, fmt.Sprint(v.Aux))
	case OpZero, OpMemcpy:
		ops = append(ops, fmt.Sprint(v.Size))
	case OpLoad:
		if v.Sym != "" {
			ops = append(ops, corePrefix+v.Sym)
		}
	}
	if len(ops) > 0 {
		sb.WriteString(" ")
		sb.WriteString(strings.Join(ops, ", "))
	}
	return sb.String()
}

// corePrefix introduces the CO-RE field of a relocated load in the
// printed form: load.u32 v0, 8, core struct trace_event_raw_x 0:2.
const corePrefix = "core "
