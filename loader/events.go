package loader

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/cilium/ebpf"

	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/output"
)

// pollInterval is how often the loop checks abi.ExitMap and ctx.
const pollInterval = 100 * time.Millisecond

// loop dispatches ring buffer records until an exit record, the exit flag, the
// cancellation of ctx or an error. exited reports an exit().
func (r *runner) loop(ctx context.Context) (exited bool, err error) {
	if r.rd == nil {
		return r.wait(ctx), nil
	}
	nextPoll := time.Now().Add(pollInterval)
	var exitBy time.Time // set once the exit flag is seen
	var set time.Time    // the reader's deadline
	for {
		if ctx.Err() != nil {
			return false, nil
		}
		r.servePrintRequest()
		now := time.Now()
		if exitBy.IsZero() && !now.Before(nextPoll) {
			if r.exitRequested() {
				// Keep printing what was sent before exit() until the
				// exit record or an empty ring, for at most one interval.
				exitBy = now.Add(pollInterval)
			}
			nextPoll = now.Add(pollInterval)
		}
		deadline := nextPoll
		if !exitBy.IsZero() {
			if now.After(exitBy) {
				return true, nil
			}
			deadline = now
		}
		if !deadline.Equal(set) {
			r.rd.SetDeadline(deadline)
			set = deadline
		}
		err := r.rd.ReadInto(&r.rec)
		if errors.Is(err, os.ErrDeadlineExceeded) {
			if !exitBy.IsZero() {
				return true, nil
			}
			continue
		}
		if err != nil {
			return false, fmt.Errorf("read events: %w", err)
		}
		if exited, err := r.dispatch(r.rec.RawSample); exited || err != nil {
			return exited, err
		}
	}
}

// wait is the loop of an object without events: it only polls the exit flag.
func (r *runner) wait(ctx context.Context) bool {
	t := time.NewTicker(pollInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return false
		case <-r.printReq:
			r.printMaps() // as servePrintRequest
		case <-t.C:
			if r.exitRequested() {
				return true
			}
		}
	}
}

// exitRequested reads the flag a program sets when it calls exit().
func (r *runner) exitRequested() bool {
	if r.exitMap == nil {
		return false
	}
	var v uint64
	return r.exitMap.Lookup(uint32(0), &v) == nil && v != 0
}

// drain reads the records left in the ring buffer, dispatching them when
// dispatch is set, up to an exit record after which the rest is discarded.
func (r *runner) drain(dispatch bool) (exited bool, err error) {
	if r.rd == nil {
		return false, nil
	}
	r.rd.SetDeadline(time.Now())
	for {
		err := r.rd.ReadInto(&r.rec)
		if errors.Is(err, os.ErrDeadlineExceeded) {
			return exited, nil
		}
		if err != nil {
			return exited, fmt.Errorf("read events: %w", err)
		}
		if !dispatch {
			continue
		}
		if exited, err = r.dispatch(r.rec.RawSample); err != nil {
			return exited, err
		}
		dispatch = !exited
	}
}

// dispatch acts on one record according to its action id.
func (r *runner) dispatch(rec []byte) (exit bool, err error) {
	if len(rec) < 8 {
		return false, fmt.Errorf("event: record of %d bytes has no action id", len(rec))
	}
	id := binary.NativeEndian.Uint64(rec)
	switch {
	case id < abi.ActionPrintfLimit:
		return false, r.printf(id, rec)
	case id == abi.ActionExit:
		return true, nil
	case id == abi.ActionPrint:
		return false, r.print(rec)
	case id == abi.ActionClear:
		return false, r.mapAction(rec, "clear", clearMap)
	case id == abi.ActionZero:
		return false, r.mapAction(rec, "zero", zeroMap)
	case id == abi.ActionPrintValue:
		return false, r.printValue(rec)
	case id == abi.ActionTime:
		return false, r.timeEvent(rec)
	case id == abi.ActionJoin:
		return false, r.joinEvent(rec)
	case id == abi.ActionHelperError:
		return false, r.helperError(rec)
	case id == abi.ActionUnwatch:
		return false, r.unwatch(rec)
	case id >= abi.ActionSystem && id < abi.ActionSystem+abi.ActionsPerKind:
		return false, r.systemEvent(id-abi.ActionSystem, rec)
	case id >= abi.ActionCat && id < abi.ActionCat+abi.ActionsPerKind:
		return false, r.catEvent(id-abi.ActionCat, rec)
	}
	return false, fmt.Errorf("event: unknown action id %d", id)
}

// printf formats a printf record.
func (r *runner) printf(id uint64, rec []byte) error {
	if id >= uint64(len(r.printfs)) {
		return fmt.Errorf("event: printf id %d, the metadata has %d", id, len(r.printfs))
	}
	text, err := r.printfs[id].Format(rec)
	if err != nil {
		return fmt.Errorf("printf %d: %w", id, err)
	}
	if r.onPrintf != nil {
		r.onPrintf(r.event(id, text, rec))
		return nil
	}
	r.out.Printf(text)
	return nil
}

// print prints a map now, as print(@m, top, div) asked.
func (r *runner) print(rec []byte) error {
	if len(rec) < 20 {
		return fmt.Errorf("event: print record of %d bytes", len(rec))
	}
	m, err := r.recordMap(binary.NativeEndian.Uint32(rec[8:]))
	if err != nil {
		return err
	}
	top := binary.NativeEndian.Uint32(rec[12:])
	div := binary.NativeEndian.Uint32(rec[16:])
	entries, err := r.readMap(m)
	if err != nil {
		return mapOp("print", m, err)
	}
	return mapOp("print", m, r.out.Map(m, entries, int(top), int(div)))
}

// mapAction runs clear or zero on the map a record names.
func (r *runner) mapAction(rec []byte, op string, fn func(*ebpf.Map) error) error {
	if len(rec) < 12 {
		return fmt.Errorf("event: %s record of %d bytes", op, len(rec))
	}
	m, err := r.recordMap(binary.NativeEndian.Uint32(rec[8:]))
	if err != nil {
		return err
	}
	if err := fn(r.l.maps.Maps[m.Symbol]); err != nil {
		return mapOp(op, m, err)
	}
	if r.zeroed == nil {
		r.zeroed = map[string]bool{}
	}
	r.zeroed[m.Symbol] = op == "zero"
	return nil
}

// readMap reads a map's entries for printing. A key-less histogram kept in
// a per-CPU array always has its entry; while every bucket is zero and no
// zero() made it so, it prints as the empty map bpftrace 0.17 shows.
func (r *runner) readMap(m *abi.Map) ([]output.Entry, error) {
	entries, err := readEntries(r.l.maps.Maps[m.Symbol])
	if err != nil || !m.Array || (m.Agg != abi.AggHist && m.Agg != abi.AggLhist) || r.zeroed[m.Symbol] {
		return entries, err
	}
	for _, e := range entries {
		for _, v := range e.Values {
			for _, c := range v {
				if c != 0 {
					return entries, nil
				}
			}
		}
	}
	return nil, nil
}

// recordMap returns the map a record refers to by index.
func (r *runner) recordMap(i uint32) (*abi.Map, error) {
	if uint64(i) >= uint64(len(r.meta.Maps)) {
		return nil, fmt.Errorf("event: map index %d, the metadata has %d maps", i, len(r.meta.Maps))
	}
	return &r.meta.Maps[i], nil
}
