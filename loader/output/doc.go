// Package output renders everything bpfrun prints (probe counts, printf
// records, lost events and maps) byte for byte as bpftrace 0.17 does, as text
// or as -f json lines. It knows the layouts of loader/abi and nothing of the
// kernel; see ../shared/docs/language.md sections 1.11–1.13 and 2.
package output
