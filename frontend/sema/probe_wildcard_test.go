package sema

import "testing"

func TestWildcardMatch(t *testing.T) {
	for _, tc := range []struct {
		pattern, s string
		want       bool
	}{
		{"add*", "add3", true},
		{"add*", "xadd3", false},
		{"*add", "xadd", true},
		{"*add", "xaddy", false},
		{"*dd*", "add3", true},
		{"a*b", "ab", true},
		{"a*b", "axxb", true},
		{"a*b", "abab", false}, // bpftrace's first-occurrence quirk
		{"/bin/x:f*", "/bin/x:foo", true},
		{"*", "anything", true},
		{"a*c*e", "abcde", true},
		{"a*c*e", "abcdf", false},
	} {
		if got := wildcardMatch(tc.pattern, tc.s); got != tc.want {
			t.Errorf("wildcardMatch(%q, %q) = %v, want %v", tc.pattern, tc.s, got, tc.want)
		}
	}
}
