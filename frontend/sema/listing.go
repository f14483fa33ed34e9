package sema

// WildcardMatch reports whether s matches pattern the way bpftrace 0.17
// matches probe names ('*' stands for any run of characters; see
// wildcardMatch). bpftc run -l uses it.
func WildcardMatch(pattern, s string) bool { return wildcardMatch(pattern, s) }

// Binaries finds the ELF executables and shared objects a uprobe or usdt
// target names, as bpftrace 0.17's resolve_binary_path does: the target,
// then (without a '/') the target in every PATH directory, globs expanded.
func Binaries(target string) []string { return (&checker{}).binaries(target) }
