package sema

import "github.com/bpftc/bpftc/frontend/ast"

// skboutputCall checks skboutput(path, skb, len, offset) (FN-30): the
// packet of an sk_buff written to a pcap file by the loader. As in
// bpftrace 0.17 the call must be assigned to a variable; its value is the
// helper's status.
func (c *checker) skboutputCall(e *ast.Call) *Type {
	if !c.assignedToVar(e) {
		c.errorf(e, "skboutput() should be assigned to a variable")
	}
	if !c.nargs(e, 4) {
		return skbStatus
	}
	c.finalLiteralArg(e, 0, KindString)
	if t := c.expr(e.Args[1]); t != nil && t.Kind != KindPtr {
		c.finalErrorf(e, "skboutput() only supports pointer arguments (%s provided)", typeWord(t))
	}
	c.typedArg(e, c.expr(e.Args[2]), KindInt)
	if c.typedArg(e, c.expr(e.Args[3]), KindInt) {
		// bpftrace reads the offset as a literal when it builds the pcap
		// writers; anything else is undefined there.
		if _, ok := c.constInt(e.Args[3]); !ok {
			c.errorf(e, "skboutput() expects an integer literal as its offset")
		}
	}
	return skbStatus
}

// skbStatus is the type of skboutput()'s value: bpf_skb_output's result
// as a uint32.
var skbStatus = &Type{Kind: KindInt, Size: 4}

// assignedToVar reports whether call e is the whole value of a plain
// assignment to a scratch variable in the current probe.
func (c *checker) assignedToVar(e *ast.Call) bool {
	if c.probe == nil || c.probe.Probe == nil {
		return false
	}
	found := false
	ast.Inspect(c.probe.Probe, func(n ast.Node) bool {
		if a, ok := n.(*ast.AssignVar); ok && a.Op == ast.OpAssign && a.Value == ast.Expr(e) {
			found = true
		}
		return !found
	})
	return found
}
