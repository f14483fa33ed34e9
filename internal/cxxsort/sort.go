package cxxsort

import "math/bits"

// Sort sorts s with less exactly as libstdc++'s std::sort does
// (introsort: median-of-three quicksort down to runs of 16, heapsort past
// 2·log2(n) levels, then a final insertion sort), so that elements that
// compare equal end up where bpftrace 0.17 puts them.
func Sort[T any](s []T, less func(a, b *T) bool) {
	if len(s) < 2 {
		return
	}
	// tmp holds the element being moved, so less can take its address
	// without it escaping once per move.
	x := &sorter[T]{less: less, tmp: make([]T, 1)}
	x.introsortLoop(s, 0, len(s), 2*(bits.Len(uint(len(s)))-1))
	x.finalInsertionSort(s)
}

// HeapSort is std::__partial_sort(first, last, last): make_heap, sort_heap.
func HeapSort[T any](s []T, less func(a, b *T) bool) {
	x := &sorter[T]{less: less, tmp: make([]T, 1)}
	x.heapSort(s)
}

// sorter carries the comparison and a scratch element through the sort.
type sorter[T any] struct {
	less func(a, b *T) bool
	tmp  []T
}

// cxxThreshold is libstdc++'s _S_threshold.
const cxxThreshold = 16

func (x *sorter[T]) introsortLoop(s []T, first, last, depth int) {
	for last-first > cxxThreshold {
		if depth == 0 {
			x.heapSort(s[first:last])
			return
		}
		depth--
		cut := x.partitionPivot(s, first, last)
		x.introsortLoop(s, cut, last, depth)
		last = cut
	}
}

// partitionPivot is __unguarded_partition_pivot.
func (x *sorter[T]) partitionPivot(s []T, first, last int) int {
	mid := first + (last-first)/2
	x.moveMedianToFirst(s, first, first+1, mid, last-1)
	// __unguarded_partition(first+1, last, pivot=first)
	lo, hi := first+1, last
	for {
		// The median of three is a sentinel for both scans; the bounds
		// checks only keep an inconsistent less from running off s.
		for lo < last && x.less(&s[lo], &s[first]) {
			lo++
		}
		hi--
		for hi > first && x.less(&s[first], &s[hi]) {
			hi--
		}
		if lo >= hi {
			return lo
		}
		s[lo], s[hi] = s[hi], s[lo]
		lo++
	}
}

// moveMedianToFirst is __move_median_to_first.
func (x *sorter[T]) moveMedianToFirst(s []T, result, a, b, c int) {
	var m int
	switch {
	case x.less(&s[a], &s[b]):
		switch {
		case x.less(&s[b], &s[c]):
			m = b
		case x.less(&s[a], &s[c]):
			m = c
		default:
			m = a
		}
	case x.less(&s[a], &s[c]):
		m = a
	case x.less(&s[b], &s[c]):
		m = c
	default:
		m = b
	}
	s[result], s[m] = s[m], s[result]
}

// finalInsertionSort is __final_insertion_sort.
func (x *sorter[T]) finalInsertionSort(s []T) {
	if len(s) <= cxxThreshold {
		x.insertionSort(s)
		return
	}
	x.insertionSort(s[:cxxThreshold])
	for i := cxxThreshold; i < len(s); i++ {
		x.linearInsert(s, i)
	}
}

// insertionSort is __insertion_sort.
func (x *sorter[T]) insertionSort(s []T) {
	for i := 1; i < len(s); i++ {
		if x.less(&s[i], &s[0]) {
			v := s[i]
			copy(s[1:i+1], s[:i])
			s[0] = v
		} else {
			x.linearInsert(s, i)
		}
	}
}

// linearInsert is __unguarded_linear_insert: it moves s[i] down past every
// element greater than it (something smaller or equal stops it).
func (x *sorter[T]) linearInsert(s []T, i int) {
	v := &x.tmp[0]
	*v = s[i]
	for i > 0 && x.less(v, &s[i-1]) {
		s[i] = s[i-1]
		i--
	}
	s[i] = *v
}

func (x *sorter[T]) heapSort(s []T) {
	n := len(s)
	if n < 2 {
		return
	}
	v := &x.tmp[0]
	for parent := (n - 2) / 2; ; parent-- {
		*v = s[parent]
		x.adjustHeap(s, parent, n)
		if parent == 0 {
			break
		}
	}
	for last := n - 1; last > 0; last-- {
		*v = s[last]
		s[last] = s[0]
		x.adjustHeap(s, 0, last)
	}
}

// adjustHeap is __adjust_heap followed by __push_heap, placing x.tmp[0]
// into the heap s[:n] from hole.
func (x *sorter[T]) adjustHeap(s []T, hole, n int) {
	v := &x.tmp[0]
	top := hole
	child := hole
	for child < (n-1)/2 {
		child = 2 * (child + 1)
		if x.less(&s[child], &s[child-1]) {
			child--
		}
		s[hole] = s[child]
		hole = child
	}
	if n&1 == 0 && child == (n-2)/2 {
		child = 2 * (child + 1)
		s[hole] = s[child-1]
		hole = child - 1
	}
	parent := (hole - 1) / 2
	for hole > top && x.less(&s[parent], v) {
		s[hole] = s[parent]
		hole = parent
		parent = (hole - 1) / 2
	}
	s[hole] = *v
}
