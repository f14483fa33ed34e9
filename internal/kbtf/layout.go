package kbtf

// Member is a record member as the type section stores it, undecoded: its
// name and its offset in bits (0 for a bitfield that does not start on a
// byte; see [Member.Bitfield]).
type Member struct {
	Name      string
	BitOffset uint32
	Bitfield  bool // the member has a bit size (kind_flag records)
}

// StructLayouts calls fn, in ID order, for each struct whose name starts
// with prefix, with that name and its members. Nothing is decoded beyond
// names and offsets: a scan of every trace_event_raw_ record of vmlinux
// costs well under a millisecond. members is reused between calls.
func (t *Types) StructLayouts(prefix string, fn func(name string, members []Member)) {
	ix := t.ix
	var members []Member
	for _, r := range ix.other {
		if ix.kind(r.id) != kindStruct || !ix.hasPrefix(r.nameOff, prefix) {
			continue
		}
		h, err := ix.header(r.id)
		if err != nil {
			continue
		}
		name, err := ix.str(h.nameOff)
		if err != nil {
			continue
		}
		members = members[:0]
		ok := true
		for i := range h.vlen() {
			m := h.data[12*i:]
			mname, err := ix.str(le.Uint32(m))
			if err != nil {
				ok = false
				break
			}
			off := le.Uint32(m[8:])
			bitfield := false
			if h.kflag() {
				bitfield = off>>24 != 0
				off &= 0xffffff
			}
			members = append(members, Member{Name: mname, BitOffset: off, Bitfield: bitfield})
		}
		if ok {
			fn(name, members)
		}
	}
}

// hasPrefix reports whether the string at off starts with prefix.
func (ix *index) hasPrefix(off uint32, prefix string) bool {
	end := uint64(off) + uint64(len(prefix))
	return end < uint64(len(ix.strs)) && string(ix.strs[off:end]) == prefix
}
