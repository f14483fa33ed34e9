package lower

import (
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/ir"
	"github.com/bpftc/bpftc/loader/abi"
)

// ringbufSize is the default size of the events ring buffer; the loader may
// change it.
const ringbufSize = 1 << 20

// recordLayout places values after the u64 action id with natural alignment
// and returns the fields and the record size (a multiple of 8).
func recordLayout(types []*sema.Type) ([]abi.Field, int) {
	var fields []abi.Field
	off := 8
	for _, t := range types {
		off = align(off, t.Align())
		fields = append(fields, abi.Field{Offset: off, Type: t.ABI()})
		off += t.StorageSize()
	}
	return fields, align(off, 8)
}

func align(n, a int) int { return (n + a - 1) / a * a }

// emitRecord builds a record with the given action id and arguments on the
// stack and sends it to the events ring buffer. Gaps between arguments are
// zeroed so that no uninitialised stack reaches user space.
func (l *lowerer) emitRecord(id int64, fields []abi.Field, size int, args []keyWriter) {
	b := l.b
	rec := b.alloca(size)
	b.store(rec, 0, 8, b.constant(id))
	end := 8
	for i, f := range fields {
		b.zero(rec, int64(end), f.Offset-end)
		args[i](rec, int64(f.Offset))
		end = f.Offset + f.Type.Size
	}
	b.zero(rec, int64(end), size-end)
	b.call("ringbuf_output", b.mapRef(abi.EventsMap), rec, b.constant(int64(size)), b.constant(0))
}

// exit asks the loader to stop: an exit record, plus the exit flag that the
// loader polls in case the record is lost; then it leaves the probe, as
// bpftrace 0.17 does.
func (l *lowerer) exit() {
	b := l.b
	l.emitRecord(abi.ActionExit, nil, 8, nil)
	idx := b.alloca(4)
	b.store(idx, 0, 4, b.constant(0))
	p := b.call("map_lookup_elem", b.mapRef(abi.ExitMap), idx)
	b.ifThen(p, func() { b.store(p, 0, 8, b.constant(1)) })
	b.ret()
}

// builtinMaps are the maps every module has.
func builtinMaps() []*ir.Map {
	return []*ir.Map{
		{Name: abi.EventsMap, Kind: ir.MapRingBuf, MaxEntries: ringbufSize},
		{Name: abi.ExitMap, Kind: ir.MapArray, KeySize: 4, ValueSize: 8, MaxEntries: 1},
	}
}
