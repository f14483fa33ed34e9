package ir

import "sort"

// Load-time constants are values the compiler cannot know, such as the
// address of a kernel symbol on the host the object runs on. Each is an
// 8-byte variable in the object's .rodata section, which the loader sets
// before it loads the programs (the kernel then freezes it, so the
// verifier sees a constant). OpGlobal reads one by its symbol.

// GlobalSize is the size in bytes of every load-time constant.
const GlobalSize = 8

// Globals returns the names of the load-time constants m's functions read,
// sorted and without duplicates.
func (m *Module) Globals() []string {
	seen := map[string]bool{}
	var names []string
	for _, f := range m.Funcs {
		for _, b := range f.Blocks {
			for _, v := range b.Values {
				if v.Op == OpGlobal && !seen[v.Sym] {
					seen[v.Sym] = true
					names = append(names, v.Sym)
				}
			}
		}
	}
	sort.Strings(names)
	return names
}

// checkGlobal checks an OpGlobal value; it returns "" when fine.
func checkGlobal(v *Value) string {
	if len(v.Args) != 0 || v.Type != I64 || !IsIdent(v.Sym) {
		return "global takes no args, has type i64 and names a variable"
	}
	return ""
}

// IsIdent reports whether s is a C identifier, as symbols in BTF must be.
func IsIdent(s string) bool {
	if s == "" || s[0] >= '0' && s[0] <= '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
