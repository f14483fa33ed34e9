package lower

import (
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/ir"
	"github.com/bpftc/bpftc/loader/abi"
)

// defaultTimeFormat is time()'s format when it has none.
const defaultTimeFormat = "%H:%M:%S\n"

// timeCall lowers time([fmt]): a record with the format's id; the loader
// prints the time when it handles it (FN-04).
func (l *lowerer) timeCall(c *ast.Call) {
	format := defaultTimeFormat
	if len(c.Args) == 1 {
		format = l.stringLit(c.Args[0])
	}
	id := int64(len(l.meta.Times))
	l.meta.Times = append(l.meta.Times, format)
	b := l.b
	l.emitRecord(abi.ActionTime, []abi.Field{{Offset: 8, Type: abi.Type{Kind: abi.KindInt, Size: 4}}}, 16,
		[]keyWriter{func(dst *ir.Value, off int64) { b.store(dst, off, 4, b.constant(id)) }})
}

// formatCall lowers cat(fmt, ...) and system(fmt, ...): records laid out
// like printf's under their own action ids (FN-13, FN-18).
func (l *lowerer) formatCall(c *ast.Call) {
	args := c.Args[1:]
	var types []*sema.Type
	for _, a := range args {
		types = append(types, l.argType(a))
	}
	fields, size := recordLayout(types)
	p := abi.Printf{Format: l.stringLit(c.Args[0]), Args: fields}
	var id int64
	if c.Name == "cat" {
		id = abi.ActionCat + int64(len(l.meta.Cats))
		l.meta.Cats = append(l.meta.Cats, p)
	} else {
		id = abi.ActionSystem + int64(len(l.meta.Systems))
		l.meta.Systems = append(l.meta.Systems, p)
	}
	var writers []keyWriter
	for i, a := range args {
		writers = append(writers, l.writer(a, types[i].StorageSize()))
	}
	l.emitRecord(id, fields, size, writers)
}

// joinMap is the per-CPU scratch value join() builds its record in: the
// record (16 + 16*1024 bytes) does not fit on the BPF stack.
const joinMap = "AT__join"

// joinRecordSize is the size of a join record.
const joinRecordSize = 16 + abi.JoinArgs*abi.JoinArgSize

// join lowers join(argv [, sep]): up to 16 strings read through the
// pointer array, sent in one record (FN-05). As in bpftrace, every slot is
// read; a NULL pointer leaves its slot empty, which ends the list.
func (l *lowerer) join(c *ast.Call) {
	b := l.b
	sep := " "
	if len(c.Args) == 2 {
		sep = l.stringLit(c.Args[1])
	}
	id := int64(len(l.meta.Joins))
	l.meta.Joins = append(l.meta.Joins, sep)
	l.needMap(&ir.Map{Name: joinMap, Kind: ir.MapPerCPUArray, KeySize: 4, ValueSize: joinRecordSize, MaxEntries: 1})
	argv := l.expr(c.Args[0])
	as := sema.ReadAS(l.info.Types[c.Args[0]], l.probe)
	key := b.alloca(4)
	b.store(key, 0, 4, b.constant(0))
	rec := b.call("map_lookup_elem", b.mapRef(joinMap), key)
	b.ifThen(rec, func() {
		b.store(rec, 0, 8, b.constant(abi.ActionJoin))
		b.store(rec, 8, 8, b.constant(id))
		ptr := b.alloca(8)
		for i := 0; i < abi.JoinArgs; i++ {
			src := argv
			if i > 0 {
				src = b.binaryConst(ir.OpAdd, argv, int64(8*i))
			}
			b.call(readHelperFor(as, false), ptr, b.constant(8), src)
			b.call(readHelperFor(as, true), b.ptrAdd(rec, int64(16+i*abi.JoinArgSize)), b.constant(abi.JoinArgSize), b.load(ptr, 0, 8, false))
		}
		b.call("ringbuf_output", b.mapRef(abi.EventsMap), rec, b.constant(joinRecordSize), b.constant(0))
	})
}
