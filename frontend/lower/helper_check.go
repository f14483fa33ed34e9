package lower

import (
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/ir"
	"github.com/bpftc/bpftc/loader/abi"
)

// helperChecks is the state of bpftrace's -k/-kk runtime checks (CLI-15,
// OUT-14): after each checked helper call, a negative (32-bit) result
// sends an abi.ActionHelperError record naming the call site.
type helperChecks struct {
	level int      // 0: none, 1: -k, 2: -kk
	node  ast.Node // the expression or call whose code is being emitted
	busy  bool     // emitting a check's record
}

// checkedHelpers are the helpers bpftrace 0.17 checks; true marks those
// only -kk checks (their failure leaves a zero the script can test).
var checkedHelpers = map[string]bool{
	"map_update_elem": false, "map_delete_elem": false, "get_stackid": false,
	"get_current_comm": false, "send_signal": false, "d_path": false,
	"probe_read": true, "probe_read_str": true,
	"probe_read_kernel": true, "probe_read_kernel_str": true,
	"probe_read_user": true, "probe_read_user_str": true,
}

// startChecks sets the checks up for a new probe's builder.
func (l *lowerer) startChecks() {
	l.checks.level = l.info.HelperCheck
	l.checks.node = nil
	if l.checks.level > 0 {
		l.b.onCall = l.checkCall
	}
}

func noop() {}

// within makes n the node checked calls are reported at until the returned
// function runs.
func (l *lowerer) within(n ast.Node) func() {
	if l.checks.level == 0 {
		return noop
	}
	prev := l.checks.node
	l.checks.node = n
	return func() { l.checks.node = prev }
}

// checkCall is the builder's onCall hook: it checks the result of helper v.
func (l *lowerer) checkCall(helper string, v *ir.Value) {
	onlyKK, ok := checkedHelpers[helper]
	if !ok || l.checks.busy || onlyKK && l.checks.level < 2 {
		return
	}
	b := l.b
	ret := b.value(ir.OpSext, ir.I64, v)
	ret.Aux = 32
	b.ifThen(b.binaryConst(ir.OpSLt, ret, 0), func() { l.helperError(helper, ret) })
}

// checkMiss reports, under -kk, a map read of a missing key: bpftrace's
// "Failed to map_lookup_elem: 0".
func (l *lowerer) checkMiss(p *ir.Value) {
	if l.checks.level < 2 || l.checks.busy {
		return
	}
	b := l.b
	b.ifThen(b.binaryConst(ir.OpEq, p, 0), func() { l.helperError("map_lookup_elem", b.constant(0)) })
}

// helperError sends the record of a failed helper call at the current node.
func (l *lowerer) helperError(helper string, ret *ir.Value) {
	n := l.checks.node
	if n == nil {
		n = l.probe.Probe
	}
	span := n.Loc()
	id := int64(len(l.meta.HelperErrors))
	l.meta.HelperErrors = append(l.meta.HelperErrors, abi.HelperError{Helper: helper, Start: int(span.Start), End: int(span.End)})
	l.checks.busy = true
	defer func() { l.checks.busy = false }()
	b := l.b
	fields := []abi.Field{
		{Offset: 8, Type: abi.Type{Kind: abi.KindInt, Size: 8}},
		{Offset: 16, Type: abi.Type{Kind: abi.KindInt, Size: 8, Signed: true}},
	}
	l.emitRecord(abi.ActionHelperError, fields, 24, []keyWriter{
		func(dst *ir.Value, off int64) { b.store(dst, off, 8, b.constant(id)) },
		func(dst *ir.Value, off int64) { b.store(dst, off, 8, ret) },
	})
}
