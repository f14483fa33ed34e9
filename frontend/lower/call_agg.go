package lower

import (
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/ir"
)

// The per-CPU values of min, max, avg and stats maps are 16 bytes
// (abi.AggMin ... abi.AggStats): min and max keep { s64 value; u64 set; },
// avg and stats { s64 total; u64 count; }. Each update is one lookup and
// an in-place write; the update helper runs only for a new entry.

// minLimit is 0.17's min() encoding: it stores 0xffffffff - n and keeps the
// largest, with a missing value reading as 0 (MAP-04).
const minLimit = 0xffffffff

// aggregateStats lowers @m[k] = min(n), max(n), avg(n) and stats(n).
func (l *lowerer) aggregateStats(ml *mapLayout, m *ast.Map, call *ast.Call) {
	b := l.b
	x := l.expr(call.Args[0])
	key := l.mapKey(ml, m)
	p := b.call("map_lookup_elem", b.mapRef(ml.sym), key)
	newEntry := func(v0, v1 *ir.Value) {
		val := b.alloca(16)
		b.store(val, 0, 8, v0)
		b.store(val, 8, 8, v1)
		b.call("map_update_elem", b.mapRef(ml.sym), key, val, b.constant(updateAny))
	}
	switch call.Name {
	case "avg", "stats":
		b.ifElse(p, func() {
			b.store(p, 0, 8, b.binary(ir.OpAdd, b.load(p, 0, 8, false), x))
			b.store(p, 8, 8, b.binaryConst(ir.OpAdd, b.load(p, 8, 8, false), 1))
		}, func() { newEntry(x, b.constant(1)) })
	case "min":
		// inv >= old_inv (signed), old_inv being 0 when unset.
		inv := b.binary(ir.OpSub, b.constant(minLimit), x)
		b.ifElse(p, func() {
			old := l.tmpVar()
			b.writeVar(old, b.constant(0))
			b.ifThen(b.load(p, 8, 8, false), func() {
				b.writeVar(old, b.binary(ir.OpSub, b.constant(minLimit), b.load(p, 0, 8, false)))
			})
			b.ifThen(b.binary(ir.OpSGe, inv, b.readVar(old)), func() {
				b.store(p, 0, 8, x)
				b.store(p, 8, 8, b.constant(1))
			})
		}, func() {
			b.ifThen(b.binaryConst(ir.OpSGe, inv, 0), func() { newEntry(x, b.constant(1)) })
		})
	case "max":
		// n >= old (signed), old being 0 when unset (MAP-05).
		b.ifElse(p, func() {
			old := l.tmpVar()
			b.writeVar(old, b.constant(0))
			b.ifThen(b.load(p, 8, 8, false), func() { b.writeVar(old, b.load(p, 0, 8, false)) })
			b.ifThen(b.binary(ir.OpSGe, x, b.readVar(old)), func() {
				b.store(p, 0, 8, x)
				b.store(p, 8, 8, b.constant(1))
			})
		}, func() {
			b.ifThen(b.binaryConst(ir.OpSGe, x, 0), func() { newEntry(x, b.constant(1)) })
		})
	}
}
