package lower

import (
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/ir"
)

// langCallInto writes the value of the calls of stack.go and call_more.go
// at dst+off; it reports false for other calls.
func (l *lowerer) langCallInto(c *ast.Call, dst *ir.Value, off int64, n int) bool {
	switch c.Name {
	case "kstack", "ustack":
		l.stackInto(c, dst, off)
	case "usym":
		l.usym(c, dst, off)
	case "macaddr":
		l.macaddr(c, dst, off)
	case "cgroup_path":
		l.cgroupPath(c, dst, off)
	case "path":
		l.path(c, dst, off, n)
	default:
		return false
	}
	return true
}

// langCallExpr lowers the integer-valued calls of call_more.go.
func (l *lowerer) langCallExpr(c *ast.Call) (*ir.Value, bool) {
	switch c.Name {
	case "strcontains":
		return l.strcontains(c), true
	case "kptr", "uptr":
		return l.expr(c.Args[0]), true
	case "uaddr":
		return l.b.constant(int64(l.info.UserAddrs[c])), true
	case "cgroupid":
		return l.b.constant(l.info.Consts[c]), true
	case "skboutput":
		return l.skboutput(c), true
	}
	return nil, false
}

// langStmt lowers the statement-only calls of call_more.go; it reports
// false for other calls.
func (l *lowerer) langStmt(c *ast.Call) bool {
	switch c.Name {
	case "debugf":
		l.debugf(c)
	case "signal":
		l.signal(c)
	case "override":
		l.override(c)
	case "unwatch":
		l.unwatch(c)
	default:
		return false
	}
	return true
}

// langBuiltin lowers ctx outside iter probes: the context pointer.
func (l *lowerer) langBuiltin(e *ast.Builtin) (*ir.Value, bool) {
	if e.Name != "ctx" {
		return nil, false
	}
	return l.b.ctx, true
}
