package native

import (
	"fmt"
	"math"

	"github.com/bpftc/bpftc/backend"
	"github.com/bpftc/bpftc/ir"
	"github.com/cilium/ebpf/asm"
)

// emitter turns an allocated function into instructions.
type emitter struct {
	f      *ir.Func
	order  []*ir.Block
	next   map[*ir.Block]*ir.Block // layout successor
	regs   []int                   // by value ID, 0 when none
	r0     map[*ir.Value]bool      // helper results left in r0 (keepInR0)
	frame  map[*ir.Value]int16     // alloca -> offset from r10
	fused  map[*ir.Value]bool
	insns  asm.Instructions
	jumps  map[int]*ir.Block // instruction index -> target block
	starts map[*ir.Block]int // block -> instruction index
	pos    int32             // source position of the IR being emitted, -1 when unknown
}

const scratch = asm.R0

func (e *emitter) emit(ins ...asm.Instruction) {
	for _, in := range ins {
		e.insns = append(e.insns, backend.WithPos(in, e.pos))
	}
}

func (e *emitter) jump(ins asm.Instruction, target *ir.Block) {
	ins.Offset = 0
	e.jumps[len(e.insns)] = target
	e.emit(ins)
}

// at makes v's source position, when known, that of the instructions
// emitted next. Values emitted where they are used (constants, allocas,
// maps) keep the user's position: CSE may have merged them across
// statements.
func (e *emitter) at(v *ir.Value) {
	if v == nil || v.Pos < 0 {
		return
	}
	switch v.Op {
	case ir.OpConst, ir.OpCoreOff, ir.OpAlloca, ir.OpMap, ir.OpPhi, ir.OpCtx:
		return
	}
	e.pos = v.Pos
}

func (e *emitter) reg(v *ir.Value) asm.Register {
	if e.r0[v] {
		return asm.R0
	}
	r := e.regs[v.ID]
	if r == 0 {
		panic(fmt.Sprintf("BUG: %s has no register", v.LongString()))
	}
	return asm.Register(r)
}

// inReg reports whether v lives in a register.
func (e *emitter) inReg(v *ir.Value) bool { return v.ID >= 0 && (e.regs[v.ID] != 0 || e.r0[v]) }

// stackOffset returns the r10-relative offset of a fixed stack address.
func (e *emitter) stackOffset(v *ir.Value) (int16, bool) {
	switch {
	case v.Op == ir.OpAlloca:
		return e.frame[v], true
	case v.Op == ir.OpAdd && v.Type == ir.Ptr && v.Args[1].Op == ir.OpConst:
		off, ok := e.stackOffset(v.Args[0])
		return off + int16(v.Args[1].Aux), ok
	}
	return 0, false
}

// base returns the register and offset to address memory at v+off.
func (e *emitter) base(v *ir.Value, off int64) (asm.Register, int16) {
	if so, ok := e.stackOffset(v); ok {
		return asm.R10, so + int16(off)
	}
	if !e.inReg(v) {
		e.materialize(scratch, v)
		return scratch, int16(off)
	}
	return e.reg(v), int16(off)
}

// materialize puts v's value into dst.
func (e *emitter) materialize(dst asm.Register, v *ir.Value) {
	if so, ok := e.stackOffset(v); ok {
		e.emit(asm.Mov.Reg(dst, asm.R10), asm.Add.Imm(dst, int32(so)))
		return
	}
	switch v.Op {
	case ir.OpConst:
		if v.Aux >= math.MinInt32 && v.Aux <= math.MaxInt32 {
			e.emit(asm.Mov.Imm(dst, int32(v.Aux)))
		} else {
			e.emit(asm.LoadImm(dst, v.Aux, asm.DWord))
		}
		return
	case ir.OpMap:
		e.emit(asm.LoadMapPtr(dst, 0).WithReference(v.Sym))
		return
	case ir.OpCoreOff:
		// The loader rewrites the immediate (backend.WithCORE).
		e.emit(backend.WithCORE(asm.Mov.Imm(dst, int32(v.Aux)), v.Sym))
		return
	}
	if r := e.reg(v); r != dst {
		e.emit(asm.Mov.Reg(dst, r))
	}
}

// imm32 reports whether v is a constant that fits an instruction immediate.
func imm32(v *ir.Value) (int32, bool) {
	if v.Op == ir.OpConst && v.Aux >= math.MinInt32 && v.Aux <= math.MaxInt32 {
		return int32(v.Aux), true
	}
	return 0, false
}

var sizes = map[int32]asm.Size{1: asm.Byte, 2: asm.Half, 4: asm.Word, 8: asm.DWord}

func (e *emitter) value(v *ir.Value) error {
	switch v.Op {
	case ir.OpConst, ir.OpCoreOff, ir.OpAlloca, ir.OpMap, ir.OpPhi, ir.OpCtx:
		return nil
	case ir.OpLoad:
		if !e.inReg(v) {
			return nil
		}
		b, off := e.base(v.Args[0], v.Aux)
		d := e.reg(v)
		e.emit(coreLoad(asm.LoadMem(d, b, off, sizes[v.Size]), v))
		if v.Sign && v.Size < 8 {
			sh := int32(64 - 8*v.Size)
			e.emit(asm.LSh.Imm(d, sh), asm.ArSh.Imm(d, sh))
		}
	case ir.OpStore:
		val := v.Args[1]
		if c, ok := imm32(val); ok {
			b, off := e.base(v.Args[0], v.Aux)
			e.emit(storeImm(b, off, int64(c), sizes[v.Size]))
			return nil
		}
		src := scratch
		if e.inReg(val) {
			src = e.reg(val)
		} else {
			e.materialize(scratch, val)
		}
		b, off := e.base(v.Args[0], v.Aux)
		if b == scratch && src == scratch {
			return fmt.Errorf("BUG: store needs two scratch registers: %s", v.LongString())
		}
		e.emit(asm.StoreMem(b, off, src, sizes[v.Size]))
	case ir.OpZero:
		b, off := e.base(v.Args[0], v.Aux)
		for n := int16(v.Size); n > 0; {
			sz := int16(ir.Chunk(int(n), int64(off)))
			e.emit(storeImm(b, off, 0, sizes[int32(sz)]))
			off += sz
			n -= sz
		}
	case ir.OpMemcpy:
		return e.memcpy(v)
	case ir.OpGlobal:
		e.global(v)
	case ir.OpCall:
		return e.call(v)
	case ir.OpCopy:
		if e.inReg(v) {
			e.materialize(e.reg(v), v.Args[0])
		}
	case ir.OpNeg, ir.OpNot, ir.OpZext, ir.OpSext:
		if e.inReg(v) {
			e.unary(v)
		}
	default:
		if v.Op.IsCompare() {
			if e.fused[v] || !e.inReg(v) {
				return nil
			}
			e.compareValue(v)
			return nil
		}
		if v.Op.IsBinary() {
			if e.inReg(v) {
				e.binary(v)
			}
			return nil
		}
		return fmt.Errorf("BUG: cannot emit %s", v.LongString())
	}
	return nil
}

func (e *emitter) memcpy(v *ir.Value) error {
	db, doff := e.base(v.Args[0], v.Aux)
	if db == scratch {
		return fmt.Errorf("BUG: memcpy destination not addressable: %s", v.LongString())
	}
	sb, soff := e.base(v.Args[1], 0)
	if sb == scratch {
		return fmt.Errorf("BUG: memcpy source not addressable: %s", v.LongString())
	}
	for n := int16(v.Size); n > 0; {
		sz := int16(ir.Chunk(int(n), int64(soff), int64(doff)))
		e.emit(asm.LoadMem(scratch, sb, soff, sizes[int32(sz)]), asm.StoreMem(db, doff, scratch, sizes[int32(sz)]))
		soff += sz
		doff += sz
		n -= sz
	}
	return nil
}

func (e *emitter) unary(v *ir.Value) {
	d := e.reg(v)
	e.materialize(d, v.Args[0])
	switch v.Op {
	case ir.OpNeg:
		e.emit(asm.Neg.Imm(d, 0))
	case ir.OpNot:
		e.emit(asm.Xor.Imm(d, -1))
	case ir.OpZext:
		switch v.Aux {
		case 8:
			e.emit(asm.And.Imm(d, 0xff))
		case 16:
			e.emit(asm.And.Imm(d, 0xffff))
		case 32:
			e.emit(asm.Mov.Reg32(d, d))
		}
	case ir.OpSext:
		if v.Aux < 64 {
			sh := int32(64 - v.Aux)
			e.emit(asm.LSh.Imm(d, sh), asm.ArSh.Imm(d, sh))
		}
	}
}

var aluOps = map[ir.Op]asm.ALUOp{
	ir.OpAdd: asm.Add, ir.OpSub: asm.Sub, ir.OpMul: asm.Mul, ir.OpUDiv: asm.Div, ir.OpUMod: asm.Mod,
	ir.OpAnd: asm.And, ir.OpOr: asm.Or, ir.OpXor: asm.Xor, ir.OpShl: asm.LSh, ir.OpLShr: asm.RSh, ir.OpAShr: asm.ArSh,
}

func (e *emitter) binary(v *ir.Value) {
	op := aluOps[v.Op]
	x, y := v.Args[0], v.Args[1]
	d := e.reg(v)
	if v.Op.IsCommutative() && !e.inReg(x) && e.inReg(y) {
		x, y = y, x
	}
	yReg := asm.R0
	yInReg := e.inReg(y)
	if yInReg {
		yReg = e.reg(y)
	}
	c, yImm := imm32(y)
	switch {
	case y.Op == ir.OpCoreOff && v.Op == ir.OpAdd && !(yInReg && d == yReg):
		// x + field offset: the add carries the relocation.
		e.materialize(d, x)
		e.emit(backend.WithCORE(op.Imm(d, int32(y.Aux)), y.Sym))
	case yImm:
		e.materialize(d, x)
		e.emit(op.Imm(d, c))
	case yInReg && d != yReg:
		e.materialize(d, x)
		e.emit(op.Reg(d, yReg))
	case yInReg && v.Op.IsCommutative() && e.inReg(x):
		// d == y: d = y op x.
		e.emit(op.Reg(d, e.reg(x)))
	case yInReg && v.Op == ir.OpSub && negAddable(x, y, e.inReg(x)):
		e.negAdd(d, x)
	case yInReg:
		e.materialize(scratch, x)
		e.emit(op.Reg(scratch, yReg), asm.Mov.Reg(d, scratch))
	default:
		// y is a large constant or an address: build it in r0.
		e.materialize(scratch, y)
		e.materialize(d, x)
		e.emit(op.Reg(d, scratch))
	}
}

var jumpOps = map[ir.Op]asm.JumpOp{
	ir.OpEq: asm.JEq, ir.OpNe: asm.JNE, ir.OpULt: asm.JLT, ir.OpULe: asm.JLE, ir.OpUGt: asm.JGT, ir.OpUGe: asm.JGE,
	ir.OpSLt: asm.JSLT, ir.OpSLe: asm.JSLE, ir.OpSGt: asm.JSGT, ir.OpSGe: asm.JSGE,
}

// condJump emits a jump to target taken when "x op y" holds.
func (e *emitter) condJump(op ir.Op, x, y *ir.Value, target *ir.Block) {
	if !e.inReg(x) && e.inReg(y) {
		x, y = y, x
		op = op.SwapCompare()
	}
	xr := scratch
	if e.inReg(x) {
		xr = e.reg(x)
	} else {
		e.materialize(scratch, x)
	}
	jop := jumpOps[op]
	if c, ok := imm32(y); ok {
		e.jump(asm.Instruction{OpCode: jop.Op(asm.ImmSource), Dst: xr, Constant: int64(c)}, target)
		return
	}
	if e.inReg(y) {
		e.jump(asm.Instruction{OpCode: jop.Op(asm.RegSource), Dst: xr, Src: e.reg(y)}, target)
		return
	}
	if xr == scratch {
		panic(fmt.Sprintf("BUG: compare of two constants survived constant folding: %s %s", x.LongString(), y.LongString()))
	}
	// A 64-bit constant: build it in r0.
	e.materialize(scratch, y)
	e.jump(asm.Instruction{OpCode: jop.Op(asm.RegSource), Dst: xr, Src: scratch}, target)
}

func (e *emitter) compareValue(v *ir.Value) {
	d := e.reg(v)
	x, y := v.Args[0], v.Args[1]
	operand := e.inReg(x) && e.reg(x) == d || e.inReg(y) && e.reg(y) == d
	if !operand {
		// d = 1; if (x op y) skip; d = 0. condJump may build a constant in
		// r0, which is never d.
		e.emit(asm.Mov.Imm(d, 1))
		e.condJump(v.Op, x, y, nil)
		e.fixLocalJump(1)
		e.emit(asm.Mov.Imm(d, 0))
		return
	}
	// d is an operand: compare first, write d after.
	e.condJump(v.Op, x, y, nil)
	e.fixLocalJump(2)
	e.emit(asm.Mov.Imm(d, 0), asm.Instruction{OpCode: asm.Ja.Op(asm.ImmSource), Offset: 1}, asm.Mov.Imm(d, 1))
}

// fixLocalJump gives the jump just emitted a fixed offset within the
// current instruction sequence instead of a block target.
func (e *emitter) fixLocalJump(off int16) {
	delete(e.jumps, len(e.insns)-1)
	e.insns[len(e.insns)-1].Offset = off
}

// call moves arguments into r1–r5, calls the helper and takes its result.
func (e *emitter) call(v *ir.Value) error {
	h := ir.Helpers[v.Sym]
	var moves []move
	for i, a := range v.Args {
		moves = append(moves, move{dst: asm.Register(i + 1), src: a})
	}
	e.parallelMove(moves)
	e.emit(asm.BuiltinFunc(h.ID).Call())
	if e.inReg(v) && e.reg(v) != asm.R0 {
		e.emit(asm.Mov.Reg(e.reg(v), asm.R0))
	}
	return nil
}

// move is one register assignment of a parallel copy.
type move struct {
	dst asm.Register
	src *ir.Value
}

// parallelMove performs moves as if all sources were read before any
// destination is written, breaking cycles through r0.
func (e *emitter) parallelMove(moves []move) {
	type rmove struct{ dst, src asm.Register }
	var regMoves []rmove
	var others []move
	for _, m := range moves {
		if e.inReg(m.src) {
			if s := e.reg(m.src); s != m.dst {
				regMoves = append(regMoves, rmove{m.dst, s})
			}
		} else {
			others = append(others, m)
		}
	}
	for len(regMoves) > 0 {
		progressed := false
		for i := 0; i < len(regMoves); i++ {
			m := regMoves[i]
			blocked := false
			for j, o := range regMoves {
				if j != i && o.src == m.dst {
					blocked = true
					break
				}
			}
			if blocked {
				continue
			}
			e.emit(asm.Mov.Reg(m.dst, m.src))
			regMoves = append(regMoves[:i], regMoves[i+1:]...)
			i--
			progressed = true
		}
		if !progressed {
			// A cycle: save one destination's old value in r0.
			d := regMoves[0].dst
			e.emit(asm.Mov.Reg(scratch, d))
			for i := range regMoves {
				if regMoves[i].src == d {
					regMoves[i].src = scratch
				}
			}
		}
	}
	for _, m := range others {
		e.materialize(m.dst, m.src)
	}
}

// terminator ends block b.
func (e *emitter) terminator(b *ir.Block) {
	next := e.next[b]
	switch b.Kind {
	case ir.BlockRet:
		e.materialize(asm.R0, b.Control)
		e.emit(asm.Return())
	case ir.BlockPlain:
		s := b.Succs[0]
		e.phiMoves(b, s)
		if s != next {
			e.jump(asm.Instruction{OpCode: asm.Ja.Op(asm.ImmSource)}, s)
		}
	case ir.BlockIf:
		t, f := b.Succs[0], b.Succs[1]
		c := b.Control
		op, x, y := ir.OpNe, c, (*ir.Value)(nil)
		if e.fused[c] {
			op, x, y = c.Op, c.Args[0], c.Args[1]
		}
		if y == nil {
			zero := &ir.Value{Op: ir.OpConst, ID: -1}
			y = zero
		}
		if t == next {
			e.condJump(op.NegateCompare(), x, y, f)
			return
		}
		e.condJump(op, x, y, t)
		if f != next {
			e.jump(asm.Instruction{OpCode: asm.Ja.Op(asm.ImmSource)}, f)
		}
	}
}

// phiMoves assigns the phis of s their values along the edge b->s.
func (e *emitter) phiMoves(b, s *ir.Block) {
	k := indexOf(s.Preds, b)
	var moves []move
	for _, v := range s.Values {
		if v.Op != ir.OpPhi {
			break
		}
		if e.inReg(v) {
			moves = append(moves, move{dst: e.reg(v), src: v.Args[k]})
		}
	}
	e.parallelMove(moves)
}

// resolve turns jump targets into offsets, counting ld_imm64 as two slots,
// after dropping unconditional jumps to the very next instruction.
func (e *emitter) resolve() {
	e.dropJumpsToNext()
	slot := make([]int, len(e.insns)+1)
	for i, ins := range e.insns {
		slot[i+1] = slot[i] + int(ins.Size()/asm.InstructionSize)
	}
	for i, target := range e.jumps {
		e.insns[i].Offset = int16(slot[e.starts[target]] - slot[i+1])
	}
}

// dropJumpsToNext removes "ja" instructions whose target starts right after
// them (empty blocks in between), renumbering blocks and jumps.
func (e *emitter) dropJumpsToNext() {
	for {
		drop := -1
		for i, target := range e.jumps {
			if e.insns[i].OpCode.JumpOp() == asm.Ja && e.starts[target] == i+1 {
				drop = i
				break
			}
		}
		if drop < 0 {
			return
		}
		e.insns = append(e.insns[:drop], e.insns[drop+1:]...)
		jumps := map[int]*ir.Block{}
		for i, t := range e.jumps {
			switch {
			case i < drop:
				jumps[i] = t
			case i > drop:
				jumps[i-1] = t
			}
		}
		e.jumps = jumps
		for b, st := range e.starts {
			if st > drop {
				e.starts[b] = st - 1
			}
		}
	}
}

// storeImm is asm.StoreImm that also allows 8-byte stores, which the kernel
// accepts (the immediate is sign-extended) but cilium's constructor refuses.
func storeImm(dst asm.Register, off int16, value int64, size asm.Size) asm.Instruction {
	return asm.Instruction{OpCode: asm.StoreImmOp(size), Dst: dst, Offset: off, Constant: value}
}
