package llvm

import (
	"github.com/bpftc/bpftc/ir"
)

// builder makes small IR functions for the translation tests.
type builder struct {
	m *ir.Module
	f *ir.Func
	b *ir.Block // current block
}

func newBuilder() *builder {
	m := &ir.Module{Maps: []*ir.Map{{Name: "AT_m", Kind: ir.MapHash, KeySize: 8, ValueSize: 16, MaxEntries: 64}}}
	f := ir.NewFunc("f")
	m.Funcs = append(m.Funcs, f)
	return &builder{m: m, f: f, b: f.Entry()}
}

func (x *builder) val(op ir.Op, t ir.Type, args ...*ir.Value) *ir.Value {
	return x.b.NewValue(op, t, args...)
}

func (x *builder) c(n int64) *ir.Value {
	v := x.val(ir.OpConst, ir.I64)
	v.Aux = n
	return v
}

func (x *builder) ctx() *ir.Value { return x.val(ir.OpCtx, ir.Ptr) }

func (x *builder) alloca(n int64) *ir.Value {
	v := x.val(ir.OpAlloca, ir.Ptr)
	v.Aux = n
	return v
}

func (x *builder) mp() *ir.Value {
	v := x.val(ir.OpMap, ir.MapRef)
	v.Sym = "AT_m"
	return v
}

func (x *builder) load(t ir.Type, p *ir.Value, off int64, size int32, sign bool) *ir.Value {
	v := x.val(ir.OpLoad, t, p)
	v.Aux, v.Size, v.Sign = off, size, sign
	return v
}

func (x *builder) store(p *ir.Value, off int64, size int32, val *ir.Value) *ir.Value {
	v := x.val(ir.OpStore, ir.Void, p, val)
	v.Aux, v.Size = off, size
	return v
}

func (x *builder) mem(op ir.Op, off int64, size int32, args ...*ir.Value) *ir.Value {
	v := x.val(op, ir.Void, args...)
	v.Aux, v.Size = off, size
	return v
}

func (x *builder) call(t ir.Type, helper string, args ...*ir.Value) *ir.Value {
	v := x.val(ir.OpCall, t, args...)
	v.Sym = helper
	return v
}

func (x *builder) ext(op ir.Op, a *ir.Value, bits int64) *ir.Value {
	v := x.val(op, ir.I64, a)
	v.Aux = bits
	return v
}

func (x *builder) ret(v *ir.Value) { x.b.Ret(v) }

// block starts a new block and makes it current.
func (x *builder) block() *ir.Block {
	x.b = x.f.NewBlock()
	return x.b
}
