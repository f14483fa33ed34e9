// Package sema checks a parsed script: it expands attach points, types
// every expression, variable and map, and reports errors in bpftrace 0.17's
// words. It knows nothing of the IR.
package sema
