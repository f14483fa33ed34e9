package ir

// cseTable groups the values cse has kept by their key (operation, type,
// constant fields and arguments), in the order they were kept: an open
// addressing hash table of chains, without a map's per-key cost.
type cseTable struct {
	head    []int32 // first entry of each slot's chain; -1 when free
	tail    []int32 // last entry of each slot's chain
	entries []cseEntry
	mask    uint64
}

type cseEntry struct {
	v    *Value
	next int32
}

// newCSETable makes a table for up to n values, with storage from sc.
func newCSETable(sc *scratch, n int) *cseTable {
	size := 16
	for size < 2*n {
		size *= 2
	}
	t := &cseTable{
		head:    grow(sc.head, size),
		tail:    grow(sc.tail, size),
		entries: sc.entries[:0],
		mask:    uint64(size - 1),
	}
	for i := range t.head {
		t.head[i] = -1
	}
	sc.head, sc.tail = t.head, t.tail
	return t
}

// done gives the table's entries back to sc.
func (t *cseTable) done(sc *scratch) { sc.entries = t.entries[:0] }

// sameKey reports whether v and w have the same cse key.
func sameKey(v, w *Value) bool {
	if v.Op != w.Op || v.Type != w.Type || v.Aux != w.Aux || v.Size != w.Size || v.Sign != w.Sign || v.Sym != w.Sym || len(v.Args) != len(w.Args) {
		return false
	}
	for i, a := range v.Args {
		if a.ID != w.Args[i].ID {
			return false
		}
	}
	return true
}

func keyHash(v *Value) uint64 {
	h := uint64(14695981039346656037)
	mix := func(x uint64) { h = (h ^ x) * 1099511628211 }
	mix(uint64(v.Op) | uint64(v.Type)<<8 | uint64(v.Size)<<16)
	mix(uint64(v.Aux))
	for i := 0; i < len(v.Sym); i++ {
		mix(uint64(v.Sym[i]))
	}
	for _, a := range v.Args {
		mix(uint64(a.ID))
	}
	return h ^ h>>29
}

// find returns the slot of v's key: the one holding its chain, or the free
// one where insert starts it.
func (t *cseTable) find(v *Value) int {
	i := keyHash(v) & t.mask
	for {
		e := t.head[i]
		if e < 0 || sameKey(v, t.entries[e].v) {
			return int(i)
		}
		i = (i + 1) & t.mask
	}
}

// insert appends v to the chain at slot, which find returned for it.
func (t *cseTable) insert(slot int, v *Value) {
	t.entries = append(t.entries, cseEntry{v: v, next: -1})
	e := int32(len(t.entries) - 1)
	if t.head[slot] < 0 {
		t.head[slot] = e
	} else {
		t.entries[t.tail[slot]].next = e
	}
	t.tail[slot] = e
}
