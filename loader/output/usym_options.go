package output

import "github.com/bpftc/bpftc/loader/symtab"

// SetUserSymbolOptions sets how usym, ustack and the other user addresses
// resolve (bpftrace's BPFTRACE_CACHE_USER_SYMBOLS and
// BPFTRACE_NO_CPP_DEMANGLE).
func SetUserSymbolOptions(o symtab.UserOptions) { usyms.SetOptions(o) }
