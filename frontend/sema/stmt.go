package sema

import (
	"strings"

	"github.com/bpftc/bpftc/frontend/ast"
)

func (c *checker) block(b *ast.Block) {
	if b == nil {
		return
	}
	for _, s := range b.Stmts {
		c.stmt(s)
	}
}

func (c *checker) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.Block:
		c.block(s)
	case *ast.ExprStmt:
		if call, ok := s.X.(*ast.Call); ok {
			c.call(call, true)
			return
		}
		c.expr(s.X)
	case *ast.AssignMap:
		c.assignMap(s)
	case *ast.AssignVar:
		c.assignVar(s)
	case *ast.If:
		if t := c.expr(s.Cond); t != nil && t.Kind != KindInt {
			c.errorf(s, "Invalid condition in if(): %s", t.Kind.word())
		} else if t == nil {
			c.noneCondition(s)
		}
		c.block(s.Then)
		if s.Else != nil {
			c.stmt(s.Else)
		}
	case *ast.Unroll:
		n, ok := c.constInt(s.Count)
		switch {
		case !ok:
			c.errorf(s, "unroll count must be an integer literal or positional parameter")
		case n > 100:
			c.errorf(s, "unroll maximum value is 100")
		case n < 1:
			c.errorf(s, "unroll minimum value is 1")
		}
		c.block(s.Body)
	case *ast.While:
		if t := c.expr(s.Cond); t != nil && t.Kind != KindInt {
			c.errorf(s, "Invalid condition in while(): %s", t.Kind.word())
		}
		c.loops++
		c.block(s.Body)
		c.loops--
	case *ast.Jump:
		if s.Kind != ast.Return && c.loops == 0 {
			c.errorf(s, "%s used outside of a loop", s.Kind)
		}
	default:
		c.errorf(s, "this statement is not supported yet by bpftc")
	}
}

// aggFuncs are the functions whose result only a map can hold.
var aggFuncs = map[string]Kind{
	"count": KindCount, "sum": KindSum, "min": KindMin, "max": KindMax,
	"avg": KindAvg, "stats": KindStats, "hist": KindHist, "lhist": KindLhist,
}

func (c *checker) assignMap(s *ast.AssignMap) {
	keys := c.mapKeys(s.Map)
	var val *Type
	isAgg := false
	if call, ok := s.Value.(*ast.Call); ok && s.Op == ast.OpAssign {
		if _, isAgg = aggFuncs[call.Name]; isAgg {
			val = c.aggCall(call)
		}
	}
	if !isAgg {
		val = c.expr(s.Value)
		if s.Op != ast.OpAssign && val != nil {
			var old *Type
			if m := c.maps[s.Map.Name]; m != nil {
				old = m.Value
			}
			val = c.compound(s.Map, s.Op, s.OpAt, s.Value, old, val)
		}
	}
	if val == nil {
		c.noneAssign(s.Map, s.Map.Name, s.Value, s.Map.Loc())
		return
	}
	if val.Kind == KindNone {
		c.errorf(s.Value, "%s() should not be used in an assignment or as a map key", callName(s.Value))
		return
	}
	if val.Kind == KindArgs {
		c.errorAt(s.OpAt, "context cannot be assigned to a map")
		return
	}
	if val.Kind == KindInt {
		val = IntType(8, val.Signed)
	}
	c.keyRead(val)
	c.defineMap(s.Map, keys, val, s)
}

func callName(e ast.Expr) string {
	if call, ok := e.(*ast.Call); ok {
		return call.Name
	}
	return "expression"
}

// defineMap records or checks the key and value types of a map.
func (c *checker) defineMap(m *ast.Map, keys []*Type, val *Type, at ast.Node) {
	mi := c.maps[m.Name]
	if mi == nil {
		mi = &MapInfo{Name: m.Name, Keys: keys}
		c.maps[m.Name] = mi
	}
	if mi.Value == nil {
		mi.Value = val
		return
	}
	if mi.Value.Kind == KindString && val.Kind == KindString {
		if val.Size > mi.Value.Size {
			mi.Value = val
		}
		return
	}
	if mi.Value.Kind == KindTuple && val.Kind == KindTuple {
		if merged, ok := c.resizeTuple(mi.Value, val); ok {
			mi.Value = merged
			return
		}
	}
	if !sameValueType(mi.Value, val) {
		c.errorf(m, "Type mismatch for %s: trying to assign value of type '%s' when map already contains a value of type '%s", m.Name, val, mi.Value)
	}
}

func sameValueType(a, b *Type) bool {
	if a.Kind != b.Kind {
		return false
	}
	if a.Kind == KindLhist {
		return a.Min == b.Min && a.Max == b.Max && a.Step == b.Step
	}
	if a.Kind == KindTuple {
		return a.Equal(b)
	}
	return true
}

// mapKeys checks a map's key expressions against earlier uses.
func (c *checker) mapKeys(m *ast.Map) []*Type {
	var keys []*Type
	for _, k := range m.Keys {
		t := c.expr(k)
		if t == nil {
			c.noneKey(k)
			return nil
		}
		switch t.Kind {
		case KindInt:
			// Integer keys are 64-bit and typed unsigned, whatever the
			// expression (they still print signed).
			t = Uint64
		case KindString, KindKsym, KindUsym, KindUsername, KindProbe, KindInet, KindTimestamp, KindBuffer, KindKstack, KindUstack, KindMacaddr:
		case KindPtr, KindRecord, KindArray:
			c.keyRead(t)
		default:
			if t.Kind == KindTuple {
				c.errorf(k, "tuple cannot be used as a map key. Try a multi-key associative array instead (eg `@map[$1, $2] = ...)`.")
			} else {
				c.errorf(k, "%s cannot be used as a map key", t)
			}
			return nil
		}
		keys = append(keys, t)
	}
	mi := c.maps[m.Name]
	if mi == nil {
		c.maps[m.Name] = &MapInfo{Name: m.Name, Keys: keys}
		return keys
	}
	if !sameKeys(mi.Keys, keys) {
		c.errorf(m, "Argument mismatch for %s: trying to access with arguments: %s when map expects arguments: %s", m.Name, typeList(keys), typeList(mi.Keys))
		return mi.Keys
	}
	// Strings keys take the largest size seen.
	for i, k := range keys {
		if k.Kind == KindString && k.Size > mi.Keys[i].Size {
			mi.Keys[i] = k
		}
	}
	return mi.Keys
}

func sameKeys(a, b []*Type) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Kind != b[i].Kind || a[i].Kind == KindInt && a[i].Signed != b[i].Signed {
			return false
		}
	}
	return true
}

func typeList(ts []*Type) string {
	var s []string
	for _, t := range ts {
		s = append(s, t.String())
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func (c *checker) assignVar(s *ast.AssignVar) {
	if call, ok := s.Value.(*ast.Call); ok {
		if _, agg := aggFuncs[call.Name]; agg {
			c.errorf(call, "%s() should be directly assigned to a map", call.Name)
			return
		}
	}
	val := c.expr(s.Value)
	if val == nil {
		if s.Op == ast.OpAssign {
			c.noneAssign(s.Var, s.Var.Name, s.Value, s.OpAt)
		}
		return
	}
	if s.Op != ast.OpAssign {
		old := c.vars[s.Var.Name]
		if old == nil {
			c.errorf(s.Var, "Undefined or undeclared variable: %s", s.Var.Name)
			return
		}
		val = c.compound(s.Var, s.Op, s.OpAt, s.Value, old, val)
		if val != nil {
			c.assignVarType(s, old, val)
		}
		return
	}
	if val.Kind == KindNone {
		c.errorf(s.Value, "%s() should not be used in an assignment or as a map key", callName(s.Value))
		return
	}
	if val.Kind == KindArgs {
		if c.probe.Ctx != nil && c.probeKind() != ProviderIter {
			c.errorf(s, "args cannot be assigned to a variable") // kfunc, as in bpftrace 0.17
			return
		}
		if c.probe.Ctx != nil {
			c.errorf(s, "args cannot be assigned to a variable by bpftc yet")
			return
		}
		// A tracepoint's args: the variable stands for the probe's
		// context, read as args is (BIV-20).
	}
	c.assignVarType(s, c.vars[s.Var.Name], val)
}

// constInt evaluates an integer literal or numeric positional parameter.
func (c *checker) constInt(e ast.Expr) (int64, bool) {
	switch e := e.(type) {
	case *ast.Integer:
		return e.Value, true
	case *ast.Positional:
		v, ok := c.positionalInt(e)
		return v, ok
	case *ast.PositionalCount:
		return int64(len(c.opts.Params)), true
	}
	return 0, false
}

func (c *checker) positionalInt(e *ast.Positional) (int64, bool) {
	if int(e.N) > len(c.opts.Params) {
		return 0, true
	}
	v, ok := parseParamInt(c.opts.Params[e.N-1])
	if !ok {
		c.errorf(e, "$%d used numerically but given %q. Try using str($%d).", e.N, c.opts.Params[e.N-1], e.N)
	}
	return v, ok
}

func parseParamInt(s string) (int64, bool) { return ParamInt(s) }
