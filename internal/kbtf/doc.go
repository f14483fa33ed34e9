// Package kbtf reads kernel types from raw BTF (/sys/kernel/btf/vmlinux or
// a file) without decoding all of it: a lookup by name decodes only the
// types the answer holds by value, as cilium/ebpf's btf package would, and
// leaves records behind pointers to later lookups.
package kbtf
