// Package llvm generates BPF instructions from the IR through LLVM: it
// translates a module to LLVM 14 IR with llir/llvm, runs opt and llc, and
// reads the object back with cilium/ebpf into the same form the native
// backend produces. See ../shared/docs/design.md.
package llvm
