package sema

import "strings"

// wildcardMatch reports whether s matches pattern, where '*' stands for any
// run of characters, exactly as bpftrace 0.17's wildcard_match does: the
// pieces between stars are searched left to right, each at its first
// occurrence after the previous one (so "a*b" does not match "abab").
func wildcardMatch(pattern, s string) bool {
	var pieces []string
	for _, p := range strings.Split(pattern, "*") {
		if p != "" {
			pieces = append(pieces, p)
		}
	}
	startStar := strings.HasPrefix(pattern, "*")
	endStar := strings.HasSuffix(pattern, "*")
	next := 0
	if len(pieces) == 0 {
		return startStar || endStar || s == ""
	}
	if !startStar && !strings.HasPrefix(s, pieces[0]) {
		return false
	}
	for _, p := range pieces {
		i := strings.Index(s[next:], p)
		if i < 0 {
			return false
		}
		next += i + len(p)
	}
	return endStar || next == len(s)
}

// matchSymbols returns the lines ("path:func", "func") that match pattern,
// sorted, without the ".part.N" variants bpftrace skips.
func matchSymbols(pattern string, lines []string) []string {
	var out []string
	for _, l := range lines {
		if wildcardMatch(pattern, l) && !strings.Contains(l, ".part.") {
			out = append(out, l)
		}
	}
	return out
}
