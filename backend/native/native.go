package native

import (
	"errors"
	"fmt"

	"github.com/bpftc/bpftc/backend"
	"github.com/bpftc/bpftc/ir"
	"github.com/cilium/ebpf/asm"
)

// Backend is the native code generator.
type Backend struct{}

var _ backend.Backend = (*Backend)(nil)

// Name implements backend.Backend.Name.
func (*Backend) Name() string { return "native" }

// Compile implements backend.Backend.Compile.
func (*Backend) Compile(m *ir.Module) ([]backend.Program, error) {
	var progs []backend.Program
	for _, f := range m.Funcs {
		insns, err := compileFunc(f)
		if err != nil {
			return nil, fmt.Errorf("native backend, function %s: %w", f.Name, err)
		}
		if len(f.Entries) > 0 {
			progs = append(progs, backend.Entries(f)...)
		}
		progs = append(progs, backend.Program{Name: f.Name, Insns: insns, Sub: len(f.Entries) > 0})
	}
	return progs, nil
}

const maxSpills = 64

func compileFunc(f *ir.Func) (asm.Instructions, error) {
	ctxFirst(f)
	shareReturns(f)
	splitCriticalEdges(f)
	order := f.Layout()
	var regs []int
	var fused map[*ir.Value]bool
	var l *layout
	var inR0 map[*ir.Value]bool
	pins := pinStackArgs(f)
	coalescing, apart := true, map[int]bool{}
	for spills := 0; ; spills++ {
		fused = fusedCompares(f)
		l = newLayout(f, order)
		list := liveness(f, l, fused)
		alloc, group := list, []*interval(nil)
		if coalescing {
			alloc, group = coalesce(l, list, apart)
		}
		err := linearScan(alloc)
		if err != nil && coalescing {
			// Joined intervals are longer: keep the spilled group's
			// values apart, spill a lone value as usual, or give up.
			retry, keep := separate(err, list, group, apart)
			coalescing = keep && spills < maxSpills/2
			if retry || !coalescing {
				continue
			}
		}
		assignMembers(list, group)
		var sp errSpill
		if errors.As(err, &sp) && len(pins) > 0 {
			// Registers are short: rebuild the stack addresses instead.
			unpin(pins)
			pins = nil
			continue
		}
		if errors.As(err, &sp) {
			if spills == maxSpills {
				return nil, fmt.Errorf("too many spills")
			}
			spill(f, sp.v)
			continue
		}
		if err != nil {
			return nil, err
		}
		regs = make([]int, f.NumValues())
		for _, it := range list {
			regs[it.v.ID] = it.reg
		}
		inR0 = keepInR0(f, l, list, regs, fused)
		break
	}
	e := &emitter{
		f: f, order: order, regs: regs, fused: fused, r0: inR0,
		next:   map[*ir.Block]*ir.Block{},
		frame:  map[*ir.Value]int16{},
		jumps:  map[int]*ir.Block{},
		starts: map[*ir.Block]int{},
		pos:    backend.FirstPos(f),
	}
	if err := e.layoutFrame(l); err != nil {
		return nil, err
	}
	for i, b := range order {
		if i+1 < len(order) {
			e.next[b] = order[i+1]
		}
	}
	// Most values take one or two instructions, blocks a jump or two:
	// reserve that much so the list seldom grows.
	n := len(order)
	for _, b := range order {
		n += len(b.Values)
	}
	e.insns = make(asm.Instructions, 0, 2*n+8)
	for _, v := range f.Entry().Values {
		if v.Op == ir.OpCtx && e.inReg(v) && e.reg(v) != asm.R1 {
			e.emit(asm.Mov.Reg(e.reg(v), asm.R1))
		}
	}
	for _, b := range order {
		e.starts[b] = len(e.insns)
		for _, v := range b.Values {
			e.at(v)
			if err := e.value(v); err != nil {
				return nil, err
			}
		}
		e.at(b.Control)
		e.terminator(b)
	}
	e.resolve()
	if len(e.insns) > 0 {
		e.insns[0] = e.insns[0].WithSymbol(f.Name)
	}
	return e.insns, nil
}

// ctxFirst moves the context value to the front of the entry block, where
// r1 still holds it.
func ctxFirst(f *ir.Func) {
	entry := f.Entry()
	for i, v := range entry.Values {
		if v.Op == ir.OpCtx {
			copy(entry.Values[1:i+1], entry.Values[:i])
			entry.Values[0] = v
			return
		}
	}
}

// fusedCompares finds compares that only feed their block's branch and sit
// right before it: they become one conditional jump.
func fusedCompares(f *ir.Func) map[*ir.Value]bool {
	fused := map[*ir.Value]bool{}
	for _, b := range f.Blocks {
		c := b.Control
		if b.Kind != ir.BlockIf || c == nil || !c.Op.IsCompare() || c.Uses != 1 || c.Block != b {
			continue
		}
		if b.Values[len(b.Values)-1] == c && (c.Args[0].Op != ir.OpConst || c.Args[1].Op != ir.OpConst) {
			fused[c] = true
		}
	}
	return fused
}
