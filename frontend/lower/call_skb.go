package lower

import (
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/ir"
	"github.com/bpftc/bpftc/loader/abi"
)

// bpfFCurrentCPU is BPF_F_CURRENT_CPU: the perf buffer of the running CPU.
const bpfFCurrentCPU = 0xffffffff

// skboutput lowers skboutput(path, skb, len, offset) (FN-30) as bpftrace
// 0.17 does: bpf_skb_output copies len bytes of the packet after a 24-byte
// header (action id, call site id, CLOCK_BOOTTIME) into the perf event
// array abi.SkbEventsMap; the loader writes them to the pcap file. The
// value is the helper's status as a uint32.
func (l *lowerer) skboutput(c *ast.Call) *ir.Value {
	b := l.b
	off := constArg(c.Args[3], l.info.Params)
	id := int64(len(l.meta.SkbOutputs))
	l.meta.SkbOutputs = append(l.meta.SkbOutputs, abi.SkbOutput{Path: l.stringLit(c.Args[0]), Offset: off})
	l.needMap(&ir.Map{Name: abi.SkbEventsMap, Kind: ir.MapPerfEventArray, KeySize: 4, ValueSize: 4})
	hdr := b.alloca(abi.SkbRecordSize)
	b.store(hdr, 0, 8, b.constant(abi.ActionSkbOutput))
	b.store(hdr, 8, 8, b.constant(id))
	b.store(hdr, 16, 8, b.call("ktime_get_boot_ns"))
	skb := l.expr(c.Args[1])
	n := l.expr(c.Args[2])
	if t := l.info.Types[c.Args[2]]; t != nil && t.Size > 0 && t.Size < 8 {
		n = b.binaryConst(ir.OpAnd, n, int64(1)<<(8*t.Size)-1)
	}
	flags := b.binaryConst(ir.OpOr, b.binaryConst(ir.OpShl, n, 32), bpfFCurrentCPU)
	ret := b.call("skb_output", skb, b.mapRef(abi.SkbEventsMap), flags, hdr, b.constant(abi.SkbRecordSize))
	return b.binaryConst(ir.OpAnd, ret, 0xffffffff)
}

// constArg is the value of an integer literal or numeric positional
// parameter (sema checked that the argument is one).
func constArg(e ast.Expr, params []string) int64 {
	switch e := e.(type) {
	case *ast.Integer:
		return e.Value
	case *ast.Positional:
		if int(e.N) <= len(params) {
			v, _ := sema.ParamInt(params[e.N-1])
			return v
		}
	case *ast.PositionalCount:
		return int64(len(params))
	}
	return 0
}
