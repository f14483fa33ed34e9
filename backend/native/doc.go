// Package native generates BPF instructions from the IR without LLVM:
// instruction selection, linear-scan register allocation over r1–r9 with
// spilling to the stack, and jump resolution. It imports only ir and
// cilium/ebpf/asm. See ../shared/docs/design.md.
package native
