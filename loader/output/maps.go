package output

import (
	"fmt"
	"strconv"

	"github.com/bpftc/bpftc/loader/abi"
)

// appendMap renders one map as bpftrace 0.17's print_map does (OUT-03…09,
// OUT-16): reduce per-CPU values, order the entries, keep the last top ones,
// divide by div and write text or JSON.
func appendMap(dst []byte, res *Resolver, m *abi.Map, entries []Entry, top, div int, json bool) ([]byte, error) {
	if err := checkLayout(m); err != nil {
		return dst, fmt.Errorf("print map %s: %w", m.Name, err)
	}
	if m.Array && len(entries) == 0 && m.Agg != abi.AggHist && m.Agg != abi.AggLhist {
		entries = []Entry{zeroEntry(m)}
	}
	rows, err := reduce(m, entries)
	if err != nil {
		return dst, fmt.Errorf("print map %s: %w", m.Name, err)
	}
	// bpftrace's top and div are u32 in the print record; div 0 means 1.
	p := printer{m: m, res: res, json: json, top: uint32(max(top, 0)), div: uint64(uint32(max(div, 0)))}
	if p.div == 0 {
		p.div = 1
	}
	switch m.Agg {
	case abi.AggHist, abi.AggLhist:
		orderByTotal(rows)
		return p.appendHists(dst, rows)
	case abi.AggAvg, abi.AggStats:
		orderByAverage(rows)
		return p.appendStats(dst, rows)
	}
	orderPlain(m, rows)
	return p.appendPlain(dst, rows)
}

// printer holds what rendering one map needs.
type printer struct {
	m    *abi.Map
	res  *Resolver
	json bool
	top  uint32 // 0: all entries
	div  uint64 // >= 1
}

// skip reports whether the i-th of n ordered rows falls outside top.
func (p *printer) skip(i, n int) bool {
	return p.top != 0 && n > int(p.top) && i < n-int(p.top)
}

// appendHeader starts a JSON line for the map.
func (p *printer) appendHeader(dst []byte, typ string) []byte {
	dst = append(dst, `{"type": "`...)
	dst = append(dst, typ...)
	dst = append(dst, `", "data": {"`...)
	dst = appendJSONString(dst, p.m.Name)
	dst = append(dst, `": `...)
	if len(p.m.Key) > 0 {
		dst = append(dst, '{')
	}
	return dst
}

// appendTrailer ends a JSON line for the map.
func (p *printer) appendTrailer(dst []byte) []byte {
	if len(p.m.Key) > 0 {
		dst = append(dst, '}')
	}
	return append(dst, "}}\n"...)
}

// appendKey writes an entry's key: "@m[a, b]: " in text, `"a,b": ` in JSON
// (nothing for an unkeyed map).
func (p *printer) appendKey(dst []byte, key []byte) []byte {
	if !p.json {
		dst = append(dst, p.m.Name...)
		if len(p.m.Key) > 0 {
			dst = append(dst, '[')
			for i, f := range p.m.Key {
				if i > 0 {
					dst = append(dst, ", "...)
				}
				dst = p.res.appendKeyText(dst, f.Type, key[f.Offset:f.Offset+f.Type.Size])
			}
			dst = append(dst, ']')
		}
		return append(dst, ": "...)
	}
	if len(p.m.Key) == 0 {
		return dst
	}
	var raw []byte
	for i, f := range p.m.Key {
		if i > 0 {
			raw = append(raw, ',')
		}
		raw = p.res.appendKeyText(raw, f.Type, key[f.Offset:f.Offset+f.Type.Size])
	}
	dst = append(dst, '"')
	dst = appendJSONBytes(dst, raw)
	return append(dst, `": `...)
}

// appendSep writes the separator between two entries: none between plain
// ksym and inet values (OUT-06).
func (p *printer) appendSep(dst []byte) []byte {
	if p.json {
		return append(dst, ", "...)
	}
	if p.m.Agg == abi.AggNone && noValueSeparator(p.m.Value.Kind) {
		return dst
	}
	return append(dst, '\n')
}

// appendRows renders the entries of a map in order: the JSON header (none
// for an empty map), each entry's key and what entry writes for it (the
// last top ones when useTop), separators, and the closing text end or
// JSON trailer. Every map kind prints through it.
func (p *printer) appendRows(dst []byte, rows []row, jsonType string, useTop bool, textEnd string, entry func([]byte, *row) []byte) []byte {
	if p.json {
		if len(rows) == 0 {
			return dst
		}
		dst = p.appendHeader(dst, jsonType)
	}
	first := true
	for i := range rows {
		if useTop && p.skip(i, len(rows)) {
			continue
		}
		if !first {
			dst = p.appendSep(dst)
		}
		first = false
		dst = p.appendKey(dst, rows[i].key)
		dst = entry(dst, &rows[i])
	}
	if p.json {
		return p.appendTrailer(dst)
	}
	return append(dst, textEnd...)
}

// appendPlain renders a map of count, sum, min, max or plain values.
func (p *printer) appendPlain(dst []byte, rows []row) ([]byte, error) {
	return p.appendRows(dst, rows, "map", true, "\n", p.appendValue), nil
}

// appendValue writes the reduced value of a count, sum, min, max or plain map.
func (p *printer) appendValue(dst []byte, r *row) []byte {
	switch p.m.Agg {
	case abi.AggCount:
		return strconv.AppendUint(dst, r.n/p.div, 10)
	case abi.AggSum:
		if p.m.Value.Signed {
			return strconv.AppendInt(dst, int64(r.n)/int64(p.div), 10)
		}
		return strconv.AppendUint(dst, r.n/p.div, 10)
	case abi.AggMin, abi.AggMax:
		return strconv.AppendInt(dst, int64(r.n)/int64(p.div), 10)
	}
	return p.res.appendValue(dst, p.m.Value, r.val, p.json, p.div)
}

// appendDividedInt writes v (an integer of t's width, widened to 64 bits)
// divided by div in that width, as bpftrace's value_to_str does: a signed
// value is divided by div cast to the same signed width.
func appendDividedInt(dst []byte, t abi.Type, v uint64, div uint64) []byte {
	if !t.Signed {
		return strconv.AppendUint(dst, v/div, 10)
	}
	d := int64(readInt(leBytes(div, t.Size), true)) // div cast to the value's width
	if d == 0 {
		d = 1 // bpftrace divides by zero here and crashes
	}
	return strconv.AppendInt(dst, int64(v)/d, 10)
}

// leBytes returns the low size bytes of v in native order.
func leBytes(v uint64, size int) []byte {
	var b [8]byte
	putInt(b[:size], v)
	return b[:size]
}

// appendStats renders an avg or stats map; the text form ends with an
// extra empty line (OUT-09). stats ignores top and div, avg honours both.
func (p *printer) appendStats(dst []byte, rows []row) ([]byte, error) {
	isAvg := p.m.Agg == abi.AggAvg
	return p.appendRows(dst, rows, "stats", isAvg, "\n\n", func(dst []byte, r *row) []byte {
		if isAvg {
			return strconv.AppendInt(dst, r.avg/int64(p.div), 10)
		}
		if p.json {
			dst = append(dst, `{"count": `...)
			dst = strconv.AppendInt(dst, r.count, 10)
			dst = append(dst, `, "average": `...)
			dst = strconv.AppendInt(dst, r.avg, 10)
			dst = append(dst, `, "total": `...)
			dst = strconv.AppendInt(dst, int64(r.total), 10)
			return append(dst, '}')
		}
		dst = append(dst, "count "...)
		dst = strconv.AppendInt(dst, r.count, 10)
		dst = append(dst, ", average "...)
		dst = strconv.AppendInt(dst, r.avg, 10)
		dst = append(dst, ", total "...)
		return strconv.AppendInt(dst, int64(r.total), 10)
	}), nil
}

// appendHists renders a hist or lhist map (OUT-08): one histogram per key,
// each followed by an empty line in text.
func (p *printer) appendHists(dst []byte, rows []row) ([]byte, error) {
	return p.appendRows(dst, rows, "hist", true, "\n", func(dst []byte, r *row) []byte {
		if !p.json {
			dst = append(dst, '\n')
		}
		if p.m.Agg == abi.AggHist {
			return p.appendHist(dst, r.buckets)
		}
		return p.appendLhist(dst, r.buckets)
	}), nil
}
