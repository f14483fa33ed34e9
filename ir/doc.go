// Package ir is bpftc's SSA intermediate representation: typed values in basic
// blocks, with a printer, a verifier and optimisation passes. It knows BPF
// concepts (maps, helpers, the program context, the 512-byte stack) but neither
// bpftrace syntax nor instruction encodings. See ../shared/docs/design.md.
package ir
