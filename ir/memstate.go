package ir

// memEntry is what a tracked alloca is known to hold at [off, off+size):
// the low bytes of val, or zeros when val is nil. The entries of one
// alloca never overlap.
type memEntry struct {
	off, size int64
	val       *Value
}

// memState is the known contents of the tracked allocas at one point, by
// slot: what a block learns is forgotten where paths merge, so few slots
// are in use at once.
type memState struct {
	lists [][]memEntry
	used  []int32 // the slots whose list may be non-empty
	inUse []bool
}

func newMemState(n int) *memState {
	return &memState{lists: make([][]memEntry, n), inUse: make([]bool, n)}
}

// reset empties m, keeping its storage.
func (m *memState) reset() {
	for _, k := range m.used {
		clear(m.lists[k])
		m.lists[k] = m.lists[k][:0]
		m.inUse[k] = false
	}
	m.used = m.used[:0]
}

// copyFrom makes m a copy of src.
func (m *memState) copyFrom(src *memState) {
	m.reset()
	for _, k := range src.used {
		m.lists[k] = append(m.lists[k], src.lists[k]...)
		m.inUse[k] = true
	}
	m.used = append(m.used, src.used...)
}

func (m *memState) use(k int32) {
	if !m.inUse[k] {
		m.inUse[k] = true
		m.used = append(m.used, k)
	}
}

// kill forgets what is known about [off, off+size) of slot k.
func (m *memState) kill(k int32, off, size int64) {
	es := m.lists[k]
	kept := es[:0]
	for _, e := range es {
		if e.off < off+size && off < e.off+e.size {
			continue
		}
		kept = append(kept, e)
	}
	clear(es[len(kept):])
	m.lists[k] = kept
}

// forget drops everything known about slot k.
func (m *memState) forget(k int32) {
	clear(m.lists[k])
	m.lists[k] = m.lists[k][:0]
}

func (m *memState) set(k int32, off, size int64, val *Value) {
	m.kill(k, off, size)
	m.use(k)
	m.lists[k] = append(m.lists[k], memEntry{off: off, size: size, val: val})
}

// memStates hands out states of n slots, reusing those no block needs
// any more (and, through free, those of earlier calls).
type memStates struct {
	n    int
	free []*memState
}

func (p *memStates) get() *memState {
	for k := len(p.free); k > 0; k-- {
		m := p.free[k-1]
		p.free = p.free[:k-1]
		if cap(m.lists) >= p.n {
			m.lists, m.inUse = m.lists[:p.n], m.inUse[:p.n]
			return m
		}
	}
	return newMemState(p.n)
}

func (p *memStates) put(m *memState) {
	m.reset()
	p.free = append(p.free, m)
}
