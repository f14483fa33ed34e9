package sema

import (
	"strconv"
	"strings"

	"github.com/bpftc/bpftc/internal/kbtf"
)

// tpClassIndex lists the event classes of the kernel's BTF by the fields
// of their record, struct trace_event_raw_CLASS: "name@offset" of each
// member between the trace_entry header and __data, in order, as
// formatSignature writes a format file's.
type tpClassIndex struct {
	bySig map[string][]string // in BTF order
}

const tpRawPrefix = "trace_event_raw_"

// scanTPClasses indexes the classes of t from the records' raw layouts,
// decoding no types.
func scanTPClasses(t *kbtf.Types) *tpClassIndex {
	idx := &tpClassIndex{bySig: map[string][]string{}}
	t.StructLayouts(tpRawPrefix, func(name string, ms []kbtf.Member) {
		if sig, ok := memberSignature(ms); ok {
			class := name[len(tpRawPrefix):]
			idx.bySig[sig] = append(idx.bySig[sig], class)
		}
	})
	return idx
}

// memberSignature writes the signature of a record's members, which must
// start with "ent" and end with "__data" and lie on whole bytes.
func memberSignature(ms []kbtf.Member) (string, bool) {
	if len(ms) < 2 || ms[0].Name != "ent" || ms[len(ms)-1].Name != "__data" {
		return "", false
	}
	var sb strings.Builder
	for j, m := range ms[1 : len(ms)-1] {
		if m.Bitfield || m.BitOffset%8 != 0 {
			return "", false
		}
		if j > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(m.Name)
		sb.WriteByte('@')
		sb.WriteString(strconv.Itoa(int(m.BitOffset / 8)))
	}
	return sb.String(), true
}
