package llvm

import (
	"fmt"

	"github.com/bpftc/bpftc/ir"
	llir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

var (
	zero64  = constant.NewInt(types.I64, 0)
	nullPtr = constant.NewNull(i8p)
)

func isPtr(x value.Value) bool {
	_, ok := x.Type().(*types.PointerType)
	return ok
}

// name gives an LLVM value the IR value's name.
func name(x value.Value, v *ir.Value) value.Value {
	if n, ok := x.(value.Named); ok {
		n.SetName(fmt.Sprintf("v%d", v.ID))
	}
	return x
}

// value translates one IR value into the current block.
func (t *fn) value(v *ir.Value) error {
	b := t.cur
	if v.Op != ir.OpPhi {
		for _, a := range v.Args {
			if t.vals[a.ID] == nil {
				return fmt.Errorf("operand %s has no value", a)
			}
		}
	}
	var x value.Value
	switch v.Op {
	case ir.OpConst:
		if v.Type == ir.Ptr {
			x = constant.NewIntToPtr(constant.NewInt(types.I64, v.Aux), i8p)
		} else {
			x = constant.NewInt(types.I64, v.Aux)
		}
	case ir.OpCtx:
		x = t.ctx
	case ir.OpMap:
		c, ok := t.mod.maps[v.Sym]
		if !ok {
			return fmt.Errorf("unknown map %s", v.Sym)
		}
		x = c
	case ir.OpCoreOff:
		x = t.coreOff(v)
	case ir.OpGlobal:
		return t.global(v)
	case ir.OpAlloca:
		return nil // translated by stackSlots
	case ir.OpCopy:
		t.conds[v.ID] = t.conds[v.Args[0].ID]
		x = t.vals[v.Args[0].ID]
	case ir.OpPhi:
		phi := &llir.InstPhi{Typ: llType(v.Type)}
		b.Insts = append(b.Insts, phi)
		t.phis = append(t.phis, v)
		x = name(phi, v)
	case ir.OpLoad:
		return t.load(v)
	case ir.OpStore:
		return t.store(v)
	case ir.OpZero, ir.OpMemcpy:
		return t.memOp(v)
	case ir.OpCall:
		return t.call(v)
	case ir.OpNeg:
		x = name(b.NewSub(zero64, t.intVal(v.Args[0])), v)
	case ir.OpNot:
		x = name(b.NewXor(t.intVal(v.Args[0]), constant.NewInt(types.I64, -1)), v)
	case ir.OpZext, ir.OpSext:
		x = t.extend(v)
	default:
		switch {
		case v.Op.IsCompare():
			x = t.compare(v)
		case v.Type == ir.Ptr:
			x = t.ptrArith(v)
		case v.Op.IsBinary():
			x = t.binary(v)
		default:
			return fmt.Errorf("cannot translate op %s", v.Op)
		}
	}
	t.vals[v.ID] = x
	return nil
}

// intVal returns v as an i64.
func (t *fn) intVal(v *ir.Value) value.Value {
	x := t.vals[v.ID]
	if !isPtr(x) {
		return x
	}
	if c, ok := x.(constant.Constant); ok {
		return constant.NewPtrToInt(c, types.I64)
	}
	return t.cur.NewPtrToInt(x, types.I64)
}

// ptrVal returns v as an i8*.
func (t *fn) ptrVal(v *ir.Value) value.Value {
	x := t.vals[v.ID]
	if isPtr(x) {
		return x
	}
	if c, ok := x.(*constant.Int); ok {
		if c.X.Sign() == 0 {
			return nullPtr
		}
		return constant.NewIntToPtr(c, i8p)
	}
	return t.cur.NewIntToPtr(x, i8p)
}

// extend zero- or sign-extends the low Aux bits of an i64.
func (t *fn) extend(v *ir.Value) value.Value {
	x := t.intVal(v.Args[0])
	if v.Aux <= 0 || v.Aux >= 64 {
		return x
	}
	narrow := t.cur.NewTrunc(x, types.NewInt(uint64(v.Aux)))
	if v.Op == ir.OpZext {
		return name(t.cur.NewZExt(narrow, types.I64), v)
	}
	return name(t.cur.NewSExt(narrow, types.I64), v)
}

var predicates = map[ir.Op]enum.IPred{
	ir.OpEq: enum.IPredEQ, ir.OpNe: enum.IPredNE,
	ir.OpULt: enum.IPredULT, ir.OpULe: enum.IPredULE, ir.OpUGt: enum.IPredUGT, ir.OpUGe: enum.IPredUGE,
	ir.OpSLt: enum.IPredSLT, ir.OpSLe: enum.IPredSLE, ir.OpSGt: enum.IPredSGT, ir.OpSGe: enum.IPredSGE,
}

// compare yields the i1 (kept in conds for branches) and its i64.
func (t *fn) compare(v *ir.Value) value.Value {
	a, b := v.Args[0], v.Args[1]
	var x, y value.Value
	switch pa, pb := isPtr(t.vals[a.ID]), isPtr(t.vals[b.ID]); {
	case pa && pb:
		x, y = t.vals[a.ID], t.vals[b.ID]
	case pa && isZero(b):
		x, y = t.vals[a.ID], nullPtr
	case pb && isZero(a):
		x, y = nullPtr, t.vals[b.ID]
	default:
		x, y = t.intVal(a), t.intVal(b)
	}
	c := t.cur.NewICmp(predicates[v.Op], x, y)
	t.conds[v.ID] = c
	if v.Uses == 1 && v.Block.Control == v {
		// Only its block's branch uses it: the i1 is all it needs.
		return name(c, v)
	}
	c.SetName(fmt.Sprintf("v%d.c", v.ID))
	return name(t.cur.NewZExt(c, types.I64), v)
}

func isZero(v *ir.Value) bool { return v.Op == ir.OpConst && v.Aux == 0 }

// ptrArith is ptr add/sub i64, an i8 getelementptr.
func (t *fn) ptrArith(v *ir.Value) value.Value {
	off := t.vals[v.Args[1].ID]
	if _, ok := off.(*constant.Int); !ok && v.Op == ir.OpAdd {
		off = t.boundOffset(v, off)
	}
	if v.Op == ir.OpSub {
		if c, ok := off.(*constant.Int); ok {
			off = constant.NewInt(types.I64, -c.X.Int64())
		} else {
			off = t.cur.NewSub(zero64, off)
		}
	}
	return name(t.cur.NewGetElementPtr(types.I8, t.ptrVal(v.Args[0]), off), v)
}

// binary translates an integer operation. Division and shifts keep BPF's
// semantics where LLVM's would be undefined: x/0 is 0, x%0 is x, and shift
// amounts are taken modulo 64.
func (t *fn) binary(v *ir.Value) value.Value {
	b := t.cur
	x, y := t.intVal(v.Args[0]), t.intVal(v.Args[1])
	var r value.Value
	switch v.Op {
	case ir.OpAdd:
		r = b.NewAdd(x, y)
	case ir.OpSub:
		r = b.NewSub(x, y)
	case ir.OpMul:
		r = b.NewMul(x, y)
	case ir.OpUDiv, ir.OpUMod:
		return name(t.divide(v.Op, x, y), v)
	case ir.OpAnd:
		r = b.NewAnd(x, y)
	case ir.OpOr:
		r = b.NewOr(x, y)
	case ir.OpXor:
		r = b.NewXor(x, y)
	case ir.OpShl:
		r = b.NewShl(x, t.shiftAmount(y))
	case ir.OpLShr:
		r = b.NewLShr(x, t.shiftAmount(y))
	case ir.OpAShr:
		r = b.NewAShr(x, t.shiftAmount(y))
	}
	return name(r, v)
}

// shiftAmount masks a shift amount to 0..63, as BPF does; a constant
// amount is masked in place.
func (t *fn) shiftAmount(y value.Value) value.Value {
	if c, ok := y.(*constant.Int); ok {
		return constant.NewInt(types.I64, c.X.Int64()&63)
	}
	return t.cur.NewAnd(y, constant.NewInt(types.I64, 63))
}

// divide emits udiv or urem when the divisor is a non-zero constant and
// otherwise BPF's own division as inline assembly, whose division by zero
// is defined (x/0 is 0) where LLVM's udiv would be undefined behaviour.
func (t *fn) divide(op ir.Op, x, y value.Value) value.Value {
	if c, ok := y.(*constant.Int); ok && c.X.Sign() != 0 {
		if op == ir.OpUDiv {
			return t.cur.NewUDiv(x, y)
		}
		return t.cur.NewURem(x, y)
	}
	asm := llir.NewInlineAsm(types.NewPointer(types.NewFunc(types.I64, types.I64, types.I64)), "$0 /= $2", "=r,0,r")
	q := t.cur.NewCall(asm, x, y)
	if op == ir.OpUDiv {
		return q
	}
	// LLVM 14's BPF target has no modulo instruction (and its assembler
	// no "%="): x%y is x-(x/y)*y, which is x when y is 0.
	return t.cur.NewSub(x, t.cur.NewMul(q, y))
}
