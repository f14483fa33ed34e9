package lower

import (
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/ir"
	"github.com/bpftc/bpftc/loader/abi"
)

// printValue lowers print(value): a record with the print id and a copy of
// the value, which the loader renders (FN-02).
func (l *lowerer) printValue(c *ast.Call) {
	arg := c.Args[0]
	t := l.argType(arg)
	id := int64(len(l.meta.Values))
	l.meta.Values = append(l.meta.Values, t.ABI())
	size := t.StorageSize()
	write := l.writer(arg, size)
	l.emitRecord(abi.ActionPrintValue,
		[]abi.Field{
			{Offset: 8, Type: abi.Type{Kind: abi.KindInt, Size: 8}},
			{Offset: 16, Type: abi.Type{Kind: abi.KindNone, Size: size}},
		},
		16+align(size, 8),
		[]keyWriter{
			func(dst *ir.Value, off int64) { l.b.store(dst, off, 8, l.b.constant(id)) },
			write,
		})
}
