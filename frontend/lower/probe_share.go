package lower

import (
	"maps"
	"reflect"
	"slices"
	"strings"

	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/ir"
	"github.com/bpftc/bpftc/loader/abi"
)

// Probe blocks whose attach points need programs of different types
// (interval and tracepoint, BEGIN and kprobe) share one body when its code
// does not depend on the attach point: the body becomes a static
// subprogram (ir.Func.Entries) and each type gets an entry program that
// only calls it with its context. The test is exact: every group, lowered
// on its own from the same state, must give the same IR, and the body
// must not touch its context (whose layout differs between the types).

// lowerShared lowers pi, split into groups of different program types,
// as one shared body. It reports whether it did; when it did not, the
// lowerer is as it found it.
func (l *lowerer) lowerShared(pi *sema.ProbeInfo, groups []*sema.ProbeInfo, names map[string]int) bool {
	if len(groups) < 2 || usesProbeBuiltin(pi.Probe) || usesUsdtArgs(pi) {
		return false
	}
	for _, g := range groups {
		if ownProgram[g.Attach[0].Provider] {
			return false
		}
	}
	start := l.save(names)
	l.lowerProbe(groups[0], names)
	body := l.mod.Funcs[len(l.mod.Funcs)-1]
	if readsCtx(body) {
		l.restore(start, names)
		return false
	}
	after := l.save(names)
	for _, g := range groups[1:] {
		l.restore(start, names)
		l.lowerProbe(g, names)
		if !sameCode(body, l.mod.Funcs[len(l.mod.Funcs)-1]) {
			l.restore(start, names)
			return false
		}
	}
	l.restore(after, names)
	l.meta.Programs = l.meta.Programs[:len(l.meta.Programs)-1]
	clear(names)
	maps.Copy(names, start.names)
	var comments []string
	for _, g := range groups {
		name := programName(g, names)
		prog := abi.Program{Name: name, Section: section(g.Attach[0])}
		for _, a := range g.Attach {
			prog.Attach = append(prog.Attach, attachABI(a))
			comments = append(comments, a.Name)
		}
		l.meta.Programs = append(l.meta.Programs, prog)
		body.Entries = append(body.Entries, name)
	}
	body.Name = "sub_" + body.Entries[0]
	body.Comment = strings.Join(comments, ",")
	return true
}

// readsCtx reports whether f uses its context argument.
func readsCtx(f *ir.Func) bool {
	for _, v := range f.Entry().Values {
		if v.Op == ir.OpCtx && v.Uses > 0 {
			return true
		}
	}
	return false
}

// sameCode reports whether a and b are the same IR but for their names.
func sameCode(a, b *ir.Func) bool {
	if len(a.Blocks) != len(b.Blocks) {
		return false
	}
	for i, x := range a.Blocks {
		y := b.Blocks[i]
		if x.ID != y.ID || x.Kind != y.Kind || len(x.Values) != len(y.Values) ||
			!sameIDs(x.Succs, y.Succs) || !sameIDs(x.Preds, y.Preds) || !sameValue(x.Control, y.Control) {
			return false
		}
		for j, v := range x.Values {
			w := y.Values[j]
			if v.ID != w.ID || v.Op != w.Op || v.Type != w.Type || v.Aux != w.Aux || v.Size != w.Size ||
				v.Sign != w.Sign || v.Sym != w.Sym || v.Pos != w.Pos || len(v.Args) != len(w.Args) {
				return false
			}
			for k, a := range v.Args {
				if a.ID != w.Args[k].ID {
					return false
				}
			}
		}
	}
	return true
}

func sameIDs(a, b []*ir.Block) bool {
	return slices.EqualFunc(a, b, func(x, y *ir.Block) bool { return x.ID == y.ID })
}

func sameValue(a, b *ir.Value) bool {
	return a == nil && b == nil || a != nil && b != nil && a.ID == b.ID
}

// lowerState is what lowering a probe changes outside the probe's own
// function, saved so that a trial lowering can be undone.
type lowerState struct {
	meta  abi.Meta
	funcs []*ir.Func
	maps  []*ir.Map
	core  map[string]ir.CoreField
	names map[string]int
}

// save returns the current state. It clips every slice it keeps, so that
// later appends never write into the saved arrays.
func (l *lowerer) save(names map[string]int) *lowerState {
	clipSlices(reflect.ValueOf(l.meta).Elem())
	l.mod.Funcs = slices.Clip(l.mod.Funcs)
	l.mod.Maps = slices.Clip(l.mod.Maps)
	return &lowerState{meta: *l.meta, funcs: l.mod.Funcs, maps: l.mod.Maps, core: maps.Clone(l.mod.CoreFields), names: maps.Clone(names)}
}

// restore goes back to state s.
func (l *lowerer) restore(s *lowerState, names map[string]int) {
	*l.meta = s.meta
	l.mod.Funcs, l.mod.Maps = s.funcs, s.maps
	l.mod.CoreFields = maps.Clone(s.core)
	clear(names)
	maps.Copy(names, s.names)
}

// clipSlices clips every slice field of the struct v.
func clipSlices(v reflect.Value) {
	for i := range v.NumField() {
		if f := v.Field(i); f.Kind() == reflect.Slice && f.CanSet() {
			f.Set(f.Slice3(0, f.Len(), f.Len()))
		}
	}
}
