// Package symtab reads symbols the way bpftrace 0.17 (through bcc) finds
// them: function symbols of ELF files for uprobes and user symbols, the
// kernel's /proc/kallsyms, and library paths from /etc/ld.so.cache.
package symtab
