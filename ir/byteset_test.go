package ir

import (
	"math/rand/v2"
	"testing"
)

// TestByteSet checks the word-wise byte set operations against one bit at
// a time.
func TestByteSet(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	const words = 4
	s, ref := make(byteSet, words), make([]bool, 64*words)
	for n := 0; n < 5000; n++ {
		lo := r.Int64N(64 * words)
		hi := lo + r.Int64N(64*words-lo+1)
		switch r.IntN(3) {
		case 0:
			s.add(lo, hi)
			for i := lo; i < hi; i++ {
				ref[i] = true
			}
		case 1:
			s.remove(lo, hi)
			for i := lo; i < hi; i++ {
				ref[i] = false
			}
		case 2:
			wl, wh := hi, lo
			for i := lo; i < hi; i++ {
				if ref[i] {
					wl, wh = min(wl, i), i+1
				}
			}
			if wl >= wh {
				wl, wh = lo, lo
			}
			if l, h := s.span(lo, hi); l != wl || h != wh {
				t.Fatalf("span(%d, %d) = %d, %d, want %d, %d", lo, hi, l, h, wl, wh)
			}
		}
		for i, b := range ref {
			if got := s[i/64]&(1<<uint(i%64)) != 0; got != b {
				t.Fatalf("after op %d: byte %d is %v, want %v", n, i, got, b)
			}
		}
	}
}
