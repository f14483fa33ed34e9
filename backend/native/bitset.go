package native

import "math/bits"

// bitset is a set of small non-negative integers (value IDs).
type bitset []uint64

// add puts i in s and reports whether it was new.
func (s bitset) add(i int) bool {
	w, m := i/64, uint64(1)<<(i%64)
	if s[w]&m != 0 {
		return false
	}
	s[w] |= m
	return true
}

// remove takes i out of s.
func (s bitset) remove(i int) {
	s[i/64] &^= 1 << (i % 64)
}

// or adds every member of t to s and reports whether s grew.
func (s bitset) or(t bitset) bool {
	grew := false
	for i, w := range t {
		if w&^s[i] != 0 {
			s[i] |= w
			grew = true
		}
	}
	return grew
}

// each calls f on the members of s in increasing order.
func (s bitset) each(f func(int)) {
	for i, w := range s {
		for w != 0 {
			f(i*64 + bits.TrailingZeros64(w))
			w &= w - 1
		}
	}
}
