package llvm

import (
	"io"

	"github.com/bpftc/bpftc/backend"
	"github.com/bpftc/bpftc/ir"
)

// Backend is the LLVM code generator. Its zero value finds opt and llc on
// PATH.
type Backend struct {
	// Opt and LLC are the paths of LLVM 14's tools; empty means look for
	// opt (or opt-14) and llc (or llc-14) on PATH.
	Opt, LLC string
	// LL, when set, receives the LLVM IR of every module Compile translates.
	LL io.Writer
}

var _ backend.Backend = (*Backend)(nil)

// Name implements backend.Backend.Name.
func (*Backend) Name() string { return "llvm" }

// Compile implements backend.Backend.Compile. It does not modify m.
func (b *Backend) Compile(m *ir.Module) ([]backend.Program, error) {
	text, err := Translate(m)
	if err != nil {
		return nil, err
	}
	if b.LL != nil {
		if _, err := io.WriteString(b.LL, text); err != nil {
			return nil, err
		}
	}
	obj, err := b.build([]byte(text))
	if err != nil {
		return nil, err
	}
	return readBack(obj, m)
}
