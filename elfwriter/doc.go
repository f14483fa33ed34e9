// Package elfwriter writes a compiled script's neutral [Object] as an ELF64
// relocatable BPF object that cilium/ebpf and libbpf both load. It knows
// nothing of the IR or of the script; see ../shared/docs/object-format.md.
package elfwriter
