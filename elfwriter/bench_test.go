package elfwriter_test

import (
	"testing"

	"github.com/bpftc/bpftc/elfwriter"
)

func BenchmarkBytes(b *testing.B) {
	obj := fullObject()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := elfwriter.Bytes(obj); err != nil {
			b.Fatal(err)
		}
	}
}
