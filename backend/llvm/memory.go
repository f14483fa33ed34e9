package llvm

import (
	"fmt"

	"github.com/bpftc/bpftc/ir"
	llir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// addr returns the i8* p+off.
func (t *fn) addr(p *ir.Value, off int64) value.Value {
	base := t.ptrVal(p)
	if off == 0 {
		return base
	}
	return t.cur.NewGetElementPtr(types.I8, base, constant.NewInt(types.I64, off))
}

// typedAddr returns p+off as a pointer to elem.
func (t *fn) typedAddr(p *ir.Value, off int64, elem types.Type) value.Value {
	a := t.addr(p, off)
	if elem.Equal(types.I8) {
		return a
	}
	return t.cur.NewBitCast(a, types.NewPointer(elem))
}

// memType is the LLVM type a load or store of v moves: i8..i64, or i8*
// for a whole pointer.
func memType(size int32, t ir.Type) types.Type {
	if size == 8 && t == ir.Ptr {
		return i8p
	}
	return types.NewInt(uint64(size) * 8)
}

// load reads Size bytes, naturally aligned (a BPF load is one instruction
// of that size, so the IR only emits aligned ones), and extends them.
func (t *fn) load(v *ir.Value) error {
	if !validSize(v.Size) {
		return fmt.Errorf("bad load size %d", v.Size)
	}
	if v.Sym != "" {
		return t.coreLoad(v)
	}
	elem := memType(v.Size, v.Type)
	ld := t.cur.NewLoad(elem, t.typedAddr(v.Args[0], v.Aux, elem))
	ld.Align = llir.Align(v.Size)
	var x value.Value = ld
	switch {
	case v.Size == 8 && v.Type == ir.Ptr:
	case v.Size == 8:
	case v.Sign:
		x = t.cur.NewSExt(ld, types.I64)
	default:
		x = t.cur.NewZExt(ld, types.I64)
	}
	if v.Type == ir.Ptr && !isPtr(x) {
		x = t.cur.NewIntToPtr(x, i8p)
	}
	t.vals[v.ID] = name(x, v)
	return nil
}

func validSize(n int32) bool { return n == 1 || n == 2 || n == 4 || n == 8 }

// store writes the low Size bytes of its value, naturally aligned.
func (t *fn) store(v *ir.Value) error {
	if !validSize(v.Size) {
		return fmt.Errorf("bad store size %d", v.Size)
	}
	src := v.Args[1]
	var x value.Value
	var elem types.Type
	switch {
	case v.Size == 8 && isPtr(t.vals[src.ID]):
		elem, x = i8p, t.vals[src.ID]
	default:
		elem = types.NewInt(uint64(v.Size) * 8)
		x = t.narrow(t.intVal(src), elem.(*types.IntType))
	}
	st := t.cur.NewStore(x, t.typedAddr(v.Args[0], v.Aux, elem))
	st.Align = llir.Align(v.Size)
	return nil
}

// narrow truncates an i64 to it, folding constants.
func (t *fn) narrow(x value.Value, it *types.IntType) value.Value {
	if it.BitSize == 64 {
		return x
	}
	if c, ok := x.(*constant.Int); ok {
		bits := it.BitSize
		u := c.X.Int64() & (1<<bits - 1)
		if u >= 1<<(bits-1) {
			u -= 1 << bits // print as LLVM does: signed
		}
		return constant.NewInt(it, u)
	}
	return t.cur.NewTrunc(x, it)
}

// memOp is OpZero (llvm.memset) or OpMemcpy (llvm.memcpy); the BPF
// backend expands both into loads and stores as wide as the alignment we
// can prove allows.
func (t *fn) memOp(v *ir.Value) error {
	if v.Size <= 0 {
		return fmt.Errorf("bad size %d", v.Size)
	}
	n := constant.NewInt(types.I64, int64(v.Size))
	dst := llir.NewArg(t.addr(v.Args[0], v.Aux), llir.Align(t.alignOf(v.Args[0], v.Aux)))
	if v.Op == ir.OpZero {
		t.cur.NewCall(t.mod.intrinsic("memset"), dst, constant.NewInt(types.I8, 0), n, constant.False)
		return nil
	}
	src := llir.NewArg(t.addr(v.Args[1], 0), llir.Align(t.alignOf(v.Args[1], 0)))
	t.cur.NewCall(t.mod.intrinsic("memcpy"), dst, src, n, constant.False)
	return nil
}

// alignOf returns the alignment known for address p+off: stack slots,
// the context and map values are 8-byte aligned.
func (t *fn) alignOf(p *ir.Value, off int64) int {
	a := t.baseAlign(p)
	for a > 1 && off%int64(a) != 0 {
		a /= 2
	}
	return a
}

func (t *fn) baseAlign(p *ir.Value) int {
	if a := t.align[p.ID]; a != 0 {
		return a
	}
	t.align[p.ID] = 1 // while in progress: a cycle of phis proves nothing
	a := 1
	switch {
	case p.Op == ir.OpAlloca, p.Op == ir.OpCtx:
		a = 8
	case p.Op == ir.OpCall && p.Sym == "map_lookup_elem":
		a = 8
	case (p.Op == ir.OpAdd || p.Op == ir.OpSub) && p.Type == ir.Ptr && p.Args[1].Op == ir.OpConst:
		a = t.alignOf(p.Args[0], p.Args[1].Aux)
	case p.Op == ir.OpCopy:
		a = t.baseAlign(p.Args[0])
	case p.Op == ir.OpPhi:
		a = 8
		for _, x := range p.Args {
			a = min(a, t.baseAlign(x))
		}
	}
	t.align[p.ID] = a
	return a
}

// call calls a helper through its number, as clang's BPF target does:
// call (inttoptr ID to fn*).
func (t *fn) call(v *ir.Value) error {
	h := ir.Helpers[v.Sym]
	if h == nil {
		return fmt.Errorf("unknown helper %s", v.Sym)
	}
	if len(v.Args) > 5 {
		return fmt.Errorf("helper %s: more than 5 arguments", v.Sym)
	}
	var args []value.Value
	var params []types.Type
	for _, a := range v.Args {
		x := t.vals[a.ID]
		args = append(args, x)
		params = append(params, x.Type())
	}
	ret := llType(h.Result)
	if v.Type != ir.Void {
		ret = llType(v.Type)
	}
	sig := types.NewFunc(ret, params...)
	callee := constant.NewIntToPtr(constant.NewInt(types.I64, int64(h.ID)), types.NewPointer(sig))
	c := t.cur.NewCall(callee, args...)
	if ret != types.Void {
		name(c, v)
	}
	t.vals[v.ID] = c
	return nil
}
