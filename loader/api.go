package loader

import (
	"bytes"
	"fmt"
	"io/fs"
)

// This file is the Go API for programs that embed precompiled objects:
// open one from memory or an fs.FS, run it, and take its printf events and
// maps as Go values instead of text.

// OpenBytes is [Open] on an object in memory, such as one embedded with
// go:embed.
func OpenBytes(b []byte) (*Object, error) {
	return Open(bytes.NewReader(b))
}

// OpenFS is [Open] on the file name of fsys (an embed.FS, os.DirFS...); its
// refusals start with the name.
func OpenFS(fsys fs.FS, name string) (*Object, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	obj, err := OpenBytes(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	obj.name = name
	return obj, nil
}

// Event is one printf of a running object, as RunOptions.OnPrintf gets it.
type Event struct {
	// Printf is the call site: an index into Meta().Printfs.
	Printf int
	// Text is the formatted text, as bpfrun prints it.
	Text string
	// Args are the printf arguments as Go values (see [Row]).
	Args []any
}

// Rows reads the bpftrace map name ("@x") as Go values, per-CPU values
// reduced as bpfrun prints them, ordered by key. Like [Live.ReadMap] it
// returns ErrStopped once the run has stopped.
func (lv *Live) Rows(name string) ([]Row, error) {
	entries, err := lv.ReadMap(name)
	if err != nil {
		return nil, err
	}
	for i := range lv.meta.Maps {
		if m := &lv.meta.Maps[i]; m.Name == name {
			rs, err := rows(lv.meta, m, entries)
			return rs, mapOp("read map", m, err)
		}
	}
	return nil, fmt.Errorf("read map %s: no such map", name)
}

// event decodes printf record rec of call site id for OnPrintf.
func (r *runner) event(id uint64, text string, rec []byte) Event {
	p := &r.meta.Printfs[id]
	ev := Event{Printf: int(id), Text: text, Args: make([]any, len(p.Args))}
	for i, a := range p.Args {
		if a.Offset >= 0 && a.Offset <= len(rec) {
			ev.Args[i] = goValue(r.meta, a.Type, rec[a.Offset:])
		}
	}
	return ev
}

// exitHook calls RunOptions.OnExit, once END has run, with maps that stay
// readable until it returns.
func (r *runner) exitHook() {
	if r.onExit == nil {
		return
	}
	lv := NewLive(r.meta, r.l.maps.Maps)
	r.onExit(lv)
	lv.stop()
}
