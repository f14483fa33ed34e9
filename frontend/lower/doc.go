// Package lower turns a checked bpftrace program into an IR module and the
// loader metadata that goes with it. It is the only package that knows both
// the syntax tree and the IR.
package lower
