package lower

import (
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/ir"
)

// stackMapEntries is the size of every stack map: bpftrace 0.17's 128K,
// which keeps hash collisions (lost stacks) rare.
const stackMapEntries = 128 << 10

// bpfFUserStack is get_stackid's BPF_F_USER_STACK flag.
const bpfFUserStack = 1 << 8

// stackInto writes the value of kstack or ustack (builtin or call) at
// dst+off: the stack id bpf_get_stackid returns, for user stacks ORed with
// get_current_pid_tgid() << 32, as bpftrace 0.17 packs it (so the upper half
// is the thread id).
func (l *lowerer) stackInto(e ast.Expr, dst *ir.Value, off int64) {
	b := l.b
	t := l.info.Types[e]
	name := sema.StackMapName(t.Stack.Limit)
	l.needMap(&ir.Map{Name: name, Kind: ir.MapStackTrace, KeySize: 4, ValueSize: 8 * t.Stack.Limit, MaxEntries: stackMapEntries})
	flags := int64(0)
	if t.Kind == sema.KindUstack {
		flags = bpfFUserStack
	}
	id := b.call("get_stackid", b.ctx, b.mapRef(name), b.constant(flags))
	if t.Kind == sema.KindUstack {
		id = b.binary(ir.OpOr, id, b.binaryConst(ir.OpShl, b.call("get_current_pid_tgid"), 32))
	}
	b.store(dst, off, 8, id)
}
