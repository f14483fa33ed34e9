package llvm

import (
	"fmt"
	"slices"

	"github.com/bpftc/bpftc/backend"
	"github.com/bpftc/bpftc/ir"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	llir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/metadata"
	"github.com/llir/llvm/ir/types"
)

// A shared body (ir.Func.Entries) is an internal noinline function, which
// llc places in .text, and each entry a function of its own section that
// calls it with its context and returns its result. llc keeps the call
// (R_BPF_64_32 against .text); cilium links the body into every entry's
// instructions, from which readBack takes it apart again.

// shareBody makes t's function a shared body when its IR function has
// entries: internal, never inlined, in .text, and static in BTF.
func (mod *module) shareBody(t *fn) {
	if len(t.f.Entries) == 0 {
		return
	}
	t.out.Section = ""
	t.out.Linkage = enum.LinkageInternal
	t.out.FuncAttrs = append(t.out.FuncAttrs, enum.FuncAttrNoInline)
	if t.scope != nil {
		t.scope.SPFlags |= enum.DISPFlagLocalToUnit
	}
}

// addEntries adds the entry functions of the shared body f.
func (mod *module) addEntries(f *ir.Func) error {
	if len(f.Entries) == 0 {
		return nil
	}
	i := slices.IndexFunc(mod.out.Funcs, func(x *llir.Func) bool { return x.Name() == f.Name })
	if i < 0 {
		return fmt.Errorf("llvm backend: no function %s", f.Name)
	}
	body := mod.out.Funcs[i]
	// Listed in llvm.compiler.used, the body counts as address-taken: opt
	// keeps its signature (dead argument elimination would drop ctx) and
	// sets its return value.
	used := mod.out.NewGlobalDef("llvm.compiler.used", constant.NewArray(types.NewArray(1, i8p), constant.NewBitCast(body, i8p)))
	used.Linkage = enum.LinkageAppending
	used.Section = "llvm.metadata"
	opaqueReturns(body)
	for _, name := range f.Entries {
		ctx := llir.NewParam("ctx", i8p)
		out := mod.out.NewFunc(name, types.I64, ctx)
		out.Section = progSection + name
		out.FuncAttrs = append(out.FuncAttrs, enum.FuncAttrNoUnwind)
		blk := out.NewBlock("")
		call := blk.NewCall(body, ctx)
		blk.NewRet(call)
		if d := mod.debug; d != nil {
			line := int64(1)
			for _, a := range body.Metadata {
				if sp, ok := a.Node.(*metadata.DISubprogram); ok && a.Name == "dbg" {
					line = sp.Line
				}
			}
			sp := &metadata.DISubprogram{
				MetadataID: -1, Distinct: true, Name: name, Scope: d.file, File: d.file, Line: line,
				Type: d.sig, ScopeLine: line, SPFlags: enum.DISPFlagDefinition, IsOptimized: true, Unit: d.unit,
			}
			arg := &metadata.DILocalVariable{MetadataID: -1, Scope: sp, Name: "ctx", Arg: 1, File: d.file, Line: line, Type: d.voidp}
			sp.RetainedNodes = &metadata.Tuple{MetadataID: -1, Fields: []metadata.Field{arg}}
			loc := &metadata.DILocation{MetadataID: -1, Line: line, Scope: sp}
			mod.out.MetadataDefs = append(mod.out.MetadataDefs, sp, arg, sp.RetainedNodes, loc)
			out.Metadata = append(out.Metadata, &metadata.Attachment{Name: "dbg", Node: sp})
			setDbg(call, loc)
			setDbg(blk.Term, loc)
		}
	}
	return nil
}

// sharedBody splits the instructions cilium linked for the shared body f:
// a program spec holding only the body's, and f's entry programs.
func sharedBody(spec *ebpf.CollectionSpec, f *ir.Func) (*ebpf.ProgramSpec, []backend.Program, error) {
	var body *ebpf.ProgramSpec
	var entries []backend.Program
	for _, name := range f.Entries {
		ps, ok := spec.Programs[name]
		if !ok {
			return nil, nil, fmt.Errorf("llvm backend: llc's object has no program %s", name)
		}
		at := slices.IndexFunc(ps.Instructions, func(ins asm.Instruction) bool { return ins.Symbol() == f.Name })
		if at < 0 {
			return nil, nil, fmt.Errorf("llvm backend: program %s does not call %s", name, f.Name)
		}
		entry := ps.Instructions[:at]
		for i, ins := range entry {
			if ref := ins.Reference(); ref != "" && !(ins.IsFunctionCall() && ref == f.Name) {
				return nil, nil, fmt.Errorf("llvm backend, program %s: instruction %d: unexpected reference to %q", name, i, ref)
			}
		}
		entry = slices.Clone(entry)
		positions(entry)
		entries = append(entries, backend.Program{Name: name, Insns: entry})
		backend.EntryPos(f, entries[len(entries)-1:])
		if body == nil {
			body = ps.Copy()
			body.Instructions = body.Instructions[at:]
		}
	}
	return body, entries, nil
}

// opaqueReturns makes the constants body returns come from inline asm
// ("r0 = 0" all the same), which IPSCCP cannot see through: each entry
// then returns what the call left in r0 instead of setting r0 itself.
func opaqueReturns(body *llir.Func) {
	sig := types.NewPointer(types.NewFunc(types.I64))
	for _, blk := range body.Blocks {
		ret, ok := blk.Term.(*llir.TermRet)
		if !ok {
			continue
		}
		c, ok := ret.X.(*constant.Int)
		if !ok || !c.X.IsInt64() || c.X.Int64() != int64(int32(c.X.Int64())) {
			continue
		}
		call := blk.NewCall(llir.NewInlineAsm(sig, fmt.Sprintf("$0 = %d", c.X.Int64()), "=r"))
		call.Metadata = append(call.Metadata, ret.Metadata...)
		ret.X = call
	}
}
