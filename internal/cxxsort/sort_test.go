package cxxsort

import (
	"slices"
	"testing"
)

// TestSortTies checks the order of equal elements against libstdc++'s
// std::sort (g++ 12): past 16 elements it is not stable.
func TestSortTies(t *testing.T) {
	vals := make([]int, 33)
	for i := range vals {
		vals[i] = i % 2
	}
	type p struct{ i, v int }
	s := make([]p, len(vals))
	for i, v := range vals {
		s[i] = p{i, v}
	}
	Sort(s, func(a, b *p) bool { return a.v < b.v })
	var got []int
	for _, e := range s {
		got = append(got, e.i)
	}
	want := []int{16, 32, 30, 28, 26, 24, 22, 20, 18, 0, 14, 12, 10, 2, 8, 4, 6, 1, 11, 31, 29, 3, 27, 25, 5, 23, 21, 7, 19, 17, 9, 15, 13}
	if !slices.Equal(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}

func TestSortSorts(t *testing.T) {
	for _, n := range []int{0, 1, 5, 16, 17, 100, 1000} {
		s := make([]int, n)
		for i := range s {
			s[i] = (i * 7919) % 613
		}
		Sort(s, func(a, b *int) bool { return *a < *b })
		if !slices.IsSorted(s) {
			t.Errorf("n=%d: not sorted", n)
		}
		HeapSort(s, func(a, b *int) bool { return *a > *b })
		if !slices.IsSortedFunc(s, func(a, b int) int { return b - a }) {
			t.Errorf("n=%d: heap sort did not sort", n)
		}
	}
}
