package llvm

import (
	"fmt"

	"github.com/bpftc/bpftc/ir"
	llir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/metadata"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// fn translates one IR function. Every translated value has the LLVM type
// llType(v.Type); compares also keep their i1.
type fn struct {
	mod     *module
	f       *ir.Func
	out     *llir.Func
	ctx     *llir.Param
	blocks  []*llir.Block // by IR block ID; nil when unreachable
	vals    []value.Value // by IR value ID
	conds   []value.Value // by IR value ID: the i1 of a compare
	edges   map[edge]*llir.Block
	phis    []*ir.Value
	align   []int // by IR value ID: known alignment of a pointer, 0 when not computed
	cur     *llir.Block
	allocas *llir.Block // LLVM's entry block
	// Built on demand by bounds.go.
	userMap    map[*ir.Value][]*ir.Value
	controlSet map[*ir.Value]bool
	// Debug locations (debug.go).
	scope   *metadata.DISubprogram
	lastLoc *metadata.DILocation
	locs    map[int32]*metadata.DILocation // by source position
}

// edge is the i-th successor edge of a block.
type edge struct {
	b *ir.Block
	i int
}

func (mod *module) addFunc(f *ir.Func) error {
	ctx := llir.NewParam("ctx", i8p)
	out := mod.out.NewFunc(f.Name, types.I64, ctx)
	out.Section = progSection + f.Name
	out.FuncAttrs = append(out.FuncAttrs, enum.FuncAttrNoUnwind)
	t := &fn{
		mod: mod, f: f, out: out, ctx: ctx,
		blocks: make([]*llir.Block, f.NumBlocks()),
		vals:   make([]value.Value, f.NumValues()),
		conds:  make([]value.Value, f.NumValues()),
		align:  make([]int, f.NumValues()),
		edges:  map[edge]*llir.Block{},
	}
	t.initDebug()
	mod.shareBody(t)
	order := f.Layout()
	if len(f.Entry().Preds) > 0 {
		// LLVM's entry block cannot be a branch target; the allocas go
		// into a new one, where they are static.
		t.allocas = out.NewBlock("entry")
		t.allocas.NewBr(t.block(f.Entry()))
	}
	for _, b := range order {
		t.block(b)
	}
	if t.allocas == nil {
		t.allocas = t.blocks[f.Entry().ID]
	}
	t.stackSlots()
	lt := computeLifetimes(f)
	for _, b := range order {
		t.cur = t.blocks[b.ID]
		top := false
		for _, v := range b.Values {
			if v.Op != ir.OpPhi && !top {
				t.mark(lt.top[b])
				top = true
			}
			t.mark(lt.before[v])
			blk, from := t.at()
			if err := t.value(v); err != nil {
				return fmt.Errorf("%s: %w", v.LongString(), err)
			}
			t.locate(blk, from, v.Pos)
			t.mark(lt.after[v])
		}
		if !top {
			t.mark(lt.top[b])
		}
		t.mark(lt.end[b])
		if err := t.terminator(b); err != nil {
			return fmt.Errorf("b%d: %w", b.ID, err)
		}
		t.locateTerm(t.cur)
	}
	return t.fillPhis()
}

// stackSlots translates every alloca, first thing in LLVM's entry block,
// where they are static and precede every lifetime marker.
func (t *fn) stackSlots() {
	for _, b := range t.f.Blocks {
		for _, v := range b.Values {
			if v.Op != ir.OpAlloca {
				continue
			}
			a := t.allocas.NewAlloca(types.NewArray(uint64(max(v.Aux, 1)), types.I8))
			a.Align = 8
			a.SetName(fmt.Sprintf("v%d.slot", v.ID))
			t.vals[v.ID] = name(t.allocas.NewBitCast(a, i8p), v)
		}
	}
}

// mark emits lifetime markers into the current block.
func (t *fn) mark(ms []marker) {
	for _, m := range ms {
		f := t.mod.intrinsic("lifetime.end")
		if m.start {
			f = t.mod.intrinsic("lifetime.start")
		}
		t.cur.NewCall(f, constant.NewInt(types.I64, m.alloca.Aux), t.vals[m.alloca.ID])
	}
}

// block returns the LLVM block of b, creating it.
func (t *fn) block(b *ir.Block) *llir.Block {
	if t.blocks[b.ID] == nil {
		t.blocks[b.ID] = t.out.NewBlock(fmt.Sprintf("b%d", b.ID))
	}
	return t.blocks[b.ID]
}

// terminator ends the LLVM block of b.
func (t *fn) terminator(b *ir.Block) error {
	if b.Kind != ir.BlockPlain && (b.Control == nil || t.vals[b.Control.ID] == nil) {
		return fmt.Errorf("control value missing")
	}
	switch b.Kind {
	case ir.BlockRet:
		t.cur.NewRet(t.intVal(b.Control))
	case ir.BlockPlain:
		t.cur.NewBr(t.blocks[b.Succs[0].ID])
	case ir.BlockIf:
		then, els := t.blocks[b.Succs[0].ID], t.blocks[b.Succs[1].ID]
		if then == els {
			// Both edges reach one block: give the second its own block so
			// that the target's phis can tell the edges apart.
			mid := t.out.NewBlock(fmt.Sprintf("b%d.%d", b.ID, b.Succs[1].ID))
			mid.NewBr(els)
			t.edges[edge{b, 1}] = mid
			els = mid
		}
		t.cur.NewCondBr(t.cond(b.Control), then, els)
	default:
		return fmt.Errorf("unknown block kind %d", b.Kind)
	}
	return nil
}

// cond returns the i1 that says whether v is non-zero.
func (t *fn) cond(v *ir.Value) value.Value {
	if c := t.conds[v.ID]; c != nil {
		return c
	}
	x := t.vals[v.ID]
	if isPtr(x) {
		return t.cur.NewICmp(enum.IPredNE, x, nullPtr)
	}
	return t.cur.NewICmp(enum.IPredNE, x, zero64)
}

// fillPhis gives every phi one incoming value per reachable predecessor
// edge, once all values exist.
func (t *fn) fillPhis() error {
	for _, v := range t.phis {
		if len(v.Args) != len(v.Block.Preds) {
			return fmt.Errorf("%s: %d args for %d predecessors", v.LongString(), len(v.Args), len(v.Block.Preds))
		}
		phi := t.vals[v.ID].(*llir.InstPhi)
		for i, p := range v.Block.Preds {
			pb := t.blocks[p.ID]
			if pb == nil {
				continue
			}
			from := pb
			if mid := t.edges[edge{p, 1}]; mid != nil && p.Succs[1] == v.Block && predEdge(v.Block, p, i) == 1 {
				from = mid
			}
			x := t.vals[v.Args[i].ID]
			if x == nil {
				return fmt.Errorf("%s: operand %s has no value", v.LongString(), v.Args[i])
			}
			phi.Incs = append(phi.Incs, llir.NewIncoming(x, from))
		}
	}
	return nil
}

// predEdge returns which successor edge of p the i-th predecessor entry of
// b is: entries of one predecessor are matched to its edges in order.
func predEdge(b, p *ir.Block, i int) int {
	n := 0
	for j := 0; j < i; j++ {
		if b.Preds[j] == p {
			n++
		}
	}
	return n
}
