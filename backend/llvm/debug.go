package llvm

import (
	"reflect"

	"github.com/bpftc/bpftc/backend"
	"github.com/bpftc/bpftc/ir"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
	llir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/metadata"
	"github.com/llir/llvm/ir/types"
)

// Source positions survive LLVM as debug locations: every instruction
// translated from an IR value gets !dbg !DILocation(line: pos+1), the
// value's source byte offset plus one (line 0 means "no location" to
// LLVM). llc turns locations into BTF line_info, which cilium reads back
// as each instruction's Source; readBack turns the line numbers back into
// positions. Optimisations that merge instructions from different
// statements drop or merge their locations, so a few instructions inherit
// the position of the instruction before them.

// debugInfo is the module's compile unit and the types every function's
// subprogram shares.
type debugInfo struct {
	file  *metadata.DIFile
	unit  *metadata.DICompileUnit
	sig   *metadata.DISubroutineType
	voidp *metadata.DIDerivedType
}

// initDebug adds the compile unit and the module flags LLVM needs to keep
// debug locations, when m has source positions.
func (mod *module) initDebug(m *ir.Module) {
	if !hasPositions(m) {
		return
	}
	out := mod.out
	file := &metadata.DIFile{MetadataID: -1, Filename: "bpftc", Directory: ""}
	unit := &metadata.DICompileUnit{
		MetadataID: -1, Distinct: true, Language: enum.DwarfLangC99, File: file,
		Producer: "bpftc", IsOptimized: true, EmissionKind: enum.EmissionKindFullDebug,
	}
	long := &metadata.DIBasicType{MetadataID: -1, Tag: enum.DwarfTagBaseType, Name: "long", Size: 64, Encoding: enum.DwarfAttEncodingSigned}
	voidp := &metadata.DIDerivedType{MetadataID: -1, Tag: enum.DwarfTagPointerType, BaseType: &metadata.NullLit{}, Size: 64}
	sig := &metadata.DISubroutineType{MetadataID: -1, Types: &metadata.Tuple{MetadataID: -1, Fields: []metadata.Field{long, voidp}}}
	flag := func(behaviour int64, name string, v int64) *metadata.Tuple {
		return &metadata.Tuple{MetadataID: -1, Fields: []metadata.Field{
			constant.NewInt(types.I32, behaviour),
			&metadata.String{Value: name},
			constant.NewInt(types.I32, v),
		}}
	}
	version := flag(7, "Dwarf Version", 4)
	debugVersion := flag(2, "Debug Info Version", 3)
	out.MetadataDefs = append(out.MetadataDefs, file, unit, long, voidp, sig, sig.Types, version, debugVersion)
	out.NamedMetadataDefs["llvm.dbg.cu"] = &metadata.NamedDef{Name: "llvm.dbg.cu", Nodes: []metadata.Node{unit}}
	out.NamedMetadataDefs["llvm.module.flags"] = &metadata.NamedDef{Name: "llvm.module.flags", Nodes: []metadata.Node{version, debugVersion}}
	mod.debug = &debugInfo{file: file, unit: unit, sig: sig, voidp: voidp}
}

// initDebug gives the function its subprogram, placed at its first
// source position.
func (t *fn) initDebug() {
	d := t.mod.debug
	if d == nil {
		return
	}
	line := int64(1)
	for _, b := range t.f.Blocks {
		for _, v := range b.Values {
			if v.Pos >= 0 {
				line = int64(v.Pos) + 1
				goto found
			}
		}
	}
found:
	sp := &metadata.DISubprogram{
		MetadataID: -1, Distinct: true, Name: t.f.Name, Scope: d.file, File: d.file, Line: line,
		Type: d.sig, ScopeLine: line, SPFlags: enum.DISPFlagDefinition, IsOptimized: true, Unit: d.unit,
	}
	// The kernel wants the arguments of a global function named: llc
	// takes the names from the argument variables the subprogram retains.
	ctx := &metadata.DILocalVariable{MetadataID: -1, Scope: sp, Name: "ctx", Arg: 1, File: d.file, Line: line, Type: d.voidp}
	sp.RetainedNodes = &metadata.Tuple{MetadataID: -1, Fields: []metadata.Field{ctx}}
	t.mod.out.MetadataDefs = append(t.mod.out.MetadataDefs, sp, ctx, sp.RetainedNodes)
	t.locs = map[int32]*metadata.DILocation{}
	t.out.Metadata = append(t.out.Metadata, &metadata.Attachment{Name: "dbg", Node: sp})
	t.scope = sp
}

// hasPositions reports whether any value of m has a source position.
func hasPositions(m *ir.Module) bool {
	for _, f := range m.Funcs {
		for _, b := range f.Blocks {
			for _, v := range b.Values {
				if v.Pos >= 0 {
					return true
				}
			}
		}
	}
	return false
}

// at returns where the instructions translating the next value start.
func (t *fn) at() (*llir.Block, int) { return t.cur, len(t.cur.Insts) }

// locate attaches pos to the instructions emitted since blk, from: those
// after from in blk and, when the translation moved on to another block,
// those at the start of the current one.
func (t *fn) locate(blk *llir.Block, from int, pos int32) {
	if pos < 0 || t.scope == nil {
		return
	}
	loc := t.locs[pos]
	if loc == nil {
		// Numbered nodes, one per position, keep the printed IR short.
		loc = &metadata.DILocation{MetadataID: -1, Line: int64(pos) + 1, Scope: t.scope}
		t.mod.out.MetadataDefs = append(t.mod.out.MetadataDefs, loc)
		t.locs[pos] = loc
	}
	for _, inst := range blk.Insts[from:] {
		setDbg(inst, loc)
	}
	if t.cur != blk {
		for _, inst := range t.cur.Insts {
			setDbg(inst, loc)
		}
	}
	t.lastLoc = loc
}

// locateTerm gives a block's terminator the location of the code before
// it.
func (t *fn) locateTerm(blk *llir.Block) {
	if t.lastLoc != nil && blk.Term != nil {
		setDbg(blk.Term, t.lastLoc)
	}
}

var attachmentsType = reflect.TypeOf(llir.Metadata(nil))

// setDbg sets the !dbg attachment of an instruction or terminator, unless
// it has one. llir has no setter common to its instruction types, but all
// of them embed Metadata.
func setDbg(inst any, loc *metadata.DILocation) {
	v := reflect.ValueOf(inst)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return
	}
	f := v.Elem().FieldByName("Metadata")
	if !f.IsValid() || f.Type() != attachmentsType || !f.CanSet() {
		return
	}
	mds := f.Interface().(llir.Metadata)
	for _, a := range mds {
		if a.Name == "dbg" {
			return
		}
	}
	f.Set(reflect.Append(f, reflect.ValueOf(&metadata.Attachment{Name: "dbg", Node: loc})))
}

// positions moves the line numbers llc wrote into line_info back into
// source positions (backend.WithPos) and drops the line cilium attached:
// the object writer makes its own line_info.
func positions(insns asm.Instructions) {
	for i := range insns {
		ins := &insns[i]
		if l, ok := ins.Source().(*btf.Line); ok && l.LineNumber() > 0 {
			*ins = backend.WithPos(ins.WithSource(nil), int32(l.LineNumber()-1))
		}
	}
}
