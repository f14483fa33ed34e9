package ir

import "sync"

// scratch holds the buffers the passes need, reused from one call to the
// next (and across compilations) instead of allocated each time: a pass
// takes one with getScratch and gives it back with release.
type scratch struct {
	// deadcode
	state []uint8
	work  []*Value
	// postorder
	seen   []bool
	frames []postFrame
	post   []*Block
	// dominators
	num  []int32
	idom []*Block
	// newStackInfo
	si stackInfo
	// replacer
	to, order []*Value
	toDirty   bool // to may hold replacements
	// cse
	head, tail []int32
	entries    []cseEntry
	// forwardStores
	out    []*memState
	heirs  []int32
	states []*memState
	consts constBufs
	// deadStores
	base, first, porder []int32
	accs                []stackAccess
	sets, live          byteSet
	liveIn              []byteSet
	allocaBuf           []*Value
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

// release returns sc to the pool. The buffers keep what they last held
// (until their next use or until the pool drops them), except the
// replacer's table, which is always left empty.
func (sc *scratch) release() { scratchPool.Put(sc) }

// grow returns buf resized to n zeroed elements, reusing its storage.
func grow[S ~[]E, E any](buf S, n int) S {
	if cap(buf) < n {
		return make(S, n, n+n/4)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// resize returns buf resized to n elements, reusing its storage, without
// clearing them.
func resize[S ~[]E, E any](buf S, n int) S {
	if cap(buf) < n {
		return make(S, n, n+n/4)
	}
	return buf[:n]
}
