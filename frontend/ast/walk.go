package ast

// Inspect walks the tree rooted at n in depth-first order, calling f for
// each node; it skips a node's children when f returns false. Nil children
// are not visited.
func Inspect(n Node, f func(Node) bool) {
	if isNil(n) || !f(n) {
		return
	}
	for _, c := range Children(n) {
		Inspect(c, f)
	}
}

// Children returns n's direct child nodes in source order, without nils.
func Children(n Node) []Node {
	var out []Node
	add := func(cs ...Node) {
		for _, c := range cs {
			if !isNil(c) {
				out = append(out, c)
			}
		}
	}
	switch n := n.(type) {
	case *Program:
		for _, p := range n.Preamble {
			add(p)
		}
		for _, p := range n.Probes {
			add(p)
		}
	case *Probe:
		for _, a := range n.Attach {
			add(a)
		}
		add(n.Pred, n.Body)
	case *Predicate:
		add(n.X)
	case *Block:
		for _, s := range n.Stmts {
			add(s)
		}
	case *ExprStmt:
		add(n.X)
	case *AssignMap:
		add(n.Map, n.Value)
	case *AssignVar:
		add(n.Var, n.Value)
	case *If:
		add(n.Cond, n.Then, n.Else)
	case *Unroll:
		add(n.Count, n.Body)
	case *While:
		add(n.Cond, n.Body)
	case *For:
		add(n.Var, n.Map, n.Start, n.End, n.Body)
	case *Let:
		add(n.Var, n.Value)
	case *Call:
		addExprs(add, n.Args)
	case *Map:
		addExprs(add, n.Keys)
	case *Binary:
		add(n.X, n.Y)
	case *Unary:
		add(n.X)
	case *Ternary:
		add(n.Cond, n.Then, n.Else)
	case *Field:
		add(n.X)
	case *TupleIndex:
		add(n.X)
	case *Index:
		add(n.X, n.Index)
	case *Cast:
		add(n.Type, n.X)
	case *Tuple:
		addExprs(add, n.Elems)
	case *Sizeof:
		add(n.Type, n.X)
	case *Offsetof:
		add(n.Type, n.X)
	}
	return out
}

func addExprs(add func(...Node), es []Expr) {
	for _, e := range es {
		add(e)
	}
}

// isNil reports whether n is nil or a typed nil pointer.
func isNil(n Node) bool {
	switch n := n.(type) {
	case nil:
		return true
	case *Predicate:
		return n == nil
	case *Block:
		return n == nil
	case *Map:
		return n == nil
	case *Var:
		return n == nil
	case *TypeName:
		return n == nil
	case *If:
		return n == nil
	}
	return false
}
