package lower

import (
	"sort"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/ir"
	"github.com/bpftc/bpftc/loader/abi"
)

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func (l *lowerer) block(b *ast.Block) {
	if b == nil {
		return
	}
	for _, s := range b.Stmts {
		if l.b.cur == nil {
			return // unreachable after return, exit, break or continue
		}
		l.stmt(s)
	}
}

// maxStatements bounds the statements one probe may expand to (unroll
// multiplies them); the kernel's own limit is far lower.
const maxStatements = 100000

func (l *lowerer) stmt(s ast.Stmt) {
	l.statements++
	if l.statements > maxStatements {
		fail(s, "program too large: more than %d statements after unrolling", maxStatements)
	}
	l.at(s)
	b := l.b
	switch s := s.(type) {
	case *ast.Block:
		l.block(s)
	case *ast.ExprStmt:
		if call, ok := s.X.(*ast.Call); ok {
			l.callStmt(call)
			return
		}
		if u, ok := s.X.(*ast.Unary); ok && (u.Op == ast.OpInc || u.Op == ast.OpDec) {
			l.incDec(u, false)
			return
		}
		l.discard(s.X)
	case *ast.AssignMap:
		l.assignMap(s)
	case *ast.AssignVar:
		l.assignVar(s)
	case *ast.If:
		if s.Else == nil {
			l.ifThenCond(s.Cond, func() { l.block(s.Then) })
		} else {
			l.ifElseCond(s.Cond, func() { l.block(s.Then) }, func() { l.stmt(s.Else) })
		}
	case *ast.Unroll:
		n := l.constCount(s.Count)
		for i := int64(0); i < n && b.cur != nil; i++ {
			l.block(s.Body)
		}
	case *ast.While:
		l.while(s)
	case *ast.Jump:
		switch s.Kind {
		case ast.Return:
			b.ret()
		case ast.Break:
			b.cur.Jump(l.loops[len(l.loops)-1].brk)
			b.cur = nil
		case ast.Continue:
			b.cur.Jump(l.loops[len(l.loops)-1].cont)
			b.cur = nil
		}
	default:
		fail(s, "this statement is not supported yet by bpftc")
	}
}

func (l *lowerer) constCount(e ast.Expr) int64 {
	switch e := e.(type) {
	case *ast.Integer:
		return e.Value
	case *ast.Positional:
		v, _ := l.positional(e)
		return v
	case *ast.PositionalCount:
		return int64(len(l.info.Params))
	}
	fail(e, "unroll count must be a constant")
	return 0
}

// while lowers a bounded loop; the kernel verifier proves it terminates.
func (l *lowerer) while(s *ast.While) {
	b := l.b
	header, body, exit := b.newBlock(), b.newBlock(), b.newBlock()
	b.cur.Jump(header)
	b.setBlock(header)
	l.branch(s.Cond, body, exit)
	b.seal(body)
	b.setBlock(body)
	l.loops = append(l.loops, loop{brk: exit, cont: header})
	l.block(s.Body)
	l.loops = l.loops[:len(l.loops)-1]
	if b.cur != nil {
		b.cur.Jump(header)
	}
	b.seal(header)
	b.seal(exit)
	b.setBlock(exit)
}

// discard evaluates an expression for its side effects.
func (l *lowerer) discard(e ast.Expr) {
	if l.discardTernary(e) {
		return
	}
	t := l.info.Types[e]
	if t != nil && t.Kind == sema.KindInt {
		l.expr(e)
	}
}

func (l *lowerer) callStmt(c *ast.Call) {
	defer l.within(c)()
	b := l.b
	switch c.Name {
	case "printf":
		l.printf(c)
	case "exit":
		l.exit()
	case "delete":
		m := c.Args[0].(*ast.Map)
		ml := l.maps[m.Name]
		key := l.mapKey(ml, m)
		if ml.array {
			p := b.call("map_lookup_elem", b.mapRef(ml.sym), key)
			b.ifThen(p, func() { b.zero(p, 0, ml.valueSize) })
			return
		}
		b.call("map_delete_elem", b.mapRef(ml.sym), key)
	case "clear", "zero":
		m := c.Args[0].(*ast.Map)
		id := int64(abi.ActionClear)
		if c.Name == "zero" {
			id = abi.ActionZero
		}
		ml := l.maps[m.Name]
		l.emitRecord(id, []abi.Field{{Offset: 8, Type: abi.Type{Kind: abi.KindInt, Size: 4}}}, 16,
			[]keyWriter{func(dst *ir.Value, off int64) { b.store(dst, off, 4, b.constant(int64(ml.info.Index))) }})
	case "print":
		if l.callStmtExt(c) {
			return // print(value)
		}
		m := c.Args[0].(*ast.Map)
		ml := l.maps[m.Name]
		vals := []int64{int64(ml.info.Index), 0, 0}
		for i, a := range c.Args[1:] {
			vals[i+1] = a.(*ast.Integer).Value
		}
		var fields []abi.Field
		var writers []keyWriter
		for i, v := range vals {
			v := v
			fields = append(fields, abi.Field{Offset: 8 + 4*i, Type: abi.Type{Kind: abi.KindInt, Size: 4}})
			writers = append(writers, func(dst *ir.Value, off int64) { b.store(dst, off, 4, b.constant(v)) })
		}
		l.emitRecord(abi.ActionPrint, fields, 24, writers)
	default:
		if !l.callStmtExt(c) {
			fail(c, "%s() is not supported yet by bpftc", c.Name)
		}
	}
}

// printf sends the format's arguments to the loader, which formats them.
func (l *lowerer) printf(c *ast.Call) {
	if l.seqPrintf(c) {
		return
	}
	args := c.Args[1:]
	var types []*sema.Type
	for _, a := range args {
		types = append(types, l.argType(a))
	}
	fields, size := recordLayout(types)
	id := int64(len(l.meta.Printfs))
	l.meta.Printfs = append(l.meta.Printfs, abi.Printf{Format: c.Args[0].(*ast.String).Value, Args: fields})
	var writers []keyWriter
	for i, a := range args {
		writers = append(writers, l.writer(a, types[i].StorageSize()))
	}
	l.emitRecord(id, fields, size, writers)
}

// argType is the type of a value once stored: integers take 8 bytes.
func (l *lowerer) argType(e ast.Expr) *sema.Type {
	t := l.info.Types[e]
	if t.Kind == sema.KindInt {
		return sema.IntType(8, t.Signed)
	}
	return t
}

// writer returns a function that stores e's value into a slot of size bytes.
func (l *lowerer) writer(e ast.Expr, size int) keyWriter {
	t := l.info.Types[e]
	if t.Kind == sema.KindInt {
		return func(dst *ir.Value, off int64) { l.storeInt(dst, off, min(size, 8), l.intValue(e)) }
	}
	return func(dst *ir.Value, off int64) { l.into(e, dst, off, size) }
}

// mapKey builds the key of a map access.
func (l *lowerer) mapKey(ml *mapLayout, m *ast.Map) *ir.Value {
	var parts []keyWriter
	for i, k := range m.Keys {
		parts = append(parts, l.writer(k, ml.info.Keys[i].StorageSize()))
	}
	return l.key(ml, parts)
}

func (l *lowerer) assignMap(s *ast.AssignMap) {
	b := l.b
	ml := l.maps[s.Map.Name]
	if call, ok := s.Value.(*ast.Call); ok && s.Op == ast.OpAssign {
		if l.aggregate(ml, s.Map, call) {
			return
		}
	}
	if s.Op != ast.OpAssign {
		y := l.compoundOperand(ml.info.Value, s.Value)
		key := l.mapKey(ml, s.Map)
		if s.Op == ast.OpAdd {
			l.add(ml, key, 0, y)
			return
		}
		old := l.readInt(ml, key, ml.info.Value.Signed)
		val := b.alloca(8)
		b.store(val, 0, 8, l.arith(s.Op, old, y))
		l.update(ml, key, val)
		return
	}
	size := ml.valueSize
	val := b.alloca(size)
	l.mapValueWriter(ml, s.Value, size)(val, 0)
	key := l.mapKey(ml, s.Map)
	l.update(ml, key, val)
}

// aggregate lowers @m[k] = count() and friends; it reports false when call
// is not an aggregation.
func (l *lowerer) aggregate(ml *mapLayout, m *ast.Map, call *ast.Call) bool {
	b := l.b
	switch call.Name {
	case "count":
		l.add(ml, l.mapKey(ml, m), 0, b.constant(1))
	case "sum":
		x := l.expr(call.Args[0])
		l.add(ml, l.mapKey(ml, m), 0, x)
	case "hist":
		idx := l.log2Bucket(l.expr(call.Args[0]))
		l.histAdd(ml, l.mapKey(ml, m), idx)
	case "lhist":
		t := ml.info.Value
		idx := l.linearBucket(l.expr(call.Args[0]), t.Min, t.Step, ml.buckets)
		l.histAdd(ml, l.mapKey(ml, m), idx)
	case "min", "max", "avg", "stats":
		l.aggregateStats(ml, m, call)
	default:
		return false
	}
	return true
}

func (l *lowerer) assignVar(s *ast.AssignVar) {
	b := l.b
	name := s.Var.Name
	t := l.varType[name]
	if l.assignVarTyped(s) {
		return
	}
	if t.Kind != sema.KindInt {
		l.into(s.Value, l.vars[name], 0, t.StorageSize())
		return
	}
	y := l.expr(s.Value)
	if s.Op != ast.OpAssign {
		y = l.arith(s.Op, b.readVar(name), y)
	}
	b.writeVar(name, y)
}
