package lower

import (
	"fmt"
	"strings"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/ir"
	"github.com/bpftc/bpftc/loader/abi"
)

// Error is a construct the checker accepted but lowering cannot compile.
type Error struct {
	Node ast.Node
	Msg  string
}

func (e *Error) Error() string { return e.Msg }

type lowerer struct {
	info    *sema.Info
	mod     *ir.Module
	meta    *abi.Meta
	maps    map[string]*mapLayout
	b       *builder
	probe   *sema.ProbeInfo
	vars    map[string]*ir.Value // string and tuple variables: their stack buffer
	varType map[string]*sema.Type
	tmp     int
	loops   []loop
	// statements counts the statements lowered in the current probe.
	statements int
	// checks is the state of -k helper error checks (helper_check.go).
	checks helperChecks
	// tpCore is how tracepoint fields were read (core_ctx.go).
	tpCore tpCoreState
}

// loop is the targets of break and continue.
type loop struct{ brk, cont *ir.Block }

// Module lowers a checked program. The returned metadata lacks only what
// the driver adds (compiler, source hash, arch).
func Module(p *ast.Program, info *sema.Info) (mod *ir.Module, meta *abi.Meta, err error) {
	l := &lowerer{
		info: info,
		mod:  &ir.Module{Maps: builtinMaps()},
		meta: &abi.Meta{Schema: abi.SchemaVersion, Fields: info.Fields},
		maps: map[string]*mapLayout{},
	}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Error)
			if !ok {
				panic(r)
			}
			err = e
		}
	}()
	zero := 0
	for _, mi := range info.Maps {
		ml := layoutMap(mi)
		l.maps[mi.Name] = ml
		l.mod.Maps = append(l.mod.Maps, ml.ir())
		l.meta.Maps = append(l.meta.Maps, ml.abi())
		if ml.buckets > 0 && !ml.array {
			zero = max(zero, ml.valueSize)
		}
	}
	if zero > 0 {
		l.mod.Maps = append(l.mod.Maps, &ir.Map{Name: abi.ZeroMap, Kind: ir.MapArray, KeySize: 4, ValueSize: zero, MaxEntries: 1})
	}
	names := map[string]int{}
	for _, pi := range info.Probes {
		groups := splitForProbeBuiltin(pi)
		if l.lowerShared(pi, groups, names) {
			continue
		}
		for _, one := range groups {
			l.lowerProbe(one, names)
		}
	}
	l.markArgsCORE()
	return l.mod, l.meta, nil
}

// fail aborts lowering with an error located at n.
func fail(n ast.Node, format string, args ...any) {
	panic(&Error{Node: n, Msg: fmt.Sprintf(format, args...)})
}

func (l *lowerer) tmpVar() string {
	l.tmp++
	return fmt.Sprintf("%%t%d", l.tmp)
}

// programName picks a unique C identifier for a probe's program.
func programName(pi *sema.ProbeInfo, names map[string]int) string {
	base := "probe"
	if len(pi.Attach) > 0 {
		if k, ok := probeKinds[pi.Attach[0].Provider]; ok {
			base = k.name(pi.Attach[0])
		}
	}
	names[base]++
	if n := names[base]; n > 1 {
		return fmt.Sprintf("%s_%d", base, n)
	}
	return base
}

func cIdent(s string) string {
	var sb strings.Builder
	for _, r := range s {
		if r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			sb.WriteRune(r)
		} else {
			sb.WriteByte('_')
		}
	}
	return sb.String()
}

func section(a sema.Attach) string {
	if k, ok := probeKinds[a.Provider]; ok {
		return k.section(a)
	}
	return "raw_tp"
}

func (l *lowerer) lowerProbe(pi *sema.ProbeInfo, names map[string]int) {
	if len(pi.Attach) == 0 {
		return
	}
	name := programName(pi, names)
	var comments []string
	prog := abi.Program{Name: name, Section: section(pi.Attach[0])}
	for _, a := range pi.Attach {
		comments = append(comments, a.Name)
		prog.Attach = append(prog.Attach, attachABI(a))
	}
	l.meta.Programs = append(l.meta.Programs, prog)
	l.b = newBuilder(name, strings.Join(comments, ","))
	l.startChecks()
	l.probe = pi
	l.vars = map[string]*ir.Value{}
	l.varType = l.info.Vars[pi.Probe]
	l.tmp = 0
	l.statements = 0
	l.at(pi.Probe)
	l.declareVars()
	if pi.Probe.Pred != nil {
		l.at(pi.Probe.Pred)
		pass, stop := l.b.newBlock(), l.b.newBlock()
		l.branch(pi.Probe.Pred.X, pass, stop)
		l.b.seal(pass)
		l.b.seal(stop)
		l.b.setBlock(stop)
		l.b.ret()
		l.b.setBlock(pass)
	}
	l.block(pi.Probe.Body)
	if l.b.cur != nil {
		l.b.ret()
	}
	l.relocateArgs()
	l.mod.Funcs = append(l.mod.Funcs, l.b.f)
}

// at sets the source position of the values emitted next.
func (l *lowerer) at(n ast.Node) { l.b.pos = int32(n.Span().Start) }

// declareVars gives every string or tuple variable a zeroed stack buffer:
// bpftrace 0.17 variables live for the whole probe and read as zero before
// their first assignment.
func (l *lowerer) declareVars() {
	for _, name := range sortedKeys(l.varType) {
		t := l.varType[name]
		if t.Kind == sema.KindInt || t.Kind == sema.KindPtr || t.IsAggregate() && !t.Internal {
			continue
		}
		buf := l.b.alloca(t.StorageSize())
		l.b.zero(buf, 0, t.StorageSize())
		l.vars[name] = buf
	}
}
