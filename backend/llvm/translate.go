package llvm

import (
	"fmt"

	"github.com/bpftc/bpftc/ir"
	"github.com/cilium/ebpf"
	llir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
)

// The BPF target as LLVM 14 describes it (little-endian, as -march=bpf on
// this host).
const (
	dataLayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
	triple     = "bpf-pc-linux"
)

// Section names in the intermediate object. Only the instructions are read
// back: the elfwriter writes the final sections, so these just have to be
// ones cilium/ebpf classifies (executable code, legacy maps).
const (
	mapSection  = "maps"
	progSection = "bpftc/"
)

var (
	i8p = types.NewPointer(types.I8)
	// mapDef is struct bpf_map_def: type, key size, value size, max
	// entries, flags. cilium/ebpf reads it without BTF.
	mapDef = types.NewStruct(types.I32, types.I32, types.I32, types.I32, types.I32)
)

var mapTypes = map[ir.MapKind]ebpf.MapType{
	ir.MapHash:           ebpf.Hash,
	ir.MapArray:          ebpf.Array,
	ir.MapPerCPUHash:     ebpf.PerCPUHash,
	ir.MapPerCPUArray:    ebpf.PerCPUArray,
	ir.MapRingBuf:        ebpf.RingBuf,
	ir.MapStackTrace:     ebpf.StackTrace,
	ir.MapPerfEventArray: ebpf.PerfEventArray,
}

// Translate returns m as LLVM IR text, the input of opt. It does not
// modify m.
func Translate(m *ir.Module) (string, error) {
	mod, err := translate(m)
	if err != nil {
		return "", err
	}
	return mod.String(), nil
}

// module holds what the functions of one module share.
type module struct {
	out       *llir.Module
	maps      map[string]constant.Constant // map symbol -> i8* to its definition
	valueSize map[string]int               // map symbol -> value size
	declared  map[string]*llir.Func        // intrinsics by short name
	debug     *debugInfo                   // debug.go
}

func translate(m *ir.Module) (*llir.Module, error) {
	mod := &module{out: llir.NewModule(), maps: map[string]constant.Constant{}, valueSize: map[string]int{}, declared: map[string]*llir.Func{}}
	mod.out.DataLayout = dataLayout
	mod.out.TargetTriple = triple
	mod.initDebug(m)
	for _, mp := range m.Maps {
		if err := mod.addMap(mp); err != nil {
			return nil, err
		}
	}
	for _, f := range m.Funcs {
		if err := mod.addFunc(f); err != nil {
			return nil, fmt.Errorf("llvm backend, function %s: %w", f.Name, err)
		}
		if err := mod.addEntries(f); err != nil {
			return nil, err
		}
	}
	return mod.out, nil
}

func (mod *module) addMap(mp *ir.Map) error {
	t, ok := mapTypes[mp.Kind]
	if !ok {
		return fmt.Errorf("llvm backend: map %s: unknown kind %s", mp.Name, mp.Kind)
	}
	fields := []int64{int64(t), int64(mp.KeySize), int64(mp.ValueSize), int64(mp.MaxEntries), 0}
	var init []constant.Constant
	for _, x := range fields {
		init = append(init, constant.NewInt(types.I32, x))
	}
	g := mod.out.NewGlobalDef(mp.Name, constant.NewStruct(mapDef, init...))
	g.Section = mapSection
	g.Align = 4
	mod.maps[mp.Name] = constant.NewBitCast(g, i8p)
	mod.valueSize[mp.Name] = mp.ValueSize
	return nil
}

// intrinsics are the LLVM intrinsics we call, by short name.
var intrinsics = map[string]struct {
	name   string
	params []types.Type
}{
	"memset":         {"llvm.memset.p0i8.i64", []types.Type{i8p, types.I8, types.I64, types.I1}},
	"memcpy":         {"llvm.memcpy.p0i8.p0i8.i64", []types.Type{i8p, i8p, types.I64, types.I1}},
	"lifetime.start": {"llvm.lifetime.start.p0i8", []types.Type{types.I64, i8p}},
	"lifetime.end":   {"llvm.lifetime.end.p0i8", []types.Type{types.I64, i8p}},
}

// intrinsic declares an intrinsic of the table on first use.
func (mod *module) intrinsic(short string) *llir.Func {
	if f := mod.declared[short]; f != nil {
		return f
	}
	in := intrinsics[short]
	var params []*llir.Param
	for _, p := range in.params {
		params = append(params, llir.NewParam("", p))
	}
	f := mod.out.NewFunc(in.name, types.Void, params...)
	f.FuncAttrs = append(f.FuncAttrs, enum.FuncAttrArgMemOnly, enum.FuncAttrNoUnwind)
	mod.declared[short] = f
	return f
}

// llType is the LLVM type of an IR value type: every integer is i64,
// pointers and map references are i8*.
func llType(t ir.Type) types.Type {
	switch t {
	case ir.I64:
		return types.I64
	case ir.Ptr, ir.MapRef:
		return i8p
	}
	return types.Void
}
