package lower

import (
	"strconv"
	"strings"

	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/frontend/tracepoint"
	"github.com/bpftc/bpftc/ir"
)

// Tracepoint args through CO-RE: when the checker found the BTF type of a
// probe's tracepoint record (sema.ProbeInfo.ArgsCORE), every load of an
// args field from the context carries the field's access path in that
// type ("0:N", or "0:N:K" for element K of an array member), and the
// loader rewrites the load's offset for the running kernel. Loads are
// relocated once the probe is lowered, whatever built them (integer
// fields, string and array copies in chunks). __data_loc words and
// probes without a record keep the format file's offsets, which the
// loader checks; a field is marked CO-RE in the metadata only when no
// program reads it at a fixed offset.

// tpCoreState is what lowering learned about the tracepoint fields it
// read, by "tracepoint:CAT:EVENT\x00FIELD".
type tpCoreState struct {
	core  map[string]string // relocated reads: the record type's name
	fixed map[string]bool   // reads at the format file's offset
}

// relocateArgs marks the current probe's context loads of args fields
// for relocation.
func (l *lowerer) relocateArgs() {
	pi := l.probe
	if pi.Args == nil || pi.Ctx != nil || len(pi.Attach) == 0 || pi.Attach[0].Provider != sema.ProviderTracepoint {
		return
	}
	for _, b := range l.b.f.Blocks {
		for _, v := range b.Values {
			if v.Op != ir.OpLoad || v.Sym != "" || v.Args[0].Op != ir.OpCtx {
				continue
			}
			fd := fieldAt(pi.Args, v.Aux, v.Size)
			if fd == nil {
				continue
			}
			acc, ok := argsAccess(pi.ArgsCORE, fd, v.Aux)
			if !ok {
				l.noteArgsRead(fd.Name, "")
				continue
			}
			rec := pi.ArgsCORE
			key := rec.Name + " " + acc
			if l.mod.CoreFields == nil {
				l.mod.CoreFields = map[string]ir.CoreField{}
			}
			l.mod.CoreFields[key] = ir.CoreField{Type: rec.BTF, Access: acc}
			v.Sym = key
			l.noteArgsRead(fd.Name, rec.Name)
		}
	}
}

// fieldAt returns the field of f holding the size bytes at off, or nil.
func fieldAt(f *tracepoint.Format, off int64, size int32) *tracepoint.Field {
	for i := range f.Fields {
		fd := &f.Fields[i]
		if off >= int64(fd.Offset) && off+int64(size) <= int64(fd.Offset+fd.Size) {
			return fd
		}
	}
	return nil
}

// argsAccess is the access string of the load at off in field fd of rec,
// or false when the load keeps its fixed offset.
func argsAccess(rec *sema.TPRecord, fd *tracepoint.Field, off int64) (string, bool) {
	if rec == nil {
		return "", false
	}
	m, ok := rec.Members[fd.Name]
	if !ok {
		return "", false
	}
	acc := "0:" + strconv.Itoa(m.Index)
	d := off - int64(fd.Offset)
	switch {
	case d == 0:
		return acc, true
	case m.Elem > 0 && d%int64(m.Elem) == 0:
		return acc + ":" + strconv.FormatInt(d/int64(m.Elem), 10), true
	}
	return "", false
}

// noteArgsRead records how the current probe reads field of each of its
// tracepoints: relocated through record type typ, or fixed when typ is "".
func (l *lowerer) noteArgsRead(field, typ string) {
	s := &l.tpCore
	if s.core == nil {
		s.core, s.fixed = map[string]string{}, map[string]bool{}
	}
	for _, a := range l.probe.Attach {
		key := "tracepoint:" + a.Target + "\x00" + field
		if typ == "" {
			s.fixed[key] = true
		} else {
			s.core[key] = typ
		}
	}
}

// markArgsCORE marks in the metadata the tracepoint fields every program
// reads through CO-RE, with the record type they are read through.
func (l *lowerer) markArgsCORE() {
	s := &l.tpCore
	if len(s.core) == 0 {
		return
	}
	for i := range l.meta.Fields {
		x := &l.meta.Fields[i]
		if !strings.HasPrefix(x.Source, "tracepoint:") {
			continue
		}
		key := x.Source + "\x00" + x.Field
		if typ, ok := s.core[key]; ok && !s.fixed[key] {
			x.Type, x.CORE = typ, true
		}
	}
}
