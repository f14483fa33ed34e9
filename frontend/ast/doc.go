// Package ast defines the syntax tree of a bpftrace 0.17 script (plus the
// later for/let forms), a walker, and a stable text printer for golden tests.
// It does no parsing or checking; see ../../../shared/docs/design.md.
package ast
