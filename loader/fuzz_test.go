package loader_test

import (
	"bytes"
	"debug/elf"
	"regexp"
	"testing"

	"github.com/bpftc/bpftc/loader"
	"github.com/bpftc/bpftc/loader/abi"
)

// FuzzOpen feeds damaged objects to the object reader, which bpfrun runs on
// files from elsewhere: it must refuse them with an error, never panic or
// allocate without bound. Each input is tried as it is and resealed (its
// checksum recomputed), so that the fuzzer also reaches what comes after
// the checksum: the metadata, cilium's ELF reader and the checks against
// the programs.
func FuzzOpen(f *testing.F) {
	f.Add(helloObject)
	f.Add(helloObject[:len(helloObject)/2])
	f.Fuzz(func(t *testing.T, b []byte) {
		loader.OpenBytes(b)
		if sealed, ok := reseal(b); ok {
			loader.OpenBytes(sealed)
		}
	})
}

var checksumField = regexp.MustCompile(`"checksum":"sha256:[0-9a-f]{64}"`)

// reseal returns b with the checksum in its metadata replaced by the one
// its sections have now.
func reseal(b []byte) ([]byte, bool) {
	loc := checksumField.FindIndex(b)
	if loc == nil {
		return nil, false
	}
	f, err := elf.NewFile(bytes.NewReader(b))
	if err != nil {
		return nil, false
	}
	sum, err := abi.Checksum(f)
	if err != nil {
		return nil, false
	}
	out := bytes.Clone(b)
	copy(out[loc[0]:], `"checksum":"`+sum+`"`)
	return out, true
}
