package output

import (
	"math/rand"
	"slices"
	"testing"
)

// TestCxxSortTies checks tie order against libstdc++'s std::sort: the first
// two permutations were produced by g++ 12 from the same inputs; up to 16
// elements std::sort is an insertion sort, hence stable.
func TestCxxSortTies(t *testing.T) {
	tests := []struct {
		name string
		vals []int
		want []int
	}{
		{"40 values mod 5", mod(40, 7, 5), []int{10, 20, 25, 15, 30, 35, 5, 0, 33, 8, 28, 13, 3, 38, 23, 18, 31, 1, 36, 26, 21, 6, 16, 11, 39, 19, 4, 34, 9, 29, 14, 24, 12, 27, 32, 7, 17, 37, 2, 22}},
		{"33 values mod 2", mod(33, 1, 2), []int{16, 32, 30, 28, 26, 24, 22, 20, 18, 0, 14, 12, 10, 2, 8, 4, 6, 1, 11, 31, 29, 3, 27, 25, 5, 23, 21, 7, 19, 17, 9, 15, 13}},
		{"16 values: stable", mod(16, 1, 3), []int{0, 3, 6, 9, 12, 15, 1, 4, 7, 10, 13, 2, 5, 8, 11, 14}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			type p struct{ i, v int }
			s := make([]p, len(tt.vals))
			for i, v := range tt.vals {
				s[i] = p{i, v}
			}
			cxxSort(s, func(a, b *p) bool { return a.v < b.v })
			got := make([]int, len(s))
			for i := range s {
				got[i] = s[i].i
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v\nwant %v", got, tt.want)
			}
		})
	}
}

func mod(n, mul, m int) []int {
	v := make([]int, n)
	for i := range v {
		v[i] = i * mul % m
	}
	return v
}

// TestCxxSortSorts checks that cxxSort and heapSort sort, on inputs that
// include the heapsort fallback's sizes.
func TestCxxSortSorts(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	less := func(a, b *int) bool { return *a < *b }
	for n := 0; n < 2000; n++ {
		s := make([]int, rng.Intn(500))
		for i := range s {
			s[i] = rng.Intn(1 + n%50)
		}
		want := slices.Clone(s)
		slices.Sort(want)
		a, h := slices.Clone(s), slices.Clone(s)
		cxxSort(a, less)
		heapSort(h, less)
		if !slices.Equal(a, want) || !slices.Equal(h, want) {
			t.Fatalf("not sorted: %v", s)
		}
	}
}
