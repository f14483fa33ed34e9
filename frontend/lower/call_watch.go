package lower

import (
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/ir"
	"github.com/bpftc/bpftc/loader/abi"
)

// unwatch lowers unwatch(addr) (FN-33): a record asking the loader to
// detach the probes on addr, which bpftrace 0.17 widens to 64 bits
// without sign.
func (l *lowerer) unwatch(c *ast.Call) {
	b := l.b
	arg := c.Args[0]
	addr := l.expr(arg)
	if t := l.info.Types[arg]; t != nil && t.Size > 0 && t.Size < 8 {
		addr = b.binaryConst(ir.OpAnd, addr, int64(1)<<(8*t.Size)-1)
	}
	l.emitRecord(abi.ActionUnwatch, []abi.Field{{Offset: 8, Type: abi.Type{Kind: abi.KindInt, Size: 8}}}, 16,
		[]keyWriter{func(dst *ir.Value, off int64) { b.store(dst, off, 8, addr) }})
}
