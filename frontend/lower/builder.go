package lower

import "github.com/bpftc/bpftc/ir"

// builder appends IR to the current block of a function and builds SSA form
// for scratch variables on the fly (Braun et al., "Simple and Efficient
// Construction of Static Single Assignment Form", 2013).
type builder struct {
	f   *ir.Func
	cur *ir.Block
	pos int32

	defs       map[string]map[*ir.Block]*ir.Value
	incomplete map[*ir.Block][]pendingPhi
	sealed     map[*ir.Block]bool
	varTypes   map[string]ir.Type
	ctx        *ir.Value
	// onCall, when set, sees every helper call (-k checks).
	onCall func(helper string, v *ir.Value)
}

func newBuilder(name, comment string) *builder {
	f := ir.NewFunc(name)
	f.Comment = comment
	b := &builder{
		f:          f,
		cur:        f.Entry(),
		defs:       map[string]map[*ir.Block]*ir.Value{},
		incomplete: map[*ir.Block][]pendingPhi{},
		sealed:     map[*ir.Block]bool{f.Entry(): true},
		varTypes:   map[string]ir.Type{},
		pos:        -1,
	}
	b.ctx = b.value(ir.OpCtx, ir.Ptr)
	return b
}

func (b *builder) value(op ir.Op, t ir.Type, args ...*ir.Value) *ir.Value {
	v := b.cur.NewValue(op, t, args...)
	v.Pos = b.pos
	return v
}

func (b *builder) constant(c int64) *ir.Value {
	v := b.value(ir.OpConst, ir.I64)
	v.Aux = c
	return v
}

func (b *builder) binary(op ir.Op, x, y *ir.Value) *ir.Value {
	return b.value(op, ir.I64, x, y)
}

func (b *builder) binaryConst(op ir.Op, x *ir.Value, c int64) *ir.Value {
	return b.binary(op, x, b.constant(c))
}

// alloca reserves stack in the entry block.
func (b *builder) alloca(size int) *ir.Value {
	entry := b.f.Entry()
	v := entry.NewValue(ir.OpAlloca, ir.Ptr)
	v.Aux = int64((size + 7) &^ 7)
	// Keep allocas together at the start of the entry block.
	vals := entry.Values
	copy(vals[2:], vals[1:len(vals)-1])
	vals[1] = v
	return v
}

func (b *builder) load(p *ir.Value, off int64, size int, signed bool) *ir.Value {
	v := b.value(ir.OpLoad, ir.I64, p)
	v.Aux, v.Size, v.Sign = off, int32(size), signed && size < 8
	return v
}

func (b *builder) store(p *ir.Value, off int64, size int, x *ir.Value) {
	v := b.value(ir.OpStore, ir.Void, p, x)
	v.Aux, v.Size = off, int32(size)
}

func (b *builder) zero(p *ir.Value, off int64, size int) {
	if size <= 0 {
		return
	}
	v := b.value(ir.OpZero, ir.Void, p)
	v.Aux, v.Size = off, int32(size)
}

func (b *builder) memcpy(dst *ir.Value, off int64, src *ir.Value, size int) {
	v := b.value(ir.OpMemcpy, ir.Void, dst, src)
	v.Aux, v.Size = off, int32(size)
}

func (b *builder) ptrAdd(p *ir.Value, off int64) *ir.Value {
	if off == 0 {
		return p
	}
	return b.value(ir.OpAdd, ir.Ptr, p, b.constant(off))
}

func (b *builder) mapRef(sym string) *ir.Value {
	v := b.value(ir.OpMap, ir.MapRef)
	v.Sym = sym
	return v
}

// call calls a helper; the result type comes from the helper table.
func (b *builder) call(helper string, args ...*ir.Value) *ir.Value {
	v := b.value(ir.OpCall, ir.Helpers[helper].Result, args...)
	v.Sym = helper
	if b.onCall != nil {
		b.onCall(helper, v)
	}
	return v
}

// newBlock makes a block; the caller seals it once all its predecessors
// are known.
func (b *builder) newBlock() *ir.Block { return b.f.NewBlock() }

// setBlock continues emitting into blk.
func (b *builder) setBlock(blk *ir.Block) { b.cur = blk }

// ifThen emits "if cond { then() }" and continues after it. cond is tested
// for non-zero (or non-null).
func (b *builder) ifThen(cond *ir.Value, then func()) {
	tb, done := b.newBlock(), b.newBlock()
	b.cur.If(cond, tb, done)
	b.seal(tb)
	b.setBlock(tb)
	then()
	if b.cur != nil {
		b.cur.Jump(done)
	}
	b.seal(done)
	b.setBlock(done)
}

// ifElse emits "if cond { then() } else { els() }" and continues after it.
func (b *builder) ifElse(cond *ir.Value, then, els func()) {
	b.ifElseBranch(func(tb, eb *ir.Block) { b.cur.If(cond, tb, eb) }, then, els)
}

// ifElseBranch emits an if/else whose condition is the branch that
// branch ends the current block with: to tb when true, to eb when false.
func (b *builder) ifElseBranch(branch func(tb, eb *ir.Block), then, els func()) {
	tb, eb, done := b.newBlock(), b.newBlock(), b.newBlock()
	branch(tb, eb)
	b.seal(tb)
	b.seal(eb)
	b.setBlock(tb)
	then()
	if b.cur != nil {
		b.cur.Jump(done)
	}
	b.setBlock(eb)
	els()
	if b.cur != nil {
		b.cur.Jump(done)
	}
	b.seal(done)
	b.setBlock(done)
}

// ret ends the current block with "return 0"; code after it is unreachable
// until setBlock.
func (b *builder) ret() {
	b.cur.Ret(b.constant(0))
	b.cur = nil
}

// ensureBlock gives unreachable trailing code a block of its own.
func (b *builder) ensureBlock() {
	if b.cur == nil {
		b.cur = b.newBlock()
		b.seal(b.cur)
	}
}

// writeVar records the current value of a scalar variable.
func (b *builder) writeVar(name string, v *ir.Value) {
	if _, ok := b.varTypes[name]; !ok {
		b.varTypes[name] = v.Type
	}
	m := b.defs[name]
	if m == nil {
		m = map[*ir.Block]*ir.Value{}
		b.defs[name] = m
	}
	m[b.cur] = v
}

// readVar returns the current value of a scalar variable; a variable never
// assigned on some path reads as zero there.
func (b *builder) readVar(name string) *ir.Value { return b.readVarIn(name, b.cur) }

func (b *builder) readVarIn(name string, blk *ir.Block) *ir.Value {
	if v, ok := b.defs[name][blk]; ok {
		return v
	}
	var v *ir.Value
	switch {
	case !b.sealed[blk]:
		v = blk.InsertPhi(b.varType(name))
		b.incomplete[blk] = append(b.incomplete[blk], pendingPhi{name, v})
	case len(blk.Preds) == 0:
		v = blk.NewValue(ir.OpConst, b.varType(name))
		// Constants may sit anywhere; keep them after the allocas.
		v.Aux = 0
	case len(blk.Preds) == 1:
		v = b.readVarIn(name, blk.Preds[0])
	default:
		v = blk.InsertPhi(b.varType(name))
		b.setDef(name, blk, v)
		b.addPhiArgs(name, v)
	}
	b.setDef(name, blk, v)
	return v
}

func (b *builder) setDef(name string, blk *ir.Block, v *ir.Value) {
	m := b.defs[name]
	if m == nil {
		m = map[*ir.Block]*ir.Value{}
		b.defs[name] = m
	}
	m[blk] = v
}

func (b *builder) addPhiArgs(name string, phi *ir.Value) {
	for _, p := range phi.Block.Preds {
		phi.AddArg(b.readVarIn(name, p))
	}
}

// seal declares that blk has all its predecessors.
func (b *builder) seal(blk *ir.Block) {
	if b.sealed[blk] {
		return
	}
	b.sealed[blk] = true
	for _, p := range b.incomplete[blk] {
		b.addPhiArgs(p.name, p.phi)
	}
	delete(b.incomplete, blk)
}

// pendingPhi is a phi of an unsealed block, in creation order so that
// output stays deterministic.
type pendingPhi struct {
	name string
	phi  *ir.Value
}

func (b *builder) varType(name string) ir.Type {
	if t, ok := b.varTypes[name]; ok {
		return t
	}
	return ir.I64
}
