package output

import "github.com/bpftc/bpftc/loader/symtab"

// usyms resolves user addresses; its symbol tables are shared by every
// resolver of the process.
var usyms = symtab.NewResolver()

// appendUsym writes the symbol holding addr in process pid, without offset,
// or the address as C++ prints a pointer when the process is gone or no
// symbol covers it (bpftrace 0.17's resolve_usym without a symbol cache).
func appendUsym(dst []byte, addr, pid uint64) []byte {
	if noUserSymbols {
		return appendPointer(dst, addr)
	}
	if sym, ok := usyms.User(pid, addr); ok {
		return append(dst, sym.Name...)
	}
	return appendPointer(dst, addr)
}
